"""Portfolio leveling (accord.scheduling.leveling): plain unit tests, no database.

Period 0 is a Monday; on the 5-day calendar periods 5 and 6, 12 and 13, ... are the
weekend.
"""

from __future__ import annotations

import numpy as np
import pytest

from accord.scheduling.leveling import (
    Job,
    Overload,
    Precedence,
    Problem,
    check,
    early_schedule,
    level,
    overloads,
    single_pass,
)
from accord.scheduling.leveling.timeline import extend_calendar, extend_capacity

FIVE = np.array([1, 1, 1, 1, 1, 0, 0], dtype=bool)
SEVEN = np.ones(7, dtype=bool)
CALENDARS = [FIVE, SEVEN]


def problem(jobs, links=(), capacity=None) -> Problem:
    return Problem(CALENDARS, capacity or {"suite": np.array([1])}, jobs, links)


def placed(result, *ids):
    return [(result.start[i], result.finish[i]) for i in ids]


# -- links and lags -------------------------------------------------------------------------


def test_finish_to_start_lag_counts_working_days_of_the_successor():
    p = problem([Job("A", 5), Job("B", 2)], [Precedence("A", "B", "FS", 2)])
    # A works Monday to Friday; two working days of lag (Mon, Tue) put B on Wednesday
    assert placed(early_schedule(p), "A", "B") == [(0, 5), (9, 11)]


def test_finish_to_start_lead_overlaps_the_predecessor():
    p = problem([Job("A", 5), Job("B", 2)], [Precedence("A", "B", "FS", -2)])
    assert placed(early_schedule(p), "B") == [(3, 5)]


def test_start_to_start_lag():
    p = problem([Job("A", 5), Job("B", 2)], [Precedence("A", "B", "SS", 2)])
    assert placed(early_schedule(p), "B") == [(2, 4)]


def test_finish_to_finish_lag_moves_the_start_so_the_finish_holds():
    p = problem([Job("A", 5), Job("B", 2)], [Precedence("A", "B", "FF", 1)])
    # B must finish one working day after A: it works Friday and Monday
    assert placed(early_schedule(p), "B") == [(4, 8)]


def test_start_to_finish_successor_finishes_when_the_predecessor_starts():
    p = problem([Job("A", 1, release=9), Job("B", 3)], [Precedence("A", "B", "SF", 0)])
    # A starts on the second Wednesday (9); B works Friday, Monday, Tuesday and finishes at 9
    assert placed(early_schedule(p), "A", "B") == [(9, 10), (4, 9)]


def test_milestones_sit_at_the_instant_and_successors_take_the_next_working_day():
    p = problem(
        [Job("A", 5), Job("M", 0), Job("B", 1)],
        [Precedence("A", "M"), Precedence("M", "B")],
    )
    assert placed(early_schedule(p), "M", "B") == [(5, 5), (7, 8)]


def test_a_lag_counts_on_the_successor_calendar():
    jobs = [Job("A", 5), Job("B7", 1, calendar=1), Job("B5", 1, calendar=0)]
    links = [Precedence("A", "B7", "FS", 2), Precedence("A", "B5", "FS", 2)]
    early = early_schedule(problem(jobs, links))
    # two days of lag on a 7-day calendar are Saturday and Sunday; on a 5-day, Mon and Tue
    assert early.start["B7"] == 7
    assert early.start["B5"] == 9


# -- calendars and resources -----------------------------------------------------------------


def test_a_five_day_job_leaves_the_weekend_free_and_a_seven_day_job_uses_it():
    jobs = [
        Job("X", 3, calendar=0, release=3, demands={"suite": 1}, priority=1),
        Job("Y", 2, calendar=1, release=5, demands={"suite": 1}),
    ]
    result = level(problem(jobs), time_limit=None, max_schedules=1)
    assert placed(result, "X", "Y") == [(3, 8), (5, 7)]  # Thu Fri (weekend: Y) Mon


