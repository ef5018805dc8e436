"""Critical path method: :func:`schedule` and its :class:`Schedule`.

Date conventions (the same as MS Project's, at day granularity):

* ``early_start``/``late_start`` is the first working day of work;
  ``early_finish``/``late_finish`` the last working day of work, inclusive. A 1-day
  activity starts and finishes on the same date.
* FS with lag 0: the successor starts on the next working day after the predecessor's
  finish. Lags count working days of the network's calendar; a negative lag is a lead.
* A milestone is an instant between two working days. It is shown on the day before
  the instant when a finish drives it (it is reached as its predecessor finishes), and
  on the day after when a start, a start constraint or the project start drives it
  (MS Project's 17:00 versus 08:00). A milestone's late dates use the same side.
* Floats are working days. Total float is late finish minus early finish; free float is
  how far an activity can slip without moving any successor (or the project finish),
  never more than its total float. Completed activities have zero float and are never
  critical (as in MS Project).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np

from accord.scheduling import kernel
from accord.scheduling.graph import FF, FS, SF
from accord.scheduling.kernel import backward, forward
from accord.scheduling.model import Network
from accord.scheduling.passes import BIG
from accord.scheduling.prepare import Prepared, prepare


@dataclass(frozen=True)
class ScheduledActivity:
    """One row of a schedule."""

    id: str
    name: str
    duration: int
    early_start: date
    early_finish: date
    late_start: date
    late_finish: date
    total_float: int
    free_float: int
    critical: bool
    milestone: bool
    summary: bool
    on_longest_path: bool


@dataclass(frozen=True, eq=False)
class Schedule:
    """The result of :func:`schedule`: one entry per activity, in the network's order.

    ``project_duration`` is in working days from the project start to the finish.
    ``milestone_at_day_end`` tells, for milestones, that the instant is the end of the
    shown day (17:00) rather than its beginning (08:00).

    Columns are numpy arrays (dates as ``datetime64[D]``) so a 100,000-activity plan
    costs no Python objects per row; :meth:`rows` and :meth:`to_records` give rows.
    ``out_of_sequence`` lists started, unfinished activities with a predecessor that
    has not finished: under ``progress_rule`` "retained logic" (Primavera's default)
    their remaining work waits for that predecessor.
    ``critical`` is total float <= the threshold; ``on_longest_path`` follows the
    driving links back from the activities that finish the project (Primavera's
    "longest path"), and ``critical_path`` lists those activities by early start.
    """

    ids: list[str]
    names: list[str]
    duration: np.ndarray
    early_start: np.ndarray
    early_finish: np.ndarray
    late_start: np.ndarray
    late_finish: np.ndarray
    total_float: np.ndarray
    free_float: np.ndarray
    critical: np.ndarray
    milestone: np.ndarray
    summary: np.ndarray
    on_longest_path: np.ndarray
    milestone_at_day_end: np.ndarray
    project_start: date
    project_finish: date
    project_duration: int
    data_date: date | None
    critical_threshold: int
    critical_path: list[str]
    warnings: list[str]
    out_of_sequence: list[str] = ()
    progress_rule: str = "retained logic"

    def __len__(self) -> int:
        return len(self.ids)

    def rows(self) -> list[ScheduledActivity]:
        """All activities as :class:`ScheduledActivity` rows."""
        columns = zip(
            self.ids,
            self.names,
            self.duration.tolist(),
            self.early_start.tolist(),
            self.early_finish.tolist(),
            self.late_start.tolist(),
            self.late_finish.tolist(),
            self.total_float.tolist(),
            self.free_float.tolist(),
            self.critical.tolist(),
            self.milestone.tolist(),
            self.summary.tolist(),
            self.on_longest_path.tolist(),
            strict=True,
        )
        return [ScheduledActivity(*values) for values in columns]

    def row(self, activity_id: str) -> ScheduledActivity:
        """The row of one activity, by id."""
        i = self.ids.index(activity_id)
        return ScheduledActivity(
            self.ids[i],
            self.names[i],
            int(self.duration[i]),
            self.early_start[i].item(),
            self.early_finish[i].item(),
            self.late_start[i].item(),
            self.late_finish[i].item(),
            int(self.total_float[i]),
            int(self.free_float[i]),
            bool(self.critical[i]),
            bool(self.milestone[i]),
            bool(self.summary[i]),
            bool(self.on_longest_path[i]),
        )

    def to_records(self) -> list[dict]:
        """JSON-ready rows: ISO dates, floats in working days, ``critical`` as a boolean."""
        iso = [
            np.datetime_as_string(c).tolist()
            for c in (self.early_start, self.early_finish, self.late_start, self.late_finish)
        ]
        return [
            {
                "id": aid,
                "name": name,
                "early_start": es,
                "early_finish": ef,
                "late_start": ls,
                "late_finish": lf,
                "total_float": tf,
                "free_float": ff,
                "critical": crit,
            }
            for aid, name, es, ef, ls, lf, tf, ff, crit in zip(
                self.ids,
                self.names,
                *iso,
                self.total_float.tolist(),
                self.free_float.tolist(),
                self.critical.tolist(),
                strict=True,
            )
        ]


def schedule(
    network: Network, *, critical_threshold: int = 0, honor_constraints: bool = True
) -> Schedule:
    """Forward and backward pass over ``network``.

    ``honor_constraints`` is MS Project's option of the same name (on by default there
    and here): "no later than" and "must" constraints hold the early dates even against
    the logic, and the conflict shows as negative float on the predecessors. Off, the
    logic wins the early dates and the constrained activity shows the negative float.

    Raises :class:`~accord.scheduling.errors.CycleError` naming the activities of a
    loop, :class:`~accord.scheduling.errors.UnknownActivityError` for a link to a
    missing activity, and :class:`~accord.scheduling.errors.InvalidNetworkError` for
    other malformed input.
    """
    prep = prepare(network, honor_constraints)
    lv, n, dur = prep.lv, prep.lv.n, prep.dur
    cs = prep.calendars
    early = forward(prep.plan, dur)
    if cs is None:
        finish = int(early[n : 2 * n].max())
        real_finish = early[n : 2 * n]
    else:  # activities on other calendars: the project finish is a calendar day
        real_finish = cs.real(early[n : 2 * n], finish=True)
        finish = int(real_finish.max())
    early[2 * n] = finish
    late = backward(prep.plan, dur, early, finish)
    started_pos = np.array(sorted(prep.bounds.started), dtype=np.int64)
    late[started_pos] = early[started_pos]  # shown: the actual start (see retained logic)
    if prep.alap:
        _as_late_as_possible(prep, early)
    es, ef, ls, lf = early[:n], early[n : 2 * n], late[:n], late[n : 2 * n]

    finished = np.zeros(n, dtype=bool)
    finished[list(prep.bounds.finished)] = True
    started = np.zeros(n, dtype=bool)
    started[list(prep.bounds.started)] = True
    total_float = lf - ef
    total_float[finished] = 0

    dummy = lv.out_type < 0
    if cs is None:
        to_finish = (lv.out_type == FF) | (lv.out_type == SF)
        from_finish = (lv.out_type == FS) | (lv.out_type == FF) | dummy
        target = np.where(dummy, 2 * n, lv.out_dst + n * to_finish)
        slack = early[target] - early[lv.out_src + n * from_finish] - lv.out_lag
        slack[prep.plan.ignored_out] = BIG
    else:  # through real time where calendars differ, in the predecessor's working days
        slack = prep.plan.out_candidates(early, dur, np.arange(lv.out_src.size))
        slack -= ef[lv.out_src]
        slack[prep.plan.ignored_out] = BIG
    free_float = np.minimum(np.minimum.reduceat(slack, lv.out_node_ptr[:-1]), total_float)
    free_float[finished] = 0
    critical = (total_float <= critical_threshold) & ~finished

    edge_slack = np.empty(lv.in_src.size, dtype=np.int64)
    edge_slack[lv.out_edge[~dummy]] = slack[~dummy]
    driving_in = edge_slack[lv.in_edge] == 0
    if cs is not None:
        real_finish = cs.real(ef, finish=True)
    longest = _longest_path(prep, driving_in, real_finish == finish)
    milestone = prep.flat.duration[lv.order] == 0
    end_side = _milestone_sides(prep, milestone, driving_in, es)

    shift = np.where(milestone & end_side, -1, 0)
    fshift = np.where(milestone, shift, -1)
    dates = prep.dates
    cols = {
        "early_start": dates(es + shift),
        "early_finish": dates(ef + fshift),
        "late_start": dates(ls + shift),
        "late_finish": dates(lf + fshift),
    }
    values = {
        "es": es,
        "ef": ef,
        "ls": ls,
        "lf": lf,
        "total_float": total_float,
        "free_float": free_float,
        "critical": critical,
        "milestone": milestone,
        "longest": longest,
        "day_end": milestone & end_side,
        "finished": finished,
        "started": started,
        "common": _common(prep, es, ef, ls, lf),
        "edge_slack": slack,
        "finish": finish,
    }
    return _assemble(prep, cols, values, critical_threshold)


def _common(prep: Prepared, es, ef, ls, lf) -> tuple[np.ndarray, ...]:
    """The four times as boundaries of the network's calendar, for roll-ups across
    activities (a summary over activities on different calendars)."""
    cs = prep.calendars
    if cs is None:
        return es, ef, ls, lf
    return (
        cs.to_network(es, finish=False),
        cs.to_network(ef, finish=True),
        cs.to_network(ls, finish=False),
        cs.to_network(lf, finish=True),
    )


def _summary_exits(prep: Prepared, slack: np.ndarray):
    """A function giving, for a summary's leaf positions, the least slack of the links
    from them to activities outside the summary or to the project finish."""
    lv = prep.lv

    def least(positions: np.ndarray) -> int:
        inside = np.zeros(lv.n + 1, dtype=bool)
        inside[positions] = True
        mine = inside[lv.out_src] & ~inside[lv.out_dst]  # out_dst -1 (finish) is outside
        values = slack[mine]
        return int(values.min()) if values.size else 0

    return least


def _as_late_as_possible(prep: Prepared, early: np.ndarray) -> None:
    """Move each as-late-as-possible activity's early dates by its free float.

    Successors first (reverse topological order), so an ALAP chain ends up packed
    against the first activity that is not ALAP, as in MS Project and P6. Moving an
    activity within its free float moves no other activity's early dates.
    """
    lv, n, b = prep.lv, prep.lv.n, prep.bounds
    ptr = lv.out_node_ptr
    for p in sorted(prep.alap, reverse=True):
        if p in b.started or p in b.fixed_start or p in b.fixed_finish:
            continue
        edges = np.arange(ptr[p], ptr[p + 1])
        bound = prep.plan.out_candidates(early, prep.dur, edges)
        room = int(bound.min() - early[n + p])
        cap = [b.start_max.get(p, BIG) - early[p], b.finish_max.get(p, BIG) - early[n + p]]
        room = min(room, *cap)
        if room > 0:
            early[p] += room
            early[n + p] += room


def _longest_path(prep: Prepared, driving_in: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Nodes reached from the project's last activities through driving links.

    A plain graph walk over the driving links only: the path is a small part of a large
    network, so this touches few nodes.
    """
    lv = prep.lv
    compiled = kernel.upstream(lv, driving_in, ends)
    if compiled is not None:
        return compiled
    sources = lv.in_src[driving_in].tolist()
    ptr = np.concatenate(
        [[0], np.cumsum(np.bincount(lv.in_dst[driving_in], minlength=lv.n))]
    ).tolist()
    on = ends.copy()
    stack = np.flatnonzero(ends).tolist()
    while stack:
        node = stack.pop()
        for src in sources[ptr[node] : ptr[node + 1]]:
            if not on[src]:
                on[src] = True
                stack.append(src)
    return on


