"""Who an event waits for, and what they are told.

Each builder takes the changed record (and the acting user) and returns the messages of
the event: candidates and text. ``services.deliver`` then keeps only the recipients whose
selector shows them the record, so a builder may cast its net wide. Texts use only what
the recipient's pages show: a sponsor's message names the project, the reference and the
title, never a price, an internal note or an internal risk.

Event names are the audit actions of the changes they follow.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from django.db.models import F, QuerySet
from django.template.defaultfilters import date as date_format
from django.template.defaultfilters import truncatechars
from django.urls import reverse

from accord.accounts.models import Organization, User
from accord.notifications.services import Message

Builder = Callable[..., list[Message]]
EVENTS: dict[str, Builder] = {}


def event(*names: str) -> Callable[[Builder], Builder]:
    def register(builder: Builder) -> Builder:
        for name in names:
            EVENTS[name] = builder
        return builder

    return register


def day(value) -> str:
    return date_format(value, "j M Y") if value else ""


def sentence(text: str, limit: int = 400) -> str:
    """``text`` shortened to ``limit`` characters and ending like a sentence."""
    text = truncatechars(text.strip(), limit)
    return text if text.endswith((".", "!", "?", "…")) else f"{text}."


def users_with_permission(permission: str) -> QuerySet[User]:
    """Active users holding ``permission`` through a role of their own audience."""
    app_label, codename = permission.split(".", 1)
    return (
        User.objects.filter(
            is_active=True,
            roles__permissions__content_type__app_label=app_label,
            roles__permissions__codename=codename,
            roles__audience=F("organization__kind"),
        )
        .select_related("organization")
        .distinct()
    )


def project_staff(project, permission: str = "") -> QuerySet[User]:
    """The project's CDMO team members (holding ``permission``, if given)."""
    members = (
        users_with_permission(permission) if permission else User.objects.filter(is_active=True)
    )
    return members.filter(
        memberships__project=project, organization__kind=Organization.Kind.CDMO
    ).select_related("organization")


def sponsor_users(sponsor_id: int, permission: str = "") -> QuerySet[User]:
    users = users_with_permission(permission) if permission else User.objects.filter(is_active=True)
    return users.filter(organization_id=sponsor_id).select_related("organization")


def _people(*groups: Iterable[User | None]) -> list[User]:
    seen: dict[int, User] = {}
    for group in groups:
        for user in group:
            if user is not None and user.pk not in seen:
                seen[user.pk] = user
    return list(seen.values())


# --------------------------------------------------------------------------- proposals


def _revision_url(revision) -> str:
    return reverse("proposals:revision_detail", args=[revision.pk])


@event("proposals.proposalrevision.submit")
def revision_submitted(revision, *, actor=None, **context) -> list[Message]:
    """Reviewers of every required review still unsigned, each for the kinds their role
    signs; never the revision's author nor the proposal's owner."""
    from accord.proposals.complexity import REVIEW_ROLES
    from accord.proposals.models import ReviewKind
    from accord.proposals.services import revision_missing_reviews

    proposal = revision.proposal
    missing = revision_missing_reviews(revision)
    by_role: dict[str, list[str]] = {}
    for review_kind in missing:
        by_role.setdefault(REVIEW_ROLES[review_kind], []).append(review_kind)
    reviewers = (
        users_with_permission("proposals.review_proposalrevision")
        .filter(organization__kind=Organization.Kind.CDMO, roles__code__in=list(by_role))
        .exclude(pk__in=[revision.created_by_id, proposal.owner_id])
        .prefetch_related("roles")
    )
    by = f" by {actor.printed_name}" if actor else ""
    messages = []
    for reviewer in reviewers:
        codes = {role.code for role in reviewer.roles.all()}
        kinds = [k for role, ks in by_role.items() if role in codes for k in ks]
        if not kinds:
            continue
        labels = ", ".join(ReviewKind(k).label for k in kinds)
        noun = "review" if len(kinds) == 1 else "reviews"
        url = (
            reverse("proposals:review", args=[revision.pk, kinds[0]])
            if len(kinds) == 1
            else _revision_url(revision)
        )
        messages.append(
            Message(
                "proposal_review",
                reviewer,
                revision,
                f"Review to sign: {revision} ({labels})",
                f"{proposal.title} for {proposal.sponsor.name}. Submitted for review{by}; "
                f"your {labels} {noun} is needed before it can be sent.",
                url,
            )
        )
    return messages


@event("proposals.proposalrevision.reviewed")
def revision_reviewed(revision, *, actor=None, review=None, **context) -> list[Message]:
    """The owner and the author hear when the last review approves the revision, or when
    a reviewer rejects it."""
    status = revision.status
    if status == revision.Status.APPROVED:
        title = f"{revision} is approved: ready to send"
        body = (
            f"Every required review of {revision.proposal.title} is signed. "
            "Send it to the sponsor with your signature."
        )
    elif review is not None and review.decision == review.Decision.REJECTED:
        title = f"{revision} was rejected in review"
        body = (
            f"{review.get_kind_display()} review by {review.reviewer.printed_name}: {review.reason}"
        )
    else:
        return []
    proposal = revision.proposal
    return [
        Message("proposal_reviewed", user, revision, title, body, _revision_url(revision))
        for user in _people([proposal.owner, revision.created_by])
    ]


