"""Who sees which initiative, and the business review's read of a sponsor's initiatives."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.improvement.selectors import initiatives_for_sponsor, initiatives_visible_to
from tests.improvement_rows import initiative, small_world

pytestmark = pytest.mark.django_db


# The module's shared world (tests/conftest.py) is this small one.
build_shared_world = small_world


def test_sponsor_review_lists_its_initiatives_open_in_the_period(world):
    ours = initiative(world, title="Aurora release", sponsor=world.sponsor_a)
    later = initiative(
        world, title="Aurora later", sponsor=world.sponsor_a, started_on=dt.date(2026, 7, 1)
    )
    initiative(world, title="Borealis release", sponsor=world.sponsor_b)
    initiative(world, title="Internal housekeeping")

    found = initiatives_for_sponsor(world.sponsor_a, dt.date(2026, 1, 1), dt.date(2026, 3, 31))

    assert found == [ours]
    assert found[0].stage_label == "Define"
    assert later not in found


def test_sponsor_users_see_only_their_own_sponsor_facing_initiatives(world):
    ours = initiative(world, title="Aurora release", sponsor=world.sponsor_a)
    initiative(world, title="Borealis release", sponsor=world.sponsor_b)
    initiative(world, title="Internal housekeeping")

    assert list(initiatives_visible_to(world.sponsor_a_manager)) == [ours]
    assert initiatives_visible_to(world.pm_alice).count() == 3


def test_sponsor_review_leaves_out_initiatives_closed_before_the_period(world):
    from decimal import Decimal

    from accord.core import clock
    from accord.improvement import services
    from tests.improvement_rows import champion, sign

    done = initiative(world, title="Aurora kaizen", method="kaizen", sponsor=world.sponsor_a)
    done = services.initiative_update(
        actor=world.pm_alice,
        initiative=done,
        version=done.version,
        result_value=Decimal("40"),
        result_measured_on=dt.date(2026, 1, 30),
    )
    with clock.business_date(dt.date(2026, 2, 2)):
        services.initiative_close(
            actor=champion(world), initiative=done, version=done.version, **sign(champion(world))
        )

    assert initiatives_for_sponsor(world.sponsor_a, dt.date(2026, 1, 1), dt.date(2026, 3, 31)) == [
        done
    ]
    assert initiatives_for_sponsor(world.sponsor_a, dt.date(2026, 4, 1), dt.date(2026, 6, 30)) == []
