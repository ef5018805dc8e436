"""`accord demo` builds the promised demo CDMO; running it twice changes nothing."""

from __future__ import annotations

import datetime as dt
import io
import os
from collections.abc import Iterator
from unittest import mock
from zoneinfo import ZoneInfo

import pytest
from django.apps import apps
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction
from django.db.models import Count, F
from django.urls import reverse
from django.utils import timezone

from accord.accounts.models import Organization, Site, User
from accord.audit import chain
from accord.audit.models import AuditEvent
from accord.changes.models import ChangeOrder
from accord.demo.delays import DELAYS
from accord.demo.meetings import TOPICS
from accord.demo.plan_shapes import PLAN_SHAPES
from accord.demo.plans import demo_plan
from accord.demo.risk_data import RISKS
from accord.meetings.models import ActionItem, Meeting, MeetingDecision
from accord.planning.models import Baseline, BaselineTask, Decision, Dependency, Task
from accord.projects.models import Project, ProjectDocument, ProjectMembership
from accord.projects.selectors import projects_visible_to
from accord.proposals.models import (
    Postmortem,
    Proposal,
    ProposalReview,
    ProposalRevision,
    RevisionComment,
    Rfp,
    RfpOutcome,
)
from accord.reports.models import StatusReport
from accord.service import selectors as service_selectors
from accord.service.clocks import ClockState, working_time_between
from accord.service.models import (
    Concern,
    ConcernEntry,
    ConcernEscalation,
    ConcernPause,
    ConcernState,
    Priority,
)
from accord.service.services.concerns import MATTER_OF
from accord.signatures.models import Signature
from accord.signatures.selectors import manifest
from accord.teams.models import EscalationContact
from tests.conftest import client_for

MODELS = (
    Organization,
    Site,
    User,
    Project,
    ProjectMembership,
    ProjectDocument,
    Task,
    Dependency,
    Baseline,
    Decision,
    ChangeOrder,
    Meeting,
    MeetingDecision,
    ActionItem,
    StatusReport,
    Signature,
    Rfp,
    Proposal,
    ProposalRevision,
    ProposalReview,
    RevisionComment,
    RfpOutcome,
    Postmortem,
    Concern,
    ConcernEntry,
    ConcernPause,
    ConcernEscalation,
)

# The demo's "today" for this module, pinned so that its assertions are reproducible; the
# demo follows the week it is loaded in otherwise (see the test at the end).
DEMO_DATE = dt.date(2026, 1, 5)


def _snapshot() -> dict:
    return {model.__name__: sorted(map(str, model.objects.values_list())) for model in MODELS}


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker) -> Iterator[str]:
    """The demo loaded once for this module's tests, and rolled back after them."""
    out = io.StringIO()
    # The block is the test's own, never committed: marked like a TestCase's blocks, so
    # the audit events the demo writes are appended as its own transactions end.
    outer = transaction.atomic()
    outer._from_testcase = True
    with (
        mock.patch.dict(os.environ, {"ACCORD_DEMO_DATE": DEMO_DATE.isoformat()}),
        django_db_blocker.unblock(),
        outer,
    ):
        call_command("demo", stdout=out)
        yield out.getvalue()
        transaction.set_rollback(True)


@pytest.mark.django_db
def test_demo_refuses_production(settings):
    settings.ACCORD_ENV = "production"
    before = Project.objects.count()
    with pytest.raises(CommandError, match="production"):
        call_command("demo", stdout=io.StringIO())
    assert Project.objects.count() == before


@pytest.mark.django_db
def test_demo_builds_a_realistic_cdmo_and_is_idempotent(demo):
    assert "pm.alice" in demo and "accord-demo-2026!" in demo

    assert Organization.objects.filter(kind="cdmo").count() == 1
    sponsors = Organization.objects.filter(kind="sponsor")
    assert sponsors.count() == 6
    assert {s.sponsor_type for s in sponsors} == {"virtual_biotech", "biotech", "big_pharma"}
    assert Site.objects.count() == 2
    staff = User.objects.filter(organization__kind="cdmo")
    assert 20 <= staff.count() <= 30
    staff_roles = set(staff.values_list("roles__code", flat=True))
    assert staff_roles == {
        "business_development",
        "project_manager",
        "subject_matter_expert",
        "quality_assurance",
        "operations",
        "executive",
        "administrator",
    }
    sponsor_roles = set(
        User.objects.filter(organization__kind="sponsor").values_list("roles__code", flat=True)
    )
    assert sponsor_roles == {"sponsor_manager", "sponsor_contact"}
    manager = User.objects.get(username="novabridge.manager")
    contact = User.objects.get(username="novabridge.contact")
    assert manager.check_password("accord-demo-2026!")
    assert projects_visible_to(contact).count() < projects_visible_to(manager).count()

    assert chain.verify().ok  # every demo write went through the audited services
    assert Signature.objects.filter(meaning="approved").exists()

    before = _snapshot()
    again = io.StringIO()
    call_command("demo", stdout=again)
    assert "0 created" in again.getvalue()
    assert _snapshot() == before


@pytest.mark.django_db
def test_demo_portfolio_spans_phases_sites_and_sponsors(demo):
    projects = Project.objects.all()
    assert projects.count() >= 20
    assert set(projects.values_list("phase", flat=True)) == set(Project.Phase.values)
    assert projects.values("site").distinct().count() == 2
    assert projects.values("sponsor").distinct().count() == 6
    assert {"active", "planned", "on_hold", "completed"} <= set(
        projects.values_list("status", flat=True)
    )


@pytest.mark.django_db
def test_demo_plans_are_realistic_cdmo_work_breakdowns(demo):
    won = RfpOutcome.objects.filter(kind="won").values("project")
    sizes = dict(  # a project won from a proposal has the plan of its proposal's timeline
        Project.objects.exclude(pk__in=won).annotate(n=Count("tasks")).values_list("code", "n"),
    )
    active = Project.objects.filter(status="active").values_list("code", flat=True)
    assert all(50 <= sizes[code] <= 300 for code in active), sizes
    assert all(50 <= size <= 300 for size in sizes.values())

    tasks = Task.objects.all()
    kinds = dict(tasks.values_list("kind").annotate(n=Count("pk")))
    assert set(kinds) == set(Task.Kind.values)
    three_point = tasks.filter(kind="task", optimistic_days__isnull=False).count()
    assert three_point > 0.3 * kinds["task"]
    assert tasks.filter(kind="task", parent__isnull=True).count() < 0.02 * kinds["task"]
    links = Dependency.objects.all()
    types = dict(links.values_list("type").annotate(n=Count("pk")))
    assert types["FS"] > 0.7 * links.count() and types["SS"] and types["FF"]
    assert links.filter(lag_days__gt=0).exists() and links.filter(lag_days__lt=0).exists()
    names = set(tasks.values_list("name", flat=True))
    assert {
        "Technology transfer",
        "Process development and optimization",
        "Engineering (demonstration) batch",
        "GMP batch 1: manufacture",
        "GMP batch 1: QC release testing",
        "GMP batch 1: QA batch record review and release",
        "GMP batch 1 stability: 12-month pull and testing",
        "Go/no-go decision for GMP manufacture",
    } <= names
    assert demo_plan("KRW-3307-CS", PLAN_SHAPES["KRW-3307-CS"]) == demo_plan(
        "KRW-3307-CS", PLAN_SHAPES["KRW-3307-CS"]
    )


@pytest.mark.django_db
def test_demo_progress_runs_to_the_data_date_with_some_work_late(demo):
    assert "as of Mon 05 Jan 2026" in demo
    started = Project.objects.filter(start_date__lt=DEMO_DATE)
    assert started.count() >= 14
    assert set(started.values_list("data_date", flat=True)) == {DEMO_DATE}
    assert not Project.objects.filter(start_date__gte=DEMO_DATE, data_date__isnull=False)
    done = Task.objects.filter(actual_finish__isnull=False)
    assert not done.filter(actual_finish__gte=DEMO_DATE).exists()
    assert not done.exclude(percent_complete=100).exists()
    in_progress = Task.objects.filter(actual_start__isnull=False, actual_finish__isnull=True)
    assert in_progress.exists()
    assert not in_progress.filter(percent_complete__in=(0, 100)).exists()
    for code in ("HSZ-1120-SSQ", "KRW-2201-AMT"):  # the completed projects
        assert not Task.objects.filter(project__code=code, actual_finish__isnull=True).exclude(
            kind="summary"
        )
    first = BaselineTask.objects.filter(baseline__number=1, task__actual_finish__isnull=False)
    assert first.filter(task__actual_finish__gt=F("finish")).count() > 20  # late
    assert first.filter(task__actual_finish=F("finish")).count() > 100  # on time
    decided = Decision.objects.all()
    assert decided.exists()
    assert all(m.matches for d in decided for m in manifest(d))


