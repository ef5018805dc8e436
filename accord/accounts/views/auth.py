"""Sign-in, sign-out, password change, the account page and API tokens."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse_lazy
from django.views.decorators.http import require_POST

from accord.accounts import access, selectors, services
from accord.accounts.forms import AccordPasswordChangeForm, ApiTokenForm, LoginForm
from accord.core.errors import apply_to_form


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    authentication_form = LoginForm
    redirect_authenticated_user = True

    def form_valid(self, form):
        response = super().form_valid(form)
        access.login_succeeded(user=form.get_user())
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
        },
    )


@login_required
def tokens(request: HttpRequest) -> HttpResponse:
    form = ApiTokenForm(request.POST or None)
    new_secret = None
    if request.method == "POST" and form.is_valid():
        try:
            token, new_secret = services.api_token_create(
                actor=request.user, name=form.cleaned_data["name"]
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            form = ApiTokenForm()
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
