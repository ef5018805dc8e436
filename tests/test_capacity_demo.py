"""The demo's capacity: resources at both sites, demands on the demo plans' work, one
month in which suite A1 is asked for far more than it has (and a leveling of it with the
float it has), and dates that tell the same story as the rest of the demo."""

from __future__ import annotations

import datetime as dt
import io
import os
from collections.abc import Iterator
from unittest import mock

import pytest
from django.core.management import call_command
from django.db import transaction

from accord.audit.models import AuditEvent
from accord.capacity.demo import RESOURCES
from accord.capacity.load import resource_loads
from accord.capacity.models import Availability, Resource, ResourceCalendar, TaskDemand
from accord.planning.models import Task

DEMO_DATE = dt.date(2026, 1, 5)  # a Monday: the demo's reference date


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker) -> Iterator[str]:
    """The demo loaded once for this module, rolled back after it (as in test_demo)."""
    out = io.StringIO()
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


def _months(first: int, last: int) -> list[tuple[dt.date, dt.date]]:
    """The calendar months ``first`` to ``last`` after the reference date's month."""
    out, start = [], DEMO_DATE.replace(day=1)
    for _ in range(last + 1):
        following = (start + dt.timedelta(days=32)).replace(day=1)
        out.append((start, following - dt.timedelta(days=1)))
        start = following
    return out[first:]


def _percent(load, lo: dt.date, hi: dt.date, start: dt.date) -> float:
    a, b = (lo - start).days, (hi - start).days + 1
    return 100 * load.load[a:b].sum() / max(load.capacity[a:b].sum(), 1)


@pytest.mark.django_db
def test_both_sites_have_their_resources_with_realistic_capacities(demo):
    assert "capacity records" in demo
    by_code = {r.code: r for r in Resource.objects.select_related("site", "equipment")}
    assert set(by_code) == {spec.code for spec in RESOURCES}
    for site in ("VSP", "SGN"):
        roles = {r.role for r in by_code.values() if r.site.code == site}
        assert {"gmp_suite", "qc_analysts", "qa_reviewers", "process_scientists"} <= roles
    # Visp's suites and reactors stand for their register entries.
    for code in ("VSP-SUITE-A1", "VSP-SUITE-B2", "VSP-R-101", "VSP-R-102"):
        assert by_code[code].equipment is not None and by_code[code].equipment.code == code
    assert by_code["VSP-QC"].capacity == 12 and by_code["VSP-QA"].capacity == 3
    trains = [r for r in by_code.values() if r.role == "bioreactor" and "2,000 L" in r.name]
    assert len(trains) == 2 and all(r.site.code == "SGN" for r in trains)
    assert all(r.calendar == ResourceCalendar.CONTINUOUS for r in trains)
    assert by_code["VSP-STAB"].calendar == ResourceCalendar.CONTINUOUS
    assert {by_code[c].role for c in ("SGN-DSP-1", "SGN-FILL-1")} == {"purification", "fill_line"}
    assert by_code["SGN-QA"].capacity == 4


@pytest.mark.django_db
def test_demands_sit_on_the_plans_leaf_tasks_only(demo):
    demands = TaskDemand.objects.select_related("task", "resource", "task__project__site")
    assert demands.count() > 500
    assert not demands.exclude(task__kind=Task.Kind.TASK).exists()
    parents = set(Task.objects.filter(parent__isnull=False).values_list("parent_id", flat=True))
    assert not any(d.task_id in parents for d in demands)
    assert all(d.resource.site_id == d.task.project.site_id for d in demands)
    planned = set(Task.objects.values_list("project__code", flat=True))
    demanded = set(demands.values_list("task__project__code", flat=True))
    assert demanded == planned  # every plan got its demands
    batch = demands.get(
        task__project__code="NVB-101-TT", task__name="Engineering batch manufacture",
        resource__code="VSP-SUITE-A1",
    )  # fmt: skip
    assert batch.units == 1
    release = demands.filter(
        task__name__endswith="QC release testing", resource__role="qc_analysts"
    )
    assert release.exists() and {d.units for d in release} == {3}


