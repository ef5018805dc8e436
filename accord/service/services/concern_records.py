"""What a concern carries besides its story: the records it is linked to (risks, delays,
change orders of the same sponsor) and its files. Each write is one transaction with its
audit event; the R3 steps are in ``concerns``."""

from __future__ import annotations

import hashlib
import mimetypes
from pathlib import Path

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone

from accord.accounts.models import User
from accord.audit.services import audit_record
from accord.changes.models import ChangeOrder
from accord.core import concurrency
from accord.core.uploads import file_with_row
from accord.delays.models import Delay
from accord.risks.models import Risk
from accord.service.models import Concern, ConcernAttachment, ConcernState
from accord.service.workflows import SERVE

S = ConcernState
ALLOWED_ATTACHMENT_EXTENSIONS = frozenset(
    {".pdf", ".docx", ".xlsx", ".csv", ".txt", ".png", ".jpg", ".jpeg", ".msg", ".eml", ".zip"}
)


# --------------------------------------------------------------------------- links


def links_add(
    actor: User,
    concern: Concern,
    risks: list[Risk],
    delays: list[Delay],
    change_orders: list[ChangeOrder],
) -> dict[str, list]:
    from accord.changes.selectors import change_orders_visible_to
    from accord.delays.selectors import delays_visible_to
    from accord.risks.selectors import risks_visible_to

    errors: dict[str, list[str]] = {}
    changes: dict[str, list] = {}
    groups = (
        ("risks", risks, risks_visible_to, concern.risks, lambda r: f"{r.project.code} {r.number}"),
        ("delays", delays, delays_visible_to, concern.delays, lambda d: str(d)),
        (
            "change_orders",
            change_orders,
            change_orders_visible_to,
            concern.change_orders,
            lambda c: c.reference,
        ),
    )
    for name, records, visible, related, label in groups:
        if not records:
            continue
        allowed = set(
            visible(actor)
            .filter(pk__in=[r.pk for r in records], project__sponsor=concern.sponsor)
            .values_list("pk", flat=True)
        )
        if any(r.pk not in allowed for r in records):
            errors[name] = [f"Link {name.replace('_', ' ')} of {concern.sponsor.name}'s projects."]
            continue
        have = set(related.values_list("pk", flat=True))
        new = [r for r in records if r.pk not in have]
        if new:
            related.add(*new)
            changes[name] = [None, ", ".join(label(r) for r in new)]
    if errors:
        raise ValidationError(errors)
    return changes


@transaction.atomic
def concern_link(
    *,
    actor: User,
    concern: Concern,
    risks: list[Risk] = (),
    delays: list[Delay] = (),
    change_orders: list[ChangeOrder] = (),
) -> Concern:
    """Link the records the concern produced or touched: a risk, a delay, a change order
    of the same sponsor's projects. Each reader later sees only those their pages show."""
    concern = concurrency.locked(concern, None, queryset=Concern.objects.select_related("sponsor"))
    if not actor.is_cdmo_staff or not actor.has_perm(SERVE):
        raise PermissionDenied("CDMO staff serving the concern link records to it.")
    changes = links_add(actor, concern, list(risks), list(delays), list(change_orders))
    if not changes:
        raise ValidationError("Choose a record that is not linked yet.")
    audit_record(
        actor=actor,
        action="service.concern.linked",
        target=concern,
        parent=concern.project or concern.sponsor,
        changes=changes,
    )
    return concern


# --------------------------------------------------------------------------- attachments


def concern_attach(*, actor: User, concern: Concern, upload: UploadedFile) -> ConcernAttachment:
    """Add a file to the concern, by the sponsor's people (their own concerns) or by staff
    serving it. The file is written before its row commits and removed if the row does
    not (``accord.core.uploads``)."""
    from accord.service.selectors import concerns_visible_to

    if not concerns_visible_to(actor).filter(pk=concern.pk).exists():
        raise PermissionDenied("Only people who may see the concern add files to it.")
    if actor.is_cdmo_staff and not actor.has_perm(SERVE):
        raise PermissionDenied("CDMO staff serving the concern add files to it.")
    if actor.is_sponsor_user and not actor.has_perm("service.add_concern"):
        raise PermissionDenied("Your roles do not allow you to add files to concerns.")
    if concern.state == S.CLOSED:
        raise ValidationError({"file": [f"{concern.number} is closed: it takes no more files."]})
    name = upload_checked(upload, "file")
    digest = hashlib.sha256()
    for chunk in upload.chunks():
        digest.update(chunk)
    upload.seek(0)
    attachment = ConcernAttachment(
        concern=concern,
        original_name=name[:200],
        content_type=mimetypes.guess_type(name)[0] or "application/octet-stream",
        size_bytes=upload.size,
        sha256=digest.hexdigest(),
        uploaded_by=actor,
        uploaded_at=timezone.now(),
    )
    field = attachment.file.field
    with file_with_row(
        field.generate_filename(attachment, name), upload, storage=field.storage
    ) as pending:
        attachment.file.name = pending.name
        _attachment_add(actor, attachment)
    return attachment


def upload_checked(upload: UploadedFile, field: str) -> str:
    """The upload's plain name, once its type and size are acceptable."""
    name = Path(upload.name or "").name
    extension = Path(name).suffix.lower()
    if extension not in ALLOWED_ATTACHMENT_EXTENSIONS:
        allowed = ", ".join(sorted(ALLOWED_ATTACHMENT_EXTENSIONS))
        raise ValidationError(
            {
                field: [
                    f"{name}: files of type {extension or '(none)'} are not accepted; "
                    f"use {allowed}."
                ]
            }
        )
    limit = settings.ACCORD_MAX_UPLOAD_MB * 1024 * 1024
    if upload.size > limit:
        raise ValidationError(
            {field: [f"{name} is larger than {settings.ACCORD_MAX_UPLOAD_MB} MB."]}
        )
    if upload.size == 0:
        raise ValidationError({field: [f"{name} is empty."]})
    return name


@transaction.atomic
def _attachment_add(actor: User, attachment: ConcernAttachment) -> None:
    attachment.full_clean()
    attachment.save()
    concern = attachment.concern
    audit_record(
        actor=actor,
        action="service.concern.file_added",
        target=concern,
        parent=concern.project or concern.sponsor,
        changes={
            "file": [None, f"{attachment.original_name} ({attachment.size_bytes} bytes)"],
            "sha256": [None, attachment.sha256],
        },
    )
