"""A sponsor's concern handled the R3 way, in a real browser, as both sides: the sponsor
raises it in the portal with a file, its owner acknowledges it, records the first
contact with its containment, updates the sponsor and resolves it; the sponsor reads
every step, never the internal note, confirms, and answers the satisfaction survey the
confirmation sent (a low score would need a reason: a 5 does not)."""

from __future__ import annotations

import pytest

from accord.service.models import Concern
from accord.surveys.models import SurveyResponse
from tests.test_browser import ARTIFACTS, _sign_in, browser, site  # noqa: F401 (fixtures)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _act(page, action: str, fields: dict[str, str], button: str) -> None:
    form = page.get_by_test_id(f"action-{action}")
    for label, value in fields.items():
        form.get_by_label(label).fill(value)
    form.get_by_role("button", name=button).click()
    page.wait_for_load_state("networkidle")


def test_a_concern_goes_the_whole_r3_path_as_both_sides(browser, site, tmp_path):  # noqa: F811
    base_url, world = site
    sponsor = browser.new_context(viewport={"width": 1366, "height": 900}).new_page()
    owner = browser.new_context(viewport={"width": 1366, "height": 900}).new_page()

    # Recognize: the sponsor raises it in the portal, with a photo of the label.
    _sign_in(sponsor, base_url, "aurora.manager")
    sponsor.get_by_role("navigation").first.get_by_role("link", name="Our concerns").click()
    sponsor.get_by_role("link", name="Raise a concern").click()
    sponsor.get_by_label("Project").select_option(label=f"{world.project_a}")
    sponsor.get_by_label("Title").fill("Aurora release slot moved without notice")
    sponsor.get_by_label("Description").fill(
        "The PPQ release slot moved a week and we learned it from the shipping plan."
    )
    sponsor.get_by_label("About").select_option(label="Schedule")
    sponsor.get_by_label("How urgent is it for you").select_option(label="High")
    label = tmp_path / "shipping-plan.pdf"
    label.write_bytes(b"%PDF-1.4 shipping plan week 49")
    sponsor.get_by_label("Files").set_input_files(str(label))
    sponsor.get_by_role("button", name="Raise the concern").click()
    sponsor.wait_for_load_state("networkidle")
    concern = Concern.objects.get()
    assert concern.number in sponsor.title()
    assert sponsor.get_by_test_id("concern-files").get_by_text("shipping-plan.pdf").is_visible()
    clocks = sponsor.get_by_test_id("concern-clocks")
    assert clocks.get_by_role("row", name="Acknowledgement").is_visible()

    # The owner (the project manager: no rung for schedule matters) finds it in the queue.
    _sign_in(owner, base_url, "pm.alice")
    owner.goto(f"{base_url}/service/concerns/")
    owner.get_by_role("link", name=concern.number).click()
    owner.wait_for_load_state("networkidle")
    _act(
        owner,
        "acknowledge",
        {"Your message to the sponsor": "Maya, I have it and will call you within the hour."},
        "Acknowledge",
    )
    assert owner.get_by_text("Acknowledged: the sponsor has your message.").is_visible()

    # Relate: the call, with what was done at once, then an internal note and an update.
    form = owner.get_by_test_id("action-contact")
    form.get_by_label("Call").check()
    form.get_by_label("What was discussed and agreed").fill("Called Maya; walked the plan.")
    form.get_by_label("Containment").fill("Slot held for week 50; QA release pre-booked.")
    form.get_by_role("button", name="Record the first contact").click()
    owner.wait_for_load_state("networkidle")
    _act(
        owner,
        "note",
        {"For your colleagues (never shown to the sponsor)": "Planner moved it by mistake."},
        "Add an internal note",
    )
    _act(
        owner,
        "update",
        {"What the sponsor should know now": "Week 50 slot confirmed with the QC lab."},
        "Update the sponsor",
    )
    # Resolve.
    _act(
        owner,
        "resolve",
        {
            "Resolution": "Slot restored to week 50; slot changes now need PM sign-off.",
            "Root cause": "A planner rebalanced the suite calendar without the PM.",
        },
        "Resolve",
    )
    assert owner.get_by_text("Resolved: the sponsor is asked to confirm.").is_visible()
    owner.screenshot(path=str(ARTIFACTS / "concern-owner.png"), full_page=True)

    # The sponsor reads every step but the internal note, and confirms.
    sponsor.reload()
    story = sponsor.get_by_test_id("concern-entries")
    for step in ("Acknowledgement", "First substantive contact", "Update", "Resolution"):
        assert story.locator("strong", has_text=step).first.is_visible(), step
    assert "Planner moved it by mistake" not in sponsor.content()
    assert sponsor.get_by_text("Slot held for week 50; QA release pre-booked.").is_visible()
    confirm = sponsor.get_by_test_id("action-confirm")
    confirm.get_by_label("A word for the team (optional)").fill("Thank you, Alice.")
    confirm.get_by_role("button", name="Confirm the resolution").click()
    sponsor.wait_for_load_state("networkidle")
    assert sponsor.get_by_text("Thank you: the concern is closed.").is_visible()
    sponsor.screenshot(path=str(ARTIFACTS / "concern-sponsor.png"), full_page=True)
    concern.refresh_from_db()
    assert concern.state == "closed" and concern.closed_at is not None
    clocks = sponsor.get_by_test_id("concern-clocks")
    assert clocks.get_by_role("row", name="Acknowledgement").get_by_text("Met").is_visible()

    # The confirmation sent a satisfaction survey about this concern: answered in the portal.
    sponsor.get_by_role("navigation").first.get_by_role("link", name="Our surveys").click()
    waiting = sponsor.get_by_test_id("surveys-to-answer")
    waiting.get_by_role("link", name="Answer").first.click()
    sponsor.wait_for_load_state("networkidle")
    assert concern.number in sponsor.content()
    sponsor.get_by_test_id("scale-score").get_by_text("5 ·").click()
    sponsor.get_by_label("Anything else you want us to know").fill("Quick and honest. Thanks.")
    sponsor.get_by_role("button", name="Send my answer").click()
    sponsor.wait_for_load_state("networkidle")
    sponsor.screenshot(path=str(ARTIFACTS / "concern-csat.png"), full_page=True)
    answer = SurveyResponse.objects.get(survey__concern=concern)
    assert (answer.score, answer.respondent.username) == (5, "aurora.manager")
    assert answer.comment == "Quick and honest. Thanks."
