"""Deviation pages for the CDMO's people: the list (search, filters, export), raising one
(also from a delay, a concern or a risk), a deviation's page with its clocks, parts,
signatures and the steps the reader may take, and a page per step. Every write calls
one service. A sponsor's people reach a deviation's page once their company was told of
it, and read what the quality agreement entitles them to, never the internal parts."""

from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from accord.accounts.decorators import staff_required
from accord.accounts.models import Organization, Site
from accord.core import exports
from accord.core.errors import apply_to_form
from accord.core.input import INT64_MAX
from accord.core.pagination import paginate
from accord.delays.selectors import delays_visible_to
from accord.projects.selectors import projects_visible_to
from accord.quality import deviation_forms as f
from accord.quality.models import (
    CLASS_DEFINITIONS,
    Deviation,
    DeviationClass,
    Investigation,
)
from accord.quality.models.deviations import DeviationState
from accord.quality.selectors import capas_visible_to, deviations_visible_to
from accord.quality.services import deviation_records as records
from accord.quality.services import (
    deviation_steps,
)
from accord.quality.services import deviations as services
from accord.quality.workflows import APPROVE, WORK
from accord.risks.selectors import risks_visible_to
from accord.service.selectors import concerns_visible_to
from accord.signatures.selectors import manifest

S = DeviationState
VIEW = "quality.view_deviation"
SOON_DAYS = 7
STATES = [("", "Every state"), ("open", "Open"), *S.choices]


# -- The list ----------------------------------------------------------------------------


def _int(value: str) -> int | None:
    return int(value) if value.isdigit() and int(value) <= INT64_MAX else None


def _filtered(request: HttpRequest) -> tuple[QuerySet[Deviation], dict[str, str]]:
    deviations = deviations_visible_to(request.user)
    get = request.GET
    filters = {
        key: get.get(key, "").strip()
        for key in ("q", "classification", "state", "sponsor", "site", "overdue")
    }
    if filters["q"]:
        q = filters["q"]
        deviations = deviations.filter(
            Q(number__icontains=q)
            | Q(title__icontains=q)
            | Q(area__icontains=q)
            | Q(equipment__icontains=q)
        )
    if filters["classification"] in DeviationClass.values:
        deviations = deviations.filter(classification=filters["classification"])
    if filters["state"] == "open":
        deviations = deviations.exclude(state__in=(S.CLOSED, S.CANCELLED))
    elif filters["state"] in S.values:
        deviations = deviations.filter(state=filters["state"])
    if (sponsor := _int(filters["sponsor"])) is not None:
        deviations = deviations.filter(sponsor_id=sponsor)
    if (site := _int(filters["site"])) is not None:
        deviations = deviations.filter(site_id=site)
    if filters["overdue"] == "yes":
        deviations = deviations.exclude(state__in=(S.CLOSED, S.CANCELLED)).filter(
            due_date__lt=timezone.localdate()
        )
    return deviations.order_by("-discovered_at", "-number"), filters


@staff_required(VIEW)
def deviation_list(request: HttpRequest) -> HttpResponse:
    deviations, filters = _filtered(request)
    page = paginate(request, deviations, per_page=25)
    params = request.GET.copy()
    params.pop("page", None)
    return render(
        request,
        "quality/deviation_list.html",
        {
            "page": page,
            "filters": filters,
            "states": STATES,
            "classes": DeviationClass.choices,
            "sponsors": Organization.objects.filter(kind=Organization.Kind.SPONSOR).order_by(
                "name"
            ),
            "sites": Site.objects.order_by("name"),
            "querystring": params.urlencode(),
            "filtered": any(filters.values()),
            "today": timezone.localdate(),
            "can_raise": request.user.has_perm(services.RAISE),
        },
    )


HEADINGS = [
    "Number",
    "Title",
    "Class",
    "State",
    "Sponsor",
    "Project",
    "Site",
    "Area",
    "Equipment",
    "Occurred at",
    "Discovered at",
    "Owner",
    "Due date",
    "Tell the sponsor by",
    "Sponsor told at",
    "Preliminary summary due",
    "Closed at",
]


