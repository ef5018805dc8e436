"""Files stored together with the database row that points to them: a committed row's
file always exists, and a file whose row never committed does not stay behind.

The file and the row cannot share one transaction, so one of them has to come first.
The file does: it is written at its final name *before* the row commits, so there is no
moment at which a committed row points to a file that is not there yet (moving a
temporary file into place after the commit would open exactly that window: a process
that dies between the commit and the move loses a committed record's file).

What is left is the other way round: a file whose row never commits (the audit write
fails, the commit fails, an outer transaction rolls back, the process dies). So before
the file is written, a small *pending marker* naming it is written under ``.pending/``
in the same storage; the marker is removed once the row's transaction has committed.

- A failure the writing code sees (an exception inside the transaction or at its
  commit) removes the file and its marker at once.
- A failure it cannot see (an outer transaction rolled back later, a killed process)
  leaves the marker. ``pending_files_sweep`` (a periodic job) removes every file whose
  marker is older than ``PENDING_GRACE`` and that no row points to, then the marker.

Nothing here ever removes a file that a row of any ``FileField`` points to.

Files are content addressed (``accord.core.storage.content_name``): stored under their
SHA-256, which downloads check again. A write the file store refuses (full, read-only)
raises ``StoreUnavailable`` with nothing left behind: no file, no marker, and no row or
audit event, since the row's transaction has not begun.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial

from django.apps import apps
from django.core.files.base import ContentFile, File
from django.core.files.storage import Storage, default_storage
from django.db import DatabaseError, models, transaction
from django.utils import timezone

from accord.core.storage import content_name, store_refusal

logger = logging.getLogger("accord.uploads")

PENDING_DIR = ".pending"
# Longer than any transaction may run (statement and lock timeouts are far shorter), so
# the sweep never takes the file of an upload that is still on its way to commit.
PENDING_GRACE = dt.timedelta(hours=1)


@dataclass(frozen=True)
class PendingFile:
    """A file written at its final ``name`` whose row has not committed yet."""

    storage: Storage
    name: str
    marker: str


def _marker_name() -> str:
    return f"{PENDING_DIR}/{uuid.uuid4().hex}"


def content_sha256(content: File) -> str:
    """The SHA-256 of ``content``, read from its start; it is left at its start."""
    digest = hashlib.sha256()
    content.seek(0)
    for chunk in content.chunks():
        digest.update(chunk)
    content.seek(0)
    return digest.hexdigest()


def file_store(storage: Storage, name: str, content: File) -> PendingFile:
    """Write ``content`` under its SHA-256 in the folder of ``name``, marked pending.

    The stored name is ``<folder of name>/sha256/ab/cd/<sha256>`` (``content_name``), or
    a free variant of it: identical content uploaded twice is stored twice, so removing
    one upload's file never takes another's. A write the store refuses (full, read-only)
    leaves nothing behind, neither part of the file nor its marker, and raises
    ``StoreUnavailable``.
    """
    marker = _marker_name()
    name = storage.get_available_name(content_name(name, content_sha256(content)))
    written: list[str] = []
    try:
        written.append(marker)
        marker = storage.save(marker, ContentFile(name.encode()))
        written.append(name)
        stored = storage.save(name, content)
        if stored != name:
            # Someone took the name in between: the marker must name the file written.
            written.append(stored)
            storage.delete(marker)
            marker = storage.save(_marker_name(), ContentFile(stored.encode()))
    except OSError as exc:
        _remove_partial(storage, written)
        refusal = store_refusal(exc)
        if refusal is None:
            raise
        logger.error("Upload %s refused by the file store: %s", name, exc)
        raise refusal from exc
    return PendingFile(storage=storage, name=stored, marker=marker)


def _remove_partial(storage: Storage, names: list[str]) -> None:
    """After a refused write: remove what was begun (a file only if no row has it)."""
    for name in reversed(names):
        try:
            if storage.exists(name) and (name.startswith(PENDING_DIR) or not file_referenced(name)):
                storage.delete(name)
        except (OSError, DatabaseError):
            # Its marker stays too (it is removed last), so the sweep finds the file.
            logger.warning("Upload: could not remove the partial %s; left to the sweep.", name)
            return


def file_referenced(name: str) -> bool:
    """Whether a row of any model points to the stored file ``name``."""
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if isinstance(field, models.FileField) and (
                model._base_manager.filter(**{field.name: name}).exists()
            ):
                return True
    return False


def _forget_marker(pending: PendingFile) -> None:
    pending.storage.delete(pending.marker)


def file_discard(pending: PendingFile) -> None:
    """After a failed write: remove the file unless a row points to it, and its marker.

    When the database cannot answer (a broken connection), both stay for the sweep.
    """
    try:
        keep = file_referenced(pending.name)
    except DatabaseError:
        logger.warning("Upload %s: cannot check its row now; left to the sweep.", pending.name)
        return
    if not keep:
        pending.storage.delete(pending.name)
    pending.storage.delete(pending.marker)


@contextmanager
def file_with_row(
    name: str, content: File, *, storage: Storage | None = None
) -> Iterator[PendingFile]:
    """Store ``content`` for the row that the ``with`` block writes in its transaction.

    Open the block outside the transaction that writes the row::

        with file_with_row(name, upload) as pending:
            with transaction.atomic():
                row.file.name = pending.name
                row.save()
                audit_record(...)

    If the block raises (also when the commit itself fails), the file is removed. If the
    block ran inside an outer transaction, the marker goes when that one commits; if it
    never does, the sweep removes the file.
    """
    pending = file_store(storage or default_storage, name, content)
    try:
        yield pending
    except BaseException:
        file_discard(pending)
        raise
    # Outside any transaction this runs at once; inside one, after it commits.
    transaction.on_commit(partial(_forget_marker, pending), robust=True)


def pending_files_sweep(*, storage: Storage | None = None, now: dt.datetime | None = None) -> int:
    """Remove the files of uploads that never committed; returns how many were removed.

    Runs periodically (``accord.core.periodic``). Only markers older than
    ``PENDING_GRACE`` are looked at; a file that a row points to is never removed (its
    marker outlived a commit whose process died before removing it).
    """
    storage = storage or default_storage
    now = now or timezone.now()
    try:
        _, markers = storage.listdir(PENDING_DIR)
    except FileNotFoundError:
        return 0
    removed = 0
    for marker_file in markers:
        marker = f"{PENDING_DIR}/{marker_file}"
        if now - storage.get_modified_time(marker) < PENDING_GRACE:
            continue
        with storage.open(marker, "rb") as handle:
            name = handle.read().decode()
        if name and not file_referenced(name) and storage.exists(name):
            storage.delete(name)
            removed += 1
            logger.info("Removed %s: its upload never committed.", name)
        storage.delete(marker)
    return removed
