"""A project's plan through the API: tasks, links, edits in bulk, progress, milestones
and the Gantt data, calling the same services as the plan pages with their permissions.

Whoever sees a project reads its plan (sponsor users too, as on the plan page); the
CDMO's planners (``projects.change_project``) change it, and a sponsor user is refused
every write with 403 before any lookup."""

from collections.abc import Iterator

from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import F, Max, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Query, Router, Status
from ninja.pagination import paginate

from accord.core.api import PageNumberPagination
from accord.core.concurrency import StaleEdit, expected_version, set_etag
from accord.planning import selectors, services
from accord.planning.gantt import gantt_of, predecessor_labels
from accord.planning.models import Baseline, Dependency, Task
from accord.planning.plan_bulk import PlanEdit, api_field_errors, plan_edits_apply, task_fields_of
from accord.planning.plan_schemas import (
    BulkIn,
    BulkOut,
    GanttOut,
    LinkIn,
    LinkOut,
    LinkRemoveIn,
    MilestoneOut,
    ProgressIn,
    ProgressOut,
    TaskCreateIn,
    TaskFilters,
    TaskMoveIn,
    TaskOut,
    TaskUpdateIn,
)
from accord.projects.models import Project
from accord.projects.selectors import projects_visible_to

router = Router(tags=["Plans"])

SORTS = {
    "wbs": ("sort_order", "uid"),
    "start": ("early_start", "sort_order", "uid"),
    "finish": ("early_finish", "sort_order", "uid"),
    "float": ("total_float", "early_start", "uid"),
    "name": ("name", "uid"),
}


def planner(request: HttpRequest) -> None:
    """Refused before any lookup: a sponsor user learns nothing about ids."""
    if not (request.user.is_cdmo_staff and request.user.has_perm(services.PLAN_PERMISSION)):
        raise PermissionDenied("Your roles do not allow you to change the plan.")


def project_of(request: HttpRequest, project_id: int) -> Project:
    return get_object_or_404(
        projects_visible_to(request.user).select_related("site"), pk=project_id
    )


def _task(request: HttpRequest, task_id: int) -> Task:
    return get_object_or_404(
        selectors.tasks_visible_to(request.user).select_related("project"), pk=task_id
    )


def task_rows(project: Project, tasks: list[Task]) -> list[dict]:
    """Tasks with their baseline dates and predecessors, as the plan page's rows."""
    links = list(
        Dependency.objects.filter(project=project).only(
            "id", "predecessor_id", "successor_id", "type", "lag_days"
        )
    )
    uids = dict(Task.objects.filter(project=project).values_list("pk", "uid"))
    labels = predecessor_labels([Task(pk=pk, uid=uid) for pk, uid in uids.items()], links)
    _, items = selectors.baseline_dates(project)
    rows = []
    for task in tasks:
        item = items.get(task.pk)
        rows.append(
            {
                **{f.attname: getattr(task, f.attname) for f in Task._meta.concrete_fields},
                "kind_label": task.get_kind_display(),
                "constraint_type": task.constraint_type or None,
                "constraint_type_label": task.get_constraint_type_display() or "",
                "calendar_label": task.get_calendar_display(),
                "baseline_start": item.start if item else None,
                "baseline_finish": item.finish if item else None,
                "finish_variance_days": (task.early_finish - item.finish).days
                if item and task.early_finish
                else None,
                "predecessors": labels.get(task.pk, ""),
            }
        )
    return rows


def _task_out(task: Task) -> dict:
    return task_rows(task.project, [task])[0]


def _link_out(link: Dependency) -> dict:
    return {
        "id": link.pk,
        "predecessor_id": link.predecessor_id,
        "predecessor_name": link.predecessor.name,
        "successor_id": link.successor_id,
        "successor_name": link.successor.name,
        "type": link.type,
        "type_label": link.get_type_display(),
        "lag_days": link.lag_days,
    }


@router.get(
    "/projects/{project_id}/plan/tasks",
    response=list[TaskOut],
    summary="A project's plan: its tasks with computed dates, float, critical flag, baseline",
)
@paginate(PageNumberPagination)
def list_tasks(request: HttpRequest, project_id: int, filters: Query[TaskFilters]):
    project = project_of(request, project_id)
    tasks = Task.objects.filter(project=project)
    if filters.q:
        tasks = tasks.filter(
            Q(name__icontains=filters.q)
            | Q(wbs__icontains=filters.q)
            | Q(department__icontains=filters.q)
        )
    if filters.critical is not None:
        tasks = tasks.filter(critical=filters.critical)
    if filters.milestone is not None:
        milestone = Q(kind__in=(Task.Kind.MILESTONE, Task.Kind.DECISION))
        tasks = tasks.filter(milestone if filters.milestone else ~milestone)
    if filters.kind:
        tasks = tasks.filter(kind=filters.kind)
    if filters.status == "not_started":
        tasks = tasks.filter(actual_start__isnull=True, actual_finish__isnull=True)
    elif filters.status == "in_progress":
        tasks = tasks.filter(actual_start__isnull=False, actual_finish__isnull=True)
    elif filters.status == "done":
        tasks = tasks.filter(actual_finish__isnull=False)
    # Tasks not scheduled yet last, as on the page, whatever the database.
    ordered = tasks.order_by(*(F(key).asc(nulls_last=True) for key in SORTS[filters.sort]))
    return Rows(ordered, lambda page: task_rows(project, page))


