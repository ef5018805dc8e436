"""A project's lessons review as a PDF (CDMO staff only, like its page): every section,
the ratings, budget against actual, the findings and the signature manifest."""

from __future__ import annotations

import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from tests.conftest import client_for
from tests.improvement_rows import small_world
from tests.test_lessons import _draft, _finding, _submit

pytestmark = pytest.mark.django_db


# The module's shared world (tests/conftest.py) is this small one.
build_shared_world = small_world


def pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def _pdf(user, project):
    return client_for(user).get(reverse("lessons:review_pdf", args=[project.pk]))


def test_the_submitted_review_prints_every_section_and_its_signature(world):
    review = _draft(world)
    _finding(world, review)
    _submit(world, review)
    page = client_for(world.pm_alice).get(reverse("lessons:review", args=[world.project_a.pk]))
    assert reverse("lessons:review_pdf", args=[world.project_a.pk]) in page.content.decode()
    answer = _pdf(world.pm_alice, world.project_a)
    assert answer["Content-Type"] == "application/pdf"
    assert answer.content.startswith(b"%PDF")
    assert "lessons-review-AUR-101-TT.pdf" in answer["Content-Disposition"]
    text = pdf_text(answer.content)
    for expected in (
        "AUR-101-TT",
        "Methods transferred first time.",
        "Batch record review took three weeks.",
        "One QA reviewer for two campaigns.",
        "Plan QA review capacity with the batch schedule.",
        "4 · Above expectations",
        "5 · Excellent",
        "2 · Below expectations",
        "480,000.00",
        "512,000.00",
        "32,000.00 over budget",
        "Follow-on work likely",
        "Book QA review capacity with the batches",
        "Reserve a QA reviewer for each GMP batch in the plan.",
        "Alice Morgan",
        "Reviewed",
        "UTC",
    ):
        assert expected in text, expected
    assert "DRAFT" not in text


def test_a_draft_prints_as_a_draft_without_a_signature(world):
    _draft(world)
    answer = _pdf(world.pm_alice, world.project_a)
    assert "-DRAFT.pdf" in answer["Content-Disposition"]
    text = pdf_text(answer.content)
    assert "DRAFT" in text and "Not signed yet" in text


def test_no_review_no_pdf_and_sponsor_users_get_none(world):
    assert _pdf(world.pm_alice, world.project_a).status_code == 404
    _draft(world)
    assert _pdf(world.sponsor_a_manager, world.project_a).status_code == 403
    assert _pdf(world.sponsor_b_manager, world.project_a).status_code == 403
    missing = client_for(world.pm_alice).get(reverse("lessons:review_pdf", args=[999999]))
    assert missing.status_code == 404
