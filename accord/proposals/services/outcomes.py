"""How an RFP ends: won (the project, its SOW deliverables, its plan and a signed
baseline, all at once), lost (with a postmortem), declined by the CDMO or withdrawn by
the sponsor.

Business development and executives record outcomes (``proposals.record_rfp_outcome``).
A win also needs the project manager who will run the project: they create it and sign
its contract baseline with their own user id and password, entered in the same form
(``baseline_save`` signs as the person whose credentials it gets). Everything a win
writes is in one transaction: a wrong password, a project code already in use or a
template the plan cannot follow leaves nothing behind.

A win is recorded on the revision the sponsor accepted in the portal; on a revision
still "sent" only with a reason (a signed purchase order, a countersigned offer on
paper), and that revision then becomes accepted. Superseded or declined revisions cannot
be won.

What a sponsor can read of all this is the RFP's new status. The reasons, the postmortem
and the decline or withdrawal notes live on ``RfpOutcome`` and ``Postmortem``, which
have no sponsor read path; the RFP's own audit event carries the status and, for a win,
the references of the revision and the project.
"""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from accord.accounts.models import Site, User
from accord.audit.services import audit_record, created, snapshot
from accord.clients.services import followup_add
from accord.core import clock, concurrency
from accord.core.permissions import require
from accord.core.workflow import TransitionNotAllowed
from accord.planning.plan_templates import TEMPLATES
from accord.planning.services import PlanLink, PlanTask, baseline_save, plan_create
from accord.projects.services import project_create
from accord.proposals.models import (
    Postmortem,
    ProposalRevision,
    Rfp,
    RfpOutcome,
    Service,
)
from accord.proposals.timeline import GMP_STEP, network_for
from accord.proposals.workflows import RFP_WORKFLOW
from accord.signatures.services import signer_authenticate
from accord.teams.models import Department
from accord.teams.services import deliverable_create

RECORD = "proposals.record_rfp_outcome"
BASELINE_NAME = "Contract baseline"
OUTCOME_FIELDS = ("rfp", "kind", "decided_on", "revision", "project", "reason")
POSTMORTEM_FIELDS = (
    "rfp",
    "reasons",
    "other_note",
    "competitor",
    "data_says",
    "lessons",
    "follow_up_on",
)

# Which department answers for the SOW deliverable of a scope item of each service.
SERVICE_DEPARTMENT: dict[str, str] = {
    Service.ANALYTICAL_METHOD_DEVELOPMENT: Department.ANALYTICAL_DEVELOPMENT,
    Service.PROCESS_DEVELOPMENT: Department.PROCESS_DEVELOPMENT,
    Service.TECH_TRANSFER: Department.PROCESS_DEVELOPMENT,
    Service.CLINICAL_MANUFACTURING: Department.MANUFACTURING,
    Service.COMMERCIAL_MANUFACTURING: Department.MANUFACTURING,
    Service.STABILITY: Department.QUALITY_CONTROL,
    Service.FILL_FINISH: Department.MANUFACTURING,
    Service.REGULATORY_SUPPORT: Department.REGULATORY_AFFAIRS,
}

S = ProposalRevision.Status


def _authorize(actor: User) -> None:
    require(actor, RECORD)
    if not actor.is_cdmo_staff:
        raise PermissionDenied("Only CDMO staff record RFP outcomes.")


def _decided_on(rfp: Rfp, decided_on: dt.date | None) -> dt.date:
    today = clock.today()
    decided_on = decided_on or today
    if decided_on > today:
        raise ValidationError({"decided_on": ["The decision cannot be in the future."]})
    if decided_on < rfp.received_on:
        raise ValidationError({"decided_on": ["The decision cannot be before the RFP came in."]})
    return decided_on


def _lock(rfp: Rfp, name: str, actor: User) -> Rfp:
    locked = Rfp.objects.select_for_update(of=("self",)).select_related("sponsor").get(pk=rfp.pk)
    if locked.status != rfp.status:
        raise TransitionNotAllowed("Someone else changed this RFP just now; reload it.")
    RFP_WORKFLOW.check(locked, name, actor)
    return locked


def _close(actor: User, rfp: Rfp, status: str, **references: str) -> None:
    """The RFP's new state; its event names only the status and references (sponsor
    users read an RFP's history)."""
    before = rfp.status
    rfp.status = status
    concurrency.bump(rfp)
    rfp.save(update_fields=["status", "version", "updated_at"])
    audit_record(
        actor=actor,
        action=f"proposals.rfp.{status}",
        target=rfp,
        parent=rfp.sponsor,
        changes={"status": [before, status], **{k: [None, v] for k, v in references.items()}},
    )


