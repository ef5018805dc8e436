"""Real-browser tests: Debian's Chromium driven by Playwright against a live server."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import build_world
from tests.factories import PASSWORD

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parent.parent / "var" / "test-artifacts"

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (make test does it as root)")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop running in this thread; Django's ORM calls
    # made here (test data, database flushes) are still plain synchronous calls.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def site(browser, live_server):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return live_server.url, build_world()


def _sign_in(page, base_url: str, username: str) -> None:
    page.goto(f"{base_url}/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_label("Password").press("Enter")  # keyboard-only sign-in
    page.wait_for_load_state("networkidle")


def test_staff_user_signs_in_to_my_work(browser, site):
    base_url, _ = site
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    _sign_in(page, base_url, "pm.alice")
    assert page.url.endswith("/work/")
    assert page.get_by_role("heading", name="Good to see you, Alice").is_visible()
    assert page.get_by_test_id("my-project-count").inner_text() == "2"
    my_projects = page.get_by_test_id("my-projects")
    assert my_projects.get_by_role("link", name="AUR-101-TT").is_visible()
    assert my_projects.get_by_role("link", name="BOR-301-GMP").is_visible()
    nav = page.get_by_role("navigation").first
    assert nav.get_by_role("link", name="Sponsors").is_visible()
    assert nav.get_by_role("link", name="Users").count() == 0
    # The vendored stylesheet really loaded: the sidebar has its dark colour.
    sidebar_colour = page.eval_on_selector(
        ".app-sidebar", "e => getComputedStyle(e).backgroundColor"
    )
    assert sidebar_colour == "rgb(15, 31, 51)"
    page.screenshot(path=str(ARTIFACTS / "my-work.png"), full_page=True)
    page.close()


def test_sponsor_user_signs_in_to_the_portal_and_sees_only_their_company(browser, site):
    base_url, _ = site
    page = browser.new_page(viewport={"width": 820, "height": 1180})  # a tablet
    _sign_in(page, base_url, "aurora.manager")
    assert page.url.endswith("/portal/")
    assert page.get_by_role("heading", name="Aurora Therapeutics").is_visible()
    assert page.get_by_test_id("portal-project-count").inner_text().startswith("2 projects")
    body = page.locator("main").inner_text()
    assert "Aurolimab tech transfer" in body and "Aurostat process development" in body
    assert "Borealis" not in body and "BOR-301-GMP" not in body
    assert "Aurora internal cost sheet" not in body
    # On a tablet the navigation sits behind a menu button and still works.
    page.get_by_role("button", name="Open navigation").click()
    nav = page.locator("#sidebar")
    page.wait_for_selector("#sidebar.show:not(.showing)")
    assert nav.get_by_role("link", name="My work").count() == 0
    page.screenshot(path=str(ARTIFACTS / "portal-tablet.png"), full_page=True)
    nav.get_by_role("link", name="Projects").click()
    page.wait_for_load_state("networkidle")
    rows = page.locator("table tbody tr")
    assert rows.count() == 2
    page.close()


def test_a_bad_sign_in_shows_the_error_on_the_form(browser, site):
    base_url, _ = site
    page = browser.new_page()
    page.goto(f"{base_url}/accounts/login/")
    page.get_by_label("Username").fill("pm.alice")
    page.get_by_label("Password").fill("wrong-password-123")
    page.get_by_role("button", name="Sign in").click()
    alert = page.get_by_role("alert")
    assert "correct username and password" in alert.inner_text()
    assert page.url.endswith("/accounts/login/")
    page.close()


def test_project_filters_update_the_list_in_place(browser, site):
    base_url, _ = site
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    _sign_in(page, base_url, "pm.alice")
    page.goto(f"{base_url}/projects/")
    assert page.get_by_test_id("project-count").inner_text() == "3 projects"
    page.evaluate("window.__sameDocument = true")
    page.locator("#id_q").fill("borec")
    page.get_by_test_id("project-count").filter(has_text="1 project").wait_for()
    assert page.locator("#project-results tbody tr").count() == 1
    assert "q=borec" in page.url
    assert page.evaluate("window.__sameDocument === true")  # no full page load
    page.get_by_label("Status").select_option("planned")
    page.get_by_test_id("project-count").filter(has_text="0 projects").wait_for()
    assert "No projects match these filters" in page.locator("#project-results").inner_text()
    page.close()


def test_the_gantt_draws_the_plan_with_its_critical_path(browser, site):
    base_url, world = site
    from accord.planning.services import plan_apply_template

    plan_apply_template(actor=None, project=world.project_a, template_code="small_molecule_tt")
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    _sign_in(page, base_url, "pm.alice")
    page.goto(f"{base_url}/plans/projects/{world.project_a.pk}/gantt/")
    page.locator("#gantt .bar-wrapper").first.wait_for()
    assert page.locator("#gantt .bar-wrapper").count() == 16
    assert page.locator("#gantt .bar-critical").count() >= 8
    assert page.locator("#gantt .arrow path").count() == 20  # one arrow per dependency
    page.screenshot(path=str(ARTIFACTS / "gantt.png"))
    page.close()


def test_a_large_simulation_runs_in_the_background_with_a_progress_bar(
    browser, site, settings, monkeypatch, tmp_path
):
    base_url, world = site
    from accord.planning import simulations
    from accord.planning.services import plan_apply_template
    from tests.workers import running_workers

    settings.ACCORD_JOBS = "queue"  # a real worker process runs it, as in production
    monkeypatch.setattr(simulations, "INLINE_CELLS", 1)
    plan_apply_template(actor=None, project=world.project_a, template_code="small_molecule_tt")
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    _sign_in(page, base_url, "pm.alice")
    page.goto(f"{base_url}/plans/projects/{world.project_a.pk}/risk/")
    page.get_by_label("Iterations").select_option("250000")
    page.get_by_label("Seed").fill("11")
    page.get_by_role("button", name="Run simulation").click()
    page.wait_for_load_state("networkidle")
    assert page.get_by_test_id("simulation-waiting").is_visible()  # no worker yet
    with running_workers(1, tmp_path, ACCORD_JOBS_WORKERS="1"):
        # Either the bar is still moving or htmx already sent the page to the result.
        page.get_by_test_id("run-caption").wait_for(timeout=90_000)
    assert "250,000 iterations" in page.get_by_test_id("run-caption").inner_text()
    assert "?run=" in page.url
    assert page.get_by_test_id("p80").inner_text().strip()
    drawn = page.eval_on_selector("#risk-histogram", "c => c.width > 0 && c.height > 0")
    assert drawn
    page.screenshot(path=str(ARTIFACTS / "schedule-risk.png"), full_page=True)
    page.close()


def test_the_sponsor_manager_accepts_a_change_order_with_the_keyboard(browser, site):
    base_url, world = site
    from accord.changes.models import ChangeOrder
    from accord.signatures.models import Signature
    from tests.test_changes import world_change_orders

    change_order = world_change_orders(world)
    page = browser.new_page(viewport={"width": 1024, "height": 1366})  # a tablet
    _sign_in(page, base_url, "aurora.manager")
    page.goto(f"{base_url}/projects/{world.project_a.pk}/")
    page.get_by_test_id("open-changes").get_by_role("link", name=change_order.title).click()
    page.get_by_role("link", name="Accept").click()
    meaning = page.get_by_role("radio", name="Accepted")
    meaning.focus()
    page.keyboard.press("Space")  # the signer states the meaning; it is never preselected
    assert meaning.is_checked()
    page.get_by_label("User id").fill("aurora.manager")
    page.get_by_label("Password").fill(PASSWORD)
    acknowledge = page.locator("input[name=acknowledge]")
    if acknowledge.count():  # the Part 11 acknowledgement before a first signature
        acknowledge.focus()
        page.keyboard.press("Space")
        assert acknowledge.is_checked()
    page.get_by_label("Password").press("Enter")
    page.wait_for_load_state("networkidle")
    change_order.refresh_from_db()
    errors = page.locator(".invalid-feedback, .alert-danger").all_inner_texts()
    assert change_order.status == ChangeOrder.Status.APPROVED, errors
    assert Signature.objects.filter(meaning="accepted").count() == 1
    assert "Approved by sponsor" in page.content()
    page.screenshot(path=str(ARTIFACTS / "change-order-accepted.png"), full_page=True)
    page.close()


def test_a_sponsor_submits_an_rfp_from_the_portal_and_staff_see_it(browser, site):
    base_url, world = site
    from accord.proposals.models import Rfp

    page = browser.new_page(viewport={"width": 1024, "height": 1366})
    _sign_in(page, base_url, "aurora.manager")
    page.get_by_role("link", name="Our RFPs").click()
    page.get_by_role("link", name="Submit an RFP").first.click()
    page.get_by_label("Title").fill("Aurolimab drug product: lyophilized vials for Phase 2")
    page.get_by_label("Fill-finish").check()
    page.get_by_label("Stability").check()
    page.get_by_label("Modality").select_option(label="Sterile drug product")
    page.get_by_label("Phase").select_option(index=3)
    page.get_by_label("Cold chain").check()
    page.get_by_role("button", name="Submit").first.click()
    page.wait_for_load_state("networkidle")
    errors = page.locator(".invalid-feedback, .alert-danger").all_inner_texts()
    rfp = Rfp.objects.filter(title__startswith="Aurolimab drug product").first()
    assert rfp is not None, errors
    assert rfp.sponsor == world.sponsor_a and rfp.cold_chain
    assert sorted(rfp.services) == ["fill_finish", "stability"]
    assert rfp.number in page.get_by_role("alert").first.inner_text()
    page.screenshot(path=str(ARTIFACTS / "portal-rfp-submitted.png"), full_page=True)
    page.close()

    staff = browser.new_page(viewport={"width": 1366, "height": 900})
    _sign_in(staff, base_url, "pm.alice")
    staff.goto(f"{base_url}/rfps/")
    assert staff.get_by_text(rfp.title).count() == 1  # the CDMO sees it in its intake list
    staff.close()


@pytest.mark.req("WEB-2")
def test_the_pages_run_under_the_content_security_policy_without_violations(browser, site):
    base_url, world = site
    from accord.planning.services import plan_apply_template

    plan_apply_template(actor=None, project=world.project_a, template_code="small_molecule_tt")
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    violations: list[str] = []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    _sign_in(page, base_url, "pm.alice")
    pk = world.project_a.pk
    for path in (
        "/work/",
        f"/projects/{pk}/",
        f"/plans/projects/{pk}/gantt/",
        f"/plans/projects/{pk}/plan/",
        f"/projects/{pk}/delays/",
        f"/projects/{pk}/risks/",
        "/proposals/analytics/",
        "/api/docs",
    ):
        page.goto(base_url + path)
        page.wait_for_load_state("networkidle")
    page.goto(f"{base_url}/plans/projects/{pk}/risk/")
    page.get_by_role("button", name="Run simulation").click()
    page.get_by_test_id("run-caption").wait_for()
    assert page.locator("#gantt .bar-wrapper").count() == 0  # (not the Gantt page)
    page.goto(f"{base_url}/plans/projects/{pk}/gantt/")
    page.locator("#gantt .bar-wrapper").first.wait_for()  # frappe-gantt drew under the CSP
    assert violations == []
    page.close()


@pytest.mark.req("WEB-2")
def test_a_sponsor_answers_by_the_emailed_link_and_staff_see_it_in_the_charts(browser, site):
    base_url, world = site
    from accord.surveys import links, sweeps
    from accord.surveys.models import SurveyInvitation, SurveyResponse

    sweeps.relationship_survey_sweep()
    invitation = SurveyInvitation.objects.get(
        survey__sponsor=world.sponsor_a, recipient=world.sponsor_a_manager
    )
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    violations: list[str] = []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    page.goto(base_url + links.link_path(invitation))  # no sign-in
    page.get_by_test_id("scale-score").get_by_text("9", exact=True).click()
    page.get_by_test_id("scale-quality").get_by_text("4 · Very good").click()
    page.get_by_label("What is the main reason for your score?").fill("Dates held all year.")
    page.screenshot(path=str(ARTIFACTS / "survey-link-form.png"), full_page=True)
    page.get_by_role("button", name="Send my answer").click()
    page.get_by_test_id("survey-thanks").wait_for()
    answer = SurveyResponse.objects.get()
    assert (answer.score, answer.quality, answer.channel) == (9, 4, "link")
    page.screenshot(path=str(ARTIFACTS / "survey-link-answered.png"), full_page=True)
    _sign_in(page, base_url, "pm.alice")
    page.goto(f"{base_url}/surveys/results/")
    page.wait_for_load_state("networkidle")
    assert page.get_by_test_id("nps-value").inner_text() == "100.0"
    drawn = "id => Chart.getChart(document.getElementById(id)) !== undefined"
    assert page.evaluate(f"({drawn})('nps-quarters')") and page.evaluate(f"({drawn})('categories')")
    page.screenshot(path=str(ARTIFACTS / "survey-results.png"), full_page=True)
    assert violations == []
    page.close()
