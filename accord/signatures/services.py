"""Signing: re-authenticate at the moment of signing, then link the signature to the record.

Authentication happens before the caller opens its transaction, so that a failed
attempt is recorded (and counts toward lockout) even though the signing itself is
refused and rolled back. The signature and its audit event are written inside the
caller's transaction, together with the state change they approve.
"""

from __future__ import annotations

from collections.abc import Callable

from django.core.exceptions import ValidationError
from django.db import transaction

from accord.accounts.access import credential_failure, lockout_until
from accord.accounts.models import User
from accord.audit.services import audit_record
from accord.core import clock
from accord.signatures.content import content_hash
from accord.signatures.models import Meaning, Signature

ACKNOWLEDGEMENT = (
    "I understand that my electronic signature in Accord is the legally binding equivalent "
    "of my handwritten signature (21 CFR 11.100)."
)


# Checks that may refuse a signer whose credentials are right: each returns the reasons
# (sentences) this person may not sign now. The training app registers the one that asks
# for the training a signing role requires (R-TRN-7); signatures itself knows no domain.
_signing_checks: list[Callable[[User], list[str]]] = []


def register_signing_check(check: Callable[[User], list[str]]) -> None:
    if check not in _signing_checks:
        _signing_checks.append(check)


@transaction.atomic
def signature_acknowledge(*, actor: User) -> None:
    if actor.signature_acknowledged_at is not None:
        return
    actor.signature_acknowledged_at = clock.now()
    actor.save(update_fields=["signature_acknowledged_at"])
    audit_record(
        actor=actor,
        action="signatures.acknowledgement.given",
        target=actor,
        changes={"acknowledgement": [None, ACKNOWLEDGEMENT]},
    )


def signer_authenticate(
    *, actor: User, username: str | None, password: str, acknowledge: bool = False
) -> bool:
    """Check the signer's credentials now. Returns whether the user id was entered too.

    ``username=None`` means password only, which callers allow only inside the configured
    continuous-session window after a full signature; never no credentials at all.
    """
    if not actor.is_active:
        raise ValidationError({"password": ["This account is inactive."]})
    if lockout_until(actor.username) is not None:
        raise ValidationError(
            {"password": ["Your account is locked after repeated failed attempts."]}
        )
    if actor.must_change_password:
        # A password an administrator set is known to two people: never a signature (ES-5).
        raise ValidationError(
            {"password": ["Replace the temporary password an administrator set before signing."]}
        )
    if actor.signature_acknowledged_at is None and not acknowledge:
        raise ValidationError(
            {"acknowledge": ["Acknowledge that your electronic signature is legally binding."]}
        )
    if not password:
        raise ValidationError({"password": ["Enter your password to sign."]})
    if username is not None and username.strip().lower() != actor.username.lower():
        credential_failure(username=actor.username, what="signature")
        raise ValidationError({"username": ["This is not your user id."]})
    if not actor.check_password(password):
        credential_failure(username=actor.username, what="signature")
        raise ValidationError({"password": ["The password is not correct; nothing was signed."]})
    refusals = [reason for check in _signing_checks for reason in check(actor)]
    if refusals:
        raise ValidationError(
            "You may not sign yet: the training your role requires is not current: "
            + "; ".join(refusals)
            + ". Nothing was signed."
        )
    if actor.signature_acknowledged_at is None:
        signature_acknowledge(actor=actor)
    return username is not None


def signature_apply(
    *,
    actor: User,
    record,
    meaning: str,
    full_credentials: bool,
    reason: str = "",
    transition: str = "",
) -> Signature:
    """Link a signature to ``record`` as it is now. Call inside the caller's transaction."""
    if meaning not in Meaning.values:
        raise ValidationError({"meaning": [f"{meaning!r} is not a signature meaning."]})
    signature = Signature(
        record_type=f"{record._meta.app_label}.{record._meta.model_name}",
        record_id=record.pk,
        record_version=getattr(record, "version", 1),
        content_hash=content_hash(record),
        meaning=meaning,
        signer=actor,
        printed_name=actor.printed_name,
        username=actor.username,
        signed_at=clock.now(),
        reason=reason.strip(),
        transition=transition,
        full_credentials=full_credentials,
        sponsor_id=getattr(record, "audit_sponsor_id", None),
    )
    signature.save()
    audit_record(
        actor=actor,
        action="signatures.signature.signed",
        target=signature,
        parent=record,
        changes={
            "meaning": [None, meaning],
            "content_hash": [None, signature.content_hash],
            "record_version": [None, signature.record_version],
        },
        reason=reason,
    )
    return signature
