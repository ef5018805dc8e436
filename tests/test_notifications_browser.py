"""Notifications in a real browser: the reviewer follows the notification of a review to
sign to the signing page; the sponsor manager finds the change order waiting for their
decision through the bell, and marks notifications read with the keyboard."""

from __future__ import annotations

import time

import pytest

from accord.notifications.models import Notification
from tests.test_browser import ARTIFACTS, _sign_in, browser, site  # noqa: F401 (fixtures)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _eventually_read(notification: Notification, seconds: float = 5.0) -> bool:
    """The read mark is posted as the browser follows the link; give it a moment."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        notification.refresh_from_db()
        if notification.read_at is not None:
            return True
        time.sleep(0.1)
    return False


def test_a_reviewer_follows_the_notification_of_a_review_to_sign(browser, site):  # noqa: F811
    base_url, world = site
    from tests.test_proposals import _do, _fill, _proposal, _r, _rfp, bd_blake

    revision = _fill(world, _r(_proposal(world, rfp=_rfp(world, title="Aurostat scale-up"))))
    _do(bd_blake(world), revision, "submit")
    notice = Notification.objects.get(
        recipient=world.qa_quinn, kind="proposal_review", record_id=str(revision.pk)
    )
    unread = Notification.objects.filter(recipient=world.qa_quinn, read_at__isnull=True).count()

    page = browser.new_page(viewport={"width": 1366, "height": 900})
    _sign_in(page, base_url, "qa.quinn")
    assert page.get_by_test_id("bell-count").text_content() == f"{unread} unread"
    page.get_by_test_id("bell").click()
    link = page.locator(".bell-menu").get_by_role("link", name=notice.title)
    link.wait_for()
    page.screenshot(path=str(ARTIFACTS / "notifications-bell-reviewer.png"))
    link.click()
    page.wait_for_load_state("networkidle")
    assert page.url.endswith(f"/proposals/revisions/{revision.pk}/review/quality/")
    heading = page.get_by_role("heading", level=1).inner_text()
    assert heading == f"Quality assurance review: {revision.proposal.number} R1"
    assert _eventually_read(notice)
    page.reload()
    assert page.get_by_test_id("bell-count").text_content() == f"{unread - 1} unread"
    page.close()


def test_a_sponsor_manager_gets_the_change_order_notification(browser, site):  # noqa: F811
    base_url, world = site
    order = world.change_order_a_sent
    notice = Notification.objects.get(
        recipient=world.sponsor_a_manager, kind="change_order_decision"
    )

    page = browser.new_page(viewport={"width": 1024, "height": 1366})  # a tablet
    _sign_in(page, base_url, "aurora.manager")
    assert page.url.endswith("/portal/")
    assert page.get_by_test_id("bell-count").text_content() == "4 unread"
    page.get_by_test_id("bell").click()
    page.get_by_role("link", name="See all notifications").click()
    page.wait_for_load_state("networkidle")
    rows = page.get_by_test_id("notification")
    assert rows.count() == 4
    page.screenshot(path=str(ARTIFACTS / "notifications-list-sponsor.png"), full_page=True)

    # Keyboard only: tab to the first "Mark read" button and press Enter; the row and the
    # bell update in place.
    first_button = page.get_by_role("button", name="Mark “").first
    first_button.focus()
    page.keyboard.press("Enter")
    page.get_by_test_id("bell-count").filter(has_text="3 unread").wait_for()
    assert page.locator(".notification-item.is-unread").count() == 3

    page.get_by_role("link", name=notice.title).click()
    page.wait_for_load_state("networkidle")
    assert page.url.endswith(f"/changes/{order.pk}/")
    assert page.get_by_role("heading", level=1).inner_text() == order.title
    assert page.get_by_role("link", name="Accept").is_visible()
    assert _eventually_read(notice)
    page.close()
