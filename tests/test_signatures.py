"""Part 11 electronic signatures and the declared document workflow."""

from __future__ import annotations

import io

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse
from pypdf import PdfReader

from accord.accounts import services as account_services
from accord.accounts.models import SignInLock, User
from accord.audit.models import AuditEvent
from accord.core.workflow import TransitionNotAllowed
from accord.projects import services
from accord.projects.models import ProjectDocument
from accord.signatures.models import Signature, SignatureImmutableError
from accord.signatures.selectors import manifest
from tests.conftest import client_for
from tests.factories import PASSWORD, make_document


def _submit(world, document, **overrides) -> ProjectDocument:
    arguments = {
        "actor": world.pm_alice,
        "document": document,
        "name": "submit",
        "meaning": "authored",
        "username": "pm.alice",
        "password": PASSWORD,
        "acknowledge": True,
    }
    arguments.update(overrides)
    return services.document_transition(**arguments)


def _approve(world, document, **overrides) -> ProjectDocument:
    arguments = {
        "actor": world.qa_quinn,
        "document": document,
        "name": "approve",
        "meaning": "approved",
        "username": "qa.quinn",
        "password": PASSWORD,
        "acknowledge": True,
    }
    arguments.update(overrides)
    return services.document_transition(**arguments)


@pytest.mark.req("ES-1")
@pytest.mark.req("ES-2")
@pytest.mark.req("ES-7")
def test_signing_records_name_time_meaning_and_a_hash_of_the_content(world):
    document = _submit(world, world.doc_a_shared)
    assert document.status == "in_review"
    signature = Signature.objects.get(
        record_type="projects.projectdocument", record_id=document.pk, meaning="authored"
    )
    assert (signature.printed_name, signature.username) == ("Alice Morgan", "pm.alice")
    assert signature.signed_at.utcoffset().total_seconds() == 0
    assert signature.record_type == "projects.projectdocument"
    assert len(signature.content_hash) == 64 and signature.full_credentials
    actions = list(
        AuditEvent.objects.filter(parent_id=str(document.pk)).values_list("action", flat=True)
    ) + list(AuditEvent.objects.filter(target_id=str(document.pk)).values_list("action", flat=True))
    assert "signatures.signature.signed" in actions and "projects.document.submit" in actions


@pytest.mark.req("AZ-5")
def test_the_author_cannot_approve_their_own_document(world):
    own = make_document(
        actor=world.qa_quinn,
        project=world.project_a,
        title="QA-authored SOP",
        visibility="internal",
    )
    own = _submit(world, own, actor=world.qa_quinn, username="qa.quinn")
    with pytest.raises(PermissionDenied, match="author cannot"):
        _approve(world, own)
    assert ProjectDocument.objects.get(pk=own.pk).status == "in_review"


@pytest.mark.req("AZ-5")
def test_only_qa_may_approve(world):
    document = _submit(world, world.doc_a_shared)
    with pytest.raises(PermissionDenied):
        _approve(world, document, actor=world.pm_alice, username="pm.alice")


@pytest.mark.req("ES-3")
@pytest.mark.req("ID-2")
def test_a_wrong_password_signs_nothing_is_audited_and_counts_toward_lockout(world):
    document = _submit(world, world.doc_a_shared)
    with pytest.raises(ValidationError) as excinfo:
        _approve(world, document, password="not-my-password")
    assert "password" in excinfo.value.message_dict
    assert ProjectDocument.objects.get(pk=document.pk).status == "in_review"
    assert not Signature.objects.filter(meaning="approved").exists()
    assert AuditEvent.objects.filter(
        action="signatures.signature.failed", target_id=str(world.qa_quinn.pk)
    ).exists()
    assert SignInLock.objects.get(username="qa.quinn").failures == 1


@pytest.mark.req("ES-3")
def test_someone_elses_user_id_does_not_sign(world):
    document = _submit(world, world.doc_a_shared)
    with pytest.raises(ValidationError) as excinfo:
        _approve(world, document, username="pm.alice")
    assert "username" in excinfo.value.message_dict


@pytest.mark.req("ES-8")
def test_the_first_signature_needs_the_legal_acknowledgement_which_is_stored(world):
    with pytest.raises(ValidationError) as excinfo:
        _submit(world, world.doc_a_shared, acknowledge=False)
    assert "acknowledge" in excinfo.value.message_dict
    _submit(world, world.doc_a_shared, acknowledge=True)
    assert User.objects.get(pk=world.pm_alice.pk).signature_acknowledged_at is not None
    assert AuditEvent.objects.filter(action="signatures.acknowledgement.given").exists()


