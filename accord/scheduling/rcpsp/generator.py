"""Random single-mode RCPSP instances in the manner of ProGen (Kolisch, Sprecher & Drexl,
"Characterization and generation of a general class of resource-constrained project
scheduling problems", Management Science 41, 1995), the generator behind PSPLIB.

Parameters, as in the literature:

- ``n`` non-dummy activities, numbered 1..n; 0 is the dummy start, n+1 the dummy end;
- ``resources`` (K) renewable resources;
- network complexity ``nc``: the average number of non-redundant arcs per activity, dummy
  activities and their arcs included (PSPLIB uses 1.5, 1.8, 2.1). Arcs only go from a
  lower to a higher number (so the network is acyclic) and an arc is added only if it is
  not implied by the others and makes none of them implied. Dense targets on small
  networks may be unreachable: the generator then stops after a bounded number of draws;
- resource factor ``rf``: the share of the K resources an activity uses (0.25..1.0), met
  exactly over the whole instance (every activity uses at least one resource);
- resource strength ``rs``: capacity = kmin + rs * (kmax - kmin), with kmin the largest
  single demand for the resource and kmax the peak demand of the earliest-start schedule
  (rounded half up);
- durations and non-zero demands drawn uniformly from 1..10.

The same arguments give the same instance (``random.Random(seed)``), on every platform.
"""

from __future__ import annotations

import random

from accord.scheduling.rcpsp.model import Instance

MAX_DURATION = 10
MAX_DEMAND = 10
MAX_ENDS = 3  # activities hanging on the dummy start (and on the dummy end), as in PSPLIB


class _Network:
    """Arcs between 1..n with their transitive closure as bit sets, to keep arcs
    non-redundant."""

    def __init__(self, n: int) -> None:
        self.succ: list[set[int]] = [set() for _ in range(n + 2)]
        self.pred: list[set[int]] = [set() for _ in range(n + 2)]
        self.desc = [0] * (n + 2)  # strict descendants, as a bit set
        self.anc = [0] * (n + 2)  # strict ancestors
        self.arcs = 0

    def _members(self, bits: int) -> list[int]:
        out = []
        while bits:
            low = bits & -bits
            out.append(low.bit_length() - 1)
            bits ^= low
        return out

    def can_add(self, i: int, j: int) -> bool:
        """(i, j) is neither implied by the arcs nor makes one of them implied."""
        if i == j or (self.desc[i] >> j) & 1 or (self.desc[j] >> i) & 1:
            return False
        downstream = self.desc[j] | (1 << j)
        for a in [i, *self._members(self.anc[i])]:
            if any((downstream >> b) & 1 for b in self.succ[a]):
                return False
        return True

    def add(self, i: int, j: int) -> None:
        self.succ[i].add(j)
        self.pred[j].add(i)
        self.arcs += 1
        downstream = self.desc[j] | (1 << j)
        upstream = self.anc[i] | (1 << i)
        for a in self._members(upstream):
            self.desc[a] |= downstream
        for b in self._members(downstream):
            self.anc[b] |= upstream


