"""The shape of a plan in the API: tasks, links, edits in bulk, milestones, baselines,
decisions, schedule-risk runs and calendar feeds."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from ninja import Field, Schema

from accord.core.api import InputSchema
from accord.planning.models import Decision, Dependency, Simulation, Task

Days = Field(None, ge=0, le=2000)


class TaskOut(Schema):
    id: int
    project_id: int
    uid: int = Field(description="Stable id within the project (the MS Project UID)")
    wbs: str
    name: str
    kind: Task.Kind
    kind_label: str
    parent_id: int | None
    sort_order: int
    department: str
    duration_days: int = Field(description="Working days; 0 for a milestone")
    optimistic_days: int | None
    most_likely_days: int | None
    pessimistic_days: int | None
    percent_complete: int
    actual_start: dt.date | None
    actual_finish: dt.date | None
    constraint_type: Task.ConstraintType | None
    constraint_type_label: str
    constraint_date: dt.date | None
    calendar: Task.CalendarKind = Field(
        description="'project': the site's working days; 'continuous': every day"
    )
    calendar_label: str
    early_start: dt.date | None = Field(description="Computed by the scheduler")
    early_finish: dt.date | None
    late_start: dt.date | None
    late_finish: dt.date | None
    total_float: int | None = Field(description="Working days the task may slip")
    free_float: int | None
    critical: bool
    gmp: bool
    batch_id: int | None
    baseline_start: dt.date | None = Field(description="In the latest baseline")
    baseline_finish: dt.date | None
    finish_variance_days: int | None = Field(
        description="Forecast finish minus the latest baseline's, in calendar days"
    )
    predecessors: str = Field(description="As on the plan page: '3, 4SS+2d'")
    version: int


class TaskFilters(Schema):
    q: str | None = Field(None, max_length=100, description="In the name, WBS or department")
    critical: bool | None = Field(None, description="Only critical tasks (true) or the others")
    milestone: bool | None = Field(None, description="Only milestones and decision points")
    kind: Task.Kind | None = None
    status: Literal["not_started", "in_progress", "done"] | None = Field(
        None, description="By progress: no actual start, started, finished"
    )
    sort: Literal["wbs", "start", "finish", "float", "name"] = Field(
        "wbs", description="As the plan page sorts"
    )


class TaskFieldsIn(InputSchema):
    wbs: str | None = Field(None, max_length=20)
    kind: Task.Kind | None = None
    parent_id: int | None = None
    department: str | None = Field(None, max_length=80)
    duration_days: int | None = Days
    optimistic_days: int | None = Days
    most_likely_days: int | None = Days
    pessimistic_days: int | None = Days
    percent_complete: int | None = Field(None, ge=0, le=100)
    actual_start: dt.date | None = None
    actual_finish: dt.date | None = None
    constraint_type: Task.ConstraintType | None = None
    constraint_date: dt.date | None = None
    calendar: Task.CalendarKind | None = Field(
        None, description="'project' (the site's working days) or 'continuous' (every day)"
    )
    gmp: bool | None = None
    batch_id: int | None = None


class TaskCreateIn(TaskFieldsIn):
    name: str = Field(..., min_length=1, max_length=200)


class TaskUpdateIn(TaskFieldsIn):
    name: str | None = Field(None, min_length=1, max_length=200)
    reason: str = Field("", max_length=2000)
    version: int | None = Field(None, description="The version read (or send If-Match)")


class TaskMoveIn(InputSchema):
    start: dt.date = Field(description="The new start (a start-no-earlier-than constraint)")
    finish: dt.date | None = Field(None, description="The new finish, to resize the bar")
    version: int | None = Field(None, description="The version read (or send If-Match)")


class ProgressItemIn(InputSchema):
    task_id: int
    percent_complete: int | None = Field(None, ge=0, le=100)
    actual_start: dt.date | None = None
    actual_finish: dt.date | None = None


class ProgressIn(InputSchema):
    data_date: dt.date = Field(description="The status date; it becomes the project's")
    items: list[ProgressItemIn] = Field(..., min_length=1, max_length=2000)
    reason: str = Field("", max_length=2000)


class ProgressOut(Schema):
    changed: int
    data_date: dt.date


class LinkOut(Schema):
    id: int
    predecessor_id: int
    predecessor_name: str
    successor_id: int
    successor_name: str
    type: Dependency.Type
    type_label: str
    lag_days: int = Field(description="Working days; negative for a lead")


class LinkIn(InputSchema):
    predecessor_id: int
    successor_id: int
    type: Dependency.Type = Dependency.Type.FS
    lag_days: int = Field(0, ge=-2000, le=2000)


class LinkRemoveIn(InputSchema):
    reason: str = Field("", max_length=2000)


class BulkTaskFields(TaskFieldsIn):
    name: str | None = Field(None, min_length=1, max_length=200)
    parent_ref: str | None = Field(
        None, max_length=80, description="The ref of a summary created earlier in the batch"
    )


class BulkItemIn(InputSchema):
    op: Literal["task_create", "task_update", "link_add", "link_remove"]
    ref: str | None = Field(
        None, max_length=80, description="task_create: a name later items use for this task"
    )
    task_id: int | None = Field(None, description="task_update")
    version: int | None = Field(None, description="task_update: the version read")
    fields: BulkTaskFields | None = Field(None, description="task_create, task_update")
    predecessor_id: int | None = None
    predecessor_ref: str | None = Field(None, max_length=80)
    successor_id: int | None = None
    successor_ref: str | None = Field(None, max_length=80)
    type: Dependency.Type = Dependency.Type.FS
    lag_days: int = Field(0, ge=-2000, le=2000)
    link_id: int | None = Field(None, description="link_remove")


class BulkIn(InputSchema):
    items: list[BulkItemIn] = Field(..., min_length=1, max_length=1000)
    reason: str = Field("", max_length=2000)


class BulkCreatedOut(Schema):
    index: int
    ref: str | None
    task_id: int


class BulkLinkOut(Schema):
    index: int
    link_id: int


class BulkOut(Schema):
    created: list[BulkCreatedOut]
    updated: list[int] = Field(description="Ids of the tasks changed")
    links_added: list[BulkLinkOut]
    links_removed: int
    finish: dt.date | None = Field(description="The plan's finish after the one reschedule")


class MilestoneOut(Schema):
    id: int
    uid: int
    name: str
    kind: Task.Kind
    kind_label: str
    forecast: dt.date | None = Field(description="Finish as the plan forecasts it")
    baseline_finish: dt.date | None = Field(description="In the latest baseline")
    variance_days: int | None = Field(description="Forecast minus the latest baseline")
    first_baseline_finish: dt.date | None = Field(description="In baseline 1, once re-baselined")
    first_variance_days: int | None
    critical: bool
    reached: bool = Field(description="The milestone happened (milestone.reached)")
    reached_on: dt.date | None


class BaselineOut(Schema):
    id: int
    number: int
    name: str
    finish: dt.date
    created_at: dt.datetime
    created_by_name: str
    tasks: int
    signed_by_name: str | None
    signed_at: dt.datetime | None
    meaning: str | None


class BaselineIn(InputSchema):
    name: str = Field(..., max_length=120, description="e.g. Contract baseline")
    username: str | None = Field(None, max_length=150, description="Your user id, to sign")
    password: str = Field("", max_length=1024, description="Your password, to sign")
    acknowledge: bool = Field(
        False, description="Acknowledge that your electronic signature is binding (once)"
    )


class DecisionOut(Schema):
    id: int
    task_id: int
    task_name: str
    options: str
    outcome: Decision.Outcome
    outcome_label: str
    rationale: str
    decided_on: dt.date
    decided_by_name: str
    created_at: dt.datetime


class DecisionIn(InputSchema):
    options: str = Field(..., max_length=5000)
    outcome: Decision.Outcome
    rationale: str = Field(..., max_length=5000)
    decided_on: dt.date
    username: str | None = Field(None, max_length=150, description="Your user id, to sign")
    password: str = Field("", max_length=1024, description="Your password, to sign")
    acknowledge: bool = Field(
        False, description="Acknowledge that your electronic signature is binding (once)"
    )


class RiskRunIn(InputSchema):
    iterations: Literal[1_000, 10_000, 50_000, 100_000, 250_000] = 10_000
    distribution: Literal["pert", "triangular"] = "pert"
    seed: int = Field(42, ge=0, le=2**31 - 1)


class RiskDriverOut(Schema):
    name: str
    criticality: int = Field(description="Percent of iterations on the critical path")
    sensitivity: float
    estimated: bool


class RiskResultOut(Schema):
    iterations: int
    seconds: float
    percentiles: dict[str, dt.date] = Field(description="P10 ... P90 finish dates")
    deterministic_finish: dt.date
    target: dt.date | None
    probability: float | None = Field(description="Chance of finishing by the target")
    drivers: list[RiskDriverOut]


class RiskRunOut(Schema):
    id: int
    project_id: int
    status: Simulation.Status
    status_label: str
    percent: int = Field(description="Progress, 0 to 100")
    iterations: int
    done_iterations: int
    distribution: Literal["pert", "triangular"]
    distribution_label: str
    seed: int
    task_count: int
    requested_by_name: str
    created_at: dt.datetime
    started_at: dt.datetime | None
    finished_at: dt.datetime | None
    error: str
    result: RiskResultOut | None


class FeedOut(Schema):
    id: int
    name: str
    prefix: str = Field(description="The first characters of the secret, to tell feeds apart")
    created_by_name: str
    created_at: dt.datetime
    revoked_at: dt.datetime | None


class FeedCreatedOut(FeedOut):
    url: str = Field(description="The secret iCalendar URL: shown this once")


class FeedIn(InputSchema):
    name: str = Field(..., max_length=80, description="Who it is for")


class GanttTaskOut(Schema):
    id: str = Field(description="The chart's id of the bar: 't<task id>'")
    pk: int
    name: str
    start: dt.date
    end: dt.date = Field(description="The day after the finish (the chart's end)")
    finish: dt.date
    progress: int
    version: int
    dependencies: str = Field(description="The chart ids of the predecessors, comma-separated")
    custom_class: str
    kind: Task.Kind
    level: int
    critical: bool
    total_float: int | None
    baseline: list[dt.date] | None = Field(description="Baseline start and end (exclusive)")


class GanttOut(Schema):
    project: str
    tasks: list[GanttTaskOut]


class ImportOut(Schema):
    tasks: int
    not_imported: list[str] = Field(description="What the file held that Accord does not keep")
