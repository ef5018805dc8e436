"""The skill matrix: people × requirements (or × competencies) on a day, for a site, a
department, a job role or a project team. One build serves the page, its XLSX export
and the API, so the three always agree; the cells come from
:func:`accord.training.status.cells` in a constant number of queries."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Q

from accord.accounts.models import Site, User
from accord.projects.models import Project
from accord.teams.models import Department
from accord.training.models import (
    Assignment,
    Competency,
    Curriculum,
    JobRole,
    Requirement,
    RoleHolding,
)
from accord.training.status import STATE_LABELS, Cell, State, cells, latest_competencies

REQUIREMENTS, COMPETENCIES = "requirements", "competencies"
VIEWS = ((REQUIREMENTS, "People × requirements"), (COMPETENCIES, "People × competencies"))

# The order of the legend, and each state's colours on the page and in the workbook.
LEGEND = (
    State.QUALIFIED,
    State.DUE,
    State.OVERDUE,
    State.EXPIRED,
    State.MISSING,
    State.NOT_REQUIRED,
)
FILLS = {
    State.QUALIFIED: ("D1FAE5", "065F46"),
    State.DUE: ("FEF3C7", "92400E"),
    State.OVERDUE: ("FEE2E2", "991B1B"),
    State.EXPIRED: ("FFE4E6", "9F1239"),
    State.MISSING: ("E2E8F0", "334155"),
    State.NOT_REQUIRED: ("FFFFFF", "94A3B8"),
}
SHORT_KINDS = {
    Requirement.Kind.DOCUMENT: "Read",
    Requirement.Kind.COURSE: "Course",
    Requirement.Kind.QUIZ: "Quiz",
    Requirement.Kind.COMPETENCY: "Competency",
}
GAPS = (State.DUE, State.OVERDUE, State.EXPIRED, State.MISSING)


@dataclass(frozen=True)
class Filters:
    site: Site | None = None
    department: str = ""
    job_role: JobRole | None = None
    project: Project | None = None
    curriculum: Curriculum | None = None
    kind: str = ""
    q: str = ""
    gaps_only: bool = False
    view: str = REQUIREMENTS

    @property
    def scope(self) -> str:
        """In words, whose matrix this is."""
        parts = []
        if self.project is not None:
            parts.append(f"project team {self.project.code}")
        if self.job_role is not None:
            parts.append(self.job_role.name)
        if self.department:
            parts.append(Department(self.department).label)
        if self.site is not None:
            parts.append(self.site.name)
        return ", ".join(parts) or "every site"


@dataclass(frozen=True)
class Column:
    pk: int
    code: str
    title: str
    kind: str  # requirement kind label, or "Competency"
    detail: str = ""


@dataclass
class Row:
    person: User
    roles: list[str]
    cells: list[Cell]
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def gaps(self) -> int:
        return sum(self.counts.get(state, 0) for state in GAPS)


@dataclass
class Matrix:
    on: dt.date
    filters: Filters
    columns: list[Column]
    rows: list[Row]
    totals: dict[str, int]

    @property
    def legend(self) -> list[tuple[str, str, str, str]]:
        return [(s, STATE_LABELS[s], *FILLS[s]) for s in LEGEND]


def _holdings(on: dt.date):
    return RoleHolding.objects.filter(assigned_on__lte=on).exclude(ended_on__lte=on)


def people_in_scope(filters: Filters, on: dt.date) -> list[User]:
    """Active CDMO staff in the matrix: holding a current job role that matches the
    site, department and job role filters, or on the project team."""
    people = User.objects.filter(is_active=True, organization__kind="cdmo")
    holdings = _holdings(on)
    held = False
    if filters.site is not None:
        holdings = holdings.filter(site=filters.site)
        held = True
    if filters.department:
        holdings = holdings.filter(job_role__department=filters.department)
        held = True
    if filters.job_role is not None:
        holdings = holdings.filter(job_role=filters.job_role)
        held = True
    if filters.project is not None:
        people = people.filter(memberships__project=filters.project)
        if held:
            people = people.filter(pk__in=holdings.values("person_id"))
    else:
        people = people.filter(pk__in=holdings.values("person_id"))
    if filters.q:
        for word in filters.q.split()[:5]:
            people = people.filter(
                Q(first_name__icontains=word)
                | Q(last_name__icontains=word)
                | Q(username__icontains=word)
                | Q(job_title__icontains=word)
            )
    return list(people.distinct().order_by("last_name", "first_name", "pk"))


def _roles_of(person_ids: list[int], on: dt.date) -> dict[int, list[str]]:
    roles: dict[int, list[str]] = defaultdict(list)
    for person_id, name, site in (
        _holdings(on)
        .filter(person_id__in=person_ids)
        .order_by("job_role__name")
        .values_list("person_id", "job_role__name", "site__code")
    ):
        roles[person_id].append(f"{name} ({site})")
    return roles


def _requirement_columns(filters: Filters, people: list[User], on: dt.date) -> list[Requirement]:
    requirements = Requirement.objects.filter(is_active=True).select_related(
        "document", "competency"
    )
    if filters.curriculum is not None:
        requirements = requirements.filter(curricula=filters.curriculum)
    elif filters.job_role is not None:
        requirements = requirements.filter(curricula__job_roles=filters.job_role)
    else:
        # What the people shown must know.
        required_ids = (
            _holdings(on)
            .filter(person_id__in=[p.pk for p in people])
            .values("job_role__curricula__requirements")
        )
        requirements = requirements.filter(pk__in=required_ids)
    if filters.kind in Requirement.Kind.values:
        requirements = requirements.filter(kind=filters.kind)
    return list(requirements.distinct().order_by("kind", "code"))


def _competency_cells(
    people: list[User], competencies: list[Competency], on: dt.date
) -> dict[tuple[int, int], Cell]:
    """Person × competency: the latest record that counts (R-TRN-4) against the level
    the person's job roles ask for (the highest), and any open training towards it."""
    person_ids = [p.pk for p in people]
    competency_ids = [c.pk for c in competencies]
    needed: dict[tuple[int, int], int] = {}
    for person_id, competency_id, level in (
        _holdings(on)
        .filter(
            person_id__in=person_ids,
            job_role__curricula__requirements__competency_id__in=competency_ids,
            job_role__curricula__requirements__is_active=True,
        )
        .values_list(
            "person_id",
            "job_role__curricula__requirements__competency_id",
            "job_role__curricula__requirements__min_level",
        )
    ):
        key = (person_id, competency_id)
        needed[key] = max(needed.get(key, 0), level)
    open_due: dict[tuple[int, int], dt.date] = {}
    for person_id, competency_id, due_on in Assignment.objects.filter(
        person_id__in=person_ids,
        requirement__competency_id__in=competency_ids,
        status=Assignment.Status.OPEN,
    ).values_list("person_id", "requirement__competency_id", "due_on"):
        key = (person_id, competency_id)
        open_due[key] = min(due_on, open_due.get(key, due_on))
    latest = latest_competencies(person_ids, competency_ids)
    result: dict[tuple[int, int], Cell] = {}
    for person in people:
        for competency in competencies:
            key = (person.pk, competency.pk)
            record = latest.get(key)
            level_needed = needed.get(key)
            current = record is not None and record.is_current(on)
            if current and record.level >= (level_needed or 1):
                result[key] = Cell(State.QUALIFIED, level=record.level, until=record.expires_on)
            elif key in open_due:
                due = open_due[key]
                state = State.OVERDUE if due < on else State.DUE
                result[key] = Cell(state, level=record.level if record else None, due_on=due)
            elif record is not None and not current:
                result[key] = Cell(State.EXPIRED, level=record.level, until=record.expires_on)
            elif level_needed:
                result[key] = Cell(State.MISSING, level=record.level if record else None)
            else:
                result[key] = Cell(State.NOT_REQUIRED)
    return result