@pytest.mark.django_db
def test_demo_baselines_are_signed_by_the_project_manager(demo):
    active = Project.objects.filter(status="active")
    baselined = active.filter(baselines__isnull=False).distinct()
    assert baselined.count() >= 0.8 * active.count()
    rebaselined = Project.objects.annotate(n=Count("baselines")).filter(n=2)
    assert rebaselined.count() >= 2
    for baseline in Baseline.objects.select_related("project", "created_by"):
        lines = manifest(baseline)
        assert len(lines) == 1 and lines[0].matches, baseline
        signature = lines[0].signature
        # The project manager answers for the plan: "authored" (only QA approves, AZ-5).
        assert signature.meaning == "authored" and signature.signer == baseline.created_by
        assert baseline.created_by.has_perm("projects.change_project")
        assert (
            baseline.items.count()
            == baseline.project.tasks.filter(baseline_items__baseline=baseline).count()
        )


@pytest.mark.django_db
def test_demo_change_orders_are_in_every_state(demo):
    orders = ChangeOrder.objects.select_related("project", "decided_by")
    assert set(orders.values_list("status", flat=True)) == set(ChangeOrder.Status.values)
    for order in orders.filter(decided_by__isnull=False):
        assert order.decided_by.organization_id == order.project.sponsor_id
        assert order.decided_by.has_role("sponsor_manager")
        lines = manifest(order)
        decided = ["rejected" if order.status == "rejected" else "accepted"]
        # Incorporating is signed too: the project manager authors the re-baselined plan.
        expected = [*decided, "authored"] if order.status == "incorporated" else decided
        assert [line.signature.meaning for line in lines] == expected
        assert lines[0].matches
    incorporated = orders.filter(status="incorporated")
    assert all(o.edits.exists() for o in incorporated)
    new_tasks = [
        e.created_task for o in incorporated for e in o.edits.all() if e.kind == "new_task"
    ]
    assert new_tasks and all(task is not None for task in new_tasks)


@pytest.mark.django_db
def test_demo_risks_and_delays_name_tasks_of_their_plans(demo):
    plans = {
        code: set(Task.objects.filter(project__code=code).values_list("name", flat=True))
        for code in Project.objects.values_list("code", flat=True)
    }
    for spec in (*RISKS, *DELAYS):
        assert set(spec.tasks) <= plans[spec.project], (spec.project, spec.title)


@pytest.mark.django_db
def test_demo_meetings_give_decisions_and_action_items_to_both_sides(demo):
    active = Project.objects.filter(status="active")
    assert set(active.values_list("code", flat=True)) == set(TOPICS)
    for project in active:
        meetings = Meeting.objects.filter(project=project)
        assert meetings.filter(kind="kickoff", held_on__gte=project.start_date).count() == 1
        assert meetings.count() >= 2 or project.start_date > DEMO_DATE - dt.timedelta(days=7)
        assert not meetings.filter(held_on__gte=DEMO_DATE).exists()
        assert ActionItem.objects.filter(project=project).exists()
    meetings = Meeting.objects.all()
    kinds = set(meetings.values_list("kind", flat=True))
    assert {"kickoff", "weekly_status", "steering_committee", "technical"} <= kinds
    internal = meetings.filter(shared_with_sponsor=False)
    assert 0 < internal.count() < 0.3 * meetings.count()
    assert not internal.filter(internal_notes="").exists()
    assert MeetingDecision.objects.filter(meeting__kind="kickoff").count() == 2 * len(TOPICS)
    assert not meetings.exclude(kind="weekly_status").filter(decisions__isnull=True).exists()

    items = ActionItem.objects.select_related("owner", "meeting")
    done = items.filter(status="done")
    still_open = items.filter(status="open")
    assert done.count() > 20 and not done.filter(done_on__gte=DEMO_DATE).exists()
    assert still_open.filter(due_on__lt=DEMO_DATE).count() >= 5  # overdue
    assert still_open.filter(due_on__range=(DEMO_DATE, DEMO_DATE + dt.timedelta(days=7))).count()
    assert not items.filter(due_on__lt=F("meeting__held_on")).exists()
    sponsor_owned = items.filter(owner__organization__kind="sponsor")
    assert sponsor_owned.exists() and items.filter(owner__organization__kind="cdmo").exists()
    assert all(item.owner.organization_id == item.project.sponsor_id for item in sponsor_owned)
    assert done.filter(owner__organization__kind="sponsor", closed_by=F("owner")).exists()


@pytest.mark.django_db
def test_demo_status_reports_are_signed_by_the_project_manager(demo):
    for project in Project.objects.filter(status="active"):
        reports = StatusReport.objects.filter(project=project).order_by("number")
        published = reports.filter(status="published")
        assert 1 <= published.count() <= 3, project.code
        assert not reports.filter(period_end__gte=DEMO_DATE).exists()
        assert reports.last().period_end == DEMO_DATE - dt.timedelta(days=1)
        assert not reports.filter(summary="").exists()
    drafts = StatusReport.objects.filter(status="draft")
    assert 1 <= drafts.count() <= 5
    red = StatusReport.objects.get(project__code="SLV-204-ADC", number=3)
    assert "RED" in red.summary and "identity" in red.summary
    assert "linker-payload" in red.decisions_needed
    manager = User.objects.get(username="jonas.becker")
    for report in StatusReport.objects.filter(status="published").select_related("project"):
        lines = manifest(report)
        assert len(lines) == 1 and lines[0].matches, report
        assert lines[0].signature.meaning == "authored"
        assert lines[0].signature.signer == report.published_by
    assert StatusReport.objects.filter(published_by=manager).exists()


@pytest.mark.django_db
def test_demo_rfps_and_proposals_run_through_every_state(demo):
    rfps = Rfp.objects.select_related("sponsor", "submitted_by")
    assert set(rfps.values_list("status", flat=True)) == set(Rfp.Status.values)
    assert rfps.values("sponsor").distinct().count() == 6
    assert rfps.filter(status="new", submitted_by__organization__kind="sponsor").exists()
    assert not rfps.filter(received_on__gt=DEMO_DATE).exists()
    revisions = ProposalRevision.objects.select_related("proposal__rfp")
    assert {"draft", "in_review", "sent", "superseded", "accepted", "declined"} <= set(
        revisions.values_list("status", flat=True)
    )
    # Accepted by the sponsor in the portal, the win not recorded yet.
    assert revisions.filter(status="accepted", proposal__rfp__status="proposal_sent").exists()
    for revision in revisions.filter(sent_on__isnull=False):
        rfp = revision.proposal.rfp
        assert rfp.received_on < revision.sent_on <= DEMO_DATE
        lines = manifest(revision)
        assert lines[0].signature.meaning == "authored" and all(line.matches for line in lines)
        assert lines[0].signature.signer == revision.proposal.owner
    assert RevisionComment.objects.filter(author__organization__kind="sponsor").count() >= 3
    assert revisions.exclude(sponsor_feedback="").exists()  # R2 carries the comments on R1

    reviews = ProposalReview.objects.select_related("revision__proposal", "reviewer")
    current = reviews.filter(invalidated_at__isnull=True)
    assert current.exists() and all(manifest(r)[0].matches for r in current)
    for review in reviews:
        (line,) = manifest(review)
        assert line.signature.signer == review.reviewer
        assert line.signature.meaning == review.decision
        assert review.reviewer_id != review.revision.proposal.owner_id
    rejected = reviews.get(decision="rejected")
    assert rejected.reason and rejected.invalidated_at
    assert reviews.filter(invalidated_at__isnull=False, decision="reviewed").count() >= 2
    assert current.filter(kind="executive").exists()

    won = RfpOutcome.objects.filter(kind="won").select_related("project", "revision")
    assert won.count() == 2
    for outcome in won:
        assert outcome.revision.status == "accepted" and outcome.rfp.status == "won"
        (baseline,) = Baseline.objects.filter(project=outcome.project)
        (line,) = manifest(baseline)
        assert line.matches and line.signature.meaning == "authored"
        assert outcome.project.tasks.count() > 10
        assert outcome.project.deliverables.count() == outcome.revision.scope_items.count()

    postmortems = Postmortem.objects.select_related("rfp", "follow_up")
    assert postmortems.count() == 3
    assert all(p.reasons and p.lessons and p.data_says for p in postmortems)
    assert postmortems.exclude(competitor="").exists()
    assert any("other" in p.reasons and p.other_note for p in postmortems)
    assert all(p.follow_up and p.follow_up.due_on >= DEMO_DATE for p in postmortems)
    closed = RfpOutcome.objects.filter(kind__in=("declined", "withdrawn")).exclude(reason="")
    assert closed.count() == 2


