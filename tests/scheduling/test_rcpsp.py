"""Resource-constrained scheduling (accord.scheduling.rcpsp): plain unit tests, no database."""

from __future__ import annotations

import random
import re
from pathlib import Path

import numpy as np
import pytest

from accord.scheduling.rcpsp import (
    Instance,
    backward_sgs,
    critical_path_bound,
    lft_priority_list,
    schedule,
    serial_sgs,
    single_pass_lft,
    validate,
)


def random_instance(n_real: int, seed: int, resources: int = 4, strength: float = 0.2) -> Instance:
    """A PSPLIB-like instance: dummies at 0 and n-1, 1-3 successors, capacities from RS."""
    rng = random.Random(seed)
    n = n_real + 2
    durations = [0] + [rng.randint(1, 10) for _ in range(n_real)] + [0]
    successors: list[set[int]] = [set() for _ in range(n)]
    for j in range(1, n_real + 1):
        later = list(range(j + 1, min(n_real + 1, j + 1 + max(8, n_real // 2))))
        for s in rng.sample(later, min(len(later), rng.randint(1, 3))):
            successors[j].add(s)
    has_pred = {s for succ in successors for s in succ}
    for j in range(1, n_real + 1):
        if j not in has_pred:
            successors[0].add(j)
        if not successors[j]:
            successors[j].add(n - 1)
    demands = [[0] * resources]
    for _ in range(n_real):
        demands.append([rng.randint(1, 10) if rng.random() < 0.5 else 0 for _ in range(resources)])
    demands.append([0] * resources)
    # resource strength: capacity between the largest demand and the early-start peak
    start = [0] * n
    for j in range(n):
        for s in successors[j]:
            start[s] = max(start[s], start[j] + durations[j])
    horizon = max(s + d for s, d in zip(start, durations, strict=True)) + 1
    usage = np.zeros((resources, horizon), dtype=int)
    for j in range(n):
        usage[:, start[j] : start[j] + durations[j]] += np.array(demands[j])[:, None]
    capacities = []
    for k in range(resources):
        low = max(row[k] for row in demands)
        high = int(usage[k].max())
        capacities.append(max(1, low + round(strength * (high - low))))
    return Instance(
        tuple(durations),
        tuple(tuple(sorted(s)) for s in successors),
        tuple(tuple(r) for r in demands),
        tuple(capacities),
        name=f"random-{n_real}-{seed}",
    )


# Hand-checked, one resource of capacity 2. Activities 2 (3 periods) and 3 (4 periods)
# need the whole capacity, so they run alone; 1 (1 period) must precede 2, and 4 (1
# period) must follow 3; 1 and 4 need one unit each. Doing 3 first lets 1 and 4 share
# a period: 3 in 0-4, 1 and 4 in 4-5, 2 in 5-8, makespan 8. Doing 2 first forces
# 1, 2, 3, 4 one after the other: 1 + 3 + 4 + 1 = 9. So the optimum is 8. LFT puts 1
# first (latest finish 1 < 4 for 3) and gets 9.
TINY = Instance(
    durations=(0, 1, 3, 4, 1, 0),
    successors=((1, 3), (2,), (5,), (4,), (5,), ()),
    demands=((0,), (1,), (2,), (2,), (1,), (0,)),
    capacities=(2,),
    name="tiny",
)


def test_the_tiny_instance_is_solved_optimally_where_lft_is_not():
    assert critical_path_bound(TINY) == 5
    assert lft_priority_list(TINY) == [0, 1, 3, 2, 4, 5]
    base = single_pass_lft(TINY)
    assert (base.starts, base.makespan, base.schedules_generated) == ((0, 0, 5, 1, 8, 9), 9, 1)
    best = schedule(TINY, time_limit=None, max_schedules=200)
    assert best.makespan == 8
    assert best.starts == (0, 4, 5, 0, 4, 8)
    assert validate(TINY, best.starts) == []


def test_serial_sgs_places_each_activity_at_its_earliest_feasible_start():
    assert serial_sgs(TINY, [0, 3, 1, 4, 2, 5]) == [0, 4, 5, 0, 4, 8]
    assert serial_sgs(TINY, [0, 1, 2, 3, 4, 5]) == [0, 0, 1, 4, 8, 9]


def test_backward_sgs_schedules_as_late_as_possible_from_the_right():
    # the mirror of the list 5, 2, 4, 1, 3, 0: 2 ends last, 4 just before it with 1
    starts = backward_sgs(TINY, [5, 2, 4, 1, 3, 0])
    assert validate(TINY, starts) == []
    assert starts == [0, 4, 5, 0, 4, 8]


def test_activity_lists_that_break_precedence_are_refused():
    with pytest.raises(ValueError, match="activity 2 comes before its predecessor 1"):
        serial_sgs(TINY, [0, 2, 1, 3, 4, 5])
    with pytest.raises(ValueError, match="every activity exactly once"):
        serial_sgs(TINY, [0, 1, 2, 3, 4])
    with pytest.raises(ValueError, match="before its successor"):
        backward_sgs(TINY, [0, 1, 2, 3, 4, 5])


INSTANCES = [random_instance(30 if seed % 5 else 120, seed) for seed in range(50)]


@pytest.mark.parametrize("instance", INSTANCES, ids=lambda i: i.name)
def test_schedules_are_feasible_bounded_and_no_worse_than_lft(instance):
    base = single_pass_lft(instance)
    best = schedule(instance, time_limit=None, max_schedules=300, seed=1)
    assert validate(instance, base.starts) == []
    assert validate(instance, best.starts) == []
    bound = critical_path_bound(instance)
    assert best.makespan >= bound
    assert best.makespan <= base.makespan
    assert best.makespan == max(s + d for s, d in zip(best.starts, instance.durations, strict=True))
    assert 0 < best.schedules_generated <= 300 + 40  # a justification may finish its loop


def test_the_improvement_pays_off_on_random_instances():
    """Not a timing: over 10 instances the search shortens the LFT schedules."""
    base = sum(single_pass_lft(i).makespan for i in INSTANCES[1:11])
    best = sum(schedule(i, time_limit=None, max_schedules=500).makespan for i in INSTANCES[1:11])
    assert best < base


def test_the_search_is_deterministic_for_a_seed_and_a_schedule_budget():
    instance = INSTANCES[0]
    first = schedule(instance, time_limit=None, seed=7, max_schedules=400)
    again = schedule(instance, time_limit=None, seed=7, max_schedules=400)
    assert first == again
    assert first.schedules_generated >= 400


def test_a_budget_is_required():
    with pytest.raises(ValueError, match="time_limit or max_schedules"):
        schedule(TINY, time_limit=None)


def test_dummy_activities_may_sit_anywhere():
    instance = Instance(
        durations=(2, 0, 3, 0),
        successors=((1,), (2,), (), ()),
        demands=((1,), (0,), (1,), (0,)),
        capacities=(1,),
    )
    best = schedule(instance, time_limit=None, max_schedules=50)
    assert best.makespan == 5
    assert validate(instance, best.starts) == []


def _tiny(**changes) -> Instance:
    fields = {
        "durations": (0, 2, 3, 0),
        "successors": ((1, 2), (3,), (3,), ()),
        "demands": ((0,), (1,), (1,), (0,)),
        "capacities": (1,),
    }
    fields.update(changes)
    return Instance(**fields)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"demands": ((0,), (2,), (1,), (0,))}, "activity 1 needs 2 units of resource 0, above"),
        ({"successors": ((1, 2), (2,), (1,), ())}, "cycle through activities"),
        ({"successors": ((1,), (1,), (3,), ())}, "activity 1 is its own successor"),
        ({"successors": ((1, 2), (3,), (3,))}, "successors has 3 entries for 4 activities"),
        ({"demands": ((0,), (1,), (0,))}, "demands has 3 rows for 4 activities"),
        ({"demands": ((0,), (1, 1), (1,), (0,))}, "activity 1 has 2 demands for 1 resources"),
        ({"durations": (0, -2, 3, 0)}, "activity 1 has a negative duration"),
        ({"successors": ((1, 9), (3,), (3,), ())}, "activity 0 has an unknown successor 9"),
        ({"demands": ((0,), (-1,), (1,), (0,))}, "negative demand"),
        ({"durations": (0, 2.5, 3, 0)}, "durations must be integers"),
    ],
)
def test_bad_instances_are_refused_naming_the_problem(changes, message):
    with pytest.raises(ValueError, match=message):
        _tiny(**changes)


