"""From a :class:`Network` to arrays the passes can work on.

Two steps. :func:`flatten` turns the records into numpy arrays, checks names (duplicate
ids, links to missing activities) and replaces links to or from summary activities by
links to or from their leaf activities. :func:`levels` sorts the leaves into topological
levels (an activity's level is one more than its highest predecessor's), so a pass can
process a whole level at once; a loop in the logic is reported with its activities.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from accord.scheduling.errors import CycleError, InvalidNetworkError, UnknownActivityError
from accord.scheduling.model import Activity, LinkType, Network

FS, SS, FF, SF = 0, 1, 2, 3
LINK_CODES = {LinkType.FS: FS, LinkType.SS: SS, LinkType.FF: FF, LinkType.SF: SF}
LINK_TYPES = (LinkType.FS, LinkType.SS, LinkType.FF, LinkType.SF)
_CODE_BY_IDENTITY = {id(t): code for t, code in LINK_CODES.items()}


def _link_codes(types: list) -> np.ndarray:
    """Link type codes. Looks members up by identity first: hashing an ``Enum`` member
    runs Python code, which would cost more than the whole pass on a large network."""
    if types.count(LinkType.FS) == len(types):
        return np.zeros(len(types), dtype=np.int8)
    try:
        return np.fromiter(map(_CODE_BY_IDENTITY.__getitem__, map(id, types)), np.int8, len(types))
    except KeyError:
        pass
    try:
        return np.fromiter(map(LINK_CODES.__getitem__, types), np.int8, len(types))
    except (KeyError, TypeError, ValueError):
        bad = next(t for t in types if t not in LINK_CODES)
        raise InvalidNetworkError(f"unknown link type {bad!r} (use FS, SS, FF or SF)") from None


@dataclass
class Flat:
    """The network as arrays. Graph nodes are the leaf activities, numbered 0..n-1."""

    activities: list[Activity]
    ids: list[str]
    leaf: np.ndarray  # activity index of each node
    duration: np.ndarray  # per node, working days
    pred: np.ndarray  # per link, node numbers
    succ: np.ndarray
    type: np.ndarray
    lag: np.ndarray
    children: dict[int, list[int]] = field(default_factory=dict)  # summary -> leaf nodes
    parent: list[int] | None = None  # activity index of each activity's parent, or -1
    warnings: list[str] = field(default_factory=list)
    origin: np.ndarray | None = None  # per link, the network link it comes from


def _int_array(values: list, what: str, allow_negative: bool) -> np.ndarray:
    try:
        array = np.array(values)
        array = array.astype(np.int64 if array.dtype.kind in "iu" else np.float64)
    except (TypeError, ValueError):
        raise InvalidNetworkError(f"every {what} must be a number of working days") from None
    if array.size and (not np.all(np.isfinite(array)) or np.any(array != np.round(array))):
        raise InvalidNetworkError(f"every {what} must be a whole number of working days")
    if not allow_negative and array.size and array.min() < 0:
        raise InvalidNetworkError(f"a {what} cannot be negative")
    return array.astype(np.int64)


def _read_links(links: list, index: dict[str, int]) -> tuple[np.ndarray, ...]:
    """Node numbers of the ends, type codes and lags of the links, with clear errors."""
    preds = [link.predecessor for link in links]
    succs = [link.successor for link in links]
    types = [link.type for link in links]
    lags = [link.lag for link in links]
    try:
        pred = np.fromiter(map(index.__getitem__, preds), np.int64, len(links))
        succ = np.fromiter(map(index.__getitem__, succs), np.int64, len(links))
    except KeyError:
        for link in links:
            for end in (link.predecessor, link.successor):
                if end not in index:
                    raise UnknownActivityError(
                        f"the link {link.predecessor} -> {link.successor} names "
                        f"{end!r}, which is not an activity of the network",
                        end,
                    ) from None
        raise
    type_codes = _link_codes(types)
    if lags.count(0) == len(lags):
        lag = np.zeros(len(lags), dtype=np.int64)
    else:
        lag = _int_array(lags, "lag", allow_negative=True)
    return pred, succ, type_codes, lag


def flatten(network: Network) -> Flat:
    """Check the network and return it as arrays over its leaf activities."""
    activities = list(network.activities)
    ids = [a.id for a in activities]
    index = {aid: i for i, aid in enumerate(ids)}
    if len(index) != len(ids):
        seen: set[str] = set()
        dup = next(aid for aid in ids if aid in seen or seen.add(aid))
        raise InvalidNetworkError(f"two activities have the id {dup!r}")
    if not activities:
        raise InvalidNetworkError("the network has no activities")
    duration = _int_array([a.duration for a in activities], "duration", allow_negative=False)

    links = list(network.links)
    from accord.scheduling import kernel  # here: kernel imports this module

    read = kernel.read_links(links, index)
    pred, succ, type_codes, lag = read if read is not None else _read_links(links, index)

    parents = [a.parent for a in activities]
    if parents.count(None) == len(parents):
        return Flat(activities, ids, np.arange(len(ids)), duration, pred, succ, type_codes, lag)
    return _with_summaries(activities, ids, index, duration, pred, succ, type_codes, lag, parents)


def _with_summaries(activities, ids, index, duration, pred, succ, types, lag, parents) -> Flat:
    """Keep leaves as nodes; re-attach each summary's links to its leaves.

    A link into a summary constrains its start (FS, SS: applied to every leaf, exact) or
    its finish (FF, SF); a link out of a summary starts from its finish (FS, FF: from every
    leaf, exact) or its start (SS, SF). The inexact cases are applied to every leaf, which
    is on the safe (later) side, and reported.
    """
    parent = []
    for a, p in zip(activities, parents, strict=True):
        if p is None:
            parent.append(-1)
        elif p not in index:
            raise UnknownActivityError(
                f"activity {a.id!r} has parent {p!r}, which is not an activity", p
            )
        else:
            parent.append(index[p])
    for start in range(len(ids)):  # a parent chain that loops would never end
        seen, chain, node = set(), [], start
        while node != -1:
            if node in seen:
                loop = chain[chain.index(node) :]
                error = CycleError([ids[i] for i in loop], [activities[i].name for i in loop])
                error.args = (
                    "the outline has a loop: "
                    + ", ".join(f"{ids[i]} is under {ids[parent[i]]}" for i in loop),
                )
                raise error
            seen.add(node)
            chain.append(node)
            node = parent[node]
    is_summary = np.zeros(len(ids), dtype=bool)
    is_summary[[p for p in parent if p >= 0]] = True
    leaf = np.flatnonzero(~is_summary)
    node_of = np.full(len(ids), -1)
    node_of[leaf] = np.arange(len(leaf))
    leaves_under: dict[int, list[int]] = {int(s): [] for s in np.flatnonzero(is_summary)}
    for i in leaf:
        p = parent[i]
        while p >= 0:
            leaves_under[p].append(int(node_of[i]))
            p = parent[p]
    warnings: list[str] = []
    for s in leaves_under:
        a = activities[s]
        if a.constraint or a.actual_start or a.actual_finish:
            warnings.append(
                f"summary {a.id}: its own constraint and progress are ignored "
                "(set them on its activities)"
            )
    out_p, out_s, out_t, out_l, origin = [], [], [], [], []
    for k, (p, s, t, g) in enumerate(
        zip(pred.tolist(), succ.tolist(), types.tolist(), lag.tolist(), strict=True)
    ):
        p_nodes = leaves_under.get(p, [node_of[p]])
        s_nodes = leaves_under.get(s, [node_of[s]])
        if (p in leaves_under and t in (SS, SF)) or (s in leaves_under and t in (FF, SF)):
            warnings.append(
                f"link {ids[p]} -> {ids[s]} ({LINK_TYPES[t].value}) with a summary end is "
                "applied to each of its activities"
            )
        for pn in p_nodes:
            for sn in s_nodes:
                out_p.append(pn)
                out_s.append(sn)
                out_t.append(t)
                out_l.append(g)
                origin.append(k)
    return Flat(
        activities,
        ids,
        leaf,
        duration[leaf],
        np.array(out_p, dtype=np.int64),
        np.array(out_s, dtype=np.int64),
        np.array(out_t, dtype=np.int8),
        np.array(out_l, dtype=np.int64),
        children=leaves_under,
        parent=parent,
        warnings=warnings,
        origin=np.array(origin, dtype=np.int64),
    )


@dataclass
class Levels:
    """Nodes sorted by topological level, with incoming and outgoing edges grouped.

    Positions: node ``order[j]`` sits at position ``j``; level ``k`` holds positions
    ``level_ptr[k]:level_ptr[k+1]``. Incoming edges are sorted by successor position, so
    each level's edges are one slice and each node's a contiguous group (``in_starts``
    are the group starts within the slice, ready for ``ufunc.reduceat``). Outgoing edges
    likewise by predecessor; a node without successors gets one dummy edge (type -1) so
    that no group is empty.
    """

    n: int
    order: np.ndarray
    pos: np.ndarray
    level_ptr: list[int]
    in_src: np.ndarray
    in_dst: np.ndarray
    in_type: np.ndarray
    in_lag: np.ndarray
    in_edge: np.ndarray
    in_ptr: list[int]
    in_node_ptr: np.ndarray
    in_starts: Sequence[np.ndarray]
    out_src: np.ndarray
    out_dst: np.ndarray
    out_type: np.ndarray
    out_lag: np.ndarray
    out_edge: np.ndarray
    out_ptr: list[int]
    out_node_ptr: np.ndarray
    out_starts: Sequence[np.ndarray]

    @property
    def count(self) -> int:
        return len(self.level_ptr) - 1


class _GroupStarts(Sequence):
    """Per level, where each node's group of links starts within the level's slice.

    Computed when a level is read: only the numpy passes read them, and building them
    all up front costs two numpy calls per level, which on a network of many small
    levels is more than the compiled passes take."""

    def __init__(self, node_ptr: np.ndarray, level_ptr: list[int]) -> None:
        self.node_ptr = node_ptr
        self.level_ptr = level_ptr

    def __len__(self) -> int:
        return len(self.level_ptr) - 1

    def __getitem__(self, k: int) -> np.ndarray:
        if not -len(self) <= k < len(self):
            raise IndexError(k)
        k %= len(self)
        a, b = self.level_ptr[k], self.level_ptr[k + 1]
        return self.node_ptr[a:b] - self.node_ptr[a]


def _find_cycle(n: int, pred: np.ndarray, succ: np.ndarray, stuck: np.ndarray) -> list[int]:
    """One cycle among the nodes Kahn's algorithm could not place, as node numbers."""
    remaining = np.zeros(n, dtype=bool)
    remaining[stuck] = True
    preds_of: dict[int, list[int]] = {}
    for p, s in zip(pred.tolist(), succ.tolist(), strict=True):
        if remaining[p] and remaining[s]:
            preds_of.setdefault(s, []).append(p)
    node = int(stuck[0])
    path: list[int] = []
    where: dict[int, int] = {}
    while node not in where:
        where[node] = len(path)
        path.append(node)
        node = preds_of[node][0]
    return path[where[node] :][::-1]


