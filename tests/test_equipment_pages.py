"""Equipment pages and API: the list with its search, filters and export, a piece of
equipment with its history and due badge, the forms (an out-of-tolerance calibration
raising a deviation, QA's signed approval), the same through the API, and nothing of it
for sponsor users."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from accord.equipment.models import Equipment
from accord.quality.models import Deviation
from tests.conftest import client_for
from tests.equipment_rows import calibrate, engineer, register, sign, usable
from tests.factories import SiteFactory

TODAY = dt.date.today()


@pytest.fixture
def plant(world):
    """Three pieces at Visp (one overdue, one out of service) and a reactor at Singen."""
    hplc = usable(world, "VSP-HPLC-02")
    Equipment.objects.filter(pk=hplc.pk).update(next_calibration_due=TODAY - dt.timedelta(days=3))
    balance = usable(world, "VSP-BAL-01", kind="balance", name="Analytical balance 220 g")
    reactor = register(world, "VSP-R-102", kind="reactor", name="Hastelloy reactor 630 L")
    singen = SiteFactory(organization=world.cdmo, code="SGN", name="Singen biologics")
    other = register(world, "SGN-R-01", kind="reactor", name="Bioreactor 2,000 L", site=singen)
    return {"hplc": hplc, "balance": balance, "reactor": reactor, "other": other, "sgn": singen}


def _codes(response) -> list[str]:
    page = response.content.decode()
    return [code for code in ("VSP-HPLC-02", "VSP-BAL-01", "VSP-R-102", "SGN-R-01") if code in page]


def test_the_list_searches_and_filters_by_site_kind_status_and_due(world, plant):
    staff = client_for(world.pm_alice)
    url = reverse("equipment:list")
    assert _codes(staff.get(url)) == ["VSP-HPLC-02", "VSP-BAL-01", "VSP-R-102", "SGN-R-01"]
    assert _codes(staff.get(url, {"q": "balance"})) == ["VSP-BAL-01"]
    assert _codes(staff.get(url, {"site": plant["sgn"].pk})) == ["SGN-R-01"]
    assert _codes(staff.get(url, {"kind": "reactor"})) == ["VSP-R-102", "SGN-R-01"]
    assert _codes(staff.get(url, {"status": "out_of_service"})) == ["VSP-R-102", "SGN-R-01"]
    overdue = staff.get(url, {"due": "overdue"})
    assert _codes(overdue) == ["VSP-HPLC-02"]
    soon = staff.get(url, {"due": "soon"})
    assert _codes(soon) == ["VSP-HPLC-02"]  # the balance is due in 80 days
    assert "Overdue" in overdue.content.decode()
    assert "Out of service" in staff.get(url).content.decode()  # labels, never codes


def test_the_export_follows_the_filters_in_csv_and_excel(world, plant):
    staff = client_for(world.qa_quinn)
    csv = staff.get(reverse("equipment:export", args=["csv"]), {"kind": "reactor"})
    text = csv.content.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("Equipment number,Name,Kind,Site")
    assert "VSP-R-102" in text and "SGN-R-01" in text and "VSP-BAL-01" not in text
    assert "Out of service" in text
    xlsx = staff.get(reverse("equipment:export", args=["xlsx"]))
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == [
        "SGN-R-01",
        "VSP-BAL-01",
        "VSP-HPLC-02",
        "VSP-R-102",
    ]


def test_the_detail_shows_history_signatures_gaps_and_the_due_badge(world, plant):
    page = client_for(world.pm_alice).get(reverse("equipment:detail", args=[plant["hplc"].pk]))
    body = page.content.decode()
    assert "calibration was due on" in body and "(overdue)" in body
    assert 'data-testid="calibration-due"' in body and "Overdue" in body
    assert "Installation qualification (IQ)" in body
    assert body.count('data-testid="signature-manifest"') == 3  # each approval signed
    assert "Quinn Keller" in body
    assert reverse("audit:history", args=["equipment.equipment", plant["hplc"].pk]) in body
    # A project manager reads; only those who keep equipment see the buttons.
    assert reverse("equipment:calibration_add", args=[plant["hplc"].pk]) not in body


def test_register_and_record_an_out_of_tolerance_calibration_on_the_pages(world):
    ops = engineer(world)
    client = client_for(ops)
    response = client.post(
        reverse("equipment:create"),
        {
            "code": "VSP-BAL-03",
            "name": "Floor scale 600 kg",
            "kind": "balance",
            "site": world.site.pk,
            "gmp": "on",
            "calibration_interval_days": "90",
            "next_calibration_due": (TODAY + dt.timedelta(days=10)).isoformat(),
        },
    )
    scale = Equipment.objects.get(code="VSP-BAL-03")
    assert response.status_code == 302
    assert scale.next_calibration_due == TODAY + dt.timedelta(days=10)
    form = client.get(reverse("equipment:calibration_add", args=[scale.pk])).content.decode()
    assert '<label for="id_raise_deviation"' in form or 'for="id_raise_deviation"' in form
    response = client.post(
        reverse("equipment:calibration_add", args=[scale.pk]),
        {
            "performed_on": TODAY.isoformat(),
            "performed_by": ops.pk,
            "result": "out_of_tolerance",
            "as_found": "300 kg read 301.2 kg",
            "raise_deviation": "on",
            "deviation_classification": "minor",
        },
        follow=True,
    )
    deviation = Deviation.objects.get()
    body = response.content.decode()
    assert f"deviation {deviation.number} is raised" in body
    assert "Do not use" in body
    assert deviation.equipment == "VSP-BAL-03"


def test_a_form_error_names_the_field_and_changes_nothing(world):
    equipment = usable(world)
    response = client_for(engineer(world)).post(
        reverse("equipment:status", args=[equipment.pk]),
        {"status": "out_of_service", "reason": "", "version": equipment.version},
    )
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    equipment.refresh_from_db()
    assert equipment.status == "qualified"


def test_qa_approves_a_qualification_by_signature_on_the_page(world):
    from accord.equipment import services

    equipment = register(world)
    record = services.qualification_record(
        actor=engineer(world),
        equipment=equipment,
        stage="iq",
        protocol="IQ-HPLC-02-01",
        executed_on=TODAY,
        result="pass",
        summary="As designed.",
    )
    url = reverse("equipment:qualification_approve", args=[equipment.pk, record.pk])
    assert client_for(engineer(world)).get(url).status_code == 403
    qa = client_for(world.qa_quinn)
    assert "IQ-HPLC-02-01" in qa.get(url).content.decode()
    response = qa.post(url, {"meaning": "approved", **sign(world.qa_quinn)})
    assert response.status_code == 302
    record.refresh_from_db()
    assert record.approved_by == world.qa_quinn


def test_the_api_reads_and_writes_through_the_services(world, plant):
    ops = engineer(world)
    client = client_for(ops)
    listing = client.get("/api/v1/equipment", {"kind": "reactor"}).json()
    assert [item["code"] for item in listing["items"]] == ["SGN-R-01", "VSP-R-102"]
    due = client.get("/api/v1/equipment", {"due_within_days": 0}).json()
    assert [item["code"] for item in due["items"]] == ["VSP-HPLC-02"]
    hplc = plant["hplc"]
    gaps = client.get(f"/api/v1/equipment/{hplc.pk}/gaps").json()
    assert gaps["usable"] is False and "(overdue)" in gaps["gaps"][0]
    created = client.post(
        "/api/v1/equipment",
        {"code": "VSP-GC-01", "name": "GC", "kind": "chromatography", "site_id": world.site.pk},
        content_type="application/json",
    )
    assert created.status_code == 201
    gc = created.json()
    assert gc["status_label"] == "Out of service"
    assert created["ETag"] == '"1"'
    put = client.put(
        f"/api/v1/equipment/{gc['id']}",
        {
            "code": "VSP-GC-01",
            "name": "Gas chromatograph",
            "kind": "chromatography",
            "site_id": world.site.pk,
        },
        content_type="application/json",
    )
    assert put.status_code == 428  # no version, no If-Match: refused
    put = client.put(
        f"/api/v1/equipment/{gc['id']}",
        {
            "code": "VSP-GC-01",
            "name": "Gas chromatograph",
            "kind": "chromatography",
            "site_id": world.site.pk,
            "version": 1,
        },
        content_type="application/json",
    )
    assert put.json()["name"] == "Gas chromatograph"
    calibrated = client.post(
        f"/api/v1/equipment/{hplc.pk}/calibrations",
        {
            "performed_on": TODAY.isoformat(),
            "performed_by_id": ops.pk,
            "result": "out_of_tolerance",
            "as_found": "Flow 3 % low",
            "raise_deviation": True,
        },
        content_type="application/json",
    ).json()
    assert calibrated["status"] == "do_not_use"
    assert calibrated["calibrations"][0]["deviation_number"] == Deviation.objects.get().number
    refused = client.post(
        f"/api/v1/equipment/{hplc.pk}/status",
        {"status": "in_use", "reason": "Needed", "version": calibrated["version"]},
        content_type="application/json",
    )
    assert refused.status_code == 422
    assert "out of tolerance" in refused.content.decode()
    maintained = client.post(
        f"/api/v1/equipment/{hplc.pk}/maintenance",
        {
            "performed_on": TODAY.isoformat(),
            "kind": "preventive",
            "description": "Seals",
            "performed_by_id": ops.pk,
        },
        content_type="application/json",
    ).json()
    assert maintained["next_maintenance_due"] == (TODAY + dt.timedelta(days=365)).isoformat()
    recorded = client.post(
        f"/api/v1/equipment/{gc['id']}/qualifications",
        {
            "stage": "iq",
            "protocol": "IQ-GC-01",
            "executed_on": TODAY.isoformat(),
            "result": "pass",
            "summary": "As designed.",
        },
        content_type="application/json",
    ).json()
    record_id = recorded["qualifications"][0]["id"]
    approved = (
        client_for(world.qa_quinn)
        .post(
            f"/api/v1/equipment/{gc['id']}/qualifications/{record_id}/approve",
            sign(world.qa_quinn),
            content_type="application/json",
        )
        .json()
    )
    assert approved["qualifications"][0]["approved_by_name"] == "Quinn Keller"


@pytest.mark.req("AZ-1")
def test_sponsor_users_get_403_and_find_nothing(world, plant):
    for person in (world.sponsor_a_manager, world.sponsor_b_contact):
        client = client_for(person)
        assert client.get(reverse("equipment:list")).status_code == 403
        assert client.get(reverse("equipment:detail", args=[plant["hplc"].pk])).status_code == 403
        assert client.get("/api/v1/equipment").status_code == 403
        assert client.get(f"/api/v1/equipment/{plant['hplc'].pk}").status_code == 403
        assert client.get("/api/v1/search", {"q": "HPLC"}).json()["total"] == 0
    staff = client_for(world.pm_alice).get("/api/v1/search", {"q": "VSP-HPLC-02"}).json()
    assert staff["total"] >= 1
    calibrate(world, plant["balance"])  # the data stays as it was for staff


def test_the_edit_page_saves_and_refuses_a_stale_version(world):
    equipment = register(world)
    client = client_for(engineer(world))
    url = reverse("equipment:edit", args=[equipment.pk])
    form = client.get(url).content.decode()
    assert 'for="id_calibration_interval_days"' in form and "next_calibration_due" not in form
    data = {
        "code": "VSP-HPLC-02",
        "name": "UHPLC (assay)",
        "kind": "chromatography",
        "site": world.site.pk,
        "gmp": "on",
        "calibration_interval_days": "90",
        "version": equipment.version,
    }
    assert client.post(url, data).status_code == 302
    stale = client.post(url, {**data, "name": "Something else"})
    assert stale.status_code == 409
    equipment.refresh_from_db()
    assert equipment.name == "UHPLC (assay)" and equipment.calibration_interval_days == 90
    history = client_for(world.qa_quinn).get(
        reverse("audit:history", args=["equipment.equipment", equipment.pk])
    )
    assert history.status_code == 200
    assert "UHPLC (assay)" in history.content.decode()