def test_a_seven_day_job_holds_the_suite_over_the_weekend():
    jobs = [
        Job("Z", 3, calendar=1, release=3, demands={"suite": 1}, priority=1),
        Job("X", 3, calendar=0, release=3, demands={"suite": 1}),
    ]
    result = level(problem(jobs), time_limit=None, max_schedules=1)
    assert placed(result, "Z", "X") == [(3, 6), (7, 10)]


def test_a_suite_closed_for_requalification_is_worked_around():
    capacity = np.ones(60, dtype=np.int64)
    capacity[14:28] = 0
    jobs = [
        Job("J7", 5, calendar=1, release=10, demands={"suite": 1}),
        Job("short", 4, calendar=1, release=10, demands={"other": 1}),
    ]
    p = problem(jobs, capacity={"suite": capacity, "other": capacity})
    result = level(p, time_limit=None, max_schedules=3)
    assert result.start["J7"] == 28  # only four days were left before the closure
    assert result.start["short"] == 10
    assert result.delay["J7"] == 18


def test_a_new_reactor_from_a_date_takes_a_second_batch():
    capacity = np.array([1] * 50 + [2])
    jobs = [
        Job("B1", 60, calendar=1, demands={"reactor": 1}, priority=1),
        Job("B2", 60, calendar=1, demands={"reactor": 1}),
    ]
    p = problem(jobs, capacity={"reactor": capacity})
    assert placed(level(p, time_limit=None, max_schedules=2), "B1", "B2") == [(0, 60), (50, 110)]


def test_calendar_and_capacity_arrays_extend_by_their_last_week_and_last_value():
    cal = np.array([1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 0], dtype=bool)  # last week: Mon off
    assert extend_calendar(cal, 21)[14:].tolist() == [False, True, True, True, True, True, False]
    assert extend_capacity(np.array([3, 2]), 4).tolist() == [3, 2, 2, 2]


def test_the_horizon_grows_for_work_far_beyond_the_arrays():
    jobs = [Job(f"J{i}", 30, calendar=1, release=5000, demands={"suite": 1}) for i in range(3)]
    result = level(problem(jobs), time_limit=None, max_schedules=2)
    assert sorted(result.start.values()) == [5000, 5030, 5060]


# -- fixed jobs, priorities, unplaceable work --------------------------------------------------


def test_started_work_stays_put_and_others_go_around_it():
    jobs = [
        Job("F", 5, fixed_start=2, demands={"suite": 1}),
        Job("G", 3, demands={"suite": 1}, priority=9),
    ]
    p = problem(jobs, [Precedence("G", "F")])  # out of sequence: F started before G
    result = level(p, time_limit=None, max_schedules=3)
    assert placed(result, "F", "G") == [(2, 9), (9, 12)]
    assert check(p, result) == []


def test_an_overload_of_fixed_jobs_alone_stays_and_is_reported():
    jobs = [
        Job("F1", 2, calendar=1, fixed_start=0, demands={"suite": 1}),
        Job("F2", 2, calendar=1, fixed_start=1, demands={"suite": 1}),
        Job("N", 1, calendar=1, demands={"suite": 1}),
    ]
    p = problem(jobs)
    result = level(p, time_limit=None, max_schedules=2)
    assert result.start["N"] == 3
    assert check(p, result) == []
    assert overloads(p, result.start) == [Overload("suite", 1, 1, 2, 1, ("F1", "F2"))]


def test_priority_wins_the_contested_resource():
    jobs = [Job("A", 5, demands={"suite": 1}), Job("B", 5, demands={"suite": 1}, priority=1)]
    assert placed(single_pass(problem(jobs)), "B", "A") == [(0, 5), (7, 12)]
    plain = [Job("A", 5, demands={"suite": 1}), Job("B", 5, demands={"suite": 1})]
    assert placed(single_pass(problem(plain)), "A", "B") == [(0, 5), (7, 12)]