def _numpy_order(n, pred, succ, labels, names) -> tuple[np.ndarray, np.ndarray]:
    """Nodes in topological order, level by level, and where each level starts."""
    by_pred = np.argsort(pred)
    out_count = np.bincount(pred, minlength=n)
    out_base = np.concatenate([[0], np.cumsum(out_count)[:-1]])
    succ_by_pred = succ[by_pred]
    step = np.arange(pred.size + 1)
    indeg = np.bincount(succ, minlength=n)
    frontier = np.flatnonzero(indeg == 0)
    frontiers = []
    placed = 0
    while frontier.size:  # a handful of numpy calls per level, none per node
        frontiers.append(frontier)
        placed += frontier.size
        count = out_count[frontier]
        ends = np.cumsum(count)
        total = int(ends[-1])
        if not total:
            break
        base = out_base[frontier]
        base -= ends
        base += count
        edges = np.repeat(base, count)
        edges += step[:total]
        targets = succ_by_pred[edges]
        np.subtract.at(indeg, targets, 1)
        ready = targets[indeg[targets] == 0]
        if ready.size > 1:  # a node whose last predecessors share a level appears twice
            ready.sort()
            keep = np.empty(ready.size, dtype=bool)
            keep[0] = True
            np.not_equal(ready[1:], ready[:-1], out=keep[1:])
            ready = ready[keep]
        frontier = ready
    if placed < n:
        done = np.zeros(n, dtype=bool)
        done[np.concatenate(frontiers) if frontiers else []] = True
        cycle = _find_cycle(n, pred, succ, np.flatnonzero(~done))
        raise CycleError([labels(c) for c in cycle], [names(c) for c in cycle])

    return np.concatenate(frontiers), np.cumsum([0] + [f.size for f in frontiers])


