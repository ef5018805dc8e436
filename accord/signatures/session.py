"""The signing form of a page and the continuous-session window, in one place.

With ``ACCORD_SIGNATURE_SESSION_MINUTES`` > 0, a user who signed with user id and password
may sign again with the password alone within that many minutes in the same session
(21 CFR 11.200(a)(1)(i)); never with nothing.
"""

from __future__ import annotations

import time

from django.conf import settings
from django.http import HttpRequest

from accord.signatures.forms import SignatureForm

FULL_SIGNATURE_AT = "accord_full_signature_at"


def password_only(request: HttpRequest) -> bool:
    window = settings.ACCORD_SIGNATURE_SESSION_MINUTES * 60
    last = request.session.get(FULL_SIGNATURE_AT)
    return bool(window and last and time.time() - last < window)


def signature_form(
    request: HttpRequest, *, meaning: str | None, reason_required: bool = False
) -> SignatureForm:
    window_open = password_only(request)
    form = SignatureForm(
        request.POST or None,
        meaning=meaning,
        reason_required=reason_required,
        password_only=window_open,
        needs_acknowledgement=request.user.signature_acknowledged_at is None,
    )
    form.password_only = window_open
    return form


def signer_credentials(form: SignatureForm) -> dict:
    """What a signing service takes from a valid form (``username=None``: password only)."""
    data = form.cleaned_data
    return {
        "username": None if form.password_only else data.get("username"),
        "password": data.get("password", ""),
        "acknowledge": data.get("acknowledge", False),
    }


def signature_recorded(request: HttpRequest, form: SignatureForm) -> None:
    """Start the window after a signature given with user id and password."""
    if "meaning" in form.fields and not form.password_only:
        request.session[FULL_SIGNATURE_AT] = time.time()
