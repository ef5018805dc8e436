"""Who is qualified in what, on a given day: the one computation the skill matrix, a
person's transcript, the qualification gate and the signing check share.

A requirement is *current* for a person when it has been completed, is not waiting for
retraining (no open assignment: a new document version or a CAPA reopens it) and, for
periodic training, the completion is younger than its validity. A competency counts at
the level of the person's latest record for it, until that record expires (R-TRN-4).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from accord.accounts.models import User
from accord.core.dates import add_months, format_day
from accord.training.models import (
    Assignment,
    Competency,
    CompetencyRecord,
    Requirement,
    RoleHolding,
)


class State:
    QUALIFIED = "qualified"
    DUE = "due"
    OVERDUE = "overdue"
    EXPIRED = "expired"
    MISSING = "missing"  # required, never assigned, never done
    NOT_REQUIRED = "not_required"


STATE_LABELS = {
    State.QUALIFIED: "Qualified",
    State.DUE: "Due",
    State.OVERDUE: "Overdue",
    State.EXPIRED: "Expired",
    State.MISSING: "Not trained",
    State.NOT_REQUIRED: "Not required",
}


@dataclass(frozen=True)
class Cell:
    """One person × one requirement on one day."""

    state: str
    level: int | None = None  # competencies: the level held (even when too low/expired)
    due_on: dt.date | None = None  # open assignment's due date
    until: dt.date | None = None  # qualified until (expiry), when it expires
    completed_on: dt.date | None = None

    @property
    def label(self) -> str:
        text = STATE_LABELS[self.state]
        if self.state == State.QUALIFIED and self.level:
            text = f"{text} (level {self.level})"
        return text

    @property
    def detail(self) -> str:
        if self.state in (State.DUE, State.OVERDUE) and self.due_on:
            return f"due {format_day(self.due_on)}"
        if self.state == State.EXPIRED and self.until:
            return f"expired {format_day(self.until)}"
        if self.state == State.QUALIFIED and self.until:
            return f"until {format_day(self.until)}"
        return ""

    @property
    def is_qualified(self) -> bool:
        return self.state == State.QUALIFIED


def latest_competencies(
    people: Iterable[int], competencies: Iterable[int] | None = None
) -> dict[tuple[int, int], CompetencyRecord]:
    """The record that counts per (person id, competency id): the latest assessed."""
    records = CompetencyRecord.objects.filter(person_id__in=list(people))
    if competencies is not None:
        records = records.filter(competency_id__in=list(competencies))
    latest: dict[tuple[int, int], CompetencyRecord] = {}
    fields = ("person_id", "competency_id", "level", "assessed_on", "expires_on")
    for record in records.order_by("assessed_on", "pk").only(*fields).iterator(2000):
        latest[(record.person_id, record.competency_id)] = record
    return latest


def required_pairs(people: Iterable[int], on: dt.date) -> set[tuple[int, int]]:
    """(person id, requirement id) for every requirement of the job roles people hold."""
    holdings = RoleHolding.objects.filter(person_id__in=list(people), assigned_on__lte=on).exclude(
        ended_on__lte=on
    )
    pairs: set[tuple[int, int]] = set()
    rows = holdings.values_list("person_id", "job_role__curricula__requirements")
    for person_id, requirement_id in rows:
        if requirement_id is not None:
            pairs.add((person_id, requirement_id))
    return pairs


def _completed_until(requirement: Requirement, completed_on: dt.date) -> dt.date | None:
    if not requirement.validity_months:
        return None
    return add_months(completed_on, requirement.validity_months)


def cells(
    people: Iterable[User], requirements: Iterable[Requirement], on: dt.date
) -> dict[tuple[int, int], Cell]:
    """Every person × requirement cell in a constant number of queries."""
    people = list(people)
    requirements = list(requirements)
    person_ids = [p.pk for p in people]
    requirement_ids = [r.pk for r in requirements]
    required = required_pairs(person_ids, on)
    open_by: dict[tuple[int, int], dt.date] = {}
    done_by: dict[tuple[int, int], dt.date] = {}
    rows = (
        Assignment.objects.filter(person_id__in=person_ids, requirement_id__in=requirement_ids)
        .exclude(status=Assignment.Status.CANCELLED)
        .values_list("person_id", "requirement_id", "status", "due_on", "completed_on")
    )
    for person_id, requirement_id, status, due_on, completed_on in rows.iterator(2000):
        key = (person_id, requirement_id)
        if status == Assignment.Status.OPEN:
            open_by[key] = due_on
        elif completed_on and (key not in done_by or completed_on > done_by[key]):
            done_by[key] = completed_on
    competency_ids = {r.competency_id for r in requirements if r.competency_id}
    latest = latest_competencies(person_ids, competency_ids) if competency_ids else {}
    result: dict[tuple[int, int], Cell] = {}
    for person in people:
        for requirement in requirements:
            key = (person.pk, requirement.pk)
            result[key] = _cell(
                requirement,
                on,
                required=key in required,
                open_due=open_by.get(key),
                completed_on=done_by.get(key),
                record=latest.get((person.pk, requirement.competency_id))
                if requirement.competency_id
                else None,
            )
    return result


def _cell(
    requirement: Requirement,
    on: dt.date,
    *,
    required: bool,
    open_due: dt.date | None,
    completed_on: dt.date | None,
    record: CompetencyRecord | None,
) -> Cell:
    if requirement.kind == Requirement.Kind.COMPETENCY:
        if record is not None and record.is_current(on) and record.level >= requirement.min_level:
            return Cell(State.QUALIFIED, level=record.level, until=record.expires_on)
        expired = record is not None and not record.is_current(on)
        level = record.level if record is not None else None
        until = record.expires_on if expired else None
    else:
        level = None
        until = _completed_until(requirement, completed_on) if completed_on else None
        if completed_on and open_due is None and (until is None or until > on):
            return Cell(State.QUALIFIED, until=until, completed_on=completed_on)
        expired = until is not None and until <= on
    if open_due is not None:
        return Cell(
            State.OVERDUE if open_due < on else State.DUE,
            level=level,
            due_on=open_due,
            until=until,
            completed_on=completed_on,
        )
    if expired:
        return Cell(State.EXPIRED, level=level, until=until, completed_on=completed_on)
    if not required:
        return Cell(State.NOT_REQUIRED, level=level, completed_on=completed_on)
    return Cell(State.MISSING, level=level)


def requirement_cell(person: User, requirement: Requirement, on: dt.date) -> Cell:
    return cells([person], [requirement], on)[(person.pk, requirement.pk)]


def competency_gaps(
    person: User, needs: Iterable[tuple[Competency, int]], on: dt.date
) -> list[str]:
    """What ``person`` lacks, in sentences, of competencies needed at levels on ``on``."""
    needs = list(needs)
    if not needs:
        return []
    latest = latest_competencies([person.pk], [c.pk for c, _ in needs])
    gaps: list[str] = []
    for competency, level in needs:
        record = latest.get((person.pk, competency.pk))
        if record is None:
            gaps.append(f"{competency.name}: no record (level {level} needed)")
        elif not record.is_current(on):
            gaps.append(
                f"{competency.name}: level {record.level} expired on "
                f"{format_day(record.expires_on)}"
            )
        elif record.level < level:
            gaps.append(f"{competency.name}: level {record.level}, level {level} needed")
    return gaps


def signing_gaps(person: User, on: dt.date) -> list[str]:
    """The training a person's access roles require before they sign, not current."""
    role_ids = list(person.roles.values_list("pk", flat=True))
    if not role_ids:
        return []
    requirements = list(
        Requirement.objects.filter(signing_roles__in=role_ids, is_active=True).distinct()
    )
    if not requirements:
        return []
    found = cells([person], requirements, on)
    return [
        f"{r.title} ({found[(person.pk, r.pk)].label.lower()})"
        for r in requirements
        if not found[(person.pk, r.pk)].is_qualified
    ]


def people_due(person_ids: Iterable[int], on: dt.date) -> dict[int, list[Assignment]]:
    """Open assignments per person, soonest due first (My work, reminders)."""
    by_person: dict[int, list[Assignment]] = defaultdict(list)
    for assignment in (
        Assignment.objects.filter(person_id__in=list(person_ids), status=Assignment.Status.OPEN)
        .select_related("requirement")
        .order_by("due_on", "pk")
    ):
        by_person[assignment.person_id].append(assignment)
    return by_person