def test_lists_are_accepted_and_stored_as_tuples():
    instance = Instance([0, 2], [[1], []], [[0], [1]], [1])
    assert instance.successors == ((1,), ())
    assert instance.demands == ((0,), (1,))


def test_validate_reports_overloads_and_precedence_violations_in_words():
    instance = _tiny()
    assert validate(instance, [0, 0, 2, 5]) == []
    # 1 and 2 overlap in periods 0-1 on a capacity of 1; 3 starts before 2 finishes
    assert validate(instance, [0, 0, 0, 2]) == [
        "activity 3 starts at 2 before its predecessor 2 finishes at 3",
        "resource 0 is overloaded in periods 0-1: 2 units used, capacity 1",
    ]
    assert validate(instance, [0, 0, 1, 4]) == [
        "resource 0 is overloaded in period 1: 2 units used, capacity 1",
    ]
    assert validate(instance, [0, 0]) == ["2 start times given for 4 activities"]


def test_the_documented_example_gives_the_documented_results():
    doc = (Path(__file__).resolve().parents[2] / "docs" / "scheduling.md").read_text()
    section = doc[doc.index("## Resource-constrained scheduling (RCPSP)") :]
    block = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    names: dict = {}
    exec(compile(block, "docs/scheduling.md", "exec"), names)  # noqa: S102 - our own docs
    assert (names["result"].makespan, names["result"].starts) == (8, (0, 4, 5, 0, 4, 8))
    assert names["single_pass_lft"](names["instance"]).makespan == 9


@pytest.mark.parametrize("resources", [1, 2, 3, 5, 9])
def test_any_number_of_resources_gives_feasible_schedules(resources):
    instance = random_instance(30, 100 + resources, resources=resources)
    best = schedule(instance, time_limit=None, max_schedules=200)
    assert validate(instance, best.starts) == []
    assert critical_path_bound(instance) <= best.makespan <= single_pass_lft(instance).makespan