class Rows:
    """A queryset whose page is shaped for the answer only once sliced (one page)."""

    def __init__(self, queryset, shape) -> None:
        self.queryset, self.shape = queryset, shape

    def count(self) -> int:
        return self.queryset.count()

    def __getitem__(self, window: slice) -> list[dict]:
        return self.shape(list(self.queryset[window]))

    def __iter__(self) -> Iterator[dict]:
        # Every row, shaped (each with its "id"): for a pagination that walks the list.
        return iter(self.shape(list(self.queryset)))


@router.get("/tasks/{task_id}", response=TaskOut, summary="One plan task, with its version")
def get_task(request: HttpRequest, response: HttpResponse, task_id: int):
    task = _task(request, task_id)
    set_etag(response, task)
    return _task_out(task)


@router.post(
    "/projects/{project_id}/plan/tasks",
    response={201: TaskOut},
    summary="Add a task; the plan is rescheduled",
)
def create_task(
    request: HttpRequest, response: HttpResponse, project_id: int, payload: TaskCreateIn
):
    planner(request)
    project = project_of(request, project_id)
    data = payload.dict(exclude_unset=True)
    name = data.pop("name")
    try:
        task = services.task_create(
            actor=request.user, project=project, name=name, **task_fields_of(project, data)
        )
    except ValidationError as exc:
        raise api_field_errors(exc) from None
    set_etag(response, task)
    return Status(201, _task_out(task))


@router.patch(
    "/tasks/{task_id}",
    response=TaskOut,
    summary="Change a task (name, duration, estimates, constraint, progress); reschedules",
)
def update_task(request: HttpRequest, response: HttpResponse, task_id: int, payload: TaskUpdateIn):
    planner(request)
    task = _task(request, task_id)
    data = payload.dict(exclude_unset=True)
    version = expected_version(request, data.pop("version", None))
    reason = data.pop("reason", "")
    try:
        task = services.task_update(
            actor=request.user,
            task=task,
            reason=reason,
            version=version,
            **task_fields_of(task.project, data),
        )
    except StaleEdit:
        raise
    except ValidationError as exc:
        raise api_field_errors(exc) from None
    set_etag(response, task)
    return _task_out(task)


@router.post(
    "/tasks/{task_id}/move",
    response=TaskOut,
    summary="Move (and resize) a task's bar, as dragged on the Gantt chart",
)
def move_task(request: HttpRequest, response: HttpResponse, task_id: int, payload: TaskMoveIn):
    planner(request)
    task = _task(request, task_id)
    task = services.task_move(
        actor=request.user,
        task=task,
        start=payload.start,
        finish=payload.finish,
        version=expected_version(request, payload.version),
    )
    task = Task.objects.select_related("project").get(pk=task.pk)
    set_etag(response, task)
    return _task_out(task)


@router.post(
    "/projects/{project_id}/plan/progress",
    response=ProgressOut,
    summary="A status update: many tasks' progress as of a data date, scheduled once",
)
def record_progress(request: HttpRequest, project_id: int, payload: ProgressIn):
    planner(request)
    project = project_of(request, project_id)
    tasks = Task.objects.filter(project=project).in_bulk([i.task_id for i in payload.items])
    progress = {}
    for index, item in enumerate(payload.items):
        task = tasks.get(item.task_id)
        if task is None:
            raise ValidationError({f"items.{index}.task_id": ["No task of this plan has this id."]})
        if task in progress:
            raise ValidationError({f"items.{index}.task_id": ["This task is listed twice."]})
        progress[task] = item.dict(exclude_unset=True, exclude={"task_id"})
    changed = services.plan_progress_record(
        actor=request.user,
        project=project,
        data_date=payload.data_date,
        progress=progress,
        reason=payload.reason,
    )
    return {"changed": changed, "data_date": payload.data_date}


@router.get(
    "/projects/{project_id}/plan/links",
    response=list[LinkOut],
    summary="The plan's dependencies (FS, SS, FF, SF with lag)",
)
@paginate(PageNumberPagination)
def list_links(request: HttpRequest, project_id: int, task_id: int | None = None):
    project = project_of(request, project_id)
    links = Dependency.objects.filter(project=project).select_related("predecessor", "successor")
    if task_id is not None:
        links = links.filter(Q(predecessor_id=task_id) | Q(successor_id=task_id))
    return Rows(links.order_by("id"), lambda page: [_link_out(link) for link in page])


