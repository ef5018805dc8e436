"""The read side of the quality records: batches (registered, moved between statuses,
listed and exported, each with its deviations), the QA dashboard and its management
review, the deviation package PDF a sponsor files, and the sponsor's quality page.
Deviations and CAPA are made here with the ORM (their services are tested elsewhere)."""

from __future__ import annotations

import datetime as dt
import io
import json
import re

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from openpyxl import load_workbook
from pypdf import PdfReader

from accord.audit.models import AuditEvent
from accord.core import clock
from accord.core.concurrency import StaleEdit
from accord.home.navigation import navigation_for
from accord.quality import dashboard, portal_views, selectors
from accord.quality.models import Batch
from accord.quality.services import batches as batch_services
from accord.signatures.models import Meaning
from accord.signatures.services import signature_apply
from tests.conftest import client_for
from tests.quality_rows import (
    at,
    make_action,
    make_batch,
    make_capa,
    make_check,
    make_deviation,
    make_investigation,
    make_notice,
    make_other_batch,
)

TODAY = dt.date(2026, 12, 7)


def _pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


# --------------------------------------------------------------------------- batches


def test_a_batch_is_registered_with_the_projects_molecule_and_an_audit_event(world):
    batch = batch_services.batch_register(
        actor=world.qa_quinn,
        project=world.project_a,
        number=" AUR-24-001 ",
        manufactured_on=dt.date(2026, 3, 2),
    )
    assert batch.number == "AUR-24-001" and batch.product == "aurolimab"
    assert batch.status == Batch.Status.IN_PROCESS and batch.registered_by == world.qa_quinn
    event = AuditEvent.objects.get(action="quality.batch.registered")
    assert event.sponsor_id == world.sponsor_a.pk
    assert json.loads(event.changes)["product"] == [None, "aurolimab"]


def test_a_batch_number_is_unique_with_a_clear_error_and_nothing_written(world):
    batch_services.batch_register(
        actor=world.qa_quinn,
        project=world.project_a,
        number="AUR-24-001",
        manufactured_on=dt.date(2026, 3, 2),
    )
    with pytest.raises(ValidationError) as error:
        batch_services.batch_register(
            actor=world.qa_quinn,
            project=world.project_b,
            number="aur-24-001",
            manufactured_on=dt.date(2026, 3, 3),
        )
    assert "registered already" in error.value.message_dict["number"][0]
    with pytest.raises(ValidationError) as error:
        batch_services.batch_register(
            actor=world.qa_quinn,
            project=world.project_a_unstaffed,  # names no molecule
            number="",
            manufactured_on=None,
        )
    assert set(error.value.message_dict) == {"number", "product", "manufactured_on"}
    assert Batch.objects.count() == 1
    assert AuditEvent.objects.filter(action="quality.batch.registered").count() == 1


def test_sponsor_people_do_not_register_or_move_batches(world):
    with pytest.raises(PermissionDenied):
        batch_services.batch_register(
            actor=world.sponsor_a_manager,
            project=world.project_a,
            number="X-1",
            manufactured_on=dt.date(2026, 3, 2),
        )
    batch = make_batch(world.project_a, world.qa_quinn, "AUR-24-002", dt.date(2026, 3, 2))
    with pytest.raises(PermissionDenied):
        batch_services.batch_set_status(
            actor=world.sponsor_a_manager, batch=batch, status="released", version=1
        )


def test_a_batch_moves_between_statuses_with_its_version_and_an_audit_event(world):
    batch = make_batch(world.project_a, world.qa_quinn, "AUR-24-003", dt.date(2026, 3, 2))
    batch = batch_services.batch_set_status(
        actor=world.qa_quinn, batch=batch, status="quarantine", version=1, reason="OOS assay"
    )
    assert batch.status == "quarantine" and batch.version == 2
    event = AuditEvent.objects.get(action="quality.batch.status_set")
    assert json.loads(event.changes) == {"status": ["In process", "In quarantine"]}
    assert event.reason == "OOS assay"
    with pytest.raises(StaleEdit):
        batch_services.batch_set_status(
            actor=world.qa_quinn, batch=batch, status="released", version=1
        )
    with pytest.raises(ValidationError):
        batch_services.batch_set_status(
            actor=world.qa_quinn, batch=batch, status="quarantine", version=2
        )
    with pytest.raises(ValidationError):
        batch_services.batch_set_status(
            actor=world.qa_quinn, batch=batch, status="shipped", version=2
        )
    assert Batch.objects.get(pk=batch.pk).status == "quarantine"