# The demo checks of single apps, on this module's one load of the demo.


def test_demo_risks_are_realistic_and_idempotent(demo):
    from accord.accounts.models import User
    from accord.demo.risks import RISKS, demo_risks
    from accord.risks.models import Risk

    users = {u.username: u for u in User.objects.all()}
    projects = {p.code: p for p in Project.objects.all()}
    assert Risk.objects.count() == len(RISKS)  # `accord demo` loads them
    assert demo_risks(users=users, projects=projects, log=print) == (0, len(RISKS))
    per_project = {code: Risk.objects.filter(project__code=code).count() for code in projects}
    active = {p.code for p in Project.objects.filter(status="active")}
    assert all(3 <= per_project[code] <= 6 for code in active)
    assert Risk.objects.filter(shared_with_sponsor=True).exists()
    assert Risk.objects.filter(shared_with_sponsor=False).exists()
    assert len(set(Risk.objects.values_list("category", flat=True))) >= 10
    assert Risk.objects.filter(next_review_date__lt=DEMO_DATE).count() >= 5
    assert Risk.objects.filter(affected_tasks__isnull=False).distinct().count() >= 10


def test_the_demo_delays_are_realistic_and_loaded_once(demo):
    from django.db.models import F

    from accord.accounts.models import User
    from accord.audit import chain
    from accord.delays import selectors as delay_selectors
    from accord.delays.models import Delay
    from accord.demo.delays import DELAYS, demo_delays

    users = {user.username: user for user in User.objects.all()}
    projects = {project.code: project for project in Project.objects.all()}
    assert Delay.objects.count() == len(DELAYS)  # `accord demo` loads them
    assert demo_delays(users=users, projects=projects, log=print) == (0, len(DELAYS))
    causes = {bar.cause for bar in delay_selectors.delay_pareto(Delay.objects.all())}
    assert causes == set(Delay.Cause.values)
    communicated = Delay.objects.filter(sponsor_informed_on__isnull=False).count()
    assert len(DELAYS) / 2 < communicated < len(DELAYS)
    assert not Delay.objects.filter(occurred_on__lt=F("project__start_date")).exists()
    assert not Delay.objects.filter(occurred_on__gt=DEMO_DATE).exists()
    assert chain.verify().ok


def test_demo_teams_is_complete_and_idempotent(demo):
    from accord.accounts.models import User
    from accord.demo.teams import demo_teams
    from accord.teams.models import Deliverable, Matter

    users = {u.username: u for u in User.objects.all()}
    projects = {p.code: p for p in Project.objects.all()}
    assert demo_teams(users=users, projects=projects, log=lambda line: None)[0] == 0
    active = Project.objects.filter(status=Project.Status.ACTIVE)
    assert active.exists()
    for project in active:
        deliverables = Deliverable.objects.filter(project=project)
        if not deliverables.exists():
            continue  # the projects won from proposals have their SOW from the scope
        assert 3 <= deliverables.count() <= 5
        for deliverable in deliverables:
            letters = list(deliverable.raci.values_list("role", flat=True))
            assert letters.count("A") == 1
            assert "R" in letters
        assert 3 <= project.steering.count() <= 4
        assert project.escalation.values("matter").distinct().count() == len(Matter.values)


def test_the_demo_relationships_are_loaded_once_for_every_sponsor(demo):
    from accord.accounts.models import Organization, User
    from accord.clients.models import FollowUp, Interaction, SponsorProfile
    from accord.demo.clients import CLIENTS, demo_clients

    assert SponsorProfile.objects.count() == len(CLIENTS) == 6
    assert Interaction.objects.exclude(rapport_notes="").count() >= 6
    assert FollowUp.objects.filter(is_done=False).exists() and FollowUp.objects.filter(is_done=True)
    users = {user.username: user for user in User.objects.all()}
    sponsors = {org.short_name: org for org in Organization.objects.all()}
    created, existing = demo_clients(users=users, sponsors=sponsors, log=print)
    assert created == 0 and existing > 0


# The story in time: one load of the demo, every date coherent.


def _local(moment: dt.datetime) -> dt.datetime:
    return timezone.localtime(moment)


def _day_the_record_says(signature: Signature, record) -> dt.date | None:
    """The day a signed record names for the act its signature approves (None: the
    record names no day for it)."""
    kind, meaning = signature.record_type, signature.meaning
    if kind == "planning.baseline":
        return _local(record.created_at).date()
    if kind == "planning.decision":
        return record.decided_on
    if kind == "reports.statusreport":
        return _local(record.published_at).date()
    if kind == "proposals.proposalreview":
        return _local(record.signed_at).date()
    if kind == "proposals.proposalrevision" and meaning == "authored":
        return record.sent_on
    if kind == "changes.changeorder":
        if meaning == "authored":  # the re-baseline of its incorporation
            return _local(record.incorporated_at).date()
        return record.decided_on
    return None


@pytest.mark.django_db
def test_demo_kudos_come_from_several_sponsors_and_colleagues_to_managed_staff(demo):
    from accord.notifications.models import Notification
    from accord.recognition.models import Kudos

    kudos = list(Kudos.objects.select_related("recipient__organization", "recipient__manager"))
    assert len(kudos) >= 12
    assert len({k.sponsor_id for k in kudos if k.sponsor_id}) >= 5
    assert sum(k.sponsor_id is None for k in kudos) >= 3  # between colleagues
    assert any(k.meeting_id for k in kudos) and any(k.milestone_id for k in kudos)
    for item in kudos:
        assert item.recipient.is_cdmo_staff and item.recipient.manager is not None
        given = _local(item.given_at)
        assert given.date() < DEMO_DATE and dt.time(7, 30) <= given.time() <= dt.time(19)
        told = Notification.objects.filter(record_type="recognition.kudos", record_id=item.pk)
        assert set(told.values_list("recipient_id", flat=True)) >= {item.recipient_id}
    staff = User.objects.filter(organization__kind="cdmo")
    assert staff.filter(manager__isnull=True).count() == 1  # the chief executive


@pytest.mark.django_db
def test_demo_sponsors_each_have_a_quality_agreement_in_force(demo):
    from accord.quality import selectors as quality_selectors
    from accord.quality.models import QualityAgreement

    sponsors = Organization.objects.filter(kind="sponsor")
    in_force = {s.short_name: quality_selectors.agreement_in_force(s, DEMO_DATE) for s in sponsors}
    assert all(agreement is not None for agreement in in_force.values()), in_force
    # Kerrowan's second revision took over; the first applies to the events before it.
    kerrowan = in_force["Kerrowan"]
    assert kerrowan.revision == 2
    first = QualityAgreement.objects.get(sponsor=kerrowan.sponsor, revision=1)
    before = kerrowan.effective_from - dt.timedelta(days=1)
    assert quality_selectors.agreement_in_force(kerrowan.sponsor, before) == first
    for agreement in QualityAgreement.objects.select_related("approved_by"):
        assert agreement.status == "approved" and agreement.approved_by.username == "qa.quinn"
        assert agreement.drafted_by_id != agreement.approved_by_id
        [signature] = Signature.objects.filter(
            record_type="quality.qualityagreement", record_id=agreement.pk
        )
        assert _local(signature.signed_at).date() == _local(agreement.approved_at).date()
        assert agreement.effective_from > _local(agreement.approved_at).date()


