"""What hangs off a plan through the API: signed baselines, go/no-go decisions,
schedule-risk (Monte Carlo) runs and milestone calendar feeds, with the pages' services
and permissions. Whoever sees the project reads its baselines, decisions and runs;
planners save baselines and manage feeds, deciders (``projects.approve_project``)
record decisions, and the CDMO's staff with ``planning.add_simulation`` start runs."""

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from ninja import Router, Status
from ninja.pagination import paginate

from accord.core.api import PageNumberPagination
from accord.planning import selectors, services, simulations
from accord.planning.feeds import feed_create, feed_revoke
from accord.planning.models import Baseline, CalendarFeed, Decision, Simulation
from accord.planning.plan_api import Rows, planner, project_of
from accord.planning.plan_schemas import (
    BaselineIn,
    BaselineOut,
    DecisionIn,
    DecisionOut,
    FeedCreatedOut,
    FeedIn,
    FeedOut,
    RiskRunIn,
    RiskRunOut,
)
from accord.signatures.models import Signature

router = Router(tags=["Plans"])


def _baseline_out(baseline: Baseline) -> dict:
    signature = (
        Signature.objects.filter(record_type="planning.baseline", record_id=baseline.pk)
        .order_by("signed_at")
        .first()
    )
    return {
        "id": baseline.pk,
        "number": baseline.number,
        "name": baseline.name,
        "finish": baseline.finish,
        "created_at": baseline.created_at,
        "created_by_name": baseline.created_by.printed_name,
        "tasks": baseline.items.count(),
        "signed_by_name": signature.printed_name if signature else None,
        "signed_at": signature.signed_at if signature else None,
        "meaning": signature.meaning if signature else None,
    }


def _decision_out(decision: Decision) -> dict:
    return {
        "id": decision.pk,
        "task_id": decision.task_id,
        "task_name": decision.task.name,
        "options": decision.options,
        "outcome": decision.outcome,
        "outcome_label": decision.get_outcome_display(),
        "rationale": decision.rationale,
        "decided_on": decision.decided_on,
        "decided_by_name": decision.decided_by.printed_name,
        "created_at": decision.created_at,
    }


def _run_out(run: Simulation) -> dict:
    result = run.result if run.status == Simulation.Status.DONE else None
    return {
        "id": run.pk,
        "project_id": run.project_id,
        "status": run.status,
        "status_label": run.get_status_display(),
        "percent": run.percent,
        "iterations": run.iterations,
        "done_iterations": run.done_iterations,
        "distribution": run.distribution,
        "distribution_label": run.distribution_label,
        "seed": run.seed,
        "task_count": run.task_count,
        "requested_by_name": run.requested_by.printed_name,
        "created_at": run.created_at,
        "started_at": run.started_at,
        "finished_at": run.finished_at,
        "error": run.error,
        "result": {
            key: result[key]
            for key in (
                "iterations",
                "seconds",
                "percentiles",
                "deterministic_finish",
                "target",
                "probability",
                "drivers",
            )
        }
        if result
        else None,
    }


def _feed_out(feed: CalendarFeed) -> dict:
    return {
        "id": feed.pk,
        "name": feed.name,
        "prefix": feed.prefix,
        "created_by_name": feed.created_by.printed_name,
        "created_at": feed.created_at,
        "revoked_at": feed.revoked_at,
    }


@router.get(
    "/projects/{project_id}/plan/baselines",
    response=list[BaselineOut],
    summary="The plan's signed baselines, newest first",
)
@paginate(PageNumberPagination)
def list_baselines(request: HttpRequest, project_id: int):
    project = project_of(request, project_id)
    baselines = (
        selectors.baselines_visible_to(request.user)
        .filter(project=project)
        .select_related("created_by")
        .order_by("-number")
    )
    return Rows(baselines, lambda page: [_baseline_out(b) for b in page])


@router.post(
    "/projects/{project_id}/plan/baselines",
    response={201: BaselineOut},
    summary="Freeze the plan's dates as a baseline, signed (meaning authored)",
)
def save_baseline(request: HttpRequest, project_id: int, payload: BaselineIn):
    planner(request)
    project = project_of(request, project_id)
    baseline = services.baseline_save(
        actor=request.user,
        project=project,
        name=payload.name,
        username=payload.username,
        password=payload.password,
        acknowledge=payload.acknowledge,
    )
    return Status(201, _baseline_out(baseline))


