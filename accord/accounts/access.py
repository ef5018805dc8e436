"""Sign-in, sign-out, lockout and password changes: the account-control services.

Every outcome is an audit event. Failed sign-ins (and failed second factors and
signature attempts) count toward a soft lockout per user name *and* source (the client
address, :class:`~accord.accounts.models.SignInLock`): ``ACCORD_LOCKOUT_THRESHOLD``
failures within ``ACCORD_LOCKOUT_WINDOW_MINUTES`` lock that name from that address for
``ACCORD_LOCKOUT_MINUTES``. A stranger guessing from elsewhere therefore cannot lock a
colleague out, and the lock expires by itself (requirements ID-2). A name that belongs
to nobody is counted, locked and answered exactly like a real one (Django's backend runs
the password hasher for it too), so no answer tells whether an account exists. The
failures stay in the audit trail for review.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from accord.accounts.models import SignInLock, User
from accord.audit.services import audit_record
from accord.core import context


def _find(username: str) -> User | None:
    return (
        User.objects.select_for_update(of=("self",))
        .select_related("organization")
        .filter(username__iexact=username.strip())
        .first()
    )


def _key(username: str) -> tuple[str, str]:
    return username.strip().casefold()[:150], context.client_ip.get()[:64]


def lockout_until(username: str) -> dt.datetime | None:
    """When the lock on ``username`` from the current client address ends, if locked."""
    name, source = _key(username)
    lock = SignInLock.objects.filter(username=name, source=source).first()
    now = timezone.now()
    return lock.locked_until if lock is not None and lock.is_locked(now) else None


@transaction.atomic
def credential_failure(*, username: str, what: str = "sign-in") -> User | None:
    """Record a wrong password (or code) for ``username`` from the current address; lock
    the name there at the threshold. Returns the user, if the name is somebody's."""
    user = _find(username)
    name, source = _key(username)
    lock, _ = SignInLock.objects.select_for_update().get_or_create(username=name, source=source)
    now = timezone.now()
    window = dt.timedelta(minutes=settings.ACCORD_LOCKOUT_WINDOW_MINUTES)
    if lock.window_start is None or now - lock.window_start > window:
        lock.window_start = now
        lock.failures = 0
    lock.failures += 1
    action = {
        "sign-in": "accounts.session.login_failed",
        "second factor": "accounts.session.mfa_failed",
    }.get(what, "signatures.signature.failed")
    # An unknown name has no row: the event names it as typed.
    subject = {"target": user} if user else {"target": None, "target_ref": _unknown(username)}
    changes = {"failed_attempts": [lock.failures - 1, lock.failures]}
    if user is None:
        changes["attempt"] = [None, f"{what} with an unknown username"]
    audit_record(actor=user, action=action, changes=changes, **subject)
    if lock.failures >= settings.ACCORD_LOCKOUT_THRESHOLD and not lock.is_locked(now):
        lock.locked_until = now + dt.timedelta(minutes=settings.ACCORD_LOCKOUT_MINUTES)
        audit_record(
            actor=user,
            action="accounts.session.locked_out",
            changes={"locked_until": [None, lock.locked_until.isoformat(timespec="seconds")]},
            reason=f"{lock.failures} failed attempts within "
            f"{settings.ACCORD_LOCKOUT_WINDOW_MINUTES} minutes from "
            f"{source or 'an unknown address'}",
            **subject,
        )
    lock.save()
    return user


def signin_locks_purge() -> int:
    """Forget failure counts whose window and lock are over (a daily sweep): names tried
    once from far-away addresses would otherwise pile up. The attempts themselves stay
    in the audit trail."""
    now = timezone.now()
    window = dt.timedelta(minutes=settings.ACCORD_LOCKOUT_WINDOW_MINUTES)
    over = SignInLock.objects.filter(window_start__lt=now - window).exclude(locked_until__gt=now)
    return over.delete()[0]


def _unknown(username: str) -> tuple[str, str, str]:
    return ("accounts.user", "", username.strip()[:150])


@transaction.atomic
def login_refused_locked(*, username: str) -> None:
    user = _find(username)
    subject = {"target": user} if user else {"target": None, "target_ref": _unknown(username)}
    audit_record(actor=user, action="accounts.session.login_refused_locked", **subject)


@transaction.atomic
def login_succeeded(*, user: User, username: str) -> None:
    """A full sign-in: the failures counted for the name typed, from this address, end."""
    name, source = _key(username)
    SignInLock.objects.filter(username=name, source=source).delete()
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
