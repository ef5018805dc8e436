"""The capacity view, for the CDMO's staff (a sponsor's people get 403: every resource
carries other sponsors' work): the heat map of load against capacity with its exports, and
one resource's load by project and task with the periods it is over capacity."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from accord.accounts.decorators import staff_required
from accord.accounts.models import Site
from accord.capacity import heatmap
from accord.capacity.heatmap import DAY, MONTH, WEEK
from accord.capacity.models import ResourceKind
from accord.capacity.selectors import VIEW, resources_visible_to
from accord.core import clock, exports
from accord.core.dates import format_day
from accord.core.forms import DateInput, StyledForm
from accord.planning.calendars import FIRST_YEAR, LAST_YEAR

SPANS = {
    "26w": (WEEK, 26),
    "13w": (WEEK, 13),
    "52w": (WEEK, 52),
    "12m": (MONTH, 12),
    "24m": (MONTH, 24),
}
SPAN_LABELS = [
    ("26w", "26 weeks"),
    ("13w", "13 weeks"),
    ("52w", "52 weeks"),
    ("12m", "12 months"),
    ("24m", "24 months"),
]
DEFAULT_SPAN = {WEEK: "26w", MONTH: "12m"}
MAX_DRILLDOWN_DAYS = 3 * 366


class WindowDate(forms.DateField):
    """A day within the years the calendars know (a window in year 9999 has no end)."""

    widget = DateInput

    def validate(self, value) -> None:
        super().validate(value)
        if value and not FIRST_YEAR <= value.year <= LAST_YEAR:
            raise forms.ValidationError(f"Choose a date from {FIRST_YEAR} to {LAST_YEAR}.")


class HeatMapForm(StyledForm):
    q = forms.CharField(required=False, max_length=100, label="Words")
    site = forms.ModelChoiceField(
        queryset=Site.objects.none(), required=False, empty_label="Every site"
    )
    kind = forms.ChoiceField(
        required=False, choices=[("", "Every kind"), *ResourceKind.choices], label="Kind"
    )
    span = forms.ChoiceField(required=False, choices=SPAN_LABELS, label="Columns")
    start = WindowDate(required=False, label="From")

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["site"].queryset = Site.objects.order_by("name")

    def chosen(self) -> dict:
        """The filters that were read; a wrong one falls back to its default alone."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return self.cleaned_data

    def window(self) -> tuple[str, str, dt.date, dt.date]:
        """The span's key, the scale and the window; by default 26 weeks from this week."""
        data = self.chosen()
        span = data.get("span") or DEFAULT_SPAN[WEEK]
        scale, count = SPANS[span]
        start, end = heatmap.window(scale, data.get("start") or clock.today(), count)
        return span, scale, start, end


def _heat_map(request: HttpRequest) -> tuple[HeatMapForm, heatmap.HeatMap, str]:
    form = HeatMapForm(request.GET or None)
    data = form.chosen()
    span, scale, start, end = form.window()
    resources = heatmap.resources_for(
        request.user,
        site=data.get("site"),
        kind=data.get("kind", ""),
        query=data.get("q", "").strip(),
    )
    return form, heatmap.heat_map_for(request.user, resources, scale, start, end), span


def _toggle(request: HttpRequest, scale: str) -> str:
    """The query string of the same page with the other kind of columns."""
    params = request.GET.copy()
    params["span"] = DEFAULT_SPAN[scale]
    return params.urlencode()


@staff_required(VIEW)
def load_overview(request: HttpRequest) -> HttpResponse:
    form, result, span = _heat_map(request)
    query = request.GET.urlencode()
    filtered = any(request.GET.get(name) for name in ("q", "site", "kind"))
    return render(
        request,
        "capacity/load/overview.html",
        {
            "form": form,
            "map": result,
            "span": span,
            "levels": heatmap.LEVELS,
            "query": query,
            "filtered": filtered,
            "weeks_query": _toggle(request, WEEK),
            "months_query": _toggle(request, MONTH),
            "any_resource": resources_visible_to(request.user).exists(),
        },
    )


