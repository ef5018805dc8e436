"""Project documents' files through the API: a real multipart upload and download through
the test client, a new file for a draft (the older one kept as a version), the versions
listed and downloaded; a sponsor's people read shared documents' current file only and
upload nothing (the portal offers no upload); another sponsor's documents are 404; bad
files, frozen documents and stale versions change nothing."""

from __future__ import annotations

import hashlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from accord.audit.models import AuditEvent
from accord.projects.models import ProjectDocument, ProjectDocumentVersion
from tests.conftest import client_for
from tests.factories import PASSWORD


def fields(response) -> set[str]:
    return {error["field"] for error in response.json()["errors"]}


def content_of(response) -> bytes:
    return b"".join(response.streaming_content)


def _file(name: str, content: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="application/octet-stream")


def _upload(world, client=None, **form):
    client = client or client_for(world.pm_alice)
    data = {"title": "Aurora PPQ protocol", "file": _file("ppq-protocol.pdf", b"%PDF-1.4 v1")}
    data.update(form)
    return client.post(f"/api/v1/projects/{world.project_a.pk}/documents", data=data)


def test_a_document_is_uploaded_versioned_and_each_version_downloaded(world):
    pm = client_for(world.pm_alice)
    created = _upload(world, pm, visibility="shared")
    assert created.status_code == 201, created.content
    document = created.json()
    assert document["title"] == "Aurora PPQ protocol"
    assert document["original_name"] == "ppq-protocol.pdf"
    assert document["sha256"] == hashlib.sha256(b"%PDF-1.4 v1").hexdigest()
    assert document["status"] == "draft"
    url = f"/api/v1/documents/{document['id']}"

    second = pm.post(
        f"{url}/versions",
        data={"file": _file("ppq-protocol-v2.pdf", b"%PDF-1.4 v2"), "note": "Sampling plan"},
        headers={"If-Match": created["ETag"]},
    )
    assert second.status_code == 201, second.content
    assert second.json()["number"] == 2
    assert second.json()["current"] is True
    assert second["ETag"] != created["ETag"]

    detail = pm.get(url).json()
    assert detail["original_name"] == "ppq-protocol-v2.pdf"
    assert detail["version"] == document["version"] + 1  # the signed content changed
    versions = pm.get(f"{url}/versions").json()
    assert [(v["number"], v["current"], v["note"]) for v in versions["items"]] == [
        (2, True, "Sampling plan"),
        (1, False, ""),
    ]
    old = pm.get(versions["items"][1]["download_url"])
    assert old.status_code == 200
    assert content_of(old) == b"%PDF-1.4 v1"
    assert 'filename="ppq-protocol.pdf"' in old["Content-Disposition"]
    assert content_of(pm.get(f"{url}/download")) == b"%PDF-1.4 v2"

    events = AuditEvent.objects.filter(
        target_type="projects.projectdocument", target_id=str(document["id"])
    )
    assert sorted(events.values_list("action", flat=True)) == [
        "projects.document.uploaded",
        "projects.document.version_uploaded",
    ]
    assert set(events.values_list("channel", flat=True)) == {"api"}


def test_a_sponsor_reads_the_current_file_of_a_shared_document_only(world):
    pm = client_for(world.pm_alice)
    created = _upload(world, pm, visibility="shared").json()
    url = f"/api/v1/documents/{created['id']}"
    pm.post(
        f"{url}/versions",
        data={"file": _file("ppq-protocol-v2.pdf", b"%PDF-1.4 v2"), "edit_version": "1"},
    )
    sponsor = client_for(world.sponsor_a_manager)
    versions = sponsor.get(f"{url}/versions").json()
    assert [v["number"] for v in versions["items"]] == [2]
    assert content_of(sponsor.get(f"{url}/versions/2/download")) == b"%PDF-1.4 v2"
    assert sponsor.get(f"{url}/versions/1/download").status_code == 404
    internal = f"/api/v1/documents/{world.doc_a_internal.pk}"
    assert sponsor.get(f"{internal}/versions").status_code == 404


def test_a_sponsor_cannot_upload_or_change_a_document(world):
    sponsor = client_for(world.sponsor_a_manager)
    before = (ProjectDocument.objects.count(), ProjectDocumentVersion.objects.count())
    assert _upload(world, sponsor).status_code == 403
    url = f"/api/v1/documents/{world.doc_a_shared.pk}"
    added = sponsor.post(
        f"{url}/versions", data={"file": _file("ours.pdf", b"%PDF"), "edit_version": "1"}
    )
    assert added.status_code == 403
    changed = sponsor.patch(
        url, data={"title": "Ours", "edit_version": 1}, content_type="application/json"
    )
    assert changed.status_code == 403
    assert (ProjectDocument.objects.count(), ProjectDocumentVersion.objects.count()) == before


def test_another_sponsor_gets_404_for_documents_and_their_versions(world):
    other = client_for(world.sponsor_b_manager)
    url = f"/api/v1/documents/{world.doc_a_shared.pk}"
    assert other.get(f"{url}/versions").status_code == 404
    assert other.get(f"{url}/versions/1/download").status_code == 404