@pytest.mark.django_db
def test_demo_signatures_fall_on_the_days_their_records_say(demo):
    checked = 0
    for signature in Signature.objects.all():
        signed = _local(signature.signed_at)
        assert dt.time(7, 30) <= signed.time() <= dt.time(19), signature  # working hours
        record = apps.get_model(signature.record_type).objects.get(pk=signature.record_id)
        if isinstance(record, ProjectDocument):
            assert signed.date() >= _local(record.uploaded_at).date()
        said = _day_the_record_says(signature, record)
        if said is not None:
            assert said == signed.date(), (signature.record_type, str(record), signature.meaning)
            checked += 1
    assert checked > 100


@pytest.mark.django_db
def test_demo_audit_events_tell_each_record_in_story_order(demo):
    trail: dict[tuple[str, str], list[AuditEvent]] = {}
    for event in AuditEvent.objects.order_by("seq"):
        trail.setdefault((event.target_type, event.target_id), []).append(event)
    for events in trail.values():
        times = [event.occurred_at for event in events]
        assert times == sorted(times), events[0].target_label
    # Set up well before the projects, and nothing written after the reference date.
    first = AuditEvent.objects.order_by("seq").first()
    assert _local(first.occurred_at).date() < DEMO_DATE - dt.timedelta(days=540)
    assert not AuditEvent.objects.filter(occurred_at__date__gt=DEMO_DATE).exists()
    # No event of a record before its creation (its own created or uploaded time).
    for model, stamp in (
        (Project, "created_at"),
        (Rfp, "created_at"),
        (ChangeOrder, "created_at"),
        (StatusReport, "created_at"),
        (ProjectDocument, "uploaded_at"),
        (Baseline, "created_at"),
    ):
        label = f"{model._meta.app_label}.{model._meta.model_name}"
        for pk, created in model.objects.values_list("pk", stamp):
            events = trail.get((label, str(pk)), [])
            assert events and events[0].occurred_at >= created - dt.timedelta(seconds=1), (
                label,
                pk,
            )


@pytest.mark.django_db
def test_demo_approvals_come_hours_or_days_after_authoring(demo):
    for document in ProjectDocument.objects.all():
        lines = [line.signature for line in manifest(document)]
        meanings = [signature.meaning for signature in lines]
        assert meanings in (["authored"], ["authored", "approved"]), document
        assert lines[0].signed_at - document.uploaded_at >= dt.timedelta(hours=1)
        if len(lines) == 2:
            assert lines[1].signed_at - lines[0].signed_at >= dt.timedelta(hours=12)
            assert lines[1].signer != lines[0].signer
    for revision in ProposalRevision.objects.filter(sent_on__isnull=False):
        lines = [line.signature for line in manifest(revision)]
        sent = next(signature for signature in lines if signature.meaning == "authored")
        reviews = ProposalReview.objects.filter(revision=revision, invalidated_at__isnull=True)
        assert reviews.exists()
        for review in reviews:
            assert revision.created_at < review.signed_at < sent.signed_at
        gaps = sorted(review.signed_at for review in reviews)
        assert all(b - a >= dt.timedelta(hours=1) for a, b in zip(gaps, gaps[1:], strict=False))


@pytest.mark.django_db
def test_demo_status_reports_show_only_what_was_true_in_their_period(demo):
    from accord.delays.models import Delay
    from accord.risks.models import Risk

    published = StatusReport.objects.filter(status="published").select_related("project")
    assert published.count() > 20
    seen_green_then_amber = False
    for report in published:
        content, end = report.content, report.period_end
        written = _local(report.created_at).date()
        assert written == end + dt.timedelta(days=1)  # the Monday after the fortnight
        assert _local(report.published_at).date() == written
        for row in content["delays"]["items"]:
            assert dt.date.fromisoformat(row["informed_on"]) <= end, (report, row)
            assert dt.date.fromisoformat(row["occurred_on"]) <= end, (report, row)
            delay = Delay.objects.get(project=report.project, title=row["title"])
            assert _local(delay.created_at).date() <= end
        for row in content["change_orders"]:
            number = int(row["reference"].removeprefix("CO-"))
            order = ChangeOrder.objects.get(project=report.project, number=number)
            assert _local(order.created_at).date() <= end
            if row["decided_on"]:
                assert dt.date.fromisoformat(row["decided_on"]) <= end, (report, row)
            else:
                assert row["status"] == "sent"
        for row in content["risks"]:
            risk = Risk.objects.get(project=report.project, title=row["title"])
            assert _local(risk.created_at).date() <= end
        # The summary and the health of the snapshot agree, and an amber or red health
        # names what the report lists.
        health = content["health"]
        assert f"Overall status {health['rag'].upper()}" in report.summary, report
        if health["rag"] != "green":
            listed = [row["title"] for row in content["delays"]["items"] + content["risks"]]
            listed += [row["title"] for row in content["change_orders"]]
            words = set(health["reason"].lower().replace(";", " ").split())
            assert any(len(words & set(title.lower().split())) >= 2 for title in listed), report
        if report.project.code == "NVB-101-TT" and report.number == 1:
            seen_green_then_amber = health["rag"] == "green"
    assert seen_green_then_amber
    # SR-001 of a project with a later incorporated change order shows it as it stood.
    early = StatusReport.objects.get(project__code="KRW-5512-PPQ", number=3)
    dryer = next(row for row in early.content["change_orders"] if row["title"].startswith("Dryer"))
    assert dryer["status"] == "sent"
    assert ChangeOrder.objects.get(title__startswith="Dryer").status == "incorporated"


# The sponsors' concerns: raised, served and swept through the services, in story order.

# The demo's "now" for its concerns: 17:00 on the reference day, at the Visp head office.
CONCERNS_END = dt.datetime.combine(DEMO_DATE, dt.time(17), tzinfo=ZoneInfo("Europe/Zurich"))


def _open_clocks() -> dict[str, dict]:
    return {
        concern.number: service_selectors.concern_clocks(concern, now=CONCERNS_END)
        for concern in Concern.objects.exclude(state__in=("resolved", "closed"))
    }


@pytest.mark.django_db
def test_demo_concerns_are_in_every_state_across_sponsors(demo):
    concerns = Concern.objects.select_related("sponsor", "site", "raised_by")
    assert 12 <= concerns.count() <= 16
    assert set(concerns.values_list("state", flat=True)) == set(ConcernState.values)
    assert concerns.values("sponsor").distinct().count() >= 4
    assert {"quality", "schedule", "communication", "technical", "commercial", "regulatory"} <= (
        set(concerns.values_list("category", flat=True))
    )
    assert set(concerns.values_list("urgency", flat=True)) == set(Priority.values)
    assert set(concerns.values_list("channel", flat=True)) == {"portal", "staff", "interaction"}
    assert all(c.raised_by.is_sponsor_user == (c.channel == "portal") for c in concerns)
    # Spread over the last three months; the open ones are of the last fortnight.
    raised = sorted(timezone.localtime(c.raised_at).date() for c in concerns)
    assert DEMO_DATE - dt.timedelta(days=100) <= raised[0] <= DEMO_DATE - dt.timedelta(days=60)
    assert raised[-1] == DEMO_DATE
    still_open = concerns.exclude(state__in=("resolved", "closed"))
    assert not still_open.filter(raised_at__date__lt=DEMO_DATE - dt.timedelta(days=14)).exists()
    # Raised from New York on Friday afternoon, Friday night at Visp: its clocks start on
    # Monday when the site opens.
    friday = DEMO_DATE - dt.timedelta(days=3)
    (late,) = [
        c
        for c in concerns
        if timezone.localtime(c.raised_at).date() == friday
        and timezone.localtime(c.raised_at).hour >= 17
    ]
    assert late.channel == "portal" and late.site.code == "VSP"
    acknowledge = service_selectors.concern_clocks(late, now=CONCERNS_END)["acknowledge"]
    assert timezone.localtime(acknowledge.due_at).date() == DEMO_DATE
    # Waiting on the sponsor: its clocks paused; resolved ones wait for the sponsor's word.
    waiting = concerns.get(state="waiting_on_sponsor")
    assert waiting.pauses.filter(ended_at__isnull=True).count() == 1
    assert service_selectors.concern_clocks(waiting, now=CONCERNS_END)["resolve"].state == "paused"
    for concern in concerns.filter(state="resolved"):
        assert concern.entries.last().kind == "resolution"
    # Closed by the sponsor's confirmation, and by the sweep when the sponsor never answered.
    endings = [c.entries.last() for c in concerns.filter(state="closed")]
    assert {e.kind for e in endings} == {"confirmed", "closed"}
    for ending in endings:
        if ending.kind == "confirmed":
            assert ending.author.organization_id == ending.concern.sponsor_id
        else:
            assert ending.author is None and "No answer within" in ending.text
            event = AuditEvent.objects.get(
                action="service.concern.closed", target_id=str(ending.concern_id)
            )
            assert event.actor_id is None and event.occurred_at - ending.at < dt.timedelta(
                seconds=1
            )
    assert ConcernPause.objects.filter(ended_at__isnull=False).exists()  # a sponsor answered


