"""The service dashboard: how the CDMO keeps its promises, per month and per sponsor.
Staff see every sponsor (or one); a sponsor's people see their own figures in the
portal, from the same concerns their pages show. Exports carry the same tables."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from accord.accounts.models import Organization
from accord.core.exports import csv_response, xlsx_response, xlsx_sheet, xlsx_workbook
from accord.core.forms import DateInput, StyledForm
from accord.recognition.selectors import kudos_visible_to
from accord.service import dashboard, selectors
from accord.surveys import results as survey_results
from accord.surveys.models import quarter_label
from accord.surveys.selectors import responses_filter, responses_visible_to

VIEW = "service.view_concern"


class DashboardFilterForm(StyledForm):
    start = forms.DateField(required=False, label="From", widget=DateInput)
    end = forms.DateField(required=False, label="To", widget=DateInput)
    sponsor = forms.ModelChoiceField(
        queryset=Organization.objects.none(), required=False, empty_label="All sponsors"
    )

    def __init__(self, *args, sponsors=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if sponsors is None:
            del self.fields["sponsor"]
        else:
            self.fields["sponsor"].queryset = sponsors

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end") and data["start"] > data["end"]:
            raise forms.ValidationError("The period ends before it starts.")
        return data

    def period(self) -> tuple[dt.date, dt.date]:
        """The chosen period; by default the twelve calendar months to today."""
        today = timezone.localdate()
        data = self.cleaned_data if self.is_bound and self.is_valid() else {}
        end = data.get("end") or today
        start = data.get("start") or (end.replace(day=1) - dt.timedelta(days=335)).replace(day=1)
        return start, end


def _figures(request: HttpRequest):
    user = request.user
    if not user.has_perm(VIEW):
        raise PermissionDenied("Your roles do not allow you to see concerns.")
    sponsors = None
    if user.is_cdmo_staff:
        sponsors = Organization.objects.filter(kind=Organization.Kind.SPONSOR).order_by("name")
    form = DashboardFilterForm(request.GET or None, sponsors=sponsors)
    start, end = form.period()
    concerns = selectors.concerns_visible_to(user).filter(raised_at__date__lte=end)
    concerns = concerns.filter(
        Q(raised_at__date__gte=start)
        | Q(closed_at__date__gte=start)
        | Q(escalations__at__date__gte=start)
    ).distinct()
    sponsor = form.cleaned_data.get("sponsor") if form.is_bound and form.is_valid() else None
    if sponsor is not None:
        concerns = concerns.filter(sponsor=sponsor)
    facts = dashboard.facts_for(concerns)
    figures = dashboard.figures(facts, start, end)
    return form, sponsor, figures, _voice(user, sponsor, figures)


@dataclass(frozen=True)
class Voice:
    """What sponsors said of the service in the period: their survey answers (CSAT and
    NPS, by quarter and by sponsor) and the kudos their people gave, per month."""

    tables: dict
    kudos: int
    kudos_per_month: list[int]
    kudos_by_sponsor: dict[str, int]

    def chart(self) -> dict:
        csat, nps = self.tables["csat"]["by_quarter"], self.tables["nps"]["by_quarter"]
        quarters = sorted({row["quarter"] for row in [*csat, *nps]})
        by = {
            (kind, row["quarter"]): row for kind, rows in (("c", csat), ("n", nps)) for row in rows
        }
        return {
            "quarters": [quarter_label(q) for q in quarters],
            "csat": [by.get(("c", q), {}).get("csat") for q in quarters],
            "nps": [by.get(("n", q), {}).get("nps") for q in quarters],
            "kudos": self.kudos_per_month,
        }


def _voice(user, sponsor, figures: dashboard.Figures) -> Voice:
    """The survey answers and kudos the reader may see, in the dashboard's period (and
    for its sponsor, if one is chosen)."""
    responses = responses_filter(
        responses_visible_to(user),
        sponsor_id=sponsor.pk if sponsor else None,
        answered_from=figures.start,
        answered_to=figures.end,
    )
    kudos = kudos_visible_to(user).filter(
        given_at__date__gte=figures.start, given_at__date__lte=figures.end
    )
    if sponsor is not None:
        kudos = kudos.filter(sponsor=sponsor)
    given = list(kudos.values_list("given_at", "sponsor__name"))
    months = Counter(timezone.localdate(at).replace(day=1) for at, _ in given)
    return Voice(
        tables=survey_results.report(responses),
        kudos=len(given),
        kudos_per_month=[months[m.month] for m in figures.months],
        kudos_by_sponsor=dict(Counter(name for _, name in given if name)),
    )


@login_required
def service_dashboard(request: HttpRequest) -> HttpResponse:
    form, sponsor, figures, voice = _figures(request)
    query = request.GET.urlencode()
    csat = {row["label"]: row for row in voice.tables["csat"]["by_sponsor"]}
    nps = {row["label"]: row for row in voice.tables["nps"]["by_sponsor"]}
    sponsors = [
        {
            "row": row,
            "csat": csat.get(row.sponsor, {}).get("csat"),
            "nps": nps.get(row.sponsor, {}).get("nps"),
            "kudos": voice.kudos_by_sponsor.get(row.sponsor, 0),
        }
        for row in figures.sponsors
    ]
    return render(
        request,
        "service/dashboard.html",
        {
            "form": form,
            "sponsor": sponsor,
            "figures": figures,
            "voice": voice,
            "voice_rows": list(_quarter_rows(voice)),
            "sponsors": sponsors,
            "chart_data": {**figures.chart(), **{"voice": voice.chart()}},
            "query": f"?{query}" if query else "",
        },
    )


MONTH_HEADINGS = ["Month", "Opened", "Closed", "Clocks breached", "Escalations"]
CLOCK_HEADINGS = ["Clock", "Met", "Breached", "Pending", "Share met %", "Median working hours"]
SPONSOR_HEADINGS = [
    "Sponsor",
    "Concerns raised",
    "Open",
    "Reopened",
    "Clocks breached",
    "Escalations",
    "Clocks met %",
    "Median hours to acknowledge",
    "Median hours to resolve",
]


def _month_rows(figures):
    return ([m.label, m.opened, m.closed, m.breaches, m.escalations] for m in figures.months)


def _clock_rows(figures):
    return (
        [c.label, c.met, c.breached, c.pending, c.share_met, c.median_hours] for c in figures.clocks
    )


def _sponsor_rows(figures):
    return (
        [
            s.sponsor,
            s.raised,
            s.open,
            s.reopened,
            s.breaches,
            s.escalations,
            s.share_met,
            s.median_acknowledge,
            s.median_resolve,
        ]
        for s in figures.sponsors
    )


QUARTER_HEADINGS = ["Quarter", "CSAT answers", "CSAT %", "NPS answers", "NPS"]


def _quarter_rows(voice: Voice):
    chart = voice.chart()
    csat = {row["label"]: row for row in voice.tables["csat"]["by_quarter"]}
    nps = {row["label"]: row for row in voice.tables["nps"]["by_quarter"]}
    return (
        [
            label,
            csat.get(label, {}).get("answers", 0),
            csat.get(label, {}).get("csat"),
            nps.get(label, {}).get("answers", 0),
            nps.get(label, {}).get("nps"),
        ]
        for label in chart["quarters"]
    )


@login_required
def dashboard_export(request: HttpRequest, fmt: str) -> HttpResponse:
    _, _, figures, voice = _figures(request)
    stem = f"service-dashboard-{figures.start:%Y-%m-%d}-{figures.end:%Y-%m-%d}"
    if fmt == "csv":
        return csv_response(f"{stem}-sponsors.csv", SPONSOR_HEADINGS, _sponsor_rows(figures))
    if fmt != "xlsx":
        raise Http404("Exports are xlsx or csv.")
    book = xlsx_workbook()
    xlsx_sheet(book, "Per month", MONTH_HEADINGS, _month_rows(figures), widths=(12,))
    xlsx_sheet(book, "Clocks", CLOCK_HEADINGS, _clock_rows(figures), widths=(28,))
    xlsx_sheet(book, "Per sponsor", SPONSOR_HEADINGS, _sponsor_rows(figures), widths=(32,))
    xlsx_sheet(book, "Satisfaction", QUARTER_HEADINGS, _quarter_rows(voice), widths=(12,))
    return xlsx_response(book, f"{stem}.xlsx")