def test_the_predecessor_of_a_committed_job_inherits_its_priority():
    jobs = [
        Job("prep", 2, demands={"suite": 1}, group="committed"),
        Job("batch", 2, priority=2, group="committed"),
        Job("other", 2, demands={"suite": 1}, priority=1, group="normal"),
    ]
    result = single_pass(problem(jobs, [Precedence("prep", "batch")]))
    assert result.start["prep"] == 0
    assert result.start["other"] == 2


def test_a_job_needing_more_than_the_resource_offers_is_reported_not_dropped():
    jobs = [
        Job("big", 3, demands={"suite": 3}),
        Job("after", 2, demands={"suite": 1}),
        Job("small", 2, demands={"suite": 2}),
    ]
    p = problem(jobs, [Precedence("big", "after")], capacity={"suite": np.array([2])})
    result = level(p, time_limit=None, max_schedules=4)
    assert result.unplaceable == ["big"]
    assert result.start["big"] == 0 and result.finish["big"] == 3
    assert result.start["after"] >= 3
    assert check(p, result) == []
    assert [o.jobs for o in overloads(p, result.start)][0][0] == "big"


def test_a_job_too_long_for_a_resource_that_closes_for_good_is_unplaceable():
    capacity = np.array([1] * 10 + [0])
    jobs = [
        Job("long", 20, calendar=1, demands={"suite": 1}),
        Job("short", 5, calendar=1, demands={"suite": 1}),
    ]
    result = level(problem(jobs, capacity={"suite": capacity}), time_limit=None, max_schedules=2)
    assert result.unplaceable == ["long"]
    assert result.start["short"] == 0


# -- overloads ---------------------------------------------------------------------------------


def test_overloads_merge_consecutive_periods_per_resource():
    jobs = [
        Job("J1", 10, calendar=1, demands={"suite": 1}),
        Job("J2", 10, calendar=1, demands={"suite": 1}),
        Job("J3", 5, calendar=1, demands={"suite": 1, "qc": 2}),
        Job("J4", 2, calendar=1, demands={"suite": 1, "qc": 1}),
    ]
    p = problem(jobs, capacity={"suite": np.array([1]), "qc": np.array([2])})
    found = overloads(p, {"J1": 0, "J2": 5, "J3": 20, "J4": 22})
    assert found == [
        Overload("suite", 5, 9, 2, 1, ("J1", "J2")),
        Overload("suite", 22, 23, 2, 1, ("J3", "J4")),
        Overload("qc", 22, 23, 3, 2, ("J3", "J4")),
    ]


def test_overloads_of_five_day_jobs_skip_the_weekend():
    jobs = [Job("A", 3, demands={"suite": 1}), Job("B", 3, demands={"suite": 1})]
    found = overloads(problem(jobs), {"A": 3, "B": 3})
    assert [(o.first, o.last) for o in found] == [(3, 4), (7, 7)]


# -- the checker, random problems, determinism ---------------------------------------------


