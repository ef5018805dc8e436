"""The compiled CPM kernel gives exactly the numpy passes' schedule.

Random networks of every link type, with lags and leads, milestones, all six date
constraints (honoured and not), leveling delays and progress against a data date are
scheduled twice, through the compiled loops and through the numpy passes, and every
column of the two schedules must be equal.
"""

from __future__ import annotations

from contextlib import contextmanager
from datetime import timedelta

import numpy as np
import pytest

from accord.scheduling import (
    Activity,
    Calendar,
    Constraint,
    ConstraintType,
    CycleError,
    Link,
    LinkType,
    Network,
    UnknownActivityError,
    kernel,
    passes,
    schedule,
)
from accord.scheduling.graph import flatten
from accord.scheduling.prepare import prepare
from tests.scheduling.helpers import MONDAY

pytestmark = pytest.mark.skipif(
    not kernel.COMPILED, reason="the compiled kernel (accord/scheduling/_cpm.c) is not built"
)

COLUMNS = (
    "early_start",
    "early_finish",
    "late_start",
    "late_finish",
    "total_float",
    "free_float",
    "critical",
    "on_longest_path",
    "milestone_at_day_end",
    "duration",
)
CALENDAR = Calendar(holidays={MONDAY + timedelta(days=d) for d in (10, 31, 45, 46)})


@contextmanager
def numpy_passes():
    previous = kernel.use_compiled(False)
    try:
        yield
    finally:
        kernel.use_compiled(previous)


def random_network(seed: int, progress: bool) -> Network:
    """Up to 60 activities, each after 0-3 earlier ones, in shuffled input order."""
    rng = np.random.default_rng(seed)
    n = int(rng.integers(2, 60))
    durations = rng.integers(0, 12, size=n)
    durations[rng.random(n) < 0.15] = 0  # milestones
    data_date = MONDAY + timedelta(days=int(rng.integers(5, 40))) if progress else None
    acts = []
    for i in range(n):
        fields: dict = {}
        r = rng.random()
        if r < 0.3:
            kind = list(ConstraintType)[int(rng.integers(0, 6))]
            day = MONDAY + timedelta(days=int(rng.integers(-5, 80)))
            fields["constraint"] = Constraint(kind, day)
        elif r < 0.4:
            fields["level_start"] = MONDAY + timedelta(days=int(rng.integers(0, 60)))
        elif r < 0.5:
            fields["alap"] = True
        if progress and i < n // 2 and rng.random() < 0.5:
            span = (data_date - MONDAY).days
            start = MONDAY + timedelta(days=int(rng.integers(0, span - 1)))
            start = CALENDAR.previous_working_day(start)
            if start >= MONDAY and start < data_date:
                fields["actual_start"] = start
                if rng.random() < 0.5:
                    finish = start + timedelta(days=int(rng.integers(0, (data_date - start).days)))
                    fields["actual_finish"] = CALENDAR.previous_working_day(finish)
                elif rng.random() < 0.3:
                    fields["remaining_duration"] = int(rng.integers(0, 6))
        acts.append(Activity(f"T{i}", f"Task {i}", int(durations[i]), **fields))
    links = []
    types = list(LinkType)
    for j in range(1, n):
        preds = rng.integers(max(0, j - 8), j, size=int(rng.integers(0, 4)))
        for i in sorted(set(preds.tolist())):
            kind, lag = types[int(rng.integers(0, 4))], int(rng.integers(-3, 5))
            links.append(Link(f"T{i}", f"T{j}", kind, lag))
    order = rng.permutation(n)
    return Network(
        [acts[i] for i in order],
        links,
        project_start=MONDAY,
        calendar=CALENDAR,
        data_date=data_date,
    )


def assert_same(compiled, numpy_path) -> None:
    for column in COLUMNS:
        np.testing.assert_array_equal(
            getattr(compiled, column), getattr(numpy_path, column), err_msg=column
        )
    assert compiled.ids == numpy_path.ids
    assert compiled.project_finish == numpy_path.project_finish
    assert compiled.critical_path == numpy_path.critical_path


@pytest.mark.parametrize("honor", [True, False])
@pytest.mark.parametrize("progress", [False, True])
@pytest.mark.parametrize("seed", range(40))
def test_compiled_and_numpy_schedules_are_identical(seed, progress, honor):
    network = random_network(seed, progress)
    assert kernel.active()
    compiled = schedule(network, honor_constraints=honor, critical_threshold=seed % 3)
    with numpy_passes():
        numpy_path = schedule(network, honor_constraints=honor, critical_threshold=seed % 3)
    assert_same(compiled, numpy_path)


@pytest.mark.parametrize("seed", range(10))
def test_compiled_passes_return_the_numpy_passes_arrays(seed):
    prep = prepare(random_network(seed, progress=True))
    n = prep.lv.n
    early = kernel.forward(prep.plan, prep.dur)
    expected_early = passes.forward(prep.plan, prep.dur)
    np.testing.assert_array_equal(early[: 2 * n], expected_early[: 2 * n])
    finish = int(early[n : 2 * n].max())
    early[2 * n] = expected_early[2 * n] = finish
    np.testing.assert_array_equal(
        kernel.backward(prep.plan, prep.dur, early, finish),
        passes.backward(prep.plan, prep.dur, expected_early, finish),
    )


