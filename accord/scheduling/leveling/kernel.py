"""The serial schedule-generation scheme with calendars, generalised links and time-varying
capacity, compiled once per problem and decoded many times.

Link arithmetic happens in the successor's working time. With ``count`` the number of
working periods of the successor's calendar before a period, a link from a predecessor
reference point ``t`` (its finish for FS/FF, its start for SS/SF) with lag ``L`` requires
``count[S] >= count[t] + L`` of the successor's start ``S`` (FS, SS) or
``count[F] >= count[t] + L`` of its finish ``F`` (FF, SF). A working job's finish is
``d`` working periods after its start, so ``count[F] = count[S] + d`` and every bound
becomes a bound on the working index of the start; the earliest start is the working
period with that index (or the release, if later). A milestone (duration 0) is an instant
and may sit on any period: the earliest ``t`` whose count reaches the bound.

Resources: a ``(resources, periods)`` array of remaining capacity, the fixed jobs booked
in first. A job's candidate starts are working indices of its calendar; the remaining
capacity of its resources at its calendar's working periods is compared with its demand
in one numpy operation over a window, and the first run of ``d`` fitting working periods
(a bytes search) is its start. A 5-day job thus ignores what happens on the weekend and
a 7-day job needs the weekend free as well.
"""

from __future__ import annotations

import heapq

import numpy as np

from accord.scheduling.leveling.model import LINK_TYPES, Problem, check_problem
from accord.scheduling.leveling.timeline import Timeline

FS, SS, FF, SF = range(4)
NEVER = -(10**18)


