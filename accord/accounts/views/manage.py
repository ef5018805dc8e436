"""The Accord admin pages: users and roles, for administrators."""

from __future__ import annotations

from collections import defaultdict

from django.contrib import messages
from django.contrib.auth.models import Permission
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from accord.accounts import selectors, services
from accord.accounts.decorators import staff_required
from accord.accounts.forms import RolePermissionsForm, UserCreateForm, UserEditForm
from accord.accounts.models import Organization, Role
from accord.core.errors import apply_to_form
from accord.core.pagination import paginate

MANAGED_APPS = ("accounts", "projects")


@staff_required("accounts.change_user")
def users(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()
    queryset = selectors.users_search(selectors.users_visible_to(request.user), query)
    organization = request.GET.get("organization", "")
    if organization.isdigit():
        queryset = queryset.filter(organization_id=int(organization))
    role = request.GET.get("role", "")
    if role:
        queryset = queryset.filter(roles__code=role)
    state = request.GET.get("state", "active")
    if state == "active":
        queryset = queryset.filter(is_active=True)
    elif state == "inactive":
        queryset = queryset.filter(is_active=False)
    page = paginate(request, queryset.prefetch_related("roles").distinct())
    return render(
        request,
        "accounts/manage/users.html",
        {
            "page": page,
            "query": query,
            "organizations": Organization.objects.all(),
            "roles": Role.objects.all(),
            "selected": {"organization": organization, "role": role, "state": state},
        },
    )


@staff_required("accounts.add_user")
def user_create(request: HttpRequest) -> HttpResponse:
    form = UserCreateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            user = services.user_create(
                actor=request.user,
                organization=data["organization"],
                username=data["username"],
                first_name=data["first_name"],
                last_name=data["last_name"],
                email=data["email"],
                password=data["password"],
                roles=data["roles"],
                job_title=data["job_title"],
                site=data["site"],
                manager=data["manager"],
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"{user.printed_name} can now sign in as {user.username}.")
            return redirect("manage:users")
    return render(request, "accounts/manage/user_form.html", {"form": form, "creating": True})


@staff_required("accounts.change_user")
def user_edit(request: HttpRequest, pk: int) -> HttpResponse:
    subject = get_object_or_404(selectors.users_visible_to(request.user), pk=pk)
    initial = {
        "first_name": subject.first_name,
        "last_name": subject.last_name,
        "email": subject.email,
        "job_title": subject.job_title,
        "roles": subject.roles.all(),
        "is_active": subject.is_active,
        "site": subject.site,
        "manager": subject.manager,
        "token": services.user_token(subject),
    }
    form = UserEditForm(request.POST or None, initial=initial, audience=subject.organization.kind)
    if "manager" in form.fields:
        form.fields["manager"].queryset = form.fields["manager"].queryset.exclude(pk=subject.pk)
    if request.method == "POST" and form.is_valid():
        try:
            services.user_update(actor=request.user, user=subject, **form.cleaned_data)
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"{subject.printed_name} was updated.")
            return redirect("manage:users")
    return render(request, "accounts/manage/user_form.html", {"form": form, "subject": subject})


@staff_required("accounts.change_user")
@require_POST
@never_cache
def user_password_reset(request: HttpRequest, pk: int) -> HttpResponse:
    """Issue a one-time temporary password, shown on this response only (ES-5)."""
    subject = get_object_or_404(selectors.users_visible_to(request.user), pk=pk)
    try:
        temporary = services.user_password_reset(actor=request.user, user=subject)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect("manage:user_edit", pk=subject.pk)
    return render(
        request,
        "accounts/manage/password_reset.html",
        {"subject": subject, "temporary": temporary},
    )


@staff_required("accounts.change_user")
@require_POST
def user_mfa_reset(request: HttpRequest, pk: int) -> HttpResponse:
    subject = get_object_or_404(selectors.users_visible_to(request.user), pk=pk)
    try:
        services.user_mfa_reset(actor=request.user, user=subject)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(
            request, f"{subject.printed_name} sets up an authenticator app at the next sign-in."
        )
    return redirect("manage:user_edit", pk=subject.pk)


def _managed_permissions():
    return (
        Permission.objects.filter(content_type__app_label__in=MANAGED_APPS)
        .select_related("content_type")
        .order_by("content_type__app_label", "content_type__model", "codename")
    )


@staff_required("accounts.view_role")
def roles(request: HttpRequest) -> HttpResponse:
    role_list = list(selectors.roles_visible_to(request.user))
    granted = {role.pk: {p.pk for p in role.permissions.all()} for role in role_list}
    rows = defaultdict(list)
    for permission in _managed_permissions():
        rows[permission.content_type.model_class()._meta.verbose_name.capitalize()].append(
            (permission, [permission.pk in granted[role.pk] for role in role_list])
        )
    return render(request, "accounts/manage/roles.html", {"roles": role_list, "rows": dict(rows)})


@staff_required("accounts.change_role")
def role_edit(request: HttpRequest, pk: int) -> HttpResponse:
    role = get_object_or_404(selectors.roles_visible_to(request.user), pk=pk)
    form = RolePermissionsForm(
        request.POST or None,
        initial={"permissions": role.permissions.all(), "token": services.role_token(role)},
        permission_queryset=_managed_permissions(),
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.role_set_permissions(
                actor=request.user,
                role=role,
                permissions=form.cleaned_data["permissions"],
                token=form.cleaned_data["token"],
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"Permissions of {role.name} were saved.")
            return redirect("manage:roles")
    return render(request, "accounts/manage/role_form.html", {"form": form, "role": role})
