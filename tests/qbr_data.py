"""A hand-made quarter for sponsor A (Q3 2026) for the business review tests: milestones
against a baseline, delays, concerns, quality events and a survey answer, with records
of other quarters, of sponsor B and internal ones around them that a review must leave
out."""

from __future__ import annotations

import datetime as dt

from accord.core import clock
from accord.delays import services as delay_services
from accord.delays.models import Delay
from accord.planning.models import Baseline, BaselineTask, Task
from accord.scorecards.variables import QUARTER, Period
from accord.service import services as concern_services
from accord.surveys import services as survey_services
from accord.surveys.models import Survey
from tests.conftest import World
from tests.quality_rows import at, make_capa, make_deviation

Q3 = Period(QUARTER, dt.date(2026, 7, 1))


def _baseline(project, actor) -> Baseline:
    return Baseline.objects.get_or_create(
        project=project,
        number=1,
        defaults={
            "name": "Contract baseline",
            "finish": dt.date(2026, 12, 18),
            "created_by": actor,
        },
    )[0]


def point(
    world: World,
    name: str,
    *,
    baseline: dt.date | None,
    actual: dt.date | None = None,
    forecast: dt.date | None = None,
    kind: str = Task.Kind.MILESTONE,
    project=None,
) -> Task:
    """A milestone (or decision point) with its baseline date, achieved on ``actual`` or
    forecast for ``forecast``."""
    project = project or world.project_a
    uid = Task.objects.filter(project=project).count() + 1
    task = Task.objects.create(
        project=project,
        uid=uid,
        name=name,
        kind=kind,
        early_start=actual or forecast or baseline,
        early_finish=actual or forecast or baseline,
        actual_start=actual,
        actual_finish=actual,
        percent_complete=100 if actual else 0,
    )
    if baseline is not None:
        BaselineTask.objects.create(
            baseline=_baseline(project, world.pm_alice),
            task=task,
            task_uid=uid,
            start=baseline,
            finish=baseline,
            duration=0,
        )
    return task


def told_delay(world: World, title: str, *, told: dt.date | None, project=None, **fields):
    project = project or world.project_a
    delay = delay_services.delay_record(
        actor=world.pm_alice,
        project=project,
        title=title,
        cause=fields.pop("cause", Delay.Cause.MATERIAL_SHORTAGE),
        occurred_on=fields.pop("occurred_on", (told or dt.date(2026, 8, 1)) - dt.timedelta(days=2)),
        days_lost=fields.pop("days_lost", 5),
        description=f"{title}: the plan moved.",
        internal_notes="Aurora internal: never in a review",
        **fields,
    )
    if told is not None:
        delay = delay_services.delay_mark_communicated(
            actor=world.pm_alice,
            delay=delay,
            informed_on=told,
            how=Delay.InformedHow.CALL,
            informed_by=world.pm_alice,
        )
    return delay


def concern(world: World, title: str, raised: str, *, closed: str | None = None):
    """A concern sponsor A's manager raised at ``raised`` (ISO, Zurich); contacted the
    same hour, resolved and confirmed at ``closed`` if given."""
    with clock.story_clock(), clock.story_moment(_moment(raised)):
        found = concern_services.concern_raise(
            actor=world.sponsor_a_manager,
            sponsor=world.sponsor_a,
            project=world.project_a,
            title=title,
            description="Aurora Therapeutics needs an answer.",
            category="schedule",
            urgency="high",
        )
    with clock.story_clock(), clock.story_moment(_moment(raised) + dt.timedelta(minutes=30)):
        concern_services.concern_contact(
            actor=world.pm_alice, concern=found, how="call", summary="Called.", containment="Held."
        )
    if closed:
        with clock.story_clock(), clock.story_moment(_moment(closed)):
            concern_services.concern_resolve(
                actor=world.pm_alice, concern=found, resolution="Fixed."
            )
            found = concern_services.concern_confirm(actor=world.sponsor_a_manager, concern=found)
    return found


def _moment(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=at(dt.date(2026, 1, 1)).tzinfo)


def quarter_of_sponsor_a(world: World) -> dict:
    """The Q3 2026 dataset; returns the records by name."""
    made = {
        "met": point(
            world,
            "Engineering batch complete",
            baseline=dt.date(2026, 8, 14),
            actual=dt.date(2026, 8, 12),
        ),
        "late": point(
            world,
            "GMP batch manufactured",
            baseline=dt.date(2026, 9, 18),
            actual=dt.date(2026, 9, 29),
        ),
        "open": point(
            world, "Batch released", baseline=dt.date(2026, 9, 25), forecast=dt.date(2026, 10, 16)
        ),
        "ahead": point(
            world, "Stability T0", baseline=dt.date(2026, 11, 5), forecast=dt.date(2026, 11, 10)
        ),
        "gate": point(
            world,
            "Go/no-go for PPQ",
            baseline=None,
            forecast=dt.date(2026, 12, 1),
            kind=Task.Kind.DECISION,
        ),
        "earlier": point(
            world,
            "Tech transfer complete",
            baseline=dt.date(2026, 5, 4),
            actual=dt.date(2026, 5, 4),
        ),
        "other_sponsor": point(
            world,
            "Borealis campaign start",
            baseline=dt.date(2026, 8, 3),
            project=world.project_b,
        ),
        "delay_1": told_delay(
            world, "Aurora resin lot rejected", told=dt.date(2026, 8, 20), days_lost=5
        ),
        "delay_2": told_delay(
            world,
            "Aurora dryer breakdown",
            told=dt.date(2026, 9, 10),
            days_lost=3,
            cause=Delay.Cause.EQUIPMENT_FAILURE,
        ),
        "delay_untold": told_delay(world, "Aurora operator shortage", told=None),
        "delay_later": told_delay(world, "Aurora label reprint", told=dt.date(2026, 10, 5)),
        "delay_b": told_delay(
            world, "Borealis filter change", told=dt.date(2026, 8, 21), project=world.project_b
        ),
        "concern_closed": concern(
            world, "Aurora batch record copy", "2026-08-03T10:00", closed="2026-08-05T11:00"
        ),
        "concern_open": concern(world, "Aurora shipping slot", "2026-09-28T10:00"),
        "deviation": make_deviation(
            project=world.project_a,
            owner=world.qa_quinn,
            title="Aurora reactor pressure excursion",
            discovered=dt.date(2026, 8, 6),
            notified=True,
        ),
        "deviation_untold": make_deviation(
            project=world.project_a,
            owner=world.qa_quinn,
            title="Aurora room log gap",
            discovered=dt.date(2026, 8, 7),
        ),
        "deviation_b": make_deviation(
            project=world.project_b,
            owner=world.qa_quinn,
            title="Borealis weighing error",
            discovered=dt.date(2026, 8, 8),
            notified=True,
        ),
    }
    made["capa"] = make_capa(
        deviation=made["deviation"],
        owner=world.pm_alice,
        qa_approver=world.qa_quinn,
        title="Aurora pressure relief redesign",
        due_date=dt.date(2026, 11, 30),
    )
    survey = Survey.objects.get(concern=made["concern_closed"])
    with clock.story_clock(), clock.story_moment(_moment("2026-08-06T09:00")):
        survey_services.survey_answer(actor=world.sponsor_a_manager, survey=survey, score=4)
    return made
