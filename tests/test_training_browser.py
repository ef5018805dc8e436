"""The training pages in a real browser: an operator reads and signs an SOP from My
training with the keyboard; QA filters the skill matrix and opens a person's record."""

from __future__ import annotations

import pytest

from tests.conftest import build_world
from tests.factories import PASSWORD
from tests.test_browser import ARTIFACTS, browser  # noqa: F401  (the module's fixture)
from tests.training_pages_fixtures import training_world

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def site(browser, live_server):  # noqa: F811
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    world = build_world()
    return live_server.url, world, training_world(world)


def _sign_in(page, base_url: str, username: str) -> None:
    page.goto(f"{base_url}/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_label("Password").press("Enter")
    page.wait_for_load_state("networkidle")


@pytest.mark.req("R-TRN-3")
def test_an_operator_signs_read_and_understood_from_my_training(browser, site):  # noqa: F811
    base_url, _, _ = site
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    _sign_in(page, base_url, "op.omar")
    page.get_by_role("link", name="My training").first.click()
    page.get_by_role("link", name="Read and sign").click()
    assert page.get_by_test_id("version").inner_text().startswith("SOP-MFG-010 version 1")
    assert page.get_by_label("Trained: read and understood").is_checked()
    page.locator("input[name=acknowledge]").check()  # the first signature: binding
    page.get_by_label("User id").fill("op.omar")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_label("Password").press("Enter")
    page.wait_for_load_state("networkidle")
    assert "Signed: you have read and understood SOP-MFG-010 version 1" in page.content()
    assert (
        "Cleaning of the suite"
        in page.get_by_text("Recently completed").locator("xpath=ancestor::section").inner_text()
    )
    page.screenshot(path=str(ARTIFACTS / "training-signed.png"), full_page=True)


@pytest.mark.req("R-TRN-4")
def test_qa_filters_the_matrix_and_opens_a_persons_record(browser, site):  # noqa: F811
    base_url, _, trained = site
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    _sign_in(page, base_url, "qa.quinn")
    page.get_by_role("link", name="Skill matrix").first.click()
    page.get_by_label("Job role").select_option(label="Production operator")
    page.get_by_role("button", name="Show").click()
    page.wait_for_load_state("networkidle")
    rows = page.get_by_test_id("matrix-row")
    assert rows.count() == 2
    assert "Cleo Varga" not in page.get_by_test_id("skill-matrix").inner_text()
    olga = rows.filter(has_text="Olga Brandt")
    assert (
        olga.locator('td[data-state="qualified"]')
        .first.inner_text()
        .startswith("Qualified (level 4)")
    )
    assert olga.locator('td[data-state="overdue"]').count() == 2
    page.screenshot(path=str(ARTIFACTS / "skill-matrix.png"), full_page=True)
    olga.get_by_role("link", name="Olga Brandt").click()
    page.wait_for_load_state("networkidle")
    assert page.get_by_role("heading", name="Olga Brandt").is_visible()
    assert "Gowning qualification GQ-114" not in page.content()  # evidence is in the PDF
    assert "4 · Can train others" in page.get_by_test_id("competencies").inner_text()
    with page.expect_download() as download:
        page.get_by_test_id("transcript").click()
    assert download.value.suggested_filename == "training-record-op.olga.pdf"
