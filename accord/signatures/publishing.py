"""Publishing a draft to the sponsor portal with the publisher's Part 11 signature.

Status reports and business reviews are both drafted by CDMO staff from a snapshot,
then published with a signature meaning "authored": the publisher answers for every word
and figure the sponsor reads. They publish the same way, so the rules live here once:

- the signer signs the version they read (a signature never covers content that changed
  since), and the executive summary must be written;
- credentials are checked before the transaction, so a failed attempt stays recorded
  and counts toward lockout even though nothing else is written;
- inside one transaction: the record is locked and checked again, published, audited,
  signed, and the sponsor notified.

Each app declares its ``SignedPublication`` once, next to its services; its publish
service and its publish page call ``signed_publish`` and ``signed_publish_page``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from accord.accounts.models import User
from accord.audit.services import audit_record, diff, snapshot
from accord.core import concurrency
from accord.core.concurrency import VersionField
from accord.core.errors import apply_to_forms
from accord.core.workflow import TransitionNotAllowed, Workflow
from accord.notifications.services import notify
from accord.signatures.services import signature_apply, signer_authenticate
from accord.signatures.session import signature_form, signature_recorded, signer_credentials

PUBLISHED_FIELDS = ("status", "published_at", "published_by")


class PublicationStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    PUBLISHED = "published", "Published"


class Publishable:
    """What a model published this way has: ``status`` (``PublicationStatus``),
    ``published_at``, ``published_by``, ``summary``, ``content``, ``version``."""

    Status = PublicationStatus

    @property
    def is_draft(self) -> bool:
        return self.status == PublicationStatus.DRAFT

    @property
    def is_published(self) -> bool:
        return self.status == PublicationStatus.PUBLISHED


def content_digest(content: dict) -> str:
    """A short fingerprint of a snapshot for the audit trail (the snapshot itself is big)."""
    text = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass(frozen=True)
class SignedPublication:
    """How one kind of record is published: its workflow (with a "publish" transition
    that needs a signature), who may see it, how to lock it, and its words."""

    workflow: Workflow
    visible_to: Callable[[User], models.QuerySet]
    lock: Callable[[Any, int | None], Any]
    parent: Callable[[Any], models.Model]
    action: str  # the audit action, and the kind of the notification sent
    noun: str  # "report": "You cannot act on this report."
    plural: str  # "status reports": "Only CDMO staff publish status reports."
    # Checks of the locked record before it is published (raise ValidationError).
    check_locked: Callable[[Any], None] | None = None


def signed_publish(
    publication: SignedPublication,
    *,
    actor: User,
    record,
    meaning: str,
    username: str | None,
    password: str,
    acknowledge: bool = False,
    reason: str = "",
    version: int | None = None,
):
    """Publish ``record`` to the sponsor portal, signed by ``actor`` as its author."""
    noun = publication.noun
    concurrency.check(record, version)
    transition = publication.workflow.check(record, "publish", actor)
    if not actor.is_cdmo_staff:
        raise PermissionDenied(f"Only CDMO staff publish {publication.plural}.")
    if not publication.visible_to(actor).filter(pk=record.pk).exists():
        raise PermissionDenied(f"You cannot act on this {noun}.")
    if meaning != transition.signature:
        raise ValidationError(
            {"meaning": [f"Choose the meaning of this signature: {transition.signature}."]}
        )
    if not record.summary.strip():
        raise ValidationError({"summary": ["Write the executive summary before publishing."]})
    # Outside the transaction: a failed attempt stays recorded (and counts to lockout).
    full_credentials = signer_authenticate(
        actor=actor, username=username, password=password, acknowledge=acknowledge
    )
    with transaction.atomic():
        locked = publication.lock(record, version)
        if locked.status != record.status:
            raise TransitionNotAllowed(f"Someone else published this {noun} just now; reload it.")
        publication.workflow.check(locked, "publish", actor)
        if publication.check_locked is not None:
            publication.check_locked(locked)
        before = snapshot(locked, PUBLISHED_FIELDS)
        locked.status = transition.target
        locked.published_at = timezone.now()
        locked.published_by = actor
        concurrency.bump(locked)
        locked.full_clean(validate_constraints=False)
        locked.save()
        audit_record(
            actor=actor,
            action=publication.action,
            target=locked,
            parent=publication.parent(locked),
            changes={
                **diff(before, snapshot(locked, PUBLISHED_FIELDS)),
                "content_sha256": [None, content_digest(locked.content)],
            },
            reason=reason,
        )
        signature_apply(
            actor=actor,
            record=locked,
            meaning=transition.signature,
            full_credentials=full_credentials,
            reason=reason,
            transition=transition.name,
        )
        notify(publication.action, locked, actor=actor)
    return locked


def signed_publish_page(
    request: HttpRequest,
    publication: SignedPublication,
    record,
    *,
    publish: Callable[..., Any],
    back: str,
    template: str,
    context: dict,
    published: str,
) -> HttpResponse:
    """The publish page: the signing form (with the version the signer read), then
    ``publish(actor=..., meaning=..., reason=..., version=..., username=..., ...)``.

    ``back`` is the record's page, where a refusal or the success (``published``) is said.
    """
    try:
        transition = publication.workflow.check(record, "publish", request.user)
    except TransitionNotAllowed as exc:
        messages.error(request, str(exc))
        return redirect(back)
    signing = signature_form(request, meaning=transition.signature)
    signing.fields["version"] = VersionField(initial=record.version)
    if request.method == "POST" and signing.is_valid():
        data = signing.cleaned_data
        try:
            publish(
                actor=request.user,
                meaning=data.get("meaning", ""),
                reason=data.get("reason", ""),
                version=data["version"],
                **signer_credentials(signing),
            )
        except ValidationError as exc:
            apply_to_forms(exc, signing)
        except TransitionNotAllowed as exc:
            messages.error(request, str(exc))
            return redirect(back)
        else:
            signature_recorded(request, signing)
            messages.success(request, published)
            return redirect(back)
    return render(request, template, {**context, "form": signing})
