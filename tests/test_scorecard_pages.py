"""Scorecard pages, exports, PDF, signing, templates' forms, the sponsor's portal and the
API, on the hand-made quarter of tests/scorecard_fixtures.py."""

from __future__ import annotations

import io

import openpyxl
import pytest
from django.urls import reverse

from accord.scorecards import services
from accord.scorecards.models import Scorecard, ScorecardTemplate
from accord.scorecards.variables import COMPANY, SITE, SPONSOR, Period, Scope
from tests.conftest import client_for
from tests.factories import PASSWORD
from tests.scorecard_fixtures import AFTER_Q3, BANDS, Q3_START, SPONSOR_CRITERIA, build_quarter

Q3 = Period("quarter", Q3_START)


@pytest.fixture
def quarter(db):
    q = build_quarter(concerns=False)
    for name, kind in (("Site scorecard", SITE), ("Company scorecard", COMPANY)):
        services.template_create(
            actor=q.executive, name=name, scope_kind=kind, period_kind="quarter",
            criteria=SPONSOR_CRITERIA, bands=BANDS,
        )  # fmt: skip
    services.scorecards_freeze_due(AFTER_Q3)
    return q


def _aurora(q) -> Scorecard:
    return Scorecard.objects.get(scope_kind=SPONSOR, scope_key=str(q.aurora.pk))


def _sign(q, scorecard) -> Scorecard:
    return services.scorecard_sign(
        actor=q.executive, scorecard=scorecard, meaning="reviewed", username="exec.erin",
        password=PASSWORD, acknowledge=True,
    )  # fmt: skip


def test_the_company_dashboard_shows_both_halves_the_trend_and_every_site_and_sponsor(quarter):
    page = client_for(quarter.alice).get(reverse("scorecards:dashboard"))
    assert page.status_code == 200
    html = page.content.decode()
    assert 'data-testid="half-perform"' in html and 'data-testid="half-transform"' in html
    assert "Q3 2026" in html and 'id="scorecard-trend"' in html
    assert reverse("scorecards:sponsor", args=[quarter.aurora.pk]) in html
    assert reverse("scorecards:site", args=[quarter.site.pk]) in html
    sponsor = client_for(quarter.alice).get(reverse("scorecards:sponsor", args=[quarter.aurora.pk]))
    assert sponsor.status_code == 200 and "65.8" in sponsor.content.decode()
    site = client_for(quarter.alice).get(reverse("scorecards:site", args=[quarter.site.pk]))
    assert site.status_code == 200
    missing = client_for(quarter.alice).get(reverse("scorecards:sponsor", args=[987654]))
    assert missing.status_code == 404


def test_the_detail_drills_down_from_the_score_to_the_records(quarter):
    scorecard = _aurora(quarter)
    html = client_for(quarter.alice).get(reverse("scorecards:detail", args=[scorecard.pk]))
    text = html.content.decode()
    assert "Needs improvement" in text and "#fd7e14" in text
    assert "batch B-3" in text and reverse("planning:plan", args=[quarter.project_a.pk]) in text
    assert "1 of 3 batches without a deviation" in text
    pdf = client_for(quarter.alice).get(reverse("scorecards:pdf", args=[scorecard.pk]))
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")


def test_the_list_filters_and_exports(quarter):
    client = client_for(quarter.alice)
    page = client.get(reverse("scorecards:list"), {"scope_kind": "site"})
    assert page.status_code == 200
    assert "Visp API plant" in page.content.decode()
    assert "Aurora Therapeutics" not in page.content.decode()
    csv = client.get(reverse("scorecards:export", args=["csv"]), {"q": "Aurora"})
    lines = csv.content.decode("utf-8-sig").strip().splitlines()
    assert len(lines) == 2 and "Aurora Therapeutics" in lines[1] and "65.8" in lines[1]
    xlsx = client.get(reverse("scorecards:export", args=["xlsx"]))
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx.content)).active
    assert sheet.max_row == 1 + Scorecard.objects.count()


def test_the_executive_signs_on_the_page_and_the_sponsor_then_sees_it(quarter):
    scorecard = _aurora(quarter)
    portal = client_for(quarter.aurora_manager)
    assert portal.get(reverse("scorecards:portal_detail", args=[scorecard.pk])).status_code == 404
    assert (
        "No scorecard has been signed" in portal.get(reverse("scorecards:portal")).content.decode()
    )
    assert (
        client_for(quarter.alice).get(reverse("scorecards:sign", args=[scorecard.pk])).status_code
        == 403
    )
    executive = client_for(quarter.executive)
    answer = executive.post(
        reverse("scorecards:sign", args=[scorecard.pk]),
        {"meaning": "reviewed", "username": "exec.erin", "password": PASSWORD,
         "acknowledge": "on", "version": scorecard.version},
    )  # fmt: skip
    assert answer.status_code == 302
    scorecard.refresh_from_db()
    assert scorecard.is_signed
    page = portal.get(reverse("scorecards:portal_detail", args=[scorecard.pk]))
    text = page.content.decode()
    assert page.status_code == 200 and "65.8" in text
    # The sponsor reads the figures, never the records behind them.
    assert "1 of 3 batches without a deviation" in text
    assert "batch B-3" not in text and "Alice" not in text
    assert portal.get(reverse("scorecards:portal_pdf", args=[scorecard.pk]))["Content-Type"] == (
        "application/pdf"
    )


