"""Initiative pages for the CDMO's staff (a sponsor's people get 403 on every one; they
read their sponsor-facing initiatives in the portal): the list with its filters and
exports, the initiative with its stages, deliverables, gates, baseline and charts, and
the forms that call one service each."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from accord.accounts.decorators import staff_required
from accord.core import clock, exports
from accord.core.errors import apply_to_form, apply_to_forms
from accord.core.input import query_pk
from accord.core.pagination import paginate
from accord.improvement import selectors, services
from accord.improvement.forms import (
    BaselineForm,
    CancelForm,
    DeliverableAddForm,
    DeliverableForm,
    InitiativeFilterForm,
    InitiativeForm,
)
from accord.improvement.models import STAGE_ORDER, Initiative, Stage
from accord.improvement.services.gates import gate_gaps
from accord.improvement.services.shared import ADD, APPROVE, CHANGE
from accord.improvement.views.charts import initiative_charts
from accord.lessons.selectors import lessons_visible_to
from accord.signatures.models import Meaning
from accord.signatures.selectors import manifest
from accord.signatures.session import signature_form, signature_recorded, signer_credentials

VIEW = "improvement.view_initiative"


def _filtered(request: HttpRequest):
    form = InitiativeFilterForm(request.GET or None)
    rows = selectors.initiatives_filter(
        selectors.initiatives_visible_to(request.user), **form.filters()
    )
    return form, rows


@staff_required(VIEW)
def initiative_list(request: HttpRequest) -> HttpResponse:
    form, rows = _filtered(request)
    params = request.GET.copy()
    params.pop("page", None)
    every = selectors.initiatives_visible_to(request.user)
    return render(
        request,
        "improvement/initiative_list.html",
        {
            "form": form,
            "page": paginate(request, rows.order_by("-started_on", "-code")),
            "querystring": params.urlencode(),
            "filtered": bool(request.GET.dict().keys() - {"page", "per_page"}),
            "can_add": request.user.has_perm(ADD),
            "by_stage": [
                (stage, every.filter(status="open", stage=stage).count()) for stage in Stage
            ],
        },
    )


HEADINGS = [
    "Code",
    "Title",
    "Method",
    "Stage",
    "Status",
    "Site",
    "Sponsor",
    "Project",
    "Owner",
    "Champion",
    "Started on",
    "Closed on",
    "Baseline metric",
    "Baseline",
    "Target",
    "Result",
    "Unit",
    "Days saved",
    "Cost saved (CHF)",
    "Right-first-time gain (points)",
]


def _row(item: Initiative) -> list[object]:
    return [
        item.code,
        item.title,
        item.get_method_display(),
        item.stage_label,
        item.get_status_display(),
        item.site.name,
        item.sponsor.name if item.sponsor else "Internal",
        item.project.code if item.project else "",
        item.owner.printed_name,
        item.champion.printed_name,
        item.started_on,
        item.closed_on,
        item.baseline_metric,
        item.baseline_value,
        item.target_value,
        item.result_value,
        item.unit,
        item.days_saved,
        item.cost_saved,
        item.rft_points,
    ]


@staff_required(VIEW)
def initiative_export(request: HttpRequest, fmt: str) -> HttpResponse:
    if fmt not in ("csv", "xlsx"):
        raise Http404("Export as csv or xlsx.")
    _, rows = _filtered(request)
    data = [_row(item) for item in rows.order_by("-started_on", "-code")]
    stamp = f"{clock.today():%Y%m%d}"
    if fmt == "csv":
        return exports.csv_response(f"ci-initiatives-{stamp}.csv", HEADINGS, data)
    book = exports.xlsx_workbook()
    exports.xlsx_sheet(book, "CI initiatives", HEADINGS, data, widths=(14, 44, 24, 12))
    return exports.xlsx_response(book, f"ci-initiatives-{stamp}.xlsx")


def _initiative(request: HttpRequest, pk: int) -> Initiative:
    return get_object_or_404(selectors.initiatives_visible_to(request.user), pk=pk)


def _stages(initiative: Initiative) -> list[dict]:
    deliverables = list(initiative.deliverables.select_related("done_by", "added_by"))
    gates = {gate.stage: gate for gate in initiative.gates.select_related("passed_by")}
    for gate in gates.values():
        gate.manifest = manifest(gate)
    current = STAGE_ORDER.index(initiative.stage) if initiative.stage else len(STAGE_ORDER)
    return [
        {
            "stage": stage,
            "label": Stage(stage).label,
            "deliverables": [d for d in deliverables if d.stage == stage],
            "gate": gates.get(stage),
            "current": initiative.is_open and stage == initiative.stage,
            "ahead": initiative.is_open and index > current,
        }
        for index, stage in enumerate(STAGE_ORDER)
    ]


@staff_required(VIEW)
def initiative_detail(request: HttpRequest, pk: int) -> HttpResponse:
    initiative = _initiative(request, pk)
    user = request.user
    can_add = _may_edit_checklist(user, initiative)
    return render(
        request,
        "improvement/initiative_detail.html",
        {
            "initiative": initiative,
            "stages": _stages(initiative) if initiative.is_dmaic else [],
            "gaps": gate_gaps(initiative) if initiative.is_open else [],
            "team": initiative.team.order_by("last_name", "first_name"),
            "charts": initiative_charts(initiative, user),
            "baseline_delays": initiative.baseline_delays.select_related("project").order_by(
                "occurred_on", "pk"
            ),
            "audits": initiative.audits.select_related("area").order_by("audited_on", "pk"),
            "closing_manifest": manifest(initiative),
            "can_change": user.has_perm(CHANGE) and initiative.is_open,
            "can_add_deliverable": can_add,
            "deliverable_form": DeliverableAddForm(initiative=initiative) if can_add else None,
            "can_sign": user.has_perm(APPROVE)
            and user.pk == initiative.champion_id
            and initiative.is_open,
        },
    )


@staff_required(ADD)
def initiative_create(request: HttpRequest) -> HttpResponse:
    # "Make a CI initiative" on a lesson learned: ?lesson=<pk> starts from it.
    lesson = None
    if (lesson_pk := query_pk(request.GET.get("lesson", ""))) is not None:
        lesson = get_object_or_404(lessons_visible_to(request.user), pk=lesson_pk)
    initial = {"site": request.user.site_id, "owner": request.user.pk, "started_on": clock.today()}
    if lesson is not None:
        initial |= {
            "title": lesson.title[:200],
            "problem_statement": f"{lesson.what_happened}\n\nLesson: {lesson.recommendation}",
        }
    form = InitiativeForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = {k: v for k, v in form.cleaned_data.items() if k != "version"}
        try:
            initiative = services.initiative_create(actor=request.user, lesson=lesson, **data)
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"{initiative.code} is started.")
            return redirect("improvement:detail", pk=initiative.pk)
    return render(
        request,
        "improvement/initiative_form.html",
        {"form": form, "initiative": None, "lesson": lesson},
    )


@staff_required(CHANGE)
def initiative_edit(request: HttpRequest, pk: int) -> HttpResponse:
    initiative = _initiative(request, pk)
    form = InitiativeForm(
        request.POST or None,
        initiative=initiative,
        initial=InitiativeForm.initial_from(initiative),
    )
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        version = data.pop("version")
        try:
            services.initiative_update(
                actor=request.user, initiative=initiative, version=version, **data
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"{initiative.code} is saved.")
            return redirect("improvement:detail", pk=initiative.pk)
    return render(
        request, "improvement/initiative_form.html", {"form": form, "initiative": initiative}
    )


@staff_required(CHANGE)
def deliverable_toggle(request: HttpRequest, pk: int, deliverable_pk: int) -> HttpResponse:
    initiative = _initiative(request, pk)
    deliverable = get_object_or_404(initiative.deliverables.all(), pk=deliverable_pk)
    if request.method != "POST":
        return redirect("improvement:detail", pk=initiative.pk)
    form = DeliverableForm(request.POST)
    if form.is_valid():
        try:
            services.deliverable_set_done(
                actor=request.user,
                deliverable=deliverable,
                done=form.cleaned_data["done"],
                note=form.cleaned_data["note"],
            )
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, f"{deliverable.name}: saved.")
    return redirect("improvement:detail", pk=initiative.pk)


def _may_edit_checklist(user, initiative: Initiative) -> bool:
    return (
        initiative.is_dmaic
        and initiative.is_open
        and user.has_perm(CHANGE)
        and user.pk in (initiative.owner_id, initiative.champion_id)
    )


@staff_required(CHANGE)
def deliverable_add(request: HttpRequest, pk: int) -> HttpResponse:
    """The owner or champion adds a deliverable of the initiative's own to a stage."""
    initiative = _initiative(request, pk)
    if request.method != "POST":
        return redirect("improvement:detail", pk=initiative.pk)
    form = DeliverableAddForm(request.POST, initiative=initiative)
    if not form.is_valid():
        problems = [
            f"{form.fields[name].label or name.title()}: {' '.join(errors)}"
            for name, errors in form.errors.items()
        ]
        messages.error(request, " ".join(problems))
        return redirect("improvement:detail", pk=initiative.pk)
    try:
        added = services.deliverable_add(
            actor=request.user, initiative=initiative, **form.cleaned_data
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(
            request, f"{added.name} is added to the {added.get_stage_display()} checklist."
        )
    return redirect("improvement:detail", pk=initiative.pk)


@staff_required(CHANGE)
def deliverable_remove(request: HttpRequest, pk: int, deliverable_pk: int) -> HttpResponse:
    initiative = _initiative(request, pk)
    deliverable = get_object_or_404(initiative.deliverables.all(), pk=deliverable_pk)
    if request.method != "POST":
        return redirect("improvement:detail", pk=initiative.pk)
    try:
        services.deliverable_remove(actor=request.user, deliverable=deliverable)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, f"{deliverable.name} is removed from the checklist.")
    return redirect("improvement:detail", pk=initiative.pk)


