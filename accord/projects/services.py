"""Every write to projects, their teams and their documents."""

from __future__ import annotations

import datetime as dt
import hashlib
import mimetypes
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction

from accord.accounts.models import Organization, Site, User
from accord.audit.services import audit_record, created, diff, snapshot
from accord.core import concurrency
from accord.core.permissions import require
from accord.core.uploads import file_with_row
from accord.core.workflow import TransitionNotAllowed
from accord.notifications.services import notify
from accord.projects.models import (
    Project,
    ProjectDocument,
    ProjectDocumentVersion,
    ProjectMembership,
    ProjectRole,
)
from accord.projects.staffing import member_add, role_for_responsibility
from accord.projects.workflows import DOCUMENT_WORKFLOW
from accord.signatures.services import signature_apply, signer_authenticate

PROJECT_FIELDS = (
    "sponsor",
    "code",
    "title",
    "molecule",
    "modality",
    "phase",
    "status",
    "site",
    "start_date",
    "target_end_date",
    "description",
    "health",
    "health_reason",
    "data_date",
)
PROJECT_EDITABLE = frozenset(
    {
        "title",
        "molecule",
        "phase",
        "status",
        "health",
        "health_reason",
        "start_date",
        "target_end_date",
        "data_date",
        "description",
    }
)
DOCUMENT_FIELDS = (
    "project",
    "title",
    "original_name",
    "content_type",
    "size_bytes",
    "sha256",
    "visibility",
)

ALLOWED_DOCUMENT_EXTENSIONS = frozenset(
    {".pdf", ".docx", ".xlsx", ".pptx", ".csv", ".txt", ".png", ".jpg", ".jpeg", ".xml", ".zip"}
)


def project_create_authorize(*, actor: User) -> None:
    """Raise ``PermissionDenied`` unless the actor is CDMO staff allowed to create projects."""
    require(actor, "projects.add_project")
    if not actor.is_cdmo_staff:
        raise PermissionDenied("Only CDMO staff create projects.")


@transaction.atomic
def project_create(
    *,
    actor: User | None,
    sponsor: Organization,
    code: str,
    title: str,
    modality: str,
    phase: str,
    site: Site,
    molecule: str = "",
    status: str = Project.Status.PLANNED,
    start_date: dt.date | None = None,
    target_end_date: dt.date | None = None,
    description: str = "",
) -> Project:
    """Create a project for a sponsor. ``actor=None`` only for demo loading."""
    if actor is not None:
        project_create_authorize(actor=actor)
    if not sponsor.is_sponsor:
        raise ValidationError({"sponsor": ["Choose a sponsor organization."]})
    code = code.strip().upper()
    if Project.objects.filter(code=code).exists():
        raise ValidationError({"code": [f"Project code {code} is already in use."]})
    if start_date and target_end_date and target_end_date < start_date:
        raise ValidationError({"target_end_date": ["The target end date is before the start."]})
    project = Project(
        sponsor=sponsor,
        code=code,
        title=title.strip(),
        molecule=molecule.strip(),
        modality=modality,
        phase=phase,
        status=status,
        site=site,
        start_date=start_date,
        target_end_date=target_end_date,
        description=description,
    )
    if actor is not None:
        for hook in _status_change_hooks:
            hook(actor=actor, project=project, before=None, after=project.status)
    project.full_clean()
    project.save()
    audit_record(
        actor=actor,
        action="projects.project.created",
        target=project,
        parent=sponsor,
        changes=created(snapshot(project, PROJECT_FIELDS)),
    )
    if actor is not None:
        # Whoever creates a project manages it until they staff it otherwise.
        _membership_add(actor=actor, project=project, user=actor, role=ProjectRole.PROJECT_MANAGER)
    return project


def project_member_add(
    *,
    actor: User | None,
    project: Project,
    user: User,
    responsibility: str = "",
    role: str | None = None,
) -> ProjectMembership:
    """Put a person on a project team (see ``accord.projects.staffing.member_add``).

    Without a ``role``, the one the responsibility describes ("QA lead and QP" is a QA
    lead), else a team member of the person's side.
    """
    if role is None:
        role = role_for_responsibility(responsibility, sponsor=user.is_sponsor_user)
    return member_add(
        actor=actor, project=project, user=user, role=role, responsibility=responsibility
    )