def test_a_sponsor_sees_only_its_own_signed_sponsor_scorecard(quarter):
    for scorecard in Scorecard.objects.all():
        _sign(quarter, scorecard)
    aurora = _aurora(quarter)
    borealis = client_for(quarter.borealis_manager)
    assert borealis.get(reverse("scorecards:portal_detail", args=[aurora.pk])).status_code == 404
    listing = borealis.get(reverse("scorecards:portal")).content.decode()
    assert "Aurora" not in listing and "Visp" not in listing
    company = Scorecard.objects.get(scope_kind=COMPANY)
    own = client_for(quarter.aurora_manager)
    assert own.get(reverse("scorecards:portal_detail", args=[company.pk])).status_code == 404
    assert own.get(reverse("scorecards:dashboard")).status_code == 403
    assert own.get(reverse("scorecards:detail", args=[aurora.pk])).status_code == 403
    api = own.get("/api/v1/scorecards").json()
    assert [row["id"] for row in api["items"]] == [aurora.pk]
    detail = own.get(f"/api/v1/scorecards/{aurora.pk}").json()
    assert all(not v["evidence"] for row in detail["criteria"] for v in row["variables"])
    assert own.get(f"/api/v1/scorecards/{company.pk}").status_code == 404
    assert own.get("/api/v1/scorecard-templates").status_code == 403


def test_a_template_form_refuses_weights_that_do_not_sum_to_100(quarter):
    client = client_for(quarter.executive)
    data = {
        "name": "Department scorecard", "scope_kind": "department", "period_kind": "quarter",
        "is_active": "on", "criteria-TOTAL_FORMS": "2", "criteria-INITIAL_FORMS": "0",
        "bands-TOTAL_FORMS": "2", "bands-INITIAL_FORMS": "0",
        "criteria-0-name": "Training on time", "criteria-0-half": "transform",
        "criteria-0-formula": "training_on_time", "criteria-0-weight": "60",
        "criteria-1-name": "Competent", "criteria-1-half": "transform",
        "criteria-1-formula": "competencies_level3", "criteria-1-weight": "30",
        "bands-0-name": "Good", "bands-0-lower": "50", "bands-0-upper": "100",
        "bands-0-colour": "#198754", "bands-1-name": "Poor", "bands-1-lower": "0",
        "bands-1-upper": "50", "bands-1-colour": "#dc3545",
    }  # fmt: skip
    refused = client.post(reverse("scorecards:template_create"), data)
    assert refused.status_code == 200
    assert "The weights sum to 90; they must sum to 100." in refused.content.decode()
    assert not ScorecardTemplate.objects.filter(name="Department scorecard").exists()
    data["criteria-1-weight"] = "40"
    saved = client.post(reverse("scorecards:template_create"), data)
    template = ScorecardTemplate.objects.get(name="Department scorecard")
    assert saved.status_code == 302 and saved["Location"] == reverse(
        "scorecards:template", args=[template.pk]
    )
    assert [c.weight for c in template.criteria.all()] == [60, 40]
    detail = client.get(saved["Location"]).content.decode()
    assert "training_on_time" in detail and "Poor" in detail
    edit = client.get(reverse("scorecards:template_edit", args=[template.pk]))
    assert edit.status_code == 200 and "competencies_level3" in edit.content.decode()
    assert client_for(quarter.alice).get(reverse("scorecards:template_create")).status_code == 403


def test_the_api_signs_with_the_password_in_the_body(quarter):
    scorecard = _aurora(quarter)
    client = client_for(quarter.executive)
    wrong = client.post(
        f"/api/v1/scorecards/{scorecard.pk}/sign",
        {"username": "exec.erin", "password": "nope", "acknowledge": True},
        content_type="application/json",
    )
    assert wrong.status_code == 422
    signed = client.post(
        f"/api/v1/scorecards/{scorecard.pk}/sign",
        {"username": "exec.erin", "password": PASSWORD, "acknowledge": True},
        content_type="application/json",
    )
    assert signed.status_code == 200 and signed.json()["state"] == "signed"
    bad = client.post(
        "/api/v1/scorecard-templates",
        {"name": "Bad", "scope_kind": "sponsor", "bands": BANDS,
         "criteria": [{**SPONSOR_CRITERIA[0], "weight": 20}]},
        content_type="application/json",
    )  # fmt: skip
    assert bad.status_code == 422
    assert "The weights sum to 20; they must sum to 100." in bad.content.decode()


def test_history_shows_the_freeze_and_the_signature(quarter):
    scorecard = _sign(quarter, _aurora(quarter))
    page = client_for(quarter.executive).get(
        reverse("audit:history", args=["scorecards.scorecard", scorecard.pk])
    )
    assert page.status_code == 200


def test_search_finds_a_scorecard_by_its_scope(quarter):
    scope = Scope(SPONSOR, quarter.aurora.pk, quarter.aurora.name)
    assert scope.label == "Aurora Therapeutics"
    page = client_for(quarter.alice).get(reverse("search:results"), {"q": "Aurora"})
    assert reverse("scorecards:detail", args=[_aurora(quarter).pk]) in page.content.decode()
