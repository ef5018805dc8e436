"""The QA dashboard's figures: pure functions over querysets the caller has already
filtered for the reader (``deviations_visible_to``, ``capas_visible_to``,
``batches_visible_to``) and for the chosen site and sponsor. Each block reads its rows in
one query (``values()``, never a query per record); the page, the management review
workbook and its PDF all print the same :class:`Figures`.

* Open records: deviations and CAPA not closed or cancelled, by class, ageing bucket,
  area, sponsor and owner; overdue when today is past their due date.
* Trends: deviations discovered per month over the twelve months to the period's end,
  by root cause category (the investigation's, from ``CAUSES``) and by area; a Pareto of
  the root causes in the period.
* Right-first-time: the share of batches made in the period that no deviation concerns
  (a cancelled deviation does not count: it was raised in error).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone

from accord.quality.models import CAUSES, Batch, Capa, Deviation, DeviationClass, cause_label
from accord.quality.models.capa import CapaState, EffectivenessCheck
from accord.quality.models.deviations import DeviationState

# (label, first day, last day or None): the age of an open record in calendar days.
AGE_BUCKETS: tuple[tuple[str, int, int | None], ...] = (
    ("0–30 days", 0, 30),
    ("31–60 days", 31, 60),
    ("61–90 days", 61, 90),
    ("More than 90 days", 91, None),
)
NOT_DETERMINED = "Not determined"
NO_CLASS = "No deviation (CAPA on its own)"
TREND_MONTHS = 12
FINISHED_DEVIATION = (DeviationState.CLOSED, DeviationState.CANCELLED)
OPEN_CAPA = (CapaState.OPEN, CapaState.IMPLEMENTED)


def age_bucket(days: int) -> str:
    for label, first, last in AGE_BUCKETS:
        if days >= first and (last is None or days <= last):
            return label
    return AGE_BUCKETS[0][0]  # a record dated in the future counts as new


@dataclass(frozen=True)
class OpenRecord:
    kind: str  # "Deviation" or "CAPA"
    pk: int
    number: str
    title: str
    class_label: str
    area: str
    sponsor: str
    owner: str
    opened: dt.date
    due_date: dt.date
    age_days: int
    overdue_days: int

    @property
    def bucket(self) -> str:
        return age_bucket(self.age_days)

    @property
    def overdue(self) -> bool:
        return self.overdue_days > 0


@dataclass(frozen=True)
class Tally:
    """One row of a breakdown: open deviations and open CAPA under one label."""

    label: str
    deviations: int
    capas: int
    overdue: int

    @property
    def total(self) -> int:
        return self.deviations + self.capas


def _local_date(value: dt.datetime) -> dt.date:
    return timezone.localdate(value) if timezone.is_aware(value) else value.date()


def open_records(
    deviations: QuerySet[Deviation], capas: QuerySet[Capa], today: dt.date
) -> list[OpenRecord]:
    """Every open deviation and CAPA, oldest first: two queries."""
    class_labels = dict(DeviationClass.choices)
    records = []
    for row in (
        deviations.exclude(state__in=FINISHED_DEVIATION)
        .order_by()
        .values(
            "pk",
            "number",
            "title",
            "classification",
            "area",
            "sponsor__name",
            "owner__first_name",
            "owner__last_name",
            "discovered_at",
            "due_date",
        )
    ):
        opened = _local_date(row["discovered_at"])
        records.append(
            OpenRecord(
                kind="Deviation",
                pk=row["pk"],
                number=row["number"],
                title=row["title"],
                class_label=class_labels.get(row["classification"], row["classification"]),
                area=row["area"] or "—",
                sponsor=row["sponsor__name"] or "No sponsor",
                owner=f"{row['owner__first_name']} {row['owner__last_name']}".strip(),
                opened=opened,
                due_date=row["due_date"],
                age_days=(today - opened).days,
                overdue_days=max((today - row["due_date"]).days, 0),
            )
        )
    for row in (
        capas.filter(state__in=OPEN_CAPA)
        .order_by()
        .values(
            "pk",
            "number",
            "title",
            "deviation__classification",
            "deviation__area",
            "sponsor__name",
            "owner__first_name",
            "owner__last_name",
            "created_at",
            "due_date",
        )
    ):
        opened = _local_date(row["created_at"])
        klass = row["deviation__classification"]
        records.append(
            OpenRecord(
                kind="CAPA",
                pk=row["pk"],
                number=row["number"],
                title=row["title"],
                class_label=class_labels.get(klass, NO_CLASS) if klass else NO_CLASS,
                area=row["deviation__area"] or "—",
                sponsor=row["sponsor__name"] or "No sponsor",
                owner=f"{row['owner__first_name']} {row['owner__last_name']}".strip(),
                opened=opened,
                due_date=row["due_date"],
                age_days=(today - opened).days,
                overdue_days=max((today - row["due_date"]).days, 0),
            )
        )
    return sorted(records, key=lambda r: (r.opened, r.number))


def tally(records: Iterable[OpenRecord], key: str, order: Iterable[str] = ()) -> list[Tally]:
    """Open records counted under ``getattr(record, key)``: the labels of ``order``
    first (even when zero), then the others by count, largest first."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for record in records:
        label = getattr(record, key)
        counts[label][record.kind] += 1
        counts[label]["overdue"] += record.overdue
    fixed = list(order)
    rest = sorted(
        (label for label in counts if label not in fixed),
        key=lambda label: (-sum(counts[label][k] for k in ("Deviation", "CAPA")), label),
    )
    return [
        Tally(
            label,
            counts[label]["Deviation"],
            counts[label]["CAPA"],
            counts[label]["overdue"],
        )
        for label in [*fixed, *rest]
    ]