@router.post(
    "/projects/{project_id}/plan/links",
    response={201: LinkOut},
    summary="Link two tasks; a loop is refused by name and nothing is written",
)
def create_link(request: HttpRequest, project_id: int, payload: LinkIn):
    planner(request)
    project = project_of(request, project_id)
    tasks = Task.objects.filter(project=project)
    predecessor = tasks.filter(pk=payload.predecessor_id).first()
    successor = tasks.filter(pk=payload.successor_id).first()
    errors = {}
    if predecessor is None:
        errors["predecessor_id"] = ["No task of this plan has this id."]
    if successor is None:
        errors["successor_id"] = ["No task of this plan has this id."]
    if errors:
        raise ValidationError(errors)
    try:
        link = services.dependency_add(
            actor=request.user,
            predecessor=predecessor,
            successor=successor,
            type=payload.type,
            lag_days=payload.lag_days,
        )
    except ValidationError as exc:
        raise api_field_errors(exc) from None
    return Status(201, _link_out(link))


@router.delete(
    "/projects/{project_id}/plan/links/{link_id}",
    response={204: None},
    summary="Remove a link; the plan is rescheduled",
)
def delete_link(request: HttpRequest, project_id: int, link_id: int, payload: LinkRemoveIn):
    planner(request)
    project = project_of(request, project_id)
    link = get_object_or_404(Dependency.objects.filter(project=project), pk=link_id)
    services.dependency_remove(actor=request.user, dependency=link, reason=payload.reason)
    return Status(204, None)


@router.post(
    "/projects/{project_id}/plan/bulk",
    response=BulkOut,
    summary="Many edits in one transaction, scheduled once; a bad item writes nothing",
    description=(
        "Items are applied in order: `task_create` (`fields` with `name`, and a `ref` later "
        "items may use), `task_update` (`task_id`, `version`, `fields`), `link_add` "
        "(`predecessor_id` or `predecessor_ref`, `successor_id` or `successor_ref`, `type`, "
        "`lag_days`), `link_remove` (`link_id`). The first item refused answers 422 naming "
        "it (`items.3.duration_days`) and nothing is written; a stale `version` answers 409."
    ),
)
def bulk_edit(request: HttpRequest, project_id: int, payload: BulkIn):
    planner(request)
    project = project_of(request, project_id)
    edits = [
        PlanEdit(
            op=item.op,
            fields=item.fields.dict(exclude_unset=True) if item.fields else {},
            ref=item.ref or "",
            task_id=item.task_id,
            version=item.version,
            predecessor_id=item.predecessor_id,
            predecessor_ref=item.predecessor_ref or "",
            successor_id=item.successor_id,
            successor_ref=item.successor_ref or "",
            type=item.type,
            lag_days=item.lag_days,
            link_id=item.link_id,
        )
        for item in payload.items
    ]
    result = plan_edits_apply(
        actor=request.user, project=project, edits=edits, reason=payload.reason
    )
    finish = Task.objects.filter(project=project).aggregate(finish=Max("early_finish"))["finish"]
    return {
        "created": [
            {"index": i, "ref": payload.items[i].ref, "task_id": task.pk}
            for i, task in result.created.items()
        ],
        "updated": [task.pk for task in result.updated],
        "links_added": [{"index": i, "link_id": link.pk} for i, link in result.links_added.items()],
        "links_removed": result.links_removed,
        "finish": finish,
    }


@router.get(
    "/projects/{project_id}/plan/milestones",
    response=list[MilestoneOut],
    summary="Milestones and decision points: forecast against baseline, and reached",
)
def list_milestones(request: HttpRequest, project_id: int):
    project = project_of(request, project_id)
    baseline, items = selectors.baseline_dates(project)
    first = (
        Baseline.objects.filter(project=project, number=1).first()
        if baseline is not None and baseline.number > 1
        else None
    )
    first_items = {item.task_id: item for item in first.items.all()} if first else {}

    def finish_of(found: dict, task: Task):
        return found[task.pk].finish if task.pk in found else None

    rows = []
    for task in Task.objects.filter(
        project=project, kind__in=(Task.Kind.MILESTONE, Task.Kind.DECISION)
    ).order_by("early_finish", "sort_order"):
        planned, contract = finish_of(items, task), finish_of(first_items, task)
        rows.append(
            {
                "id": task.pk,
                "uid": task.uid,
                "name": task.name,
                "kind": task.kind,
                "kind_label": task.get_kind_display(),
                "forecast": task.early_finish,
                "baseline_finish": planned,
                "variance_days": (task.early_finish - planned).days
                if planned and task.early_finish
                else None,
                "first_baseline_finish": contract,
                "first_variance_days": (task.early_finish - contract).days
                if contract and task.early_finish
                else None,
                "critical": task.critical,
                "reached": task.actual_finish is not None,
                "reached_on": task.actual_finish,
            }
        )
    return rows


@router.get(
    "/projects/{project_id}/plan/gantt",
    response=GanttOut,
    summary="What the Gantt chart draws: bars, progress, dependencies, critical path",
)
def gantt(request: HttpRequest, project_id: int):
    return gantt_of(project_of(request, project_id))
