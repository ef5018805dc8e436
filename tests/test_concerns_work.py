"""The "My work" card of concerns: the open concerns a staff member owns and those
escalated to them, each with its nearest clock as a countdown or how late it is, the
nearest due first; nobody else's."""

from __future__ import annotations

import re

from django.urls import reverse

from accord.service import selectors, services, sweeps
from tests.conftest import client_for
from tests.test_concerns import _ladder_of_two, _raise, at, moment


def _card(user) -> str:
    page = client_for(user).get(reverse("home:work"))
    assert page.status_code == 200
    html = page.content.decode()
    start = html.index('data-testid="my-concerns"')
    return html[start : html.index("</ul>", start)]


def _titles(card: str) -> list[str]:
    return re.findall(r'<span class="code">CON-\d{4}-\d{4}</span> ([^<]+)</a>', card)


def test_the_owner_and_the_person_it_escalated_to_see_it_nearest_due_first(world):
    _ladder_of_two(world)  # quality events: QA first, then the project manager
    with moment("2026-11-30 09:00"):
        quality = _raise(world, urgency="critical", title="Aurora CoA wrong lot")  # ack 1 h
    with moment("2026-11-30 09:05"):
        # No schedule ladder: the project manager owns it; acknowledge within 8 h.
        schedule = _raise(world, category="schedule", urgency="low", title="Aurora slot moved")
    assert (quality.owner, schedule.owner) == (world.qa_quinn, world.pm_alice)
    # 10:30: the acknowledgement is broken; the concern goes one rung up, to the PM.
    assert sweeps.concern_clock_sweep(now=at("2026-11-30 10:30")) == 1

    assert list(selectors.concerns_waiting_on(world.qa_quinn)) == [quality]
    assert set(selectors.concerns_waiting_on(world.pm_alice)) == {quality, schedule}
    assert not selectors.concerns_waiting_on(world.admin_ada).exists()
    assert not selectors.concerns_waiting_on(world.sponsor_a_manager).exists()

    quinn = _card(world.qa_quinn)
    assert _titles(quinn) == ["Aurora CoA wrong lot"]
    assert "badge text-bg-danger" in quinn and "Breached</span> Acknowledgement: late by" in quinn
    assert "escalated to you" not in quinn
    assert f'href="/service/concerns/{quality.pk}/"' in quinn

    alice = _card(world.pm_alice)
    # The escalated one was due at 10:00, the PM's own at 09:05 the next morning.
    assert _titles(alice) == ["Aurora CoA wrong lot", "Aurora slot moved"]
    assert "escalated to you, Quinn Keller owns it" in alice
    assert alice.count("Aurora Therapeutics") == 2

    assert "No open concern waits on you." in _card(world.admin_ada)


def test_a_resolved_concern_waits_on_nobody(world):
    concern = _raise(world, category="schedule")
    assert _titles(_card(world.pm_alice)) == [concern.title]
    services.concern_contact(
        actor=world.pm_alice,
        concern=concern,
        how="call",
        summary="Agreed a new date.",
        containment="Slot held.",
    )
    services.concern_wait(actor=world.pm_alice, concern=concern, reason="The sponsor's plan")
    waiting = _card(world.pm_alice)
    assert _titles(waiting) == [concern.title] and "Paused</span>" in waiting
    services.concern_resume(actor=world.pm_alice, concern=concern)
    services.concern_resolve(actor=world.pm_alice, concern=concern, resolution="New date.")
    assert "No open concern waits on you." in _card(world.pm_alice)