@staff_required(CHANGE)
def initiative_baseline(request: HttpRequest, pk: int) -> HttpResponse:
    """Take the baseline from the delays: choose the cause, scope and period, see the
    figure and the delays it comes from, then store it."""
    initiative = _initiative(request, pk)
    form = BaselineForm(
        request.POST or request.GET or None,
        initial={
            "site": initiative.site_id,
            "sponsor": initiative.sponsor_id,
            "cause": initiative.baseline_cause or None,
            "start": initiative.baseline_start,
            "end": initiative.baseline_end,
        },
    )
    figure = None
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        scope = {k: data[k] for k in ("cause", "start", "end", "site", "sponsor")}
        try:
            if request.method == "POST":
                services.initiative_baseline_from_delays(
                    actor=request.user,
                    initiative=initiative,
                    version=initiative.version,
                    **scope,
                )
                messages.success(request, f"{initiative.code}: the baseline is taken from delays.")
                return redirect("improvement:detail", pk=initiative.pk)
            figure = services.baseline_from_delays(user=request.user, **scope)
        except ValidationError as exc:
            apply_to_form(form, exc)
    return render(
        request,
        "improvement/baseline.html",
        {"initiative": initiative, "form": form, "figure": figure},
    )


def _signing(request, initiative, *, title, button, call) -> HttpResponse:
    if request.user.pk != initiative.champion_id:
        raise PermissionDenied("Only the initiative's champion signs it.")
    form = signature_form(request, meaning=Meaning.APPROVED)
    if request.method == "POST" and form.is_valid():
        try:
            call(form)
        except ValidationError as exc:
            apply_to_forms(exc, form)
        else:
            signature_recorded(request, form)
            return redirect("improvement:detail", pk=initiative.pk)
    return render(
        request,
        "improvement/sign.html",
        {
            "initiative": initiative,
            "form": form,
            "title": title,
            "button": button,
            "gaps": gate_gaps(initiative),
            "deliverables": initiative.deliverables.filter(stage=initiative.stage),
        },
    )


