"""Stored files: content addressed, checked on download, and a refused write leaves nothing.

New uploads are stored under their SHA-256 (``accord.core.storage.content_name``); every
download hashes the stored bytes again and refuses to send them when they differ from the
row's SHA-256 (a clear page or a 500 JSON answer, logged and audited). A file store that
is full or read-only (fault injection: storages whose ``_save`` fails) answers a clear
error on the page and 503 in the API, with no row, no audit event, no file and no
pending marker left behind.
"""

from __future__ import annotations

import errno
import hashlib
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage, default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from accord.audit.models import AuditEvent
from accord.core import clock, uploads
from accord.core.storage import content_name
from accord.projects import services as project_services
from accord.projects.models import ProjectDocument
from accord.service import services as service_services
from accord.service.models import Concern, ConcernAttachment
from tests.conftest import World, client_for

CONTENT = b"%PDF-1.4 Aurora batch record"
DIGEST = hashlib.sha256(CONTENT).hexdigest()


class FullStorage(FileSystemStorage):
    """A disk that fills up during the upload: part of the file is on disk, then ENOSPC.
    Pending markers (a few bytes) still fit."""

    def _save(self, name, content):
        if name.startswith(uploads.PENDING_DIR):
            return super()._save(name, content)
        super()._save(name, ContentFile(b"%PDF-1.4 Aur"))
        raise OSError(errno.ENOSPC, "No space left on device")


class ReadOnlyStorage(FileSystemStorage):
    """A file store mounted read-only: no write succeeds, not even a marker."""

    def _save(self, name, content):
        raise OSError(errno.EROFS, "Read-only file system")


def _files() -> list[str]:
    root = Path(settings.MEDIA_ROOT)
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def _pdf(name: str = "batch-record.pdf", body: bytes = CONTENT) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, body, content_type="application/pdf")


def _document(world: World, body: bytes = CONTENT) -> ProjectDocument:
    return project_services.document_upload(
        actor=world.pm_alice,
        project=world.project_a,
        title="Aurora batch record",
        upload=_pdf(body=body),
    )


def _concern(world: World) -> Concern:
    with clock.story_clock(), clock.story_moment(clock.now()):
        return service_services.concern_raise(
            actor=world.sponsor_a_manager,
            sponsor=world.sponsor_a,
            project=world.project_a,
            title="Aurora CoA names the wrong lot",
            description="The certificate of analysis names lot 17; we received lot 18.",
            category="quality",
            urgency="high",
        )


def _use_storage(settings, backend: type[FileSystemStorage]) -> None:
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": f"{backend.__module__}.{backend.__qualname__}"},
    }


# --------------------------------------------------------------------------- names


def test_content_names_keep_the_folder_and_name_the_file_by_its_sha256():
    assert content_name("sponsors/3/projects/7/report.pdf", "abcdef" + "0" * 58) == (
        "sponsors/3/projects/7/sha256/ab/cd/abcdef" + "0" * 58
    )
    assert content_name("report.pdf", "ff" * 32) == f"sha256/ff/ff/{'ff' * 32}"


@pytest.mark.req("BR-3")
def test_an_upload_is_stored_under_its_sha256_and_keeps_its_own_name(world):
    document = _document(world)
    assert document.file.name == (
        f"sponsors/{world.sponsor_a.pk}/projects/{world.project_a.pk}/sha256/"
        f"{DIGEST[:2]}/{DIGEST[2:4]}/{DIGEST}"
    )
    assert document.original_name == "batch-record.pdf" and document.sha256 == DIGEST
    # The same bytes again: a file of its own, so removing one never takes the other's.
    again = _document(world)
    assert again.file.name != document.file.name
    assert Path(again.file.name).name.startswith(DIGEST)
    download = client_for(world.pm_alice).get(
        reverse("projects:document_download", args=[again.pk])
    )
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == CONTENT
    assert download["Content-Disposition"] == 'attachment; filename="batch-record.pdf"'


@pytest.mark.req("BR-3")
def test_a_row_of_an_older_name_still_downloads(world):
    document = _document(world)
    old_name = f"sponsors/{world.sponsor_a.pk}/projects/{world.project_a.pk}/batch-record.pdf"
    default_storage.save(old_name, ContentFile(CONTENT))
    ProjectDocument.objects.filter(pk=document.pk).update(file=old_name)
    response = client_for(world.pm_alice).get(
        reverse("projects:document_download", args=[document.pk])
    )
    assert response.status_code == 200 and b"".join(response.streaming_content) == CONTENT


# --------------------------------------------------------------------------- downloads