def test_a_bad_file_names_the_field_and_writes_nothing(world):
    before = (ProjectDocument.objects.count(), ProjectDocumentVersion.objects.count())
    response = _upload(world, file=_file("payload.exe", b"MZ"))
    assert response.status_code == 422
    assert fields(response) == {"file"}
    response = _upload(world, visibility="everyone")
    assert response.status_code == 422
    assert fields(response) == {"visibility"}
    missing = client_for(world.pm_alice).post(
        f"/api/v1/projects/{world.project_a.pk}/documents", data={"title": "No file"}
    )
    assert missing.status_code == 422
    assert fields(missing) == {"file"}
    assert (ProjectDocument.objects.count(), ProjectDocumentVersion.objects.count()) == before


@pytest.mark.req("WEB-6")
@pytest.mark.req("WEB-7")
def test_a_multipart_body_without_a_boundary_is_refused_not_a_server_error(world):
    # Found by scripts/api_fuzz.py: Django's multipart parser raised, and the API answered 500.
    before = ProjectDocument.objects.count()
    response = client_for(world.pm_alice).post(
        f"/api/v1/projects/{world.project_a.pk}/documents",
        data=b"title=x",
        content_type="multipart/form-data",
    )
    assert response.status_code == 422
    assert fields(response) == {"body"}
    assert "multipart" in response.json()["errors"][0]["message"]
    assert ProjectDocument.objects.count() == before


def test_a_submitted_document_takes_no_new_file(world):
    pm = client_for(world.pm_alice)
    document = world.doc_a_shared
    url = f"/api/v1/documents/{document.pk}"
    submitted = pm.post(
        f"{url}/transitions/submit",
        {
            "meaning": "authored",
            "username": world.pm_alice.username,
            "password": PASSWORD,
            "acknowledge": True,
            "edit_version": document.edit_version,
        },
        content_type="application/json",
    )
    assert submitted.status_code == 200, submitted.content
    refused = pm.post(
        f"{url}/versions",
        data={"file": _file("late.pdf", b"%PDF late")},
        headers={"If-Match": submitted["ETag"]},
    )
    assert refused.status_code == 422
    assert fields(refused) == {"file"}
    assert ProjectDocumentVersion.objects.filter(document=document).count() == 1


def test_a_stale_version_upload_is_refused(world):
    pm = client_for(world.pm_alice)
    created = _upload(world, pm)
    url = f"/api/v1/documents/{created.json()['id']}"
    first = pm.post(
        f"{url}/versions",
        data={"file": _file("v2.pdf", b"%PDF v2")},
        headers={"If-Match": created["ETag"]},
    )
    assert first.status_code == 201
    stale = pm.post(
        f"{url}/versions",
        data={"file": _file("v3.pdf", b"%PDF v3")},
        headers={"If-Match": created["ETag"]},
    )
    assert stale.status_code == 412
    assert pm.post(f"{url}/versions", data={"file": _file("v4.pdf", b"%PDF")}).status_code == 428
    assert [v["number"] for v in pm.get(f"{url}/versions").json()["items"]] == [2, 1]


def test_a_document_is_renamed_and_reshared_with_if_match(world):
    pm = client_for(world.pm_alice)
    document = world.doc_a_internal
    url = f"/api/v1/documents/{document.pk}"
    etag = pm.get(url)["ETag"]
    changed = pm.patch(
        url,
        data={"visibility": "shared"},
        content_type="application/json",
        headers={"If-Match": etag},
    )
    assert changed.status_code == 200, changed.content
    assert changed.json()["visibility"] == "shared"
    stale = pm.patch(
        url, data={"title": "Again"}, content_type="application/json", headers={"If-Match": etag}
    )
    assert stale.status_code == 412
    assert client_for(world.sponsor_a_manager).get(url).status_code == 200


def test_the_page_uploads_a_new_version_through_the_same_service(world):
    pm = client_for(world.pm_alice)
    document = world.doc_a_internal
    response = pm.post(
        reverse("projects:document_version_add", args=[document.pk]),
        {"file": _file("schedule-v2.txt", b"v2"), "note": "New dates", "version": 1},
    )
    assert response.status_code == 302, response.content
    page = pm.get(reverse("projects:document_detail", args=[document.pk])).content.decode()
    assert "schedule-v2.txt" in page and "New dates" in page
    api = pm.get(f"/api/v1/documents/{document.pk}/versions").json()
    assert [(v["number"], v["note"]) for v in api["items"]] == [(2, "New dates"), (1, "")]
    old = pm.get(reverse("projects:document_version_download", args=[document.pk, 1]))
    assert content_of(old) == b"internal"
    sponsor = client_for(world.sponsor_a_manager)
    page_url = reverse("projects:document_version_add", args=[document.pk])
    assert sponsor.get(page_url).status_code == 403
