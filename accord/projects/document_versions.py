"""A new file for a project document: the older one is kept as a numbered version.

Only a draft takes a new file (the workflow freezes the file once a document is in
review, approved or obsolete: a new file of an approved document is a new document, or a
retired one replaced). The signed content (``version``) changes with the file, so a
signature given before never covers the new one."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import Max

from accord.accounts.models import User
from accord.audit.services import audit_record, diff, snapshot
from accord.core import concurrency
from accord.core.permissions import require
from accord.core.uploads import file_with_row
from accord.projects.models import ProjectDocument, ProjectDocumentVersion
from accord.projects.services import DOCUMENT_FIELDS, CheckedUpload, upload_check
from accord.projects.workflows import DOCUMENT_WORKFLOW


def document_version_upload(
    *,
    actor: User,
    document: ProjectDocument,
    upload: UploadedFile,
    note: str = "",
    version: int | None = None,
) -> ProjectDocumentVersion:
    """Replace a draft document's file; the file it had stays as the previous version.

    ``version`` is the document's ``edit_version`` the uploader read. The file is written
    before its row commits and removed if the row does not (``accord.core.uploads``)."""
    require(actor, "projects.change_projectdocument")
    if not actor.is_cdmo_staff:
        raise PermissionDenied("Only CDMO staff upload project documents.")
    checked = upload_check(upload)
    field = ProjectDocumentVersion._meta.get_field("file")
    pending_row = ProjectDocumentVersion(document=document)
    stored_name = field.generate_filename(pending_row, checked.name)
    with file_with_row(stored_name, upload, storage=field.storage) as pending:
        return _version_add(
            actor=actor,
            document=document,
            checked=checked,
            stored_name=pending.name,
            note=note.strip(),
            version=version,
        )


@transaction.atomic
def _version_add(
    *,
    actor: User,
    document: ProjectDocument,
    checked: CheckedUpload,
    stored_name: str,
    note: str,
    version: int | None,
) -> ProjectDocumentVersion:
    document = concurrency.locked(
        document, version, queryset=ProjectDocument.objects.select_related("project")
    )
    DOCUMENT_WORKFLOW.check_edit(document, {"file"}, "")
    highest = document.file_versions.aggregate(m=Max("number"))["m"] or 0
    added = ProjectDocumentVersion(
        document=document,
        number=highest + 1,
        file=stored_name,
        original_name=checked.name,
        content_type=checked.content_type,
        size_bytes=checked.size_bytes,
        sha256=checked.sha256,
        note=note,
        uploaded_by=actor,
    )
    added.full_clean()
    added.save()
    before = snapshot(document, DOCUMENT_FIELDS)
    document.file.name = stored_name
    document.original_name = checked.name
    document.content_type = checked.content_type
    document.size_bytes = checked.size_bytes
    document.sha256 = checked.sha256
    document.version += 1  # the signed content changed
    concurrency.bump(document)
    document.full_clean()
    document.save()
    audit_record(
        actor=actor,
        action="projects.document.version_uploaded",
        target=document,
        parent=document.project,
        changes={
            **diff(before, snapshot(document, DOCUMENT_FIELDS)),
            "file_version": [highest, added.number],
        },
        reason=note,
    )
    return added