def _cell_value(cell: heatmap.Cell) -> object:
    if cell.capacity == 0:
        return f"closed, {cell.load} unit-days demanded" if cell.load else "closed"
    return cell.utilisation


def _headings(result: heatmap.HeatMap, after: str) -> list[str]:
    return ["Site", "Resource", "Name", "Kind", "Unit", after, *[b.label for b in result.buckets]]


def _rows(result: heatmap.HeatMap, value) -> list[list[object]]:
    return [
        [
            row.resource.site.name,
            row.resource.code,
            row.resource.name,
            row.resource.get_kind_display(),
            row.resource.unit,
            row.over_days,
            *[value(cell) for cell in row.cells],
        ]
        for row in result.rows
    ]


@staff_required(VIEW)
def load_export(request: HttpRequest, fmt: str) -> HttpResponse:
    """The heat map's matrix as the page shows it (same filters and window): utilisation
    in % per bucket; the workbook adds the load and the capacity in unit-days."""
    if fmt not in ("csv", "xlsx"):
        raise Http404("Export as csv or xlsx.")
    _, result, _ = _heat_map(request)
    stem = f"capacity-{result.scale}s-{result.start:%Y-%m-%d}-{result.end:%Y-%m-%d}"
    over = "Days over capacity"
    if fmt == "csv":
        return exports.csv_response(
            f"{stem}.csv", _headings(result, over), _rows(result, _cell_value)
        )
    book = exports.xlsx_workbook()
    widths = (20, 18, 30, 18, 10, 12)
    exports.xlsx_sheet(
        book,
        "Utilisation (%)",
        _headings(result, over),
        _rows(result, _cell_value),
        widths=widths,
        freeze="G2",
    )
    exports.xlsx_sheet(
        book,
        "Load (unit-days)",
        _headings(result, over),
        _rows(result, lambda cell: cell.load),
        widths=widths,
        freeze="G2",
    )
    exports.xlsx_sheet(
        book,
        "Capacity (unit-days)",
        _headings(result, over),
        _rows(result, lambda cell: cell.capacity),
        widths=widths,
        freeze="G2",
    )
    return exports.xlsx_response(book, f"{stem}.xlsx")


class DrilldownForm(StyledForm):
    start = WindowDate(required=False, label="From")
    end = WindowDate(required=False, label="To")
    by = forms.ChoiceField(
        required=False,
        label="Bars per",
        choices=[("", "Chosen for the window"), (DAY, "Day"), (WEEK, "Week"), (MONTH, "Month")],
    )

    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if start and end and start > end:
            raise forms.ValidationError("The window ends before it starts.")
        if start and end and (end - start).days >= MAX_DRILLDOWN_DAYS:
            raise forms.ValidationError("Choose a window of at most three years.")
        return data

    def window(self) -> tuple[dt.date, dt.date, str]:
        """The chosen window (by default thirteen weeks from this week) and its bars: days
        up to two months, weeks up to a year and a quarter, months beyond."""
        data = self.cleaned_data if self.is_bound and self.is_valid() else {}
        start, end = data.get("start"), data.get("end")
        span = dt.timedelta(weeks=13, days=-1)
        if start is None:
            start = end - span if end else heatmap.monday(clock.today())
        end = end or start + span
        scale = data.get("by") or ""
        if not scale:
            days = (end - start).days + 1
            scale = DAY if days <= 62 else WEEK if days <= 460 else MONTH
        return start, end, scale


@staff_required(VIEW)
def load_resource(request: HttpRequest, resource_id: int) -> HttpResponse:
    resource = get_object_or_404(resources_visible_to(request.user), pk=resource_id)
    form = DrilldownForm(request.GET or None)
    start, end, scale = form.window()
    result = heatmap.drilldown_for(request.user, resource, start, end, scale)
    return render(
        request,
        "capacity/load/resource.html",
        {
            "resource": resource,
            "form": form,
            "result": result,
            "chart_data": {
                **result.chart,
                "title": f"{resource.code}: load by project from {format_day(start)} "
                f"to {format_day(end)}",
            },
        },
    )
