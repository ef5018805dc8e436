"""No lost updates: every record a page edits refuses a save made from a stale copy.

One case per editable record type. Each case saves a first change from the version it
read (saved, version up, one audit event), then a second change from the same, now
stale, version: refused with "Someone else changed this ...", the first change stays,
and the refusal wrote no audit event. Records replaced whole (a RACI row, a committee,
an escalation ladder, an account, a role) carry a token of what the editor saw instead
of a version column; they are refused the same way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.db import models

from accord.accounts import services as accounts
from accord.accounts.models import Role
from accord.audit.models import AuditEvent
from accord.changes import services as changes
from accord.clients import services as clients
from accord.core.concurrency import StaleEdit, version_of
from accord.delays import services as delays
from accord.meetings import services as meetings
from accord.planning import calendars
from accord.planning import services as planning
from accord.planning.models import Task
from accord.projects import services as projects
from accord.projects import staffing
from accord.proposals import services as proposals
from accord.reports import services as reports
from accord.risks import services as risks
from accord.service import services as service
from accord.teams import services as teams
from accord.teams.models import Matter
from accord.teams.services import EscalationLevel
from tests.conftest import World
from tests.factories import PASSWORD
from tests.test_changes import _draft as change_order_draft
from tests.test_clients import world_clients
from tests.test_planning import _plan
from tests.test_proposals import _fill, _proposal, _r, bd_blake
from tests.test_reports import _draft as report_draft

pytestmark = pytest.mark.req("DI-1")


def _reload(record: models.Model) -> models.Model:
    return type(record)._base_manager.get(pk=record.pk)


CHRISTMAS_EVE = dt.date(2026, 12, 24)


def _site_with_a_holiday(world: World):
    calendars.calendar_day_add(
        actor=world.pm_alice, site=world.site, date=CHRISTMAS_EVE, kind="holiday", name="Shutdown"
    )
    return world.site


def _draft_revision(world: World):
    return _fill(world, _r(_proposal(world, title="Aurora stale-edit proposal")))


@dataclass(frozen=True)
class Case:
    """How to find one record, change it from what the editor read, and read it back."""

    what: str
    record: Callable[[World], models.Model]
    save: Callable[[World, models.Model, object, str], object]
    read: Callable[[models.Model], object]
    # What the editor carries: the version (default) or a token of the rows it showed.
    seen: Callable[[models.Model], object] = version_of


CASES = [
    Case(
        "task",
        lambda w: _plan(w)["development"],
        lambda w, r, v, text: planning.task_update(actor=w.pm_alice, task=r, version=v, name=text),
        lambda r: r.name,
    ),
    Case(
        "project",
        lambda w: w.project_a,
        lambda w, r, v, text: projects.project_update(
            actor=w.pm_alice, project=r, version=v, title=text
        ),
        lambda r: r.title,
    ),
    Case(
        "project document",
        lambda w: w.doc_a_internal,
        lambda w, r, v, text: projects.document_update(
            actor=w.pm_alice, document=r, title=text, visibility="internal", version=v
        ),
        lambda r: r.title,
    ),
    Case(
        "delay",
        lambda w: w.delay_a_internal,
        lambda w, r, v, text: delays.delay_update(
            actor=w.pm_alice, delay=r, version=v, description=text
        ),
        lambda r: r.description,
    ),
    Case(
        "delay",
        lambda w: w.delay_a_internal,
        lambda w, r, v, text: delays.delay_mark_communicated(
            actor=w.pm_alice,
            delay=r,
            informed_on=dt.date.today() - dt.timedelta(days=len(text)),
            how="call",
            informed_by=w.pm_alice,
            reason=text,
            version=v,
        ),
        lambda r: r.sponsor_informed_on,
    ),
    Case(
        "change order",
        lambda w: change_order_draft(w),
        lambda w, r, v, text: changes.change_order_update(
            actor=w.pm_alice, change_order=r, version=v, title=text
        ),
        lambda r: r.title,
    ),
    Case(
        "meeting",
        lambda w: w.meeting_a_internal,
        lambda w, r, v, text: meetings.meeting_update(
            actor=w.pm_alice, meeting=r, version=v, title=text
        ),
        lambda r: r.title,
    ),
    Case(
        "action item",
        lambda w: w.action_item_a,
        lambda w, r, v, text: meetings.action_item_update(
            actor=w.pm_alice, item=r, version=v, description=text, reason="Reworded"
        ),
        lambda r: r.description,
    ),
    Case(
        "deliverable",
        lambda w: w.deliverable_a,
        lambda w, r, v, text: teams.deliverable_update(
            actor=w.pm_alice, deliverable=r, version=v, title=text
        ),
        lambda r: r.title,
    ),
    Case(
        "deliverable's RACI",
        lambda w: w.deliverable_a,
        lambda w, r, token, text: teams.raci_set(
            actor=w.pm_alice,
            deliverable=r,
            # The first save makes Quinn accountable, the stale one would make Alice.
            assignments={w.pm_alice.pk: "R", w.qa_quinn.pk: "A"}
            if text == "first"
            else {w.pm_alice.pk: "A", w.qa_quinn.pk: "R"},
            token=token,
        ),
        lambda r: dict(r.raci.values_list("user__username", "role")),
        teams.raci_token,
    ),
    Case(
        "steering committee",
        lambda w: w.project_a,
        lambda w, r, token, text: teams.steering_set(
            actor=w.pm_alice, project=r, members=[(w.pm_alice, text)], token=token
        ),
        lambda r: list(r.steering.values_list("role", flat=True)),
        teams.steering_token,
    ),
    Case(
        "escalation ladder",
        lambda w: w.project_a,
        lambda w, r, token, text: teams.escalation_set(
            actor=w.pm_alice,
            project=r,
            matter=Matter.BATCH_FAILURE,
            levels=[EscalationLevel(cdmo_contact=w.pm_alice, response_hours=len(text))],
            token=token,
        ),
        lambda r: list(
            r.escalation.filter(matter=Matter.BATCH_FAILURE).values_list(
                "response_hours", flat=True
            )
        ),
        lambda r: teams.escalation_token(r, Matter.BATCH_FAILURE),
    ),
    Case(
        "profile",
        lambda w: world_clients(w)["profile"],
        lambda w, r, v, text: clients.sponsor_profile_save(
            actor=w.pm_alice, sponsor=r.sponsor, version=v, success_definition=text
        ),
        lambda r: r.success_definition,
    ),
    Case(
        "contact",
        lambda w: world_clients(w)["contact"],
        lambda w, r, v, text: clients.key_contact_update(
            actor=w.pm_alice, contact=r, version=v, title=text
        ),
        lambda r: r.title,
    ),
    Case(
        "interaction",
        lambda w: world_clients(w)["interaction"],
        lambda w, r, v, text: clients.interaction_update(
            actor=w.pm_alice, interaction=r, version=v, summary=text
        ),
        lambda r: r.summary,
    ),
    Case(
        "RFP",
        lambda w: w.rfp_a,
        lambda w, r, v, text: proposals.rfp_update(
            actor=bd_blake(w), rfp=r, version=v, title=text, reason="Sponsor renamed it"
        ),
        lambda r: r.title,
    ),
    Case(
        "proposal",
        lambda w: w.proposal_a,
        lambda w, r, v, text: proposals.proposal_update(
            actor=bd_blake(w), proposal=r, version=v, title=text
        ),
        lambda r: r.title,
    ),
    Case(
        "revision",
        _draft_revision,
        lambda w, r, v, text: proposals.revision_update(
            actor=bd_blake(w), revision=r, version=v, summary=text
        ),
        lambda r: r.summary,
    ),
    # A scope item or a payment milestone is content of its revision: the editor carries
    # the revision's version, which every change of any of its rows moves on.
    Case(
        "revision",
        lambda w: _draft_revision(w).scope_items.order_by("pk").first(),
        lambda w, r, v, text: proposals.scope_item_update(
            actor=bd_blake(w), item=r, version=v, description=text
        ),
        lambda r: r.description,
        lambda r: r.revision.version,
    ),
    Case(
        "revision",
        lambda w: _draft_revision(w).milestones.order_by("pk").first(),
        lambda w, r, v, text: proposals.milestone_update(
            actor=bd_blake(w), milestone=r, version=v, name=text
        ),
        lambda r: r.name,
        lambda r: r.revision.version,
    ),
    Case(
        "status report",
        lambda w: report_draft(w),
        lambda w, r, v, text: reports.status_report_update(
            actor=w.pm_alice, report=r, version=v, summary=text
        ),
        lambda r: r.summary,
    ),
    Case(
        "risk",
        lambda w: w.risk_a_internal,
        lambda w, r, v, text: risks.risk_update(actor=w.pm_alice, risk=r, version=v, title=text),
        lambda r: r.title,
    ),
    Case(
        "account",
        lambda w: w.qa_quinn,
        lambda w, r, token, text: accounts.user_update(
            actor=w.admin_ada,
            user=r,
            first_name=r.first_name,
            last_name=r.last_name,
            email=r.email,
            job_title=text,
            roles=r.roles.all(),
            is_active=True,
            site=r.site,
            token=token,
        ),
        lambda r: r.job_title,
        accounts.user_token,
    ),
    Case(
        "role",
        lambda w: Role.objects.get(code="quality_assurance"),
        # Each save takes one more of the role's permissions away: the first drops its
        # first, the stale one (and the retry) its last.
        lambda w, r, token, text: accounts.role_set_permissions(
            actor=w.admin_ada,
            role=r,
            permissions=list(r.permissions.order_by("pk"))[1:]
            if text == "first"
            else list(r.permissions.order_by("pk"))[:-1],
            token=token,
        ),
        lambda r: set(r.permissions.values_list("codename", flat=True)),
        accounts.role_token,
    ),
    Case(
        "team membership",
        lambda w: w.project_a.memberships.get(user=w.pm_alice),
        lambda w, r, v, text: staffing.member_change_role(
            actor=w.pm_alice, membership=r, role=r.role, responsibility=text, version=v
        ),
        lambda r: r.responsibility,
    ),
    Case(
        "SLA policy",
        lambda w: service.sla_policy_save(
            actor=w.admin_ada,
            sponsor=w.sponsor_a,
            name="Aurora service levels",
            targets=service.default_targets(),
        ),
        lambda w, r, v, text: service.sla_policy_save(
            actor=w.admin_ada,
            sponsor=w.sponsor_a,
            name=f"Aurora service levels ({text})",
            targets=service.default_targets(),
            version=v,
        ),
        lambda r: r.name,
    ),
    Case(
        "service hours",
        lambda w: service.service_hours_set(
            actor=w.admin_ada, site=w.site, week={"monday": "08:00-17:00"}
        ),
        lambda w, r, v, text: service.service_hours_set(
            actor=w.admin_ada,
            site=w.site,
            week={"monday": "08:00-17:00", "saturday": "08:00-12:00" if text == "first" else ""},
            version=v,
        ),
        lambda r: r.saturday,
    ),
    Case(
        # A site's day has no row of its own to version: the editor carries its token.
        "calendar day",
        lambda w: _site_with_a_holiday(w),
        lambda w, r, token, text: calendars.calendar_day_update(
            actor=w.pm_alice, site=r, date=CHRISTMAS_EVE, name=f"Shutdown ({text})", token=token
        ),
        lambda r: calendars.site_day(r, CHRISTMAS_EVE).name,
        lambda r: calendars.day_token(calendars.site_day(r, CHRISTMAS_EVE)),
    ),
]


def _events() -> int:
    return AuditEvent.objects.count()


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.what.replace(" ", "_"))
def test_a_stale_save_is_refused_with_the_reason_and_writes_nothing(world, case: Case):
    record = _reload(case.record(world))
    seen = case.seen(record)  # what both editors read when they opened the page

    case.save(world, _reload(record), seen, "first")
    after_first = _reload(record)
    first, first_seen = case.read(after_first), case.seen(after_first)
    assert first_seen != seen
    events = _events()

    with pytest.raises(StaleEdit, match=f"Someone else changed this {case.what}"):
        case.save(world, _reload(record), seen, "second")

    kept = _reload(record)
    assert case.read(kept) == first
    assert case.seen(kept) == first_seen
    assert _events() == events

    # Made again from what is stored now, the same change saves.
    case.save(world, kept, first_seen, "second")
    assert case.read(_reload(record)) != first
    assert _events() > events


# --------------------------------------------------------------------------- signing


def _document_in_review(world: World):
    return projects.document_transition(
        actor=world.pm_alice,
        document=world.doc_a_internal,
        name="submit",
        meaning="authored",
        username=world.pm_alice.username,
        password=PASSWORD,
        acknowledge=True,
    )


def test_a_document_is_not_signed_from_a_stale_page(world):
    """QA opens the approval page; the author shares the document with the sponsor
    meanwhile. QA would approve a document in a state QA never saw: refused, nothing is
    signed."""
    document = _document_in_review(world)
    seen = document.edit_version
    projects.document_update(
        actor=world.pm_alice,
        document=document,
        title=document.title,
        visibility="shared",
        reason="The sponsor asked for it",
        version=seen,
    )
    events = _events()
    with pytest.raises(StaleEdit, match="Someone else changed this project document"):
        projects.document_transition(
            actor=world.qa_quinn,
            document=_reload(document),
            name="approve",
            meaning="approved",
            username=world.qa_quinn.username,
            password=PASSWORD,
            acknowledge=True,
            version=seen,
        )
    stored = _reload(document)
    assert stored.status == "in_review"
    assert _events() == events


def test_a_change_order_is_not_sent_from_a_stale_page(world):
    draft = change_order_draft(world)
    submitted = changes.change_order_transition(
        actor=world.pm_alice, change_order=draft, name="submit"
    )
    seen = submitted.version
    changes.change_order_update(
        actor=world.pm_alice,
        change_order=submitted,
        version=seen,
        price_change="52000.00",
        reason="Supplier quote came in higher",
    )
    events = _events()
    with pytest.raises(StaleEdit, match="Someone else changed this change order"):
        changes.change_order_transition(
            actor=world.qa_quinn, change_order=_reload(submitted), name="send", version=seen
        )
    assert _reload(submitted).status == submitted.status
    assert _events() == events


def test_a_status_report_is_not_published_from_a_stale_page(world):
    report = report_draft(world)
    seen = report.version
    reports.status_report_update(actor=world.pm_alice, report=report, version=seen, summary="New")
    events = _events()
    with pytest.raises(StaleEdit, match="Someone else changed this status report"):
        reports.status_report_publish(
            actor=world.pm_alice,
            report=_reload(report),
            meaning="authored",
            username=world.pm_alice.username,
            password=PASSWORD,
            acknowledge=True,
            version=seen,
        )
    assert _reload(report).status == "draft"
    assert _events() == events


def test_a_gantt_move_from_a_stale_chart_is_refused(world):
    task = _plan(world)["development"]
    seen = task.version
    planning.task_update(actor=world.pm_alice, task=task, version=seen, duration_days=30)
    with pytest.raises(StaleEdit):
        planning.task_move(
            actor=world.pm_alice,
            task=_reload(task),
            start=task.early_start + dt.timedelta(days=7),
            version=seen,
        )
    assert Task.objects.get(pk=task.pk).constraint_type == ""
