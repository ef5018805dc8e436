"""Sign-in, sign-out, password change, the account page and API tokens."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST
from django_otp import login as otp_login

from accord.accounts import access, mfa, selectors, services
from accord.accounts.forms import AccordPasswordChangeForm, ApiTokenForm, LoginForm, MfaCodeForm
from accord.core.errors import apply_to_form


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    authentication_form = LoginForm
    redirect_authenticated_user = True

    def form_valid(self, form):
        # Signing in (last_login, the session's user) and its audit event: one transaction.
        with transaction.atomic():
            response = super().form_valid(form)
            access.login_succeeded(user=form.get_user(), username=form.cleaned_data["username"])
        return response


class LogoutView(auth_views.LogoutView):
    next_page = reverse_lazy("accounts:login")

    def post(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            access.logout_recorded(user=request.user)
        return super().post(request, *args, **kwargs)


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/password_change.html"
    form_class = AccordPasswordChangeForm
    success_url = reverse_lazy("accounts:profile")

    def form_valid(self, form):
        response = super().form_valid(form)
        access.password_changed(user=self.request.user)
        messages.success(self.request, "Your password was changed.")
        return response


@login_required
def profile(request: HttpRequest) -> HttpResponse:
    user = request.user
    return render(
        request,
        "accounts/profile.html",
        {
            "roles": user.roles.all(),
            "permissions": sorted(user.get_all_permissions()),
            "active_tokens": selectors.api_tokens_of(user).filter(revoked_at__isnull=True).count(),
            "has_mfa": mfa.mfa_device(user) is not None,
        },
    )


@login_required
def tokens(request: HttpRequest) -> HttpResponse:
    form = ApiTokenForm(request.POST or None, user=request.user)
    new_secret = None
    if request.method == "POST" and form.is_valid():
        try:
            token, new_secret = services.api_token_create(
                actor=request.user,
                name=form.cleaned_data["name"],
                scope=form.cleaned_data["scope"],
                projects=form.cleaned_data["projects"],
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            form = ApiTokenForm(user=request.user)
    return render(
        request,
        "accounts/tokens.html",
        {"form": form, "tokens": selectors.api_tokens_of(request.user), "new_secret": new_secret},
    )


@login_required
@require_POST
def token_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    token = get_object_or_404(selectors.api_tokens_of(request.user), pk=pk)
    services.api_token_revoke(actor=request.user, token=token)
    messages.success(request, f"Token “{token.name}” was revoked; it no longer works.")
    return redirect("accounts:tokens")


def _next_url(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target or "/"
    return "/"


def _locked_out(request: HttpRequest) -> HttpResponse | None:
    """A half-finished sign-in whose codes keep failing ends at the lockout: signed out."""
    until = access.lockout_until(request.user.username)
    if until is None:
        return None
    access.logout_recorded(user=request.user, why="locked out at the second factor")
    logout(request)
    messages.error(
        request,
        "Too many wrong codes: you were signed out. Try again after "
        f"{timezone.localtime(until):%H:%M %Z}, or ask an administrator.",
    )
    return redirect("accounts:login")


@login_required
def mfa_setup(request: HttpRequest) -> HttpResponse:
    """Enrol an authenticator app: scan the QR code, confirm with the first code."""
    if (refused := _locked_out(request)) is not None:
        return refused
    if mfa.mfa_device(request.user) and request.user.is_verified():
        messages.info(request, "Your authenticator app is already set up.")
        return redirect("accounts:profile")
    if mfa.mfa_device(request.user):
        return redirect(f"{reverse('accounts:mfa_verify')}?next={_next_url(request)}")
    device = mfa.mfa_enrolment(request.user)
    form = MfaCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if mfa.mfa_enrol_confirm(user=request.user, device=device, token=form.cleaned_data["code"]):
            otp_login(request, device)
            messages.success(request, "Your authenticator app is set up.")
            return redirect(_next_url(request))
        if (refused := _locked_out(request)) is not None:
            return refused
        form.add_error("code", "This code is not right (or has expired): try the current one.")
    return render(
        request,
        "accounts/mfa_setup.html",
        {
            "form": form,
            "qr": mfa.qr_data_uri(device),
            "secret": mfa.secret_text(device),
            "next": _next_url(request),
        },
    )


@login_required
def mfa_verify(request: HttpRequest) -> HttpResponse:
    """The second step of a sign-in: a current code from the enrolled app."""
    if (refused := _locked_out(request)) is not None:
        return refused
    if mfa.mfa_device(request.user) is None:
        return redirect(f"{reverse('accounts:mfa_setup')}?next={_next_url(request)}")
    form = MfaCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = mfa.mfa_check(user=request.user, token=form.cleaned_data["code"])
        if device is not None:
            otp_login(request, device)
            return redirect(_next_url(request))
        if (refused := _locked_out(request)) is not None:
            return refused
        form.add_error("code", "This code is not right (or has expired): try the current one.")
    return render(request, "accounts/mfa_verify.html", {"form": form, "next": _next_url(request)})
