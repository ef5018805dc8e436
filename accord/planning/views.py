"""A project's plan: the task table, the Gantt chart and the edits behind them."""

from __future__ import annotations

import datetime as dt
import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from accord.accounts.decorators import staff_required
from accord.core import clock, jobs
from accord.core.concurrency import StaleEdit
from accord.core.errors import apply_to_form, apply_to_forms, field_errors
from accord.planning import selectors, services, simulations
from accord.planning.assignments import plan_lapses
from accord.planning.bookings import equipment_lapses
from accord.planning.feeds import feed_by_secret, feed_create, feed_revoke
from accord.planning.feeds import feed_ics as feed_ics_body
from accord.planning.forms import (
    BaselineForm,
    DecisionForm,
    DependencyForm,
    FeedForm,
    PlanImportForm,
    RiskForm,
    TaskForm,
    TemplateForm,
)
from accord.planning.gantt import gantt_of, predecessor_labels
from accord.planning.interchange import plan_export_mspdi, plan_export_xlsx, plan_import_mspdi
from accord.planning.models import (
    Baseline,
    Decision,
    Dependency,
    Simulation,
    Task,
    TaskAssignment,
    TaskEquipment,
    TaskSkill,
)
from accord.planning.plan_templates import BY_MODALITY
from accord.planning.risk import RiskView
from accord.planning.scheduling import network_of
from accord.projects.selectors import projects_visible_to
from accord.signatures.models import Meaning
from accord.signatures.selectors import manifest
from accord.signatures.session import signature_form, signature_recorded, signer_credentials

SORTS = {
    "wbs": ("sort_order", "uid"),
    "start": ("early_start", "sort_order"),
    "finish": ("early_finish", "sort_order"),
    "float": ("total_float", "early_start"),
    "name": ("name",),
}


def _project(request: HttpRequest, pk: int):
    return get_object_or_404(projects_visible_to(request.user).select_related("site"), pk=pk)


def _can_edit(request: HttpRequest) -> bool:
    return request.user.is_cdmo_staff and request.user.has_perm(services.PLAN_PERMISSION)


@login_required
def plan(request: HttpRequest, pk: int) -> HttpResponse:
    project = _project(request, pk)
    tasks, links = selectors.plan_of(project)
    sort = request.GET.get("sort", "wbs")
    keys = SORTS.get(sort, SORTS["wbs"])
    tasks.sort(key=lambda t: tuple((getattr(t, k) is None, getattr(t, k) or 0) for k in keys))
    predecessors = predecessor_labels(tasks, links)
    finish = max((t.early_finish for t in tasks if t.early_finish), default=None)
    baseline, baseline_items = selectors.baseline_dates(project)
    first_baseline = (
        Baseline.objects.filter(project=project, number=1).first()
        if baseline is not None and baseline.number > 1
        else None
    )
    decisions = {
        d.task_id: d
        for d in Decision.objects.filter(task__project=project).select_related("decided_by")
    }
    calendar = network_of(project, [], []).calendar
    staff = request.user.is_cdmo_staff
    people, skills = _people_and_skills(project) if staff else ({}, {})
    booked = _equipment_of(project) if staff else {}
    rows = []
    # Each row links to its task twice: the links are built here, not by {% url %} per row.
    edit_url, people_url = _url_of("planning:task_edit"), _url_of("planning:task_people")
    for task in tasks:
        task.edit_url, task.people_url = edit_url(task.pk), people_url(task.pk)
        if task.kind == Task.Kind.SUMMARY and task.early_start and task.early_finish:
            # A summary lasts as long as the work under it, in working days.
            task.span_days = calendar.working_days_between(
                task.early_start, task.early_finish + dt.timedelta(days=1)
            )
        item = baseline_items.get(task.pk)
        variance = (task.early_finish - item.finish).days if item and task.early_finish else None
        task.people = people.get(task.pk, [])
        task.required = skills.get(task.pk, [])
        task.booked = booked.get(task.pk, [])
        rows.append((task, predecessors.get(task.pk, ""), item, variance, decisions.get(task.pk)))
    return render(
        request,
        "planning/plan.html",
        {
            "project": project,
            "rows": rows,
            "baseline": baseline,
            "baseline_manifest": manifest(baseline) if baseline else [],
            "finish_variance": (finish - baseline.finish).days if baseline and finish else None,
            "first_baseline": first_baseline,
            "first_variance": (finish - first_baseline.finish).days
            if first_baseline and finish
            else None,
            "sort": sort,
            "finish": finish,
            "critical_count": sum(1 for t in tasks if t.critical),
            "milestones": [t for t in tasks if t.is_milestone],
            "can_edit": _can_edit(request),
            "lapses": plan_lapses(project) if staff else [],
            "equipment_lapses": equipment_lapses(project) if staff else [],
            "today": clock.today(),
            "can_decide": request.user.is_cdmo_staff
            and request.user.has_perm("projects.approve_project"),
            "import_form": PlanImportForm() if not tasks and _can_edit(request) else None,
            "template_form": TemplateForm(initial={"template": BY_MODALITY.get(project.modality)})
            if not tasks and _can_edit(request)
            else None,
        },
    )


