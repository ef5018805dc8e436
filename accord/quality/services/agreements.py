"""Quality agreements: drafted by staff who keep them, approved by a QA signature that
is never the drafter's, superseded by a later revision from its effective date. Every
write is one transaction with its audit event; an approved revision is never edited."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import Max

from accord.accounts.models import Organization, User
from accord.audit.services import audit_record, created
from accord.core import clock, concurrency
from accord.core.permissions import require
from accord.notifications.services import notify
from accord.quality.models import (
    MAX_NOTIFY_HOURS,
    MAX_SUMMARY_DAYS,
    ChangeApprovalTerm,
    ChangeType,
    DeviationClass,
    NotificationTerm,
    QualityAgreement,
    QualityContact,
)
from accord.signatures.models import Meaning
from accord.signatures.services import signature_apply, signer_authenticate

KEEP = "quality.change_qualityagreement"
APPROVE = "quality.approve_qualityagreement"


@dataclass(frozen=True)
class Contact:
    name: str
    email: str
    role: str = ""
    user: User | None = None


@dataclass(frozen=True)
class Terms:
    """Everything a revision says, as a draft is written or rewritten."""

    title: str
    effective_from: dt.date | None
    summary_days: int | None
    notify: Mapping[str, int]  # deviation class -> hours
    approvals: Iterable[tuple[str, str]] = ()  # (change type, product or "")
    contacts: Iterable[Contact] = ()
    share_team_qualification: bool = False


def _checked(sponsor: Organization, terms: Terms) -> dict[str, list[str]]:
    errors: dict[str, list[str]] = {}
    if not terms.title.strip():
        errors["title"] = ["Give the agreement a title."]
    if terms.effective_from is None:
        errors["effective_from"] = ["Say from which day its terms apply."]
    if terms.summary_days is None or not 1 <= terms.summary_days <= MAX_SUMMARY_DAYS:
        errors["summary_days"] = [
            f"The preliminary summary is due within 1 to {MAX_SUMMARY_DAYS} working days."
        ]
    for key, hours in terms.notify.items():
        if key not in DeviationClass.values:
            errors.setdefault("notify", []).append(f"{key!r} is not a deviation class.")
        elif not isinstance(hours, int) or not 1 <= hours <= MAX_NOTIFY_HOURS:
            label = DeviationClass(key).label
            errors.setdefault("notify", []).append(
                f"{label} deviations: notify within 1 to {MAX_NOTIFY_HOURS} hours."
            )
    seen = set()
    for change_type, product in terms.approvals:
        if change_type not in ChangeType.values:
            errors.setdefault("approvals", []).append(f"{change_type!r} is not a change type.")
        key = (change_type, product.strip().casefold())
        if key in seen:
            errors.setdefault("approvals", []).append(
                f"{ChangeType(change_type).label} changes to "
                f"{product.strip() or 'every product'} are listed twice."
            )
        seen.add(key)
    for contact in terms.contacts:
        if not contact.name.strip():
            errors.setdefault("contacts", []).append("Give every quality contact a name.")
        try:
            validate_email(contact.email)
        except ValidationError:
            errors.setdefault("contacts", []).append(
                f"{contact.email or '(empty)'} is not an e-mail address."
            )
        if contact.user is not None and contact.user.organization_id != sponsor.pk:
            errors.setdefault("contacts", []).append(
                f"{contact.name}: link an account of {sponsor.name}'s people only."
            )
    return errors


def _write_terms(agreement: QualityAgreement, terms: Terms) -> None:
    agreement.notification_terms.all().delete()
    agreement.change_approval_terms.all().delete()
    agreement.contacts.all().delete()
    NotificationTerm.objects.bulk_create(
        NotificationTerm(agreement=agreement, deviation_class=key, notify_within_hours=hours)
        for key, hours in terms.notify.items()
    )
    ChangeApprovalTerm.objects.bulk_create(
        ChangeApprovalTerm(agreement=agreement, change_type=kind, product=product.strip())
        for kind, product in terms.approvals
    )
    QualityContact.objects.bulk_create(
        QualityContact(
            agreement=agreement,
            name=c.name.strip(),
            email=c.email.strip(),
            role=c.role.strip(),
            user=c.user,
        )
        for c in terms.contacts
    )


def _describe(agreement: QualityAgreement) -> dict[str, object]:
    """The revision in words, for the audit trail."""
    return {
        "title": agreement.title,
        "effective_from": agreement.effective_from.isoformat(),
        "summary_days": agreement.summary_days,
        "notify": "; ".join(
            f"{t.get_deviation_class_display()} within {t.notify_within_hours} h"
            for t in agreement.notification_terms.all()
        )
        or "none",
        "approvals": "; ".join(str(t) for t in agreement.change_approval_terms.all()) or "none",
        "contacts": "; ".join(f"{c} <{c.email}>" for c in agreement.contacts.all()) or "none",
        "team_qualification": "shared" if agreement.share_team_qualification else "not shared",
    }


@transaction.atomic
def agreement_draft(*, actor: User, sponsor: Organization, terms: Terms) -> QualityAgreement:
    """A new revision of the sponsor's quality agreement, as a draft."""
    require(actor, "quality.add_qualityagreement")
    if not actor.is_cdmo_staff:
        raise PermissionDenied("The CDMO's quality staff draft quality agreements.")
    if sponsor.kind != Organization.Kind.SPONSOR:
        raise ValidationError({"sponsor": ["A quality agreement is with a sponsor."]})
    errors = _checked(sponsor, terms)
    if errors:
        raise ValidationError(errors)
    # The sponsor's row is the numbering's lock: two drafts never take one revision.
    Organization.objects.select_for_update().get(pk=sponsor.pk)
    if QualityAgreement.objects.filter(sponsor=sponsor, status="draft").exists():
        raise ValidationError(
            {"sponsor": [f"{sponsor.name} has a draft already: finish or rewrite that one."]}
        )
    last = QualityAgreement.objects.filter(sponsor=sponsor).aggregate(n=Max("revision"))["n"]
    agreement = QualityAgreement.objects.create(
        sponsor=sponsor,
        revision=(last or 0) + 1,
        title=terms.title.strip(),
        effective_from=terms.effective_from,
        summary_days=terms.summary_days,
        share_team_qualification=terms.share_team_qualification,
        drafted_by=actor,
        drafted_at=clock.now(),
    )
    _write_terms(agreement, terms)
    audit_record(
        actor=actor,
        action="quality.agreement.drafted",
        target=agreement,
        parent=sponsor,
        changes=created(_describe(agreement)),
    )
    notify("quality.agreement.drafted", agreement, actor=actor)
    return agreement