def test_compiled_topological_order_is_the_numpy_order():
    network = random_network(7, progress=False)
    compiled = prepare(network).lv
    with numpy_passes():
        numpy_path = prepare(network).lv
    np.testing.assert_array_equal(compiled.order, numpy_path.order)
    assert compiled.level_ptr == numpy_path.level_ptr
    assert [s.tolist() for s in compiled.in_starts] == [s.tolist() for s in numpy_path.in_starts]


def test_a_loop_is_named_the_same_on_both_paths():
    links = [Link("A", "B"), Link("B", "C"), Link("C", "A"), Link("C", "D")]
    network = Network([Activity(x, f"Task {x}", 1) for x in "ABCDE"], links, MONDAY)
    with pytest.raises(CycleError) as compiled:
        schedule(network)
    with numpy_passes(), pytest.raises(CycleError) as numpy_path:
        schedule(network)
    assert str(compiled.value) == str(numpy_path.value)
    assert set(compiled.value.activities) == {"A", "B", "C"}


def test_a_long_chain_of_mixed_links_matches():
    """One activity per level, the shape where the numpy passes are slowest."""
    types = list(LinkType)
    acts = [Activity(f"C{i}", "", i % 7) for i in range(2_000)]
    links = [Link(f"C{i}", f"C{i + 1}", types[i % 4], (i % 9) - 3) for i in range(1_999)]
    network = Network(acts, links, project_start=MONDAY, calendar=CALENDAR)
    compiled = schedule(network)
    with numpy_passes():
        assert_same(compiled, schedule(network))


def test_task_calendars_take_the_numpy_passes_with_the_same_result():
    """Links between calendars go through real time, which the kernel does not do: a
    network with a task calendar is scheduled by the numpy passes on both settings."""
    network = random_network(11, progress=False)
    seven_days = Calendar(working_weekdays=frozenset(range(7)), name="Seven days")
    acts = list(network.activities)
    acts[0] = Activity(acts[0].id, acts[0].name, acts[0].duration, calendar=seven_days)
    network = Network(acts, network.links, project_start=MONDAY, calendar=CALENDAR)
    prep = prepare(network)
    assert prep.calendars is not None
    compiled = schedule(network)
    with numpy_passes():
        assert_same(compiled, schedule(network))


def test_links_are_read_into_the_same_arrays_on_both_paths():
    network = random_network(5, progress=False)
    compiled = flatten(network)
    with numpy_passes():
        numpy_path = flatten(network)
    for name in ("pred", "succ", "type", "lag"):
        np.testing.assert_array_equal(getattr(compiled, name), getattr(numpy_path, name))
        assert getattr(compiled, name).dtype == getattr(numpy_path, name).dtype


def test_links_the_c_reader_does_not_take_are_read_in_python():
    """A type given as text, a lag given as a whole float and an unknown id all reach the
    Python reading, which converts the first two and names the third."""
    acts = [Activity("A", "", 2), Activity("B", "", 3)]
    odd = Network(acts, [Link("A", "B", "SS", 1.0)], project_start=MONDAY)
    plain = Network(acts, [Link("A", "B", LinkType.SS, 1)], project_start=MONDAY)
    assert kernel.read_links(list(odd.links), {"A": 0, "B": 1}) is None
    assert_same(schedule(odd), schedule(plain))
    missing = Network(acts, [Link("A", "C")], project_start=MONDAY)
    with pytest.raises(UnknownActivityError, match="names 'C'"):
        schedule(missing)


def test_malformed_arrays_are_refused_not_read():
    """The C loops check every index before the pass, so a bad array raises."""
    from accord.scheduling import _cpm

    ints = np.zeros(2, dtype=np.int64)

    def forward(gather: list[int], times_size: int = 5) -> None:
        _cpm.forward(
            np.array([0, 0, 1], dtype=np.int64),  # node 1 has one incoming link
            np.array(gather, dtype=np.int64),
            np.zeros(1, dtype=np.int64),
            np.zeros(1, dtype=np.uint8),
            ints,
            ints,
            np.zeros(2, dtype=np.uint8),
            *([ints] * 6),
            True,
            np.zeros(times_size, dtype=np.int64),
        )

    forward([2])  # node 1 reads node 0's finish: fine
    with pytest.raises(ValueError, match="out of range"):
        forward([7])  # beyond the 2n node ends
    with pytest.raises(ValueError, match="topological order"):
        forward([3])  # node 1 reading its own finish
    with pytest.raises(ValueError, match="expected 5 items"):
        forward([2], times_size=3)
    with pytest.raises(ValueError, match="out of range"):
        _cpm.topo_levels(np.array([0], np.int64), np.array([5], np.int64), ints.copy())


def test_the_numpy_path_serves_when_the_kernel_is_off():
    network = random_network(3, progress=True)
    with numpy_passes():
        assert not kernel.active()
        plan = schedule(network)
    assert plan.project_duration == schedule(network).project_duration