@pytest.mark.django_db
def test_demo_concern_clocks_break_and_the_sweep_escalates_up_the_tree(demo):
    states = {
        kept.state
        for clocks in _open_clocks().values()
        for kept in clocks.values()
        if kept is not None and kept.stopped_at is None
    }
    assert {ClockState.BREACHED, ClockState.AT_RISK, ClockState.RUNNING, ClockState.PAUSED} <= (
        states
    )
    escalations = ConcernEscalation.objects.select_related("concern__project", "concern__owner")
    assert escalations.exists()
    for escalation in escalations:
        concern = escalation.concern
        ladder = EscalationContact.objects.filter(
            project=concern.project, matter=MATTER_OF[concern.category]
        )
        owner_rung = ladder.get(cdmo_contact=concern.owner).level
        # One rung up the communication tree, made by the sweep at its five-minute tick.
        assert ladder.get(level=escalation.level).cdmo_contact == escalation.to
        assert escalation.level == owner_rung + 1 == concern.escalation_level
        assert escalation.at.second == 0 and escalation.at.minute % 5 == 0
        entry = concern.entries.get(kind="escalated", at=escalation.at)
        assert entry.author is None and not entry.internal
        assert "now follows this concern" in entry.text and "late by" in entry.text
        assert AuditEvent.objects.filter(
            action="service.concern.escalated", target_id=str(concern.pk), actor_id__isnull=True
        ).exists()
    # One still unacknowledged: its acknowledgement broke this morning, went up the tree,
    # and the queue shows it breached.
    (today,) = escalations.filter(concern__state="raised", clock="acknowledge", at__date=DEMO_DATE)
    clocks = _open_clocks()[today.concern.number]
    assert clocks["acknowledge"].state == ClockState.BREACHED
    # Reopened by the sponsor with a reason, then resolved again and confirmed.
    (reopened,) = Concern.objects.filter(reopened__gte=1)
    kinds = list(reopened.entries.values_list("kind", flat=True))
    assert kinds.index("reopened") > kinds.index("resolution")
    assert "resolution" in kinds[kinds.index("reopened") :]
    reason = reopened.entries.get(kind="reopened")
    assert reason.author.is_sponsor_user and reason.text
    assert (
        AuditEvent.objects.get(action="service.concern.reopened", target_id=str(reopened.pk)).reason
        == reason.text
    )


@pytest.mark.django_db
def test_demo_internal_notes_on_concerns_never_reach_the_sponsor(demo):
    notes = ConcernEntry.objects.filter(kind="note").select_related("concern")
    assert notes.count() >= 3 and not notes.filter(internal=False).exists()
    sponsor_users = User.objects.filter(organization__kind="sponsor", is_active=True)
    seen = 0
    for user in sponsor_users:
        entries = service_selectors.concern_entries_visible_to(user)
        seen += entries.count()
        assert not entries.filter(internal=True).exists(), user
    assert seen > 0
    for note in notes:
        manager = User.objects.get(organization=note.concern.sponsor, roles__code="sponsor_manager")
        pages = (
            reverse("service:concern", args=[note.concern_id]),
            reverse("audit:history", args=["service.concern", note.concern_id]),
        )
        words = note.text[:40]
        for page in pages:
            response = client_for(manager).get(page)
            assert response.status_code == 200
            assert words not in response.content.decode(), (page, note.text)
        staff = client_for(note.concern.owner).get(pages[0]).content.decode()
        assert words in staff


@pytest.mark.django_db
def test_demo_concerns_are_told_in_story_order(demo):
    actions = {
        "raised": "raised",
        "acknowledgement": "acknowledged",
        "contact": "contacted",
        "update": "updated",
        "note": "noted",
        "waiting": "waiting",
        "resumed": "resumed",
        "resolution": "resolved",
        "confirmed": "confirmed",
        "reopened": "reopened",
        "escalated": "escalated",
        "closed": "closed",
    }
    for concern in Concern.objects.select_related("site"):
        events = list(
            AuditEvent.objects.filter(
                target_type="service.concern", target_id=str(concern.pk)
            ).order_by("seq")
        )
        # The notice of a concern raised outside the service hours is part of raising it.
        entries = list(concern.entries.exclude(kind="after_hours").order_by("at", "pk"))
        # Each step is one entry of the concern's story and one audit event, at its moment.
        assert [f"service.concern.{actions[e.kind]}" for e in entries] == [
            e.action for e in events
        ], concern.number
        for entry, event in zip(entries, events, strict=True):
            assert abs(event.occurred_at - entry.at) < dt.timedelta(seconds=1), concern.number
        assert entries[0].at == concern.raised_at
        assert events[-1].occurred_at <= CONCERNS_END
        # Staff step in while their site serves sponsors (Singen till 22:00, Saturdays).
        working = service_selectors.working_time_for(concern.site)
        for entry in entries:
            if entry.author is not None and entry.author.is_cdmo_staff:
                served = working_time_between(working, entry.at - dt.timedelta(minutes=1), entry.at)
                assert served >= dt.timedelta(seconds=59), (concern.number, entry.kind)
    # The Friday-evening concern from New York was told when Visp's working day starts.
    [notice] = ConcernEntry.objects.filter(kind="after_hours")
    assert notice.author is None and "Monday" in notice.text and "08:00" in notice.text


def test_accord_demo_prints_every_login_the_readme_lists(demo):
    import re

    from django.conf import settings

    readme = (settings.BASE_DIR / "README.md").read_text(encoding="utf-8")
    listed = re.findall(r"^\| `([a-z.]+)` \|", readme, flags=re.MULTILINE)
    assert len(listed) >= 12
    printed = demo.split("Demo logins:")[1]
    for username in listed:
        assert re.search(rf"^{re.escape(username)}\s+\S.*accord-demo-2026!$", printed, re.M), (
            username
        )


@pytest.mark.django_db
def test_demo_sponsors_told_us_what_they_think_over_five_quarters(demo):
    from accord.surveys.models import Survey, SurveyResponse
    from accord.surveys.results import report

    quarterly = Survey.objects.filter(trigger="quarterly")
    assert quarterly.count() == 6 * 5  # every sponsor, the last five quarters
    tables = report(SurveyResponse.objects.all())
    trend = tables["nps"]["by_quarter"]
    assert [row["quarter"] for row in trend] == sorted({s.quarter for s in quarterly})
    assert all(row["answers"] >= 8 for row in trend)
    assert trend[-1]["nps"] > trend[0]["nps"]  # better than a year ago
    nps = tables["nps"]["summary"]
    assert nps["promoters"] and nps["passives"] and nps["detractors"]
    # Solvantis's conjugation slip: its detractors' follow-ups, called back and closed.
    slipped = SurveyResponse.objects.filter(
        survey__sponsor__short_name="Solvantis", score__lte=6, follow_up__isnull=False
    )
    assert slipped.exists() and all(answer.follow_up.is_done for answer in slipped)
    assert all(answer.follow_up.owner.username == "claire.dubois" for answer in slipped)
    assert SurveyResponse.objects.filter(survey__trigger="milestone").exists()
    # Each answer on its story day, after its survey; in words, never a code.
    for answer in SurveyResponse.objects.select_related("survey"):
        assert answer.survey.sent_at < answer.answered_at
        event = AuditEvent.objects.get(
            action="surveys.surveyresponse.recorded", target_id=str(answer.pk)
        )
        assert _local(event.occurred_at).date() == _local(answer.answered_at).date()
        assert "_" not in answer.get_channel_display()


