"""The parts of a deviation besides its workflow: the investigation and the other
batches it assessed, the recurrence check, the extension and cancellation requests QA
decides by signature, and the notices that tell the sponsor. Each write is one
transaction with its audit event."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q, QuerySet

from accord.accounts.models import User
from accord.audit.services import audit_record, created
from accord.core import clock, concurrency
from accord.core.permissions import require
from accord.notifications.services import notify
from accord.quality.models import (
    CAUSES,
    Batch,
    Deviation,
    DeviationRequest,
    Investigation,
    InvestigationMethod,
    OtherBatchAssessment,
    RecurrenceLink,
    SponsorNotice,
    cause_label,
)
from accord.quality.models.deviations import DeviationState
from accord.quality.services.deviations import _lock, _open, _record, _segregated
from accord.quality.workflows import APPROVE, WORK
from accord.signatures.models import Meaning
from accord.signatures.services import signature_apply, signer_authenticate

S = DeviationState
RECURRENCE_MONTHS = 24


def valid_cause(code: str) -> bool:
    category, _, sub = code.partition(".")
    return category in CAUSES and (not sub or sub in CAUSES[category][1])


# -- Recurrence (R-DEV-6) ---------------------------------------------------------------


def recurrence_candidates(deviation: Deviation, *, months: int = RECURRENCE_MONTHS) -> QuerySet:
    """Earlier deviations discovered within ``months`` before this one, of the same area,
    the same equipment or the same root-cause category, the most recent first; those
    already linked are left out."""
    since = deviation.discovered_at - dt.timedelta(days=round(months * 30.44))
    similar = Q(area__iexact=deviation.area)
    if deviation.equipment.strip():
        similar |= Q(equipment__iexact=deviation.equipment)
    investigation = Investigation.objects.filter(deviation=deviation).first()
    if investigation is not None and investigation.root_cause_category:
        category = investigation.root_cause_category.partition(".")[0]
        similar |= Q(investigation__root_cause_category__startswith=f"{category}.") | Q(
            investigation__root_cause_category=category
        )
    linked = deviation.recurrence_links.values("earlier_id")
    return (
        Deviation.objects.filter(
            similar, discovered_at__gte=since, discovered_at__lt=deviation.discovered_at
        )
        .exclude(pk=deviation.pk)
        .exclude(pk__in=linked)
        .exclude(state=S.CANCELLED)
        .select_related("site", "investigation")
        .order_by("-discovered_at")
    )


def why_similar(deviation: Deviation, earlier: Deviation) -> list[str]:
    """What the two share, in words, for the suggestion list."""
    reasons = []
    if earlier.area.casefold() == deviation.area.casefold():
        reasons.append(f"same area ({earlier.area})")
    if deviation.equipment and earlier.equipment.casefold() == deviation.equipment.casefold():
        reasons.append(f"same equipment ({earlier.equipment})")
    mine = Investigation.objects.filter(deviation=deviation).first()
    theirs = Investigation.objects.filter(deviation=earlier).first()
    mine_cat = mine.root_cause_category.partition(".")[0] if mine else ""
    theirs_cat = theirs.root_cause_category.partition(".")[0] if theirs else ""
    if mine_cat and mine_cat == theirs_cat:
        reasons.append(f"same cause category ({cause_label(theirs.root_cause_category)})")
    return reasons


@transaction.atomic
def recurrence_record(
    *,
    actor: User,
    deviation: Deviation,
    earlier: Deviation | None,
    justification: str,
    version: int | None,
) -> Deviation:
    """Record the recurrence check: a link to an earlier deviation and why it is one,
    or (``earlier=None``) that none of the suggestions is related and why."""
    require(actor, WORK)
    deviation = _lock(deviation, version)
    _open(deviation)
    errors: dict[str, list[str]] = {}
    text = (justification or "").strip()
    if not text:
        errors["justification"] = [
            "Say why they are related." if earlier else "Say why no earlier deviation is related."
        ]
    if earlier is not None:
        if earlier.pk == deviation.pk or earlier.discovered_at >= deviation.discovered_at:
            errors["earlier"] = ["Link a deviation discovered before this one."]
        elif deviation.recurrence_links.filter(earlier=earlier).exists():
            errors["earlier"] = [f"{earlier.number} is linked already."]
    if errors:
        raise ValidationError(errors)
    if earlier is not None:
        RecurrenceLink.objects.create(
            deviation=deviation,
            earlier=earlier,
            justification=text,
            recorded_by=actor,
            recorded_at=clock.now(),
        )
    was = deviation.recurrence_checked
    deviation.recurrence_checked = True
    concurrency.bump(deviation)
    deviation.save(update_fields=["recurrence_checked", "version"])
    _record(
        actor,
        deviation,
        "recurrence_checked",
        {
            "recurrence_checked": [was, True],
            "linked to": [None, earlier.number if earlier else "none related"],
            "justification": [None, text],
        },
    )
    return deviation


# -- Investigation (major and critical) -------------------------------------------------


def _investigation(deviation: Deviation) -> Investigation:
    if deviation.state != S.INVESTIGATION:
        raise ValidationError(
            f"{deviation.number} is not in investigation: the investigation is written "
            "after QA approves the assessment of a major or critical deviation."
        )
    return Investigation.objects.select_for_update().get(deviation=deviation)


@transaction.atomic
def investigation_update(
    *,
    actor: User,
    deviation: Deviation,
    team: Iterable[User],
    method: str,
    analysis: str = "",
    root_cause_category: str = "",
    root_cause: str = "",
    product_impact: str = "",
    conclusion: str = "",
    version: int | None,
) -> Investigation:
    """Write the investigation as it stands: the team, the method, the root cause from
    the taxonomy, the product impact and the conclusion. Partial answers are kept; the
    submission to QA checks that nothing is missing."""
    require(actor, WORK)
    deviation = _lock(deviation, version)
    investigation = _investigation(deviation)
    team = list(team)
    errors: dict[str, list[str]] = {}
    outsiders = [u.printed_name for u in team if not (u.is_active and u.is_cdmo_staff)]
    if outsiders:
        errors["team"] = [f"The team is the CDMO's people: not {', '.join(outsiders)}."]
    if method and method not in InvestigationMethod.values:
        errors["method"] = ["Choose 5 Whys, fishbone, fault tree or other."]
    if root_cause_category and not valid_cause(root_cause_category):
        errors["root_cause_category"] = ["Choose a cause from the taxonomy."]
    if errors:
        raise ValidationError(errors)
    before = _described(investigation)
    investigation.method = method or ""
    investigation.analysis = (analysis or "").strip()
    investigation.root_cause_category = root_cause_category or ""
    investigation.root_cause = (root_cause or "").strip()
    investigation.product_impact = (product_impact or "").strip()
    investigation.conclusion = (conclusion or "").strip()
    investigation.version += 1
    investigation.save()
    investigation.team.set(team)
    after = _described(investigation)
    concurrency.bump(deviation)
    deviation.save(update_fields=["version"])
    _record(
        actor,
        deviation,
        "investigation_updated",
        {k: [before[k], after[k]] for k in after if before[k] != after[k]},
    )
    return investigation


def _described(investigation: Investigation) -> dict[str, object]:
    return {
        "team": ", ".join(sorted(u.printed_name for u in investigation.team.all())) or None,
        "method": investigation.get_method_display() if investigation.method else None,
        "analysis": investigation.analysis or None,
        "root_cause_category": investigation.root_cause_label or None,
        "root_cause": investigation.root_cause or None,
        "product_impact": investigation.product_impact or None,
        "conclusion": investigation.conclusion or None,
    }


@transaction.atomic
def other_batch_assess(
    *,
    actor: User,
    deviation: Deviation,
    item: str,
    affected: bool | None,
    conclusion: str,
    batch: Batch | None = None,
    version: int | None,
) -> OtherBatchAssessment:
    """Another batch or product that could be affected, and the conclusion for it
    (21 CFR 211.192, R-DEV-3). A batch named from the register is one of the
    deviation's sponsor's; other products are named in words."""
    require(actor, WORK)
    deviation = _lock(deviation, version)
    investigation = _investigation(deviation)
    errors: dict[str, list[str]] = {}
    if batch is not None:
        if batch.project.sponsor_id != deviation.sponsor_id:
            errors["batch"] = ["Choose a batch of the deviation's sponsor, or name it in words."]
        item = item.strip() or str(batch)
    if not (item or "").strip():
        errors["item"] = ["Name the batch or product assessed."]
    if affected is None:
        errors["affected"] = ["Say whether it is affected."]
    if not (conclusion or "").strip():
        errors["conclusion"] = ["Give the conclusion for it."]
    if errors:
        raise ValidationError(errors)
    assessment = OtherBatchAssessment.objects.create(
        investigation=investigation,
        batch=batch,
        item=item.strip(),
        affected=affected,
        conclusion=conclusion.strip(),
    )
    concurrency.bump(deviation)
    deviation.save(update_fields=["version"])
    audit_record(
        actor=actor,
        action="quality.deviation.other_batch_assessed",
        target=assessment,
        parent=deviation,
        changes=created(
            {
                "item": assessment.item,
                "affected": "Affected" if affected else "Not affected",
                "conclusion": assessment.conclusion,
            }
        ),
    )
    return assessment


# -- Extension and cancellation requests (R-DEV-4) --------------------------------------


@transaction.atomic
def deviation_request(
    *,
    actor: User,
    deviation: Deviation,
    kind: str,
    justification: str,
    new_due_date: dt.date | None = None,
) -> DeviationRequest:
    """Ask QA to move the due date, or to cancel the deviation, with a justification.
    One request of each kind waits at a time."""
    require(actor, WORK)
    deviation = _lock(deviation, None)
    _open(deviation)
    errors: dict[str, list[str]] = {}
    if kind not in DeviationRequest.Kind.values:
        errors["kind"] = ["Ask for an extension or a cancellation."]
    if not (justification or "").strip():
        errors["justification"] = ["Justify the request."]
    if kind == DeviationRequest.Kind.EXTENSION:
        if new_due_date is None:
            errors["new_due_date"] = ["Give the new due date."]
        elif new_due_date <= deviation.due_date:
            errors["new_due_date"] = [
                f"An extension moves the due date later than {deviation.due_date:%d %b %Y}."
            ]
    else:
        new_due_date = None
    if deviation.requests.filter(kind=kind, status=DeviationRequest.Status.PENDING).exists():
        errors["kind"] = ["A request of this kind already waits for QA."]
    if errors:
        raise ValidationError(errors)
    request = DeviationRequest.objects.create(
        deviation=deviation,
        kind=kind,
        new_due_date=new_due_date,
        previous_due_date=deviation.due_date,
        justification=justification.strip(),
        requested_by=actor,
        requested_at=clock.now(),
    )
    audit_record(
        actor=actor,
        action="quality.deviation.requested",
        target=request,
        parent=deviation,
        changes=created(
            {
                "kind": request.get_kind_display(),
                "new_due_date": new_due_date,
                "justification": request.justification,
            }
        ),
    )
    notify("quality.deviation.requested", request, actor=actor)
    return request


def deviation_request_decide(
    *,
    actor: User,
    request: DeviationRequest,
    approve: bool,
    note: str,
    username: str | None,
    password: str,
    version: int | None,
    acknowledge: bool = False,
) -> DeviationRequest:
    """QA approves or rejects a request with a signature (never the requester's, nor
    the deviation's owner's or reporter's). An approved extension moves the due date; an
    approved cancellation ends the deviation, which is kept."""
    require(actor, APPROVE)
    if request.requested_by_id == actor.pk:
        raise PermissionDenied("Whoever asked does not decide: another QA approver must.")
    _segregated(actor, request.deviation, "decide its requests")
    if not approve and not (note or "").strip():
        raise ValidationError({"note": ["Say why the request is rejected."]})
    full = signer_authenticate(
        actor=actor, username=username, password=password, acknowledge=acknowledge
    )
    return _decide(actor, request, approve, (note or "").strip(), version, full)


@transaction.atomic
def _decide(actor, request, approve, note, version, full) -> DeviationRequest:
    request = concurrency.locked(request, version)
    deviation = _lock(request.deviation, None)
    if request.status != DeviationRequest.Status.PENDING:
        raise ValidationError("This request is decided already.")
    _open(deviation)
    now = clock.now()
    request.status = (
        DeviationRequest.Status.APPROVED if approve else DeviationRequest.Status.REJECTED
    )
    request.decided_by = actor
    request.decided_at = now
    request.decision_note = note
    concurrency.bump(request)
    request.save()
    signature_apply(
        actor=actor,
        record=request,
        meaning=Meaning.APPROVED if approve else Meaning.REJECTED,
        full_credentials=full,
        reason=note,
        transition="decide",
    )
    audit_record(
        actor=actor,
        action="quality.deviation.request_decided",
        target=request,
        parent=deviation,
        changes={"status": [DeviationRequest.Status.PENDING.label, request.get_status_display()]},
        reason=note,
    )
    if approve and request.kind == DeviationRequest.Kind.EXTENSION:
        before = deviation.due_date
        deviation.due_date = request.new_due_date
        concurrency.bump(deviation)
        deviation.save(update_fields=["due_date", "version"])
        _record(actor, deviation, "extended", {"due_date": [before, deviation.due_date]}, note)
    elif approve:
        before = deviation.get_state_display()
        deviation.state = S.CANCELLED
        deviation.closed_at = now
        concurrency.bump(deviation)
        deviation.save(update_fields=["state", "closed_at", "version"])
        _record(
            actor,
            deviation,
            "cancelled",
            {"state": [before, deviation.get_state_display()]},
            request.justification,
        )
    notify("quality.deviation.request_decided", request, actor=actor)
    return request


# -- Notices to the sponsor (R-DEV-7) ---------------------------------------------------


def _notice_errors(deviation, sent_at, recipients, how, content, now) -> dict:
    errors: dict[str, list[str]] = {}
    if deviation.sponsor_id is None:
        errors["deviation"] = ["This deviation concerns no sponsor: there is no one to tell."]
    if sent_at is None:
        errors["sent_at"] = ["Say when they were told."]
    elif sent_at > now:
        errors["sent_at"] = ["Record a notice once it is given, not before."]
    elif sent_at < deviation.discovered_at:
        errors["sent_at"] = ["A notice is given after the deviation is discovered."]
    if not (recipients or "").strip():
        errors["recipients"] = ["Say whom you told."]
    if how not in SponsorNotice.How.values:
        errors["how"] = ["Say how they were told."]
    if not (content or "").strip():
        errors["content"] = ["Say what they were told."]
    return errors


def _notice(actor, deviation, kind, sent_at, recipients, how, content) -> SponsorNotice:
    return SponsorNotice.objects.create(
        deviation=deviation,
        kind=kind,
        sent_at=sent_at,
        recipients=recipients.strip(),
        how=how,
        content=content.strip(),
        recorded_by=actor,
        recorded_at=clock.now(),
    )


def _staff_worker(actor: User) -> None:
    require(actor, WORK)
    if not actor.is_cdmo_staff:
        raise PermissionDenied("The CDMO records what it told the sponsor.")


@transaction.atomic
def deviation_notify_sponsor(
    *,
    actor: User,
    deviation: Deviation,
    sent_at: dt.datetime | None,
    recipients: str,
    how: str,
    content: str,
) -> SponsorNotice:
    """Record that the sponsor was told of the deviation: what, when, to whom, how. From
    then on its people see the record in the portal, and they are told in Accord."""
    _staff_worker(actor)
    deviation = _lock(deviation, None)
    errors = _notice_errors(deviation, sent_at, recipients, how, content, clock.now())
    if deviation.notified_at is not None:
        errors["deviation"] = [f"The sponsor was told on {deviation.notified_at:%d %b %Y}."]
    if errors:
        raise ValidationError(errors)
    notice = _notice(
        actor, deviation, SponsorNotice.Kind.NOTIFICATION, sent_at, recipients, how, content
    )
    deviation.notified_at = sent_at
    concurrency.bump(deviation)
    deviation.save(update_fields=["notified_at", "version"])
    late = deviation.notify_by is not None and sent_at > deviation.notify_by
    _record(
        actor,
        deviation,
        "sponsor_notified",
        {
            "notified_at": [None, sent_at],
            "to": [None, notice.recipients],
            "how": [None, notice.get_how_display()],
            "what": [None, notice.content],
            "on time": [None, None if deviation.notify_by is None else not late],
        },
    )
    notify("quality.deviation.sponsor_notified", deviation, actor=actor)
    return notice


@transaction.atomic
def deviation_send_summary(
    *,
    actor: User,
    deviation: Deviation,
    sent_at: dt.datetime | None,
    recipients: str,
    how: str,
    content: str,
) -> SponsorNotice:
    """Record the preliminary investigation summary sent to the sponsor; it is kept on
    the investigation, and the sponsor reads it in the portal."""
    _staff_worker(actor)
    deviation = _lock(deviation, None)
    errors = _notice_errors(deviation, sent_at, recipients, how, content, clock.now())
    if deviation.notified_at is None:
        errors["deviation"] = ["Tell the sponsor of the deviation before sending its summary."]
    elif not deviation.needs_investigation:
        errors["deviation"] = ["A preliminary summary is of an investigation (major, critical)."]
    elif deviation.summary_sent_at is not None:
        errors["deviation"] = [f"The summary was sent on {deviation.summary_sent_at:%d %b %Y}."]
    if errors:
        raise ValidationError(errors)
    notice = _notice(
        actor, deviation, SponsorNotice.Kind.SUMMARY, sent_at, recipients, how, content
    )
    deviation.summary_sent_at = sent_at
    concurrency.bump(deviation)
    deviation.save(update_fields=["summary_sent_at", "version"])
    Investigation.objects.update_or_create(
        deviation=deviation, defaults={"preliminary_summary": notice.content}
    )
    _record(
        actor,
        deviation,
        "summary_sent",
        {
            "summary_sent_at": [None, sent_at],
            "to": [None, notice.recipients],
            "how": [None, notice.get_how_display()],
            "summary": [None, notice.content],
        },
    )
    notify("quality.deviation.summary_sent", deviation, actor=actor)
    return notice