@pytest.mark.req("ES-6")
def test_the_meaning_must_be_chosen(world):
    with pytest.raises(ValidationError) as excinfo:
        _submit(world, world.doc_a_shared, meaning="")
    assert "meaning" in excinfo.value.message_dict


@pytest.mark.req("ES-2")
@pytest.mark.req("RC-2")
def test_a_change_after_signing_shows_the_signature_as_no_longer_matching(world):
    document = _submit(world, world.doc_a_shared)
    assert [line.matches for line in manifest(document)] == [True]
    services.document_update(
        actor=world.pm_alice,
        document=document,
        title=document.title,
        visibility="internal",
        reason="Not for the sponsor yet",
    )
    assert [line.matches for line in manifest(document)] == [True]  # visibility is not signed
    with pytest.raises(ValidationError) as excinfo:
        services.document_update(
            actor=world.pm_alice,
            document=document,
            title="Renamed",
            visibility="internal",
            reason="typo",
        )
    assert "title" in excinfo.value.message_dict  # frozen while in review
    reject = services.document_transition(
        actor=world.qa_quinn,
        document=document,
        name="reject",
        meaning="rejected",
        username="qa.quinn",
        password=PASSWORD,
        reason="Wrong lot number",
        acknowledge=True,
    )
    services.document_update(
        actor=world.pm_alice,
        document=reject,
        title="Aurora batch schedule rev B",
        visibility="internal",
        reason="Corrected lot number",
    )
    document = ProjectDocument.objects.get(pk=document.pk)
    assert document.version == 2
    assert [line.matches for line in manifest(document)] == [False, False]
    page = client_for(world.pm_alice).get(reverse("projects:document_detail", args=[document.pk]))
    assert "no longer matches the content signed" in page.content.decode()


@pytest.mark.req("AT-2")
def test_a_change_after_submission_needs_a_reason(world):
    document = _submit(world, world.doc_a_shared)
    with pytest.raises(ValidationError) as excinfo:
        services.document_update(
            actor=world.pm_alice, document=document, title=document.title, visibility="internal"
        )
    assert "reason" in excinfo.value.message_dict


@pytest.mark.req("RC-4")
def test_an_illegal_transition_is_refused_and_changes_nothing(world):
    with pytest.raises(TransitionNotAllowed, match="draft"):
        _approve(world, world.doc_a_shared)
    assert ProjectDocument.objects.get(pk=world.doc_a_shared.pk).status == "draft"
    _, secret = account_services.api_token_create(actor=world.qa_quinn, name="t")
    response = Client(HTTP_AUTHORIZATION=f"Bearer {secret}").post(
        f"/api/v1/documents/{world.doc_a_shared.pk}/transitions/approve",
        {
            "meaning": "approved",
            "username": "qa.quinn",
            "password": PASSWORD,
            "edit_version": world.doc_a_shared.edit_version,
        },
        content_type="application/json",
    )
    assert response.status_code == 409 and response.json()["code"] == "conflict"


@pytest.mark.req("ES-2")
def test_signatures_cannot_be_changed_or_removed(world):
    _submit(world, world.doc_a_shared)
    signature = Signature.objects.get(record_type="projects.projectdocument")
    signature.record_id = world.doc_b_shared.pk
    with pytest.raises(SignatureImmutableError):
        signature.save()
    with pytest.raises(SignatureImmutableError):
        signature.delete()
    with pytest.raises(SignatureImmutableError):
        Signature.objects.update(record_id=world.doc_b_shared.pk)


@pytest.mark.req("ES-1")
def test_the_api_shows_the_manifest_and_signs_with_reauthentication(world):
    _submit(world, world.doc_a_shared)
    _, secret = account_services.api_token_create(actor=world.qa_quinn, name="t")
    response = Client(HTTP_AUTHORIZATION=f"Bearer {secret}").post(
        f"/api/v1/documents/{world.doc_a_shared.pk}/transitions/approve",
        {"meaning": "approved", "username": "qa.quinn", "password": PASSWORD, "acknowledge": True},
        content_type="application/json",
        HTTP_IF_MATCH=f'"{ProjectDocument.objects.get(pk=world.doc_a_shared.pk).edit_version}"',
    )
    assert response.status_code == 200, response.content
    body = (
        client_for(world.sponsor_a_manager).get(f"/api/v1/documents/{world.doc_a_shared.pk}").json()
    )
    assert body["status"] == "approved"
    assert [
        (s["printed_name"], s["meaning"], s["matches_current_content"]) for s in body["signatures"]
    ] == [("Alice Morgan", "authored", True), ("Quinn Keller", "approved", True)]


