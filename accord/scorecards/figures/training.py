"""Training, the first part of the transform half: training completed on time, training
overdue at the end of the period, and competencies held at level 3 (works independently)
or above, for the people of the scope."""

from __future__ import annotations

from accord.core.dates import format_day
from accord.scorecards.figures.scopes import PEOPLE_SCOPES, people_of, percent, url
from accord.scorecards.variables import TRANSFORM, Evidence, Measure, Period, Scope, Variable

INDEPENDENT = 3


def _name(person) -> str:
    return person.get_full_name() or person.username


def training_on_time(scope: Scope, period: Period) -> Measure:
    from accord.training.kpis import assignments_due

    people = people_of(scope, period.end)
    due = assignments_due(people, period.start, period.end)
    if not due:
        return Measure(None, note="No training fell due in the period.")
    on_time = [a for a in due if a.completed_on is not None and a.completed_on <= a.due_on]
    evidence = [
        Evidence(
            f"{_name(a.person)} · {a.requirement}",
            url("training:assignment", a.pk),
            f"due {format_day(a.due_on)}, "
            + (f"completed {format_day(a.completed_on)}" if a.completed_on else "not completed"),
        )
        for a in due
    ]
    return Measure(
        percent(len(on_time), len(due)),
        evidence,
        f"{len(on_time)} of {len(due)} trainings due in the period completed by their due date",
    )


def training_overdue(scope: Scope, period: Period) -> Measure:
    from accord.training.kpis import assignments_overdue_on

    people = people_of(scope, period.end)
    if people is not None and not people:
        return Measure(None, note="Nobody to count.")
    overdue = assignments_overdue_on(people, period.end)
    evidence = [
        Evidence(
            f"{_name(a.person)} · {a.requirement}",
            url("training:assignment", a.pk),
            f"due {format_day(a.due_on)}",
        )
        for a in overdue
    ]
    return Measure(len(overdue), evidence, f"{len(overdue)} overdue on {format_day(period.end)}")


def competencies_level3(scope: Scope, period: Period) -> Measure:
    from accord.training.kpis import competencies_held_on

    held = competencies_held_on(people_of(scope, period.end), period.end)
    if not held:
        return Measure(None, note="No competency was assessed.")
    strong = [r for r in held if r.level >= INDEPENDENT]
    evidence = [
        Evidence(
            f"{_name(r.person)} · {r.competency}",
            url("training:person", r.person_id),
            f"level {r.level}, assessed {format_day(r.assessed_on)}",
        )
        for r in held
    ]
    return Measure(
        percent(len(strong), len(held)),
        evidence,
        f"{len(strong)} of {len(held)} competencies held at level 3 or above",
    )


VARIABLES = (
    Variable(
        "training_on_time",
        "Training on time",
        TRANSFORM,
        "%",
        training_on_time,
        help="Training due in the period completed by its due date.",
        scopes=PEOPLE_SCOPES,
    ),
    Variable(
        "training_overdue",
        "Training overdue",
        TRANSFORM,
        "count",
        training_overdue,
        higher_is_better=False,
        help="Training not completed by its due date, on the last day of the period.",
        scopes=PEOPLE_SCOPES,
    ),
    Variable(
        "competencies_level3",
        "Competencies at level 3+",
        TRANSFORM,
        "%",
        competencies_level3,
        help="Competencies held at the end of the period at level 3 (works independently) "
        "or above.",
        scopes=PEOPLE_SCOPES,
    ),
)
