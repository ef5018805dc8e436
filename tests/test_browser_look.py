"""What a first customer looks at, in a real browser: names on the Gantt are text, never
HTML; the chart has a task-name column; the sidebar's colour runs the whole page; the
plan table fits a 1440 px screen; date inputs write the house date format."""

from __future__ import annotations

import pytest

from accord.planning import services as planning
from accord.planning.models import Task
from tests.conftest import build_world
from tests.test_browser import ARTIFACTS, _sign_in, browser  # noqa: F401 (the fixture)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

HOSTILE = '<img src=x onerror="document.body.dataset.owned=1">'


@pytest.fixture
def plan_site(browser, live_server):  # noqa: F811
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    world = build_world()
    planning.plan_apply_template(
        actor=None, project=world.project_a, template_code="small_molecule_tt"
    )
    planning.task_create(
        actor=world.pm_alice, project=world.project_a, name=HOSTILE, duration_days=5
    )
    return live_server.url, world


@pytest.mark.req("WEB-2")
def test_a_task_named_like_html_shows_as_text_on_the_gantt(browser, plan_site):  # noqa: F811
    base_url, world = plan_site
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    _sign_in(page, base_url, "pm.alice")
    page.goto(f"{base_url}/plans/projects/{world.project_a.pk}/gantt/")
    page.wait_for_selector("#gantt svg .bar-wrapper")
    page.screenshot(path=str(ARTIFACTS / "gantt-hostile-name.png"), full_page=True)
    # No element came from the name: no <img> anywhere in the chart or the name column.
    assert page.locator("#gantt img, #gantt-names img").count() == 0
    assert page.evaluate("document.body.dataset.owned") is None
    labels = page.locator("#gantt .bar-label").all_text_contents()
    assert HOSTILE in labels
    names = page.locator("#gantt-names li").all_text_contents()
    assert HOSTILE in names
    # One name per bar, in the same order, beside the chart.
    bars = page.locator("#gantt .bar-wrapper").count()
    assert len(names) == bars == Task.objects.filter(project=world.project_a).count()
    first_name = page.locator("#gantt-names li").first.bounding_box()
    first_bar = page.locator("#gantt .bar-wrapper").first.bounding_box()
    assert abs((first_name["y"] + first_name["height"] / 2) - (first_bar["y"] + 11)) < 14


def test_the_sidebar_runs_the_whole_page_and_the_plan_fits_the_screen(browser, plan_site):  # noqa: F811
    base_url, world = plan_site
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    _sign_in(page, base_url, "pm.alice")
    page.goto(f"{base_url}/plans/projects/{world.project_a.pk}/plan/")
    page.screenshot(path=str(ARTIFACTS / "plan-1440.png"), full_page=True)
    height = page.evaluate("document.documentElement.scrollHeight")
    assert height > 900  # longer than the screen
    # Near the bottom of the long page, left of the content: the sidebar's dark colour.
    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
    colour = page.evaluate("getComputedStyle(document.querySelector('.app-shell')).backgroundImage")
    assert "rgb(15, 31, 51)" in colour
    table = page.get_by_test_id("plan-table")
    overflow = table.evaluate("t => t.parentElement.scrollWidth - t.parentElement.clientWidth")
    assert overflow <= 1  # no sideways scrolling at 1440 px
    # At a tablet width the page still works: the table scrolls inside its card.
    page.set_viewport_size({"width": 820, "height": 1100})
    page.goto(f"{base_url}/plans/projects/{world.project_a.pk}/plan/")
    page.screenshot(path=str(ARTIFACTS / "plan-tablet.png"))
    assert page.evaluate("document.documentElement.scrollWidth") <= 820


def test_date_inputs_write_the_house_date_format(browser, plan_site):  # noqa: F811
    base_url, world = plan_site
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    _sign_in(page, base_url, "pm.alice")
    page.goto(f"{base_url}/projects/{world.project_a.pk}/meetings/new/")
    field = page.locator("#id_held_on")
    assert field.get_attribute("type") == "text"
    field.click()
    page.wait_for_selector(".flatpickr-calendar.open")
    page.locator(".flatpickr-calendar.open .flatpickr-day.today").click()
    value = field.input_value()
    day, month, year = value.split(" ")
    assert day.isdigit() and len(month) == 3 and len(year) == 4, value
