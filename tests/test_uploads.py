"""Uploads leave no orphaned file, and a committed document's file always exists.

The file is written before its row commits, with a pending marker (``accord.core.uploads``).
These tests break the upload at each point: the audit write raises, the commit itself
fails (a deferred foreign key checked at commit), an outer transaction rolls back, and
the process dies after writing (a marker and a file left behind, which the periodic
sweep removes, never touching a file that a row points to).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from accord.audit.models import AuditEvent
from accord.core import uploads
from accord.core.periodic import SCHEDULE
from accord.projects import services
from accord.projects.models import ProjectDocument
from tests.conftest import build_world

pytestmark = pytest.mark.req("DI-5")

LATER = dt.timedelta(hours=2)


def _files() -> list[str]:
    """Every file under the media root, relative to it (markers included)."""
    root = Path(settings.MEDIA_ROOT)
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def _markers() -> list[str]:
    return [name for name in _files() if name.startswith(uploads.PENDING_DIR)]


def _upload(world, title: str = "Aurora batch record", content: bytes = b"batch record"):
    return services.document_upload(
        actor=world.pm_alice,
        project=world.project_a,
        title=title,
        upload=SimpleUploadedFile("batch-record.pdf", content),
        visibility="internal",
    )


def test_a_committed_upload_has_its_file_and_no_marker(world, django_capture_on_commit_callbacks):
    before = _files()
    with django_capture_on_commit_callbacks(execute=True):
        document = _upload(world)
    assert default_storage.exists(document.file.name)
    assert document.file.name.startswith(f"sponsors/{world.sponsor_a.pk}/projects/")
    assert document.file.read() == b"batch record"
    assert set(_files()) - set(before) == {document.file.name}


def test_a_failed_audit_write_leaves_neither_file_nor_row(world, monkeypatch):
    before, documents = _files(), ProjectDocument.objects.count()
    events = AuditEvent.objects.count()

    def audit_fails(**kwargs):
        raise RuntimeError("audit store unavailable")

    monkeypatch.setattr(services, "audit_record", audit_fails)
    with pytest.raises(RuntimeError, match="audit store unavailable"):
        _upload(world)
    assert _files() == before
    assert ProjectDocument.objects.count() == documents
    assert AuditEvent.objects.count() == events


def test_an_invalid_row_leaves_no_file(world):
    before = _files()
    with pytest.raises(Exception, match="title"):
        _upload(world, title="x" * 300)
    assert _files() == before


@pytest.mark.django_db(transaction=True)
def test_a_commit_that_fails_leaves_neither_file_nor_row(monkeypatch):
    """The row and its audit event are written, then the commit fails: the foreign key of
    the row is checked only at commit (deferred), and by then it names nobody."""
    world = build_world()
    before, documents = _files(), ProjectDocument.objects.count()
    add = services._document_add

    def add_then_break_at_commit(*, actor, document):
        with transaction.atomic():
            add(actor=actor, document=document)
            with connection.cursor() as cursor:
                cursor.execute(
                    f"UPDATE {ProjectDocument._meta.db_table} "  # noqa: S608 - our own table
                    "SET uploaded_by_id = %s WHERE id = %s",
                    [987654321, document.pk],
                )

    monkeypatch.setattr(services, "_document_add", add_then_break_at_commit)
    with pytest.raises(IntegrityError):
        _upload(world)
    assert _files() == before
    assert ProjectDocument.objects.count() == documents


def test_an_outer_rollback_leaves_a_marked_file_that_the_sweep_removes(world):
    """The upload's own transaction is fine, but the one around it rolls back later:
    the code that wrote the file never hears of it. The marker stays, and the sweep
    removes the file once the grace period is over."""
    before, markers = _files(), _markers()
    with transaction.atomic():
        document = _upload(world)
        stored = document.file.name
        transaction.set_rollback(True)
    assert not ProjectDocument.objects.filter(file=stored).exists()
    assert default_storage.exists(stored) and len(_markers()) == len(markers) + 1

    assert uploads.pending_files_sweep() == 0  # within the grace period: maybe in flight
    assert default_storage.exists(stored)
    assert uploads.pending_files_sweep(now=timezone.now() + LATER) == 1
    assert set(_files()) == set(before) - set(markers)


def test_the_sweep_removes_what_a_dead_process_left_and_never_a_documents_file(world):
    """A process died after writing (its file and marker are all that is left); another
    died after its commit but before removing its marker. The sweep removes the first
    file and keeps the second, which a document points to."""
    # The world's own uploads never committed either (each test is a transaction that
    # rolls back), but their documents exist inside it: the sweep keeps their files.
    orphan = uploads.file_store(
        default_storage, "sponsors/1/projects/1/never-committed.pdf", ContentFile(b"lost")
    )
    committed = world.doc_a_shared
    default_storage.save(
        f"{uploads.PENDING_DIR}/left-after-commit", ContentFile(committed.file.name.encode())
    )
    assert uploads.pending_files_sweep(now=timezone.now() + LATER) == 1
    assert not default_storage.exists(orphan.name)
    assert default_storage.exists(committed.file.name)
    assert committed.file.read() == b"AUR batch schedule"
    assert _markers() == []


def test_every_committed_document_of_the_world_still_has_its_file_after_a_sweep(world):
    uploads.pending_files_sweep(now=timezone.now() + LATER)
    for document in ProjectDocument.objects.all():
        assert default_storage.exists(document.file.name), document.title


def test_the_sweep_is_on_the_periodic_schedule():
    entry = next(p for p in SCHEDULE if p.func == "accord.core.uploads.pending_files_sweep")
    assert entry.every is not None and entry.every <= uploads.PENDING_GRACE