def _url_of(name: str):
    """``pk -> URL`` of a route that takes one pk: reversed once, filled in per row."""
    before, after = reverse(name, args=[987654321]).split("987654321")
    return lambda pk: f"{before}{pk}{after}"


def _people_and_skills(project) -> tuple[dict[int, list], dict[int, list]]:
    """Each task's people (with their overrides) and required competencies: two queries."""
    people: dict[int, list[TaskAssignment]] = {}
    for assignment in TaskAssignment.objects.filter(task__project=project).select_related(
        "person", "override", "override__overridden_by"
    ):
        people.setdefault(assignment.task_id, []).append(assignment)
    skills: dict[int, list[TaskSkill]] = {}
    for skill in TaskSkill.objects.filter(task__project=project).select_related("competency"):
        skills.setdefault(skill.task_id, []).append(skill)
    return people, skills


def _equipment_of(project) -> dict[int, list[TaskEquipment]]:
    """Each task's booked equipment (with its override): one query."""
    booked: dict[int, list[TaskEquipment]] = {}
    for booking in TaskEquipment.objects.filter(task__project=project).select_related(
        "equipment", "override", "override__overridden_by"
    ):
        booked.setdefault(booking.task_id, []).append(booking)
    return booked


@login_required
def gantt(request: HttpRequest, pk: int) -> HttpResponse:
    project = _project(request, pk)
    return render(
        request, "planning/gantt.html", {"project": project, "can_edit": _can_edit(request)}
    )


@login_required
def risk(request: HttpRequest, pk: int) -> HttpResponse:
    """Monte Carlo schedule risk on the plan as it is now (with its progress).

    Staff start runs (POST); everyone who sees the project sees the latest finished run,
    or the one named by ``?run=``. Large runs go to the background with a progress bar.
    """
    project = _project(request, pk)
    can_run = request.user.is_cdmo_staff and request.user.has_perm(simulations.PERMISSION)
    runs = (
        selectors.simulations_visible_to(request.user)
        .filter(project=project)
        .select_related("requested_by")
    )
    form = RiskForm()
    if request.method == "POST":
        if not can_run:
            raise PermissionDenied
        form = RiskForm(request.POST)
        if form.is_valid():
            try:
                run = simulations.simulation_request(
                    actor=request.user, project=project, **form.cleaned_data
                )
            except ValidationError as exc:
                apply_to_form(form, exc)
            else:
                return redirect(f"{reverse('planning:risk', args=[pk])}?run={run.pk}")
    wanted = request.GET.get("run", "")
    if wanted:
        if not wanted.isdigit():
            raise Http404
        selected = get_object_or_404(runs, pk=int(wanted))
    else:
        selected = runs.filter(status=Simulation.Status.DONE).first()
    active = runs.filter(status__in=(Simulation.Status.QUEUED, Simulation.Status.RUNNING)).first()
    if selected is not None and not form.is_bound:  # run again from the settings shown
        form = RiskForm(
            initial={
                "iterations": selected.iterations,
                "distribution": selected.distribution,
                "seed": selected.seed,
            }
        )
    analysis = (
        RiskView.of(selected.result)
        if selected is not None and selected.status == Simulation.Status.DONE
        else None
    )
    return render(
        request,
        "planning/risk.html",
        {
            "project": project,
            "form": form,
            "can_run": can_run,
            "selected": selected,
            "analysis": analysis,
            "active": active,
            "run_job": _run_job(active),
            "history": runs[:10],
            "has_plan": Task.objects.filter(project=project).exists(),
        },
    )