@router.get(
    "/projects/{project_id}/plan/decisions",
    response=list[DecisionOut],
    summary="The go/no-go decisions recorded on the plan's decision points",
)
@paginate(PageNumberPagination)
def list_decisions(request: HttpRequest, project_id: int):
    project = project_of(request, project_id)
    decisions = (
        selectors.decisions_visible_to(request.user)
        .filter(task__project=project)
        .select_related("task", "decided_by")
        .order_by("decided_on", "pk")
    )
    return Rows(decisions, lambda page: [_decision_out(d) for d in page])


@router.post(
    "/tasks/{task_id}/decision",
    response={201: DecisionOut},
    summary="Record a decision point's outcome, signed (meaning decided)",
)
def record_decision(request: HttpRequest, task_id: int, payload: DecisionIn):
    if not (request.user.is_cdmo_staff and request.user.has_perm("projects.approve_project")):
        raise PermissionDenied("Your roles do not allow you to record decisions.")
    task = get_object_or_404(
        selectors.tasks_visible_to(request.user).select_related("project"), pk=task_id
    )
    decision = services.decision_record(actor=request.user, task=task, **payload.dict())
    return Status(201, _decision_out(decision))


@router.get(
    "/projects/{project_id}/schedule-risk-runs",
    response=list[RiskRunOut],
    summary="A project's schedule-risk (Monte Carlo) runs, newest first",
)
@paginate(PageNumberPagination)
def list_risk_runs(request: HttpRequest, project_id: int):
    project = project_of(request, project_id)
    runs = (
        selectors.simulations_visible_to(request.user)
        .filter(project=project)
        .select_related("requested_by")
    )
    return Rows(runs, lambda page: [_run_out(r) for r in page])


@router.post(
    "/projects/{project_id}/schedule-risk-runs",
    response={201: RiskRunOut, 202: RiskRunOut},
    summary="Start a run: 201 when done at once, 202 when queued (poll it)",
)
def start_risk_run(
    request: HttpRequest, response: HttpResponse, project_id: int, payload: RiskRunIn
):
    if not (request.user.is_cdmo_staff and request.user.has_perm(simulations.PERMISSION)):
        raise PermissionDenied("Only CDMO staff run schedule risk simulations.")
    project = project_of(request, project_id)
    run = simulations.simulation_request(
        actor=request.user,
        project=project,
        iterations=payload.iterations,
        distribution=payload.distribution,
        seed=payload.seed,
    )
    response["Location"] = f"/api/v1/schedule-risk-runs/{run.pk}"
    return Status(201 if run.is_finished else 202, _run_out(run))


@router.get(
    "/schedule-risk-runs/{run_id}",
    response=RiskRunOut,
    summary="One run: its status and progress, and its P50/P80/P90 once done",
)
def get_risk_run(request: HttpRequest, run_id: int):
    run = get_object_or_404(
        selectors.simulations_visible_to(request.user).select_related("requested_by", "project"),
        pk=run_id,
    )
    if not run.is_finished and simulations.simulations_expire(run.project):
        run.refresh_from_db()
    return _run_out(run)


@router.get(
    "/projects/{project_id}/calendar-feeds",
    response=list[FeedOut],
    summary="The project's milestone calendar feeds (planners)",
)
@paginate(PageNumberPagination)
def list_feeds(request: HttpRequest, project_id: int):
    planner(request)
    project = project_of(request, project_id)
    feeds = (
        selectors.feeds_visible_to(request.user)
        .filter(project=project)
        .select_related("created_by")
        .order_by("-created_at", "-pk")
    )
    return Rows(feeds, lambda page: [_feed_out(f) for f in page])


@router.post(
    "/projects/{project_id}/calendar-feeds",
    response={201: FeedCreatedOut},
    summary="Make a feed; its secret URL is in this answer only",
)
def create_feed(request: HttpRequest, project_id: int, payload: FeedIn):
    planner(request)
    project = project_of(request, project_id)
    feed, secret = feed_create(actor=request.user, project=project, name=payload.name)
    url = request.build_absolute_uri(reverse("planning:feed_ics", args=[secret]))
    return Status(201, {**_feed_out(feed), "url": url})


@router.post(
    "/projects/{project_id}/calendar-feeds/{feed_id}/revoke",
    response=FeedOut,
    summary="Revoke a feed: its URL stops working",
)
def revoke_feed(request: HttpRequest, project_id: int, feed_id: int):
    planner(request)
    project = project_of(request, project_id)
    feed = get_object_or_404(
        selectors.feeds_visible_to(request.user).filter(project=project), pk=feed_id
    )
    return _feed_out(feed_revoke(actor=request.user, feed=feed))
