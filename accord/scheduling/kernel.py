"""The compiled CPM kernel, with the numpy passes as its fallback.

The numpy passes (:mod:`~accord.scheduling.passes`) cost a few numpy calls per
topological level. On wide networks that is nothing, but on a network of small levels
(long chains, a handful of activities per level) those calls are most of the time,
and a plain Python loop beats them. The C loops of ``_cpm.c`` visit each activity and
each link once, whatever the shape, so the deterministic CPM costs about the same per
activity on every network.

:func:`forward` and :func:`backward` take the same arguments as the numpy passes and
return the same arrays; they use the compiled loops for integer, one-dimensional passes
on a single calendar (the deterministic schedule) and hand everything else (PERT and
Monte Carlo matrices, networks whose activities have calendars of their own) to the
numpy passes. When the extension is not built (no C compiler where Accord was
installed), :data:`COMPILED` is False and every call takes the numpy path.
"""

from __future__ import annotations

import numpy as np

from accord.scheduling import passes
from accord.scheduling.graph import FF, LINK_TYPES, SF, SS, Levels

try:
    from accord.scheduling import _cpm
except ImportError:  # pragma: no cover - depends on the installation
    _cpm = None

COMPILED = _cpm is not None
_enabled = COMPILED

# Node and link flags, as in _cpm.c.
_FINISH_MIN, _FIXED_START, _FIXED_FINISH, _START_MAX, _FINISH_MAX = 1, 2, 4, 8, 16
_IN_PROGRESS, _KEEP_START, _KEEP_FINISH = 32, 64, 128
_TO_FINISH, _FROM_START, _IGNORED = 1, 2, 4


def use_compiled(enabled: bool) -> bool:
    """Switch the compiled loops on or off (benchmarks compare both paths); returns the
    previous setting. Switching on has no effect when the extension is not built."""
    global _enabled
    previous = _enabled
    _enabled = bool(enabled) and COMPILED
    return previous


def active() -> bool:
    """True when the compiled loops are in use."""
    return _enabled


def topological_levels(pred: np.ndarray, succ: np.ndarray, n: int) -> tuple[np.ndarray, int]:
    """Each node's topological level (-1 on or behind a loop) and how many were placed."""
    level = np.empty(n, dtype=np.int64)
    placed = _cpm.topo_levels(
        np.ascontiguousarray(pred, dtype=np.int64),
        np.ascontiguousarray(succ, dtype=np.int64),
        level,
    )
    return level, placed


def argsort(keys: np.ndarray, size: int) -> np.ndarray:
    """Indices that sort ``keys`` (integers in ``[0, size)``), stably: a counting sort
    when the compiled loops are on, numpy's stable sort otherwise."""
    if not _enabled:
        return np.argsort(keys, kind="stable")
    order = np.empty(len(keys), dtype=np.int64)
    _cpm.counting_order(np.ascontiguousarray(keys, dtype=np.int64), int(size), order)
    return order


def read_links(links: list, index: dict[str, int]) -> tuple[np.ndarray, ...] | None:
    """Node numbers of the ends, type codes and lags of ``links``, read in C; None when
    the compiled loops are off or a link is not plain (an unknown id, a type that is not
    a :class:`LinkType` member, a lag that is not an int), for the Python reading to
    report or convert."""
    if not _enabled:
        return None
    m = len(links)
    pred, succ, lag = (np.empty(m, dtype=np.int64) for _ in range(3))
    types = np.empty(m, dtype=np.int8)
    if not _cpm.read_links(links, index, LINK_TYPES, pred, succ, types, lag):
        return None
    return pred, succ, types, lag


def flagged(objects: list, names: tuple[str, ...]) -> set[int] | None:
    """Positions of the objects with any of the attributes ``names`` set (neither None
    nor False), in one pass in C; None when the compiled loops are off."""
    return _cpm.flagged(objects, names) if _enabled else None


def upstream(lv: Levels, follow: np.ndarray, marked: np.ndarray) -> np.ndarray | None:
    """The nodes from which a ``marked`` node is reached through the links (in ``lv``'s
    incoming order) where ``follow`` is true; None when the compiled loops are off."""
    if not _enabled:
        return None
    on = np.ascontiguousarray(marked, dtype=np.bool_).copy()
    _cpm.mark_upstream(
        np.ascontiguousarray(lv.in_node_ptr, dtype=np.int64),
        np.ascontiguousarray(lv.in_src, dtype=np.int64),
        np.ascontiguousarray(follow, dtype=np.bool_).view(np.uint8),
        on.view(np.uint8),
    )
    return on