def _milestone_sides(
    prep: Prepared, milestone: np.ndarray, driving_in: np.ndarray, es: np.ndarray
) -> np.ndarray:
    """True for milestones shown at the end of the day before their instant.

    A finish (FS/FF from an activity, a finish constraint, an actual date) puts the
    milestone at the end of a day; a start (SS/SF, the project start, a start
    constraint) at the beginning of the next. When both drive it, the start wins, as
    08:00 on the next working day is the later time.
    """
    lv, b, n = prep.lv, prep.bounds, prep.lv.n
    end_side = np.zeros(n, dtype=bool)
    if not milestone.any():
        return end_side
    from_finish = (lv.in_type == FS) | (lv.in_type == FF)
    into = driving_in & milestone[lv.in_dst]
    from_ms = milestone[lv.in_src]
    starts = np.bincount(lv.in_dst[into & ~from_ms & ~from_finish], minlength=n)
    ends = np.bincount(lv.in_dst[into & ~from_ms & from_finish], minlength=n)
    starts += es == b.start_min
    for p, value in b.finish_min.items():
        ends[p] += es[p] == value
    if b.honor:  # pulled back to a "no later than" date
        for p, value in b.start_max.items():
            starts[p] += es[p] == value
        for p, value in b.finish_max.items():
            ends[p] += es[p] == value
    end_side = milestone & (ends > 0) & (starts == 0)
    chained = into & from_ms
    for p in np.unique(lv.in_dst[chained]).tolist():  # topological order: ascending
        sel = chained[lv.in_node_ptr[p] : lv.in_node_ptr[p + 1]]
        preds = lv.in_src[lv.in_node_ptr[p] : lv.in_node_ptr[p + 1]][sel]
        n_end = int(ends[p] + end_side[preds].sum())
        n_start = int(starts[p] + (~end_side[preds]).sum())
        end_side[p] = n_end > 0 and n_start == 0
    for p in b.fixed_start:
        end_side[p] = p in b.finished
    for p in b.fixed_finish:
        end_side[p] = p in b.finished or p not in b.fixed_start
    return end_side


