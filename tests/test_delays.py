"""Delays: recorded, numbered, communicated and audited; who sees which; the figures."""

from __future__ import annotations

import datetime as dt
import json
import threading

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, connection, connections, transaction

from accord.accounts.models import User
from accord.audit.models import AuditEvent
from accord.delays import selectors, services
from accord.delays.models import Delay
from accord.planning.models import Task
from accord.planning.services import plan_apply_template
from accord.projects.models import Project
from tests.conftest import World, build_world
from tests.factories import ProjectFactory

DAY = dt.date(2026, 2, 2)


def world_delays(*, actor: User, project_a: Project, project_b: Project) -> dict[str, Delay]:
    """Delays for the shared two-sponsor world (idempotent, looked up by title).

    On project A: one communicated delay and one the sponsor has not been told about; on
    project B: one communicated delay. ``build_world()`` can store them on the world.
    """
    specs = {
        "delay_a_communicated": (
            project_a,
            "Aurora resin delivery slipped",
            "Aurora internal: supplier on watch list",
            True,
        ),
        "delay_a_internal": (
            project_a,
            "Aurora fermenter double-booked",
            "Aurora internal: not to be shared before the steering committee",
            False,
        ),
        "delay_b_communicated": (
            project_b,
            "Borealis release testing repeated",
            "Borealis internal: lab error",
            True,
        ),
    }
    delays = {}
    for key, (project, title, notes, communicated) in specs.items():
        delay = Delay.objects.filter(project=project, title=title).first()
        if delay is None:
            delay = services.delay_record(
                actor=actor,
                project=project,
                title=title,
                cause=Delay.Cause.MATERIAL_SHORTAGE,
                occurred_on=dt.date(2026, 1, 20),
                days_lost=5,
                description=f"{title}: the plan moved by a week.",
                internal_notes=notes,
            )
            if communicated:
                delay = services.delay_mark_communicated(
                    actor=actor,
                    delay=delay,
                    informed_on=dt.date(2026, 1, 21),
                    how=Delay.InformedHow.CALL,
                    informed_by=actor,
                )
        delays[key] = delay
    return delays


@pytest.fixture
def delays(world: World) -> dict[str, Delay]:
    return world_delays(actor=world.pm_alice, project_a=world.project_a, project_b=world.project_b)


def _record(world: World, project: Project | None = None, **overrides) -> Delay:
    fields = {
        "title": "Column resin late",
        "cause": Delay.Cause.MATERIAL_SHORTAGE,
        "occurred_on": DAY,
        "days_lost": 5,
        "description": "The resin supplier moved delivery.",
    }
    fields.update(overrides)
    return services.delay_record(
        actor=world.pm_alice, project=project or world.project_a_unstaffed, **fields
    )


def _tell(world: World, delay: Delay, **overrides) -> Delay:
    fields = {
        "informed_on": DAY,
        "how": Delay.InformedHow.CALL,
        "informed_by": world.pm_alice,
    }
    fields.update(overrides)
    return services.delay_mark_communicated(actor=world.pm_alice, delay=delay, **fields)


def _plan(project: Project) -> dict[str, Task]:
    plan_apply_template(actor=None, project=project, template_code="small_molecule_tt")
    return {task.name: task for task in Task.objects.filter(project=project)}


def _changes(event: AuditEvent) -> dict:
    return json.loads(event.changes)


# --------------------------------------------------------------------------- services


@pytest.mark.req("AT-1")
def test_recording_a_delay_numbers_it_and_audits_every_field(world):
    tasks = _plan(world.project_a_unstaffed)
    gmp = tasks["GMP batch manufacture"]
    delay = _record(world, affected_tasks=[gmp], internal_notes="Supplier on watch")
    assert delay.reference == "D-001" and not delay.is_communicated
    event = AuditEvent.objects.get(action="delays.delay.recorded", target_id=str(delay.pk))
    assert event.target_type == "delays.delay" and event.target_id == str(delay.pk)
    assert event.parent_type == "projects.project" and event.sponsor_id == world.sponsor_a.pk
    changes = _changes(event)
    assert changes["days_lost"] == [None, 5]
    assert changes["affected_tasks"] == [None, [gmp.pk]]
    assert changes["internal_notes"] == [None, "Supplier on watch"]
    assert event.actor_username == "pm.alice"


def test_numbers_are_per_project_and_a_refused_delay_leaves_no_gap(world):
    assert _record(world).reference == "D-001"
    with pytest.raises(ValidationError) as refused:
        _record(world, days_lost=0)
    assert "days_lost" in refused.value.message_dict
    assert _record(world).reference == "D-002"
    other = ProjectFactory(sponsor=world.sponsor_b, site=world.site, code="BOR-404-NUM")
    assert _record(world, other).reference == "D-001"
    assert list(
        Delay.objects.filter(project=world.project_a_unstaffed)
        .order_by("number")
        .values_list("number", flat=True)
    ) == [1, 2]