@pytest.mark.django_db
def test_demo_a_year_of_deviations_and_capa_tells_the_quality_story(demo):
    from collections import Counter

    from accord.quality.models import Capa, Deviation, EffectivenessCheck
    from accord.signatures.selectors import manifest

    deviations = Deviation.objects.all()
    classes = Counter(deviations.values_list("classification", flat=True))
    assert classes["minor"] > classes["major"] > classes["critical"] == 1  # mostly minor
    first = min(d.discovered_at for d in deviations)
    assert (DEMO_DATE - _local(first).date()).days > 300  # about a year of records
    assert {"closed", "cancelled", "assessment", "investigation"} <= set(
        deviations.values_list("state", flat=True)
    )
    # The critical one was investigated, other batches and products assessed, and closed.
    critical = deviations.get(classification="critical")
    assert critical.state == "closed"
    assert critical.investigation.other_batches.count() >= 2
    assert critical.notified_at <= critical.notify_by  # told within the agreement's 24 h
    signed = Signature.objects.filter(record_type="quality.deviation", record_id=critical.pk)
    assert list(signed.values_list("transition", flat=True)) == ["approve_assessment"]
    final = Signature.objects.get(
        record_type="quality.investigation", record_id=critical.investigation.pk
    )
    assert final.transition == "approve_investigation"
    # Each signature still matches what it signed: stages move on without breaking it.
    assert all(line.matches for line in manifest(critical) + manifest(critical.investigation))
    # One CAPA's check found it not effective: its follow-up is open, on a later deviation.
    failed = EffectivenessCheck.objects.get(verdict="not_effective").capa
    follow_up = Capa.objects.get(follows=failed)
    assert follow_up.is_open and follow_up.deviation.discovered_at > failed.deviation.discovered_at
    assert EffectivenessCheck.objects.filter(verdict="effective").count() >= 2
    # Kerrowan was told of the hold-time deviation late; NovaBridge's clock runs today.
    late = deviations.get(title="Harvest hold time exceeded on run 2")
    assert late.classification == "major" and late.notified_at > late.notify_by
    running = deviations.get(title="Step 3 in-process assay below its limit")
    assert running.notified_at is None and _local(running.notify_by).date() > DEMO_DATE
    # Overdue work shows: an open deviation past its due date.
    assert deviations.filter(state="assessment", due_date__lt=DEMO_DATE).exists()


@pytest.mark.django_db
def test_demo_change_controls_include_one_waiting_for_its_sponsor(demo):
    from accord.quality.models import ChangeControl, SponsorApproval

    states = dict(ChangeControl.objects.values_list("title", "state"))
    assert sorted(states.values()) == ["assessment", "closed", "sponsor_approval"]
    [waiting] = SponsorApproval.objects.filter(decision="pending", current=True)
    assert waiting.sponsor.short_name == "Solvantis"
    [decided] = SponsorApproval.objects.filter(decision="approved")
    assert decided.sponsor.short_name == "Kerrowan" and decided.decided_by.username == (
        "kerrowan.manager"
    )
    closed = ChangeControl.objects.get(state="closed")
    assert closed.review.reviewed_by.username == "qa.quinn"
    assert Signature.objects.filter(record_type="quality.changereview").count() == 1


@pytest.mark.django_db
def test_demo_quality_signatures_still_match_what_they_signed(demo):
    """Every signature on a quality record matches the content it vouched for: the
    records moved on (closed, checked, extended) without breaking one."""
    from accord.signatures.selectors import manifest

    checked = 0
    for signature in Signature.objects.filter(record_type__startswith="quality."):
        record = apps.get_model(signature.record_type).objects.get(pk=signature.record_id)
        assert all(line.matches for line in manifest(record)), (signature.record_type, record)
        checked += 1
    assert checked > 40


# --------------------------------------------------------------------------- training


@pytest.mark.django_db
def test_demo_every_staff_member_holds_job_roles_whose_curricula_they_train_on(demo):
    from accord.training.models import Assignment, JobRole, RoleHolding

    staff = User.objects.filter(organization__kind="cdmo")
    assert staff.count() == 25
    held = set(RoleHolding.objects.filter(ended_on__isnull=True).values_list("person", flat=True))
    assert set(staff.values_list("pk", flat=True)) <= held
    assert not RoleHolding.objects.filter(person__organization__kind="sponsor").exists()
    # Every job role is held, at both sites between them, and lists its curricula.
    for role in JobRole.objects.all():
        assert role.curricula.count() >= 2, role
        assert role.holdings.exists(), role
    assert RoleHolding.objects.values("site").distinct().count() == 2
    # Someone holds two job roles: the second one's training is still due.
    katrin = User.objects.get(username="katrin.vogel")
    assert katrin.job_roles_held.count() == 2
    assert Assignment.objects.filter(person=katrin, status="open").count() >= 3


@pytest.mark.django_db
@pytest.mark.req("R-TRN-4")
def test_demo_skill_matrix_shows_qualified_due_overdue_and_expired_training(demo):
    from collections import Counter

    from accord.training.models import Requirement
    from accord.training.status import State, cells

    staff = list(User.objects.filter(organization__kind="cdmo"))
    requirements = list(Requirement.objects.all())
    matrix = cells(staff, requirements, DEMO_DATE)
    states = Counter(cell.state for cell in matrix.values())
    assert {State.QUALIFIED, State.DUE, State.OVERDUE, State.EXPIRED} <= set(states)
    assert states[State.QUALIFIED] > 5 * (states[State.DUE] + states[State.OVERDUE])
    by_name = {(p.username, r.code): matrix[(p.pk, r.pk)] for p in staff for r in requirements}
    # One operator's aseptic gowning expired last month; the others' is current.
    omar = by_name[("ops.omar", "aseptic-gowning-l3")]
    assert omar.state == State.EXPIRED and 0 < (DEMO_DATE - omar.until).days <= 45
    assert by_name[("stefan.zimmermann", "aseptic-gowning-l3")].state == State.QUALIFIED
    assert by_name[("thomas.krueger", "aseptic-gowning-l3")].level == 4  # trains others
    # Two people missed the GMP basics refresher: expired, everyone else qualified.
    expired = {
        p
        for (p, code), cell in by_name.items()
        if code == "gmp-basics" and cell.state == State.EXPIRED
    }
    assert expired == {"claire.dubois", "admin"}
    # The GDP refresher quiz: two operators have not taken it and are overdue.
    overdue = {p for (p, code), cell in by_name.items() if cell.state == State.OVERDUE}
    assert overdue == {"thomas.krueger", "yuki.nakamura"}
    # Nobody is simply untrained: every requirement was assigned.
    assert states[State.MISSING] == 0


@pytest.mark.django_db
@pytest.mark.req("R-TRN-7")
def test_demo_nobody_signs_before_their_accord_e_signature_training(demo):
    from accord.training.models import Assignment, Requirement
    from accord.training.status import signing_gaps

    training = Requirement.objects.get(title="Accord e-signature")
    assert training.kind == "course" and training.course_format == "e_learning"
    assert set(training.signing_roles.values_list("code", flat=True)) == set(
        User.objects.filter(organization__kind="cdmo").values_list("roles__code", flat=True)
    )
    assert not training.signing_roles.filter(code__startswith="sponsor").exists()
    trained_at = dict(
        Assignment.objects.filter(requirement=training, status="completed").values_list(
            "person", "completed_at"
        )
    )
    checked = 0
    for signature in Signature.objects.select_related("signer__organization"):
        if signature.signer.organization.kind != "cdmo":
            continue
        assert trained_at[signature.signer_id] < signature.signed_at, signature
        checked += 1
    assert checked > 100
    # And the signing check lets every staff member sign today.
    for person in User.objects.filter(organization__kind="cdmo"):
        assert signing_gaps(person, DEMO_DATE) == [], person


@pytest.mark.django_db
@pytest.mark.req("R-TRN-2")
def test_demo_new_sop_version_reopened_training_once_per_person_who_charges_reactors(demo):
    from accord.training.models import Assignment, DocumentVersion, RoleHolding

    version = DocumentVersion.objects.get(document__number="SOP-MFG-014", version=2)
    assert 0 < (DEMO_DATE - version.effective_on).days <= 31
    retraining = Assignment.objects.filter(
        requirement__code="read-sop-mfg-014", reason="new_version"
    )
    people = list(retraining.values_list("person__username", flat=True))
    assert len(people) == len(set(people))  # once each
    must_know = set(
        RoleHolding.objects.filter(
            job_role__curricula__requirements__code="read-sop-mfg-014",
            assigned_on__lte=version.effective_on,
        ).values_list("person__username", flat=True)
    )
    assert set(people) == must_know
    assert {"ops.omar", "stefan.zimmermann", "thomas.krueger"} <= must_know  # the operators
    read = retraining.filter(status="completed")
    assert read.exists() and retraining.filter(status="open").exists()
    assert all(a.document_version_id == version.pk for a in read)
    assert (
        Signature.objects.filter(
            record_type="training.assignment", record_id__in=read.values("pk"), meaning="trained"
        ).count()
        == read.count()
    )