@login_required
def simulation_progress(request: HttpRequest, pk: int, run: int) -> HttpResponse:
    """The progress bar of a run, polled by htmx; sends the page to the result when done."""
    project = _project(request, pk)
    simulation = get_object_or_404(
        selectors.simulations_visible_to(request.user)
        .filter(project=project)
        .select_related("requested_by"),
        pk=run,
    )
    if not simulation.is_finished and simulations.simulations_expire(project):
        simulation.refresh_from_db()
    if simulation.is_finished and request.headers.get("HX-Request"):
        response = HttpResponse(status=204)
        response["HX-Redirect"] = f"{reverse('planning:risk', args=[pk])}?run={simulation.pk}"
        return response
    return render(
        request,
        "planning/_simulation_progress.html",
        {"project": project, "simulation": simulation, "run_job": _run_job(simulation)},
    )


def _run_job(simulation: Simulation | None):
    """The background job of a run in progress (its attempts tell a restart), or None."""
    if simulation is None or simulation.is_finished:
        return None
    return jobs.job_for(simulations.simulation_execute, simulation.pk)


@login_required
def gantt_data(request: HttpRequest, pk: int) -> JsonResponse:
    """Tasks as frappe-gantt wants them: one query for tasks, one for links."""
    return JsonResponse(gantt_of(_project(request, pk)))


def _task_for_edit(request: HttpRequest, pk: int) -> Task:
    task = get_object_or_404(
        selectors.tasks_visible_to(request.user).select_related("project"), pk=pk
    )
    if not _can_edit(request):
        raise PermissionDenied("Your roles do not allow you to change the plan.")
    return task


@staff_required(services.PLAN_PERMISSION)
def task_create(request: HttpRequest, pk: int) -> HttpResponse:
    project = _project(request, pk)
    form = TaskForm(
        request.POST or None, project=project, initial={"kind": "task", "duration_days": 5}
    )
    if request.method == "POST" and form.is_valid():
        data = {k: v for k, v in form.cleaned_data.items() if k != "reason"}
        try:
            task = services.task_create(actor=request.user, project=project, **data)
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"“{task.name}” was added and the plan rescheduled.")
            return redirect("planning:task_edit", pk=task.pk)
    return render(request, "planning/task_form.html", {"form": form, "project": project})


@staff_required(services.PLAN_PERMISSION)
def task_edit(request: HttpRequest, pk: int) -> HttpResponse:
    task = _task_for_edit(request, pk)
    initial = {name: getattr(task, name) for name in services.TASK_FIELDS if name != "sort_order"}
    initial["parent"] = task.parent_id
    initial["batch"] = task.batch_id
    initial["version"] = task.version
    form = TaskForm(request.POST or None, project=task.project, initial=initial, editing=True)
    conflicts = []
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        reason = data.pop("reason")
        data["constraint_type"] = data["constraint_type"] or ""
        # A change that overloads a resource is named before it is saved (docs/capacity.md);
        # "save anyway" confirms exactly the change that was shown.
        confirmed = request.POST.get("capacity_confirmed") == _change_token(data)
        if not confirmed:
            conflicts = _capacity_conflicts(task, data)
        if not conflicts:
            try:
                services.task_update(actor=request.user, task=task, reason=reason, **data)
            except ValidationError as exc:
                apply_to_form(form, exc)
            else:
                messages.success(request, "Saved; the plan was rescheduled.")
                return redirect("planning:plan", pk=task.project_id)
    links_in = Dependency.objects.filter(successor=task).select_related("predecessor")
    return render(
        request,
        "planning/task_form.html",
        {
            "form": form,
            "project": task.project,
            "task": task,
            "links_in": links_in,
            "dependency_form": DependencyForm(task=task),
            "conflicts": conflicts,
            "change_token": _change_token(form.cleaned_data) if conflicts else "",
        },
    )


# The task fields that move a task's dates, and so its load on resources.
_SCHEDULING_FIELDS = (
    "duration_days",
    "constraint_type",
    "constraint_date",
    "actual_start",
    "actual_finish",
    "percent_complete",
    "calendar",
    "kind",
)


def _change_token(data: dict) -> str:
    import hashlib

    changed = sorted((k, str(v)) for k, v in data.items() if k in _SCHEDULING_FIELDS)
    return hashlib.sha256(repr(changed).encode()).hexdigest()[:20]