@pytest.mark.req("AT-1")
def test_an_update_is_audited_with_before_and_after(world):
    tasks = _plan(world.project_a_unstaffed)
    delay = _record(world)
    services.delay_update(
        actor=world.pm_alice,
        delay=delay,
        days_lost=8,
        root_cause="Supplier reactor outage",
        affected_tasks=[tasks["QC release testing"]],
    )
    delay.refresh_from_db()
    assert delay.days_lost == 8 and delay.version == 2
    changes = _changes(
        AuditEvent.objects.get(action="delays.delay.updated", target_id=str(delay.pk))
    )
    assert changes["days_lost"] == [5, 8]
    assert changes["root_cause"] == ["", "Supplier reactor outage"]
    assert changes["affected_tasks"] == [[], [tasks["QC release testing"].pk]]
    assert "title" not in changes


@pytest.mark.req("AT-2")
def test_editing_a_communicated_delay_without_a_reason_is_refused(world):
    delay = _tell(world, _record(world))
    events = AuditEvent.objects.count()
    with pytest.raises(ValidationError) as refused:
        services.delay_update(actor=world.pm_alice, delay=delay, days_lost=9)
    assert "reason" in refused.value.message_dict
    delay.refresh_from_db()
    assert delay.days_lost == 5 and AuditEvent.objects.count() == events
    services.delay_update(
        actor=world.pm_alice, delay=delay, days_lost=9, reason="Re-supply confirmed later"
    )
    event = AuditEvent.objects.filter(action="delays.delay.updated").latest("seq")
    assert event.reason == "Re-supply confirmed later" and _changes(event)["days_lost"] == [5, 9]


@pytest.mark.req("AT-1")
def test_marking_communicated_records_when_how_and_by_whom(world):
    delay = _tell(world, _record(world), how=Delay.InformedHow.MEETING)
    assert delay.is_communicated and delay.sponsor_informed_by == world.pm_alice
    event = AuditEvent.objects.get(action="delays.delay.communicated", target_id=str(delay.pk))
    assert _changes(event) == {
        "sponsor_informed_by": [None, world.pm_alice.pk],
        "sponsor_informed_how": ["", "meeting"],
        "sponsor_informed_on": [None, "2026-02-02"],
    }
    earlier = {"informed_on": DAY - dt.timedelta(days=1), "how": Delay.InformedHow.MEETING}
    with pytest.raises(ValidationError) as refused:
        _tell(world, delay, **earlier)
    assert "reason" in refused.value.message_dict
    _tell(world, delay, **earlier, reason="It was the Sunday meeting")
    corrected = AuditEvent.objects.get(action="delays.delay.communication_corrected")
    assert _changes(corrected) == {"sponsor_informed_on": ["2026-02-02", "2026-02-01"]}


def test_communication_cannot_be_dated_in_the_future_or_by_a_sponsor_user(world):
    delay = _record(world)
    future = dt.date.today() + dt.timedelta(days=2)
    with pytest.raises(ValidationError) as refused:
        _tell(world, delay, informed_on=future, informed_by=world.sponsor_a_manager)
    assert {"informed_on", "informed_by"} <= set(refused.value.message_dict)
    assert not Delay.objects.get(pk=delay.pk).is_communicated


def test_a_stale_edit_is_refused_rather_than_overwriting(world):
    delay = _record(world)
    services.delay_update(actor=world.pm_alice, delay=delay, version=1, days_lost=6)
    with pytest.raises(ValidationError) as refused:
        services.delay_update(actor=world.pm_alice, delay=delay, version=1, days_lost=7)
    assert "Someone else changed" in refused.value.messages[0]
    assert Delay.objects.get(pk=delay.pk).days_lost == 6


def test_affected_tasks_must_belong_to_the_same_project(world):
    tasks_a = _plan(world.project_a_unstaffed)
    tasks_b = _plan(world.project_b)
    foreign = tasks_b["GMP batch manufacture"]
    with pytest.raises(ValidationError) as refused:
        _record(world, affected_tasks=[tasks_a["QC release testing"], foreign])
    assert "affected_tasks" in refused.value.message_dict
    assert not Delay.objects.filter(project=world.project_a_unstaffed).exists()
    delay = _record(world, affected_tasks=[tasks_a["QC release testing"]])
    with pytest.raises(ValidationError):
        services.delay_update(actor=world.pm_alice, delay=delay, affected_tasks=[foreign])
    assert list(delay.affected_tasks.all()) == [tasks_a["QC release testing"]]