def _outcome(actor: User, rfp: Rfp, kind: str, decided_on: dt.date, **fields) -> RfpOutcome:
    outcome = RfpOutcome(rfp=rfp, kind=kind, decided_on=decided_on, recorded_by=actor, **fields)
    outcome.full_clean()
    outcome.save()
    audit_record(
        actor=actor,
        action="proposals.rfpoutcome.recorded",
        target=outcome,
        parent=rfp,
        changes=created(snapshot(outcome, OUTCOME_FIELDS)),
        reason=outcome.reason,
    )
    return outcome


def _latest_sent(rfp: Rfp) -> ProposalRevision | None:
    return (
        ProposalRevision.objects.filter(proposal__rfp=rfp, sent_on__isnull=False)
        .select_related("proposal")
        .order_by("-sent_on", "-pk")
        .first()
    )


# --------------------------------------------------------------------------- won


def _plan(template_code: str, revision: ProposalRevision, start: dt.date):
    """The revision's timeline as plan rows: same template, scale and batches."""
    template = TEMPLATES[template_code]
    network = network_for(
        template, start, scale=revision.timeline_scale, batches=revision.timeline_batches
    )
    steps = {step.key: step for step in template.steps}
    tasks = []
    for activity in network.activities:
        step = steps.get(activity.id) or steps[GMP_STEP]
        estimate = activity.estimate
        tasks.append(
            PlanTask(
                key=activity.id,
                name=activity.name,
                kind=step.kind,
                duration_days=activity.duration,
                optimistic_days=estimate.optimistic if estimate else None,
                most_likely_days=estimate.most_likely if estimate else None,
                pessimistic_days=estimate.pessimistic if estimate else None,
                department=step.department,
            )
        )
    links = [
        PlanLink(link.predecessor, link.successor, str(link.type), link.lag)
        for link in network.links
    ]
    return tasks, links


def proposal_win(
    *,
    actor: User,
    revision: ProposalRevision,
    pm: User,
    project_code: str,
    start_date: dt.date,
    username: str | None,
    password: str,
    acknowledge: bool = False,
    title: str = "",
    site: Site | None = None,
    template_code: str = "",
    reason: str = "",
    decided_on: dt.date | None = None,
) -> RfpOutcome:
    """Record that the sponsor awarded ``revision``: the RFP is won, the revision
    accepted, and the project exists with a deliverable per scope item, the plan of the
    revision's timeline from ``start_date`` and a baseline signed by ``pm`` (whose
    credentials ``username``/``password`` are). One transaction."""
    _authorize(actor)
    proposal = revision.proposal
    rfp = proposal.rfp
    errors: dict[str, list[str]] = {}
    if not (pm.is_active and pm.is_cdmo_staff):
        errors["pm"] = ["Choose an active CDMO project manager."]
    elif not (pm.has_perm("projects.add_project") and pm.has_perm("projects.change_project")):
        errors["pm"] = [f"{pm.printed_name} may not create and plan projects."]
    if revision.status == S.SENT and not reason.strip():
        errors["reason"] = [
            f"{revision.reference} was not accepted in the portal: say on what the win rests "
            "(e.g. a signed purchase order)."
        ]
    elif revision.status not in (S.SENT, S.ACCEPTED):
        errors["revision"] = [
            f"{revision.reference} is {revision.get_status_display().lower()}: win on the "
            "revision the sponsor accepted or the one currently sent."
        ]
    template_code = template_code or revision.timeline_template
    if template_code not in TEMPLATES:
        errors["template_code"] = ["Choose the plan template of the project."]
    if not project_code.strip():
        errors["project_code"] = ["Give the project a code."]
    site = site or pm.site
    if site is None:
        errors["site"] = ["Choose the site that runs the project."]
    if errors:
        raise ValidationError(errors)
    decided_on = _decided_on(rfp, decided_on)
    RFP_WORKFLOW.check(rfp, "win", actor)
    # Outside the transaction: a wrong password stays recorded (and counts to lockout).
    signer_authenticate(actor=pm, username=username, password=password, acknowledge=acknowledge)
    with transaction.atomic():
        rfp = _lock(rfp, "win", actor)
        revision = (
            ProposalRevision.objects.select_for_update(of=("self",))
            .select_related("proposal")
            .get(pk=revision.pk)
        )
        if revision.status not in (S.SENT, S.ACCEPTED):
            raise TransitionNotAllowed("Someone else changed this revision just now; reload it.")
        project = project_create(
            actor=pm,
            sponsor=rfp.sponsor,
            code=project_code,
            title=(title or rfp.title).strip(),
            molecule=rfp.molecule,
            modality=rfp.modality,
            phase=rfp.phase,
            site=site,
            start_date=start_date,
            description=f"Won from {rfp.number}, {proposal.number} {revision.reference}.",
        )
        for item in revision.scope_items.order_by("position", "pk"):
            deliverable_create(
                actor=pm,
                project=project,
                title=item.description[:200],
                department=SERVICE_DEPARTMENT[item.service],
                description=item.deliverables,
            )
        tasks, links = _plan(template_code, revision, start_date)
        plan_create(
            actor=pm,
            project=project,
            tasks=tasks,
            links=links,
            reason=f"From the timeline of {proposal.number} {revision.reference}.",
        )
        baseline_save(
            actor=pm,
            project=project,
            name=BASELINE_NAME,
            username=username,
            password=password,
            acknowledge=acknowledge,
        )
        offer = f"{proposal.number} {revision.reference}"
        revision_changes: dict[str, list] = {"project": [None, project.code]}
        if revision.status == S.SENT:
            revision_changes["status"] = [revision.status, S.ACCEPTED]
            revision.status = S.ACCEPTED
            concurrency.bump(revision)
            revision.save(update_fields=["status", "version", "updated_at"])
        audit_record(
            actor=actor,
            action="proposals.proposalrevision.won",
            target=revision,
            parent=proposal,
            changes=revision_changes,
        )
        audit_record(
            actor=actor,
            action="proposals.rfp.project_won",
            target=project,
            parent=rfp,
            changes={"rfp": [None, rfp.number], "revision": [None, offer]},
        )
        _close(actor, rfp, Rfp.Status.WON, revision=offer, project=project.code)
        return _outcome(
            actor,
            rfp,
            RfpOutcome.Kind.WON,
            decided_on,
            revision=revision,
            project=project,
            reason=reason.strip(),
        )