# --------------------------------------------------------------------------- trends


def months_to(end: dt.date, count: int = TREND_MONTHS) -> list[dt.date]:
    """The first days of the ``count`` calendar months ending with ``end``'s month."""
    first = end.replace(day=1)
    months = []
    for _ in range(count):
        months.append(first)
        first = (first - dt.timedelta(days=1)).replace(day=1)
    return months[::-1]


def _category(code: str) -> str:
    category = code.partition(".")[0] if code else ""
    return CAUSES[category][0] if category in CAUSES else NOT_DETERMINED


@dataclass(frozen=True)
class Series:
    label: str
    counts: list[int]

    @property
    def total(self) -> int:
        return sum(self.counts)


@dataclass(frozen=True)
class Trend:
    months: list[dt.date]
    by_cause: list[Series]
    by_area: list[Series]

    @property
    def month_labels(self) -> list[str]:
        return [m.strftime("%b %Y") for m in self.months]


def trend(deviations: QuerySet[Deviation], end: dt.date) -> Trend:
    """Deviations discovered per month over the twelve months to ``end``, by cause
    category (the investigation's root cause, else the assessment's probable cause) and by
    area (cancelled ones left out): one query."""
    months = months_to(end)
    index = {m: i for i, m in enumerate(months)}
    causes: dict[str, list[int]] = {label: [0] * len(months) for label, _ in CAUSES.values()} | {
        NOT_DETERMINED: [0] * len(months)
    }
    areas: dict[str, list[int]] = defaultdict(lambda: [0] * len(months))
    rows = (
        deviations.exclude(state=DeviationState.CANCELLED)
        .filter(discovered_at__date__gte=months[0], discovered_at__date__lte=end)
        .order_by()
        .values_list(
            "discovered_at", "area", "investigation__root_cause_category", "cause_category"
        )
    )
    for discovered_at, area, root_cause, probable in rows:
        cause = root_cause or probable
        month = _local_date(discovered_at).replace(day=1)
        if month not in index:
            continue
        causes[_category(cause or "")][index[month]] += 1
        areas[area or "—"][index[month]] += 1
    by_cause = [Series(label, counts) for label, counts in causes.items() if sum(counts)]
    by_area = sorted(
        (Series(label, counts) for label, counts in areas.items()),
        key=lambda s: (-s.total, s.label),
    )
    return Trend(months, by_cause, by_area)


@dataclass(frozen=True)
class ParetoRow:
    label: str
    count: int
    share: float
    cumulative: float


def pareto(deviations: QuerySet[Deviation], start: dt.date, end: dt.date) -> list[ParetoRow]:
    """The root causes of the deviations discovered in the period, most frequent first,
    with each one's share and the running share (one query)."""
    codes = Counter(
        root_cause or probable or ""
        for root_cause, probable in deviations.exclude(state=DeviationState.CANCELLED)
        .filter(discovered_at__date__gte=start, discovered_at__date__lte=end)
        .order_by()
        .values_list("investigation__root_cause_category", "cause_category")
    )
    total = sum(codes.values())
    rows, running = [], 0
    for code, count in sorted(codes.items(), key=lambda item: (-item[1], item[0])):
        running += count
        rows.append(
            ParetoRow(
                cause_label(code) if code else NOT_DETERMINED,
                count,
                round(100 * count / total, 1),
                round(100 * running / total, 1),
            )
        )
    return rows


