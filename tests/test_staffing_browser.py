"""In a real browser: the project manager adds a sponsor contact to the team with the
keyboard and the searching picker; the contact then finds the project in the portal."""

from __future__ import annotations

import re

import pytest

from tests.factories import UserFactory
from tests.test_browser import ARTIFACTS, _sign_in, browser, site  # noqa: F401 (fixtures)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_pm_adds_a_sponsor_contact_who_then_sees_the_project(browser, site):  # noqa: F811
    base_url, world = site
    UserFactory(
        organization=world.sponsor_a,
        username="aurora.quality",
        first_name="Ines",
        last_name="Brandt",
        job_title="QA Manager",
        role_codes=("sponsor_contact",),
    )
    contact = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    _sign_in(contact, base_url, "aurora.quality")
    assert contact.url.endswith("/portal/")
    assert "AUR-101-TT" not in contact.locator("main").inner_text()

    page = browser.new_context(viewport={"width": 1366, "height": 900}).new_page()
    _sign_in(page, base_url, "pm.alice")
    page.goto(f"{base_url}/projects/{world.project_a.pk}/team/")
    page.get_by_role("link", name="Add to the sponsor's mirror team").click()
    page.wait_for_load_state("networkidle")
    assert page.get_by_role("heading", name="Add to Aurora Therapeutics's mirror team").is_visible()
    search = page.get_by_label("Search people by name, username, e-mail or job title")
    search.focus()
    page.keyboard.type("brandt")
    page.wait_for_selector("text=1 match for “brandt”")
    candidates = page.get_by_test_id("member-candidates")
    assert candidates.get_by_role("radio").count() == 1
    page.keyboard.press("Tab")  # past the Search button
    page.keyboard.press("Tab")  # onto the only candidate
    page.keyboard.press("Space")
    assert candidates.get_by_role("radio", name=re.compile("Ines Brandt")).is_checked()
    page.get_by_label("Project role").select_option(label="Sponsor QA")
    page.get_by_label("Responsibility").fill("Supplier audits and batch record review")
    page.get_by_label("Responsibility").press("Enter")  # submits the form
    page.wait_for_load_state("networkidle")
    assert "Ines Brandt joined the team: Sponsor QA" in page.locator(".messages").inner_text()
    mirror = page.get_by_test_id("sponsor-team")
    assert "Ines Brandt" in mirror.inner_text() and "Sponsor QA" in mirror.inner_text()
    page.screenshot(path=str(ARTIFACTS / "team-staffed.png"), full_page=True)

    contact.reload()
    contact.wait_for_load_state("networkidle")
    body = contact.locator("main").inner_text()
    assert "Aurolimab tech transfer" in body
    assert contact.get_by_test_id("portal-project-count").inner_text().startswith("1 projects")
    contact.get_by_role("link", name=re.compile("Aurolimab tech transfer|AUR-101-TT")).first.click()
    contact.wait_for_load_state("networkidle")
    assert f"/projects/{world.project_a.pk}/" in contact.url
    contact.screenshot(path=str(ARTIFACTS / "portal-after-staffing.png"), full_page=True)
    page.close()
    contact.close()
