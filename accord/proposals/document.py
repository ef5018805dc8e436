"""The proposal document: a revision as the PDF a sponsor receives and files.

It shows what the sponsor is offered and nothing else: cover, summary, scope with prices,
the frozen timeline as a bar chart (critical path in red, P50 and P80 finish marked),
payment milestones with the amounts due, terms, and the signatures on the revision (the
author's "authored", the sponsor's "accepted" or "rejected"), each with its UTC time and
content hash. Never the internal pricing notes, the complexity assessment or the reviews:
the context below does not carry them, so no template can print them. A revision not yet
sent prints with a DRAFT watermark, a superseded one with SUPERSEDED.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.http import content_disposition_header

from accord.proposals.models import ProposalRevision
from accord.proposals.services.acceptance import revision_sponsor_decision
from accord.proposals.timeline import timeline_dates
from accord.signatures.selectors import manifest

CHART_WIDTH = 720
TRACK_START = 236
TRACK_END = 708
ROW_HEIGHT = 17
HEADER_HEIGHT = 22
FOOTER_HEIGHT = 16
NAME_CHARS = 38
S = ProposalRevision.Status


@dataclass(frozen=True)
class Bar:
    y: float
    name: str
    x: float
    width: float
    critical: bool
    milestone: bool
    start: dt.date
    finish: dt.date


@dataclass(frozen=True)
class Marker:
    x: float
    label: str


@dataclass(frozen=True)
class GanttChart:
    bars: list[Bar]
    ticks: list[Marker]
    p50: Marker | None
    p80: Marker | None
    height: float
    rows_bottom: float
    width: int = CHART_WIDTH
    track_start: int = TRACK_START
    track_end: int = TRACK_END


def _months(first: dt.date, last: dt.date) -> list[dt.date]:
    span = (last.year - first.year) * 12 + last.month - first.month
    step = 1 if span <= 12 else 2 if span <= 24 else 3 if span <= 48 else 12
    day = dt.date(first.year, first.month, 1)
    months = []
    while day <= last:
        if (day.month - 1) % step == 0 and day >= first:
            months.append(day)
        day = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return months


def gantt_chart(timeline: dict) -> GanttChart | None:
    """The frozen timeline's rows as bars on a calendar axis from the first start to the
    later of the planned finish and the P80 finish."""
    rows = timeline.get("rows") or []
    if not rows:
        return None
    starts = [dt.date.fromisoformat(row["start"]) for row in rows]
    finishes = [dt.date.fromisoformat(row["finish"]) for row in rows]
    dates = timeline_dates(timeline)
    first = min(starts)
    last = max([*finishes, *dates.values()])
    span = max((last - first).days + 1, 1)

    def x(day: dt.date) -> float:
        return round(TRACK_START + (TRACK_END - TRACK_START) * (day - first).days / span, 1)

    bars = []
    for index, (row, start, finish) in enumerate(zip(rows, starts, finishes, strict=True)):
        name = row["name"]
        if len(name) > NAME_CHARS:
            name = name[: NAME_CHARS - 1] + "…"
        days = max((finish - start).days + 1, 1)
        bars.append(
            Bar(
                y=HEADER_HEIGHT + index * ROW_HEIGHT,
                name=name,
                x=x(start),
                width=round(max((TRACK_END - TRACK_START) * days / span, 1.5), 1),
                critical=bool(row.get("critical")),
                milestone=row.get("kind", "task") != "task",
                start=start,
                finish=finish,
            )
        )
    rows_bottom = HEADER_HEIGHT + len(rows) * ROW_HEIGHT

    def marker(key: str, label: str) -> Marker | None:
        day = dates.get(key)
        if day is None:
            return None
        # The finish day is worked: the line stands at its end.
        return Marker(x(day + dt.timedelta(days=1)), f"{label} {day:%-d %b %Y}")

    return GanttChart(
        bars=bars,
        ticks=[Marker(x(month), f"{month:%b %y}") for month in _months(first, last)],
        p50=marker("p50", "P50"),
        p80=marker("p80", "P80"),
        height=rows_bottom + FOOTER_HEIGHT + 4,
        rows_bottom=rows_bottom,
    )


def proposal_document_context(revision: ProposalRevision) -> dict[str, object]:
    """What ``proposals/proposal_pdf.html`` prints: only what the sponsor is offered."""
    proposal = revision.proposal
    items = list(revision.scope_items.order_by("position", "pk"))
    milestones = list(revision.milestones.order_by("position", "pk"))
    owner = proposal.owner
    return {
        "revision": revision,
        "proposal": proposal,
        "rfp": proposal.rfp,
        "sponsor": proposal.sponsor,
        "cdmo_name": owner.organization.name if owner.organization_id else "",
        "site_name": owner.site.name if getattr(owner, "site_id", None) else "",
        "owner": owner,
        "items": items,
        "assumptions": [(n, item) for n, item in enumerate(items, 1) if item.assumptions],
        "exclusions": [(n, item) for n, item in enumerate(items, 1) if item.exclusions],
        "milestones": [(m, m.due_amount(revision.total)) for m in milestones],
        "timeline": revision.timeline or {},
        "iterations": f"{(revision.timeline or {}).get('iterations') or 5000:,}",
        "dates": timeline_dates(revision.timeline or {}),
        "chart": gantt_chart(revision.timeline or {}),
        "manifest": manifest(revision),
        "decision": revision_sponsor_decision(revision),
        "is_draft": revision.is_open,
        "is_superseded": revision.status == S.SUPERSEDED,
        "printed_at": timezone.now(),
    }


def proposal_pdf(revision: ProposalRevision) -> bytes:
    from weasyprint import HTML

    html = render_to_string("proposals/proposal_pdf.html", proposal_document_context(revision))
    # No base URL: the document has no external resource to fetch.
    return HTML(string=html).write_pdf()


def proposal_pdf_response(revision: ProposalRevision) -> HttpResponse:
    """The revision as a PDF file; a draft says so in its name and on every page."""
    response = HttpResponse(proposal_pdf(revision), content_type="application/pdf")
    draft = "-DRAFT" if revision.is_open else ""
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True,
        filename=f"{revision.proposal.number}-{revision.reference}{draft}.pdf",
    )
    return response
