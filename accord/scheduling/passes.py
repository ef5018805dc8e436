"""Forward and backward passes, one topological level at a time.

Times are working-day boundaries: an activity occupying working days ``s .. s+d-1``
starts at ``s`` and finishes at ``s + d``, so an FS link with lag 0 reads
``successor start >= predecessor finish`` and the four link types are

    FS: S_s >= F_p + lag      SS: S_s >= S_p + lag
    FF: F_s >= F_p + lag      SF: F_s >= S_p + lag

The same code serves the deterministic CPM (integer arrays of shape ``(n,)``) and the
Monte Carlo simulation (float arrays of shape ``(n, iterations)``): every numpy call
handles all nodes of a level and, in the simulation, all iterations at once, so the
Python overhead is per level, not per activity or per iteration.

Time arrays stack the two ends of every node: rows ``0..n-1`` hold starts, rows
``n..2n-1`` finishes, and row ``2n`` the project finish (the target of the dummy edges
that :class:`~accord.scheduling.graph.Levels` gives to nodes without successors).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from accord.scheduling.calendar import CalendarLinks, CalendarSet
from accord.scheduling.errors import InvalidNetworkError
from accord.scheduling.graph import FF, FS, SF, SS, Levels

BIG = 2**40  # "no bound" for integer passes; floats use infinity


class _ByLevel:
    """Sorted positions grouped by level, grouped when first read.

    Only the numpy passes read the groups of links; the compiled kernel does not, and on
    a network of many small levels grouping costs more than its whole pass."""

    def __init__(self, positions: np.ndarray, ptr: list[int]) -> None:
        self._args: tuple | None = (positions, ptr)
        self._groups: dict[int, np.ndarray] = {}

    def _all(self) -> dict[int, np.ndarray]:
        if self._args is not None:
            self._groups, self._args = _group(*self._args), None
        return self._groups

    def get(self, k: int) -> np.ndarray | None:
        return self._all().get(k)

    def items(self):
        return self._all().items()


class _OnRead:
    """A per-level list of flags, made on first read."""

    def __init__(self, make) -> None:
        self._make = make
        self._flags: list[bool] | None = None

    def __getitem__(self, k: int) -> bool:
        if self._flags is None:
            self._flags, self._make = self._make(), None
        return self._flags[k]


def _split(positions: np.ndarray, ptr: list[int]) -> _ByLevel:
    return _ByLevel(positions, ptr)


def _group(positions: np.ndarray, ptr: list[int]) -> dict[int, np.ndarray]:
    """Group sorted positions (of nodes or links) by the level whose slice holds them."""
    out: dict[int, np.ndarray] = {}
    if not positions.size:
        return out
    level = np.searchsorted(np.asarray(ptr), positions, side="right") - 1
    bounds = np.flatnonzero(np.diff(level)) + 1
    for chunk, k in zip(np.split(positions, bounds), level[np.r_[0, bounds]].tolist(), strict=True):
        out[k] = chunk
    return out


@dataclass
class Bounds:
    """Constraints and progress, per node position (see :mod:`accord.scheduling.cpm`).

    Forward: ``start_min`` (project start, data date, SNET) for all nodes; for some
    nodes ``finish_min`` (FNET), ``fixed_start`` (MSO, actual start) and
    ``fixed_finish`` (MFO, actual or forecast finish of started work). Backward:
    ``start_max`` (SNLT, MSO) and ``finish_max`` (FNLT, MFO). ``started`` and
    ``finished`` nodes keep their actual dates as late dates too.

    ``honor`` is MS Project's "tasks will always honor their constraint dates": the
    upper bounds then also pull the early dates back, even against the logic (the
    conflict shows as negative float upstream), but never before ``data_floor`` (the
    data date: remaining work is not scheduled in the past). Without it they only limit
    late dates.

    ``in_progress`` nodes (started, unfinished) keep their actual start, and their
    remaining work follows the retained-logic rule: it starts at the data date or when
    their predecessors allow, whichever is later (Primavera's "retained logic"), so a
    predecessor still running holds the rest of the work instead of showing false
    negative float.
    """

    start_min: np.ndarray
    finish_min: dict[int, float] = field(default_factory=dict)
    fixed_start: dict[int, float] = field(default_factory=dict)
    fixed_finish: dict[int, float] = field(default_factory=dict)
    start_max: dict[int, float] = field(default_factory=dict)
    finish_max: dict[int, float] = field(default_factory=dict)
    started: set[int] = field(default_factory=set)
    finished: set[int] = field(default_factory=set)
    in_progress: set[int] = field(default_factory=set)
    data_floor: np.ndarray | None = None
    honor: bool = True


@dataclass
class _LevelSpecials:
    loc: np.ndarray  # positions within the level
    pos: np.ndarray  # absolute positions
    finish_min: np.ndarray
    has_finish_min: np.ndarray
    fixed_start: np.ndarray
    has_fixed_start: np.ndarray
    fixed_finish: np.ndarray
    has_fixed_finish: np.ndarray
    start_max: np.ndarray
    has_start_max: np.ndarray
    finish_max: np.ndarray
    has_finish_max: np.ndarray
    started: np.ndarray
    finished: np.ndarray
    in_progress: np.ndarray
    floor: np.ndarray


class Plan:
    """Per-level work lists for one network and one set of bounds, reused across passes."""

    def __init__(self, lv: Levels, bounds: Bounds, calendars: CalendarSet | None = None) -> None:
        self.lv = lv
        self.bounds = bounds
        self.calendars = calendars
        n = lv.n
        from_finish = (lv.in_type == FS) | (lv.in_type == FF)
        self.gather_in = lv.in_src + n * from_finish
        self.lag_in = lv.in_lag
        self.lag_in_nonzero = _OnRead(lambda: self._per_slice(lv.in_lag != 0, lv.in_ptr))
        to_finish = (lv.in_type == FF) | (lv.in_type == SF)
        self.to_finish = _split(np.flatnonzero(to_finish), lv.in_ptr)

        to_finish_out = (lv.out_type == FF) | (lv.out_type == SF)
        self.gather_out = np.where(lv.out_type < 0, 2 * n, lv.out_dst + n * to_finish_out)
        from_start_out = (lv.out_type == SS) | (lv.out_type == SF)
        ignored = np.zeros(lv.out_src.size, dtype=bool)
        if bounds.started:
            started = np.zeros(n, dtype=bool)
            started[list(bounds.started)] = True
            ignored = from_start_out & started[lv.out_src]  # its start is history
        self.ignored_out = ignored
        self.lag_out = -lv.out_lag
        self.lag_out_nonzero = _OnRead(lambda: self._per_slice(lv.out_lag != 0, lv.out_ptr))
        self.from_start = _split(np.flatnonzero(from_start_out & ~ignored), lv.out_ptr)
        self.ignored = _split(np.flatnonzero(ignored), lv.out_ptr)
        self.specials = self._specials()
        # Work a level can skip: the project-start floor when no candidate can fall below
        # it, the project-finish cap when none can exceed it, and (in the simulation)
        # rows of start or finish times that no link reads.
        # (Per-level lists are made when the numpy passes first read them: the compiled
        # kernel does not, and on many small levels making them costs more than its pass.)
        in_low = (lv.in_lag < 0) | to_finish
        out_high = (lv.out_lag < 0) | from_start_out

        def needs_floor() -> list[bool]:
            starts = np.concatenate([[0], np.cumsum(bounds.start_min > 0)])[lv.level_ptr]
            low = self._per_slice(in_low, lv.in_ptr)
            return [a or b for a, b in zip((np.diff(starts) > 0).tolist(), low, strict=True)]

        self.needs_floor = _OnRead(needs_floor)
        self.needs_cap = _OnRead(lambda: self._per_slice(out_high, lv.out_ptr))
        self.reads_start = bool(np.any(~from_finish)) or bool(bounds.started)
        self.reads_finish = bool(np.any(to_finish_out & (lv.out_type >= 0)))
        self._blocks: tuple[list, list] | None = None
        if calendars is not None:
            cal = calendars.cal
            self.to_finish_in = to_finish
            self.in_links = CalendarLinks(
                calendars,
                cal[lv.in_src],
                cal[lv.in_dst],
                from_finish,
                to_finish,
                cal[lv.in_src] != cal[lv.in_dst],
                lv.in_ptr,
            )
            dummy = lv.out_type < 0
            target = np.where(dummy, len(calendars.indexes), cal[np.maximum(lv.out_dst, 0)])
            self.out_links = CalendarLinks(
                calendars,
                cal[lv.out_src],
                target,
                ~from_start_out,
                to_finish_out,
                dummy | (cal[lv.out_src] != target),
                lv.out_ptr,
            )

    def in_candidates(
        self, times: np.ndarray, dur: np.ndarray, edges: np.ndarray, level: int | None = None
    ) -> np.ndarray:
        """Earliest start of each in-edge's successor that the edge allows (1-D passes);
        ``level`` says the edges are that level's, whose groups are ready."""
        lv = self.lv
        cand = times[self.gather_in[edges]]
        if self.calendars is not None:
            links = self.in_links
            links.forward(
                cand, links.by_level[level] if level is not None else links.groups_for(edges)
            )
            to_finish = self.to_finish_in[edges]
        else:
            to_finish = (lv.in_type[edges] == FF) | (lv.in_type[edges] == SF)
        cand += self.lag_in[edges]
        cand[to_finish] -= dur[lv.in_dst[edges][to_finish]]
        return cand

    def out_candidates(
        self, times: np.ndarray, dur: np.ndarray, edges: np.ndarray, level: int | None = None
    ) -> np.ndarray:
        """Latest finish of each out-edge's predecessor that the edge allows, from the
        successors' times in ``times`` (late ones for the backward pass, early ones for
        free float); ``times[2n]`` is the project finish."""
        lv = self.lv
        cand = times[self.gather_out[edges]]
        cand += self.lag_out[edges]
        if self.calendars is not None:
            links = self.out_links
            links.backward(
                cand, links.by_level[level] if level is not None else links.groups_for(edges)
            )
        from_start = ~self.ignored_out[edges] & (
            (lv.out_type[edges] == SS) | (lv.out_type[edges] == SF)
        )
        cand[from_start] += dur[lv.out_src[edges][from_start]]
        cand[self.ignored_out[edges]] = BIG
        return cand

    def blocks(self) -> tuple[list, list]:
        """Per level, the links as padded blocks for passes over 2-D arrays.

        A block is a ``(degree, nodes)`` matrix of links: column ``i`` holds the links of
        one node, repeated up to the block's degree (repeating a candidate does not change
        a maximum or a minimum). One gather and one reduction over the first axis then
        handle all nodes of a level for all iterations, which reads whole rows where
        ``reduceat`` along axis 0 would not. Nodes with many more links than the rest of
        their level get a block of their own, so padding never multiplies the work.
        """
        if self._blocks is None:
            lv = self.lv
            to_finish = (lv.in_type == FF) | (lv.in_type == SF)
            from_start = ((lv.out_type == SS) | (lv.out_type == SF)) & ~self.ignored_out
            self._blocks = (
                self._level_blocks(
                    lv.in_node_ptr,
                    self.gather_in,
                    lv.in_lag,
                    to_finish,
                    lv.in_dst,
                    np.zeros(lv.in_src.size, dtype=bool),
                    first=1,
                ),
                self._level_blocks(
                    lv.out_node_ptr,
                    self.gather_out,
                    -lv.out_lag,
                    from_start,
                    lv.out_src,
                    self.ignored_out,
                    first=0,
                ),
            )
        return self._blocks

    def _level_blocks(self, node_ptr, gather, lag, adjust, adjust_node, ignored, first):
        out: list[list[tuple]] = []
        lp = self.lv.level_ptr
        for k in range(len(lp) - 1):
            n0, n1 = lp[k], lp[k + 1]
            if k < first:
                out.append([])
                continue
            degree = np.diff(node_ptr[n0 : n1 + 1])
            groups = _degree_buckets(degree)
            level_blocks = []
            for rows in groups:
                if not rows.size:
                    continue
                deg = degree[rows]
                slot = np.minimum(np.arange(deg.max())[:, None], deg[None, :] - 1)
                edges = node_ptr[n0 + rows][None, :] + slot
                flat_edges = edges.ravel()
                adj = np.flatnonzero(adjust[flat_edges])
                ign = np.flatnonzero(ignored[flat_edges])
                level_blocks.append(
                    (
                        None if rows.size == n1 - n0 else rows,
                        gather[edges],
                        lag[edges][:, :, None] if np.any(lag[edges]) else None,
                        (adj, adjust_node[flat_edges[adj]]) if adj.size else None,
                        ign if ign.size else None,
                    )
                )
            out.append(level_blocks)
        return out

    @staticmethod
    def _per_slice(flags: np.ndarray, ptr: list[int]) -> list[bool]:
        counts = np.concatenate([[0], np.cumsum(flags)])[ptr]
        return (np.diff(counts) > 0).tolist()

    def _specials(self) -> dict[int, _LevelSpecials]:
        b = self.bounds
        keys = set(b.finish_min) | set(b.fixed_start) | set(b.fixed_finish)
        keys |= set(b.start_max) | set(b.finish_max) | b.started | b.finished | b.in_progress
        if not keys:
            return {}
        positions = np.array(sorted(keys), dtype=np.int64)
        out = {}
        for level, pos in _split(positions, self.lv.level_ptr).items():

            def column(values: dict[int, float], p=pos) -> tuple[np.ndarray, np.ndarray]:
                has = np.array([q in values for q in p.tolist()])
                return np.array([values.get(q, 0) for q in p.tolist()]), has

            fmin, has_fmin = column(b.finish_min)
            fs, has_fs = column(b.fixed_start)
            ff, has_ff = column(b.fixed_finish)
            smax, has_smax = column(b.start_max)
            fmax, has_fmax = column(b.finish_max)
            out[level] = _LevelSpecials(
                loc=pos - self.lv.level_ptr[level],
                pos=pos,
                finish_min=fmin,
                has_finish_min=has_fmin,
                fixed_start=fs,
                has_fixed_start=has_fs,
                fixed_finish=ff,
                has_fixed_finish=has_ff,
                start_max=smax,
                has_start_max=has_smax,
                finish_max=fmax,
                has_finish_max=has_fmax,
                started=np.array([q in b.started for q in pos.tolist()]),
                finished=np.array([q in b.finished for q in pos.tolist()]),
                in_progress=np.array([q in b.in_progress for q in pos.tolist()]),
                floor=(
                    np.zeros(pos.size, dtype=np.int64)
                    if b.data_floor is None
                    else b.data_floor[pos]
                ),
            )
        return out


def _degree_buckets(degree: np.ndarray, waste: float = 1.0) -> list[np.ndarray]:
    """Split a level's nodes into buckets of similar degree.

    A bucket is padded to its largest degree; buckets grow while the padding adds at most
    ``waste`` of extra links, so a node with many links does not inflate the others,
    and a level of similar nodes stays one block (one gather, one reduction).
    """
    values, counts = np.unique(degree, return_counts=True)
    buckets: list[list[int]] = []
    nodes = links = 0
    for value, count in zip(values.tolist(), counts.tolist(), strict=True):
        if buckets and value * (nodes + count) <= (1 + waste) * (links + value * count):
            buckets[-1].append(value)
            nodes += count
            links += value * count
        else:
            buckets.append([value])
            nodes, links = count, value * count
    if len(buckets) == 1:
        return [np.arange(degree.size)]
    return [np.flatnonzero(np.isin(degree, bucket)) for bucket in buckets]


def _col(values: np.ndarray, ndim: int) -> np.ndarray:
    return values if ndim == 1 else values.reshape(-1, *([1] * (ndim - 1)))


def _combine_blocks(
    blocks: list, times: np.ndarray, dur: np.ndarray, sign: int, reduce: np.ufunc, width: int
) -> np.ndarray:
    """Best candidate per node of a level over all iterations (2-D passes)."""
    result = None
    for rows, gather, lag, adjust, ignored in blocks:
        cand = times[gather]
        if lag is not None:
            cand += lag
        if adjust is not None or ignored is not None:
            flat = cand.reshape(-1, cand.shape[-1])
            if adjust is not None:
                flat[adjust[0]] += sign * dur[adjust[1]]
            if ignored is not None:
                flat[ignored] = np.inf if sign > 0 else -np.inf
        best = cand[0] if cand.shape[0] == 1 else reduce.reduce(cand, axis=0)
        if rows is None:
            return best
        if result is None:
            result = np.empty((width, *best.shape[1:]), dtype=best.dtype)
        result[rows] = best
    return result


def forward(plan: Plan, dur: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    """Early starts and finishes; returns the stacked time array described above."""
    lv, n = plan.lv, plan.lv.n
    nd = dur.ndim
    shape = (2 * n + 1, *dur.shape[1:])
    times = np.empty(shape, dtype=dur.dtype) if out is None else out
    start_min = _col(plan.bounds.start_min.astype(dur.dtype, copy=False), nd)
    lag = plan.lag_in.astype(dur.dtype, copy=False)
    blocks = plan.blocks()[0] if nd > 1 else None
    lp, ip = lv.level_ptr, lv.in_ptr
    multi = plan.calendars is not None
    if multi and (nd > 1 or not np.issubdtype(dur.dtype, np.integer)):
        raise InvalidNetworkError(
            "PERT and Monte Carlo use the network's calendar only, and "
            f"{plan.calendars.example}: only the deterministic schedule takes task calendars"
        )
    for k in range(len(lp) - 1):
        n0, n1 = lp[k], lp[k + 1]
        if k == 0:
            es = np.broadcast_to(start_min[n0:n1], (n1 - n0, *dur.shape[1:])).copy()
        elif blocks is not None:
            es = _combine_blocks(blocks[k], times, dur, -1, np.maximum, n1 - n0)
            if plan.needs_floor[k]:
                np.maximum(es, start_min[n0:n1], out=es)
        elif multi:
            cand = plan.in_candidates(times, dur, np.arange(ip[k], ip[k + 1]), k)
            es = np.maximum.reduceat(cand, lv.in_starts[k], axis=0)
            np.maximum(es, start_min[n0:n1], out=es)
        else:
            e0, e1 = ip[k], ip[k + 1]
            cand = times[plan.gather_in[e0:e1]]
            if plan.lag_in_nonzero[k]:
                cand += lag[e0:e1]
            ff = plan.to_finish.get(k)
            if ff is not None:
                cand[ff - e0] -= dur[lv.in_dst[ff]]
            es = np.maximum.reduceat(cand, lv.in_starts[k], axis=0)
            np.maximum(es, start_min[n0:n1], out=es)
        sp = plan.specials.get(k)
        resume = None
        if sp is not None:
            resume = _forward_specials(sp, es, dur, nd, plan.bounds.honor)
        if nd == 1 or plan.reads_start or sp is not None:
            times[n0:n1] = es
        np.add(es, dur[n0:n1], out=times[n + n0 : n + n1])
        if sp is not None and sp.has_fixed_finish.any():
            fixed = sp.has_fixed_finish
            times[n + sp.pos[fixed]] = _col(sp.fixed_finish[fixed], nd)
        if resume is not None:  # remaining work after the data date and the logic
            pos = sp.pos[sp.in_progress]
            times[n + pos] = resume + dur[pos]
    return times


def _forward_specials(
    sp: _LevelSpecials, es: np.ndarray, dur: np.ndarray, nd: int, honor: bool
) -> np.ndarray | None:
    """Apply constraints and progress to a level's early starts; return the start of
    the remaining work of in-progress nodes (None when the level has none)."""
    d = dur[sp.pos]
    rows = es[sp.loc]
    if sp.has_finish_min.any():
        m = sp.has_finish_min
        rows[m] = np.maximum(rows[m], _col(sp.finish_min[m], nd) - d[m])
    if honor and sp.has_start_max.any():
        m = sp.has_start_max
        held = np.minimum(rows[m], _col(sp.start_max[m], nd))
        rows[m] = np.maximum(held, _col(sp.floor[m], nd))
    if honor and sp.has_finish_max.any():
        m = sp.has_finish_max
        held = np.minimum(rows[m], _col(sp.finish_max[m], nd) - d[m])
        rows[m] = np.maximum(held, _col(sp.floor[m], nd))
    resume = rows[sp.in_progress].copy() if sp.in_progress.any() else None
    only_finish = sp.has_fixed_finish & ~sp.has_fixed_start
    if only_finish.any():
        rows[only_finish] = _col(sp.fixed_finish[only_finish], nd) - d[only_finish]
    if sp.has_fixed_start.any():
        m = sp.has_fixed_start
        rows[m] = _col(sp.fixed_start[m], nd)
    es[sp.loc] = rows
    return resume


def backward(
    plan: Plan,
    dur: np.ndarray,
    early: np.ndarray,
    project_finish: np.ndarray | int,
    out: np.ndarray | None = None,
    critical_count: np.ndarray | None = None,
    tolerance: float = 0.0,
) -> np.ndarray:
    """Late starts and finishes against ``project_finish`` (scalar or per iteration).

    With ``critical_count`` (2-D passes), each node's count of iterations with total
    float at or below ``tolerance`` is added to it while the level is in cache, and
    late-finish rows no link reads are not stored.
    """
    lv, n = plan.lv, plan.lv.n
    nd = dur.ndim
    big = BIG if np.issubdtype(dur.dtype, np.integer) else np.inf
    times = np.empty_like(early) if out is None else out
    times[2 * n] = project_finish
    if plan.calendars is not None:  # the project finish is a calendar day: per calendar
        cs = plan.calendars
        cap = np.empty(n, dtype=np.int64)
        for c in range(len(cs.indexes)):
            sel = cs.cal == c
            cap[sel] = cs.last_finish(c, np.full(int(sel.sum()), int(project_finish)))
        plan.finish_cap = cap
    lag = plan.lag_out.astype(dur.dtype, copy=False)
    blocks = plan.blocks()[1] if nd > 1 else None
    lp, op = lv.level_ptr, lv.out_ptr
    multi = plan.calendars is not None
    for k in range(len(lp) - 2, -1, -1):
        n0, n1 = lp[k], lp[k + 1]
        if blocks is not None:
            lf = _combine_blocks(blocks[k], times, dur, 1, np.minimum, n1 - n0)
        elif multi:
            cand = plan.out_candidates(times, dur, np.arange(op[k], op[k + 1]), k)
            lf = np.minimum.reduceat(cand, lv.out_starts[k], axis=0)
        else:
            e0, e1 = op[k], op[k + 1]
            cand = times[plan.gather_out[e0:e1]]
            if plan.lag_out_nonzero[k]:
                cand += lag[e0:e1]
            ss = plan.from_start.get(k)
            if ss is not None:
                cand[ss - e0] += dur[lv.out_src[ss]]
            ignored = plan.ignored.get(k)
            if ignored is not None:
                cand[ignored - e0] = big
            lf = np.minimum.reduceat(cand, lv.out_starts[k], axis=0)
        if multi:
            np.minimum(lf, plan.finish_cap[n0:n1], out=lf)
        elif nd == 1 or plan.needs_cap[k]:
            np.minimum(lf, times[2 * n], out=lf)
        sp = plan.specials.get(k)
        if sp is not None:
            _backward_specials(sp, lf, dur, early, n, nd)
        if critical_count is None or plan.reads_finish:
            times[n + n0 : n + n1] = lf
        np.subtract(lf, dur[n0:n1], out=times[n0:n1])
        if critical_count is not None:
            lf -= early[n + n0 : n + n1]
            critical_count[n0:n1] += np.count_nonzero(lf <= tolerance, axis=1)
        if sp is not None and sp.finished.any():  # in-progress work: its remaining start
            pos = sp.pos[sp.finished]
            times[pos] = early[pos]
    return times


def _backward_specials(
    sp: _LevelSpecials, lf: np.ndarray, dur: np.ndarray, early: np.ndarray, n: int, nd: int
) -> None:
    rows = lf[sp.loc]
    if sp.has_finish_max.any():
        m = sp.has_finish_max
        rows[m] = np.minimum(rows[m], _col(sp.finish_max[m], nd))
    if sp.has_start_max.any():
        m = sp.has_start_max
        rows[m] = np.minimum(rows[m], _col(sp.start_max[m], nd) + dur[sp.pos[m]])
    if sp.finished.any():
        rows[sp.finished] = early[n + sp.pos[sp.finished]]
    lf[sp.loc] = rows
