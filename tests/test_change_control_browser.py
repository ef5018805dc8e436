"""Change control in a real browser, as both sides: QA signs the plan of a change its
quality agreement makes sponsor A approve; A's manager finds it in the portal, reads it
and signs the company's approval; the change is then approved for implementation."""

from __future__ import annotations

import pytest

from accord.quality.models import ChangeState, SponsorApproval
from tests.factories import PASSWORD
from tests.test_browser import _sign_in, browser, site  # noqa: F401 (fixtures)
from tests.test_change_control import agreement_for, assessed

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _sign(page, meaning: str, username: str, comment: str = "") -> None:
    page.get_by_label(meaning).check()
    if comment:
        page.get_by_label("Comment").fill(comment)
    page.get_by_label("User id").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    checkbox = page.locator("input[name=acknowledge]")
    if checkbox.count():
        checkbox.check()


@pytest.mark.req("R-CC-4")
def test_qa_approves_the_plan_and_the_sponsor_approves_the_change_in_the_portal(
    browser,  # noqa: F811
    site,  # noqa: F811
):
    base_url, world = site
    agreement_for(world, world.sponsor_a, [("equipment", "")])
    change = assessed(world)

    qa = browser.new_context(viewport={"width": 1366, "height": 900}).new_page()
    _sign_in(qa, base_url, "qa.quinn")
    qa.get_by_role("navigation").first.get_by_role("link", name="Change control").click()
    qa.get_by_role("link", name=change.number).click()
    qa.get_by_test_id("approve-plan").click()
    _sign(qa, "Approved", "qa.quinn")
    qa.get_by_role("button", name="Sign and approve the plan").click()
    qa.wait_for_load_state("networkidle")
    assert qa.get_by_test_id("state").inner_text() == "Waiting for sponsor approval"

    sponsor = browser.new_context(viewport={"width": 1366, "height": 900}).new_page()
    _sign_in(sponsor, base_url, "aurora.manager")
    sponsor.get_by_role("navigation").first.get_by_role("link", name="Changes affecting us").click()
    waiting = sponsor.get_by_test_id("waiting-for-us")
    waiting.get_by_role("link").first.click()
    sponsor.wait_for_load_state("networkidle")
    summary = sponsor.get_by_test_id("change-summary")
    assert "Impeller type B" in summary.inner_text()
    assert "Borealis" not in sponsor.content()
    _sign(
        sponsor,
        "Approved: the change may be implemented for our products",
        "aurora.manager",
        "Send us the PQ report.",
    )
    sponsor.get_by_role("button", name="Sign my decision").click()
    sponsor.wait_for_load_state("networkidle")
    assert sponsor.get_by_text(f"Your decision on {change.number} is signed.").is_visible()
    approval = SponsorApproval.objects.get()
    change.refresh_from_db()
    assert approval.decision == "approved" and change.state == ChangeState.APPROVED