@pytest.mark.req("BR-3")
def test_an_altered_file_is_never_sent_and_the_problem_is_audited(world):
    document = _document(world)
    with default_storage.open(document.file.name, "wb") as stored:
        stored.write(b"%PDF-1.4 Aurora batch recorD")  # one byte changed on disk
    page = client_for(world.pm_alice).get(reverse("projects:document_download", args=[document.pk]))
    assert page.status_code == 500
    text = page.content.decode()
    assert "does not match the fingerprint (SHA-256) recorded when it was uploaded" in text
    assert "recorD" not in text and "batch-record.pdf" in text
    api = client_for(world.pm_alice).get(f"/api/v1/documents/{document.pk}/download")
    assert api.status_code == 500
    assert api.json()["code"] == "file_integrity"
    assert "does not match the fingerprint" in api.json()["detail"]
    events = AuditEvent.objects.filter(action="core.file.integrity_failed")
    assert events.count() == 2
    assert {e.actor_id for e in events} == {world.pm_alice.pk}


@pytest.mark.req("BR-3")
def test_a_missing_file_answers_a_clear_page(world):
    concern = _concern(world)
    attachment = service_services.concern_attach(
        actor=world.sponsor_a_manager, concern=concern, upload=_pdf("coa.pdf")
    )
    default_storage.delete(attachment.file.name)
    page = client_for(world.pm_alice).get(
        reverse("service:concern_file", args=[concern.pk, attachment.pk])
    )
    assert page.status_code == 500
    assert "The stored file of “coa.pdf” is missing from the file store" in page.content.decode()


def test_a_concern_attachment_downloads_byte_identical(world):
    concern = _concern(world)
    attachment = service_services.concern_attach(
        actor=world.sponsor_a_manager, concern=concern, upload=_pdf("coa.pdf")
    )
    assert "/sha256/" in attachment.file.name
    response = client_for(world.pm_alice).get(
        reverse("service:concern_file", args=[concern.pk, attachment.pk])
    )
    assert response.status_code == 200 and b"".join(response.streaming_content) == CONTENT


# --------------------------------------------------------------------------- store full


@pytest.mark.req("DI-5")
@pytest.mark.parametrize(
    ("backend", "words"), [(FullStorage, "full"), (ReadOnlyStorage, "read-only")]
)
def test_a_refused_document_upload_on_the_page_saves_nothing(world, settings, backend, words):
    before_files, before_events = _files(), AuditEvent.objects.count()
    _use_storage(settings, backend)
    response = client_for(world.pm_alice).post(
        reverse("projects:document_upload", args=[world.project_a.pk]),
        {"title": "Aurora batch record", "file": _pdf(), "visibility": "internal"},
    )
    assert response.status_code == 200
    assert f"The file store is {words}; nothing was saved." in response.content.decode()
    assert not ProjectDocument.objects.filter(title="Aurora batch record").exists()
    assert AuditEvent.objects.count() == before_events
    assert _files() == before_files  # no part of the file, no pending marker


@pytest.mark.req("DI-5")
def test_a_refused_document_upload_in_the_api_answers_503(world, settings):
    before_files, before_events = _files(), AuditEvent.objects.count()
    _use_storage(settings, FullStorage)
    response = client_for(world.pm_alice).post(
        f"/api/v1/projects/{world.project_a.pk}/documents",
        data={"title": "Aurora batch record", "file": _pdf()},
    )
    assert response.status_code == 503
    body = response.json()
    assert body["code"] == "store_unavailable"
    assert body["detail"] == "The file store is full; nothing was saved. Try again later."
    assert body["errors"][0]["field"] == "file"
    assert not ProjectDocument.objects.filter(title="Aurora batch record").exists()
    assert AuditEvent.objects.count() == before_events
    assert _files() == before_files


@pytest.mark.req("DI-5")
def test_a_refused_concern_attachment_saves_nothing_on_the_page_or_in_the_api(world, settings):
    concern = _concern(world)
    before_files, before_events = _files(), AuditEvent.objects.count()
    _use_storage(settings, ReadOnlyStorage)
    sponsor = client_for(world.sponsor_a_manager)
    page = sponsor.post(
        reverse("service:concern", args=[concern.pk]),
        {"action": "attach", "attach-file": _pdf("coa.pdf")},
    )
    assert page.status_code == 200
    assert "The file store is read-only; nothing was saved." in page.content.decode()
    _use_storage(settings, FullStorage)
    api = sponsor.post(f"/api/v1/concerns/{concern.pk}/files", data={"file": _pdf("coa.pdf")})
    assert api.status_code == 503 and api.json()["code"] == "store_unavailable"
    assert not ConcernAttachment.objects.filter(concern=concern).exists()
    assert AuditEvent.objects.count() == before_events
    assert _files() == before_files
