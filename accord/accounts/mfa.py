"""Multi-factor sign-in (ID-7): TOTP from an authenticator app, with django-otp.

Who must use it: CDMO staff who hold administration or QA-approval rights
(:data:`MFA_PERMISSIONS`), when ``ACCORD_MFA=required`` (the default in production); anyone
else, sponsor users included, may enrol an app on their account page and is then asked
for codes too. They
enrol once (a QR code for their authenticator app, confirmed with a first code), and after
each password sign-in give a current code before any page opens. A wrong code counts
toward the account lockout like a wrong password; enrolment and failures are audited.
"""

from __future__ import annotations

import base64
import io

from django.conf import settings
from django.db import transaction
from django_otp import match_token
from django_otp.plugins.otp_totp.models import TOTPDevice

from accord.accounts.access import credential_failure
from accord.accounts.models import User
from accord.audit.services import audit_record

MFA_PERMISSIONS = ("accounts.change_user", "projects.approve_projectdocument")
DEVICE_NAME = "Authenticator app"


def mfa_required(user: User) -> bool:
    """Whether this user gives a code after the password: administrators and QA approvers
    always, anyone else (sponsor users included) once they chose to enrol an app."""
    if settings.ACCORD_MFA != "required" or not user.is_authenticated:
        return False
    if user.is_cdmo_staff and any(user.has_perm(p) for p in MFA_PERMISSIONS):
        return True
    return mfa_device(user) is not None


def mfa_device(user: User) -> TOTPDevice | None:
    """The user's confirmed authenticator, if they enrolled one."""
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


def mfa_enrolment(user: User) -> TOTPDevice:
    """The unconfirmed device being enrolled (a fresh secret the first time)."""
    device = TOTPDevice.objects.devices_for_user(user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)


def qr_data_uri(device: TOTPDevice) -> str:
    """The device's otpauth:// URL as an SVG QR code, for an <img> (no inline markup)."""
    import qrcode
    import qrcode.image.svg

    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage)
    buffer = io.BytesIO()
    image.save(buffer)
    return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode()


def secret_text(device: TOTPDevice) -> str:
    """The secret in base32, for typing into an app that cannot scan."""
    return base64.b32encode(device.bin_key).decode().rstrip("=")


@transaction.atomic
def mfa_enrol_confirm(*, user: User, device: TOTPDevice, token: str) -> bool:
    """Confirm an enrolment with the first code the app shows."""
    if device.user_id != user.pk or device.confirmed:
        return False
    if not device.verify_token(token.strip()):
        _failure(user)
        return False
    TOTPDevice.objects.devices_for_user(user, confirmed=True).delete()  # one app per user
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    audit_record(
        actor=user,
        action="accounts.user.mfa_enrolled",
        target=user,
        changes={"mfa": [None, "authenticator app"]},
    )
    return True


def mfa_check(*, user: User, token: str) -> TOTPDevice | None:
    """The confirmed device that accepts ``token``, or None (audited, counts to lockout)."""
    device = match_token(user, token.strip())
    if device is None or not device.confirmed:
        _failure(user)
        return None
    return device


def _failure(user: User) -> None:
    credential_failure(username=user.username, what="second factor")
