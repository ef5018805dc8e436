"""PSPLIB ``.sm`` files and the ProGen-style generator of RCPSP instances."""

from __future__ import annotations

from pathlib import Path

import pytest

from accord.scheduling.rcpsp.generator import generate
from accord.scheduling.rcpsp.psplib import read_sm, read_sm_file, write_sm

FIXTURE = Path(__file__).parent / "data" / "tiny.sm"


def test_the_fixture_reads_with_zero_based_jobs():
    inst = read_sm_file(FIXTURE)
    assert inst.name == "tiny"
    assert inst.durations == (0, 3, 2, 5, 4, 0)
    assert inst.successors == ((1, 2), (3, 4), (4,), (5,), (5,), ())
    assert inst.demands == ((0, 0), (4, 0), (3, 2), (0, 5), (2, 3), (0, 0))
    assert inst.capacities == (6, 5)


def test_write_then_read_gives_the_same_instance():
    inst = read_sm_file(FIXTURE)
    assert read_sm(write_sm(inst), name="tiny") == inst
    gen = generate(30, resources=4, nc=1.8, rf=0.75, rs=0.2, seed=7)
    assert read_sm(write_sm(gen), name=gen.name) == gen


def test_written_file_declares_jobs_resources_and_critical_path():
    text = write_sm(read_sm_file(FIXTURE))
    assert "jobs (incl. supersource/sink ):  6" in text
    assert "  - renewable                 :  2   R" in text
    assert "PRECEDENCE RELATIONS:" in text and "RESOURCEAVAILABILITIES:" in text
    # jobs 1 -> 2 (3) -> 4 (5): the MPM time of the project information line is 8
    lines = text.splitlines()
    info = lines[next(i for i, x in enumerate(lines) if x.startswith("pronr.")) + 1]
    assert info.split()[-1] == "8"


def test_written_blocks_keep_the_psplib_layout_line_for_line():
    def blocks(text):
        lines = [x.rstrip() for x in text.splitlines()]
        return lines[lines.index("PRECEDENCE RELATIONS:") :]

    assert blocks(write_sm(read_sm_file(FIXTURE))) == blocks(FIXTURE.read_text())


def _mangle(old: str, new: str) -> str:
    text = FIXTURE.read_text()
    assert old in text
    return text.replace(old, new, 1)


def _line_of(text: str, fragment: str) -> int:
    return next(
        i for i, line in enumerate(text.splitlines(), 1) if line.strip() == fragment.strip()
    )


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "   3        1          1           5",
            "   3        1          2           5",
            "declares 2",
        ),
        (
            "   3        1          1           5",
            "   3        1          1           x",
            "whole numbers",
        ),
        ("   3        1          1           5", "   3        2          1           5", "modes"),
        (
            "   3        1          1           5",
            "   3        1          1           9",
            "unknown successor",
        ),
        ("  4      1     5       0    5", "  4      1     5       0", "demands"),
        ("  4      1     5       0    5", "  4      1     5       0   -5", "negative"),
        ("    6    5\n", "    6\n", "availabilities"),
        ("  2      1     3       4    0", "  2      1     3       7    0", "above its 6"),
    ],
)
def test_a_malformed_file_names_the_line(old, new, message):
    text = _mangle(old, new)
    lineno = _line_of(text, new.strip().splitlines()[0])
    with pytest.raises(ValueError, match=rf"^line {lineno}: .*{message}"):
        read_sm(text)


def test_a_job_out_of_order_names_its_line():
    text = _mangle("   4        1          1           6", "   7        1          1           6")
    with pytest.raises(
        ValueError,
        match=rf"^line {_line_of(text, '   7        1          1           6')}: expected job 4",
    ):
        read_sm(text)


def test_a_missing_block_is_refused():
    text = FIXTURE.read_text().replace("RESOURCEAVAILABILITIES:", "SOMETHING ELSE:")
    with pytest.raises(ValueError, match="RESOURCEAVAILABILITIES"):
        read_sm(text)


def test_a_cycle_names_the_precedence_block():
    text = _mangle("   5        1          1           6", "   5        1          1           2")
    with pytest.raises(ValueError, match=r"^line 17: the precedence relations .*cycle"):
        read_sm(text)


def test_nonrenewable_resources_are_refused_naming_the_line():
    text = _mangle(
        "  - nonrenewable              :  0   N", "  - nonrenewable              :  2   N"
    )
    with pytest.raises(ValueError, match=r"^line 10: nonrenewable"):
        read_sm(text)


