"""Deviation pages: the list with its filters and exports, raising one (also from a
delay, a concern or a risk, which then show it), the deviation's page with its class
definitions, clocks and the steps the reader may take, a page per step with errors
named by field, QA's signatures, My work, and what a sponsor reads once told."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from accord.quality.models import Deviation
from tests.conftest import client_for
from tests.deviation_helpers import agreement_for, batch, raise_deviation, second_qa
from tests.factories import PASSWORD


def _moment(value: dt.datetime) -> str:
    return timezone.localtime(value).strftime("%Y-%m-%dT%H:%M")


def _step(deviation, step):
    return reverse("quality:deviation_step", args=[deviation.pk, step])


def _page(deviation) -> str:
    return reverse("quality:deviation", args=[deviation.pk])


def _raise_data(world, **changes) -> dict:
    now = timezone.now()
    return {
        "title": "Wrong buffer used",
        "description": "Buffer B used instead of buffer A at step 4.",
        "occurred_at": _moment(now - dt.timedelta(hours=3)),
        "discovered_at": _moment(now - dt.timedelta(hours=1)),
        "site": world.site.pk,
        "area": "Suite 2",
        "equipment": "",
        "process_step": "Chromatography",
        "project": world.project_a.pk,
        "containment": "Pool held; line cleared.",
        "classification": "major",
        "classification_rationale": "Could change the impurity profile.",
        "severity": "",
        "occurrence": "",
        "detectability": "",
        "owner": "",
        **changes,
    }


def test_staff_raise_a_deviation_on_the_page_and_errors_name_the_field(world):
    alice = client_for(world.pm_alice)
    form = alice.get(reverse("quality:deviation_raise"))
    assert form.status_code == 200
    page = form.content.decode()
    assert "Significant risk to the patient" in page  # the class definitions
    bad = alice.post(
        reverse("quality:deviation_raise"), _raise_data(world, containment="", area="")
    )
    assert bad.status_code == 200
    errors = bad.context["form"].errors
    assert "containment" in errors and "area" in errors
    assert not Deviation.objects.exists()
    done = alice.post(reverse("quality:deviation_raise"), _raise_data(world))
    deviation = Deviation.objects.get()
    assert done.status_code == 302 and done.url == _page(deviation)
    assert deviation.owner == world.pm_alice and deviation.sponsor == world.sponsor_a


def test_a_deviation_raised_from_a_delay_links_back_and_shows_on_its_page(world):
    delay = world.delay_a_communicated
    alice = client_for(world.pm_alice)
    delay_page = alice.get(reverse("delays:detail", args=[delay.pk])).content.decode()
    assert f"{reverse('quality:deviation_raise')}?delay={delay.pk}" in delay_page
    form = alice.get(reverse("quality:deviation_raise"), {"delay": delay.pk})
    assert form.context["form"].initial["project"] == world.project_a.pk
    alice.post(reverse("quality:deviation_raise"), {**_raise_data(world), "delay": delay.pk})
    deviation = Deviation.objects.get()
    assert deviation.from_delay == delay
    delay_page = alice.get(reverse("delays:detail", args=[delay.pk])).content.decode()
    assert deviation.number in delay_page
    # Another sponsor's delay is not found, so nothing is raised from it.
    other = alice.get(reverse("quality:deviation_raise"), {"delay": world.delay_b_communicated.pk})
    assert other.status_code == 200  # staff see every delay; the service checks the project


def test_risk_and_concern_pages_offer_to_raise_a_deviation(world):
    alice = client_for(world.pm_alice)
    risk_page = alice.get(reverse("risks:detail", args=[world.risk_a_shared.pk])).content.decode()
    assert "Raise a deviation" in risk_page
    deviation = raise_deviation(world, from_risk=world.risk_a_shared)
    risk_page = alice.get(reverse("risks:detail", args=[world.risk_a_shared.pk])).content.decode()
    assert deviation.number in risk_page


def test_the_list_searches_filters_and_exports(world):
    raise_deviation(world, classification="minor", title="Label smudge")
    old = raise_deviation(
        world,
        classification="critical",
        title="Sterility failure",
        discovered_at=timezone.now() - dt.timedelta(days=60),
    )
    alice = client_for(world.pm_alice)
    listed = alice.get(reverse("quality:deviations"))
    assert listed.status_code == 200
    page = listed.content.decode()
    assert "Label smudge" in page and "Sterility failure" in page
    only = alice.get(reverse("quality:deviations"), {"classification": "critical"}).content.decode()
    assert "Label smudge" not in only and "Sterility failure" in only
    overdue = alice.get(reverse("quality:deviations"), {"overdue": "yes"}).content.decode()
    assert old.number in overdue and "Label smudge" not in overdue
    searched = alice.get(reverse("quality:deviations"), {"q": "smudge"}).content.decode()
    assert "Sterility failure" not in searched
    csv = alice.get(reverse("quality:deviations_export", args=["csv"]), {"q": "smudge"})
    assert csv.status_code == 200 and b"Label smudge" in csv.content
    assert b"Sterility" not in csv.content
    xlsx = alice.get(reverse("quality:deviations_export", args=["xlsx"]))
    assert xlsx.status_code == 200 and xlsx.content[:2] == b"PK"
    assert alice.get(reverse("quality:deviations_export", args=["pdf"])).status_code == 404
    sponsor = client_for(world.sponsor_a_manager)
    assert sponsor.get(reverse("quality:deviations")).status_code == 403


@pytest.mark.req("R-DEV-1")
def test_the_pages_walk_a_minor_deviation_to_closure_with_a_qa_signature(world):
    deviation = raise_deviation(world, classification="minor")
    alice = client_for(world.pm_alice)
    page = alice.get(_page(deviation)).content.decode()
    assert "Isolated, with no impact" in page  # the definitions
    assert "Record the assessment" in page and "Approve (signature)" not in page
    assert "the impact assessment" in page  # what is missing, said up front
    bad = alice.post(
        _step(deviation, "assess"),
        {
            "impact_assessment": "None.",
            "capa_required": "no",
            "capa_rationale": "",
            "version": deviation.version,
        },
    )
    assert "capa_rationale" in bad.context["form"].errors
    alice.post(
        _step(deviation, "assess"),
        {
            "impact_assessment": "None.",
            "capa_required": "no",
            "capa_rationale": "One-off slip.",
            "version": deviation.version,
        },
    )
    deviation.refresh_from_db()
    alice.post(
        _step(deviation, "recurrence"),
        {"earlier": "", "justification": "Nothing similar.", "version": deviation.version},
    )
    deviation.refresh_from_db()
    assert deviation.recurrence_checked
    submitted = alice.post(_step(deviation, "submit"), {"version": deviation.version})
    assert submitted.status_code == 302
    deviation.refresh_from_db()
    assert deviation.state == "assessment_review"
    # The owner is not offered the approval, and the page refuses it.
    assert alice.get(_step(deviation, "approve")).status_code == 403
    quinn = client_for(world.qa_quinn)
    assert "Approve (signature)" in quinn.get(_page(deviation)).content.decode()
    wrong = quinn.post(
        _step(deviation, "approve"),
        {
            "meaning": "approved",
            "username": "qa.quinn",
            "password": "wrong",
            "acknowledge": "on",
            "version": deviation.version,
        },
    )
    assert wrong.status_code == 200 and "password" in wrong.context["signature"].errors
    signed = quinn.post(
        _step(deviation, "approve"),
        {
            "meaning": "approved",
            "username": "qa.quinn",
            "password": PASSWORD,
            "acknowledge": "on",
            "version": deviation.version,
        },
    )
    assert signed.status_code == 302
    deviation.refresh_from_db()
    assert deviation.state == "closed"
    page = quinn.get(_page(deviation)).content.decode()
    assert "Quinn Keller" in page  # the signature manifest


def test_the_pages_investigate_send_back_and_reclassify(world):
    rhea = second_qa(world)
    deviation = raise_deviation(world, classification="major")
    deviation.impact_assessment = "Held."
    deviation.capa_required = False
    deviation.capa_rationale = "One-off."
    deviation.recurrence_checked = True
    deviation.state = "assessment_review"
    deviation.save()
    quinn = client_for(world.qa_quinn)
    back = quinn.post(_step(deviation, "send_back"), {"reason": "", "version": deviation.version})
    assert "reason" in back.context["form"].errors
    quinn.post(
        _step(deviation, "send_back"), {"reason": "Add the lot.", "version": deviation.version}
    )
    deviation.refresh_from_db()
    assert deviation.state == "assessment"
    reclassified = client_for(rhea).post(
        _step(deviation, "reclassify"),
        {
            "classification": "critical",
            "meaning": "approved",
            "reason": "Patient risk.",
            "username": "qa.rhea",
            "password": PASSWORD,
            "acknowledge": "on",
        },
    )
    assert reclassified.status_code == 302, reclassified.content
    deviation.refresh_from_db()
    assert deviation.classification == "critical"
    # Into the investigation.
    deviation.state = "investigation"
    deviation.save()
    from accord.quality.models import Investigation

    Investigation.objects.create(deviation=deviation)
    alice = client_for(world.pm_alice)
    written = alice.post(
        _step(deviation, "investigation"),
        {
            "team": [world.pm_alice.pk],
            "method": "five_whys",
            "analysis": "Why x5.",
            "root_cause_category": "people.error",
            "root_cause": "Slip.",
            "product_impact": "None.",
            "conclusion": "Retrained.",
            "version": deviation.version,
        },
    )
    assert written.status_code == 302, written.context and written.context["form"].errors
    deviation.refresh_from_db()
    b = batch(world, "AUR-300")
    bad = alice.post(
        _step(deviation, "other_batch"),
        {
            "batch": "",
            "item": "",
            "affected": "no",
            "conclusion": "Fine.",
            "version": deviation.version,
        },
    )
    assert set(bad.context["form"].errors) == {"item"}
    alice.post(
        _step(deviation, "other_batch"),
        {
            "batch": b.pk,
            "item": "",
            "affected": "no",
            "conclusion": "Other suite.",
            "version": deviation.version,
        },
    )
    assert deviation.investigation.other_batches.get().item.startswith("AUR-300")


@pytest.mark.req("R-DEV-4")
def test_an_extension_is_asked_on_the_page_and_qa_signs_the_decision(world):
    deviation = raise_deviation(world)
    alice = client_for(world.pm_alice)
    bad = alice.post(
        _step(deviation, "request"), {"kind": "extension", "new_due_date": "", "justification": "x"}
    )
    assert "new_due_date" in bad.context["form"].errors
    new_date = deviation.due_date + dt.timedelta(days=14)
    alice.post(
        _step(deviation, "request"),
        {"kind": "extension", "new_due_date": new_date.isoformat(), "justification": "Lab late."},
    )
    asked = deviation.requests.get()
    quinn = client_for(world.qa_quinn)
    assert "Approve (signature)" in quinn.get(_page(deviation)).content.decode()
    url = reverse("quality:deviation_request_decide", args=[deviation.pk, asked.pk, "reject"])
    no_reason = quinn.post(
        url,
        {
            "meaning": "rejected",
            "reason": "",
            "username": "qa.quinn",
            "password": PASSWORD,
            "acknowledge": "on",
        },
    )
    assert "reason" in no_reason.context["form"].errors
    url = reverse("quality:deviation_request_decide", args=[deviation.pk, asked.pk, "approve"])
    done = quinn.post(
        url,
        {
            "meaning": "approved",
            "reason": "",
            "username": "qa.quinn",
            "password": PASSWORD,
            "acknowledge": "on",
        },
    )
    assert done.status_code == 302
    deviation.refresh_from_db()
    assert deviation.due_date == new_date
    assert quinn.get(url).status_code == 404  # decided: no longer open


@pytest.mark.req("R-DEV-7")
def test_the_notice_is_recorded_on_the_page_and_the_sponsor_then_reads_the_record(world):
    agreement_for(world)
    deviation = raise_deviation(world, classification="major")
    alice = client_for(world.pm_alice)
    page = alice.get(_page(deviation)).content.decode()
    assert "Tell Aurora Therapeutics by" in page
    manager = client_for(world.sponsor_a_manager)
    assert manager.get(_page(deviation)).status_code == 404
    bad = alice.post(
        _step(deviation, "notify"),
        {"sent_at": "", "recipients": "", "how": "email", "content": ""},
    )
    assert {"sent_at", "recipients", "content"} <= set(bad.context["form"].errors)
    alice.post(
        _step(deviation, "notify"),
        {
            "sent_at": _moment(timezone.now()),
            "recipients": "Maya Aurora",
            "how": "call",
            "content": "We found a deviation on your batch.",
        },
    )
    deviation.refresh_from_db()
    assert deviation.notified_at is not None
    seen = manager.get(_page(deviation))
    assert seen.status_code == 200
    text = seen.content.decode()
    assert deviation.number in text and "Batch quarantined" in text
    # The sponsor downloads the package from the page: a real PDF of its deviation.
    package = reverse("quality:deviation_package", args=[deviation.pk])
    assert package in text
    pdf = manager.get(package)
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    assert b"".join(pdf.streaming_content if pdf.streaming else [pdf.content])[:5] == b"%PDF-"
    assert "Potential impact on product quality attributes" not in text  # the rationale
    assert client_for(world.sponsor_b_manager).get(_page(deviation)).status_code == 404
    assert manager.get(_step(deviation, "assess")).status_code == 403


def test_my_work_shows_what_i_own_that_is_due_and_what_waits_for_my_signature(world):
    overdue = raise_deviation(
        world, title="Old one", discovered_at=timezone.now() - dt.timedelta(days=40)
    )
    waiting = raise_deviation(world, title="With QA")
    Deviation.objects.filter(pk=waiting.pk).update(state="assessment_review")
    alice_page = client_for(world.pm_alice).get(reverse("home:work")).content.decode()
    assert overdue.number in alice_page and "overdue since" in alice_page
    quinn_page = client_for(world.qa_quinn).get(reverse("home:work")).content.decode()
    assert waiting.number in quinn_page and "Waits for your QA signature" in quinn_page
    assert 'href="/quality/deviations/"' in quinn_page  # the nav entry


def test_the_page_says_what_class_the_risk_score_suggests(world):
    deviation = raise_deviation(
        world, classification="major", severity=5, occurrence=2, detectability=2
    )
    page = client_for(world.pm_alice).get(_page(deviation)).content.decode()
    assert "Risk score 20" in page and "it suggests critical" in page


def test_the_intake_is_corrected_on_the_page_while_in_assessment(world):
    deviation = raise_deviation(world)
    intake_seconds = deviation.occurred_at.second
    alice = client_for(world.pm_alice)
    form = alice.get(_step(deviation, "edit"))
    assert form.context["form"].initial["area"] == "Suite 3"
    bad = alice.post(
        _step(deviation, "edit"),
        {
            "title": "Bioreactor excursion",
            "description": "x",
            "occurred_at": _moment(timezone.now() + dt.timedelta(days=1)),
            "area": "Suite 4",
            "equipment": "",
            "process_step": "",
            "containment": "Held.",
            "version": deviation.version,
        },
    )
    assert "occurred_at" in bad.context["form"].errors
    done = alice.post(
        _step(deviation, "edit"),
        {
            "title": "Bioreactor excursion",
            "description": "x",
            "occurred_at": _moment(deviation.occurred_at),
            "area": "Suite 4",
            "equipment": "",
            "process_step": "",
            "containment": "Held.",
            "version": deviation.version,
        },
    )
    assert done.status_code == 302
    deviation.refresh_from_db()
    assert deviation.area == "Suite 4" and deviation.title == "Bioreactor excursion"
    assert deviation.occurred_at.second == intake_seconds
    Deviation.objects.filter(pk=deviation.pk).update(state="assessment_review")
    assert alice.get(_step(deviation, "edit")).status_code == 403