def _network(n: int, nc: float, rng: random.Random) -> list[tuple[int, ...]]:
    net = _Network(n)
    starts = min(MAX_ENDS, n)
    ends = min(MAX_ENDS, n)
    first_end = n - ends + 1  # activities first_end..n are the finish activities
    # Every activity past the start ones gets one predecessor that is not a finish one.
    for j in range(starts + 1, n + 1):
        candidates = list(range(1, min(j - 1, first_end - 1) + 1))
        if candidates:
            net.add(rng.choice(candidates), j)
    # Every activity before the finish ones gets a successor.
    for i in range(1, first_end):
        if net.succ[i]:
            continue
        candidates = [j for j in range(max(i, starts) + 1, n + 1) if net.can_add(i, j)]
        if candidates:
            net.add(i, rng.choice(candidates))
    # Dummy arcs: the start to activities without predecessors, those without successors
    # to the end.
    dummies = sum(1 for j in range(1, n + 1) if not net.pred[j])
    dummies += sum(1 for i in range(1, n + 1) if not net.succ[i])
    target = round(nc * (n + 2)) - dummies
    # More arcs between ordinary activities until the complexity is reached.
    draws = 0
    while net.arcs < target and draws < 200 * (n + 2) and first_end > 1 and starts < n:
        draws += 1
        i = rng.randint(1, first_end - 1)
        low = max(i, starts) + 1
        if low > n:
            continue
        j = rng.randint(low, n)
        if net.can_add(i, j):
            net.add(i, j)
    successors: list[tuple[int, ...]] = [()] * (n + 2)
    successors[0] = tuple(j for j in range(1, n + 1) if not net.pred[j])
    for i in range(1, n + 1):
        successors[i] = tuple(sorted(net.succ[i])) or (n + 1,)
    if n == 0:
        successors[0] = (1,)
    return successors


def _early_starts(durations: list[int], successors: list[tuple[int, ...]]) -> list[int]:
    es = [0] * len(durations)
    for i in range(len(durations)):  # numbers are a topological order
        for j in successors[i]:
            es[j] = max(es[j], es[i] + durations[i])
    return es


def generate(
    n: int,
    resources: int = 4,
    nc: float = 1.5,
    rf: float = 0.5,
    rs: float = 0.5,
    seed: int = 0,
) -> Instance:
    """A random instance of ``n`` activities (plus the dummy start and end) on
    ``resources`` renewable resources; see the module for the parameters."""
    if n < 1:
        raise ValueError("n must be at least 1")
    if resources < 1:
        raise ValueError("resources must be at least 1")
    if not 0 < rf <= 1:
        raise ValueError("rf must be in (0, 1]")
    if not 0 <= rs <= 1:
        raise ValueError("rs must be in [0, 1]")
    if nc <= 0:
        raise ValueError("nc must be positive")
    rng = random.Random(seed)  # noqa: S311 - a reproducible instance, not a secret
    successors = _network(n, nc, rng)
    durations = [0] + [rng.randint(1, MAX_DURATION) for _ in range(n)] + [0]

    # Resource use: exactly round(rf * n * K) (activity, resource) pairs, at least one per
    # activity, spread as evenly as whole numbers allow.
    total = min(n * resources, max(n, round(rf * n * resources)))
    per = [total // n] * n
    for a in rng.sample(range(n), total - sum(per)):
        per[a] += 1
    uses = [set(rng.sample(range(resources), m)) for m in per]
    # Every resource is used by some activity where the pairs allow it.
    for k in range(resources):
        if any(k in u for u in uses):
            continue
        counts = [sum(k2 in u for u in uses) for k2 in range(resources)]
        for u in rng.sample(uses, len(uses)):
            shared = [k2 for k2 in sorted(u) if counts[k2] > 1]
            if shared:
                u.remove(rng.choice(shared))
                u.add(k)
                break
    demands = [tuple([0] * resources)]
    for u in uses:
        demands.append(tuple(rng.randint(1, MAX_DEMAND) if k in u else 0 for k in range(resources)))
    demands.append(tuple([0] * resources))

    es = _early_starts(durations, successors)
    horizon = max(e + d for e, d in zip(es, durations, strict=True))
    capacities = []
    for k in range(resources):
        usage = [0] * (horizon + 1)
        for j in range(n + 2):
            for t in range(es[j], es[j] + durations[j]):
                usage[t] += demands[j][k]
        kmin = max(d[k] for d in demands)
        kmax = max(usage)
        capacities.append(kmin + int(rs * (kmax - kmin) + 0.5))
    return Instance(
        durations=tuple(durations),
        successors=tuple(successors),
        demands=tuple(demands),
        capacities=tuple(capacities),
        name=f"gen_n{n}_k{resources}_nc{nc}_rf{rf}_rs{rs}_s{seed}",
    )