def random_problem(seed: int) -> Problem:
    """A small problem exercising everything at once, drawn from ``seed``."""
    rng = np.random.default_rng(seed)
    calendars = [FIVE, SEVEN, rng.random(10) < 0.6]
    calendars[2][-1] = True
    capacity = {}
    for r in ("r1", "r2", "r3"):
        cap = rng.integers(1, 5, size=int(rng.integers(1, 40)))
        if rng.random() < 0.5:
            a = int(rng.integers(0, 30))
            cap = np.concatenate([cap, np.ones(40, dtype=np.int64)])
            cap[a : a + int(rng.integers(2, 10))] = 0
        if rng.random() < 0.8:  # mostly a lasting capacity of 2 or more after the array
            cap = np.concatenate([cap, [int(rng.integers(2, 5))]])
        capacity[r] = cap
    jobs = []
    n = int(rng.integers(3, 25))
    for j in range(n):
        demands = {r: int(rng.integers(1, 3)) for r in capacity if rng.random() < 0.4}
        fixed = int(rng.integers(0, 10)) if rng.random() < 0.1 else None
        due = int(rng.integers(5, 60)) if rng.random() < 0.3 else None
        jobs.append(
            Job(
                f"J{j}",
                int(rng.integers(0, 8)),
                calendar=int(rng.integers(0, 3)),
                release=int(rng.integers(0, 15)),
                fixed_start=fixed,
                demands=demands,
                priority=int(rng.integers(0, 3)),
                due=due,
                group=f"G{int(rng.integers(0, 3))}",
            )
        )
    links = []
    for j in range(1, n):
        for p in set(rng.integers(0, j, size=int(rng.integers(0, 3))).tolist()):
            kind = ("FS", "SS", "FF", "SF")[int(rng.integers(0, 4))]
            links.append(Precedence(f"J{p}", f"J{j}", kind, int(rng.integers(-3, 4))))
    return Problem(calendars, capacity, jobs, links)


@pytest.mark.parametrize("seed", range(60))
def test_every_leveled_schedule_of_a_random_problem_passes_the_checker(seed):
    p = random_problem(seed)
    early = early_schedule(p)
    assert [m for m in check(p, early) if not m.startswith("resource")] == []
    for result in (single_pass(p), level(p, time_limit=None, max_schedules=6, seed=seed)):
        assert check(p, result) == []
        for job in p.jobs:
            assert result.start[job.id] >= early.start[job.id]
            if job.fixed_start is not None:
                assert result.start[job.id] == job.fixed_start
        assert all(v >= 0 for v in result.group_delay.values())


def test_generated_portfolios_level_feasibly():
    from accord.scheduling.leveling.generator import portfolio

    p = portfolio(projects=5, tasks=(20, 40), seed=3)
    result = level(p, time_limit=None, max_schedules=8)
    assert check(p, result) == []
    assert sum(1 for j in p.jobs if j.fixed_start is not None) > 0
    assert {link.type for link in p.links} == {"FS", "SS", "FF", "SF"}


def test_the_checker_finds_what_is_wrong():
    jobs = [Job("A", 5, demands={"suite": 1}), Job("B", 2, demands={"suite": 1}, release=1)]
    p = problem(jobs, [Precedence("A", "B", "FS", 0)])
    good = level(p, time_limit=None, max_schedules=1)
    assert check(p, good) == []
    bad = level(p, time_limit=None, max_schedules=1)
    bad.start["B"], bad.finish["B"] = 5, 9  # on Saturday, overlapping nothing, too early
    problems = check(p, bad)
    assert any("not a working period" in m for m in problems)
    bad.start["B"], bad.finish["B"] = 2, 4
    problems = check(p, bad)
    assert any("FS A -> B lag 0 is violated" in m for m in problems)
    assert any("resource suite is overloaded in periods 2-3" in m for m in problems)
    bad.start["B"], bad.finish["B"] = 0, 2
    assert any("before its release" in m for m in check(p, bad))


def test_leveling_is_deterministic_for_a_seed_and_never_worse_than_the_rule():
    from accord.scheduling.leveling.generator import portfolio

    p = portfolio(projects=6, tasks=(20, 50), seed=5)
    first = level(p, time_limit=None, max_schedules=25, seed=7)
    again = level(p, time_limit=None, max_schedules=25, seed=7)
    assert first.start == again.start and first.schedules_evaluated == 25

    def score(r):
        top = sum(r.tardiness[j.id] for j in p.jobs if j.due is not None and j.priority == 2)
        return (len(r.unplaceable), top, r.sum_of_group_finishes)

    assert score(first) <= score(single_pass(p))


