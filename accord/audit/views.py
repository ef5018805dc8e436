from __future__ import annotations

import datetime as dt

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from accord.accounts.decorators import staff_required
from accord.audit import exports, selectors
from accord.audit.display import rows_shown
from accord.audit.forms import TrailFilterForm
from accord.audit.registry import audited_types
from accord.core.pagination import paginate


def _record_or_404(request: HttpRequest, type_label: str, object_id: str):
    entry, record = selectors.record_for(request.user, type_label, object_id)
    if record is None:
        raise Http404("No such record.")
    return entry, record


@login_required
def history(request: HttpRequest, type_label: str, object_id: str) -> HttpResponse:
    entry, record = _record_or_404(request, type_label, object_id)
    hide = selectors.hidden_fields_for(request.user, entry)
    events = selectors.record_history(request.user, entry, record)
    page = paginate(request, events.order_by("-seq"), per_page=50)
    return render(
        request,
        "audit/history.html",
        {
            "entry": entry,
            "record": record,
            "type_label": type_label,
            "page": page,
            "rows": rows_shown(page, hide=hide),
        },
    )


@login_required
def history_export(request: HttpRequest, type_label: str, object_id: str, fmt: str) -> HttpResponse:
    entry, record = _record_or_404(request, type_label, object_id)
    if fmt not in exports.FORMATS:
        raise Http404("Unknown format.")
    hide = selectors.hidden_fields_for(request.user, entry)
    events = list(selectors.record_history(request.user, entry, record))
    about = {"record_type": entry.label, "record": str(record), "id": record.pk}
    stem = f"audit-{type_label.replace('.', '-')}-{record.pk}"
    if fmt == "csv":
        return exports.as_csv(events, stem, hide)
    if fmt == "json":
        return exports.as_json(events, stem, hide, about)
    return exports.as_pdf(events, stem, hide, about, request)


def _filtered_trail(request: HttpRequest):
    form = TrailFilterForm(request.GET or None, type_choices=sorted(audited_types()))
    events = selectors.trail_visible_to(request.user)
    if form.is_valid():
        events = selectors.trail_filter(events, **form.filters())
    elif form.is_bound:
        events = events.none()
    return form, events


@staff_required("audit.view_auditevent")
def trail(request: HttpRequest) -> HttpResponse:
    form, events = _filtered_trail(request)
    page = paginate(request, events.order_by("-seq"), per_page=50)
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "audit/trail.html",
        {
            "form": form,
            "page": page,
            "rows": rows_shown(page),
            "querystring": query.urlencode(),
        },
    )


@staff_required("audit.view_auditevent")
def trail_export(request: HttpRequest, fmt: str) -> HttpResponse:
    if fmt not in exports.FORMATS:
        raise Http404("Unknown format.")
    form, events = _filtered_trail(request)
    events = list(events.order_by("seq")[:50_000])
    about = {"filters": {k: v for k, v in request.GET.items() if v}}
    stem = f"audit-trail-{dt.date.today():%Y%m%d}"
    if fmt == "csv":
        return exports.as_csv(events, stem, frozenset())
    if fmt == "json":
        return exports.as_json(events, stem, frozenset(), about)
    return exports.as_pdf(events, stem, frozenset(), about, request)