def _row(d: Deviation) -> list[object]:
    return [
        d.number,
        d.title,
        d.get_classification_display(),
        d.get_state_display(),
        d.sponsor.name if d.sponsor else None,
        d.project.code if d.project else None,
        d.site.name,
        d.area,
        d.equipment,
        d.occurred_at,
        d.discovered_at,
        d.owner.printed_name,
        d.due_date,
        d.notify_by,
        d.notified_at,
        d.summary_due,
        d.closed_at,
    ]


@staff_required(VIEW)
def deviation_export(request: HttpRequest, fmt: str) -> HttpResponse:
    if fmt not in ("csv", "xlsx"):
        raise Http404("Export as csv or xlsx.")
    deviations, _ = _filtered(request)
    rows = [_row(d) for d in deviations]
    if fmt == "csv":
        return exports.csv_response("deviations.csv", HEADINGS, rows)
    book = exports.xlsx_workbook()
    exports.xlsx_sheet(book, "Deviations", HEADINGS, rows, widths=(16, 40, 10, 18))
    return exports.xlsx_response(book, "deviations.xlsx")


# -- Raising one -------------------------------------------------------------------------


def _origin(request: HttpRequest) -> dict[str, object]:
    """The delay, concern or risk a deviation is raised from (``?delay=``, ...)."""
    source = request.GET if request.method == "GET" else request.POST
    origin: dict[str, object] = {}
    for key, visible in (
        ("delay", delays_visible_to),
        ("concern", concerns_visible_to),
        ("risk", risks_visible_to),
    ):
        pk = _int(source.get(key, ""))
        if pk is not None:
            origin[f"from_{key}"] = get_object_or_404(visible(request.user), pk=pk)
    return origin


def _initial_from(origin: dict[str, object]) -> dict[str, object]:
    record = next(iter(origin.values()), None)
    if record is None:
        return {}
    project = getattr(record, "project", None)
    return {
        "title": record.title,
        "project": project.pk if project else None,
        "site": project.site_id if project else None,
        "discovered_at": timezone.localtime().replace(second=0, microsecond=0),
    }