def test_the_generator_is_deterministic_per_seed():
    a = generate(30, seed=3)
    assert generate(30, seed=3) == a
    assert generate(30, seed=4) != a


@pytest.mark.parametrize(("n", "k"), [(1, 1), (10, 2), (30, 4), (120, 4)])
def test_the_generator_gives_the_asked_size(n, k):
    inst = generate(n, resources=k, seed=1)
    assert len(inst.durations) == len(inst.successors) == len(inst.demands) == n + 2
    assert len(inst.capacities) == k
    assert all(len(d) == k for d in inst.demands)
    assert inst.durations[0] == inst.durations[-1] == 0
    assert all(1 <= d <= 10 for d in inst.durations[1:-1])
    assert all(0 <= v <= 10 for d in inst.demands for v in d)


@pytest.mark.parametrize("rf", [0.25, 0.5, 0.75, 1.0])
def test_the_resource_factor_is_the_share_of_nonzero_demands(rf):
    n, k = 30, 4
    inst = generate(n, resources=k, rf=rf, seed=2)
    used = sum(1 for d in inst.demands[1:-1] for v in d if v > 0)
    assert used == round(rf * n * k)
    assert all(any(v > 0 for v in d) for d in inst.demands[1:-1])
    assert inst.demands[0] == inst.demands[-1] == (0,) * k


def _early_starts(inst):
    es = [0] * len(inst.durations)
    for i, succ in enumerate(inst.successors):
        for j in succ:
            es[j] = max(es[j], es[i] + inst.durations[i])
    return es


def _peak(inst, k):
    es = _early_starts(inst)
    usage: dict[int, int] = {}
    for j, d in enumerate(inst.durations):
        for t in range(es[j], es[j] + d):
            usage[t] = usage.get(t, 0) + inst.demands[j][k]
    return max(usage.values(), default=0)


@pytest.mark.parametrize("seed", range(5))
def test_rs_one_puts_capacity_at_the_early_start_peak(seed):
    inst = generate(30, rs=1.0, rf=0.75, seed=seed)
    assert inst.capacities == tuple(_peak(inst, k) for k in range(4))


@pytest.mark.parametrize("seed", range(5))
def test_rs_zero_puts_capacity_at_the_largest_demand(seed):
    inst = generate(30, rs=0.0, seed=seed)
    assert inst.capacities == tuple(max(d[k] for d in inst.demands) for k in range(4))


@pytest.mark.parametrize("rs", [0.2, 0.5, 0.7, 1.0])
@pytest.mark.parametrize("rf", [0.25, 1.0])
def test_every_demand_fits_its_capacity(rs, rf):
    for seed in range(3):
        inst = generate(30, rf=rf, rs=rs, seed=seed)
        for d in inst.demands:
            assert all(v <= c for v, c in zip(d, inst.capacities, strict=True))


@pytest.mark.parametrize("nc", [1.5, 1.8, 2.1])
@pytest.mark.parametrize("n", [5, 30, 120])
def test_the_network_is_acyclic_with_one_start_and_one_end(nc, n):
    inst = generate(n, nc=nc, seed=11)
    last = n + 1
    preds = [0] * (n + 2)
    for i, succ in enumerate(inst.successors):
        for j in succ:
            assert i < j, "arcs go forward in numbering, so there is no cycle"
            preds[j] += 1
    assert [j for j in range(n + 2) if preds[j] == 0] == [0]
    assert [j for j in range(n + 2) if not inst.successors[j]] == [last]


def _closure(inst):
    desc = [set() for _ in inst.successors]
    for i in reversed(range(len(inst.successors))):
        for j in inst.successors[i]:
            desc[i] |= {j} | desc[j]
    return desc


@pytest.mark.parametrize("nc", [1.5, 1.8, 2.1])
def test_the_arcs_are_non_redundant_and_near_the_complexity(nc):
    inst = generate(30, nc=nc, seed=5)
    desc = _closure(inst)
    arcs = 0
    for i, succ in enumerate(inst.successors):
        for j in succ:
            arcs += 1
            others = set(succ) - {j}
            assert not any(j in desc[o] for o in others), f"arc {i}->{j} is implied"
    assert abs(arcs / 32 - nc) <= 0.1
