"""Sign-in, sign-out, lockout and password changes: the account-control services.

Every outcome is an audit event. Failed sign-ins (and failed signature attempts) count
toward a soft lockout: ``ACCORD_LOCKOUT_THRESHOLD`` failures within
``ACCORD_LOCKOUT_WINDOW_MINUTES`` lock the account for ``ACCORD_LOCKOUT_MINUTES``. The
lock expires by itself, so a stranger guessing cannot keep a colleague out for long
(requirements ID-2); the failures stay in the audit trail for review.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from accord.accounts.models import User
from accord.audit.services import audit_record


def _find(username: str) -> User | None:
    return (
        User.objects.select_for_update()
        .select_related("organization")
        .filter(username__iexact=username.strip())
        .first()
    )


def lockout_remaining(user: User) -> dt.timedelta | None:
    now = timezone.now()
    return user.locked_until - now if user.is_locked(now) else None


@transaction.atomic
def credential_failure(*, username: str, what: str = "sign-in") -> User | None:
    """Record a wrong password for ``username``; lock the account at the threshold."""
    user = _find(username)
    if user is None:
        audit_record(
            actor=None,
            action="accounts.session.login_failed",
            target=None,
            target_ref=("accounts.user", "", username.strip()[:150]),
            changes={"attempt": [None, f"{what} with an unknown username"]},
        )
        return None
    now = timezone.now()
    window = dt.timedelta(minutes=settings.ACCORD_LOCKOUT_WINDOW_MINUTES)
    if user.failed_login_window_start is None or now - user.failed_login_window_start > window:
        user.failed_login_window_start = now
        user.failed_login_count = 0
    user.failed_login_count += 1
    action = {
        "sign-in": "accounts.session.login_failed",
        "second factor": "accounts.session.mfa_failed",
    }.get(what, "signatures.signature.failed")
    audit_record(
        actor=user,
        action=action,
        target=user,
        changes={"failed_attempts": [user.failed_login_count - 1, user.failed_login_count]},
    )
    if user.failed_login_count >= settings.ACCORD_LOCKOUT_THRESHOLD and not user.is_locked(now):
        user.locked_until = now + dt.timedelta(minutes=settings.ACCORD_LOCKOUT_MINUTES)
        audit_record(
            actor=user,
            action="accounts.session.locked_out",
            target=user,
            changes={"locked_until": [None, user.locked_until.isoformat(timespec="seconds")]},
            reason=f"{user.failed_login_count} failed attempts within "
            f"{settings.ACCORD_LOCKOUT_WINDOW_MINUTES} minutes",
        )
    user.save(update_fields=["failed_login_count", "failed_login_window_start", "locked_until"])
    return user


@transaction.atomic
def login_refused_locked(*, user: User) -> None:
    audit_record(actor=user, action="accounts.session.login_refused_locked", target=user)


@transaction.atomic
def login_succeeded(*, user: User) -> None:
    User.objects.filter(pk=user.pk).update(
        failed_login_count=0, failed_login_window_start=None, locked_until=None
    )
    audit_record(actor=user, action="accounts.session.login", target=user)


@transaction.atomic
def logout_recorded(*, user: User, why: str = "signed out") -> None:
    action = "accounts.session.logout" if why == "signed out" else "accounts.session.expired"
    audit_record(actor=user, action=action, target=user, reason=why)


@transaction.atomic
def password_changed(*, user: User) -> None:
    """The user chose a new password: a temporary one set by an administrator is gone."""
    changes: dict[str, list] = {"password": [None, None]}
    if user.must_change_password:
        user.must_change_password = False
        user.save(update_fields=["must_change_password"])
        changes["must_change_password"] = [True, False]
    audit_record(
        actor=user,
        action="accounts.user.password_changed",
        target=user,
        changes=changes,
    )