def _compiled_order(n, pred, succ, labels, names) -> tuple[np.ndarray, np.ndarray]:
    """The same order as :func:`_numpy_order` (by level, then node number), from the
    compiled topological sort: one pass over the links instead of numpy calls per level."""
    from accord.scheduling import kernel

    level, placed = kernel.topological_levels(pred, succ, n)
    if placed < n:
        cycle = _find_cycle(n, pred, succ, np.flatnonzero(level < 0))
        raise CycleError([labels(c) for c in cycle], [names(c) for c in cycle])
    counts = np.bincount(level, minlength=1)
    order = kernel.argsort(level, counts.size)
    return order, np.concatenate([[0], np.cumsum(counts)])


def levels(
    n: int,
    pred: np.ndarray,
    succ: np.ndarray,
    types: np.ndarray,
    lag: np.ndarray,
    labels: Callable[[int], str] = str,
    names: Callable[[int], str] = str,
) -> Levels:
    """Sort nodes into topological levels (Kahn's algorithm, one level per step).

    ``labels`` and ``names`` turn a node number into an activity id and name for the
    message of a :class:`CycleError`.
    """
    from accord.scheduling import kernel  # here: kernel imports this module

    if kernel.active():
        order, level_ptr = _compiled_order(n, pred, succ, labels, names)
    else:
        order, level_ptr = _numpy_order(n, pred, succ, labels, names)
    pos = np.empty(n, dtype=np.int64)
    pos[order] = np.arange(n)

    p_pos, s_pos = pos[pred], pos[succ]
    in_order = kernel.argsort(s_pos, n)
    in_src, in_dst = p_pos[in_order], s_pos[in_order]
    in_ptr_nodes = np.concatenate([[0], np.cumsum(np.bincount(s_pos, minlength=n))])
    in_ptr = in_ptr_nodes[level_ptr]

    out_deg = np.bincount(p_pos, minlength=n)
    sinks = np.flatnonzero(out_deg == 0)
    o_src = np.concatenate([p_pos, sinks])
    o_dst = np.concatenate([s_pos, np.full(sinks.size, -1)])
    o_type = np.concatenate([types, np.full(sinks.size, -1, dtype=np.int8)])
    o_lag = np.concatenate([lag, np.zeros(sinks.size, dtype=np.int64)])
    o_edge = np.concatenate([np.arange(pred.size), np.full(sinks.size, -1)])
    out_order = kernel.argsort(o_src, n)
    out_ptr_nodes = np.concatenate([[0], np.cumsum(np.maximum(out_deg, 1))])
    out_ptr = out_ptr_nodes[level_ptr]

    lp = level_ptr.tolist()
    in_starts = _GroupStarts(in_ptr_nodes, lp)
    out_starts = _GroupStarts(out_ptr_nodes, lp)
    return Levels(
        n=n,
        order=order,
        pos=pos,
        level_ptr=lp,
        in_src=in_src,
        in_dst=in_dst,
        in_type=types[in_order],
        in_lag=lag[in_order],
        in_edge=in_order,
        in_ptr=in_ptr.tolist(),
        in_node_ptr=in_ptr_nodes,
        in_starts=in_starts,
        out_src=o_src[out_order],
        out_dst=o_dst[out_order],
        out_type=o_type[out_order],
        out_lag=o_lag[out_order],
        out_edge=o_edge[out_order],
        out_ptr=out_ptr.tolist(),
        out_node_ptr=out_ptr_nodes,
        out_starts=out_starts,
    )