@event("proposals.proposalrevision.send")
def revision_sent(revision, *, actor=None, **context) -> list[Message]:
    """The sponsor's managers (who answer) and the person who submitted the RFP."""
    proposal = revision.proposal
    submitter = proposal.rfp.submitted_by
    recipients = _people(
        sponsor_users(proposal.sponsor_id, "proposals.accept_proposalrevision"),
        [submitter] if submitter.organization_id == proposal.sponsor_id else [],
    )
    valid = f" The offer holds until {day(revision.valid_until)}." if revision.valid_until else ""
    return [
        Message(
            "proposal_sent",
            user,
            revision,
            f"Proposal {revision} is ready for your answer",
            f"{proposal.title}, in answer to {proposal.rfp.number}.{valid} Read it, comment "
            "on it, then accept or decline it in the portal.",
            _revision_url(revision),
        )
        for user in recipients
    ]


def _proposal_people(revision) -> list[User]:
    return _people([revision.proposal.owner, revision.sent_by])


@event("proposals.proposalrevision.accept", "proposals.proposalrevision.decline")
def revision_answered(revision, *, actor=None, reason: str = "", **context) -> list[Message]:
    sponsor = revision.proposal.sponsor
    who = actor.printed_name if actor else sponsor.name
    if revision.status == revision.Status.ACCEPTED:
        title = f"{sponsor.name} accepted {revision}"
        body = f"{who} signed the acceptance of {revision.proposal.title}. Record the win."
    else:
        title = f"{sponsor.name} declined {revision}"
        body = f"{who} declined {revision.proposal.title}. Reason: {reason.strip() or '—'}"
    return [
        Message("proposal_answered", user, revision, title, body, _revision_url(revision))
        for user in _proposal_people(revision)
    ]


@event("proposals.revisioncomment.created")
def revision_commented(comment, *, actor=None, **context) -> list[Message]:
    revision = comment.revision
    return [
        Message(
            "proposal_comment",
            user,
            revision,
            f"{comment.author.printed_name} ({revision.proposal.sponsor.name}) commented on "
            f"{revision}",
            truncatechars(comment.text, 400),
            _revision_url(revision) + "#comments",
        )
        for user in _proposal_people(revision)
    ]


@event("proposals.rfp.created")
def rfp_created(rfp, *, actor=None, **context) -> list[Message]:
    """An RFP a sponsor submitted in the portal (staff who log one need no telling)."""
    if not rfp.submitted_by.is_sponsor_user:
        return []
    due = f" Proposal due {day(rfp.proposal_due)}." if rfp.proposal_due else ""
    return [
        Message(
            "rfp_submitted",
            user,
            rfp,
            f"New RFP from {rfp.sponsor.name}: {rfp.number}",
            f"{rfp.title}, submitted in the portal by {rfp.submitted_by.printed_name}.{due}",
            reverse("proposals:rfp_detail", args=[rfp.pk]),
        )
        for user in users_with_permission("proposals.add_proposal").filter(
            organization__kind=Organization.Kind.CDMO
        )
    ]


# --------------------------------------------------------------------------- change orders


def _change_order_name(change_order) -> str:
    return f"{change_order.project.code} {change_order.reference} {change_order.title}"


@event("changes.changeorder.send")
def change_order_sent(change_order, *, actor=None, **context) -> list[Message]:
    project = change_order.project
    return [
        Message(
            "change_order_decision",
            user,
            change_order,
            f"Change order {_change_order_name(change_order)} waits for your decision",
            f"{project.title}: the CDMO asks your company to accept or reject this change "
            "with your signature.",
            reverse("changes:detail", args=[change_order.pk]),
        )
        for user in sponsor_users(project.sponsor_id, "changes.accept_changeorder")
    ]


@event("changes.changeorder.accept", "changes.changeorder.reject")
def change_order_decided(change_order, *, actor=None, **context) -> list[Message]:
    """On acceptance the project's staff who incorporate change orders are asked to; the
    author and the rest of the CDMO team hear the decision."""
    project = change_order.project
    url = reverse("changes:detail", args=[change_order.pk])
    name = _change_order_name(change_order)
    who = actor.printed_name if actor else project.sponsor.name
    incorporators = (
        list(project_staff(project, "changes.change_changeorder"))
        if change_order.status == change_order.Status.APPROVED
        else []
    )
    messages = [
        Message(
            "change_order_incorporate",
            user,
            change_order,
            f"Incorporate change order {name}",
            f"{who} ({project.sponsor.name}) accepted it. Incorporate it into the plan of "
            f"{project.code} and sign the new baseline.",
            url,
        )
        for user in incorporators
    ]
    if change_order.status == change_order.Status.APPROVED:
        title, body = f"{project.sponsor.name} accepted {name}", f"Accepted by {who}."
    else:
        title = f"{project.sponsor.name} rejected {name}"
        body = f"Rejected by {who}. Reason: {change_order.rejection_reason or '—'}"
    informed = _people(
        [change_order.created_by], project_staff(project, "changes.view_changeorder")
    )
    skip = {user.pk for user in incorporators}
    messages += [
        Message("change_order_decided", user, change_order, title, body, url)
        for user in informed
        if user.pk not in skip
    ]
    return messages


