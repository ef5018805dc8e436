"""Leveling runs: the list and the request form, one run's proposal with its progress while
it computes, applying or discarding it, its export; and a project's leveling outcomes, the
one capacity page a sponsor's people see (their own projects, applied runs only)."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import F, Sum
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from accord.accounts.decorators import staff_required
from accord.accounts.models import Site
from accord.capacity import selectors
from accord.capacity.leveling import (
    APPLY_PERMISSION,
    RUN_PERMISSION,
    leveling_apply,
    leveling_discard,
    leveling_request,
)
from accord.capacity.leveling_forms import DecisionForm, LevelingRequestForm
from accord.capacity.models import LevelingRun, RunStatus
from accord.core import exports
from accord.core.errors import apply_to_form
from accord.core.input import INT64_MAX
from accord.core.models import Job
from accord.core.pagination import paginate
from accord.projects.selectors import projects_visible_to

VIEW = selectors.VIEW_RUNS


def _runs(request: HttpRequest):
    rows = selectors.runs_visible_to(request.user)
    status = request.GET.get("status", "")
    site = request.GET.get("site", "")
    if status in RunStatus.values:
        rows = rows.filter(status=status)
    if site == "portfolio":
        rows = rows.filter(site__isnull=True)
    elif site.isdigit() and int(site) <= INT64_MAX:
        rows = rows.filter(site_id=int(site))
    return rows, {"status": status, "site": site}


@staff_required(VIEW)
def leveling_list(request: HttpRequest) -> HttpResponse:
    rows, filters = _runs(request)
    form = LevelingRequestForm()
    if request.method == "POST":
        form = LevelingRequestForm(request.POST)
        if form.is_valid():
            try:
                run = leveling_request(
                    actor=request.user,
                    site=form.cleaned_data["site"],
                    note=form.cleaned_data["note"],
                )
            except ValidationError as error:
                apply_to_form(form, error)
            else:
                messages.success(request, f"Leveling run {run.pk} was queued.")
                return redirect("capacity:leveling_detail", run.pk)
    page = paginate(request, rows)
    params = request.GET.copy()
    params.pop("page", None)
    return render(
        request,
        "capacity/leveling/list.html",
        {
            "page": page,
            "filters": filters,
            "filtered": any(filters.values()),
            "statuses": RunStatus.choices,
            "sites": Site.objects.order_by("name"),
            "querystring": params.urlencode(),
            "form": form,
            "can_run": request.user.has_perm(RUN_PERMISSION),
        },
    )


def _run(request: HttpRequest, pk: int) -> LevelingRun:
    return get_object_or_404(selectors.runs_visible_to(request.user), pk=pk)


def _job_of(run: LevelingRun) -> Job | None:
    return (
        Job.objects.filter(func="accord.capacity.leveling.leveling_execute", args=[run.pk])
        .order_by("-pk")
        .first()
    )


@staff_required(VIEW)
def leveling_detail(request: HttpRequest, pk: int) -> HttpResponse:
    run = _run(request, pk)
    project = request.GET.get("project", "")
    moves = run.moves.select_related("task", "project", "project__sponsor").filter(
        project__in=projects_visible_to(request.user)
    )
    if project.isdigit() and int(project) <= INT64_MAX:
        moves = moves.filter(project_id=int(project))
    moves = moves.exclude(planned_start=F("leveled_start"))
    outcomes = run.outcomes.select_related("project", "project__sponsor").order_by(
        "-delay_days", "project__code"
    )
    page = paginate(request, moves, per_page=50)
    params = request.GET.copy()
    params.pop("page", None)
    summary = run.summary or {}
    return render(
        request,
        "capacity/leveling/detail.html",
        {
            "run": run,
            "job": _job_of(run),
            "summary": summary,
            "outcomes": outcomes,
            "page": page,
            "project_filter": project,
            "querystring": params.urlencode(),
            "delayed_projects": sum(1 for o in outcomes if o.delay_days > 0),
            "decision": DecisionForm(initial={"version": run.version}),
            "can_decide": request.user.has_perm(APPLY_PERMISSION)
            and run.status == RunStatus.PROPOSED,
        },
    )


@staff_required(VIEW)
def leveling_progress(request: HttpRequest, pk: int) -> HttpResponse:
    run = _run(request, pk)
    response = render(
        request, "capacity/leveling/_progress.html", {"run": run, "job": _job_of(run)}
    )
    if run.status not in (RunStatus.QUEUED, RunStatus.RUNNING):
        response["HX-Refresh"] = "true"  # the proposal is ready: show the whole page
    return response


@require_POST
@staff_required(APPLY_PERMISSION)
def leveling_decide(request: HttpRequest, pk: int, decision: str) -> HttpResponse:
    run = _run(request, pk)
    form = DecisionForm(request.POST)
    if decision not in ("apply", "discard"):
        raise Http404("Apply or discard.")
    if form.is_valid():
        try:
            if decision == "apply":
                leveling_apply(
                    actor=request.user,
                    run=run,
                    version=form.cleaned_data["version"],
                    reason=form.cleaned_data["reason"],
                )
                messages.success(request, f"Leveling run {run.pk} was applied to the plans.")
            else:
                leveling_discard(
                    actor=request.user,
                    run=run,
                    version=form.cleaned_data["version"],
                    reason=form.cleaned_data["reason"],
                )
                messages.success(request, f"Leveling run {run.pk} was discarded.")
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
    else:
        messages.error(request, "The decision form was incomplete; reload the page.")
    return redirect("capacity:leveling_detail", run.pk)


MOVE_HEADINGS = [
    "Project",
    "Sponsor",
    "WBS",
    "Task",
    "Planned start",
    "Planned finish",
    "Leveled start",
    "Leveled finish",
    "Days later",
    "Waits for",
]


@staff_required(VIEW)
def leveling_export(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    if fmt not in ("csv", "xlsx"):
        raise Http404("Export as csv or xlsx.")
    run = _run(request, pk)
    moves = (
        run.moves.select_related("task", "project", "project__sponsor")
        .filter(project__in=projects_visible_to(request.user))
        .exclude(planned_start=F("leveled_start"))
    )
    data = [
        [
            m.project.code,
            m.project.sponsor.name,
            m.task.wbs,
            m.task.name,
            m.planned_start,
            m.planned_finish,
            m.leveled_start,
            m.leveled_finish,
            m.delay_days,
            m.resources,
        ]
        for m in moves
    ]
    name = f"leveling-run-{run.pk}"
    if fmt == "csv":
        return exports.csv_response(f"{name}.csv", MOVE_HEADINGS, data)
    book = exports.xlsx_workbook()
    exports.xlsx_sheet(book, "Tasks moved", MOVE_HEADINGS, data, widths=(14, 24, 8, 40))
    outcome_rows = [
        [
            o.project.code,
            o.project.sponsor.name,
            o.planned_finish,
            o.leveled_finish,
            o.delay_days,
            o.tasks_moved,
        ]
        for o in run.outcomes.select_related("project", "project__sponsor").filter(
            project__in=projects_visible_to(request.user)
        )
    ]
    exports.xlsx_sheet(
        book,
        "Projects",
        ["Project", "Sponsor", "Planned finish", "Leveled finish", "Days later", "Tasks moved"],
        outcome_rows,
        widths=(14, 24, 14, 14),
    )
    return exports.xlsx_response(book, f"{name}.xlsx")


def project_leveling(request: HttpRequest, project_pk: int) -> HttpResponse:
    """What capacity leveling did to one project: for its sponsor's people, the applied
    runs only, with dates and milestones and nothing of other projects or resources."""
    if not request.user.is_authenticated:
        from django.contrib.auth.views import redirect_to_login

        return redirect_to_login(request.get_full_path())
    project = get_object_or_404(projects_visible_to(request.user), pk=project_pk)
    outcomes = (
        selectors.outcomes_visible_to(request.user)
        .filter(project=project)
        .select_related("run", "run__decided_by")
        .order_by("-run__requested_at")
    )
    if not request.user.is_cdmo_staff:
        outcomes = outcomes.filter(run__status=RunStatus.APPLIED)
    totals = outcomes.filter(run__status=RunStatus.APPLIED).aggregate(days=Sum("delay_days"))
    return render(
        request,
        "capacity/leveling/project.html",
        {
            "project": project,
            "outcomes": outcomes,
            "applied_days": totals["days"] or 0,
            "staff": request.user.is_cdmo_staff,
        },
    )
