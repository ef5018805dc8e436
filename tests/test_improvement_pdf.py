"""A CI initiative as a PDF: the staff file prints the method, stage, people, figures,
each stage's deliverables and the champion's signed gates; the sponsor's file, from the
portal, prints what the portal shows, and another sponsor gets 404."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from django.urls import reverse
from pypdf import PdfReader

from tests.conftest import client_for
from tests.improvement_rows import initiative, pass_gate, small_world

pytestmark = pytest.mark.django_db


# The module's shared world (tests/conftest.py) is this small one.
build_shared_world = small_world


def pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def _aurora(world):
    item = initiative(
        world,
        title="Aurora QC release right first time",
        sponsor=world.sponsor_a,
        project=world.project_a,
        baseline_metric="QC release days",
        baseline_value=Decimal("12"),
        target_value=Decimal("7"),
        unit="days",
        cost_saved=Decimal("48000"),
    )
    pass_gate(world, item)  # Define done and signed; Measure is current
    return item


def test_the_staff_pdf_prints_stages_deliverables_and_signed_gates(world):
    item = _aurora(world)
    client = client_for(world.pm_alice)
    page = client.get(reverse("improvement:detail", args=[item.pk])).content.decode()
    assert reverse("improvement:pdf", args=[item.pk]) in page
    answer = client.get(reverse("improvement:pdf", args=[item.pk]))
    assert answer["Content-Type"] == "application/pdf"
    assert answer.content.startswith(b"%PDF")
    assert f'filename="{item.code}.pdf"' in answer["Content-Disposition"]
    text = pdf_text(answer.content)
    for expected in (
        item.code,
        "Aurora QC release right first time",
        "DMAIC (Six Sigma project)",
        "Measure",
        "Alice Morgan",
        "Otto Imboden",
        "QC release days",
        "12.00",
        "7.00",
        "CHF 48000",
        "SIPOC map",
        "Measurement system analysis",
        "not done",
        "Approved",
        "UTC",
    ):
        assert expected in text, expected


def test_the_sponsors_pdf_leaves_out_the_internal_figures_and_signatures(world):
    item = _aurora(world)
    client = client_for(world.sponsor_a_manager)
    page = client.get(reverse("improvement:portal_detail", args=[item.pk])).content.decode()
    assert reverse("improvement:portal_pdf", args=[item.pk]) in page
    answer = client.get(reverse("improvement:portal_pdf", args=[item.pk]))
    assert answer.content.startswith(b"%PDF")
    text = pdf_text(answer.content)
    assert item.code in text and "QC release days" in text and "gate passed" in text
    assert "CHF 48000" not in text and "Otto Imboden" not in text and "SIPOC map" not in text


def test_another_sponsor_gets_404_and_sponsors_no_staff_pdf(world):
    item = _aurora(world)
    other = client_for(world.sponsor_b_manager)
    assert other.get(reverse("improvement:portal_pdf", args=[item.pk])).status_code == 404
    assert other.get(reverse("improvement:portal_pdf", args=[999999])).status_code == 404
    own = client_for(world.sponsor_a_manager)
    assert own.get(reverse("improvement:pdf", args=[item.pk])).status_code == 403
    internal = initiative(world, title="Internal lab tidy-up")
    assert own.get(reverse("improvement:portal_pdf", args=[internal.pk])).status_code == 404
