from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse

View = Callable[..., HttpResponse]


def staff_required(permission: str | None = None) -> Callable[[View], View]:
    """Only signed-in CDMO staff (holding ``permission`` if given) reach the view; others get 403.

    Staff-only pages carry no sponsor object ids, so a 403 reveals nothing.
    """

    def decorator(view: View) -> View:
        @wraps(view)
        def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            user = request.user
            if not user.is_cdmo_staff:
                raise PermissionDenied("This page is for CDMO staff.")
            if permission and not user.has_perm(permission):
                raise PermissionDenied("Your roles do not allow this.")
            return view(request, *args, **kwargs)

        return login_required(wrapped)

    return decorator


def sponsor_required(view: View) -> View:
    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not request.user.is_sponsor_user:
            raise PermissionDenied("This page is for sponsor users.")
        return view(request, *args, **kwargs)

    return login_required(wrapped)