@pytest.mark.django_db
@pytest.mark.req("R-TRN-3")
@pytest.mark.req("R-TRN-6")
def test_demo_quizzes_ojt_and_effectiveness_reviews_are_signed_records(demo):
    from accord.training.models import Curriculum, EffectivenessReview, OjtRecord, QuizAttempt

    # Quiz banks of real questions, five drawn per attempt, 80% to pass.
    for quiz in Curriculum.objects.get(code="production").requirements.filter(kind="quiz"):
        assert 5 <= quiz.questions.count() <= 8 and quiz.pass_mark == 80
    # One operator failed the GDP refresher once, then passed.
    attempts = QuizAttempt.objects.filter(
        assignment__person__username="stefan.zimmermann",
        assignment__requirement__code="gdp-quiz",
        assignment__reason="periodic",
    ).order_by("number")
    assert [a.passed for a in attempts] == [False, True]
    assert attempts[0].score < 80 <= attempts[1].score
    # On-the-job training: trainer and trainee signed; assessed, or waiting for it.
    records = OjtRecord.objects.all()
    assert {"assessed", "signed"} <= set(records.values_list("state", flat=True))
    for ojt in records.filter(state="assessed"):
        signers = set(
            Signature.objects.filter(
                record_type="training.ojtrecord", record_id=ojt.pk
            ).values_list("signer", flat=True)
        )
        assert signers == {ojt.trainee_id, ojt.trainer_id, ojt.assessor_id}
        assert ojt.trainee.competencies.filter(ojt=ojt).exists()
    # Every curriculum's effectiveness was reviewed for the last quarter, signed.
    reviews = EffectivenessReview.objects.all()
    assert set(reviews.values_list("curriculum", flat=True)) == set(
        Curriculum.objects.values_list("pk", flat=True)
    )
    assert reviews.filter(conclusion="partly").exclude(actions="").exists()
    assert all((r.period_end - r.period_start).days in range(89, 92) for r in reviews)
    assert Signature.objects.filter(record_type="training.effectivenessreview").count() == (
        reviews.count()
    )


@pytest.mark.django_db
def test_demo_deviation_owners_and_change_assessors_were_qualified_for_it(demo):
    from accord.quality.models import Deviation, ImpactAssessment
    from accord.training.gate import activity_gaps
    from accord.training.models import ActivityRequirement

    assert set(ActivityRequirement.objects.values_list("activity", "competency__name")) == {
        ("deviation_investigation", "Deviation investigation"),
        ("change_assessment", "Change impact assessment"),
    }
    for deviation in Deviation.objects.select_related("owner"):
        on = _local(deviation.discovered_at).date()
        assert activity_gaps(deviation.owner, "deviation_investigation", on) == [], deviation
    assessments = ImpactAssessment.objects.select_related("assessor")
    assert assessments.count() >= 5
    for assessment in assessments:
        on = _local(assessment.requested_at).date()
        assert activity_gaps(assessment.assessor, "change_assessment", on) == [], assessment


@pytest.mark.django_db
@pytest.mark.req("R-TRN-5")
def test_demo_gmp_batch_steps_require_skills_and_have_qualified_people(demo):
    from accord.planning.assignments import assignment_gaps, uncovered
    from accord.planning.models import TaskAssignment
    from accord.training.models import QualificationOverride

    tasks = Task.objects.filter(gmp=True, skills__isnull=False).distinct()
    assert tasks.count() >= 3
    assert {t.project.site.code for t in tasks} == {"VSP", "SGN"}
    on_tasks = TaskAssignment.objects.filter(task__in=tasks).select_related("task", "override")
    assert on_tasks.count() >= 2 * tasks.count()
    for assignment in on_tasks:
        # Nobody is on GMP work lacking something, unless a signed override covers it.
        gaps = assignment_gaps(assignment.task, assignment.person, DEMO_DATE)
        assert uncovered(gaps, assignment) == [], assignment
    [overridden] = on_tasks.filter(override__isnull=False)
    override = QualificationOverride.objects.get(pk=overridden.override_id)
    assert overridden.person.username == "sme.sam"
    assert override.overridden_by.username == "ops.omar" and "supervision" in override.reason
    assert "Reactor charging" in override.gaps[0]
    signed = Signature.objects.get(
        record_type="training.qualificationoverride", record_id=override.pk
    )
    assert signed.signer == override.overridden_by and signed.meaning == "override"


@pytest.mark.req("R-TRN-5")
def test_demo_visp_batch_steps_book_usable_equipment_and_the_hold_shows(demo):
    from accord.equipment.models import Equipment
    from accord.equipment.selectors import equipment_gaps
    from accord.planning.models import TaskEquipment

    booked = TaskEquipment.objects.filter(task__gmp=True).select_related("equipment", "task")
    assert {b.equipment.code for b in booked} == {
        "VSP-R-101",
        "VSP-BAL-01",
        "VSP-R-102",
        "VSP-BAL-02",
    }
    for booking in booked:
        assert booking.override_id is None
        assert equipment_gaps(booking.equipment, on=DEMO_DATE) == []
    # The balance on hold and the HPLC past its calibration are what the gate would refuse.
    hold = equipment_gaps(Equipment.objects.get(code="VSP-BAL-03"), on=DEMO_DATE)
    assert any("Do not use" in gap for gap in hold)
    overdue = equipment_gaps(Equipment.objects.get(code="VSP-HPLC-02"), on=DEMO_DATE)
    assert any("overdue" in gap for gap in overdue)


@pytest.mark.django_db
def test_demo_business_reviews_are_published_for_every_sponsor_and_commented_on(demo):
    from accord.qbr.models import BusinessReview, ReviewComment
    from accord.qbr.selectors import business_reviews_visible_to

    published = BusinessReview.objects.filter(status="published")
    assert set(published.values_list("sponsor__short_name", flat=True)) == {
        s.short_name for s in Organization.objects.filter(kind="sponsor")
    }
    assert published.values("quarter_start").distinct().count() == 2  # two sponsors: two
    for review in published.select_related("sponsor", "published_by"):
        assert review.published_at.date() < DEMO_DATE
        assert review.period.end < review.published_at.date()
        assert review.summary and review.outlook
        lines = manifest(review)
        assert len(lines) == 1 and lines[0].matches and lines[0].signature.meaning == "authored"
        assert review.published_by.has_perm("qbr.publish_businessreview")
    comments = ReviewComment.objects.select_related("review", "author")
    assert comments.filter(reply_to__isnull=True).count() >= 6
    for comment in comments:
        assert comment.review.published_at < comment.created_at
        if comment.reply_to_id:
            assert comment.author.is_cdmo_staff and comment.reply_to.from_sponsor
    manager = User.objects.get(username="novabridge.manager")
    assert {r.sponsor.short_name for r in business_reviews_visible_to(manager)} == {"NovaBridge"}


@pytest.mark.django_db
def test_demo_improvement_has_every_dmaic_stage_a_kaizen_5s_audits_and_the_register(demo):
    from accord.improvement.models import CapabilitySite, FiveSArea, Initiative

    dmaic = Initiative.objects.filter(method="dmaic")
    assert {i.stage for i in dmaic.filter(status="open")} == {
        "define",
        "measure",
        "analyse",
        "improve",
        "control",
    }
    closed = dmaic.get(title="Cut QC release time for peptide batches")
    assert closed.status == "closed" and closed.gates.count() == 5
    assert closed.baseline_delays.exists() and closed.days_saved > 0
    assert all(gate.signature.signer == closed.champion for gate in closed.gates.all())
    assert Initiative.objects.filter(method="kaizen", status="closed").exists()
    assert Initiative.objects.filter(method="five_s").exists()
    assert Initiative.objects.exclude(sponsor=None).values("sponsor").distinct().count() >= 2
    for area in FiveSArea.objects.all():
        totals = [a.total for a in area.audits.order_by("audited_on")]
        assert len(totals) >= 4 and totals == sorted(totals)
        assert area.audits.filter(actions__done_on__isnull=True).exists()
    qualified = CapabilitySite.objects.filter(status="qualified")
    assert {entry.site.code for entry in qualified} == {"VSP", "SGN"}
    assert all(entry.qualified_on <= DEMO_DATE for entry in qualified)


