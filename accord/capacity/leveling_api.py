"""Leveling runs, proposal capacity checks and plan-change conflicts through the API, with
the pages' services and permissions. Runs and checks are the CDMO's (a sponsor's people
get 403 before any lookup); a project's applied outcomes are read by whoever sees the
project, a sponsor's people included (their own projects only: another's is 404)."""

import datetime as dt

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router, Schema, Status
from ninja.pagination import paginate

from accord.accounts.models import Site
from accord.capacity import selectors
from accord.capacity.conflicts import plan_change_conflicts
from accord.capacity.leveling import leveling_apply, leveling_discard, leveling_request
from accord.capacity.models import CapacityCheck, LevelingOutcome, LevelingRun, RunStatus
from accord.capacity.proposals import capacity_check_run
from accord.core.api import InputSchema, PageNumberPagination
from accord.core.concurrency import expected_version, set_etag
from accord.planning.models import Task
from accord.planning.plan_api import Rows, project_of
from accord.planning.selectors import tasks_visible_to
from accord.proposals.selectors import revisions_visible_to

router = Router(tags=["Capacity"])


def _staff(request: HttpRequest) -> None:
    # Refused before any lookup: a sponsor user learns nothing about ids.
    if not request.user.is_cdmo_staff:
        raise PermissionDenied("Capacity planning is for the CDMO's staff.")


class OverloadOut(Schema):
    resource: str
    resource_name: str
    first: dt.date
    last: dt.date
    peak: int = Field(description="Most units asked for on one day")
    capacity: int
    projects: list[str]


class OutcomeOut(Schema):
    project_id: int
    project_code: str
    planned_finish: dt.date | None
    leveled_finish: dt.date | None
    delay_days: int = Field(description="Calendar days the project's finish moves")
    tasks_moved: int
    milestones: list[dict]


class LevelingRunOut(Schema):
    id: int
    scope_label: str
    site_id: int | None
    status: RunStatus
    status_label: str
    progress: int = Field(description="0 to 100")
    progress_message: str
    from_date: dt.date
    note: str
    requested_by_name: str
    requested_at: dt.datetime
    finished_at: dt.datetime | None
    decided_by_name: str | None
    decided_at: dt.datetime | None
    decision_reason: str
    moves: int | None
    overloads_before: list[OverloadOut]
    overloads_after: list[OverloadOut]
    outcomes: list[OutcomeOut]
    error: str
    version: int


class LevelingRunIn(InputSchema):
    site_id: int | None = Field(None, description="Empty: the whole portfolio")
    note: str = Field("", max_length=300)


class DecisionIn(InputSchema):
    version: int | None = Field(None, description="Or send If-Match")
    reason: str = Field("", max_length=500)


class MoveOut(Schema):
    id: int
    project_id: int
    project_code: str
    task_id: int
    task_name: str
    planned_start: dt.date
    planned_finish: dt.date
    leveled_start: dt.date
    leveled_finish: dt.date
    delay_days: int
    waits_for: str
    hold: bool = Field(description="Applying holds the task at its leveled start")


class RunFilters(Schema):
    status: RunStatus | None = None


def _outcome_out(o: LevelingOutcome) -> dict:
    return {
        "project_id": o.project_id,
        "project_code": o.project.code,
        "planned_finish": o.planned_finish,
        "leveled_finish": o.leveled_finish,
        "delay_days": o.delay_days,
        "tasks_moved": o.tasks_moved,
        "milestones": o.milestones,
    }


def _run_out(run: LevelingRun, *, full: bool = True) -> dict:
    summary = run.summary or {}
    outcomes = run.outcomes.select_related("project") if full else []
    return {
        "id": run.pk,
        "scope_label": run.scope_label,
        "site_id": run.site_id,
        "status": run.status,
        "status_label": run.get_status_display(),
        "progress": run.progress,
        "progress_message": run.progress_message,
        "from_date": run.from_date,
        "note": run.note,
        "requested_by_name": run.requested_by.printed_name,
        "requested_at": run.requested_at,
        "finished_at": run.finished_at,
        "decided_by_name": run.decided_by.printed_name if run.decided_by_id else None,
        "decided_at": run.decided_at,
        "decision_reason": run.decision_reason,
        "moves": summary.get("moves"),
        "overloads_before": summary.get("overloads_before", []) if full else [],
        "overloads_after": summary.get("overloads_after", []) if full else [],
        "outcomes": [_outcome_out(o) for o in outcomes],
        "error": run.error,
        "version": run.version,
    }


def _run(request: HttpRequest, run_id: int) -> LevelingRun:
    _staff(request)
    return get_object_or_404(selectors.runs_visible_to(request.user), pk=run_id)


