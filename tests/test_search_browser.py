"""The search from the keyboard, in a real browser: "/" goes to the search box, Enter
searches, the down arrow moves into the results and Enter opens one."""

from __future__ import annotations

import pytest

from tests.test_browser import ARTIFACTS, _sign_in, browser, site  # noqa: F401 - fixtures

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _focused(page) -> str:
    return page.evaluate("document.activeElement.id || document.activeElement.textContent")


def test_a_user_searches_and_opens_a_result_without_the_mouse(browser, site):  # noqa: F811
    base_url, world = site
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    _sign_in(page, base_url, "pm.alice")
    page.keyboard.press("/")
    assert _focused(page) == "global-search"
    page.keyboard.type("resin delivery")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.get_by_role("heading", name="Results for “resin delivery”").is_visible()
    delays = page.get_by_test_id("group-delays")
    assert delays.locator("mark").first.inner_text().lower() == "resin"
    page.screenshot(path=str(ARTIFACTS / "search-results.png"), full_page=True)
    page.get_by_label("Search for").focus()
    page.keyboard.press("ArrowDown")
    assert "Aurora resin delivery slipped" in _focused(page)
    page.keyboard.press("ArrowUp")
    assert _focused(page) == "search-q"
    page.keyboard.press("ArrowDown")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith(f"/delays/{world.delay_a_communicated.pk}/")


def test_a_sponsor_user_finds_nothing_of_another_sponsor_in_the_browser(browser, site):  # noqa: F811
    base_url, _ = site
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    _sign_in(page, base_url, "borealis.manager")
    page.goto(f"{base_url}/search/?q=Aurora")
    assert page.get_by_test_id("search-empty").is_visible()
    assert page.locator(".search-hit").count() == 0
    page.goto(f"{base_url}/search/?q=Borealis")
    assert page.get_by_test_id("group-sponsors").is_visible()
    assert page.get_by_test_id("type-contacts").count() == 0
