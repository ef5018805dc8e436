"""Scorecard pages for the CDMO's staff: the company, site and sponsor dashboards (the
perform and transform halves side by side, the trend over frozen periods), the list of
frozen scorecards with its exports, a scorecard with its drill-down to the records, its
PDF and the executive's signature; the templates and their forms. The sponsor's own
pages are in ``portal_views``."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from accord.accounts.decorators import staff_required
from accord.core import exports
from accord.core.concurrency import VersionField
from accord.core.errors import apply_to_forms, field_errors
from accord.core.input import query_pk
from accord.core.pagination import paginate
from accord.scorecards import selectors, services
from accord.scorecards.compute import compute
from accord.scorecards.forms import (
    BandFormSet,
    CriterionFormSet,
    TemplateForm,
    filled,
)
from accord.scorecards.models import Scorecard, ScorecardTemplate
from accord.scorecards.rendering import halves, scorecard_context, scorecard_pdf_response, trend
from accord.scorecards.scopes import scope_of
from accord.scorecards.variables import (
    COMPANY,
    PERIOD_KINDS,
    SCOPE_KINDS,
    SITE,
    SPONSOR,
    Period,
    variables,
)
from accord.signatures.session import signature_form, signature_recorded, signer_credentials

VIEW = "scorecards.view_scorecard"
TREND_PERIODS = 8


def _template_for(request: HttpRequest, kind: str) -> ScorecardTemplate | None:
    templates = selectors.templates_visible_to(request.user).filter(scope_kind=kind)
    wanted = request.GET.get("template", "")
    if (wanted_pk := query_pk(wanted)) is not None:
        found = templates.filter(pk=wanted_pk).first()
        if found is not None:
            return found
    return templates.order_by("-is_active", "name").first()


def _series(user, template, scope) -> list[Scorecard]:
    rows = selectors.scorecards_visible_to(user).filter(
        template=template,
        scope_kind=scope.kind,
        scope_key="" if scope.key is None else str(scope.key),
    )
    return list(rows.order_by("-period_start")[:TREND_PERIODS])


def _latest_by_scope(user, kind: str) -> dict[str, Scorecard]:
    """The newest frozen scorecard of each scope of ``kind`` (any template)."""
    latest: dict[str, Scorecard] = {}
    for scorecard in (
        selectors.scorecards_visible_to(user).filter(scope_kind=kind).order_by("-period_start")
    ):
        latest.setdefault(scorecard.scope_key, scorecard)
    return latest


@staff_required(VIEW)
def dashboard(request: HttpRequest, kind: str = COMPANY, key: int | None = None) -> HttpResponse:
    scope = scope_of(kind, key)
    if scope is None:
        raise Http404("No such scope.")
    template = _template_for(request, kind)
    context: dict = {"scope": scope, "template": template, "kind": kind}
    if template is not None:
        today = timezone.localdate()
        current = Period.containing(template.period_kind, today)
        live = compute(template, scope, current)
        series = _series(request.user, template, scope)
        context.update(
            {
                "current": current,
                "live": live,
                "live_halves": halves(live.criteria),
                "last": series[0] if series else None,
                "series": series,
                "chart": trend(series),
                "templates": selectors.templates_visible_to(request.user).filter(scope_kind=kind),
            }
        )
    if kind == COMPANY:
        context["sites"] = _scope_rows(request.user, SITE)
        context["sponsors"] = _scope_rows(request.user, SPONSOR)
    return render(request, "scorecards/dashboard.html", context)


def _scope_rows(user, kind: str) -> list[dict]:
    from accord.scorecards.scopes import scopes_for

    latest = _latest_by_scope(user, kind)
    period = Period.containing("quarter", timezone.localdate())
    return [
        {"scope": scope, "latest": latest.get(str(scope.key))} for scope in scopes_for(kind, period)
    ]


def _filtered(request: HttpRequest):
    filters = {
        "q": request.GET.get("q", "").strip(),
        "scope_kind": request.GET.get("scope_kind", ""),
        "state": request.GET.get("state", ""),
        "template": request.GET.get("template", ""),
    }
    rows = selectors.scorecards_filter(selectors.scorecards_visible_to(request.user), **filters)
    return rows, filters


@staff_required(VIEW)
def scorecard_list(request: HttpRequest) -> HttpResponse:
    rows, filters = _filtered(request)
    params = request.GET.copy()
    params.pop("page", None)
    return render(
        request,
        "scorecards/list.html",
        {
            "page": paginate(request, rows),
            "filters": filters,
            "scope_kinds": list(SCOPE_KINDS.items()),
            "states": Scorecard.State.choices,
            "templates": selectors.templates_visible_to(request.user),
            "querystring": params.urlencode(),
            "filtered": any(filters.values()),
        },
    )


HEADINGS = [
    "Template",
    "Scores",
    "Scope",
    "Period",
    "From",
    "To",
    "Score",
    "Perform",
    "Transform",
    "Standing",
    "State",
    "Frozen at",
    "Signed by",
    "Signed at",
]


def _row(s: Scorecard) -> list[object]:
    return [
        s.template_name,
        s.get_scope_kind_display(),
        s.scope_label,
        s.period.label,
        s.period_start,
        s.period_end,
        s.score,
        s.perform,
        s.transform,
        s.standing,
        s.get_state_display(),
        s.frozen_at,
        s.signed_by.printed_name if s.signed_by_id else "",
        s.signed_at,
    ]


@staff_required(VIEW)
def scorecard_export(request: HttpRequest, fmt: str) -> HttpResponse:
    if fmt not in ("csv", "xlsx"):
        raise Http404("Export as csv or xlsx.")
    rows, _ = _filtered(request)
    data = [_row(s) for s in rows]
    if fmt == "csv":
        return exports.csv_response("scorecards.csv", HEADINGS, data)
    book = exports.xlsx_workbook()
    exports.xlsx_sheet(book, "Scorecards", HEADINGS, data, widths=(24, 12, 30, 12))
    return exports.xlsx_response(book, "scorecards.xlsx")


def _scorecard(request: HttpRequest, pk: int) -> Scorecard:
    return get_object_or_404(selectors.scorecards_visible_to(request.user), pk=pk)


def _can_sign(request: HttpRequest, scorecard: Scorecard) -> bool:
    return not scorecard.is_signed and request.user.has_perm("scorecards.sign_scorecard")


@staff_required(VIEW)
def scorecard_detail(request: HttpRequest, pk: int) -> HttpResponse:
    scorecard = _scorecard(request, pk)
    return render(
        request,
        "scorecards/detail.html",
        {**scorecard_context(scorecard), "can_sign": _can_sign(request, scorecard)},
    )


@staff_required(VIEW)
def scorecard_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    return scorecard_pdf_response(_scorecard(request, pk))


@staff_required("scorecards.sign_scorecard")
def scorecard_sign(request: HttpRequest, pk: int) -> HttpResponse:
    scorecard = _scorecard(request, pk)
    if scorecard.is_signed:
        messages.info(request, "This scorecard is already signed.")
        return redirect("scorecards:detail", pk=scorecard.pk)
    signing = signature_form(request, meaning=services.SIGN_MEANING)
    signing.fields["version"] = VersionField(initial=scorecard.version)
    if request.method == "POST" and signing.is_valid():
        data = signing.cleaned_data
        try:
            services.scorecard_sign(
                actor=request.user,
                scorecard=scorecard,
                meaning=data.get("meaning", ""),
                reason=data.get("reason", ""),
                version=data["version"],
                **signer_credentials(signing),
            )
        except ValidationError as exc:
            apply_to_forms(exc, signing)
        else:
            signature_recorded(request, signing)
            messages.success(request, "The scorecard is signed.")
            return redirect("scorecards:detail", pk=scorecard.pk)
    return render(
        request, "scorecards/sign.html", {**scorecard_context(scorecard), "form": signing}
    )


# --------------------------------------------------------------------------- templates


@staff_required("scorecards.view_scorecardtemplate")
def template_list(request: HttpRequest) -> HttpResponse:
    templates = selectors.templates_visible_to(request.user).prefetch_related("criteria")
    return render(
        request,
        "scorecards/templates.html",
        {
            "templates": templates,
            "can_add": request.user.has_perm("scorecards.add_scorecardtemplate"),
        },
    )


def _template(request: HttpRequest, pk: int) -> ScorecardTemplate:
    return get_object_or_404(selectors.templates_visible_to(request.user), pk=pk)


@staff_required("scorecards.view_scorecardtemplate")
def template_detail(request: HttpRequest, pk: int) -> HttpResponse:
    template = _template(request, pk)
    criteria = list(template.criteria.all())
    return render(
        request,
        "scorecards/template_detail.html",
        {
            "template": template,
            "criteria": criteria,
            "bands": template.bands.all(),
            "weights": {
                half: sum(c.weight for c in criteria if c.half == half)
                for half in ("perform", "transform")
            },
            "can_change": request.user.has_perm("scorecards.change_scorecardtemplate"),
            "frozen": template.scorecards.count(),
        },
    )


def _template_form_page(request: HttpRequest, template: ScorecardTemplate | None):
    initial: dict = {"period_kind": "quarter", "is_active": True}
    criteria_initial: list[dict] = []
    bands_initial: list[dict] = []
    if template is not None:
        initial = {
            "name": template.name,
            "description": template.description,
            "scope_kind": template.scope_kind,
            "period_kind": template.period_kind,
            "is_active": template.is_active,
            "version": template.version,
        }
        criteria_initial = [
            {f: getattr(c, f) for f in services.CRITERION_FIELDS} for c in template.criteria.all()
        ]
        bands_initial = [
            {f: getattr(b, f) for f in services.BAND_FIELDS} for b in template.bands.all()
        ]
    data = request.POST if request.method == "POST" else None
    form = TemplateForm(data, initial=initial)
    criteria = CriterionFormSet(data, initial=criteria_initial, prefix="criteria")
    bands = BandFormSet(data, initial=bands_initial, prefix="bands")
    errors: list[str] = []
    if request.method == "POST" and form.is_valid() and criteria.is_valid() and bands.is_valid():
        fields = dict(form.cleaned_data)
        version = fields.pop("version", None)
        parts = {
            "criteria": filled(criteria, ("name", "formula", "weight")),
            "bands": filled(bands, ("name", "lower", "upper")),
        }
        try:
            if template is None:
                saved = services.template_create(actor=request.user, **parts, **fields)
            else:
                saved = services.template_update(
                    actor=request.user, template=template, version=version, **parts, **fields
                )
        except ValidationError as exc:
            found = field_errors(exc)
            for key in ("criteria", "bands"):
                errors += found.pop(key, [])
            if found:
                apply_to_forms(ValidationError(found), form)
        else:
            messages.success(request, f"{saved.name} is saved.")
            return redirect("scorecards:template", pk=saved.pk)
    return render(
        request,
        "scorecards/template_form.html",
        {
            "form": form,
            "criteria": criteria,
            "bands": bands,
            "errors": errors,
            "template": template,
            "variables": variables(),
            "period_kinds": PERIOD_KINDS,
        },
    )


@staff_required("scorecards.add_scorecardtemplate")
def template_create(request: HttpRequest) -> HttpResponse:
    return _template_form_page(request, None)


@staff_required("scorecards.change_scorecardtemplate")
def template_edit(request: HttpRequest, pk: int) -> HttpResponse:
    return _template_form_page(request, _template(request, pk))