class Compiled:
    """A problem turned into index-based lists and arrays, validated."""

    def __init__(self, problem: Problem) -> None:
        check_problem(problem)
        jobs = list(problem.jobs)
        self.problem = problem
        self.n = len(jobs)
        self.ids = [j.id for j in jobs]
        self.index = {jid: i for i, jid in enumerate(self.ids)}
        self.dur = [int(j.duration) for j in jobs]
        self.cal = [int(j.calendar) for j in jobs]
        self.release = [int(j.release) for j in jobs]
        self.fixed = [None if j.fixed_start is None else int(j.fixed_start) for j in jobs]
        self.prio = [int(j.priority) for j in jobs]
        self.due = [None if j.due is None else int(j.due) for j in jobs]
        self.group = [j.group for j in jobs]
        self.groups = list(dict.fromkeys(self.group))
        self.resources = list(problem.capacity)
        rindex = {r: k for k, r in enumerate(self.resources)}
        caps = [np.asarray(problem.capacity[r]) for r in self.resources]
        self.cap_end = max((c.size for c in caps), default=0)
        self.cap_max = [int(c.max()) for c in caps]
        self.cap_tail = [int(c[-1]) for c in caps]
        # per job: resource indices and demands of the resources it actually uses
        self.res: list[list[int]] = []
        self.qty: list[list[int]] = []
        for job in jobs:
            used = [(rindex[r], int(q)) for r, q in job.demands.items() if int(q) > 0]
            used.sort()
            self.res.append([k for k, _ in used])
            self.qty.append([q for _, q in used])
        # a job that needs more than a resource ever offers can never be placed
        self.too_big = [
            self.dur[j] > 0
            and any(q > self.cap_max[k] for k, q in zip(self.res[j], self.qty[j], strict=True))
            for j in range(self.n)
        ]
        self.needs = [list(zip(self.res[j], self.qty[j], strict=True)) for j in range(self.n)]
        # beyond the capacity arrays only the last values remain: if one is short of the
        # demand, the job must fit before the arrays end
        self.tail_ok = [
            all(q <= self.cap_tail[k] for k, q in zip(self.res[j], self.qty[j], strict=True))
            for j in range(self.n)
        ]
        self.preds: list[list[tuple[int, int, int]]] = [[] for _ in range(self.n)]
        self.succs: list[list[tuple[int, int, int]]] = [[] for _ in range(self.n)]
        for link in problem.links:
            p, s = self.index[link.predecessor], self.index[link.successor]
            kind = LINK_TYPES.index(link.type)
            self.preds[s].append((p, kind, int(link.lag)))
            self.succs[p].append((s, kind, int(link.lag)))
        self.topo = self._topological_order()
        longest = sum(self.dur)
        base = max(
            [self.cap_end, max((c.size for c in map(np.asarray, problem.calendars)), default=0)]
            + self.release
            + [f for f in self.fixed if f is not None]
        )
        self.timeline = Timeline(problem.calendars, caps, base + min(longest, 4 * base + 400) + 64)
        self._book_fixed()

    def _topological_order(self) -> list[int]:
        indeg = [len(p) for p in self.preds]
        ready = [j for j in range(self.n) if indeg[j] == 0]
        order = []
        while ready:
            j = ready.pop()
            order.append(j)
            for s, _, _ in self.succs[j]:
                indeg[s] -= 1
                if indeg[s] == 0:
                    ready.append(s)
        if len(order) != self.n:
            stuck = sorted(self.ids[j] for j in range(self.n) if indeg[j] > 0)
            shown = ", ".join(stuck[:10]) + (" ..." if len(stuck) > 10 else "")
            raise ValueError(f"the links form a cycle through jobs {shown}")
        return order

    def _book_fixed(self) -> None:
        """Start, finish and occupied periods of the fixed jobs, and the profile they leave."""
        tl = self.timeline
        self.fixed_start = [None] * self.n
        self.fixed_finish = [None] * self.n
        spans = []
        for j in range(self.n):
            if self.fixed[j] is None:
                continue
            i, f = tl.finish_of(self.cal[j], self.fixed[j], self.dur[j])
            self.fixed_start[j], self.fixed_finish[j] = self.fixed[j], f
            spans.append((j, i))
        tl.ensure_period(max([f for f in self.fixed_finish if f is not None], default=0))
        self.base = tl.cap.copy()
        for j, i in spans:
            cols = tl.pos[self.cal[j]][i : i + self.dur[j]]
            for k, q in zip(self.res[j], self.qty[j], strict=True):
                self.base[k, cols] -= q
        self.free = [j for j in range(self.n) if self.fixed[j] is None]
        self.missing = [
            sum(1 for p, _, _ in self.preds[j] if self.fixed[p] is None) for j in range(self.n)
        ]

    # -- priority lists ----------------------------------------------------------------

    def ordered(self, key) -> list[int]:
        """The non-fixed jobs in a precedence-feasible order: among those whose
        predecessors are listed, the smallest ``key[j]`` first."""
        missing = list(self.missing)
        ready = [(key[j], j) for j in self.free if missing[j] == 0]
        heapq.heapify(ready)
        order = []
        while ready:
            _, j = heapq.heappop(ready)
            order.append(j)
            for s, _, _ in self.succs[j]:
                if self.fixed[s] is None:
                    missing[s] -= 1
                    if missing[s] == 0:
                        heapq.heappush(ready, (key[s], s))
        return order

    # -- decoding -----------------------------------------------------------------------

    def decode(self, order, *, resources: bool = True):
        """Start and finish of every job, placing the jobs of ``order`` one by one.

        Returns ``(start, finish, unplaceable)``; unplaceable jobs sit at their
        precedence-feasible start and book nothing.
        """
        tl = self.timeline
        start = list(self.fixed_start)
        finish = list(self.fixed_finish)
        self._rem = self.base.copy() if resources else None
        dur, cal, preds, release = self.dur, self.cal, self.preds, self.release
        needs, too_big, search = self.needs, self.too_big, self._search
        unplaceable = []
        for j in order:
            c, d = cal[j], dur[j]
            count, horizon = tl.count[c], tl.H
            k = NEVER
            for p, kind, lag in preds[j]:
                t = finish[p] if kind in (FS, FF) else start[p]
                if t > horizon:
                    tl.ensure_period(t)
                    count, horizon = tl.count[c], tl.H
                v = count[t] + lag
                if kind >= FF:
                    v -= d
                if v > k:
                    k = v
            r = release[j]
            if d == 0:
                s = max(tl.first_at_or_after(c, k), r)
                start[j] = finish[j] = s
                continue
            if r > horizon:
                tl.ensure_period(r)
                count = tl.count[c]
            i = count[r]
            if k > i:
                i = k
            if resources and needs[j]:
                found = None if too_big[j] else search(j, i)
                if found is None:
                    unplaceable.append(j)
                else:
                    i, cols = found
                    rem = self._rem
                    for row, q in needs[j]:
                        rem[row, cols] -= q
            pos = tl.pos_list[c]
            if i + d > len(pos):
                tl.ensure_index(c, i + d - 1)
                pos = tl.pos_list[c]
            start[j] = pos[i]
            finish[j] = pos[i + d - 1] + 1
        return start, finish, unplaceable

    def _fit_rem(self) -> None:
        """Grow the remaining-capacity profile after the timeline grew."""
        rem, tl = self._rem, self.timeline
        if rem.shape[1] < tl.H:
            self._rem = np.concatenate([rem, tl.cap[:, rem.shape[1] :]], axis=1)
            self.base = np.concatenate([self.base, tl.cap[:, self.base.shape[1] :]], axis=1)

    def _search(self, j: int, i0: int):
        """The first working index ``i >= i0`` from which ``d`` working periods all fit,
        and those periods; None if there is none."""
        tl = self.timeline
        c, d = self.cal[j], self.dur[j]
        (row, need), *others = self.needs[j]
        limit = None
        if not self.tail_ok[j]:
            tl.ensure_period(self.cap_end)
            limit = tl.count[c][self.cap_end]
        run = b"\x01" * d
        width = max(4 * d, 64)
        lo = i0
        while True:
            hi = lo + width
            if limit is not None:
                hi = min(hi, limit)
                if hi - lo < d:
                    return None
            if hi >= len(tl.pos_list[c]):
                tl.ensure_index(c, hi)
            rem = self._rem
            if rem.shape[1] < tl.H:  # the timeline grew since (here or elsewhere)
                self._fit_rem()
                rem = self._rem
            cols = tl.pos[c][lo:hi]
            ok = rem[row, cols] >= need
            for other, q in others:
                ok &= rem[other, cols] >= q
            found = ok.tobytes().find(run)
            if found >= 0:
                return lo + found, cols[found : found + d]
            if limit is not None and hi >= limit:
                return None
            lo = hi - d + 1
            width *= 2

    # -- analysis -----------------------------------------------------------------------

    def early(self):
        """Start and finish of every job with resources ignored (fixed jobs stay)."""
        start, finish, _ = self.decode(
            [j for j in self.topo if self.fixed[j] is None], resources=False
        )
        return start, finish

    def latest_finishes(self, es, ef, anchor: dict[str, int] | None = None) -> list[int]:
        """A backward pass for priorities: how late each job may finish without delaying
        its group's unconstrained finish or its due period.

        Each link's gap is measured in the early schedule (where the successor's bound
        would fall if this link alone drove it), which makes the pass exact on a single
        calendar and a close approximation across calendars. ``anchor`` replaces the
        groups' unconstrained finishes (the search anchors them at a leveled schedule's).
        """
        if anchor is None:
            anchor = {}
            for j in range(self.n):
                g = self.group[j]
                anchor[g] = max(anchor.get(g, 0), ef[j])
        lf = [anchor[self.group[j]] for j in range(self.n)]
        for j in range(self.n):
            if self.due[j] is not None and self.due[j] < lf[j]:
                lf[j] = self.due[j]
        tl = self.timeline
        for j in reversed(self.topo):
            span_j = ef[j] - es[j]
            for s, kind, lag in self.succs[j]:
                t = ef[j] if kind in (FS, FF) else es[j]
                c, d = self.cal[s], self.dur[s]
                k = tl.count[c][t] + lag - (d if kind >= FF else 0)
                if d == 0:
                    implied = tl.first_at_or_after(c, k)
                else:
                    implied = tl.pos_list[c][max(k, 0)] if k < len(tl.pos_list[c]) else t
                gap = implied - t
                late_start_s = lf[s] - (ef[s] - es[s])
                bound = late_start_s - gap + (span_j if kind in (SS, SF) else 0)
                if bound < lf[j]:
                    lf[j] = bound
        return lf

    def effective_priority(self) -> list[int]:
        """A job is as urgent as the most urgent job that waits for it."""
        eff = list(self.prio)
        for j in reversed(self.topo):
            for s, _, _ in self.succs[j]:
                if eff[s] > eff[j]:
                    eff[j] = eff[s]
        return eff
