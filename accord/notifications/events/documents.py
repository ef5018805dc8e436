"""Project documents submitted for a decision and decided."""

from __future__ import annotations

from django.urls import reverse

from accord.accounts.models import Organization
from accord.notifications.events import event, project_staff, users_with_permission
from accord.notifications.services import Message


@event("projects.document.submit")
def document_submitted(document, *, actor=None, **context) -> list[Message]:
    """The project's approvers; if the team has none, every approver of documents."""
    project = document.project
    approvers = project_staff(project, "projects.approve_projectdocument").exclude(
        pk=document.uploaded_by_id
    )
    if not approvers.exists():
        approvers = (
            users_with_permission("projects.approve_projectdocument")
            .filter(organization__kind=Organization.Kind.CDMO)
            .exclude(pk=document.uploaded_by_id)
        )
    by = f" by {actor.printed_name}" if actor else ""
    return [
        Message(
            "document_review",
            user,
            document,
            f"Document to approve: {document.title} ({project.code})",
            f"{project.title}: submitted for review and approval{by}. Approve it or reject it "
            "with a reason, with your signature.",
            reverse("projects:document_detail", args=[document.pk]),
        )
        for user in approvers
    ]


@event("projects.document.approve", "projects.document.reject")
def document_decided(document, *, actor=None, reason: str = "", **context) -> list[Message]:
    who = actor.printed_name if actor else "QA"
    if document.status == document.Status.APPROVED:
        title, body = f"{document.title} was approved", f"Approved by {who}."
    else:
        title = f"{document.title} was rejected"
        body = f"Rejected by {who}: {reason.strip() or '—'} It is a draft again."
    return [
        Message(
            "document_decided",
            document.uploaded_by,
            document,
            f"{title} ({document.project.code})",
            body,
            reverse("projects:document_detail", args=[document.pk]),
        )
    ]


# --------------------------------------------------------------------------- meetings