def _capacity_conflicts(task: Task, data: dict) -> list:
    from accord.capacity.conflicts import plan_change_conflicts

    changed = {k: v for k, v in data.items() if k in _SCHEDULING_FIELDS}
    try:
        return plan_change_conflicts(task.project, {task.pk: changed})
    except ValidationError:
        return []  # the plan the change makes is refused: task_update says why


@staff_required(services.PLAN_PERMISSION)
@require_POST
def dependency_add(request: HttpRequest, pk: int) -> HttpResponse:
    task = _task_for_edit(request, pk)
    form = DependencyForm(request.POST, task=task)
    if form.is_valid():
        try:
            services.dependency_add(
                actor=request.user,
                predecessor=form.cleaned_data["predecessor"],
                successor=task,
                type=form.cleaned_data["type"],
                lag_days=form.cleaned_data["lag_days"],
            )
        except ValidationError as exc:
            messages.error(request, " ".join(m for ms in field_errors(exc).values() for m in ms))
        else:
            messages.success(request, "Linked; the plan was rescheduled.")
    else:
        messages.error(request, "Choose a predecessor, a link type and a lag.")
    return redirect("planning:task_edit", pk=task.pk)


@staff_required(services.PLAN_PERMISSION)
@require_POST
def dependency_remove(request: HttpRequest, pk: int) -> HttpResponse:
    link = get_object_or_404(
        selectors.dependencies_visible_to(request.user).select_related("successor"), pk=pk
    )
    services.dependency_remove(actor=request.user, dependency=link)
    messages.success(request, "Link removed; the plan was rescheduled.")
    return redirect("planning:task_edit", pk=link.successor_id)


@staff_required(services.PLAN_PERMISSION)
@require_POST
def task_move(request: HttpRequest, pk: int) -> JsonResponse:
    """The Gantt's drag and resize. Answers 422 with the reason when the move is refused,
    409 when the task changed since the chart was drawn."""
    task = _task_for_edit(request, pk)
    try:
        body = json.loads(request.body or b"{}")
        start = dt.date.fromisoformat(body["start"])
        finish = dt.date.fromisoformat(body["finish"]) if body.get("finish") else None
        version = int(body["version"])
    except (ValueError, KeyError, TypeError):
        return JsonResponse(
            {"detail": "Send start (and finish) as YYYY-MM-DD, and the task's version."},
            status=422,
        )
    try:
        services.task_move(
            actor=request.user, task=task, start=start, finish=finish, version=version
        )
    except StaleEdit as exc:
        detail = (
            f"Someone else changed “{task.name}” since the chart was drawn, so nothing was "
            "moved. The chart now shows their change; drag again if you still need to."
        )
        return JsonResponse({"detail": detail, "version": exc.current_version}, status=409)
    except ValidationError as exc:
        detail = " ".join(m for ms in field_errors(exc).values() for m in ms)
        return JsonResponse({"detail": detail}, status=422)
    return JsonResponse({"detail": "Moved; the plan was rescheduled."})


@staff_required(services.PLAN_PERMISSION)
def baseline_save(request: HttpRequest, pk: int) -> HttpResponse:
    """Save the plan's dates as a baseline, with the PM's electronic signature."""
    project = _project(request, pk)
    form = BaselineForm(request.POST or None)
    signing = signature_form(request, meaning=Meaning.AUTHORED)
    # Validate both forms so that every error shows at once.
    if request.method == "POST" and all([form.is_valid(), signing.is_valid()]):
        try:
            baseline = services.baseline_save(
                actor=request.user,
                project=project,
                name=form.cleaned_data["name"],
                **signer_credentials(signing),
            )
        except ValidationError as exc:
            apply_to_forms(exc, form, signing)
        else:
            signature_recorded(request, signing)
            messages.success(request, f"{baseline} was saved and signed.")
            return redirect("planning:plan", pk=project.pk)
    return render(
        request,
        "planning/baseline_form.html",
        {"project": project, "form": form, "signing": signing},
    )