@pytest.mark.django_db
def test_suite_a1_is_overloaded_in_one_coming_month_and_float_resolves_it(demo):
    suite = Resource.objects.get(code="VSP-SUITE-A1")
    months = _months(1, 4)
    start, end = months[0][0], months[-1][1]
    load = resource_loads([suite], start, end)[suite.pk]
    percent = {lo: _percent(load, lo, hi, start) for lo, hi in months}
    worst, hi = max(months, key=lambda m: percent[m[0]])
    assert percent[worst] > 150, percent
    assert sum(p > 100 for p in percent.values()) == 1, percent  # one month, not a pattern
    in_month = [t for t in load.tasks if t.start <= hi and t.finish >= worst]
    assert {t.task.project.code for t in in_month} == {"NVB-101-TT", "HSZ-1120-CS"}

    # The HSZ-1120 campaign has the float to wait until NVB-101's engineering batch is done.
    nvb_done = max(t.finish for t in in_month if t.task.project.code == "NVB-101-TT")
    moved = [t for t in in_month if t.task.project.code == "HSZ-1120-CS"]
    shift = (nvb_done - min(t.start for t in moved)).days + 3
    assert all(t.task.total_float * 7 / 5 > shift for t in moved)
    later = {
        t.task.pk: (t.start + dt.timedelta(shift), t.finish + dt.timedelta(shift)) for t in moved
    }
    leveled = resource_loads([suite], start, end, replace=later)[suite.pk]
    assert not leveled.over.any()


@pytest.mark.django_db
def test_no_other_resource_is_overloaded_in_the_coming_months(demo):
    months = _months(1, 4)
    start, end = months[0][0], months[-1][1]
    loads = resource_loads(Resource.objects.select_related("site"), start, end)
    over = {
        (row.resource.code, lo.month)
        for row in loads.values()
        for lo, hi in months
        if _percent(row, lo, hi, start) > 100
    }
    assert {code for code, _ in over} == {"VSP-SUITE-A1", "VSP-R-101"}, over
    assert len({month for _, month in over}) == 1


@pytest.mark.django_db
def test_capacity_dates_tell_the_demos_story(demo):
    def when(row) -> dt.datetime:
        label = f"{row._meta.app_label}.{row._meta.model_name}"
        return AuditEvent.objects.get(
            target_type=label, target_id=str(row.pk), action__endswith=".created"
        ).occurred_at

    first_plan = AuditEvent.objects.filter(action="planning.task.created").earliest("seq")
    resources = Resource.objects.all()
    assert all(when(r) < first_plan.occurred_at for r in resources)
    assert all(r.created_at.date() == when(r).date() for r in resources)
    for change in Availability.objects.all():
        assert when(change).date() < change.starts_on
        assert change.recorded_at.date() < change.starts_on
    down = Availability.objects.get(resource__code="VSP-SUITE-A2", units=0)
    assert (down.ends_on - down.starts_on).days == 13  # two weeks
    assert DEMO_DATE < down.starts_on < DEMO_DATE + dt.timedelta(days=120)
    made = dict(
        AuditEvent.objects.filter(action="planning.task.created").values_list(
            "target_id", "occurred_at"
        )
    )
    demanded = dict(
        AuditEvent.objects.filter(action="capacity.demand.created").values_list(
            "target_id", "occurred_at"
        )
    )
    demands = TaskDemand.objects.values_list("pk", "task_id")
    assert len(demanded) == demands.count()
    for pk, task in demands:
        planned, asked = made[str(task)], demanded[str(pk)]
        assert planned < asked and asked - planned < dt.timedelta(hours=3)


@pytest.mark.django_db
def test_loading_again_adds_no_capacity_records(demo):
    before = (Resource.objects.count(), Availability.objects.count(), TaskDemand.objects.count())
    again = io.StringIO()
    with mock.patch.dict(os.environ, {"ACCORD_DEMO_DATE": DEMO_DATE.isoformat()}):
        call_command("demo", stdout=again)
    assert "0 created" in again.getvalue()
    after = (Resource.objects.count(), Availability.objects.count(), TaskDemand.objects.count())
    assert after == before


@pytest.mark.django_db
def test_a_leveling_run_of_visp_waits_for_a_decision_and_resolves_the_overload(demo):
    from accord.capacity.models import LevelingRun, RunStatus

    run = LevelingRun.objects.get()
    assert run.site.code == "VSP" and run.requested_by.username == "ops.omar"
    assert run.status == RunStatus.PROPOSED  # nobody has applied it: the plans are as they were
    suites = {o["resource"] for o in run.summary["overloads_before"]}
    assert "VSP-SUITE-A1" in suites
    assert run.summary["overloads_after"] == []
    assert run.moves.filter(hold=True, resources__contains="VSP-SUITE-A1").exists()
    assert run.requested_at.date() < DEMO_DATE  # the afternoon before the demo's day