@transaction.atomic
def project_update(
    *, actor: User, project: Project, reason: str = "", version: int | None = None, **fields
) -> Project:
    """Edit a project's facts and health; a new start or status date reschedules its plan."""
    require(actor, "projects.change_project")
    if not actor.is_cdmo_staff:
        raise PermissionDenied("Only CDMO staff edit projects.")
    unknown = set(fields) - PROJECT_EDITABLE
    if unknown:
        raise ValidationError({"__all__": [f"Unknown fields: {', '.join(sorted(unknown))}"]})
    project = concurrency.locked(project, version, queryset=Project.objects.select_related("site"))
    before = snapshot(project, PROJECT_FIELDS)
    for name, value in fields.items():
        setattr(project, name, value.strip() if isinstance(value, str) else value)
    if project.health != Project.Health.GREEN and not project.health_reason:
        raise ValidationError({"health_reason": ["Say why the project is at risk or off track."]})
    if project.health == Project.Health.GREEN:
        project.health_reason = ""
    if (
        project.start_date
        and project.target_end_date
        and project.target_end_date < project.start_date
    ):
        raise ValidationError({"target_end_date": ["The target end date is before the start."]})
    changes = diff(before, snapshot(project, PROJECT_FIELDS))
    if not changes:
        return project
    if "status" in changes:
        for hook in _status_change_hooks:
            hook(actor=actor, project=project, before=before["status"], after=project.status)
    project.full_clean()
    concurrency.bump(project)
    project.save()
    audit_record(
        actor=actor,
        action="projects.project.updated",
        target=project,
        parent=project.sponsor,
        changes=changes,
        reason=reason,
    )
    if {"start_date", "data_date"} & set(changes):
        from accord.planning.scheduling import reschedule

        reschedule(project)
    if "status" in changes and project.status == Project.Status.COMPLETED:
        from accord.surveys.services import nps_send_for_project  # the sponsor's verdict

        nps_send_for_project(project=project, actor=actor)
    return project


def _membership_add(
    *, actor: User | None, project: Project, user: User, role: str
) -> ProjectMembership:
    membership, was_created = ProjectMembership.objects.get_or_create(
        project=project, user=user, defaults={"role": role}
    )
    if was_created:
        audit_record(
            actor=actor,
            action="projects.membership.added",
            target=membership,
            parent=project,
            changes=created(
                {
                    "user": user.printed_name,
                    "side": "CDMO team",
                    "role": membership.get_role_display(),
                }
            ),
        )
    return membership


@dataclass(frozen=True)
class CheckedUpload:
    name: str
    content_type: str
    size_bytes: int
    sha256: str


def upload_check(upload: UploadedFile) -> CheckedUpload:
    """Refuse a file of a type or size a project document may not have; else what it is."""
    name = Path(upload.name or "").name
    extension = Path(name).suffix.lower()
    if extension not in ALLOWED_DOCUMENT_EXTENSIONS:
        allowed = ", ".join(sorted(ALLOWED_DOCUMENT_EXTENSIONS))
        raise ValidationError(
            {"file": [f"Files of type {extension or '(none)'} are not accepted; use {allowed}."]}
        )
    limit = settings.ACCORD_MAX_UPLOAD_MB * 1024 * 1024
    if upload.size > limit:
        raise ValidationError(
            {"file": [f"The file is larger than {settings.ACCORD_MAX_UPLOAD_MB} MB."]}
        )
    digest = hashlib.sha256()
    for chunk in upload.chunks():
        digest.update(chunk)
    upload.seek(0)
    return CheckedUpload(
        name=name,
        content_type=mimetypes.guess_type(name)[0] or "application/octet-stream",
        size_bytes=upload.size,
        sha256=digest.hexdigest(),
    )


def document_upload(
    *,
    actor: User,
    project: Project,
    title: str,
    upload: UploadedFile,
    visibility: str = ProjectDocument.Visibility.INTERNAL,
) -> ProjectDocument:
    """Attach a file to a project. The file is written before its row commits and removed
    if the row does not (``accord.core.uploads``): no orphaned file, no row without one."""
    require(actor, "projects.add_projectdocument")
    if not actor.is_cdmo_staff:
        raise PermissionDenied("Only CDMO staff attach project documents.")
    checked = upload_check(upload)
    document = ProjectDocument(
        project=project,
        title=title.strip() or checked.name,
        original_name=checked.name,
        content_type=checked.content_type,
        size_bytes=checked.size_bytes,
        sha256=checked.sha256,
        visibility=visibility,
        uploaded_by=actor,
    )
    field = document.file.field
    stored_name = field.generate_filename(document, checked.name)
    with file_with_row(stored_name, upload, storage=field.storage) as pending:
        document.file.name = pending.name
        _document_add(actor=actor, document=document)
    return document