def test_progress_is_reported_from_zero_to_one():
    from accord.scheduling.leveling.generator import portfolio

    seen = []
    level(
        portfolio(projects=3, tasks=(10, 20), seed=1),
        time_limit=None,
        max_schedules=5,
        progress=lambda fraction, message: seen.append((fraction, message)),
    )
    fractions = [f for f, _ in seen]
    assert fractions[0] == 0.0 and fractions[-1] == 1.0
    assert fractions == sorted(fractions)
    assert all(isinstance(m, str) and m for _, m in seen)


def test_early_schedule_ignores_resources():
    jobs = [Job("A", 5, demands={"suite": 1}), Job("B", 5, demands={"suite": 1})]
    early = early_schedule(problem(jobs))
    assert early.start == {"A": 0, "B": 0}
    assert early.unplaceable == [] and early.group_delay == {"": 0}


@pytest.mark.parametrize(
    ("jobs", "links", "message"),
    [
        ([Job("A", 1), Job("B", 1)], [Precedence("A", "B"), Precedence("B", "A")], "cycle"),
        ([Job("A", 1, demands={"ghost": 1})], [], "'ghost', which has no capacity"),
        ([Job("A", 1)], [Precedence("A", "Z")], "unknown job 'Z'"),
        ([Job("A", 1), Job("B", 1)], [Precedence("A", "B", "XX")], "type 'XX'"),
        ([Job("A", 1, calendar=5)], [], "calendar 5"),
        ([Job("A", 1), Job("A", 2)], [], "appears twice"),
        ([Job("A", -1)], [], "negative duration"),
    ],
)
def test_bad_problems_are_refused_with_the_reason(jobs, links, message):
    with pytest.raises(ValueError, match=message.replace("(", r"\(")):
        level(problem(jobs, links), time_limit=None, max_schedules=1)


def test_a_calendar_without_work_in_its_last_week_is_refused():
    p = Problem([np.array([1, 0, 0, 0, 0, 0, 0, 0], dtype=bool)], {}, [Job("A", 3)])
    with pytest.raises(ValueError, match="no working period in its last week"):
        early_schedule(p)


def test_the_documented_example_gives_the_documented_results():
    import re
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[2] / "docs" / "scheduling.md").read_text()
    section = doc[doc.index("## Leveling a portfolio") :]
    block = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    names: dict = {}
    exec(compile(block, "docs/scheduling.md", "exec"), names)  # noqa: S102 - our own docs
    result, problem, early = names["result"], names["problem"], names["early"]
    assert result.start == {"A-prep": 0, "A-ferm": 3, "A-qc": 11, "B-batch": 28, "B-qc": 30}
    assert result.finish == {"A-prep": 3, "A-ferm": 10, "A-qc": 17, "B-batch": 33, "B-qc": 33}
    assert result.group_delay == {"A": 0, "B": 18}
    assert overloads(problem, early.start) == [
        Overload("suite-1", 0, 4, 2, 1, ("A-prep", "B-batch", "A-ferm")),
        Overload("qc", 11, 11, 3, 2, ("B-qc", "A-qc")),
        Overload("qc", 14, 14, 3, 2, ("B-qc", "A-qc")),
    ]
    assert check(problem, result) == []


def test_a_schedule_beyond_the_horizon_guard_is_refused_in_words():
    from accord.scheduling.leveling.timeline import MAX_HORIZON

    p = problem([Job("far", 5, release=MAX_HORIZON + 10)])
    with pytest.raises(ValueError, match="would reach past"):
        early_schedule(p)


def test_the_horizon_grows_while_jobs_queue_for_one_suite():
    jobs = [Job(f"J{i:02d}", 30, demands={"suite": 1}) for i in range(50)]
    p = problem(jobs)
    result = level(p, time_limit=None, max_schedules=2)
    assert check(p, result) == []
    # 1,500 working days back to back on the 5-day calendar: 300 weeks
    assert max(result.finish.values()) == 300 * 7 - 2
