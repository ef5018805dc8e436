"""How a report looks: the context its page and its PDF share, the milestone chart, and the
PDF itself.

Both are drawn from the report's frozen snapshot, its texts and its signatures only, so a
published report's PDF reads the same on every download, whatever the plan does later.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.http import content_disposition_header

from accord.reports.models import StatusReport
from accord.signatures.selectors import manifest

CHART_WIDTH = 720
LABEL_WIDTH = 250
TRACK_START = 262
TRACK_END = 700
ROW_HEIGHT = 19
HEADER_HEIGHT = 22
CHART_ROWS = 16
NAME_CHARS = 40


@dataclass(frozen=True)
class ChartRow:
    y: float
    name: str
    kind: str
    done: bool
    x: float
    date: dt.date
    baseline_x: float | None
    label_left: bool

    @property
    def label_x(self) -> float:
        return round(self.x - 10 if self.label_left else self.x + 10, 1)


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True)
class MilestoneChart:
    rows: list[ChartRow]
    ticks: list[Tick]
    status_x: float | None
    height: float
    width: int = CHART_WIDTH
    label_width: int = LABEL_WIDTH
    track_start: int = TRACK_START
    track_end: int = TRACK_END


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _chart_rows(rows: list[dict]) -> list[dict]:
    """At most ``CHART_ROWS``: the last few achieved and as many upcoming as fit."""
    if len(rows) <= CHART_ROWS:
        return rows
    done = [row for row in rows if row["done"]]
    upcoming = [row for row in rows if not row["done"]]
    keep_done = done[-max(CHART_ROWS - len(upcoming), 4) :]
    return (keep_done + upcoming)[:CHART_ROWS]


def _months(first: dt.date, last: dt.date) -> list[dt.date]:
    span = (last.year - first.year) * 12 + last.month - first.month
    step = 1 if span <= 15 else 3 if span <= 45 else 12
    day = dt.date(first.year, first.month, 1)
    months = []
    while day <= last:
        if (day.month - 1) % step == 0:
            months.append(day)
        day = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return months


def milestone_chart(content: dict) -> MilestoneChart | None:
    """The milestones on a time axis from the project start to its forecast finish, each
    with its baseline date where there is one, and a line at the status date."""
    rows = _chart_rows(content.get("milestones", {}).get("all", []))
    if not rows:
        return None
    schedule = content.get("schedule", {})
    status = _date(content.get("health", {}).get("status_date"))
    dates = [_date(row["date"]) for row in rows]
    dates += [_date(row["baseline"]) for row in rows if row["baseline"]]
    dates += [_date(schedule.get(k)) for k in ("start", "forecast_finish") if schedule.get(k)]
    # The axis starts on the first of a month, so that its first month is labelled too.
    first, last = min(dates).replace(day=1), max(dates)
    if status and first <= status <= last + dt.timedelta(days=30):
        last = max(last, status)
    span = max((last - first).days, 1)

    def x(day: dt.date) -> float:
        return round(TRACK_START + (TRACK_END - TRACK_START) * (day - first).days / span, 1)

    chart_rows = []
    for index, row in enumerate(rows):
        day = _date(row["date"])
        name = row["name"]
        if len(name) > NAME_CHARS:
            name = name[: NAME_CHARS - 1] + "…"
        chart_rows.append(
            ChartRow(
                y=HEADER_HEIGHT + index * ROW_HEIGHT,
                name=name,
                kind=row["kind"],
                done=row["done"],
                x=x(day),
                date=day,
                baseline_x=x(_date(row["baseline"])) if row["baseline"] else None,
                label_left=x(day) > TRACK_END - 70,
            )
        )
    return MilestoneChart(
        rows=chart_rows,
        ticks=[Tick(x(month), f"{month:%b %y}") for month in _months(first, last)],
        status_x=x(status) if status and first <= status <= last else None,
        height=HEADER_HEIGHT + len(rows) * ROW_HEIGHT + 6,
    )


def report_context(report: StatusReport) -> dict:
    """What ``reports/_report_body.html`` needs, for the page and the PDF alike."""
    content = report.content
    decisions = content.get("decisions", {})
    return {
        "report": report,
        "c": content,
        "decision_count": len(decisions.get("change_orders", []))
        + len(decisions.get("decision_points", []))
        + (1 if report.decisions_needed else 0),
        "chart": milestone_chart(content),
        "manifest": manifest(report) if report.is_published else [],
    }


def report_pdf(report: StatusReport) -> bytes:
    from weasyprint import HTML

    html = render_to_string("reports/report_pdf.html", report_context(report))
    # No base URL: the document has no external resource to fetch.
    return HTML(string=html).write_pdf()


def report_pdf_response(report: StatusReport) -> HttpResponse:
    """The report as a PDF file; a draft says so in its name and on every page."""
    response = HttpResponse(report_pdf(report), content_type="application/pdf")
    draft = "-DRAFT" if report.is_draft else ""
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=f"{report.project.code}-{report.reference}{draft}.pdf"
    )
    return response