@staff_required("projects.approve_project")
def decision_record(request: HttpRequest, pk: int) -> HttpResponse:
    """Record a go/no-go decision, signed by the decider with the meaning "decided"."""
    task = get_object_or_404(
        selectors.tasks_visible_to(request.user).select_related("project"), pk=pk
    )
    form = DecisionForm(request.POST or None)
    signing = signature_form(request, meaning=Meaning.DECIDED)
    if request.method == "POST" and all([form.is_valid(), signing.is_valid()]):
        try:
            services.decision_record(
                actor=request.user, task=task, **signer_credentials(signing), **form.cleaned_data
            )
        except ValidationError as exc:
            apply_to_forms(exc, form, signing)
        else:
            signature_recorded(request, signing)
            messages.success(request, "The decision was recorded and signed.")
            return redirect("planning:plan", pk=task.project_id)
    return render(
        request,
        "planning/decision_form.html",
        {"task": task, "project": task.project, "form": form, "signing": signing},
    )


@staff_required(services.PLAN_PERMISSION)
@require_POST
def apply_template(request: HttpRequest, pk: int) -> HttpResponse:
    project = _project(request, pk)
    form = TemplateForm(request.POST)
    if form.is_valid():
        try:
            count = services.plan_apply_template(
                actor=request.user, project=project, template_code=form.cleaned_data["template"]
            )
        except ValidationError as exc:
            messages.error(request, " ".join(m for ms in field_errors(exc).values() for m in ms))
        else:
            messages.success(request, f"The plan was created with {count} tasks and scheduled.")
    return redirect("planning:plan", pk=project.pk)


@login_required
def plan_export(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    """The plan as MS Project XML or as an Excel task list."""
    project = _project(request, pk)
    if fmt == "xml":
        if not project.tasks.exists():
            raise Http404("This project has no plan to export yet.")
        data, kind = plan_export_mspdi(project), "application/xml"
    elif fmt == "xlsx":
        data = plan_export_xlsx(project)
        kind = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    else:
        raise Http404("Unknown format.")
    response = HttpResponse(data, content_type=kind)
    response["Content-Disposition"] = f'attachment; filename="{project.code}-plan.{fmt}"'
    return response


@staff_required(services.PLAN_PERMISSION)
@require_POST
def plan_import(request: HttpRequest, pk: int) -> HttpResponse:
    project = _project(request, pk)
    form = PlanImportForm(request.POST, request.FILES)
    if not form.is_valid():
        messages.error(request, "Choose an MS Project XML or Primavera XER file to import.")
        return redirect("planning:plan", pk=project.pk)
    try:
        count, notes = plan_import_mspdi(
            actor=request.user, project=project, data=form.cleaned_data["file"].read()
        )
    except ValidationError as exc:
        messages.error(request, " ".join(m for ms in field_errors(exc).values() for m in ms))
    else:
        messages.success(request, f"Imported {count} tasks and scheduled them.")
        for note in notes:
            messages.warning(request, f"Not imported: {note}")
    return redirect("planning:plan", pk=project.pk)


@staff_required(services.PLAN_PERMISSION)
def feeds(request: HttpRequest, pk: int) -> HttpResponse:
    """Milestone calendar feeds of a project: make one (its URL is shown once) or revoke."""
    project = _project(request, pk)
    form = FeedForm(request.POST or None)
    new_url = None
    if request.method == "POST" and form.is_valid():
        try:
            _, secret = feed_create(
                actor=request.user, project=project, name=form.cleaned_data["name"]
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            new_url = request.build_absolute_uri(reverse("planning:feed_ics", args=[secret]))
            form = FeedForm()
    return render(
        request,
        "planning/feeds.html",
        {
            "project": project,
            "form": form,
            "new_url": new_url,
            "feeds": selectors.feeds_visible_to(request.user).filter(project=project),
        },
    )


@staff_required(services.PLAN_PERMISSION)
@require_POST
def feed_revoke_view(request: HttpRequest, pk: int) -> HttpResponse:
    feed = get_object_or_404(selectors.feeds_visible_to(request.user), pk=pk)
    feed_revoke(actor=request.user, feed=feed)
    messages.success(request, f"“{feed.name}” was revoked; its URL no longer works.")
    return redirect("planning:feeds", pk=feed.project_id)


def feed_ics(request: HttpRequest, secret: str) -> HttpResponse:
    """The public end of a feed: the secret in the URL is the only credential."""
    feed = feed_by_secret(secret)
    if feed is None:
        raise Http404("No such calendar.")
    response = HttpResponse(feed_ics_body(feed), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{feed.project.code}-milestones.ics"'
    response["Cache-Control"] = "private, max-age=300"
    return response
