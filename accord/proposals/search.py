"""RFPs, proposals, their revisions and lessons learned in the search (see
``accord.search.registry``). Sponsors find their company's RFPs and the revisions sent
to them, never by the internal pricing notes; postmortems are the CDMO's own."""

from django.urls import reverse

from accord.proposals.models import Postmortem, Proposal, ProposalRevision, Rfp
from accord.proposals.outcomes import postmortems_visible_to
from accord.proposals.selectors import (
    proposals_visible_to,
    revisions_visible_to,
    rfps_visible_to,
)
from accord.search.registry import SearchField, SearchType, day, register

register(
    SearchType(
        key="rfps",
        label="RFPs",
        model=Rfp,
        visible_to=rfps_visible_to,
        fields=(
            SearchField("number", "A"),
            SearchField("title", "A"),
            SearchField("molecule", "B"),
            SearchField("description", "B"),
            SearchField("quantity_text", "C"),
        ),
        title_field="title",
        reference=lambda rfp: rfp.number,
        context=lambda rfp: (
            f"{rfp.sponsor.name} · received {day(rfp.received_on)} · {rfp.get_status_display()}"
        ),
        url=lambda rfp, user: reverse("proposals:rfp_detail", args=[rfp.pk]),
        icon="bi-inbox",
        order=30,
    )
)

register(
    SearchType(
        key="proposals",
        label="Proposals",
        model=Proposal,
        visible_to=proposals_visible_to,
        fields=(SearchField("number", "A"), SearchField("title", "A")),
        title_field="title",
        reference=lambda proposal: proposal.number,
        context=lambda proposal: f"{proposal.sponsor.name} · answers {proposal.rfp.number}",
        url=lambda proposal, user: reverse("proposals:proposal_detail", args=[proposal.pk]),
        icon="bi-file-earmark-richtext",
        order=31,
    )
)

register(
    SearchType(
        key="proposal_revisions",
        label="Proposal revisions",
        model=ProposalRevision,
        visible_to=revisions_visible_to,
        fields=(
            SearchField("summary", "B"),
            SearchField("sponsor_feedback", "B"),
            SearchField("internal_pricing_notes", "C", internal=True),
        ),
        title=lambda revision: revision.proposal.title,
        reference=lambda revision: f"{revision.proposal.number} {revision.reference}",
        context=lambda revision: " · ".join(
            part
            for part in (
                revision.proposal.sponsor.name,
                revision.get_status_display(),
                f"sent {day(revision.sent_on)}" if revision.sent_on else "",
            )
            if part
        ),
        url=lambda revision, user: reverse("proposals:revision_detail", args=[revision.pk]),
        icon="bi-files",
        order=32,
    )
)

register(
    SearchType(
        key="lessons",
        label="Lessons learned",
        model=Postmortem,
        visible_to=postmortems_visible_to,
        fields=(
            SearchField("lessons", "A"),
            SearchField("data_says", "B"),
            SearchField("competitor", "B"),
            SearchField("other_note", "C"),
        ),
        title=lambda postmortem: f"Lost: {postmortem.rfp.title}",
        reference=lambda postmortem: postmortem.rfp.number,
        context=lambda postmortem: " · ".join(
            part
            for part in (
                postmortem.rfp.sponsor.name,
                f"recorded {day(postmortem.recorded_at)}",
                f"went to {postmortem.competitor}" if postmortem.competitor else "",
            )
            if part
        ),
        url=lambda postmortem, user: reverse("proposals:postmortem_detail", args=[postmortem.pk]),
        date_field="recorded_at",
        icon="bi-lightbulb",
        staff_only=True,
        order=35,
    )
)
