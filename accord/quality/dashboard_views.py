"""The QA dashboard and the management review (ICH Q10) it exports: for the CDMO's
staff who read deviations. The filters (period, site, sponsor) narrow every block; the
page, the workbook and the PDF print the same figures (``quality.dashboard``)."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.http import content_disposition_header

from accord.accounts.decorators import staff_required
from accord.accounts.models import Organization, Site
from accord.core import clock
from accord.core.exports import xlsx_response, xlsx_sheet, xlsx_workbook
from accord.core.forms import DateInput, StyledForm
from accord.quality import dashboard, selectors
from accord.quality.models import EffectivenessCheck

VIEW = "quality.view_deviation"


class DashboardFilterForm(StyledForm):
    start = forms.DateField(required=False, label="From", widget=DateInput)
    end = forms.DateField(required=False, label="To", widget=DateInput)
    site = forms.ModelChoiceField(
        queryset=Site.objects.none(), required=False, empty_label="All sites"
    )
    sponsor = forms.ModelChoiceField(
        queryset=Organization.objects.none(), required=False, empty_label="All sponsors"
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["site"].queryset = Site.objects.order_by("name")
        self.fields["sponsor"].queryset = Organization.objects.filter(
            kind=Organization.Kind.SPONSOR
        ).order_by("name")

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end") and data["start"] > data["end"]:
            raise forms.ValidationError("The period ends before it starts.")
        return data

    def chosen(self) -> dict:
        return self.cleaned_data if self.is_bound and self.is_valid() else {}

    def period(self) -> tuple[dt.date, dt.date]:
        """The chosen period; by default the twelve calendar months to today."""
        today = clock.today()
        data = self.chosen()
        end = data.get("end") or today
        start = data.get("start") or (end.replace(day=1) - dt.timedelta(days=335)).replace(day=1)
        return start, end


def _figures(request: HttpRequest) -> tuple[DashboardFilterForm, dashboard.Figures, dict]:
    user = request.user
    form = DashboardFilterForm(request.GET or None)
    start, end = form.period()
    chosen = form.chosen()
    site, sponsor = chosen.get("site"), chosen.get("sponsor")
    deviations = selectors.deviations_visible_to(user)
    capas = selectors.capas_visible_to(user)
    checks = selectors.effectiveness_checks_visible_to(user)
    batches = selectors.batches_visible_to(user)
    if site is not None:
        deviations = deviations.filter(site=site)
        capas = capas.filter(deviation__site=site)
        checks = checks.filter(capa__deviation__site=site)
        batches = batches.filter(project__site=site)
    if sponsor is not None:
        deviations = deviations.filter(sponsor=sponsor)
        capas = capas.filter(sponsor=sponsor)
        checks = checks.filter(capa__sponsor=sponsor)
        batches = batches.filter(project__sponsor=sponsor)
    figures = dashboard.figures(
        deviations=deviations,
        capas=capas,
        checks=checks,
        batches=batches,
        start=start,
        end=end,
        today=clock.today(),
    )
    changes = selectors.change_controls_visible_to(user)
    if site is not None:
        changes = changes.filter(site=site)
    if sponsor is not None:
        changes = changes.filter(projects__sponsor=sponsor).distinct()
    scope = {
        "site": site,
        "sponsor": sponsor,
        "changes": dashboard.open_changes(changes, clock.today()),
    }
    return form, figures, scope


@staff_required(VIEW)
def quality_dashboard(request: HttpRequest) -> HttpResponse:
    form, figures, scope = _figures(request)
    query = request.GET.urlencode()
    return render(
        request,
        "quality/dashboard.html",
        {
            "form": form,
            "figures": figures,
            "scope": scope,
            "chart_data": figures.chart(),
            "query": f"?{query}" if query else "",
        },
    )


# --------------------------------------------------------------------------- management review


def review_tables(figures: dashboard.Figures) -> list[dict]:
    """The management review's KPI blocks, one sheet each in the workbook and one table
    each in the PDF: a title, headings and rows."""
    p = figures.period
    rft = figures.right_first_time

    def tallies(title: str, first: str, rows: list[dashboard.Tally]) -> dict:
        return {
            "title": title,
            "headings": [first, "Open deviations", "Open CAPA", "Overdue", "Total"],
            "rows": [[t.label, t.deviations, t.capas, t.overdue, t.total] for t in rows],
        }

    return [
        {
            "title": "Summary",
            "headings": ["Indicator", "Value"],
            "rows": [
                ["Period from", figures.start],
                ["Period to", figures.end],
                ["Open deviations today", figures.open_deviations],
                ["Open CAPA today", figures.open_capas],
                ["Overdue records today", len(figures.overdue)],
                *[[f"{label} deviations opened", n] for label, n in p.opened_by_class.items()],
                ["Deviations closed", p.closed],
                ["Closed by their due date (%)", p.closed_on_time_share],
                ["Sponsors notified", p.notified],
                ["Sponsors notified on time (%)", p.notified_on_time_share],
                ["CAPA opened", p.capas_opened],
                ["CAPA closed", p.capas_closed],
                *[[f"Effectiveness checks: {label}", n] for label, n in p.verdicts.items()],
                ["Batches made", rft.overall.batches],
                ["Right-first-time (%)", rft.overall.share],
            ],
        },
        tallies("Open by class", "Class", figures.by_class),
        tallies("Ageing", "Age", figures.by_age),
        tallies("Open by area", "Area", figures.by_area),
        tallies("Open by sponsor", "Sponsor", figures.by_sponsor),
        tallies("Open by owner", "Owner", figures.by_owner),
        {
            "title": "Overdue",
            "headings": [
                "Record",
                "Type",
                "Title",
                "Class",
                "Sponsor",
                "Owner",
                "Due",
                "Days over",
            ],
            "rows": [
                [
                    r.number,
                    r.kind,
                    r.title,
                    r.class_label,
                    r.sponsor,
                    r.owner,
                    r.due_date,
                    r.overdue_days,
                ]
                for r in figures.overdue
            ],
        },
        {
            "title": "Trend by cause",
            "headings": ["Root cause category", *figures.trend.month_labels, "Total"],
            "rows": [[s.label, *s.counts, s.total] for s in figures.trend.by_cause],
        },
        {
            "title": "Trend by area",
            "headings": ["Area", *figures.trend.month_labels, "Total"],
            "rows": [[s.label, *s.counts, s.total] for s in figures.trend.by_area],
        },
        {
            "title": "Pareto of causes",
            "headings": ["Root cause", "Deviations", "Share (%)", "Cumulative (%)"],
            "rows": [[r.label, r.count, r.share, r.cumulative] for r in figures.pareto],
        },
        {
            "title": "Right first time",
            "headings": [
                "Project",
                "Batches made",
                "Without deviation",
                "With deviation",
                "Right-first-time (%)",
            ],
            "rows": [
                [r.label, r.batches, r.without_deviation, r.with_deviation, r.share]
                for r in [*rft.projects, rft.overall]
            ],
        },
    ]


def _stem(figures: dashboard.Figures) -> str:
    return f"quality-management-review-{figures.start:%Y-%m-%d}-{figures.end:%Y-%m-%d}"


@staff_required(VIEW)
def management_review(request: HttpRequest, fmt: str) -> HttpResponse:
    if fmt not in ("xlsx", "pdf"):
        raise Http404("The management review is xlsx or pdf.")
    _, figures, scope = _figures(request)
    tables = review_tables(figures)
    if fmt == "xlsx":
        book = xlsx_workbook()
        for table in tables:
            xlsx_sheet(book, table["title"], table["headings"], table["rows"], widths=(34,))
        return xlsx_response(book, f"{_stem(figures)}.xlsx")
    from weasyprint import HTML

    # Days as people write them ("7 December 2026"), numbers as they are.
    for table in tables:
        table["rows"] = [
            [f"{c.day} {c:%B %Y}" if isinstance(c, dt.date) else c for c in row]
            for row in table["rows"]
        ]
    html = render_to_string(
        "quality/management_review_pdf.html",
        {
            "figures": figures,
            "tables": tables,
            "scope": scope,
            "generated_at": clock.now(),
            "verdict_labels": dict(EffectivenessCheck.Verdict.choices),
        },
    )
    response = HttpResponse(HTML(string=html).write_pdf(), content_type="application/pdf")
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=f"{_stem(figures)}.pdf"
    )
    return response
