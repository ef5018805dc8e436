"""The variables a scorecard's formulas are written in, and the one registry of them.

A *variable* is a figure Accord computes from its own records for a *scope* (the company,
a sponsor, a project, a site, a department or a person) and a *period* (a month, a
quarter or a year): on-time milestones, delay days per project, CSAT, training on time,
technologies adopted ... Each domain app computes its own figures, through its own
selectors, and registers them here from its ``AppConfig.ready``; the scorecards app reads
them only through :func:`measure`, so it never reaches into another app's tables.

A computation answers a :class:`Measure`: the value (``None`` when there is nothing to
measure in that scope and period, which a scorecard shows as "not measured", never as
zero) and the records that made it, for the drill-down from a score to its evidence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from accord.core.dates import add_months

PERFORM = "perform"
TRANSFORM = "transform"
HALVES = {PERFORM: "Perform", TRANSFORM: "Transform"}

COMPANY = "company"
SPONSOR = "sponsor"
PROJECT = "project"
SITE = "site"
DEPARTMENT = "department"
PERSON = "person"
SCOPE_KINDS = {
    COMPANY: "Company",
    SPONSOR: "Sponsor",
    PROJECT: "Project",
    SITE: "Site",
    DEPARTMENT: "Department",
    PERSON: "Person",
}

MONTH = "month"
QUARTER = "quarter"
YEAR = "year"
PERIOD_KINDS = {MONTH: "Month", QUARTER: "Quarter", YEAR: "Year"}
_MONTHS = {MONTH: 1, QUARTER: 3, YEAR: 12}


@dataclass(frozen=True)
class Period:
    """A calendar month, quarter or year: ``start`` to ``end``, both days included."""

    kind: str
    start: dt.date

    def __post_init__(self) -> None:
        if self.kind not in PERIOD_KINDS:
            raise ValueError(f"Unknown period kind {self.kind!r}.")
        if self.start.day != 1 or (self.start.month - 1) % _MONTHS[self.kind]:
            raise ValueError(f"{self.start} does not begin a {self.kind}.")

    @classmethod
    def containing(cls, kind: str, day: dt.date) -> Period:
        months = _MONTHS[kind]
        month = (day.month - 1) // months * months + 1
        return cls(kind, dt.date(day.year, month, 1))

    @property
    def end(self) -> dt.date:
        return add_months(self.start, _MONTHS[self.kind]) - dt.timedelta(days=1)

    def previous(self) -> Period:
        return Period(self.kind, add_months(self.start, -_MONTHS[self.kind]))

    def next(self) -> Period:
        return Period(self.kind, add_months(self.start, _MONTHS[self.kind]))

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    @property
    def label(self) -> str:
        if self.kind == YEAR:
            return str(self.start.year)
        if self.kind == QUARTER:
            return f"Q{(self.start.month - 1) // 3 + 1} {self.start.year}"
        return self.start.strftime("%B %Y")

    def __str__(self) -> str:
        return self.label


@dataclass(frozen=True)
class Scope:
    """What a scorecard scores. ``key`` is the sponsor's, project's, site's or person's
    primary key, the department's code, or ``None`` for the company."""

    kind: str
    key: int | str | None = None
    label: str = "The company"

    def __post_init__(self) -> None:
        if self.kind not in SCOPE_KINDS:
            raise ValueError(f"Unknown scope kind {self.kind!r}.")
        if (self.kind == COMPANY) != (self.key is None):
            raise ValueError("Only the company scope has no key.")


@dataclass(frozen=True)
class Evidence:
    """One record behind a figure: what a person reads, and where to open it."""

    label: str
    url: str = ""
    detail: str = ""


@dataclass
class Measure:
    value: float | None
    evidence: list[Evidence] = field(default_factory=list)
    note: str = ""  # how the value was reached, e.g. "14 of 16 milestones on time"


@dataclass(frozen=True)
class Variable:
    """``name`` is what formulas use (a Python identifier); ``compute(scope, period)``
    answers a :class:`Measure` and must read only records dated in the period."""

    name: str
    label: str
    half: str
    unit: str  # "%", "days", "count", "score" ...
    compute: Callable[[Scope, Period], Measure]
    higher_is_better: bool = True
    help: str = ""
    scopes: frozenset[str] = frozenset(SCOPE_KINDS)

    def __post_init__(self) -> None:
        if not self.name.isidentifier():
            raise ValueError(f"{self.name!r} is not a variable name.")
        if self.half not in HALVES:
            raise ValueError(f"Unknown half {self.half!r}.")


_REGISTRY: dict[str, Variable] = {}


def register(*variables: Variable) -> None:
    for variable in variables:
        known = _REGISTRY.get(variable.name)
        if known is not None and known.compute is not variable.compute:
            raise ValueError(f"Two variables are named {variable.name!r}.")
        _REGISTRY[variable.name] = variable


def variables() -> list[Variable]:
    """Every registered variable, perform first, then by label."""
    return sorted(_REGISTRY.values(), key=lambda v: (v.half != PERFORM, v.label))


def variable(name: str) -> Variable:
    try:
        return _REGISTRY[name]
    except KeyError:
        raise KeyError(f"No variable is named {name!r}.") from None


def measure(name: str, scope: Scope, period: Period) -> Measure:
    """The figure of one variable; ``None`` outside the scopes it applies to."""
    found = variable(name)
    if scope.kind not in found.scopes:
        return Measure(None, note=f"Not measured per {SCOPE_KINDS[scope.kind].lower()}.")
    return found.compute(scope, period)