# --------------------------------------------------------------------------- documents


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


def action_item_url(item) -> str:
    return reverse("meetings:detail", args=[item.meeting_id]) + f"#action-{item.pk}"


@event("meetings.action_item.assigned")
def action_item_assigned(item, *, actor=None, **context) -> list[Message]:
    by = f" {actor.printed_name} gave it to you." if actor else ""
    return [
        Message(
            "action_item_assigned",
            item.owner,
            item,
            f"Action item {item.project.code} {item.reference} for you, due {day(item.due_on)}",
            f"{sentence(item.description)} From {item.meeting.reference} {item.meeting.title}.{by}",
            action_item_url(item),
        )
    ]


# --------------------------------------------------------------------------- teams


@event("projects.membership.added")
def team_member_added(membership, *, actor=None, **context) -> list[Message]:
    project = membership.project
    by = f" {actor.printed_name} added you." if actor else ""
    detail = f" ({membership.detail})" if membership.detail else ""
    return [
        Message(
            "team_added",
            membership.user,
            project,
            f"You are on the {project.code} team as {membership.get_role_display()}",
            f"{project.title}{detail}.{by} The team page shows who does what and whom to "
            "call about what.",
            reverse("teams:project_team", args=[project.pk]),
        )
    ]


# --------------------------------------------------------------------------- concerns


def _concern_url(concern) -> str:
    return reverse("service:concern", args=[concern.pk])


def _concern_followers(concern) -> list[User]:
    """Who hears of a concern on the sponsor's side: whoever raised it there, and the
    sponsor's managers (the selector drops anyone who may not see it)."""
    from accord.accounts.roles import SPONSOR_MANAGER

    raiser = [concern.raised_by] if concern.raised_by.is_sponsor_user else []
    managers = sponsor_users(concern.sponsor_id, "service.view_concern").filter(
        roles__code=SPONSOR_MANAGER
    )
    return _people(raiser, managers)


@event("service.concern.raised")
def concern_raised(concern, *, actor=None, **context) -> list[Message]:
    if concern.owner is None:
        return []
    return [
        Message(
            "concern_raised",
            concern.owner,
            concern,
            f"Concern {concern.number} of {concern.sponsor.name} for you to acknowledge",
            f"{sentence(concern.title)} {concern.get_priority_display()} priority, "
            f"{concern.get_category_display().lower()}. Acknowledge it personally.",
            _concern_url(concern),
        )
    ]


_NEWS = {
    "service.concern.acknowledged": "acknowledged by {owner}",
    "service.concern.contacted": "in hand: {owner} recorded the first contact",
    "service.concern.updated": "an update from {actor}",
    "service.concern.waiting": "waiting for your answer",
    "service.concern.escalated": "escalated to {to}",
    "service.concern.resolved": "resolved: please confirm or reopen it",
    "service.concern.closed": "closed without your answer",
}


@event(*_NEWS)
def concern_news(concern, *, actor=None, event_name: str = "", to=None, **context) -> list[Message]:
    what = _NEWS.get(event_name, "news for you").format(
        owner=concern.owner.printed_name if concern.owner else "our team",
        actor=actor.printed_name if actor else "our team",
        to=to.printed_name if to else "",
    )
    return [
        Message(
            "concern_news",
            person,
            concern,
            f"Concern {concern.number}: {what}",
            sentence(concern.title),
            _concern_url(concern),
        )
        for person in _concern_followers(concern)
    ]


_ANSWERS = {
    "service.concern.resumed": "the sponsor answered",
    "service.concern.confirmed": "the sponsor confirmed the resolution",
    "service.concern.reopened": "the sponsor reopened it",
}


@event(*_ANSWERS)
def concern_answered(concern, *, actor=None, event_name: str = "", **context) -> list[Message]:
    if concern.owner is None or actor is None or not actor.is_sponsor_user:
        return []
    return [
        Message(
            "concern_answered",
            concern.owner,
            concern,
            f"Concern {concern.number}: {_ANSWERS.get(event_name, 'the sponsor answered')}",
            f"{sentence(concern.title)} By {actor.printed_name}.",
            _concern_url(concern),
        )
    ]


# --------------------------------------------------------------------------- status reports


@event("reports.statusreport.published")
def status_report_published(report, *, actor=None, **context) -> list[Message]:
    project = report.project
    period = f"{day(report.period_start)} – {day(report.period_end)}"
    return [
        Message(
            "status_report_published",
            user,
            report,
            f"Status report {report.reference} of {project.code} is published",
            f"{project.title}, period {period}. Read it in the portal or download the signed PDF.",
            reverse("reports:detail", args=[project.pk, report.pk]),
        )
        for user in sponsor_users(project.sponsor_id, "reports.view_statusreport")
    ]