class _Arrays:
    """A plan's links and bounds as the flat arrays the C loops read, built once."""

    def __init__(self, plan: passes.Plan) -> None:
        lv, b, n = plan.lv, plan.bounds, plan.lv.n
        self.in_ptr = np.ascontiguousarray(lv.in_node_ptr, dtype=np.int64)
        self.gather_in = np.ascontiguousarray(plan.gather_in, dtype=np.int64)
        self.lag_in = np.ascontiguousarray(lv.in_lag, dtype=np.int64)
        self.flags_in = (((lv.in_type == FF) | (lv.in_type == SF)) * _TO_FINISH).astype(np.uint8)
        self.out_ptr = np.ascontiguousarray(lv.out_node_ptr, dtype=np.int64)
        self.gather_out = np.ascontiguousarray(plan.gather_out, dtype=np.int64)
        self.lag_out = np.ascontiguousarray(plan.lag_out, dtype=np.int64)
        from_start = (lv.out_type == SS) | (lv.out_type == SF)
        self.flags_out = (from_start * _FROM_START + plan.ignored_out * _IGNORED).astype(np.uint8)
        self.start_min = np.ascontiguousarray(b.start_min, dtype=np.int64)
        self.flags = np.zeros(n, dtype=np.uint8)
        zero = np.zeros(n, dtype=np.int64)

        def dense(values: dict[int, float], flag: int) -> np.ndarray:
            if not values:
                return zero
            pos = np.fromiter(values.keys(), np.int64, len(values))
            out = np.zeros(n, dtype=np.int64)
            out[pos] = np.fromiter(values.values(), np.int64, len(values))
            self.flags[pos] |= flag
            return out

        self.finish_min = dense(b.finish_min, _FINISH_MIN)
        self.fixed_start = dense(b.fixed_start, _FIXED_START)
        self.fixed_finish = dense(b.fixed_finish, _FIXED_FINISH)
        self.start_max = dense(b.start_max, _START_MAX)
        self.finish_max = dense(b.finish_max, _FINISH_MAX)
        # Honoured "no later than" dates never pull remaining work before the data
        # date, nor any work before the project start.
        floor = zero if b.data_floor is None else b.data_floor
        self.floor = np.ascontiguousarray(floor, dtype=np.int64)
        for nodes, flag in (
            (b.in_progress, _IN_PROGRESS),
            (b.finished, _KEEP_START | _KEEP_FINISH),
        ):
            if nodes:
                self.flags[np.fromiter(nodes, np.int64, len(nodes))] |= flag


def _arrays(plan: passes.Plan) -> _Arrays:
    arrays = getattr(plan, "_kernel_arrays", None)
    if arrays is None:
        arrays = _Arrays(plan)
        plan._kernel_arrays = arrays
    return arrays


def _compiled_for(plan: passes.Plan, dur: np.ndarray, out: np.ndarray | None) -> bool:
    return (
        _enabled
        and dur.ndim == 1
        and dur.dtype == np.int64
        and getattr(plan, "calendars", None) is None
        and (out is None or (out.dtype == np.int64 and out.flags.c_contiguous))
    )


def forward(plan: passes.Plan, dur: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    """Early starts and finishes, as :func:`accord.scheduling.passes.forward`."""
    if not _compiled_for(plan, dur, out):
        return passes.forward(plan, dur, out)
    a = _arrays(plan)
    n = plan.lv.n
    times = np.empty(2 * n + 1, dtype=np.int64) if out is None else out
    _cpm.forward(
        a.in_ptr,
        a.gather_in,
        a.lag_in,
        a.flags_in,
        a.start_min,
        np.ascontiguousarray(dur),
        a.flags,
        a.finish_min,
        a.fixed_start,
        a.fixed_finish,
        a.start_max,
        a.finish_max,
        a.floor,
        plan.bounds.honor,
        times,
    )
    return times


def backward(
    plan: passes.Plan,
    dur: np.ndarray,
    early: np.ndarray,
    project_finish: np.ndarray | int,
    out: np.ndarray | None = None,
    critical_count: np.ndarray | None = None,
    tolerance: float = 0.0,
) -> np.ndarray:
    """Late starts and finishes, as :func:`accord.scheduling.passes.backward`."""
    if (
        critical_count is not None
        or np.ndim(project_finish) != 0
        or early.dtype != np.int64
        or not _compiled_for(plan, dur, out)
    ):
        return passes.backward(plan, dur, early, project_finish, out, critical_count, tolerance)
    a = _arrays(plan)
    times = np.empty_like(early) if out is None else out
    _cpm.backward(
        a.out_ptr,
        a.gather_out,
        a.lag_out,
        a.flags_out,
        np.ascontiguousarray(dur),
        a.flags,
        a.start_max,
        a.finish_max,
        np.ascontiguousarray(early),
        int(project_finish),
        times,
    )
    return times