@router.get(
    "/capacity/leveling-runs",
    response=list[LevelingRunOut],
    summary="Leveling runs, newest first (CDMO staff)",
)
@paginate(PageNumberPagination)
def list_leveling_runs(request: HttpRequest, filters: Query[RunFilters]):
    _staff(request)
    rows = selectors.runs_visible_to(request.user)
    if filters.status is not None:
        rows = rows.filter(status=filters.status)
    return Rows(rows, lambda page: [_run_out(r, full=False) for r in page])


@router.post(
    "/capacity/leveling-runs",
    response={202: LevelingRunOut, 201: LevelingRunOut},
    summary="Start a leveling run of a site or the portfolio: 202 while it computes (poll it)",
)
def start_leveling_run(request: HttpRequest, response: HttpResponse, payload: LevelingRunIn):
    _staff(request)
    site = get_object_or_404(Site, pk=payload.site_id) if payload.site_id is not None else None
    run = leveling_request(actor=request.user, site=site, note=payload.note)
    run.refresh_from_db()
    response["Location"] = f"/api/v1/capacity/leveling-runs/{run.pk}"
    set_etag(response, run)
    done = run.status not in (RunStatus.QUEUED, RunStatus.RUNNING)
    return Status(201 if done else 202, _run_out(run))


@router.get(
    "/capacity/leveling-runs/{run_id}",
    response=LevelingRunOut,
    summary="One run: progress while it computes, then its proposal and decision",
)
def get_leveling_run(request: HttpRequest, response: HttpResponse, run_id: int):
    run = _run(request, run_id)
    set_etag(response, run)
    return _run_out(run)


@router.get(
    "/capacity/leveling-runs/{run_id}/moves",
    response=list[MoveOut],
    summary="The tasks a run moves or holds, by project",
)
@paginate(PageNumberPagination)
def list_leveling_moves(request: HttpRequest, run_id: int):
    run = _run(request, run_id)
    rows = (
        selectors.moves_visible_to(request.user).filter(run=run).select_related("task", "project")
    )

    def shape(page):
        return [
            {
                "id": m.pk,
                "project_id": m.project_id,
                "project_code": m.project.code,
                "task_id": m.task_id,
                "task_name": m.task.name,
                "planned_start": m.planned_start,
                "planned_finish": m.planned_finish,
                "leveled_start": m.leveled_start,
                "leveled_finish": m.leveled_finish,
                "delay_days": m.delay_days,
                "waits_for": m.resources,
                "hold": m.hold,
            }
            for m in page
        ]

    return Rows(rows, shape)


def _decide(request, response, run_id: int, payload: DecisionIn, service) -> dict:
    run = _run(request, run_id)
    version = expected_version(request, payload.version)
    run = service(actor=request.user, run=run, version=version, reason=payload.reason)
    set_etag(response, run)
    return _run_out(run)


@router.post(
    "/capacity/leveling-runs/{run_id}/apply",
    response=LevelingRunOut,
    summary="Apply a proposal to the plans (one transaction, audited)",
)
def apply_leveling_run(
    request: HttpRequest, response: HttpResponse, run_id: int, payload: DecisionIn
):
    return _decide(request, response, run_id, payload, leveling_apply)


@router.post(
    "/capacity/leveling-runs/{run_id}/discard",
    response=LevelingRunOut,
    summary="Discard a proposal, saying why",
)
def discard_leveling_run(
    request: HttpRequest, response: HttpResponse, run_id: int, payload: DecisionIn
):
    if not payload.reason.strip():
        raise ValidationError({"reason": ["Say why the proposal is discarded."]})
    return _decide(request, response, run_id, payload, leveling_discard)


class ProjectOutcomeOut(OutcomeOut):
    run_id: int | None = Field(description="CDMO staff only")
    status_label: str | None = Field(description="CDMO staff only")
    decided_at: dt.datetime | None


@router.get(
    "/projects/{project_id}/capacity-outcomes",
    response=list[ProjectOutcomeOut],
    summary="What capacity leveling did to a project's schedule (sponsors: applied runs)",
)
@paginate(PageNumberPagination)
def list_project_capacity_outcomes(request: HttpRequest, project_id: int):
    project = project_of(request, project_id)
    rows = (
        selectors.outcomes_visible_to(request.user)
        .filter(project=project)
        .select_related("project", "run")
        .order_by("-run__requested_at", "-pk")
    )
    staff = request.user.is_cdmo_staff

    def shape(page):
        return [
            {
                **_outcome_out(o),
                "run_id": o.run_id if staff else None,
                "status_label": o.run.get_status_display() if staff else None,
                "decided_at": o.run.decided_at,
            }
            for o in page
        ]

    return Rows(rows, shape)


class CheckIn(InputSchema):
    site_id: int | None = Field(None, description="Empty: the site with the resources it needs")