@staff_required(APPROVE)
def initiative_gate(request: HttpRequest, pk: int) -> HttpResponse:
    initiative = _initiative(request, pk)
    if not (initiative.is_dmaic and initiative.is_open):
        raise PermissionDenied("This initiative has no gate waiting.")
    stage = initiative.get_stage_display()

    def call(form):
        services.initiative_pass_gate(
            actor=request.user,
            initiative=initiative,
            version=initiative.version,
            note=form.cleaned_data.get("reason", ""),
            **signer_credentials(form),
        )
        messages.success(request, f"{initiative.code}: the {stage} gate is signed.")

    return _signing(
        request, initiative, title=f"Pass the {stage} gate", button="Sign the gate", call=call
    )


@staff_required(APPROVE)
def initiative_close(request: HttpRequest, pk: int) -> HttpResponse:
    initiative = _initiative(request, pk)
    if initiative.is_dmaic or not initiative.is_open:
        raise PermissionDenied("This initiative does not close here.")

    def call(form):
        services.initiative_close(
            actor=request.user,
            initiative=initiative,
            version=initiative.version,
            note=form.cleaned_data.get("reason", ""),
            **signer_credentials(form),
        )
        messages.success(request, f"{initiative.code} is closed.")

    return _signing(request, initiative, title="Close", button="Sign the closure", call=call)


@staff_required(CHANGE)
def initiative_cancel(request: HttpRequest, pk: int) -> HttpResponse:
    initiative = _initiative(request, pk)
    form = CancelForm(request.POST or None, initial={"version": initiative.version})
    if request.method == "POST" and form.is_valid():
        try:
            services.initiative_cancel(
                actor=request.user, initiative=initiative, **form.cleaned_data
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"{initiative.code} is cancelled.")
            return redirect("improvement:detail", pk=initiative.pk)
    return render(request, "improvement/cancel.html", {"initiative": initiative, "form": form})