def test_only_cdmo_staff_allowed_to_record_delays_record_them(world):
    with pytest.raises(PermissionDenied):
        services.delay_record(
            actor=world.qa_quinn,
            project=world.project_a,
            title="x",
            cause="other",
            occurred_on=DAY,
            days_lost=1,
            description="x",
        )
    delay = _record(world)
    with pytest.raises(PermissionDenied):
        services.delay_update(actor=world.sponsor_a_manager, delay=delay, days_lost=2)
    with pytest.raises(PermissionDenied):
        services.delay_mark_communicated(
            actor=world.qa_quinn,
            delay=delay,
            informed_on=DAY,
            how="call",
            informed_by=world.pm_alice,
        )


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_recording_gives_gap_free_unique_numbers():
    """Real concurrency needs PostgreSQL: SQLite admits one writer at a time anyway."""
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: several writers numbering at the same moment")
    world = build_world()
    start = threading.Barrier(6)
    errors: list[Exception] = []

    def worker(n: int) -> None:
        try:
            start.wait()
            for i in range(5):
                _record(world, title=f"Worker {n} delay {i}")
        except Exception as exc:  # reported by the assertion below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors
    numbers = Delay.objects.filter(project=world.project_a_unstaffed).values_list(
        "number", flat=True
    )
    assert sorted(numbers) == list(range(1, 31))


def test_the_database_refuses_inconsistent_rows(world):
    delay = _record(world)
    with pytest.raises(IntegrityError), transaction.atomic():
        Delay.objects.filter(pk=delay.pk).update(days_lost=0)
    with pytest.raises(IntegrityError), transaction.atomic():
        Delay.objects.filter(pk=delay.pk).update(sponsor_informed_on=DAY)


# --------------------------------------------------------------------------- visibility


@pytest.mark.req("AZ-2")
def test_sponsor_users_see_only_communicated_delays_of_their_projects(world, delays):
    a_told, a_internal, b_told = (
        delays["delay_a_communicated"],
        delays["delay_a_internal"],
        delays["delay_b_communicated"],
    )
    assert set(selectors.delays_visible_to(world.pm_alice)) == {a_told, a_internal, b_told}
    assert set(selectors.delays_visible_to(world.qa_quinn)) == {a_told, a_internal, b_told}
    assert list(selectors.delays_visible_to(world.sponsor_a_manager)) == [a_told]
    assert list(selectors.delays_visible_to(world.sponsor_a_contact)) == [a_told]
    assert list(selectors.delays_visible_to(world.sponsor_b_contact)) == [b_told]
    assert not selectors.delays_visible_to(world.admin_ada).exists()  # no delay role


# --------------------------------------------------------------------------- figures


def _figures_project(world: World) -> Project:
    project = ProjectFactory(sponsor=world.sponsor_a, site=world.site, code="AUR-909-FIG")
    for cause, day, days in (
        ("material_shortage", dt.date(2026, 1, 15), 10),
        ("batch_failure", dt.date(2026, 1, 28), 12),
        ("material_shortage", dt.date(2026, 3, 3), 6),
        ("sponsor_wait", dt.date(2026, 3, 20), 8),
        ("other", dt.date(2026, 4, 2), 4),
        ("equipment_failure", dt.date(2026, 4, 30), 4),
    ):
        _record(world, project, cause=cause, occurred_on=day, days_lost=days)
    return project


def test_pareto_sorts_causes_by_days_lost_with_the_cumulative_share(world):
    project = _figures_project(world)
    bars = selectors.delay_pareto(Delay.objects.filter(project=project))
    # 44 days in all: 16 + 12 + 8 + 4 + 4; a tie is ordered by cause code.
    assert [(b.cause, b.days, b.delays, b.share, b.cumulative) for b in bars] == [
        ("material_shortage", 16, 2, 36.4, 36.4),
        ("batch_failure", 12, 1, 27.3, 63.6),
        ("sponsor_wait", 8, 1, 18.2, 81.8),
        ("equipment_failure", 4, 1, 9.1, 90.9),
        ("other", 4, 1, 9.1, 100.0),
    ]
    assert bars[0].label == "Material shortage"
    assert selectors.delay_pareto(Delay.objects.none()) == []


def test_trend_sums_days_per_month_and_keeps_empty_months(world):
    project = _figures_project(world)
    points = selectors.delay_trend(Delay.objects.filter(project=project))
    assert [(p.month, p.days, p.delays) for p in points] == [
        (dt.date(2026, 1, 1), 22, 2),
        (dt.date(2026, 2, 1), 0, 0),
        (dt.date(2026, 3, 1), 14, 2),
        (dt.date(2026, 4, 1), 8, 2),
    ]


def test_figures_cost_one_query_each_whatever_the_number_of_delays(
    world, django_assert_num_queries
):
    project = _figures_project(world)
    delays = selectors.delays_visible_to(world.pm_alice).filter(project=project)
    with django_assert_num_queries(1):
        selectors.delay_pareto(delays)
    with django_assert_num_queries(1):
        selectors.delay_trend(delays)
    with django_assert_num_queries(1):
        selectors.delay_summary(delays)


def test_the_portfolio_totals_days_by_project(world, delays):
    _record(world, world.project_a, days_lost=7)
    totals = {
        row["project_code"]: (row["count"], row["days"], row["communicated"])
        for row in selectors.delay_totals_by_project(selectors.delays_visible_to(world.pm_alice))
    }
    assert totals == {"AUR-101-TT": (3, 17, 1), "BOR-301-GMP": (1, 5, 1)}
