"""Analytic PERT on the textbook General Foundry network."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from accord.scheduling import Activity, ThreePoint, pert, schedule
from tests.scheduling.helpers import d, fs, net
from tests.scheduling.plans import tech_transfer

ESTIMATES = {  # optimistic, most likely, pessimistic (weeks in the book, days here)
    "A": (1, 2, 3),
    "B": (2, 3, 4),
    "C": (1, 2, 3),
    "D": (2, 4, 6),
    "E": (1, 4, 7),
    "F": (1, 2, 9),
    "G": (3, 4, 11),
    "H": (1, 2, 3),
}
LINKS = [
    ("A", "C"),
    ("B", "D"),
    ("C", "E"),
    ("C", "F"),
    ("D", "G"),
    ("E", "G"),
    ("F", "H"),
    ("G", "H"),
]


@pytest.fixture
def foundry():
    acts = [Activity(k, k, m, estimate=ThreePoint(o, m, p)) for k, (o, m, p) in ESTIMATES.items()]
    return net(acts, [fs(a, b) for a, b in LINKS])


def test_expected_durations_and_variances():
    e = ThreePoint(1, 4, 7)
    assert e.expected == 4
    assert e.variance == 1
    assert ThreePoint(1, 2, 9).expected == pytest.approx(3)
    assert ThreePoint(1, 2, 9).variance == pytest.approx(64 / 36)


def test_expected_duration_and_spread_along_the_critical_path(foundry):
    result = pert(foundry)
    assert result.expected_duration == pytest.approx(15)
    assert result.critical_path == ["A", "C", "E", "G", "H"]
    # (4 + 4 + 36 + 64 + 4) / 36 = 112 / 36
    assert result.standard_deviation == pytest.approx(math.sqrt(112 / 36))
    assert result.expected_finish == d("2026-01-23")
    assert [a.id for a in result.activities if a.critical] == ["A", "C", "E", "G", "H"]


def test_probability_of_finishing_by_a_date(foundry):
    result = pert(foundry)
    # 16 working days end on Monday 2026-01-26: z = 1 / 1.764 = 0.567, P = 71.5 %
    assert result.probability_of_finishing_by(d("2026-01-26")) == pytest.approx(0.7146, abs=1e-3)
    assert result.probability_of_finishing_by(d("2026-01-23")) == pytest.approx(0.5)
    # 10 working days: z = -5 / 1.764 = -2.83
    assert result.probability_of_finishing_by(d("2026-01-16")) == pytest.approx(0.0023, abs=1e-4)


def test_activities_without_estimates_are_certain():
    result = pert(net([("A", 5)]))
    assert result.standard_deviation == 0
    assert result.probability_of_finishing_by(d("2026-01-09")) == 1.0
    assert result.probability_of_finishing_by(d("2026-01-08")) == 0.0


def test_pert_agrees_with_cpm_when_estimates_are_certain():
    network = tech_transfer()
    certain = [
        replace(a, estimate=ThreePoint(a.duration, a.duration, a.duration)) if a.estimate else a
        for a in network.activities
    ]
    network = replace(network, activities=certain)
    result = pert(network)
    plan = schedule(network)
    assert result.expected_duration == plan.project_duration
    assert result.standard_deviation == 0
    assert result.critical_path == plan.critical_path