def build(filters: Filters, on: dt.date) -> Matrix:
    people = people_in_scope(filters, on)
    if filters.view == COMPETENCIES:
        competencies = Competency.objects.all()
        if filters.department:
            competencies = competencies.filter(Q(department=filters.department) | Q(department=""))
        if filters.curriculum is not None:
            competencies = competencies.filter(requirements__curricula=filters.curriculum)
        elif filters.job_role is not None:
            competencies = competencies.filter(requirements__curricula__job_roles=filters.job_role)
        competencies = list(competencies.distinct().order_by("name"))
        found = _competency_cells(people, competencies, on)
        columns = [
            Column(
                c.pk,
                c.code,
                c.name,
                "Competency",
                f"valid {c.validity_months} months" if c.validity_months else "",
            )
            for c in competencies
        ]
    else:
        requirements = _requirement_columns(filters, people, on)
        found = cells(people, requirements, on)
        columns = [
            Column(
                r.pk,
                r.code,
                r.title,
                SHORT_KINDS[r.kind],
                r.what + (f" · every {r.validity_months} months" if r.validity_months else ""),
            )
            for r in requirements
        ]
    roles = _roles_of([p.pk for p in people], on)
    rows: list[Row] = []
    totals: dict[str, int] = dict.fromkeys(LEGEND, 0)
    for person in people:
        row_cells = [found[(person.pk, column.pk)] for column in columns]
        counts: dict[str, int] = defaultdict(int)
        for cell in row_cells:
            counts[cell.state] += 1
        row = Row(person, roles.get(person.pk, []), row_cells, dict(counts))
        if filters.gaps_only and not row.gaps:
            continue
        rows.append(row)
        for state, n in counts.items():
            totals[state] += n
    return Matrix(on=on, filters=filters, columns=columns, rows=rows, totals=totals)


