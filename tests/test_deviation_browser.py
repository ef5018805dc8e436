"""A major deviation on a sponsor's batch, in a real browser: QA raises it with the
keyboard-usable form, the page shows the class definitions and the sponsor's clock
running, QA records the notice, and from that moment the sponsor's manager is told and
reads the deviation; another sponsor never does."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from accord.quality.models import Deviation
from tests.deviation_helpers import agreement_for, batch
from tests.test_browser import ARTIFACTS, _sign_in, browser, site  # noqa: F401 (fixtures)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _local(moment: dt.datetime) -> str:
    return timezone.localtime(moment).strftime("%Y-%m-%dT%H:%M")


@pytest.mark.req("R-DEV-7")
def test_qa_raises_a_major_deviation_and_the_sponsor_sees_it_once_told(browser, site):  # noqa: F811
    base_url, world = site
    agreement_for(world)
    made = batch(world, "AUR-DS-0107")
    qa = browser.new_context(viewport={"width": 1366, "height": 900}).new_page()
    sponsor = browser.new_context(viewport={"width": 1366, "height": 900}).new_page()

    _sign_in(qa, base_url, "qa.quinn")
    qa.get_by_role("navigation").first.get_by_role("link", name="Deviations").click()
    qa.get_by_test_id("raise-deviation").click()
    qa.wait_for_load_state("networkidle")
    now = timezone.now()
    qa.get_by_label("Title").fill("Bioreactor temperature excursion on AUR-DS-0107")
    qa.get_by_label("Description").fill("BR-2000 ran at 39.5 °C for 40 minutes.")
    qa.get_by_label("Occurred at").fill(_local(now - dt.timedelta(hours=3)))
    qa.get_by_label("Discovered at").fill(_local(now - dt.timedelta(hours=1)))
    qa.get_by_label("Site").select_option(value=str(world.site.pk))
    qa.get_by_label("Area").fill("Suite 3")
    qa.get_by_label("Project").select_option(value=str(world.project_a.pk))
    qa.get_by_label("Batches").select_option(value=str(made.pk))
    qa.get_by_label("Immediate correction and containment").fill("Batch quarantined.")
    qa.get_by_label("Major: Potentially significant risk").check()
    qa.get_by_label("Why this class").fill("Possible impact on glycosylation.")
    qa.get_by_role("button", name="Raise the deviation").click()
    qa.wait_for_load_state("networkidle")
    deviation = Deviation.objects.get()
    assert deviation.number in qa.title()
    clocks = qa.get_by_test_id("deviation-clocks")
    assert clocks.get_by_text("Tell Aurora Therapeutics by").is_visible()
    assert clocks.get_by_text("Running").first.is_visible()
    assert (
        qa.get_by_test_id("class-definitions")
        .get_by_text("Significant risk to the patient")
        .is_visible()
    )

    qa.screenshot(path=str(ARTIFACTS / "deviation-qa.png"), full_page=True)

    # Not told yet: the sponsor does not even learn that it exists.
    _sign_in(sponsor, base_url, "aurora.manager")
    missing = sponsor.goto(f"{base_url}/quality/deviations/{deviation.pk}/")
    assert missing.status == 404

    qa.get_by_role("link", name="Record the notice to the sponsor").click()
    qa.wait_for_load_state("networkidle")
    qa.get_by_label("Told whom").fill("Maya Aurora, Head of QA")
    qa.get_by_label("How").select_option(label="Telephone call")
    qa.get_by_label("What they were told").fill("Excursion on AUR-DS-0107; batch on hold.")
    qa.get_by_test_id("step-submit").click()
    qa.wait_for_load_state("networkidle")
    assert qa.get_by_test_id("notices").get_by_text("Telephone call", exact=False).is_visible()

    sponsor.goto(f"{base_url}/notifications/")
    sponsor.get_by_role("link", name=f"Deviation {deviation.number}", exact=False).first.click()
    sponsor.wait_for_load_state("networkidle")
    assert deviation.number in sponsor.title()
    assert sponsor.get_by_text("Batch quarantined.").is_visible()
    assert sponsor.get_by_text("Possible impact on glycosylation.").count() == 0
    sponsor.screenshot(path=str(ARTIFACTS / "deviation-sponsor.png"), full_page=True)

    other = browser.new_context().new_page()
    _sign_in(other, base_url, "borealis.manager")
    assert other.goto(f"{base_url}/quality/deviations/{deviation.pk}/").status == 404
