"""The project page as the sponsor and the CDMO team see it: what waits for the sponsor's
decision and which delays they were told about, and nothing internal."""

from __future__ import annotations

from django.urls import reverse

from tests.conftest import client_for


def test_the_sponsor_sees_its_pending_change_orders_and_communicated_delays(world):
    url = reverse("projects:detail", args=[world.project_a.pk])
    sponsor = client_for(world.sponsor_a_manager).get(url).content.decode()
    order = world.change_order_a_sent
    cards = sponsor.split('data-testid="open-changes"')[1]
    assert "Change orders for your decision" in cards and order.title in cards
    delays = sponsor.split('data-testid="recent-delays"')[1]
    assert world.delay_a_communicated.title in delays
    assert world.delay_a_internal.title not in sponsor
    assert "sponsor not told yet" not in sponsor

    staff = client_for(world.pm_alice).get(url).content.decode()
    assert "Open change orders" in staff and order.title in staff
    assert world.delay_a_internal.title in staff and "sponsor not told yet" in staff


def test_another_sponsor_sees_neither_card(world):
    url = reverse("projects:detail", args=[world.project_b.pk])
    page = client_for(world.sponsor_b_manager).get(url).content.decode()
    assert world.change_order_a_sent.title not in page
    assert world.delay_a_communicated.title not in page
    assert "Nothing waits for your decision." in page


def test_the_portal_home_lists_what_waits_for_the_sponsor_and_the_delays_it_was_told(world):
    from django.urls import reverse as url_for

    order = world.change_order_a_sent
    page = client_for(world.sponsor_a_manager).get(url_for("home:portal")).content.decode()
    waiting = page.split('data-testid="awaiting-decision"')[1].split('data-testid="portal-delays"')[
        0
    ]
    assert order.title in waiting and "Review and decide" in waiting
    delays = page.split('data-testid="portal-delays"')[1]
    assert world.delay_a_communicated.title in delays
    assert world.delay_a_internal.title not in page
    other = client_for(world.sponsor_b_manager).get(url_for("home:portal")).content.decode()
    assert order.title not in other and world.delay_a_communicated.title not in other
    contact = client_for(world.sponsor_a_contact).get(url_for("home:portal")).content.decode()
    assert "Review and decide" not in contact  # a contact sees it but does not decide
