"""Raw codes never reach a person: the audit trail, the history pages and the record PDF
say "RFP created", "Status: Draft → In review", the project's name and a readable
simulation result, never a code, an id or a Python value."""

from __future__ import annotations

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from pypdf import PdfReader

from accord.audit.display import action_sentence, changes_shown
from accord.audit.models import AuditEvent
from accord.audit.services import audit_record
from accord.planning.models import Simulation
from accord.projects.services import document_transition, document_upload, project_update
from tests.conftest import client_for
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db


def test_actions_read_as_sentences_with_the_records_own_name():
    assert action_sentence("proposals.rfp.created") == "RFP created"
    assert action_sentence("proposals.scopeitem.added") == "Scope item added"
    assert action_sentence("projects.document.approve") == "Document approved"
    assert action_sentence("changes.changeorder.redraft") == "Change order sent back to draft"
    assert action_sentence("accounts.session.login_failed") == "Session login failed"


@pytest.mark.req("AT-8")
def test_a_history_page_shows_labels_names_and_a_readable_simulation_result(world):
    project = world.project_a
    project_update(
        actor=world.pm_alice,
        project=project,
        health="amber",
        health_reason="Starting material late",
        reason="Status review",
    )
    simulation = Simulation.objects.create(
        project=project, requested_by=world.pm_alice, iterations=5000, distribution="pert", seed=1
    )
    audit_record(
        actor=world.pm_alice,
        action="planning.simulation.finished",
        target=simulation,
        parent=project,
        changes={
            "result": [None, {"p50": "2027-03-05", "p80": "2027-04-01", "iterations": 5000}],
            "distribution": [None, "pert"],
        },
    )
    page = (
        client_for(world.pm_alice)
        .get(reverse("audit:history", args=["projects.project", project.pk]))
        .content.decode()
    )
    assert "Project updated" in page
    assert "At risk" in page and ">amber<" not in page
    assert "(UTC+0" in page  # times with the site's offset
    page = (
        client_for(world.pm_alice)
        .get(reverse("audit:history", args=["planning.simulation", simulation.pk]))
        .content.decode()
    )
    assert "Simulation finished" in page
    assert "Iterations: 5000; P50: 5 Mar 2027; P80: 1 Apr 2027" in page
    assert "{&#x27;p50&#x27;" not in page and "{'p50'" not in page
    assert "PERT-beta" in page and ">pert<" not in page

    rfp_page = (
        client_for(world.bd_ben if hasattr(world, "bd_ben") else world.pm_alice)
        .get(reverse("audit:history", args=["proposals.rfp", world.rfp_a.pk]))
        .content.decode()
    )
    assert "RFP created" in rfp_page and "Rfp created" not in rfp_page


def test_choices_and_foreign_keys_show_labels_and_names(world):
    risk = world.risk_a_shared
    event = AuditEvent.objects.get(
        target_type="risks.risk", target_id=str(risk.pk), action="risks.risk.created"
    )
    shown = {change.field: change.new for change in changes_shown(event)}
    assert shown["Category"] == risk.get_category_display()
    assert shown["Owner"] == str(risk.owner)
    assert shown["Project"] == str(world.project_a)
    assert risk.category not in shown.values() or risk.category == risk.get_category_display()


def test_the_record_pdf_names_the_project_and_the_states(world):
    document = document_upload(
        actor=world.pm_alice,
        project=world.project_a,
        title="Batch schedule",
        upload=SimpleUploadedFile("schedule.csv", b"batch,start\n1,2026-10-01\n"),
        visibility="shared",
    )
    document_transition(
        actor=world.pm_alice,
        document=document,
        name="submit",
        meaning="authored",
        username=world.pm_alice.username,
        password=PASSWORD,
        acknowledge=True,
    )
    response = client_for(world.pm_alice).get(
        reverse("projects:document_record", args=[document.pk])
    )
    assert response.status_code == 200
    reader = PdfReader(io.BytesIO(response.content))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert f"Project: — → {world.project_a.pk}" not in text
    assert world.project_a.code in text.split("Audit trail")[1]
    assert "Status: Draft → In review" in text
    assert "Visibility: — → Shared with sponsor" in text
    assert "in_review" not in text
    assert "Document submitted for review" in text
    assert "UTC" in text  # the signature manifest gives UTC too


def test_a_label_inside_a_sentence_keeps_its_acronyms():
    from accord.core.templatetags.text import in_sentence

    assert in_sentence("Change orders") == "change orders"
    assert in_sentence("RFPs") == "RFPs"
    assert in_sentence("QA lead") == "QA lead"
    assert in_sentence("Regulatory CMC lead") == "regulatory CMC lead"
    assert in_sentence("Sponsor QA") == "sponsor QA"