def _batches_and_deviations(world):
    a1 = make_batch(world.project_a, world.qa_quinn, "AUR-24-010", dt.date(2026, 3, 2))
    a2 = make_batch(world.project_a, world.qa_quinn, "AUR-24-011", dt.date(2026, 4, 2))
    b1 = make_batch(world.project_b, world.qa_quinn, "BOR-24-010", dt.date(2026, 3, 5))
    told = make_deviation(
        project=world.project_a,
        owner=world.qa_quinn,
        title="Filter integrity test failed",
        discovered=dt.date(2026, 3, 3),
        classification="major",
        batches=[a1],
        notified=True,
    )
    untold = make_deviation(
        project=world.project_a,
        owner=world.qa_quinn,
        title="Label reconciliation gap",
        discovered=dt.date(2026, 3, 4),
        batches=[a1],
    )
    return a1, a2, b1, told, untold


def test_the_batch_list_searches_filters_and_shows_each_sponsor_only_its_own(world):
    a1, a2, b1, told, untold = _batches_and_deviations(world)
    staff = client_for(world.qa_quinn)
    page = staff.get(reverse("quality:batches")).content.decode()
    assert all(n in page for n in ("AUR-24-010", "AUR-24-011", "BOR-24-010"))
    page = staff.get(reverse("quality:batches"), {"q": "BOR"}).content.decode()
    assert "BOR-24-010" in page and "AUR-24-010" not in page
    page = staff.get(reverse("quality:batches"), {"sponsor": world.sponsor_a.pk}).content.decode()
    assert "AUR-24-011" in page and "BOR-24-010" not in page
    page = staff.get(reverse("quality:batches"), {"status": "released"}).content.decode()
    assert "AUR-24-010" not in page and "No batch matches" in page
    sponsor_b = client_for(world.sponsor_b_manager)
    page = sponsor_b.get(reverse("quality:batches")).content.decode()
    assert "BOR-24-010" in page and "AUR-24" not in page
    # A sponsor's filter for another sponsor is ignored, never widened.
    page = sponsor_b.get(reverse("quality:batches"), {"sponsor": world.sponsor_a.pk})
    assert "AUR-24" not in page.content.decode()


