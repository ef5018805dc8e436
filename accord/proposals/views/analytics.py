"""Proposal analytics (CDMO staff): the page with its charts, and the same tables as an
Excel workbook (one sheet per table) or the RFP table as CSV."""

from __future__ import annotations

import csv
import io

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from accord.accounts.decorators import staff_required
from accord.proposals import analytics as stats
from accord.proposals import selectors
from accord.proposals.outcome_forms import AnalyticsFilterForm

PERMISSION = "proposals.view_postmortem"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

RATE_COLUMNS = [("label", "Group"), ("won", "Won"), ("lost", "Lost"), ("rate", "Win rate %")]
SHEETS = {
    "by_service": ("Win rate by service", RATE_COLUMNS),
    "by_modality": ("Win rate by modality", RATE_COLUMNS),
    "by_sponsor_type": ("Win rate by sponsor type", RATE_COLUMNS),
    "pareto": (
        "Loss reasons",
        [
            ("label", "Reason"),
            ("count", "Count"),
            ("share", "Share %"),
            ("cumulative", "Cumulative %"),
        ],
    ),
    "cycle_times": (
        "Cycle times",
        [
            ("quarter", "Quarter received"),
            ("sent_count", "Sent (n)"),
            ("sent_median", "Received to sent, median days"),
            ("sent_mean", "Received to sent, mean days"),
            ("decided_count", "Decided (n)"),
            ("decided_median", "Sent to decision, median days"),
            ("decided_mean", "Sent to decision, mean days"),
        ],
    ),
    "pipeline": (
        "Pipeline",
        [
            ("label", "Status"),
            ("rfps", "RFPs"),
            ("CHF", "CHF"),
            ("EUR", "EUR"),
            ("USD", "USD"),
            ("chf", "Total in CHF"),
        ],
    ),
}
RFP_COLUMNS = [
    ("number", "RFP"),
    ("sponsor", "Sponsor"),
    ("sponsor_type", "Sponsor type"),
    ("services", "Services"),
    ("modality", "Modality"),
    ("status", "Status"),
    ("received_on", "Received"),
    ("first_sent_on", "First sent"),
    ("decided_on", "Decided"),
    ("loss_reasons", "Loss reasons"),
    ("value", "Latest revision total"),
    ("currency", "Currency"),
]


def _facts(request: HttpRequest) -> tuple[AnalyticsFilterForm, list[stats.RfpFacts]]:
    form = AnalyticsFilterForm(request.GET or None)
    rfps = stats.rfps_filter(selectors.rfps_visible_to(request.user), **form.filters())
    return form, stats.facts_for(rfps)


def _cell(value: object) -> object:
    if isinstance(value, tuple):
        return ", ".join(value)
    return value


def _rfp_row(fact: stats.RfpFacts) -> list[object]:
    return [_cell(getattr(fact, name)) for name, _ in RFP_COLUMNS]


@staff_required(PERMISSION)
def analytics(request: HttpRequest) -> HttpResponse:
    form, facts = _facts(request)
    tables = stats.report(facts)
    query = request.GET.urlencode()
    return render(
        request,
        "proposals/analytics.html",
        {
            "form": form,
            "tables": tables,
            "rfps": len(facts),
            "chart_data": stats.chart_data(tables),
            "rates": stats.RATES_TO_CHF,
            "query": f"?{query}" if query else "",
        },
    )


@staff_required(PERMISSION)
def export_xlsx(request: HttpRequest) -> HttpResponse:
    from openpyxl import Workbook

    _, facts = _facts(request)
    tables = stats.report(facts)
    book = Workbook()
    sheet = book.active
    sheet.title = "RFPs"
    sheet.append([title for _, title in RFP_COLUMNS])
    for fact in facts:
        sheet.append(_rfp_row(fact))
    for key, (title, columns) in SHEETS.items():
        sheet = book.create_sheet(title[:31])
        sheet.append([heading for _, heading in columns])
        for row in tables[key]:
            sheet.append([row[name] for name, _ in columns])
    buffer = io.BytesIO()
    book.save(buffer)
    response = HttpResponse(buffer.getvalue(), content_type=XLSX)
    response["Content-Disposition"] = 'attachment; filename="proposal-analytics.xlsx"'
    return response


@staff_required(PERMISSION)
def export_csv(request: HttpRequest) -> HttpResponse:
    _, facts = _facts(request)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="proposal-analytics-rfps.csv"'
    writer = csv.writer(response)
    writer.writerow([title for _, title in RFP_COLUMNS])
    for fact in facts:
        writer.writerow(_rfp_row(fact))
    return response
