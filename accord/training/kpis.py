"""Training KPIs for QA's dashboard and the scorecards: completion on time per
department, overdue training, and qualifications expiring in 30, 60 and 90 days."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Q

from accord.core.dates import add_months
from accord.teams.models import Department
from accord.training.models import Assignment, CompetencyRecord, RoleHolding
from accord.training.status import latest_competencies

HORIZONS = (30, 60, 90)
UNASSIGNED = "Not in a job role"


@dataclass
class DepartmentKpi:
    department: str
    people: int = 0
    due: int = 0  # assignments due by the day (complete or not)
    on_time: int = 0  # of those, completed by their due date
    overdue: int = 0  # open and past due
    expiring: dict[int, int] = field(default_factory=lambda: dict.fromkeys(HORIZONS, 0))

    @property
    def on_time_percent(self) -> int | None:
        return round(100 * self.on_time / self.due) if self.due else None


def departments_of(on: dt.date) -> dict[int, str]:
    """Each person's department: that of the job role they have held longest."""
    found: dict[int, str] = {}
    for person_id, department in (
        RoleHolding.objects.filter(assigned_on__lte=on)
        .exclude(ended_on__lte=on)
        .order_by("assigned_on", "pk")
        .values_list("person_id", "job_role__department")
    ):
        found.setdefault(person_id, Department(department).label)
    return found


def training_kpis(
    on: dt.date, *, since: dt.date | None = None, department: str | None = None
) -> list[DepartmentKpi]:
    """One row per department (and a total last), over assignments due from ``since``
    (default: a year before ``on``) to ``on``."""
    since = since or on - dt.timedelta(days=365)
    department_of = departments_of(on)
    rows: dict[str, DepartmentKpi] = {}

    def row(person_id: int) -> DepartmentKpi:
        name = department_of.get(person_id, UNASSIGNED)
        return rows.setdefault(name, DepartmentKpi(name))

    for person_id in department_of:
        row(person_id).people += 1
    assignments = Assignment.objects.exclude(status=Assignment.Status.CANCELLED).filter(
        person__is_active=True
    )
    for person_id, status, due_on, completed_on in assignments.values_list(
        "person_id", "status", "due_on", "completed_on"
    ):
        target = row(person_id)
        if status == Assignment.Status.OPEN and due_on < on:
            target.overdue += 1
        if since <= due_on <= on:
            target.due += 1
            if completed_on is not None and completed_on <= due_on:
                target.on_time += 1
    ends: list[tuple[int, dt.date]] = [
        (record.person_id, record.expires_on)
        for record in latest_competencies(department_of).values()
        if record.expires_on is not None
    ]
    last_done: dict[tuple[int, int], tuple[dt.date, int]] = {}
    for person_id, requirement_id, completed_on, months in assignments.filter(
        status=Assignment.Status.COMPLETED, requirement__validity_months__isnull=False
    ).values_list("person_id", "requirement_id", "completed_on", "requirement__validity_months"):
        key = (person_id, requirement_id)
        if completed_on and (key not in last_done or completed_on > last_done[key][0]):
            last_done[key] = (completed_on, months)
    ends += [(p, add_months(done, months)) for (p, _), (done, months) in last_done.items()]
    for person_id, end in ends:
        if person_id not in department_of:
            continue
        for horizon in HORIZONS:
            if on < end <= on + dt.timedelta(days=horizon):
                row(person_id).expiring[horizon] += 1
    result = sorted(rows.values(), key=lambda r: (r.department == UNASSIGNED, r.department))
    if department:
        wanted = Department(department).label
        result = [r for r in result if r.department == wanted]
    total = DepartmentKpi("All departments")
    for r in result:
        total.people += r.people
        total.due += r.due
        total.on_time += r.on_time
        total.overdue += r.overdue
        for horizon in HORIZONS:
            total.expiring[horizon] += r.expiring[horizon]
    return [*result, total]


def _of(records, people: set[int] | None):
    return records if people is None else records.filter(person_id__in=people)


def assignments_due(people: set[int] | None, start: dt.date, end: dt.date) -> list[Assignment]:
    """The assignments (not cancelled) of active people (of ``people``; everyone when
    None) due from ``start`` to ``end``: what training on time counts (scorecards)."""
    assignments = Assignment.objects.exclude(status=Assignment.Status.CANCELLED).filter(
        person__is_active=True, due_on__gte=start, due_on__lte=end
    )
    return list(
        _of(assignments, people).select_related("person", "requirement").order_by("due_on", "pk")
    )


def assignments_overdue_on(people: set[int] | None, day: dt.date) -> list[Assignment]:
    """The assignments of active people that were overdue on ``day``: due before it and
    not completed by it (scorecards: training overdue at the end of a period)."""
    assignments = (
        Assignment.objects.exclude(status=Assignment.Status.CANCELLED)
        .filter(person__is_active=True, due_on__lt=day)
        .filter(Q(completed_on__isnull=True) | Q(completed_on__gt=day))
    )
    return list(
        _of(assignments, people).select_related("person", "requirement").order_by("due_on", "pk")
    )


def competencies_held_on(people: set[int] | None, day: dt.date) -> list[CompetencyRecord]:
    """The competency record that counts on ``day`` per person and competency: the latest
    assessed by then, unless it had expired (scorecards: competencies at level 3+)."""
    records = CompetencyRecord.objects.filter(assessed_on__lte=day, person__is_active=True)
    latest: dict[tuple[int, int], CompetencyRecord] = {}
    for record in (
        _of(records, people).select_related("person", "competency").order_by("assessed_on", "pk")
    ):
        latest[(record.person_id, record.competency_id)] = record
    return [r for r in latest.values() if r.expires_on is None or r.expires_on > day]
