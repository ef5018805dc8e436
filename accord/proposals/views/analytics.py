"""Proposal analytics (CDMO staff): the page with its charts, and the same tables as an
Excel workbook (one sheet per table) or the RFP table as CSV."""

from __future__ import annotations

from django.db.models import Choices
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from accord.accounts.decorators import staff_required
from accord.accounts.models import Organization
from accord.core.exports import (
    Column,
    csv_response,
    rows_of,
    xlsx_response,
    xlsx_sheet,
    xlsx_workbook,
)
from accord.projects.models import Project
from accord.proposals import analytics as stats
from accord.proposals import selectors
from accord.proposals.models import LossReason, Rfp, Service
from accord.proposals.outcome_forms import AnalyticsFilterForm

PERMISSION = "proposals.view_postmortem"

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
RFP_COLUMNS = (
    Column("RFP", lambda f: f.number),
    Column("Sponsor", lambda f: f.sponsor),
    Column("Sponsor type", lambda f: _label(Organization.SponsorType, f.sponsor_type)),
    Column("Services", lambda f: [_label(Service, code) for code in f.services]),
    Column("Modality", lambda f: _label(Project.Modality, f.modality)),
    Column("Status", lambda f: _label(Rfp.Status, f.status)),
    Column("Received", lambda f: f.received_on),
    Column("First sent", lambda f: f.first_sent_on),
    Column("Decided", lambda f: f.decided_on),
    Column("Loss reasons", lambda f: [_label(LossReason, code) for code in f.loss_reasons]),
    Column("Latest revision total", lambda f: f.value),
    Column("Currency", lambda f: f.currency),
)


def _facts(request: HttpRequest) -> tuple[AnalyticsFilterForm, list[stats.RfpFacts]]:
    form = AnalyticsFilterForm(request.GET or None)
    rfps = stats.rfps_filter(selectors.rfps_visible_to(request.user), **form.filters())
    return form, stats.facts_for(rfps)


def _label(choices: type[Choices], code: str) -> str:
    """A stored code as its label (a code no longer among the choices as it is)."""
    return dict(choices.choices).get(code, code)


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
    _, facts = _facts(request)
    tables = stats.report(facts)
    book = xlsx_workbook()
    xlsx_sheet(book, "RFPs", [c.heading for c in RFP_COLUMNS], rows_of(facts, RFP_COLUMNS))
    for key, (title, columns) in SHEETS.items():
        rows = ([row[name] for name, _ in columns] for row in tables[key])
        xlsx_sheet(book, title, [heading for _, heading in columns], rows)
    return xlsx_response(book, "proposal-analytics.xlsx")


@staff_required(PERMISSION)
def export_csv(request: HttpRequest) -> HttpResponse:
    _, facts = _facts(request)
    return csv_response(
        "proposal-analytics-rfps.csv",
        [column.heading for column in RFP_COLUMNS],
        rows_of(facts, RFP_COLUMNS),
    )
