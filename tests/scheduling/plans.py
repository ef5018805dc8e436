"""A realistic CDMO plan (small-molecule tech transfer to a first GMP batch).

Uses every feature the MSPDI round trip must carry: the four link types with lags and
leads, constraints, holidays and an extra working day, summaries, milestones, progress
and three-point estimates.
"""

from __future__ import annotations

from accord.scheduling import (
    Activity,
    Calendar,
    Constraint,
    ConstraintType,
    Link,
    LinkType,
    Network,
    ThreePoint,
)
from tests.scheduling.helpers import d

SNET, FNLT = ConstraintType.SNET, ConstraintType.FNLT


def tech_transfer(progress: bool = True) -> Network:
    a = Activity
    acts = [
        a("1", "Tech transfer"),
        a(
            "2",
            "Kick-off and tech package review",
            5,
            parent="1",
            actual_start=d("2026-01-05") if progress else None,
            actual_finish=d("2026-01-09") if progress else None,
        ),
        a(
            "3",
            "Raw material sourcing (long lead)",
            40,
            parent="1",
            estimate=ThreePoint(30, 40, 60),
            actual_start=d("2026-01-12") if progress else None,
            remaining_duration=32 if progress else None,
        ),
        a("4", "Analytical method transfer", 20, parent="1", estimate=ThreePoint(18, 20, 35)),
        a("5", "Process development", 60, parent="1", estimate=ThreePoint(40, 60, 80)),
        a("6", "Process safety assessment", 10, parent="1"),
        a("7", "Manufacturing"),
        a("8", "Engineering batch", 12, parent="7", estimate=ThreePoint(10, 12, 15)),
        a("9", "Master batch record", 15, parent="7"),
        a("10", "Go/no-go for GMP", 0, parent="7"),
        a(
            "11",
            "GMP batch",
            15,
            parent="7",
            constraint=Constraint(SNET, d("2026-07-01")),
            estimate=ThreePoint(10, 15, 20),
        ),
        a("12", "QC release testing", 20, parent="7", estimate=ThreePoint(15, 20, 25)),
        a("13", "QA release (CoA)", 7, parent="7", constraint=Constraint(FNLT, d("2026-08-14"))),
        a("14", "Batch released", 0, parent="7"),
        a("15", "Stability T0", 5),
        a("16", "CMC documentation", 20),
    ]
    links = [
        Link("2", "3"),
        Link("2", "4"),
        Link("2", "5"),
        Link("5", "6", LinkType.SS, 20),
        Link("5", "8"),
        Link("3", "8"),
        Link("4", "8", LinkType.FS, -3),
        Link("8", "9", LinkType.SS, 5),
        Link("8", "10"),
        Link("9", "10"),
        Link("10", "11"),
        Link("11", "12"),
        Link("12", "13", LinkType.FF, 3),
        Link("13", "14"),
        Link("14", "15"),
        Link("14", "16", LinkType.SS),
        Link("6", "14", LinkType.SF, 2),
    ]
    calendar = Calendar(
        holidays={
            d("2026-04-03"),
            d("2026-04-06"),
            d("2026-05-01"),
            d("2026-05-14"),
            d("2026-05-25"),
            d("2026-08-01"),
            d("2026-12-25"),
        },
        extra_working_days={d("2026-05-02")},
        name="Visp site",
    )
    return Network(
        acts,
        links,
        project_start=d("2026-01-05"),
        calendar=calendar,
        data_date=d("2026-02-02") if progress else None,
        name="API tech transfer to first GMP batch",
    )