def test_the_batch_exports_carry_the_filtered_rows(world):
    _batches_and_deviations(world)
    staff = client_for(world.qa_quinn)
    csv = staff.get(reverse("quality:batches_export", args=["csv"]), {"q": "AUR"})
    text = csv.content.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("Batch,Product,Project,Sponsor")
    assert "AUR-24-010" in text and "BOR-24-010" not in text
    assert "Aurora Therapeutics" in text and "In process" in text
    xlsx = staff.get(reverse("quality:batches_export", args=["xlsx"]))
    sheet = load_workbook(io.BytesIO(xlsx.content))["Batches"]
    numbers = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert sorted(numbers) == ["AUR-24-010", "AUR-24-011", "BOR-24-010"]
    deviations = {row[0]: row[6] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert deviations["AUR-24-010"] == 2 and deviations["AUR-24-011"] == 0
    assert staff.get(reverse("quality:batches_export", args=["pdf"])).status_code == 404


def test_a_batch_page_lists_the_deviations_its_reader_may_see(world):
    a1, *_ = _batches_and_deviations(world)
    url = reverse("quality:batch", args=[a1.pk])
    staff = client_for(world.qa_quinn).get(url).content.decode()
    assert "Filter integrity test failed" in staff and "Label reconciliation gap" in staff
    sponsor = client_for(world.sponsor_a_manager).get(url).content.decode()
    assert "Filter integrity test failed" in sponsor
    assert "Label reconciliation gap" not in sponsor  # not told of it yet
    assert 'data-testid="batch-status-form"' not in sponsor
    assert client_for(world.sponsor_b_manager).get(url).status_code == 404
    assert client_for(world.sponsor_a_manager).post(url, {"status": "released"}).status_code == 403


def test_the_register_form_and_the_status_form_call_the_services(world):
    staff = client_for(world.qa_quinn)
    response = staff.post(
        reverse("quality:batch_register"),
        {
            "project": world.project_a.pk,
            "number": "AUR-24-020",
            "manufactured_on": "2026-05-04",
            "status": "in_process",
        },
    )
    batch = Batch.objects.get(number="AUR-24-020")
    assert response.status_code == 302 and batch.product == "aurolimab"
    again = staff.post(
        reverse("quality:batch_register"),
        {
            "project": world.project_b.pk,
            "number": "AUR-24-020",
            "manufactured_on": "2026-05-04",
            "status": "in_process",
        },
    )
    assert again.status_code == 200 and "registered already" in again.content.decode()
    response = staff.post(
        reverse("quality:batch", args=[batch.pk]),
        {"status": "released", "version": 1, "reason": ""},
    )
    assert response.status_code == 302
    assert Batch.objects.get(pk=batch.pk).status == "released"
    assert (
        client_for(world.sponsor_a_manager).get(reverse("quality:batch_register")).status_code
        == 403
    )


def test_the_batch_api_reads_registers_and_moves_batches(world):
    a1, a2, b1, told, untold = _batches_and_deviations(world)
    staff = client_for(world.qa_quinn)
    page = staff.get("/api/v1/batches", {"sponsor_id": world.sponsor_a.pk}).json()
    assert [b["number"] for b in page["items"]] == ["AUR-24-011", "AUR-24-010"]
    assert page["items"][1]["deviations"] == sorted([told.number, untold.number])
    sponsor = client_for(world.sponsor_a_manager)
    one = sponsor.get(f"/api/v1/batches/{a1.pk}").json()
    assert one["deviations"] == [told.number] and one["status_label"] == "In process"
    assert client_for(world.sponsor_b_manager).get(f"/api/v1/batches/{a1.pk}").status_code == 404
    created = staff.post(
        "/api/v1/batches",
        {"project_id": world.project_b.pk, "number": "BOR-24-030", "manufactured_on": "2026-06-01"},
        content_type="application/json",
    )
    assert created.status_code == 201 and created.json()["product"] == "borecitinib"
    duplicate = staff.post(
        "/api/v1/batches",
        {"project_id": world.project_b.pk, "number": "BOR-24-030", "manufactured_on": "2026-06-01"},
        content_type="application/json",
    )
    assert duplicate.status_code in (400, 422)
    moved = staff.post(
        f"/api/v1/batches/{created.json()['id']}/status",
        {"status": "rejected", "version": 1},
        content_type="application/json",
    )
    assert moved.status_code == 200 and moved.json()["status"] == "rejected"
    rejected = staff.get("/api/v1/batches", {"status": "rejected"}).json()["items"]
    assert [b["number"] for b in rejected] == ["BOR-24-030"]
    assert staff.get("/api/v1/batches", {"status": "shipped"}).status_code in (400, 422)
    spec = staff.get("/api/openapi.json").json()
    assert "/api/v1/batches/{batch_id}/status" in spec["paths"]
    refused = sponsor.post(
        f"/api/v1/batches/{a1.pk}/status",
        {"status": "released", "version": 1},
        content_type="application/json",
    )
    assert refused.status_code == 403


# --------------------------------------------------------------------------- dashboard


def _quality_year(world):
    """A year of records at one site: deviations of both sponsors, of every class and
    age, with root causes, CAPA, and batches some of which had a deviation."""
    q, alice = world.qa_quinn, world.pm_alice
    a_batches = [
        make_batch(world.project_a, q, f"AUR-25-{i:03d}", dt.date(2026, i, 10))
        for i in (2, 4, 6, 8)
    ]
    b_batch = make_batch(world.project_b, q, "BOR-25-001", dt.date(2026, 5, 10))
    rows = {}
    rows["old_major"] = make_deviation(
        project=world.project_a,
        owner=q,
        title="Bioreactor pH excursion",
        discovered=TODAY - dt.timedelta(days=100),
        classification="major",
        area="Suite 3",
        batches=[a_batches[1]],
        notified=True,
    )
    make_investigation(rows["old_major"], root_cause_category="machine.calibration")
    rows["recent_minor"] = make_deviation(
        project=world.project_a,
        owner=alice,
        title="Logbook entry late",
        discovered=TODAY - dt.timedelta(days=10),
        area="Warehouse",
        batches=[a_batches[3]],
    )
    rows["mid_critical"] = make_deviation(
        project=world.project_b,
        owner=q,
        title="Mix-up of labels",
        discovered=TODAY - dt.timedelta(days=45),
        classification="critical",
        area="Suite 3",
        batches=[b_batch],
    )
    make_investigation(rows["mid_critical"], root_cause_category="material.mix_up")
    rows["closed"] = make_deviation(
        project=world.project_a,
        owner=q,
        title="Gowning breach",
        discovered=TODAY - dt.timedelta(days=200),
        area="Suite 3",
        state="closed",
        closed_at=at(TODAY - dt.timedelta(days=180)),
    )
    make_investigation(rows["closed"], root_cause_category="machine.calibration")
    rows["cancelled"] = make_deviation(
        project=world.project_a,
        owner=q,
        title="Raised in error",
        discovered=TODAY - dt.timedelta(days=70),
        state="cancelled",
        batches=[a_batches[0]],
    )
    rows["capa"] = make_capa(
        deviation=rows["old_major"],
        owner=alice,
        qa_approver=q,
        title="Recalibrate pH probes",
        due_date=TODAY - dt.timedelta(days=5),
    )
    return rows, a_batches, b_batch


@pytest.fixture
def today():
    with clock.business_date(TODAY):
        yield TODAY


@pytest.mark.req("R-MR-1")
def test_the_dashboard_counts_open_records_by_class_age_area_sponsor_and_owner(world):
    rows, *_ = _quality_year(world)
    figures = dashboard.figures(
        deviations=selectors.deviations_visible_to(world.qa_quinn),
        capas=selectors.capas_visible_to(world.qa_quinn),
        checks=selectors.effectiveness_checks_visible_to(world.qa_quinn),
        batches=selectors.batches_visible_to(world.qa_quinn),
        start=dt.date(2026, 1, 1),
        end=TODAY,
        today=TODAY,
    )
    assert figures.open_deviations == 3 and figures.open_capas == 1
    by_class = {t.label: (t.deviations, t.capas) for t in figures.by_class}
    assert by_class == {"Critical": (1, 0), "Major": (1, 1), "Minor": (1, 0)}
    ages = {t.label: t.total for t in figures.by_age}
    assert ages == {
        "0–30 days": 1,
        "31–60 days": 1,
        "61–90 days": 0,
        "More than 90 days": 2,
    }
    assert {t.label: t.deviations for t in figures.by_area} == {"Suite 3": 2, "Warehouse": 1}
    sponsors = {t.label: t.total for t in figures.by_sponsor}
    assert sponsors == {"Aurora Therapeutics": 3, "Borealis Pharma": 1}
    owners = {t.label: t.total for t in figures.by_owner}
    assert owners == {"Quinn Keller": 2, "Alice Morgan": 2}
    # Overdue: the old major (due 70 days ago) and the CAPA (due 5 days ago).
    assert [(r.number, r.overdue_days) for r in figures.overdue] == [
        (rows["old_major"].number, 70),
        (rows["mid_critical"].number, 15),
        (rows["capa"].number, 5),
    ]


@pytest.mark.req("R-MR-1")
def test_trends_by_cause_and_area_with_a_pareto_of_causes(world):
    rows, *_ = _quality_year(world)
    deviations = selectors.deviations_visible_to(world.qa_quinn)
    trend = dashboard.trend(deviations, TODAY)
    assert len(trend.months) == 12 and trend.months[-1] == dt.date(2026, 12, 1)
    causes = {s.label: s.total for s in trend.by_cause}
    assert causes == {"Machine": 2, "Material": 1, "Not determined": 1}  # cancelled left out
    machine = next(s for s in trend.by_cause if s.label == "Machine")
    assert machine.counts[trend.months.index(dt.date(2026, 8, 1))] == 1
    assert {s.label: s.total for s in trend.by_area} == {"Suite 3": 3, "Warehouse": 1}
    pareto = dashboard.pareto(deviations, dt.date(2026, 1, 1), TODAY)
    assert [(r.label, r.count, r.cumulative) for r in pareto] == [
        ("Machine: Calibration or qualification", 2, 50.0),
        ("Not determined", 1, 75.0),
        ("Material: Mix-up or labelling", 1, 100.0),
    ]


@pytest.mark.req("R-MR-1")
def test_right_first_time_per_project_and_overall_as_a_selector(world):
    _quality_year(world)
    report = selectors.right_first_time_for(world.qa_quinn, dt.date(2026, 1, 1), TODAY)
    per_project = {r.label: (r.batches, r.without_deviation) for r in report.projects}
    # Aurora: four batches, two with a deviation (the cancelled one does not count).
    assert per_project == {
        "AUR-101-TT Aurolimab tech transfer": (4, 2),
        "BOR-301-GMP Borecitinib GMP campaign": (1, 0),
    }
    assert (report.overall.batches, report.overall.without_deviation) == (5, 2)
    assert report.overall.share == 40.0
    # A sponsor counts only its batches and the deviations it was told of.
    aurora = selectors.right_first_time_for(world.sponsor_a_manager, dt.date(2026, 1, 1), TODAY)
    assert (aurora.overall.batches, aurora.overall.without_deviation) == (4, 3)
    borealis = selectors.right_first_time_for(world.sponsor_b_manager, dt.date(2026, 1, 1), TODAY)
    assert borealis.overall.batches == 1
    narrow = selectors.right_first_time_for(
        world.qa_quinn, dt.date(2026, 5, 1), dt.date(2026, 6, 30), sponsor_id=world.sponsor_a.pk
    )
    assert (narrow.overall.batches, narrow.overall.share) == (1, 100.0)


def test_the_figures_read_a_fixed_number_of_queries(world, django_assert_max_num_queries):
    _quality_year(world)
    for i in range(5):
        make_deviation(
            project=world.project_a,
            owner=world.pm_alice,
            title=f"More {i}",
            discovered=TODAY - dt.timedelta(days=i * 20),
        )
    with django_assert_max_num_queries(8):
        dashboard.figures(
            deviations=selectors.deviations_visible_to(world.qa_quinn),
            capas=selectors.capas_visible_to(world.qa_quinn),
            checks=selectors.effectiveness_checks_visible_to(world.qa_quinn),
            batches=selectors.batches_visible_to(world.qa_quinn),
            start=dt.date(2026, 1, 1),
            end=TODAY,
            today=TODAY,
        )


@pytest.mark.req("R-MR-1")
def test_the_dashboard_page_filters_by_sponsor_and_refuses_sponsor_people(world, today):
    rows, *_ = _quality_year(world)
    staff = client_for(world.qa_quinn)
    page = staff.get(reverse("quality:dashboard")).content.decode()
    assert "Bioreactor pH excursion" in page and "Recalibrate pH probes" in page  # overdue
    assert "quality-dashboard-data" in page and "vendor/chartjs/chart.umd.min.js" in page
    # Every script and style comes from our own static files (a CSRF token may hold "cdn").
    sources = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert all(not s.startswith(("http:", "https:", "//")) for s in sources), sources
    only_b = staff.get(reverse("quality:dashboard"), {"sponsor": world.sponsor_b.pk})
    text = only_b.content.decode()
    assert "Borealis Pharma" in text and "Bioreactor pH excursion" not in text
    bad = staff.get(reverse("quality:dashboard"), {"start": "2026-12-01", "end": "2026-01-01"})
    assert "The period ends before it starts." in bad.content.decode()
    assert client_for(world.sponsor_a_manager).get(reverse("quality:dashboard")).status_code == 403


@pytest.mark.req("R-MR-1")
def test_the_management_review_exports_one_sheet_per_block_and_a_pdf(world, today):
    _quality_year(world)
    staff = client_for(world.qa_quinn)
    query = {"start": "2026-01-01", "end": "2026-12-07"}
    xlsx = staff.get(reverse("quality:management_review", args=["xlsx"]), query)
    assert xlsx["Content-Disposition"].endswith('2026-01-01-2026-12-07.xlsx"')
    book = load_workbook(io.BytesIO(xlsx.content))
    assert book.sheetnames == [
        "Summary",
        "Open by class",
        "Ageing",
        "Open by area",
        "Open by sponsor",
        "Open by owner",
        "Overdue",
        "Trend by cause",
        "Trend by area",
        "Pareto of causes",
        "Right first time",
    ]
    summary = {row[0]: row[1] for row in book["Summary"].iter_rows(min_row=2, values_only=True)}
    assert summary["Open deviations today"] == 3 and summary["Right-first-time (%)"] == 40
    assert [summary[f"{c} deviations opened"] for c in ("Critical", "Major", "Minor")] == [1, 1, 2]
    assert summary["Deviations closed"] == 1 and summary["Closed by their due date (%)"] == 100
    assert summary["Sponsors notified"] == 1 and summary["CAPA opened"] == 1
    assert summary["CAPA closed"] == 0
    pareto = list(book["Pareto of causes"].iter_rows(min_row=2, values_only=True))
    assert pareto[0][:2] == ("Machine: Calibration or qualification", 2)
    pdf = staff.get(reverse("quality:management_review", args=["pdf"]), query)
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    text = _pdf_text(pdf.content)
    assert "Quality management review" in text and "Pareto of causes" in text
    assert "Machine: Calibration or qualification" in text and "Right first time" in text
    assert staff.get(reverse("quality:management_review", args=["csv"])).status_code == 404


# --------------------------------------------------------------------------- package


def _investigated(world, *, approved: bool):
    """Sponsor A's major deviation, told of, investigated (other batches of A and of B
    assessed), with a summary, a CAPA with an action and a check, and signatures."""
    a1 = make_batch(world.project_a, world.qa_quinn, "AUR-26-001", dt.date(2026, 9, 1))
    a2 = make_batch(world.project_a, world.qa_quinn, "AUR-26-002", dt.date(2026, 9, 8))
    b1 = make_batch(world.project_b, world.qa_quinn, "BOR-26-001", dt.date(2026, 9, 9))
    deviation = make_deviation(
        project=world.project_a,
        owner=world.qa_quinn,
        title="Aurolimab column pressure excursion",
        discovered=dt.date(2026, 9, 10),
        classification="major",
        batches=[a1],
        notified=True,
        notify_by=at(dt.date(2026, 9, 13)),
        summary_due=dt.date(2026, 9, 24),
        summary_sent_at=at(dt.date(2026, 9, 25)),
        impact_assessment="Yield lower; quality attributes within specification.",
    )
    investigation = make_investigation(
        deviation,
        method="fishbone",
        analysis="Internal working notes: suspect operator shift B.",
        root_cause_category="machine.maintenance",
        root_cause="Worn pump seal missed at maintenance.",
        product_impact="No impact on the released specification.",
        preliminary_summary="Pump seal suspected; batches on hold.",
        conclusion="Seal replaced; maintenance interval shortened.",
        approved_at=at(dt.date(2026, 10, 1)) if approved else None,
    )
    make_other_batch(investigation, "AUR-26-002", batch=a2, conclusion="Same column, unaffected.")
    make_other_batch(investigation, "BOR-26-001", batch=b1, conclusion="Borealis shared skid.")
    make_notice(deviation, world.qa_quinn, content="Column pressure excursion on AUR-26-001.")
    capa = make_capa(
        deviation=deviation,
        owner=world.pm_alice,
        qa_approver=world.qa_quinn,
        title="Shorten the pump seal interval",
        due_date=dt.date(2026, 11, 30),
    )
    make_action(capa, "Replace the seal on every skid.")
    make_check(capa, verdict="not_effective", rating=2, checked_at=at(dt.date(2026, 12, 1)))
    with transaction.atomic():
        signature_apply(
            actor=world.qa_quinn,
            record=deviation,
            meaning=Meaning.APPROVED,
            full_credentials=True,
        )
        signature_apply(
            actor=world.qa_quinn, record=capa, meaning=Meaning.APPROVED, full_credentials=True
        )
    return deviation


@pytest.mark.req("R-DEV-3")
def test_the_package_prints_the_record_investigation_capa_and_signatures(world):
    deviation = _investigated(world, approved=True)
    response = client_for(world.sponsor_a_manager).get(
        reverse("quality:deviation_package", args=[deviation.pk])
    )
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    text = " ".join(_pdf_text(response.content).split())
    for expected in (
        deviation.number,
        "Aurolimab column pressure excursion",
        "Major",
        "Potentially significant risk",
        "Batch put in quarantine.",
        "Seal replaced; maintenance interval shortened.",
        "Machine: Preventive maintenance",
        "No impact on the released specification.",
        "Same column, unaffected.",
        "Column pressure excursion on AUR-26-001.",
        "Shorten the pump seal interval",
        "Replace the seal on every skid.",
        "Not effective",
        "Signatures manifest",
        "Quinn Keller",
        "Approved",
    ):
        assert expected in text, expected
    # Another sponsor's batch assessed is never named to this sponsor.
    assert "BOR-26-001" not in text and "Borealis" not in text
    assert "1 other batch or product not of your company" in text
    assert "Internal (never" not in text


def test_before_approval_a_sponsor_reads_only_the_preliminary_summary(world):
    deviation = _investigated(world, approved=False)
    response = client_for(world.sponsor_a_manager).get(
        reverse("quality:deviation_package", args=[deviation.pk])
    )
    text = " ".join(_pdf_text(response.content).split())
    assert "Pump seal suspected; batches on hold." in text
    for internal in (
        "suspect operator shift B",
        "Seal replaced",
        "Worn pump seal",
        "Same column, unaffected.",
    ):
        assert internal not in text, internal
    staff = client_for(world.qa_quinn).get(
        reverse("quality:deviation_package", args=[deviation.pk])
    )
    staff_text = " ".join(_pdf_text(staff.content).split())
    assert "suspect operator shift B" in staff_text and "BOR-26-001" in staff_text
    assert "Internal (never in a sponsor's package)" in staff_text


def test_another_sponsors_package_and_an_untold_deviation_are_404(world):
    deviation = _investigated(world, approved=True)
    url = reverse("quality:deviation_package", args=[deviation.pk])
    assert client_for(world.sponsor_b_manager).get(url).status_code == 404
    untold = make_deviation(
        project=world.project_a,
        owner=world.qa_quinn,
        title="Not yet told",
        discovered=dt.date(2026, 11, 1),
    )
    untold_url = reverse("quality:deviation_package", args=[untold.pk])
    assert client_for(world.sponsor_a_manager).get(untold_url).status_code == 404
    assert client_for(world.qa_quinn).get(untold_url).status_code == 200


# --------------------------------------------------------------------------- portal


@pytest.mark.req("R-DEV-7")
def test_the_sponsor_quality_page_shows_its_told_deviations_clocks_and_capa(world):
    deviation = _investigated(world, approved=True)
    make_deviation(
        project=world.project_a,
        owner=world.qa_quinn,
        title="Not yet told",
        discovered=dt.date(2026, 11, 1),
    )
    make_deviation(
        project=world.project_b,
        owner=world.qa_quinn,
        title="Borealis sampling error",
        discovered=dt.date(2026, 11, 2),
        notified=True,
    )
    page = client_for(world.sponsor_a_manager).get(reverse("quality:portal"))
    assert page.status_code == 200
    text = page.content.decode()
    assert deviation.number in text and "Potentially significant risk" in text
    assert "Yield lower; quality attributes within specification." in text
    assert "AUR-26-001" in text and "AUR-26-002" not in text  # only the batches concerned
    assert "Investigation conclusion (approved by QA)" in text
    assert "Seal replaced; maintenance interval shortened." in text
    assert "suspect operator shift B" not in text
    assert "Shorten the pump seal interval" in text and "Not effective" in text
    # Told within 24 h of the 72 h clock; the summary was a day late.
    clocks = text.split('data-testid="portal-clocks"')[1].split("</dd>")[0]
    assert "Notification" in clocks and "On time" in clocks and "Late" in clocks
    assert "Not yet told" not in text and "Borealis sampling error" not in text
    assert 'data-testid="changes-waiting-empty"' in text
    other = client_for(world.sponsor_b_manager).get(reverse("quality:portal")).content.decode()
    assert "Borealis sampling error" in other and deviation.number not in other
    assert "Aurolimab" not in other
    assert client_for(world.qa_quinn).get(reverse("quality:portal")).status_code == 403


def test_an_unapproved_investigation_shows_the_summary_only_once_sent(world):
    deviation = _investigated(world, approved=False)
    text = client_for(world.sponsor_a_manager).get(reverse("quality:portal")).content.decode()
    assert "Preliminary investigation summary" in text and "Pump seal suspected" in text
    assert "Seal replaced" not in text
    deviation.summary_sent_at = None
    deviation.save(update_fields=["summary_sent_at"])
    text = client_for(world.sponsor_a_manager).get(reverse("quality:portal")).content.decode()
    assert "Pump seal suspected" not in text


def test_changes_waiting_are_filled_by_a_registered_provider(world, monkeypatch):
    monkeypatch.setattr(portal_views, "_CHANGES_WAITING", [])
    assert portal_views.changes_waiting_for(world.sponsor_a_manager) == []

    @portal_views.register_changes_waiting
    def waiting(user):
        if user.organization_id != world.sponsor_a.pk:
            return []
        return [{"number": "CC-2026-0007", "title": "New resin supplier", "url": "/x/"}]

    text = client_for(world.sponsor_a_manager).get(reverse("quality:portal")).content.decode()
    assert "CC-2026-0007" in text and 'data-testid="changes-waiting-empty"' not in text
    other = client_for(world.sponsor_b_manager).get(reverse("quality:portal")).content.decode()
    assert "CC-2026-0007" not in other


def test_navigation_offers_quality_to_sponsors_and_the_dashboard_to_staff(world):
    sponsor = [e.get("label") for e in navigation_for(world.sponsor_a_contact, "/")]
    assert "Quality" in sponsor and "Our batches" in sponsor
    assert "Quality dashboard" not in sponsor
    staff = [e.get("label") for e in navigation_for(world.qa_quinn, "/")]
    assert "Quality dashboard" in staff and "Batches" in staff


def test_an_empty_dashboard_and_a_minor_deviations_package_read_well(world, today):
    staff = client_for(world.qa_quinn)
    page = staff.get(reverse("quality:dashboard"))
    assert page.status_code == 200
    text = page.content.decode()
    assert "Nothing is overdue." in text and "No batch was made in this period." in text
    pdf = staff.get(reverse("quality:management_review", args=["pdf"]))
    assert "Nothing to report." in _pdf_text(pdf.content)
    minor = make_deviation(
        project=world.project_a,
        owner=world.qa_quinn,
        title="Logbook entry late",
        discovered=dt.date(2026, 11, 2),
        notified=True,
        capa_required=False,
        capa_rationale="Isolated slip, retrained on the spot.",
    )
    package = client_for(world.sponsor_a_contact).get(
        reverse("quality:deviation_package", args=[minor.pk])
    )
    text = " ".join(_pdf_text(package.content).split())
    assert "A minor deviation is assessed, not investigated." in text
    assert "Isolated slip, retrained on the spot." in text and "No signature yet." in text


def test_a_sponsor_contact_reads_the_quality_records_of_their_own_projects_only(world):
    """A sponsor contact sees the batches, deviations and CAPA of the projects they are a
    member of; the company's manager sees those of every project of the company."""
    told = dict(classification="major", notified=True)
    staffed = make_batch(world.project_a, world.qa_quinn, "AUR-A-01", dt.date(2026, 3, 2))
    other = make_batch(world.project_a_unstaffed, world.qa_quinn, "AUR-U-01", dt.date(2026, 3, 2))
    mine = make_deviation(
        project=world.project_a,
        owner=world.qa_quinn,
        title="On the contact's project",
        discovered=dt.date(2026, 3, 3),
        batches=[staffed],
        **told,
    )
    theirs = make_deviation(
        project=world.project_a_unstaffed,
        owner=world.qa_quinn,
        title="On another project of the company",
        discovered=dt.date(2026, 3, 3),
        batches=[other],
        **told,
    )
    capa = make_capa(
        deviation=theirs,
        owner=world.pm_alice,
        qa_approver=world.qa_quinn,
        title="Another project's CAPA",
        due_date=dt.date(2026, 6, 1),
    )
    contact, manager = world.sponsor_a_contact, world.sponsor_a_manager
    assert list(selectors.deviations_visible_to(contact)) == [mine]
    assert set(selectors.deviations_visible_to(manager)) == {mine, theirs}
    assert list(selectors.batches_visible_to(contact)) == [staffed]
    assert capa not in selectors.capas_visible_to(contact)
    assert capa in selectors.capas_visible_to(manager)
    page = client_for(contact).get(reverse("quality:deviation", args=[theirs.pk]))
    assert page.status_code == 404


def test_the_dashboard_counts_open_change_controls_where_they_wait(world):
    from tests.test_change_control import assessed, raised

    raised(world)
    assessed(world)
    page = client_for(world.qa_quinn).get(reverse("quality:dashboard")).content.decode()
    table = page.split('data-testid="changes-table"')[1].split("</table>")[0]
    assert '<td>Draft</td><td class="text-end">1</td>' in table
    assert '<td>Impact assessment</td><td class="text-end">1</td>' in table
    assert "Closed" not in table
