"""The skill matrix's cell states: Accord's one-pass computation (``status.cells``: a
constant number of queries for the whole matrix) against the per-cell approach a plain
Django page would take (each cell asks for its own person and requirement, the way
``requirement_cell`` does for one cell: three or four queries a cell).

    python benchmarks/skill_matrix.py [--repeats 3]

Builds a throw-away SQLite database (migrated, no demo), and two shapes of site written
straight into the tables (benchmark rows, not business data, so no audit trail):

- *a department*: 25 people × 40 requirements, most of them documents and courses, five
  assignments per person and requirement over the years;
- *a large site*: 300 people × 120 requirements, a third of them competencies with
  several records each (the shape where per-cell reads hurt most).

Both contenders must agree cell for cell before they are timed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="accord-matrix-bench-")
    os.environ.update(
        DATABASE_URL=f"sqlite:///{folder}/bench.sqlite3",
        ACCORD_VAR_DIR=folder,
        ACCORD_ENV="development",
        DEBUG="false",
        DJANGO_SETTINGS_MODULE="accord.settings",
    )
    import django

    django.setup()
    from django.core.management import call_command

    from benchmarks.common import best_of, machine, report

    call_command("migrate", verbosity=0)
    print(machine())
    for label, people, requirements, competency_share in (
        ("a department: 25 people x 40 requirements", 25, 40, 0.1),
        ("a large site: 300 people x 120 requirements", 300, 120, 0.33),
    ):
        people_rows, requirement_rows = _build(label, people, requirements, competency_share)
        _compare(label, people_rows, requirement_rows, args.repeats, best_of, report)


def _build(tag: str, n_people: int, n_requirements: int, competency_share: float):
    from accord.accounts.models import Organization, Site, User
    from accord.training.models import (
        Assignment,
        Competency,
        CompetencyRecord,
        Curriculum,
        JobRole,
        Requirement,
        RoleHolding,
    )

    rng = random.Random(7)
    prefix = f"b{n_people}"
    today = dt.date(2026, 12, 7)
    cdmo, _ = Organization.objects.get_or_create(
        short_name="BENCH", defaults={"name": "Bench CDMO", "kind": "cdmo"}
    )
    site, _ = Site.objects.get_or_create(
        code="BEN", defaults={"organization": cdmo, "name": "Bench", "city": "X", "country": "Y"}
    )
    people = User.objects.bulk_create(
        User(
            username=f"{prefix}.{i}", organization=cdmo, site=site, first_name="P", last_name=str(i)
        )
        for i in range(n_people)
    )
    competencies = Competency.objects.bulk_create(
        Competency(code=f"{prefix}-c{i}", name=f"Competency {i}", validity_months=24)
        for i in range(n_requirements)
    )
    requirements = Requirement.objects.bulk_create(
        Requirement(
            code=f"{prefix}-r{i}",
            title=f"Requirement {i}",
            kind="competency" if i < n_requirements * competency_share else "course",
            competency=competencies[i] if i < n_requirements * competency_share else None,
            validity_months=None if i % 3 else 12,
        )
        for i in range(n_requirements)
    )
    curriculum = Curriculum.objects.create(code=f"{prefix}-cur", name=f"Curriculum {prefix}")
    curriculum.requirements.set(requirements)
    role = JobRole.objects.create(
        code=f"{prefix}-role", name=f"Role {prefix}", department="manufacturing"
    )
    role.curricula.add(curriculum)
    RoleHolding.objects.bulk_create(
        RoleHolding(
            person=p, job_role=role, site=site, assigned_on=dt.date(2023, 1, 1), assigned_by=p
        )
        for p in people
    )
    assignments, records = [], []
    for person in people:
        for requirement in requirements:
            if requirement.kind == "competency":
                for _ in range(rng.randint(0, 3)):
                    assessed = today - dt.timedelta(days=rng.randint(30, 900))
                    records.append(
                        CompetencyRecord(
                            person=person,
                            competency=requirement.competency,
                            level=rng.randint(1, 4),
                            method="exam",
                            assessor=person,
                            evidence="bench",
                            assessed_on=assessed,
                            expires_on=assessed + dt.timedelta(days=730),
                            recorded_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
                        )
                    )
            for k in range(rng.randint(1, 5)):
                assigned = today - dt.timedelta(days=400 * (k + 1))
                assignments.append(
                    Assignment(
                        person=person,
                        requirement=requirement,
                        reason="initial",
                        assigned_on=assigned,
                        due_on=assigned + dt.timedelta(days=30),
                        status="completed",
                        completed_on=assigned + dt.timedelta(days=rng.randint(1, 40)),
                    )
                )
            if rng.random() < 0.15:
                assignments.append(
                    Assignment(
                        person=person,
                        requirement=requirement,
                        reason="new_version",
                        assigned_on=today - dt.timedelta(days=20),
                        due_on=today + dt.timedelta(days=rng.randint(-10, 10)),
                    )
                )
    Assignment.objects.bulk_create(assignments, batch_size=2000)
    CompetencyRecord.objects.bulk_create(records, batch_size=2000)
    print(f"\n{tag}: {len(assignments):,} assignments, {len(records):,} competency records")
    return people, requirements


def _compare(label, people, requirements, repeats, best_of, report) -> None:
    from django.db import connection

    from accord.training.status import cells, requirement_cell

    today = dt.date(2026, 12, 7)

    def accord():
        return cells(people, requirements, today)

    def per_cell():
        return {(p.pk, r.pk): requirement_cell(p, r, today) for p in people for r in requirements}

    assert accord() == per_cell(), "the two computations disagree"
    one, many = _queries(connection, accord), _queries(connection, per_cell)
    times = best_of({"accord (cells)": accord, "per cell (naive page)": per_cell}, repeats)
    report(
        f"Skill matrix, {label}: {one} queries against {many:,}",
        times,
        accord="accord (cells)",
    )


def _queries(connection, run) -> int:
    count = 0

    def counting(execute, sql, params, many, context):
        nonlocal count
        count += 1
        return execute(sql, params, many, context)

    with connection.execute_wrapper(counting):
        run()
    return count


if __name__ == "__main__":
    main()
