"""The qualification gate in a real browser (R-TRN-5): the project manager tries to put an
operator who lacks the competency on a GMP batch step and is told why not; QA lets the
operator on with a signed reason, and the plan shows the override."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.factories import PASSWORD
from tests.test_browser import ARTIFACTS, _sign_in, browser, site  # noqa: F401 - fixtures
from tests.test_gate import batch_step, grant_override, operator

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.req("R-TRN-5"),
]


def _assign(page, person: str, role: str) -> None:
    page.get_by_role("combobox", name="Person").select_option(label=person)
    page.get_by_label("Role on the task").fill(role)
    page.get_by_label("Role on the task").press("Enter")
    page.wait_for_load_state("networkidle")


def test_the_pm_sees_why_not_and_qa_overrides_with_a_signed_reason(browser, site):  # noqa: F811
    base_url, world = site
    from accord.planning.models import TaskAssignment

    grant_override()
    task = batch_step(world, name="Fill batch B01")
    operator(world)

    page = browser.new_page(viewport={"width": 1366, "height": 900})
    _sign_in(page, base_url, "pm.alice")
    page.goto(base_url + reverse("planning:plan", args=[world.project_a.pk]))
    page.get_by_role("link", name="People on Fill batch B01").click()
    page.wait_for_load_state("networkidle")
    assert page.get_by_test_id("gmp-badge").is_visible()
    _assign(page, "Oscar Operator", "Operator")
    refusal = page.get_by_test_id("gate-refusal")
    assert "Aseptic gowning: no record (level 3 needed)" in refusal.inner_text()
    assert "ask QA or a supervisor to override" in refusal.inner_text()
    assert page.locator("input[name=password]").count() == 0
    page.screenshot(path=str(ARTIFACTS / "gate-refused.png"), full_page=True)
    page.close()
    assert not TaskAssignment.objects.exists()

    page = browser.new_page(viewport={"width": 1366, "height": 900})
    _sign_in(page, base_url, "qa.quinn")
    page.goto(base_url + reverse("planning:task_people", args=[task.pk]))
    _assign(page, "Oscar Operator", "Operator")
    assert "Aseptic gowning" in page.get_by_test_id("gate-refusal").inner_text()
    page.get_by_label("Override reason").fill(
        "Override: qualified by supervision of a level 4 operator"
    )
    meaning = page.get_by_role("radio", name="Override: qualified by supervision")
    meaning.focus()
    page.keyboard.press("Space")
    assert meaning.is_checked()
    page.get_by_label("User id").fill("qa.quinn")
    page.get_by_label("Password").fill(PASSWORD)
    acknowledge = page.locator("input[name=acknowledge]")
    if acknowledge.count():  # the Part 11 acknowledgement before a first signature
        acknowledge.focus()
        page.keyboard.press("Space")
    page.get_by_label("Password").press("Enter")
    page.wait_for_load_state("networkidle")
    errors = page.locator(".invalid-feedback, .alert-danger").all_inner_texts()
    assert TaskAssignment.objects.filter(override__isnull=False).count() == 1, errors
    override = page.get_by_test_id("override")
    assert "qualified by supervision of a level 4 operator" in override.inner_text()
    assert "Quinn Keller" in override.inner_text()

    page.goto(base_url + reverse("planning:plan", args=[world.project_a.pk]))
    row = page.get_by_test_id(f"task-people-{task.uid}")
    assert "Oscar Operator" in row.inner_text()
    assert "overridden" in row.inner_text()
    assert "Quinn Keller" in row.inner_text()
    page.screenshot(path=str(ARTIFACTS / "gate-overridden.png"), full_page=True)
    page.close()