@transaction.atomic
def _document_add(*, actor: User, document: ProjectDocument) -> None:
    document.full_clean()
    document.save()
    # The first file is the document's version 1; later uploads add versions 2, 3 ...
    ProjectDocumentVersion.objects.create(
        document=document,
        number=1,
        file=document.file.name,
        original_name=document.original_name,
        content_type=document.content_type,
        size_bytes=document.size_bytes,
        sha256=document.sha256,
        uploaded_by=actor,
    )
    audit_record(
        actor=actor,
        action="projects.document.uploaded",
        target=document,
        parent=document.project,
        changes=created(snapshot(document, DOCUMENT_FIELDS)),
    )


@transaction.atomic
def document_update(
    *,
    actor: User,
    document: ProjectDocument,
    title: str,
    visibility: str,
    reason: str = "",
    version: int | None = None,
) -> ProjectDocument:
    """Rename or re-share a document. Frozen fields stay frozen; later changes need a reason.

    ``version`` is the document's ``edit_version`` the editor read."""
    require(actor, "projects.change_projectdocument")
    document = concurrency.locked(document, version)
    before = snapshot(document, DOCUMENT_FIELDS)
    proposed = {"title": title.strip(), "visibility": visibility}
    changed = {name for name, value in proposed.items() if before[name] != value}
    if not changed:
        return document
    DOCUMENT_WORKFLOW.check_edit(document, changed, reason)
    if "title" in changed:
        document.version += 1  # the signed content changed
    document.title = proposed["title"]
    document.visibility = visibility
    concurrency.bump(document)
    document.full_clean()
    document.save()
    audit_record(
        actor=actor,
        action="projects.document.updated",
        target=document,
        parent=document.project,
        changes=diff(before, snapshot(document, DOCUMENT_FIELDS)),
        reason=reason,
    )
    return document


def document_transition(
    *,
    actor: User,
    document: ProjectDocument,
    name: str,
    meaning: str = "",
    username: str | None = None,
    password: str = "",
    reason: str = "",
    acknowledge: bool = False,
    version: int | None = None,
) -> ProjectDocument:
    """Move a document through its workflow, signing where the workflow says so.

    ``version`` is the ``edit_version`` the actor read: a signature never covers a title
    or a state that changed since."""
    concurrency.check(document, version)
    transition = DOCUMENT_WORKFLOW.check(document, name, actor, author_id=document.uploaded_by_id)
    if transition.reason_required and not reason.strip():
        raise ValidationError({"reason": [f"Give a reason to {transition.label.lower()}."]})
    full_credentials = False
    if transition.signature:
        if meaning != transition.signature:
            raise ValidationError(
                {"meaning": [f"Choose the meaning of this signature: {transition.signature}."]}
            )
        # Outside the transaction: a failed attempt stays recorded (and counts to lockout).
        full_credentials = signer_authenticate(
            actor=actor, username=username, password=password, acknowledge=acknowledge
        )
    with transaction.atomic():
        locked = concurrency.locked(document, version)
        if locked.status != document.status:
            raise TransitionNotAllowed("Someone else changed this document just now; reload it.")
        DOCUMENT_WORKFLOW.check(locked, name, actor, author_id=locked.uploaded_by_id)
        before = locked.status
        locked.status = transition.target
        concurrency.bump(locked)
        locked.save(update_fields=["status", "edit_version"])
        audit_record(
            actor=actor,
            action=f"projects.document.{transition.name}",
            target=locked,
            parent=locked.project,
            changes={"status": [before, locked.status]},
            reason=reason,
        )
        if transition.signature:
            signature_apply(
                actor=actor,
                record=locked,
                meaning=transition.signature,
                full_credentials=full_credentials,
                reason=reason,
                transition=transition.name,
            )
        notify(f"projects.document.{transition.name}", locked, actor=actor, reason=reason)
        if locked.status == ProjectDocument.Status.APPROVED:
            for hook in _document_approved_hooks:
                hook(actor=actor, document=locked)
    return locked


# Called, inside the approval's transaction, when a document is approved at a version:
# the training app reopens training for those who must read it (R-TRN-2).
_document_approved_hooks: list = []


def register_document_approved(hook) -> None:
    if hook not in _document_approved_hooks:
        _document_approved_hooks.append(hook)


# Called, inside the edit's transaction, before a project's status changes (and when a
# project is created by a person): a hook raises ValidationError to refuse the change. The
# lessons app refuses to complete or cancel a project without its submitted review.
_status_change_hooks: list = []


def register_status_change(hook) -> None:
    if hook not in _status_change_hooks:
        _status_change_hooks.append(hook)