@pytest.mark.req("ES-1")
@pytest.mark.req("RC-1")
def test_the_signed_records_pdf_shows_the_manifest(world):
    _approve(world, _submit(world, world.doc_a_shared))
    response = client_for(world.sponsor_a_manager).get(
        reverse("projects:document_record", args=[world.doc_a_shared.pk])
    )
    assert response["Content-Type"] == "application/pdf"
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert "Electronic signatures" in text
    assert "Alice Morgan" in text and "Authored" in text
    assert "Quinn Keller" in text and "Approved" in text
    assert "Audit trail" in text


@pytest.mark.req("ES-3")
def test_the_signing_page_asks_for_user_id_and_password_every_time_by_default(world):
    client = client_for(world.pm_alice)
    url = reverse("projects:document_transition", args=[world.doc_a_shared.pk, "submit"])
    page = client.get(url).content.decode()
    assert 'name="username"' in page and 'name="password"' in page and 'name="acknowledge"' in page
    response = client.post(
        url,
        {
            "meaning": "authored",
            "username": "pm.alice",
            "password": PASSWORD,
            "acknowledge": "on",
            "version": 1,
        },
    )
    assert response.status_code == 302
    other = make_document(
        actor=world.pm_alice, project=world.project_a, title="Second", visibility="internal"
    )
    page = client.get(reverse("projects:document_transition", args=[other.pk, "submit"]))
    assert 'name="username"' in page.content.decode()


@pytest.mark.req("ES-3")
def test_a_continuous_session_window_may_drop_the_user_id_but_never_the_password(world, settings):
    settings.ACCORD_SIGNATURE_SESSION_MINUTES = 10
    client = client_for(world.pm_alice)
    first = reverse("projects:document_transition", args=[world.doc_a_shared.pk, "submit"])
    client.post(
        first,
        {
            "meaning": "authored",
            "username": "pm.alice",
            "password": PASSWORD,
            "acknowledge": "on",
            "version": 1,
        },
    )
    other = make_document(
        actor=world.pm_alice, project=world.project_a, title="Second", visibility="internal"
    )
    url = reverse("projects:document_transition", args=[other.pk, "submit"])
    page = client.get(url).content.decode()
    assert 'name="username"' not in page and 'name="password"' in page
    refused = client.post(url, {"meaning": "authored", "password": "", "version": 1})
    assert refused.status_code == 200
    assert ProjectDocument.objects.get(pk=other.pk).status == "draft"
    signed = client.post(url, {"meaning": "authored", "password": PASSWORD, "version": 1})
    assert signed.status_code == 302
    signature = Signature.objects.get(record_id=other.pk)
    assert signature.full_credentials is False


def test_sponsors_see_the_manifest_but_no_workflow_actions(world):
    _submit(world, world.doc_a_shared)
    page = (
        client_for(world.sponsor_a_manager)
        .get(reverse("projects:document_detail", args=[world.doc_a_shared.pk]))
        .content.decode()
    )
    assert "Alice Morgan" in page and "Authored" in page
    assert "Sign and" not in page and "/do/" not in page


@pytest.mark.req("ES-3")
def test_every_signing_page_honours_the_same_session_window(world, settings):
    from accord.planning.services import plan_apply_template

    settings.ACCORD_SIGNATURE_SESSION_MINUTES = 10
    plan_apply_template(actor=None, project=world.project_a, template_code="small_molecule_tt")
    client = client_for(world.pm_alice)
    baseline_url = reverse("planning:baseline_save", args=[world.project_a.pk])
    assert 'name="username"' in client.get(baseline_url).content.decode()
    client.post(
        reverse("projects:document_transition", args=[world.doc_a_shared.pk, "submit"]),
        {
            "meaning": "authored",
            "username": "pm.alice",
            "password": PASSWORD,
            "acknowledge": "on",
            "version": 1,
        },
    )
    page = client.get(baseline_url).content.decode()
    assert 'name="username"' not in page and 'name="password"' in page
    settings.ACCORD_SIGNATURE_SESSION_MINUTES = 0
    assert 'name="username"' in client.get(baseline_url).content.decode()
