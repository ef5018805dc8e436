"""Improvement pages, the sponsor portal and the API: staff work the initiatives, 5S
areas and the technology register; a sponsor's people read only their own
sponsor-facing initiatives, read-only."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from accord.delays import services as delay_services
from accord.improvement import services
from tests.conftest import client_for
from tests.improvement_rows import champion, finish_stage, initiative, small_world

pytestmark = pytest.mark.django_db


# The module's shared world (tests/conftest.py) is this small one.
build_shared_world = small_world


def _with_baseline(world):
    item = initiative(world, title="Aurora QC release", sponsor=world.sponsor_a)
    delay_services.delay_record(
        actor=world.pm_alice,
        project=world.project_a,
        title="QC review queue",
        cause="release_delay",
        occurred_on=dt.date(2026, 2, 3),
        days_lost=4,
        description="Waited for QC review.",
    )
    return services.initiative_baseline_from_delays(
        actor=world.pm_alice,
        initiative=item,
        cause="release_delay",
        start=dt.date(2026, 1, 1),
        end=dt.date(2026, 3, 31),
        version=item.version,
    )


def test_staff_see_the_initiative_with_its_stages_and_the_charts_of_its_baseline(world):
    item = _with_baseline(world)
    page = client_for(world.pm_alice).get(reverse("improvement:detail", args=[item.pk]))

    assert page.status_code == 200
    body = page.content.decode()
    assert "SIPOC map" in body and 'data-testid="stages"' in body
    assert 'id="ci-pareto"' in body and 'id="ci-trend"' in body
    assert "vendor/chartjs/chart.umd.min.js" in body
    charts = page.context["charts"]
    assert charts["trend"]["baseline"] == 1.33
    assert charts["pareto"]["highlight"] == [True]
    assert "QC review queue" in body


def test_the_champion_is_offered_the_gate_and_signs_it_on_its_page(world, password):
    item = initiative(world)
    finish_stage(world, item)
    item.refresh_from_db()
    signer = client_for(champion(world))
    assert (
        "Sign the Define gate"
        in signer.get(reverse("improvement:detail", args=[item.pk])).content.decode()
    )

    response = signer.post(
        reverse("improvement:gate", args=[item.pk]),
        {
            "meaning": "approved",
            "username": champion(world).username,
            "password": password,
            "acknowledge": "on",
        },
    )

    assert response.status_code == 302
    item.refresh_from_db()
    assert item.stage == "measure"


def test_a_deliverable_is_ticked_off_on_the_page(world):
    item = initiative(world)
    charter = item.deliverables.get(name="Project charter")
    client_for(world.pm_alice).post(
        reverse("improvement:deliverable", args=[item.pk, charter.pk]), {"done": "on"}
    )
    charter.refresh_from_db()
    assert charter.is_done


def test_the_list_filters_and_exports(world):
    initiative(world, title="Peptide release")
    initiative(world, title="Line clearance kaizen", method="kaizen")
    staff = client_for(world.pm_alice)

    page = staff.get(reverse("improvement:list"), {"method": "kaizen"})
    assert [i.title for i in page.context["page"]] == ["Line clearance kaizen"]

    csv = staff.get(reverse("improvement:export", args=["csv"]), {"method": "dmaic"})
    text = csv.content.decode("utf-8-sig")
    assert "Peptide release" in text and "Line clearance" not in text
    assert "DMAIC (Six Sigma project)" in text

    xlsx = staff.get(reverse("improvement:export", args=["xlsx"]))
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    assert sheet["A1"].value == "Code" and sheet.max_row == 3


def test_an_area_shows_its_radar_and_trend(world):
    area = services.five_s_area_create(
        actor=world.pm_alice, site=world.site, name="Visp suite B kilo-lab"
    )
    for day, score in ((dt.date(2026, 3, 2), 2), (dt.date(2026, 6, 1), 3)):
        services.five_s_audit_record(
            actor=world.pm_alice,
            area=area,
            auditor=world.pm_alice,
            audited_on=day,
            scores=dict.fromkeys(
                ("sort", "set_in_order", "shine", "standardize", "sustain"), score
            ),
        )
    page = client_for(world.pm_alice).get(reverse("improvement:area_detail", args=[area.pk]))

    assert 'id="fives-radar"' in page.content.decode()
    chart = page.context["chart"]
    assert chart["trend"]["totals"] == [10, 15]
    assert chart["audits"][-1]["scores"] == [3, 3, 3, 3, 3]


def test_sponsor_users_read_their_own_sponsor_facing_initiatives_in_the_portal(world):
    ours = initiative(world, title="Aurora QC release", sponsor=world.sponsor_a)
    theirs = initiative(world, title="Borealis yield", sponsor=world.sponsor_b)
    internal = initiative(world, title="Internal housekeeping")
    a = client_for(world.sponsor_a_manager)

    listing = a.get(reverse("improvement:portal_list")).content.decode()
    assert "Aurora QC release" in listing
    assert "Borealis yield" not in listing and "Internal housekeeping" not in listing
    assert a.get(reverse("improvement:portal_detail", args=[ours.pk])).status_code == 200
    assert a.get(reverse("improvement:portal_detail", args=[theirs.pk])).status_code == 404
    assert a.get(reverse("improvement:portal_detail", args=[internal.pk])).status_code == 404
    # The staff pages and everything 5S or technology are the CDMO's own.
    assert a.get(reverse("improvement:detail", args=[ours.pk])).status_code == 403
    assert a.get(reverse("improvement:areas")).status_code == 403
    assert a.get(reverse("improvement:capabilities")).status_code == 403


def test_the_api_gives_sponsors_their_own_initiatives_without_the_money(world):
    ours = initiative(world, title="Aurora QC release", sponsor=world.sponsor_a)
    initiative(world, title="Borealis yield", sponsor=world.sponsor_b)
    a = client_for(world.sponsor_a_manager)

    listing = a.get("/api/v1/improvement/initiatives").json()
    assert [item["title"] for item in listing["items"]] == ["Aurora QC release"]
    one = a.get(f"/api/v1/improvement/initiatives/{ours.pk}").json()
    assert one["cost_saved"] is None and one["stage_label"] == "Define"
    assert (
        client_for(world.sponsor_b_manager)
        .get(f"/api/v1/improvement/initiatives/{ours.pk}")
        .status_code
        == 404
    )
    assert (
        a.post(
            f"/api/v1/improvement/initiatives/{ours.pk}/gate",
            {"username": "x", "password": "y"},
            content_type="application/json",
        ).status_code
        == 403
    )


def test_the_api_records_an_audit_and_refuses_a_score_of_six(world):
    area = services.five_s_area_create(actor=world.pm_alice, site=world.site, name="Warehouse")
    staff = client_for(world.pm_alice)
    body = {
        "audited_on": "2026-03-02",
        "auditor_id": world.pm_alice.pk,
        "scores": {"sort": 6, "set_in_order": 2, "shine": 4, "standardize": 1, "sustain": 2},
    }
    url = f"/api/v1/improvement/areas/{area.pk}/audits"
    assert staff.post(url, body, content_type="application/json").status_code == 422
    body["scores"]["sort"] = 3
    created = staff.post(url, body, content_type="application/json")
    assert created.status_code == 201 and created.json()["total"] == 12


def test_every_staff_page_and_form_opens(world):
    item = _with_baseline(world)
    kaizen = initiative(world, title="Kaizen: dispensing", method="kaizen")
    area = services.five_s_area_create(actor=world.pm_alice, site=world.site, name="Kilo-lab")
    audit = services.five_s_audit_record(
        actor=world.pm_alice,
        area=area,
        auditor=world.pm_alice,
        scores={"sort": 1, "set_in_order": 2, "shine": 3, "standardize": 4, "sustain": 5},
        actions=[{"what": "Tag red", "owner": world.pm_alice, "due_on": dt.date(2026, 1, 9)}],
    )
    flow = services.capability_create(
        actor=world.qa_quinn, name="Flow chemistry", category="chemistry"
    )
    services.capability_site_set(
        actor=world.qa_quinn,
        capability=flow,
        site=world.site,
        status="qualified",
        qualified_on=dt.date(2026, 3, 2),
        evidence="QR-FC-1",
    )
    pages = {
        reverse("improvement:create"): "Start an initiative",
        reverse("improvement:edit", args=[item.pk]): "Measured result and savings",
        reverse("improvement:baseline", args=[item.pk]): "Take the baseline from delays",
        reverse("improvement:baseline", args=[item.pk])
        + "?cause=release_delay&start=2026-01-01&end=2026-03-31": "Store this baseline",
        reverse("improvement:cancel", args=[item.pk]): "Cancel the initiative",
        reverse("improvement:areas"): "Kilo-lab",
        reverse("improvement:area_create"): "Add a 5S area",
        reverse("improvement:audit_create", args=[area.pk]): "Set in order",
        reverse("improvement:audit_detail", args=[audit.pk]): "Tag red",
        reverse("improvement:action_add", args=[audit.pk]): "Add an action",
        reverse("improvement:capabilities"): "Flow chemistry",
        reverse("improvement:capability_detail", args=[flow.pk]): "QR-FC-1",
        reverse("improvement:audit_export", args=["xlsx"]): "",
        reverse("improvement:capability_export", args=["csv"]): "Flow chemistry",
    }
    staff = client_for(world.pm_alice)
    for url, text in pages.items():
        response = staff.get(url)
        assert response.status_code == 200, url
        assert text in response.content.decode("utf-8", errors="replace"), url
    signer = client_for(champion(world))
    assert (
        "Sign the gate" in signer.get(reverse("improvement:gate", args=[item.pk])).content.decode()
    )
    closing = signer.get(reverse("improvement:close", args=[kaizen.pk])).content.decode()
    assert "a measured result" in closing


def test_the_api_names_the_lesson_an_initiative_starts_from_to_staff_only(world):
    from accord.lessons.services import lesson_record
    from accord.service.services import concern_raise

    concern = concern_raise(
        actor=world.sponsor_a_manager,
        sponsor=world.sponsor_a,
        project=world.project_a,
        title="Release dates keep moving",
        description="QC release waits a week.",
        category="schedule",
        urgency="high",
    )
    lesson = lesson_record(
        actor=world.qa_quinn,
        source_kind="concern",
        source=concern,
        title="Book QC review with the batch",
        what_happened="Release waited on QC review.",
        recommendation="Book the review when the batch is scheduled.",
        cause="communication",
        publish=True,
    )
    staff = client_for(world.pm_alice)
    created = staff.post(
        "/api/v1/improvement/initiatives",
        {
            "title": "Cut QC release time",
            "problem_statement": "Release waits on QC review.",
            "method": "dmaic",
            "owner_id": world.pm_alice.pk,
            "champion_id": champion(world).pk,
            "site_id": world.site.pk,
            "sponsor_id": world.sponsor_a.pk,
            "lesson_id": lesson.pk,
        },
        content_type="application/json",
    )
    assert created.status_code == 201 and created.json()["lesson_id"] == lesson.pk
    url = f"/api/v1/improvement/initiatives/{created.json()['id']}"
    assert staff.get(url).json()["lesson_id"] == lesson.pk
    plain = initiative(world, title="No lesson behind it")
    assert staff.get(f"/api/v1/improvement/initiatives/{plain.pk}").json()["lesson_id"] is None
    # Lessons learned are the CDMO's own: the sponsor reads the initiative, not the lesson.
    assert client_for(world.sponsor_a_manager).get(url).json()["lesson_id"] is None