# --------------------------------------------------------------------------- right first time


@dataclass(frozen=True)
class RightFirstTime:
    """Batches made in a period and those that no deviation concerns."""

    label: str
    batches: int
    without_deviation: int
    project_id: int | None = None

    @property
    def with_deviation(self) -> int:
        return self.batches - self.without_deviation

    @property
    def share(self) -> float | None:
        """Right-first-time in percent (None when no batch was made)."""
        return round(100 * self.without_deviation / self.batches, 1) if self.batches else None


@dataclass(frozen=True)
class RightFirstTimeReport:
    overall: RightFirstTime
    projects: list[RightFirstTime] = field(default_factory=list)


def right_first_time(
    batches: QuerySet[Batch],
    deviations: QuerySet[Deviation],
    start: dt.date,
    end: dt.date,
) -> RightFirstTimeReport:
    """Right-first-time of the batches manufactured from ``start`` to ``end``, per project
    and overall: a batch counts when none of ``deviations`` (the ones the reader may
    see; cancelled ones left out) concerns it. One query."""
    concerned = deviations.exclude(state=DeviationState.CANCELLED).filter(batches=OuterRef("pk"))
    rows = (
        batches.filter(manufactured_on__gte=start, manufactured_on__lte=end)
        .annotate(deviated=Exists(concerned))
        .order_by()
        .values_list("project_id", "project__code", "project__title", "deviated")
    )
    made: Counter = Counter()
    clean: Counter = Counter()
    names: dict[int, str] = {}
    for project_id, code, title, deviated in rows:
        names[project_id] = f"{code} {title}"
        made[project_id] += 1
        clean[project_id] += not deviated
    projects = sorted(
        (RightFirstTime(names[pk], made[pk], clean[pk], pk) for pk in made),
        key=lambda r: r.label,
    )
    overall = RightFirstTime("All projects", sum(made.values()), sum(clean.values()))
    return RightFirstTimeReport(overall, projects)


# --------------------------------------------------------------------------- the period


@dataclass(frozen=True)
class PeriodCounts:
    """What happened in the period: deviations opened and closed by class, closed on
    time, sponsors told on time, CAPA opened and closed, effectiveness verdicts."""

    opened_by_class: dict[str, int]
    closed: int
    closed_on_time: int
    notified: int
    notified_on_time: int
    capas_opened: int
    capas_closed: int
    verdicts: dict[str, int]

    @property
    def opened(self) -> int:
        return sum(self.opened_by_class.values())

    @property
    def closed_on_time_share(self) -> float | None:
        return round(100 * self.closed_on_time / self.closed, 1) if self.closed else None

    @property
    def notified_on_time_share(self) -> float | None:
        return round(100 * self.notified_on_time / self.notified, 1) if self.notified else None


def period_counts(
    deviations: QuerySet[Deviation],
    capas: QuerySet[Capa],
    checks: QuerySet[EffectivenessCheck],
    start: dt.date,
    end: dt.date,
) -> PeriodCounts:
    opened: Counter = Counter()
    closed = closed_on_time = notified = notified_on_time = 0
    # Only the rows that touch the period (a day either side, whatever the time zone).
    first, last = start - dt.timedelta(days=1), end + dt.timedelta(days=1)
    touching = (
        Q(discovered_at__date__range=(first, last))
        | Q(closed_at__date__range=(first, last))
        | Q(notified_at__date__range=(first, last))
    )
    rows = (
        deviations.filter(touching)
        .order_by()
        .values_list(
            "discovered_at",
            "classification",
            "state",
            "closed_at",
            "due_date",
            "notify_by",
            "notified_at",
        )
    )
    for discovered_at, klass, state, closed_at, due, notify_by, notified_at in rows:
        if start <= _local_date(discovered_at) <= end and state != DeviationState.CANCELLED:
            opened[klass] += 1
        if closed_at and state == DeviationState.CLOSED and start <= _local_date(closed_at) <= end:
            closed += 1
            closed_on_time += _local_date(closed_at) <= due
        if notified_at and start <= _local_date(notified_at) <= end:
            notified += 1
            notified_on_time += notify_by is None or notified_at <= notify_by
    capa_opened = capa_closed = 0
    capa_rows = capas.filter(
        Q(created_at__date__range=(first, last)) | Q(closed_at__date__range=(first, last))
    )
    for created_at, closed_at in capa_rows.order_by().values_list("created_at", "closed_at"):
        capa_opened += start <= _local_date(created_at) <= end
        capa_closed += bool(closed_at) and start <= _local_date(closed_at) <= end
    verdicts = Counter(
        verdict
        for verdict, checked_at in checks.exclude(verdict="")
        .filter(checked_at__date__range=(first, last))
        .order_by()
        .values_list("verdict", "checked_at")
        if checked_at and start <= _local_date(checked_at) <= end
    )
    class_labels = dict(DeviationClass.choices)
    verdict_labels = dict(EffectivenessCheck.Verdict.choices)
    return PeriodCounts(
        opened_by_class={
            class_labels[c]: opened[c]
            for c in (DeviationClass.CRITICAL, DeviationClass.MAJOR, DeviationClass.MINOR)
        },
        closed=closed,
        closed_on_time=closed_on_time,
        notified=notified,
        notified_on_time=notified_on_time,
        capas_opened=capa_opened,
        capas_closed=capa_closed,
        verdicts={verdict_labels[v]: verdicts[v] for v in EffectivenessCheck.Verdict.values},
    )


