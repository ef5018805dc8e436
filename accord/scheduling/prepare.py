"""Shared set-up of the CPM, PERT and Monte Carlo computations.

Converts a :class:`Network` into the sorted arrays of :mod:`~accord.scheduling.graph`
and the constraint and progress bounds of :mod:`~accord.scheduling.passes`, all in
working-day boundaries counted from the first working day on or after the project start
(boundary 0). A finish date D (the last day worked) is boundary ``index(D) + 1``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from accord.scheduling import kernel
from accord.scheduling.calendar import CalendarSet, WorkdayIndex
from accord.scheduling.errors import CycleError, InvalidNetworkError
from accord.scheduling.graph import Flat, Levels, flatten, levels
from accord.scheduling.model import Activity, ConstraintType, Network
from accord.scheduling.passes import Bounds, Plan

# Activity fields that make an activity more than a duration (constraints, progress,
# leveling, as late as possible).
_SPECIAL = ("constraint", "actual_start", "actual_finish", "level_start", "alap")


@dataclass
class Prepared:
    network: Network
    flat: Flat
    lv: Levels
    index: WorkdayIndex
    bounds: Bounds
    plan: Plan
    dur: np.ndarray  # per position: planned duration, or remaining work of started ones
    activity_of_pos: np.ndarray  # activity index of each position
    data_boundary: int | None
    calendars: CalendarSet | None = None  # set when some activity has its own calendar
    alap: list[int] = ()  # positions of as-late-as-possible activities

    def dates(self, values: np.ndarray) -> np.ndarray:
        """Dates of per-position working-day indices, each on its activity's calendar."""
        if self.calendars is None:
            return self.index.dates(values)
        out = np.empty(values.shape, dtype="datetime64[D]")
        cal = self.calendars.cal
        for c in np.unique(cal).tolist():
            sel = cal == c
            out[sel] = self.calendars.indexes[c].dates(values[sel])
        return out

    def index_of(self, p: int) -> WorkdayIndex:
        """The working-day index of the activity at position ``p``."""
        if self.calendars is None:
            return self.index
        return self.calendars.indexes[int(self.calendars.cal[p])]

    @property
    def activities_by_pos(self) -> list[Activity]:
        acts = self.flat.activities
        return [acts[i] for i in self.activity_of_pos.tolist()]


def prepare(network: Network, honor_constraints: bool = True) -> Prepared:
    """Validate the network and build everything a pass needs."""
    flat = flatten(network)
    try:
        lv = levels(
            flat.leaf.size,
            flat.pred,
            flat.succ,
            flat.type,
            flat.lag,
            labels=lambda node: flat.ids[int(flat.leaf[node])],
            names=lambda node: flat.activities[int(flat.leaf[node])].name,
        )
    except CycleError as exc:
        raise _through_summaries(network, flat, exc) from None
    index = WorkdayIndex(network.calendar, network.project_start)
    activity_of_pos = flat.leaf[lv.order]
    dur = flat.duration[lv.order].copy()
    start_min = np.zeros(lv.n, dtype=np.int64)
    bounds = Bounds(start_min=start_min, honor=honor_constraints)
    acts = flat.activities
    calendars = _calendars(network, acts, activity_of_pos)
    indexes = [index] if calendars is None else calendars.indexes
    data_boundaries: list[int | None] = [None] * len(indexes)
    data_boundary = None
    if network.data_date is not None:
        data_boundaries = [max(0, ix.first_on_or_after(network.data_date)) for ix in indexes]
        data_boundary = data_boundaries[0]
        if calendars is None:
            start_min[:] = data_boundary
        else:
            start_min[:] = np.asarray(data_boundaries)[calendars.cal]
        bounds.data_floor = start_min.copy()
    special = kernel.flagged(acts, _SPECIAL)  # None: the compiled loops are off
    if special is None:
        special = set()
        for values in (
            [a.constraint for a in acts],
            [a.actual_start for a in acts],
            [a.actual_finish for a in acts],
            [a.level_start for a in acts],
            [a.alap or None for a in acts],
        ):
            if values.count(None) != len(values):
                special.update(i for i, v in enumerate(values) if v is not None)
    pos_of_activity = np.full(len(acts), -1)
    pos_of_activity[activity_of_pos] = np.arange(lv.n)
    alap = []
    for i in sorted(special):
        p = int(pos_of_activity[i])
        if p < 0:
            continue  # a summary: flatten() has reported it
        a = acts[i]
        c = 0 if calendars is None else int(calendars.cal[p])
        ix = indexes[c]
        if a.constraint is not None:
            _constrain(a, p, ix, bounds)
        if a.level_start is not None:
            bounds.start_min[p] = max(bounds.start_min[p], ix.first_on_or_after(a.level_start))
        if a.actual_start is not None or a.actual_finish is not None:
            dur[p] = _progress(a, p, ix, bounds, data_boundaries[c], int(dur[p]))
        if a.alap:
            alap.append(p)
    return Prepared(
        network,
        flat,
        lv,
        index,
        bounds,
        Plan(lv, bounds, calendars),
        dur,
        activity_of_pos,
        data_boundary,
        calendars,
        alap,
    )