def _assemble(
    prep: Prepared, cols: dict[str, np.ndarray], v: dict[str, np.ndarray], threshold: int
) -> Schedule:
    """Per-activity columns in the network's order, summaries rolled up."""
    es, ef, lf = v["es"], v["ef"], v["lf"]
    ces, cef, cls_, clf = v["common"]
    finished, started, free_float = v["finished"], v["started"], v["free_float"]
    flat, n_all = prep.flat, len(prep.flat.ids)
    at = prep.activity_of_pos
    out = {name: np.empty(n_all, dtype="datetime64[D]") for name in cols}
    for name, values in cols.items():
        out[name][at] = values
    ints = {name: np.zeros(n_all, dtype=np.int64) for name in ("duration", "tf", "ff")}
    ints["duration"][at] = np.maximum(ef - es, 0)
    ints["tf"][at] = v["total_float"]
    ints["ff"][at] = free_float
    flags = {name: np.zeros(n_all, dtype=bool) for name in ("crit", "ms", "sum", "lp", "end")}
    flags["crit"][at], flags["ms"][at], flags["lp"][at] = (
        v["critical"],
        v["milestone"],
        v["longest"],
    )
    flags["end"][at] = v["day_end"]
    if flat.children:
        pos_of_node = prep.lv.pos
        outside = _summary_exits(prep, v["edge_slack"])
        last_day = prep.dates(lf - 1)  # a milestone's late instant as a finish date
        for s, nodes in flat.children.items():
            p = pos_of_node[np.array(nodes)]
            for name, pick in (
                ("early_start", np.min),
                ("early_finish", np.max),
                ("late_start", np.min),
            ):
                out[name][s] = pick(cols[name][p])
            # The last day of work, never the day after: a milestone child reached by a
            # start shows its instant on the next working day, which no child works.
            out["late_finish"][s] = last_day[p].max()
            ints["duration"][s] = int(cef[p].max() - ces[p].min())
            # MS Project: total slack is the smaller of start and finish slack. Started
            # work has no start slack left, so the start slack is that of the children
            # not started yet (none: the finish slack alone).
            slack = int(clf[p].max() - cef[p].max())
            fresh = p[~started[p]]
            if fresh.size:
                slack = min(slack, int(cls_[fresh].min() - ces[fresh].min()))
            ints["tf"][s] = slack
            # The summary's own free float: how far the whole summary can slip without
            # moving anything outside it, i.e. the least slack of the links that leave
            # it (to the project finish when nothing follows). A child that drives a
            # sibling has no free float, but that link moves with the summary.
            ints["ff"][s] = 0 if finished[p].all() else min(outside(p), max(slack, 0))
            flags["crit"][s] = not finished[p].all() and ints["tf"][s] <= threshold
            flags["sum"][s] = True
            flags["lp"][s] = bool(v["longest"][p].any())
    leaf_lp = np.flatnonzero(v["longest"])
    leaf_lp = leaf_lp[np.lexsort((cef[leaf_lp], ces[leaf_lp]))]
    net = prep.network
    warnings = list(flat.warnings)
    out_of_sequence = _out_of_sequence(prep, finished)
    for aid, preds in out_of_sequence.items():
        warnings.append(
            f"activity {aid} started before {', '.join(preds)} finished: its remaining "
            "work waits for them (retained logic)"
        )
    return Schedule(
        ids=flat.ids,
        names=[a.name for a in flat.activities],
        duration=ints["duration"],
        early_start=out["early_start"],
        early_finish=out["early_finish"],
        late_start=out["late_start"],
        late_finish=out["late_finish"],
        total_float=ints["tf"],
        free_float=ints["ff"],
        critical=flags["crit"],
        milestone=flags["ms"],
        summary=flags["sum"],
        on_longest_path=flags["lp"],
        milestone_at_day_end=flags["end"],
        project_start=prep.index.origin,
        project_finish=cols["early_finish"].max().item(),
        project_duration=int(cef.max()),
        data_date=net.data_date,
        critical_threshold=threshold,
        critical_path=[flat.ids[i] for i in at[leaf_lp].tolist()],
        warnings=warnings,
        out_of_sequence=list(out_of_sequence),
    )


def _out_of_sequence(prep: Prepared, finished: np.ndarray) -> dict[str, list[str]]:
    """Started, unfinished activities and their unfinished predecessors, by id."""
    b, lv = prep.bounds, prep.lv
    if not b.in_progress:
        return {}
    ids = prep.flat.ids
    at = prep.activity_of_pos
    out: dict[str, list[str]] = {}
    for p in sorted(b.in_progress):
        edges = slice(lv.in_node_ptr[p], lv.in_node_ptr[p + 1])
        srcs, types = lv.in_src[edges].tolist(), lv.in_type[edges].tolist()
        # A link from a start is met once the predecessor has started.
        open_ = [
            ids[at[q]]
            for q, t in zip(srcs, types, strict=True)
            if not finished[q] and (t in (FS, FF) or q not in b.started)
        ]
        if open_:
            out[ids[at[p]]] = sorted(set(open_))
    return out