def test_demo_lessons_reviews_come_before_their_projects_close_and_fill_the_library(demo):
    from accord.lessons.models import Lesson, LessonApplication, LessonsReview

    completed = Project.objects.filter(status__in=("completed", "cancelled"))
    reviews = LessonsReview.objects.filter(project__in=completed)
    assert reviews.count() == completed.count() > 0
    for review in reviews.select_related("project"):
        assert review.is_submitted
        assert review.submitted_at.date() <= review.project.target_end_date  # before it closes
        signature = Signature.objects.get(record_type="lessons.lessonsreview", record_id=review.pk)
        assert signature.signed_at.date() == review.submitted_at.date()
    held = LessonsReview.objects.get(project__code="NVB-230-CLD")
    assert held.status == "draft"
    sources = set(Lesson.objects.values_list("source_kind", flat=True))
    assert sources == {"project_review", "postmortem", "deviation", "capa", "concern"}
    assert Lesson.objects.filter(source_kind="postmortem", status="published").count() >= 2
    assert LessonApplication.objects.filter(project__isnull=False).exists()
    assert LessonApplication.objects.filter(rfp__isnull=False).exists()
    assert Lesson.objects.filter(curriculum__isnull=False).count() == 1


@pytest.mark.django_db
def test_demo_four_quarters_of_scorecards_for_every_sponsor_both_sites_and_the_company(demo):
    from accord.projects.selectors import projects_in_scope, projects_running
    from accord.scorecards.models import Scorecard

    quarters = sorted(set(Scorecard.objects.values_list("period_start", flat=True)))
    assert len(quarters) == 4
    sites = {str(pk) for pk in Site.objects.values_list("pk", flat=True)}
    for start in quarters:
        cards = Scorecard.objects.filter(period_start=start)
        end = cards.first().period_end
        # Every sponsor we did work for in the quarter (a project of its running).
        served = projects_running(projects_in_scope(), start, end)
        sponsors = set(served.values_list("sponsor_id", flat=True))
        assert {c.sponsor_id for c in cards if c.scope_kind == "sponsor"} == sponsors
        assert {c.scope_key for c in cards if c.scope_kind == "site"} == sites
        assert cards.filter(scope_kind="company").count() == 1
        for card in cards:
            # Frozen the first working day after the quarter, signed by an executive after.
            frozen_on = card.frozen_at.date()
            assert card.period_end < frozen_on <= card.period_end + dt.timedelta(days=4)
            if card.state == "frozen":
                # Only the quarter closed too recently waits for its executive's signature.
                assert start == quarters[-1] and not card.signed_at
                continue
            assert card.state == "signed" and frozen_on < card.signed_at.date() < DEMO_DATE
            assert card.signed_by.has_perm("scorecards.sign_scorecard")
    # The figures move from quarter to quarter: a trend, not one number repeated.
    company = Scorecard.objects.filter(scope_kind="company").order_by("period_start")
    scored = [c.score for c in company if c.score is not None]
    assert len(scored) >= 2 and len(set(scored)) > 1
    transform = {c.transform for c in Scorecard.objects.exclude(transform=None)}
    assert len(transform) > 1  # the improvement, technology and lessons criteria count
    # The sponsors served, two sites and the company each quarter, the older three signed.
    older = Scorecard.objects.filter(period_start__in=quarters[:3])
    assert older.filter(state="signed").count() == older.count() >= 3 * 3 + 4
    assert Scorecard.objects.filter(scope_kind="sponsor").values("sponsor").distinct().count() >= 5


@pytest.mark.django_db
def test_demo_sponsor_scorecards_measure_both_halves_and_milestones_as_they_happened(demo):
    """A sponsor served in a quarter (a project of its running) has both halves and a
    total on its frozen card; the milestones finished in the quarter were in the plan
    the morning it was frozen, so "Milestones on time" is measured."""
    from accord.planning.selectors import milestones_against_baseline
    from accord.projects.selectors import projects_in_scope, projects_running
    from accord.scorecards.models import Scorecard

    served = milestones_seen = 0
    for card in Scorecard.objects.filter(scope_kind="sponsor").order_by("period_start"):
        names = {row["name"] for row in card.criteria}
        assert "New technologies" not in names  # a site's register, no sponsor's figure
        projects = projects_in_scope(sponsor_id=card.sponsor_id)
        # Only a sponsor with work of ours running in the quarter has a card for it.
        assert projects_running(projects, card.period_start, card.period_end).exists()
        served += 1
        assert None not in (card.perform, card.transform, card.score), card.scope_label
        # Recorded by the monthly status update on the quarter's last working day.
        recorded_by = card.period_end - dt.timedelta(days=4)
        finished = [
            task
            for task, promised in milestones_against_baseline(
                projects, card.period_start, card.period_end
            )
            if promised is not None and task.actual_finish < recorded_by
        ]
        milestones = next(row for row in card.criteria if row["name"] == "Milestones on time")
        if finished:
            milestones_seen += 1
            assert milestones["score"] is not None, card.scope_label
            assert milestones["variables"][0]["evidence"]
    assert served >= 8 and milestones_seen >= 3


@pytest.mark.django_db
def test_demo_an_initiative_started_from_a_lesson_learned(demo):
    from accord.improvement.models import Initiative

    initiative = Initiative.objects.select_related("lesson").get(lesson__isnull=False)
    assert initiative.lesson.is_published
    assert initiative.lesson.published_at.date() <= initiative.started_on


@pytest.mark.django_db
def test_demo_dates_follow_the_week_it_is_loaded_in(demo):
    """Every date is an offset from the reference week (pinned here, far from the real
    one), so reviews, follow-ups and action items are a mix of done, due and overdue
    whenever it is loaded; the reference date comes from ACCORD_DEMO_DATE or this week
    (test_demo_dates.py)."""
    from accord.clients.models import FollowUp
    from accord.risks.models import Risk

    monday = DEMO_DATE

    started = Project.objects.filter(start_date__lt=monday)
    assert set(started.values_list("data_date", flat=True)) == {monday}
    work = Task.objects.exclude(kind="summary").filter(project__in=started)
    assert not work.filter(actual_start__isnull=True, early_start__lt=monday).exists()
    assert not work.filter(actual_finish__gte=monday).exists()
    assert Project.objects.get(code="NVB-101-TT").start_date == monday - dt.timedelta(weeks=9)

    reviews = Risk.objects.exclude(status="closed")
    overdue = reviews.filter(next_review_date__lt=monday).count()
    assert 3 <= overdue < 0.4 * reviews.count()  # most reviews are ahead
    follow_ups = FollowUp.objects.filter(is_done=False)
    assert follow_ups.filter(due_on__lt=monday).exists()
    assert follow_ups.filter(due_on__gte=monday).exists()

    items = ActionItem.objects.all()
    assert items.filter(status="open", due_on__lt=monday).exists()
    assert items.filter(status="open", due_on__gte=monday).exists()
    assert not items.filter(done_on__gt=monday).exists()
    assert StatusReport.objects.filter(period_end=monday - dt.timedelta(days=1)).exists()

    rfps = Rfp.objects.all()
    assert not rfps.filter(received_on__gt=monday).exists()
    assert rfps.filter(received_on__lt=monday - dt.timedelta(days=240)).exists()
    sent = ProposalRevision.objects.filter(sent_on__isnull=False)
    assert sent.exists() and not sent.filter(sent_on__gt=monday).exists()
    assert not sent.filter(sent_on__lte=F("proposal__rfp__received_on")).exists()
    outcomes = RfpOutcome.objects.all()
    assert outcomes.exists() and not outcomes.filter(decided_on__gt=monday).exists()
    assert not outcomes.filter(decided_on__lt=F("rfp__received_on")).exists()
    won = Project.objects.filter(pk__in=outcomes.filter(kind="won").values("project"))
    assert won.count() == 2 and not won.filter(start_date__lt=monday).exists()
    assert chain.verify().ok
