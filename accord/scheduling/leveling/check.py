"""Load against capacity (``overloads``) and an independent check of any schedule.

``check`` recomputes everything from the problem's own rules (links in the successor's
working time, a job working only on its own calendar's working periods, capacity per
period) without the SGS's data structures, so tests can hold any ``Leveled`` to it.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from accord.scheduling.leveling.kernel import FF, FS, SF, SS, Compiled
from accord.scheduling.leveling.model import Leveled, Overload, Problem


def _loads(compiled: Compiled, starts: Mapping[str, int], skip=()):
    """Load per resource and period, and per job its worked periods (jobs in ``starts``)."""
    tl = compiled.timeline
    worked: dict[int, np.ndarray] = {}
    end = 0
    for jid, s in starts.items():
        j = compiled.index.get(jid)
        if j is None:
            raise ValueError(f"a start is given for an unknown job {jid!r}")
        i, f = tl.finish_of(compiled.cal[j], int(s), compiled.dur[j])
        worked[j] = tl.pos[compiled.cal[j]][i : i + compiled.dur[j]]
        end = max(end, f)
    tl.ensure_period(end)
    load = np.zeros((len(compiled.resources), tl.H), dtype=np.int64)
    fixed_load = np.zeros_like(load)
    for j, cols in worked.items():
        if j in skip:
            continue
        for k, q in zip(compiled.res[j], compiled.qty[j], strict=True):
            load[k, cols] += q
            if compiled.fixed[j] is not None:
                fixed_load[k, cols] += q
    return load, fixed_load, worked


def _runs(flags: np.ndarray) -> list[tuple[int, int]]:
    """(first, last) of every run of True in ``flags``."""
    edges = np.diff(np.concatenate([[0], flags.astype(np.int8), [0]]))
    return list(
        zip(
            np.flatnonzero(edges == 1).tolist(),
            (np.flatnonzero(edges == -1) - 1).tolist(),
            strict=True,
        )
    )


def overloads(problem: Problem, starts: Mapping[str, int]) -> list[Overload]:
    """Every stretch of consecutive periods where a resource is loaded beyond capacity by
    the jobs placed at ``starts`` (jobs missing from ``starts`` are left out)."""
    compiled = Compiled(problem)
    load, _, worked = _loads(compiled, starts)
    cap = compiled.timeline.cap[:, : load.shape[1]]
    out = []
    for k, rid in enumerate(compiled.resources):
        for a, b in _runs(load[k] > cap[k]):
            jobs = [
                j
                for j, cols in worked.items()
                if k in compiled.res[j] and cols.size and ((cols >= a) & (cols <= b)).any()
            ]
            jobs.sort(key=lambda j: (int(starts[compiled.ids[j]]), compiled.ids[j]))
            out.append(
                Overload(
                    resource=rid,
                    first=a,
                    last=b,
                    peak_load=int(load[k, a : b + 1].max()),
                    capacity=int(cap[k, a : b + 1].min()),
                    jobs=tuple(compiled.ids[j] for j in jobs),
                )
            )
    return out


def check(problem: Problem, leveled: Leveled) -> list[str]:
    """Everything wrong with ``leveled`` as a schedule of ``problem``, in words; [] if none.

    Capacity may be exceeded only where the fixed jobs alone already exceed it, and
    unplaceable jobs are left out of the load (they are reported, not booked).
    """
    compiled = Compiled(problem)
    tl = compiled.timeline
    problems: list[str] = []
    ids = compiled.ids
    missing = [i for i in ids if i not in leveled.start or i not in leveled.finish]
    if missing:
        return [f"no start or finish for jobs {missing[:10]}"]
    start = [int(leveled.start[i]) for i in ids]
    finish = [int(leveled.finish[i]) for i in ids]
    for j, jid in enumerate(ids):
        c, d = compiled.cal[j], compiled.dur[j]
        if compiled.fixed[j] is not None:
            if start[j] != compiled.fixed[j]:
                problems.append(f"{jid} is fixed at {compiled.fixed[j]} but starts at {start[j]}")
        else:
            if start[j] < compiled.release[j]:
                problems.append(
                    f"{jid} starts at {start[j]}, before its release {compiled.release[j]}"
                )
            tl.ensure_period(start[j] + 1)
            if d > 0 and not tl.work[c][start[j]]:
                problems.append(f"{jid} starts at {start[j]}, not a working period of calendar {c}")
        _, f = tl.finish_of(c, start[j], d)
        if f != finish[j]:
            problems.append(
                f"{jid} finishes at {finish[j]}; {d} working periods from its start end at {f}"
            )
    for link in problem.links:
        p, s = compiled.index[link.predecessor], compiled.index[link.successor]
        if compiled.fixed[s] is not None:
            continue  # started work stays where it is (progress overrides logic)
        kind = ("FS", "SS", "FF", "SF").index(link.type)
        t = finish[p] if kind in (FS, FF) else start[p]
        point = start[s] if kind in (FS, SS) else finish[s]
        tl.ensure_period(max(t, point))
        count = tl.count[compiled.cal[s]]
        if count[point] < count[t] + link.lag:
            problems.append(
                f"{link.type} {link.predecessor} -> {link.successor} lag {link.lag} is violated "
                f"({link.successor} at {start[s]}-{finish[s]}, {link.predecessor} at "
                f"{start[p]}-{finish[p]})"
            )
    skip = {compiled.index[u] for u in leveled.unplaceable}
    load, fixed_load, _ = _loads(compiled, dict(zip(ids, start, strict=True)), skip)
    cap = tl.cap[:, : load.shape[1]]
    over = load > np.maximum(cap, fixed_load)
    for k, rid in enumerate(compiled.resources):
        for a, b in _runs(over[k]):
            peak, least = int(load[k, a : b + 1].max()), int(cap[k, a : b + 1].min())
            problems.append(
                f"resource {rid} is overloaded in periods {a}-{b}: "
                f"{peak} units used, capacity {least}"
            )
    return problems


__all__ = ["FF", "FS", "SF", "SS", "check", "overloads"]