@transaction.atomic
def agreement_rewrite(
    *, actor: User, agreement: QualityAgreement, terms: Terms, version: int | None
) -> QualityAgreement:
    """Rewrite a draft (an approved revision is never edited: draft the next one)."""
    require(actor, KEEP)
    agreement = concurrency.locked(
        agreement, version, queryset=QualityAgreement.objects.select_related("sponsor")
    )
    if not agreement.is_draft:
        raise ValidationError(
            f"{agreement.reference} is approved and never edited: draft the next revision."
        )
    errors = _checked(agreement.sponsor, terms)
    if errors:
        raise ValidationError(errors)
    before = _describe(agreement)
    agreement.title = terms.title.strip()
    agreement.effective_from = terms.effective_from
    agreement.summary_days = terms.summary_days
    agreement.share_team_qualification = terms.share_team_qualification
    concurrency.bump(agreement)
    agreement.save(
        update_fields=[
            "title",
            "effective_from",
            "summary_days",
            "share_team_qualification",
            "version",
        ]
    )
    _write_terms(agreement, terms)
    after = _describe(agreement)
    audit_record(
        actor=actor,
        action="quality.agreement.rewritten",
        target=agreement,
        parent=agreement.sponsor,
        changes={k: [before[k], after[k]] for k in after if before[k] != after[k]},
    )
    return agreement


def agreement_approve(
    *,
    actor: User,
    agreement: QualityAgreement,
    username: str | None,
    password: str,
    version: int | None,
    acknowledge: bool = False,
) -> QualityAgreement:
    """QA approves the draft with a signature (user id and password, now). The drafter
    never approves their own draft. Checked before anything is written: a wrong password
    is recorded as a failed attempt and nothing else happens."""
    require(actor, APPROVE)
    if agreement.drafted_by_id == actor.pk:
        raise PermissionDenied("Whoever drafted an agreement does not approve it: ask QA.")
    full = signer_authenticate(
        actor=actor, username=username, password=password, acknowledge=acknowledge
    )
    return _approve(actor, agreement, version, full)


@transaction.atomic
def _approve(
    actor: User, agreement: QualityAgreement, version: int | None, full: bool
) -> QualityAgreement:
    agreement = concurrency.locked(
        agreement, version, queryset=QualityAgreement.objects.select_related("sponsor")
    )
    if not agreement.is_draft:
        raise ValidationError(f"{agreement.reference} is approved already.")
    agreement.status = QualityAgreement.Status.APPROVED
    agreement.approved_by = actor
    agreement.approved_at = clock.now()
    concurrency.bump(agreement)
    agreement.save(update_fields=["status", "approved_by", "approved_at", "version"])
    signature_apply(
        actor=actor,
        record=agreement,
        meaning=Meaning.APPROVED,
        full_credentials=full,
        transition="approve",
    )
    audit_record(
        actor=actor,
        action="quality.agreement.approved",
        target=agreement,
        parent=agreement.sponsor,
        changes={"status": ["Draft", "Approved"]},
    )
    notify("quality.agreement.approved", agreement, actor=actor)
    return agreement