def _through_summaries(network: Network, flat: Flat, exc: CycleError) -> CycleError:
    """Name the network's own links behind a loop that runs through summaries.

    Links to and from a summary are applied to its activities, so the loop found among
    the activities may use a link the planner never drew between them; the message then
    says which summary link it comes from (a link from a summary to its own activity
    is a loop on its own)."""
    if flat.origin is None:
        return exc
    ids = exc.activities
    node = {aid: i for i, aid in enumerate(flat.ids)}
    leaf_of = {int(a): k for k, a in enumerate(flat.leaf.tolist())}
    notes = []
    for a, b in zip(ids, [*ids[1:], ids[0]], strict=True):
        pa, pb = leaf_of[node[a]], leaf_of[node[b]]
        hits = np.flatnonzero((flat.pred == pa) & (flat.succ == pb))
        for k in hits.tolist():
            link = network.links[int(flat.origin[k])]
            if (link.predecessor, link.successor) != (a, b):
                inside = _is_within(flat, link.predecessor, link.successor)
                why = " (a summary linked to its own activity)" if inside else ""
                notes.append(f"{a} -> {b} is the link {link.predecessor} -> {link.successor}{why}")
                break
    if not notes:
        return exc
    out = CycleError(ids, [flat.activities[node[a]].name for a in ids])
    out.args = (f"{exc}; through summaries: " + "; ".join(notes),)
    return out


def _is_within(flat: Flat, first: str, second: str) -> bool:
    """True when one of the two activities is a summary containing the other."""
    if flat.parent is None:
        return False
    index = {aid: i for i, aid in enumerate(flat.ids)}
    for top, low in ((first, second), (second, first)):
        node = flat.parent[index[low]]
        while node != -1:
            if flat.ids[node] == top:
                return True
            node = flat.parent[node]
    return False


def _calendars(network: Network, acts: list[Activity], activity_of_pos) -> CalendarSet | None:
    """The calendars of a network whose activities have their own, or None (the fast
    path) when every activity works on the network's calendar."""
    own = [a.calendar for a in acts]
    if own.count(None) == len(own):
        return None
    calendars = [network.calendar]
    number: dict = {network.calendar: 0}
    cal_of_activity = np.zeros(len(acts), dtype=np.int64)
    for i, c in enumerate(own):
        if c is None:
            continue
        if c not in number:
            number[c] = len(calendars)
            calendars.append(c)
        cal_of_activity[i] = number[c]
    if len(calendars) == 1:
        return None
    out = CalendarSet(calendars, network.project_start, cal_of_activity[activity_of_pos])
    first = acts[int(np.flatnonzero(cal_of_activity)[0])]
    label = f"{first.id} ({first.name})" if first.name and first.name != first.id else first.id
    out.example = f"activity {label} works on {first.calendar.name!r}"
    return out


def _constrain(a: Activity, p: int, index: WorkdayIndex, b: Bounds) -> None:
    c = a.constraint
    start = index.first_on_or_after(c.date)  # a start date on a holiday means the next day
    finish = index.last_on_or_before(c.date) + 1  # a finish date: end of the day
    if c.type is ConstraintType.SNET:
        b.start_min[p] = max(b.start_min[p], start)
    elif c.type is ConstraintType.FNET:
        b.finish_min[p] = finish
    elif c.type is ConstraintType.SNLT:
        b.start_max[p] = index.last_on_or_before(c.date)
    elif c.type is ConstraintType.FNLT:
        b.finish_max[p] = finish
    elif c.type is ConstraintType.MSO:
        if b.honor:  # held to its date, but remaining work never before the data date
            b.fixed_start[p] = start if b.data_floor is None else max(start, b.data_floor[p])
        else:  # the logic may push it later; the conflict shows as negative float
            b.start_min[p] = max(b.start_min[p], start)
        b.start_max[p] = start
    elif c.type is ConstraintType.MFO:
        if b.honor:
            floor = 0 if b.data_floor is None else int(b.data_floor[p])
            b.fixed_finish[p] = max(finish, floor + int(a.duration))
        else:
            b.finish_min[p] = finish
        b.finish_max[p] = finish
    else:  # pragma: no cover - the enum is closed
        raise InvalidNetworkError(f"activity {a.id}: unknown constraint {c.type!r}")


def _progress(
    a: Activity, p: int, index: WorkdayIndex, b: Bounds, data_boundary: int | None, duration: int
) -> int:
    """Fix the dates of started work; return the duration the passes should use."""
    if data_boundary is None:
        raise InvalidNetworkError(
            f"activity {a.id} has actual dates but the network has no data date"
        )
    if a.actual_start is None:
        raise InvalidNetworkError(f"activity {a.id} has an actual finish but no actual start")
    start = index.first_on_or_after(a.actual_start)
    if start >= data_boundary:
        raise InvalidNetworkError(
            f"activity {a.id}: actual start {a.actual_start.isoformat()} is not before "
            "the data date"
        )
    if duration == 0 and a.actual_finish is None:
        finish = index.last_on_or_before(a.actual_start) + 1  # a milestone is done or not
        b.fixed_start[p] = b.fixed_finish[p] = finish
        b.started.add(p)
        b.finished.add(p)
        return 0
    if a.actual_finish is not None:
        if a.actual_finish < a.actual_start:
            raise InvalidNetworkError(f"activity {a.id} finishes before it starts")
        finish = index.last_on_or_before(a.actual_finish) + 1
        if finish > data_boundary:
            raise InvalidNetworkError(
                f"activity {a.id}: actual finish {a.actual_finish.isoformat()} is not "
                "before the data date"
            )
        if duration == 0:
            start = finish
        b.fixed_start[p] = start
        b.fixed_finish[p] = finish
        b.started.add(p)
        b.finished.add(p)
        return finish - start
    if a.remaining_duration is not None:
        if a.remaining_duration < 0:
            raise InvalidNetworkError(f"activity {a.id}: remaining duration is negative")
        remaining = int(a.remaining_duration)
    else:
        remaining = max(duration - (data_boundary - start), 1)
    b.fixed_start[p] = start
    b.started.add(p)
    b.in_progress.add(p)  # its finish follows the logic: see Bounds (retained logic)
    return remaining
