"""Idle and absolute session timeouts, enforced on the server (requirements ID-3).

The last activity is written to the session at most every ``LAST_SEEN_EVERY_SECONDS``,
so that browsing does not rewrite the session row on every page.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from urllib.parse import quote

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.urls import reverse

from accord.accounts.access import logout_recorded

LOGIN_AT = "accord_login_at"
LAST_SEEN = "accord_last_seen"
# Activity is recorded at most this often: a session row written on every request is a
# write per page view for nothing. The idle timeout is therefore exact to within this.
LAST_SEEN_EVERY_SECONDS = 30


class SessionTimeoutMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and hasattr(request, "session"):
            now = time.time()
            session = request.session
            login_at = session.setdefault(LOGIN_AT, now)
            last_seen = session.get(LAST_SEEN, now)
            why = None
            if now - last_seen > settings.ACCORD_SESSION_IDLE_MINUTES * 60:
                why = f"idle for more than {settings.ACCORD_SESSION_IDLE_MINUTES} minutes"
            elif now - login_at > settings.SESSION_COOKIE_AGE:
                why = f"signed in for more than {settings.SESSION_COOKIE_AGE // 3600} hours"
            if why:
                logout_recorded(user=user, why=why)
                logout(request)
                if request.path.startswith("/api/"):
                    return JsonResponse(
                        {
                            "status": 401,
                            "code": "session_expired",
                            "detail": f"Your session ended: {why}.",
                            "errors": [],
                        },
                        status=401,
                    )
                messages.info(request, f"You were signed out: {why}. Please sign in again.")
                return redirect_to_login(request.get_full_path())
            if LAST_SEEN not in session or now - last_seen >= LAST_SEEN_EVERY_SECONDS:
                session[LAST_SEEN] = now
        return self.get_response(request)


class PasswordChangeRequiredMiddleware:
    """A user whose password an administrator set must replace it first (ES-5): every
    page sends them to the password change, except signing out, static files and the
    second factor (which comes first, see MfaRequiredMiddleware)."""

    ALLOWED = (
        "/accounts/password/",
        "/accounts/mfa/",
        "/accounts/logout/",
        "/static/",
        "/healthz",
    )

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and user.must_change_password
            and not request.path.startswith(self.ALLOWED)
        ):
            if request.path.startswith("/api/"):
                return JsonResponse(
                    {
                        "status": 403,
                        "code": "password_change_required",
                        "detail": "Replace your temporary password on the password page first.",
                        "errors": [],
                    },
                    status=403,
                )
            messages.info(
                request, "An administrator set your password: choose your own to continue."
            )
            return redirect("accounts:password_change")
        return self.get_response(request)


class MfaRequiredMiddleware:
    """Administrators and QA approvers give a code from their authenticator app after the
    password before any page opens (ID-7); see accord.accounts.mfa. Until then a sign-in
    that passed only the password may do nothing else (not even change the password):
    only the second-factor step and signing out."""

    ALLOWED = ("/accounts/mfa/", "/accounts/logout/", "/static/", "/healthz")

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        from accord.accounts.mfa import mfa_device, mfa_required

        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and not request.path.startswith(self.ALLOWED)
            and mfa_required(user)
            and not user.is_verified()
        ):
            if request.path.startswith("/api/"):
                return JsonResponse(
                    {
                        "status": 403,
                        "code": "mfa_required",
                        "detail": "Confirm your sign-in with your authenticator app first.",
                        "errors": [],
                    },
                    status=403,
                )
            target = "accounts:mfa_verify" if mfa_device(user) else "accounts:mfa_setup"
            return redirect(f"{reverse(target)}?next={quote(request.get_full_path())}")
        return self.get_response(request)