# --------------------------------------------------------------------------- everything


@dataclass(frozen=True)
class Figures:
    start: dt.date
    end: dt.date
    today: dt.date
    open: list[OpenRecord]
    by_class: list[Tally]
    by_age: list[Tally]
    by_area: list[Tally]
    by_sponsor: list[Tally]
    by_owner: list[Tally]
    trend: Trend
    pareto: list[ParetoRow]
    right_first_time: RightFirstTimeReport
    period: PeriodCounts

    @property
    def overdue(self) -> list[OpenRecord]:
        return sorted(
            (r for r in self.open if r.overdue), key=lambda r: (-r.overdue_days, r.number)
        )

    @property
    def open_deviations(self) -> int:
        return sum(r.kind == "Deviation" for r in self.open)

    @property
    def open_capas(self) -> int:
        return sum(r.kind == "CAPA" for r in self.open)

    def chart(self) -> dict:
        """What the charts draw (the tables under them carry the same numbers)."""
        return {
            "months": self.trend.month_labels,
            "causes": [{"label": s.label, "counts": s.counts} for s in self.trend.by_cause],
            "areas": [{"label": s.label, "counts": s.counts} for s in self.trend.by_area[:8]],
            "pareto": {
                "labels": [r.label for r in self.pareto],
                "counts": [r.count for r in self.pareto],
                "cumulative": [r.cumulative for r in self.pareto],
            },
            "ageing": {
                "labels": [t.label for t in self.by_age],
                "deviations": [t.deviations for t in self.by_age],
                "capas": [t.capas for t in self.by_age],
            },
        }


def figures(
    *,
    deviations: QuerySet[Deviation],
    capas: QuerySet[Capa],
    checks: QuerySet[EffectivenessCheck],
    batches: QuerySet[Batch],
    start: dt.date,
    end: dt.date,
    today: dt.date,
) -> Figures:
    records = open_records(deviations, capas, today)
    classes = [
        DeviationClass.CRITICAL.label,
        DeviationClass.MAJOR.label,
        DeviationClass.MINOR.label,
    ]
    return Figures(
        start=start,
        end=end,
        today=today,
        open=records,
        by_class=tally(records, "class_label", classes),
        by_age=tally(records, "bucket", [label for label, _, _ in AGE_BUCKETS]),
        by_area=tally(records, "area"),
        by_sponsor=tally(records, "sponsor"),
        by_owner=tally(records, "owner"),
        trend=trend(deviations, end),
        pareto=pareto(deviations, start, end),
        right_first_time=right_first_time(batches, deviations, start, end),
        period=period_counts(deviations, capas, checks, start, end),
    )


# --------------------------------------------------------------------------- change control


@dataclass(frozen=True)
class ChangeStage:
    """Open change controls in one state, and the oldest of them."""

    label: str
    count: int
    oldest_days: int


def open_changes(changes: QuerySet, today: dt.date) -> list[ChangeStage]:
    """Open change controls per state, in the workflow's order (one query): where
    changes wait, and how long the oldest has been raised."""
    from accord.quality.models.changes import OPEN_CHANGE_STATES, ChangeState

    raised: dict[str, list[int]] = defaultdict(list)
    for state, raised_at in (
        changes.filter(state__in=OPEN_CHANGE_STATES).order_by().values_list("state", "raised_at")
    ):
        raised[state].append((today - _local_date(raised_at)).days)
    return [
        ChangeStage(ChangeState(state).label, len(raised[state]), max(raised[state]))
        for state in OPEN_CHANGE_STATES
        if raised[state]
    ]