class WaitOut(Schema):
    activity: str
    resource: str
    role: str
    could_start: dt.date
    starts: dt.date
    days: int
    behind: list[dict]


class CheckOut(Schema):
    id: int
    revision_id: int
    site_id: int
    site_name: str
    requested_at: dt.datetime
    requested_by_name: str
    desired_start: dt.date | None
    desired_delivery: dt.date | None
    free_finish: dt.date | None
    capacity_finish: dt.date | None
    earliest_start: dt.date | None
    p50: dt.date
    p80: dt.date
    meets_delivery: bool | None
    waits: list[WaitOut]
    to_start_earlier: list[dict]
    sponsor_text: str
    suggested_reason: dict | None


def _check_out(check: CapacityCheck) -> dict:
    r = check.result
    return {
        "id": check.pk,
        "revision_id": check.revision_id,
        "site_id": check.site_id,
        "site_name": check.site.name,
        "requested_at": check.requested_at,
        "requested_by_name": check.requested_by.printed_name,
        "desired_start": check.desired_start,
        "desired_delivery": check.desired_delivery,
        "free_finish": check.free_finish,
        "capacity_finish": check.capacity_finish,
        "earliest_start": check.earliest_start,
        "p50": r["p50"],
        "p80": r["p80"],
        "meets_delivery": check.meets_delivery,
        "waits": r["waits"],
        "to_start_earlier": r["to_start_earlier"],
        "sponsor_text": r["sponsor"],
        "suggested_reason": r.get("suggested_reason"),
    }


@router.post(
    "/proposal-revisions/{revision_id}/capacity-checks",
    response={201: CheckOut},
    summary="Check a revision's timeline against the committed capacity of a site",
)
def check_revision_capacity(request: HttpRequest, revision_id: int, payload: CheckIn):
    _staff(request)
    revision = get_object_or_404(revisions_visible_to(request.user), pk=revision_id)
    site = get_object_or_404(Site, pk=payload.site_id) if payload.site_id is not None else None
    check = capacity_check_run(actor=request.user, revision=revision, site=site)
    return Status(201, _check_out(check))


@router.get(
    "/capacity-checks/{check_id}", response=CheckOut, summary="One capacity check of a proposal"
)
def get_capacity_check(request: HttpRequest, check_id: int):
    _staff(request)
    check = get_object_or_404(
        selectors.checks_visible_to(request.user).filter(
            revision__in=revisions_visible_to(request.user)
        ),
        pk=check_id,
    )
    return _check_out(check)


class ChangeIn(InputSchema):
    task_id: int
    duration_days: int | None = Field(None, ge=0, le=2000)
    constraint_type: str | None = None
    constraint_date: dt.date | None = None
    calendar: str | None = None


class ConflictsIn(InputSchema):
    changes: list[ChangeIn] = Field(..., min_length=1, max_length=500)


class ConflictOut(Schema):
    resource: str
    resource_name: str
    first: dt.date
    last: dt.date
    asked: int
    available: int
    projects: list[str]
    tasks: list[str]
    sentence: str


@router.post(
    "/projects/{project_id}/plan/capacity-conflicts",
    response=list[ConflictOut],
    summary="Dry run: the resource overloads these task changes would create (nothing saved)",
)
def plan_capacity_conflicts(request: HttpRequest, project_id: int, payload: ConflictsIn):
    _staff(request)
    project = project_of(request, project_id)
    tasks = {
        t.pk: t
        for t in tasks_visible_to(request.user).filter(
            project=project, pk__in=[c.task_id for c in payload.changes]
        )
    }
    changed: dict[int, dict] = {}
    for index, change in enumerate(payload.changes):
        if change.task_id not in tasks:
            raise ValidationError(
                {f"changes.{index}.task_id": [f"Task {change.task_id} is not in this plan."]}
            )
        fields = change.dict(exclude={"task_id"}, exclude_none=True)
        if fields.get("constraint_type", "") not in ("", *Task.ConstraintType.values):
            raise ValidationError(
                {f"changes.{index}.constraint_type": ["Not a constraint type of a plan task."]}
            )
        if fields.get("calendar", Task.CalendarKind.PROJECT) not in Task.CalendarKind.values:
            raise ValidationError({f"changes.{index}.calendar": ["Choose project or continuous."]})
        changed.setdefault(change.task_id, {}).update(fields)
    return [
        {
            "resource": c.resource.code,
            "resource_name": c.resource.name,
            "first": c.first,
            "last": c.last,
            "asked": c.asked,
            "available": c.has,
            "projects": list(c.projects),
            "tasks": list(c.tasks),
            "sentence": c.sentence,
        }
        for c in plan_change_conflicts(project, changed)
    ]