def xlsx(matrix: Matrix):
    """The matrix as a workbook that looks like the page: the same rows and columns,
    each cell filled with its state's colour, the header and names frozen, a legend."""
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    from accord.core.dates import format_day
    from accord.core.exports import _xlsx_set, xlsx_workbook

    def put(row: int, column: int, value: object):
        cell = sheet.cell(row=row, column=column)
        _xlsx_set(cell, value)  # text stays text: a name never runs as a formula
        return cell

    book = xlsx_workbook()
    sheet = book.create_sheet("Skill matrix")
    thin = Side(style="thin", color="CBD5E1")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    heading = Font(bold=True, color="0F172A")
    put(1, 1, "Skill matrix")
    sheet["A1"].font = Font(bold=True, size=14, color="0F4C5C")
    put(2, 1, f"{matrix.filters.scope} · on {format_day(matrix.on)}")
    sheet["A2"].font = Font(color="475569")
    header_row = 4
    put(header_row, 1, "Person").font = heading
    put(header_row, 2, "Job roles").font = heading
    for index, column in enumerate(matrix.columns, start=3):
        cell = put(header_row, index, f"{column.code}\n{column.title}")
        cell.font = heading
        cell.alignment = Alignment(wrap_text=True, vertical="bottom", text_rotation=0)
        cell.border = border
        sheet.column_dimensions[get_column_letter(index)].width = 18
    sheet.row_dimensions[header_row].height = 60
    sheet.column_dimensions["A"].width = 26
    sheet.column_dimensions["B"].width = 30
    for offset, row in enumerate(matrix.rows, start=1):
        r = header_row + offset
        put(r, 1, row.person.printed_name).font = Font(bold=True)
        put(r, 2, "; ".join(row.roles))
        for index, state_cell in enumerate(row.cells, start=3):
            text = state_cell.label + (f"\n{state_cell.detail}" if state_cell.detail else "")
            cell = put(r, index, text)
            fill, ink = FILLS[state_cell.state]
            cell.fill = PatternFill("solid", start_color=fill, end_color=fill)
            cell.font = Font(color=ink, bold=state_cell.state == State.OVERDUE)
            cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
            cell.border = border
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=3)
    legend = book.create_sheet("Legend")
    legend.append(["State", "Meaning"])
    meanings = {
        State.QUALIFIED: "Completed and current (for a competency: the level held)",
        State.DUE: "Assigned, not yet completed, not yet late",
        State.OVERDUE: "Assigned and past its due date",
        State.EXPIRED: "Was qualified; the qualification has lapsed",
        State.MISSING: "Required by a job role, never completed",
        State.NOT_REQUIRED: "Not required by the person's job roles",
    }
    for state in LEGEND:
        legend.append([STATE_LABELS[state], meanings[state]])
        fill, ink = FILLS[state]
        cell = legend.cell(row=legend.max_row, column=1)
        cell.fill = PatternFill("solid", start_color=fill, end_color=fill)
        cell.font = Font(color=ink)
    legend.column_dimensions["A"].width = 18
    legend.column_dimensions["B"].width = 60
    return book
