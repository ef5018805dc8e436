"""Proposal reviews, answers, comments and requests for proposal."""

from __future__ import annotations

from django.template.defaultfilters import truncatechars
from django.urls import reverse

from accord.accounts.models import Organization, User
from accord.notifications.events import day, event, people, sponsor_users, users_with_permission
from accord.notifications.services import Message


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
        for user in people([proposal.owner, revision.created_by])
    ]


@event("proposals.proposalrevision.send")
def revision_sent(revision, *, actor=None, **context) -> list[Message]:
    """The sponsor's managers (who answer) and the person who submitted the RFP."""
    proposal = revision.proposal
    submitter = proposal.rfp.submitted_by
    recipients = people(
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


def _proposalpeople(revision) -> list[User]:
    return people([revision.proposal.owner, revision.sent_by])


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
        for user in _proposalpeople(revision)
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
        for user in _proposalpeople(revision)
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