# --------------------------------------------------------------------------- lost


@transaction.atomic
def rfp_lose(
    *,
    actor: User,
    rfp: Rfp,
    reasons: list[str],
    lessons: str = "",
    other_note: str = "",
    competitor: str = "",
    data_says: str = "",
    follow_up_on: dt.date | None = None,
    decided_on: dt.date | None = None,
) -> Postmortem:
    """Record that the sponsor went elsewhere or turned the offer down, with the
    postmortem. A follow-up date becomes a follow-up in the sponsor's relationship for
    the proposal's owner (or the recorder), so it shows in their work."""
    _authorize(actor)
    decided_on = _decided_on(rfp, decided_on)
    postmortem = Postmortem(
        rfp=rfp,
        reasons=list(reasons),
        other_note=other_note.strip(),
        competitor=competitor.strip(),
        data_says=data_says.strip(),
        lessons=lessons.strip(),
        follow_up_on=follow_up_on,
        recorded_by=actor,
    )
    postmortem.full_clean(exclude=["rfp", "follow_up"])
    if follow_up_on and follow_up_on < clock.today():
        raise ValidationError({"follow_up_on": ["The follow-up cannot be in the past."]})
    rfp = _lock(rfp, "lose", actor)
    last = _latest_sent(rfp)
    if follow_up_on:
        owner = last.proposal.owner if last else actor
        if not (owner.is_active and owner.is_cdmo_staff):
            owner = actor
        postmortem.follow_up = followup_add(
            actor=actor,
            sponsor=rfp.sponsor,
            description=f"Keep in touch after losing {rfp.number} ({rfp.title})"[:500],
            owner=owner,
            due_on=follow_up_on,
        )
    _close(actor, rfp, Rfp.Status.LOST)
    _outcome(actor, rfp, RfpOutcome.Kind.LOST, decided_on, revision=last)
    postmortem.rfp = rfp
    postmortem.save()
    audit_record(
        actor=actor,
        action="proposals.postmortem.recorded",
        target=postmortem,
        parent=rfp,
        changes=created(snapshot(postmortem, POSTMORTEM_FIELDS)),
    )
    return postmortem


# --------------------------------------------------------------------------- declined, withdrawn


def _close_with_reason(
    actor: User, rfp: Rfp, name: str, kind: str, reason: str, decided_on: dt.date | None
) -> RfpOutcome:
    _authorize(actor)
    if not reason.strip():
        raise ValidationError({"reason": ["Give the reason."]})
    decided_on = _decided_on(rfp, decided_on)
    rfp = _lock(rfp, name, actor)
    _close(actor, rfp, kind)
    return _outcome(actor, rfp, kind, decided_on, revision=_latest_sent(rfp), reason=reason.strip())


@transaction.atomic
def rfp_decline(
    *, actor: User, rfp: Rfp, reason: str, decided_on: dt.date | None = None
) -> RfpOutcome:
    """The CDMO will not bid (or not go on): the reason is internal."""
    return _close_with_reason(actor, rfp, "decline", RfpOutcome.Kind.DECLINED, reason, decided_on)


@transaction.atomic
def rfp_withdraw(
    *, actor: User, rfp: Rfp, reason: str, decided_on: dt.date | None = None
) -> RfpOutcome:
    """The sponsor withdrew the RFP; what they said is kept as the reason."""
    return _close_with_reason(actor, rfp, "withdraw", RfpOutcome.Kind.WITHDRAWN, reason, decided_on)