@staff_required(services.RAISE)
def deviation_raise(request: HttpRequest) -> HttpResponse:
    origin = _origin(request)
    form = f.DeviationForm(
        request.POST or None,
        projects=projects_visible_to(request.user).order_by("code"),
        initial=_initial_from(origin),
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            deviation = services.deviation_raise(
                actor=request.user,
                intake=services.Intake(
                    title=data["title"],
                    description=data["description"],
                    occurred_at=data["occurred_at"],
                    discovered_at=data["discovered_at"],
                    site=data["site"],
                    area=data["area"],
                    equipment=data["equipment"],
                    process_step=data["process_step"],
                    project=data["project"],
                    batches=list(data["batches"]),
                    containment=data["containment"],
                    classification=data["classification"],
                    classification_rationale=data["classification_rationale"],
                    severity=data["severity"],
                    occurrence=data["occurrence"],
                    detectability=data["detectability"],
                    owner=data["owner"],
                ),
                **origin,
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"Deviation {deviation.number} is raised.")
            return redirect("quality:deviation", pk=deviation.pk)
    return render(
        request,
        "quality/deviation_form.html",
        {
            "form": form,
            "origin": next(iter(origin.values()), None),
            "origin_key": next(iter(origin), "").removeprefix("from_"),
            "definitions": [(c.label, CLASS_DEFINITIONS[c]) for c in DeviationClass],
            "critical_score": services.CRITICAL_SCORE,
            "major_score": services.MAJOR_SCORE,
        },
    )


# -- A deviation's page ------------------------------------------------------------------

STEP_LABELS = {
    "edit": "Correct the intake",
    "assess": "Record the assessment",
    "recurrence": "Check for recurrence",
    "submit": "Submit to QA",
    "approve": "Approve (signature)",
    "send_back": "Send back",
    "investigation": "Write the investigation",
    "other_batch": "Add another batch assessed",
    "reclassify": "Reclassify (signature)",
    "request": "Ask for an extension or a cancellation",
    "notify": "Record the notice to the sponsor",
    "summary": "Record the preliminary summary sent",
}


def steps_for(deviation: Deviation, user) -> list[str]:
    """The steps ``user`` may take on ``deviation`` now, in the order of the page."""
    if not user.is_cdmo_staff or not deviation.is_open:
        return []
    work = user.has_perm(WORK)
    approve = user.has_perm(APPROVE) and user.pk not in (deviation.owner_id, deviation.reporter_id)
    actions = deviation_steps.actions_for(deviation, user)
    steps = []
    if work and deviation.state == S.ASSESSMENT:
        steps += ["assess", "recurrence", "edit"]
    if work and deviation.state == S.INVESTIGATION:
        steps += ["investigation", "other_batch"]
    if any(a.startswith("submit") for a in actions):
        steps.append("submit")
    if approve and any(a.startswith("approve") for a in actions):
        steps.append("approve")
    if any(a.startswith("return") for a in actions):
        steps.append("send_back")
    if approve:
        steps.append("reclassify")
    if work:
        steps.append("request")
    if work and deviation.sponsor_id and deviation.notified_at is None:
        steps.append("notify")
    if (
        work
        and deviation.notified_at
        and deviation.needs_investigation
        and deviation.summary_sent_at is None
    ):
        steps.append("summary")
    return steps


def _deviation(request: HttpRequest, pk: int) -> Deviation:
    return get_object_or_404(
        deviations_visible_to(request.user).select_related(
            "reporter", "agreement", "from_delay", "from_concern", "from_risk"
        ),
        pk=pk,
    )


def clocks_of(deviation: Deviation, now: dt.datetime | None = None) -> dict[str, object]:
    """The due date and the sponsor's clocks as a page reads them."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    days = (deviation.due_date - today).days
    return {
        "due_days": days,
        "overdue": deviation.is_open and days < 0,
        "due_soon": deviation.is_open and 0 <= days <= SOON_DAYS,
        "notify_lapsed": deviation.notify_by is not None
        and deviation.notified_at is None
        and now >= deviation.notify_by,
        "notify_late": deviation.notify_by is not None
        and deviation.notified_at is not None
        and deviation.notified_at > deviation.notify_by,
        "summary_lapsed": deviation.summary_due is not None
        and deviation.summary_sent_at is None
        and today > deviation.summary_due,
    }


@login_required
def deviation_detail(request: HttpRequest, pk: int) -> HttpResponse:
    deviation = _deviation(request, pk)
    user = request.user
    investigation = Investigation.objects.filter(deviation=deviation).first()
    capas = capas_visible_to(user).filter(deviation=deviation)
    context = {
        "deviation": deviation,
        "definition": CLASS_DEFINITIONS[deviation.classification],
        "suggested": services.class_suggested(
            deviation.severity, deviation.occurrence, deviation.detectability
        ),
        "investigation": investigation,
        "capas": capas,
        "clocks": clocks_of(deviation),
    }
    if user.is_sponsor_user:
        context["batches"] = deviation.batches.filter(project__sponsor_id=user.organization_id)
        context["summary_visible"] = bool(investigation and deviation.summary_sent_at)
        context["conclusion_visible"] = bool(investigation and investigation.approved_at)
        return render(request, "quality/deviation_sponsor.html", context)
    steps = steps_for(deviation, user)
    return render(
        request,
        "quality/deviation_detail.html",
        {
            **context,
            "batches": deviation.batches.all(),
            "definitions": [(c.label, CLASS_DEFINITIONS[c]) for c in DeviationClass],
            "steps": [(step, STEP_LABELS[step]) for step in steps],
            "missing": deviation_steps.missing_parts(deviation) if deviation.is_open else [],
            "requests": deviation.requests.select_related("requested_by", "decided_by"),
            "can_decide": user.has_perm(APPROVE)
            and user.pk not in (deviation.owner_id, deviation.reporter_id),
            "notices": deviation.notices.select_related("recorded_by"),
            "links": deviation.recurrence_links.select_related("earlier", "recorded_by"),
            "other_batches": investigation.other_batches.all() if investigation else [],
            "manifest": manifest(deviation)
            + (manifest(deviation.investigation) if _has_investigation(deviation) else []),
            "suggestions": _suggestions(deviation) if "recurrence" in steps else [],
        },
    )


def _suggestions(deviation: Deviation) -> list[tuple[Deviation, list[str]]]:
    return [
        (earlier, records.why_similar(deviation, earlier))
        for earlier in records.recurrence_candidates(deviation)[:10]
    ]


def _has_investigation(deviation: Deviation) -> bool:
    return Investigation.objects.filter(deviation=deviation).exists()
