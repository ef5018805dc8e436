"""Bad networks fail with the engine's own exceptions and clear messages."""

from __future__ import annotations

import pytest

from accord.scheduling import (
    Activity,
    CycleError,
    InvalidNetworkError,
    Link,
    SchedulingError,
    UnknownActivityError,
    schedule,
)
from tests.scheduling.helpers import fs, net


def test_a_cycle_names_its_activities_in_link_order():
    acts = [
        Activity(i, name, 1)
        for i, name in (
            ("A", "Kick-off"),
            ("B", "Batch"),
            ("C", "QC"),
            ("D", "Rework"),
            ("E", "Release"),
        )
    ]
    network = net(acts, [fs("A", "B"), fs("B", "C"), fs("C", "D"), fs("D", "B"), fs("D", "E")])
    with pytest.raises(CycleError) as caught:
        schedule(network)
    loop = caught.value.activities
    assert sorted(loop) == ["B", "C", "D"]
    start = loop.index("B")
    assert loop[start:] + loop[:start] == ["B", "C", "D"]
    assert "cycle" in str(caught.value)
    assert "D (Rework) -> B (Batch)" in str(caught.value)
    assert isinstance(caught.value, SchedulingError)


def test_a_self_link_is_a_cycle():
    with pytest.raises(CycleError, match="A"):
        schedule(net([("A", 1)], [fs("A", "A")]))


def test_a_link_to_a_missing_activity_names_it():
    with pytest.raises(UnknownActivityError, match="'QC release'") as caught:
        schedule(net([("A", 1)], [fs("A", "QC release")]))
    assert caught.value.activity_id == "QC release"


def test_a_missing_parent_is_named():
    with pytest.raises(UnknownActivityError, match="'Phase 9'"):
        schedule(net([Activity("A", "A", 1, parent="Phase 9")]))


@pytest.mark.parametrize(
    ("activities", "links", "message"),
    [
        ([("A", 1), ("A", 2)], [], "two activities have the id 'A'"),
        ([("A", -1)], [], "cannot be negative"),
        ([("A", 1.5)], [], "whole number"),
        ([("A", 1), ("B", 1)], [Link("A", "B", "XX")], "unknown link type"),
        ([("A", 1), ("B", 1)], [Link("A", "B", lag=0.5)], "whole number"),
        ([], [], "no activities"),
    ],
)
def test_malformed_networks_are_refused(activities, links, message):
    with pytest.raises(InvalidNetworkError, match=message):
        schedule(net(activities, links))
