"""Many edits of one plan at once: created tasks, changed tasks, links added and removed,
in one transaction and scheduled once at the end.

Each edit goes through the same service as on its own (``task_create``, ``task_update``,
``dependency_add``, ``dependency_remove``), with its checks and its audit event; only the
reschedule waits until the last one (``reschedule_deferred``). The first edit refused
takes every edit back, and its error names the edit: ``items.3.duration_days``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction

from accord.accounts.models import User
from accord.core.concurrency import StaleEdit
from accord.core.errors import field_errors
from accord.core.permissions import require
from accord.planning import services
from accord.planning.models import Dependency, Task
from accord.projects.models import Project

OPERATIONS = ("task_create", "task_update", "link_add", "link_remove")


@dataclass(frozen=True)
class PlanEdit:
    """One edit. ``ref`` names a task created earlier in the same batch, so that later
    edits (a link, a parent) can point at it before it has an id."""

    op: str
    fields: Mapping[str, object] = field(default_factory=dict)
    ref: str = ""
    task_id: int | None = None
    version: int | None = None
    predecessor_id: int | None = None
    predecessor_ref: str = ""
    successor_id: int | None = None
    successor_ref: str = ""
    type: str = Dependency.Type.FS
    lag_days: int = 0
    link_id: int | None = None


@dataclass(frozen=True)
class PlanEditResult:
    created: dict[int, Task]  # by the index of the edit
    updated: list[Task]
    links_added: dict[int, Dependency]
    links_removed: int


RENAMED = {
    "parent": "parent_id",
    "batch": "batch_id",
    "predecessor": "predecessor_id",
    "successor": "successor_id",
}


def api_field_errors(exc: ValidationError, prefix: str = "") -> ValidationError:
    """A service's errors named as the API's fields (``parent_id``, not ``parent``)."""
    head = prefix.rstrip(".")
    return ValidationError(
        {
            (head or "__all__") if name == "__all__" else prefix + RENAMED.get(name, name): messages
            for name, messages in field_errors(exc).items()
        }
    )


def task_fields_of(project: Project, fields: Mapping[str, object]) -> dict[str, object]:
    """A task's fields as the API gives them (``parent_id``, ``batch_id``, no
    ``constraint_type`` as null) made into the services' (``parent``, ``batch``)."""
    from accord.quality.models import Batch

    result = dict(fields)
    if "parent_id" in result:
        pk = result.pop("parent_id")
        result["parent"] = None
        if pk is not None:
            result["parent"] = Task.objects.filter(project=project, pk=pk).first()
            if result["parent"] is None:
                raise ValidationError({"parent_id": ["No task of this plan has this id."]})
    if "batch_id" in result:
        pk = result.pop("batch_id")
        result["batch"] = None
        if pk is not None:
            result["batch"] = Batch.objects.filter(project=project, pk=pk).first()
            if result["batch"] is None:
                raise ValidationError({"batch_id": ["No batch of this project has this id."]})
    if "constraint_type" in result and result["constraint_type"] is None:
        result["constraint_type"] = ""
    return result


class _EditRefused(Exception):
    def __init__(self, error: ValidationError) -> None:
        super().__init__(error)
        self.error = error


@transaction.atomic
def plan_edits_apply(
    *, actor: User, project: Project, edits: Sequence[PlanEdit], reason: str = ""
) -> PlanEditResult:
    require(actor, services.PLAN_PERMISSION)
    if not edits:
        raise ValidationError({"items": ["Give at least one edit."]})
    Project.objects.select_for_update(of=("self",)).get(pk=project.pk)
    tasks = Task.objects.filter(project=project)
    refs: dict[str, Task] = {}
    result = PlanEditResult(created={}, updated=[], links_added={}, links_removed=0)
    removed = 0

    def task_of(index: int, name: str, pk: int | None, ref: str) -> Task:
        if ref:
            if ref not in refs:
                raise ValidationError(
                    {f"{name}_ref": [f"No task created before this edit is named {ref!r}."]}
                )
            return refs[ref]
        found = tasks.filter(pk=pk).first() if pk is not None else None
        if found is None:
            raise ValidationError({f"{name}_id": ["No task of this plan has this id."]})
        return found

    try:
        with services.reschedule_deferred():
            for index, edit in enumerate(edits):
                try:
                    removed += _apply(actor, project, edit, index, refs, result, task_of, reason)
                except StaleEdit:
                    raise
                except ValidationError as exc:
                    raise _EditRefused(api_field_errors(exc, f"items.{index}.")) from None
    except _EditRefused as refused:
        raise refused.error from None
    except StaleEdit:
        raise
    except ValidationError as exc:  # the plan as a whole, scheduled at the end: a loop
        raise ValidationError({"items": exc.messages}) from None
    return PlanEditResult(
        created={i: Task.objects.get(pk=t.pk) for i, t in result.created.items()},
        updated=[Task.objects.get(pk=t.pk) for t in result.updated],
        links_added=result.links_added,
        links_removed=removed,
    )


def _apply(actor, project, edit, index, refs, result, task_of, reason) -> int:
    """Apply one edit; returns the number of links it removed."""
    fields = task_fields_of(project, edit.fields)
    parent_ref = fields.pop("parent_ref", "")
    if parent_ref:
        fields["parent"] = task_of(index, "parent", None, parent_ref)
    if edit.op == "task_create":
        if edit.ref and edit.ref in refs:
            raise ValidationError({"ref": [f"Another edit already created {edit.ref!r}."]})
        name = str(fields.pop("name", "") or "")
        if not name.strip():
            raise ValidationError({"name": ["Name the task."]})
        task = services.task_create(actor=actor, project=project, name=name, **fields)
        if edit.ref:
            refs[edit.ref] = task
        result.created[index] = task
    elif edit.op == "task_update":
        task = task_of(index, "task", edit.task_id, "")
        if edit.version is None:
            raise ValidationError({"version": ["Give the version of the task you read."]})
        task = services.task_update(
            actor=actor, task=task, reason=reason, version=edit.version, **fields
        )
        result.updated.append(task)
    elif edit.op == "link_add":
        link = services.dependency_add(
            actor=actor,
            predecessor=task_of(index, "predecessor", edit.predecessor_id, edit.predecessor_ref),
            successor=task_of(index, "successor", edit.successor_id, edit.successor_ref),
            type=edit.type,
            lag_days=edit.lag_days,
        )
        result.links_added[index] = link
    elif edit.op == "link_remove":
        link = Dependency.objects.filter(project=project, pk=edit.link_id).first()
        if edit.link_id is None or link is None:
            raise ValidationError({"link_id": ["No link of this plan has this id."]})
        services.dependency_remove(actor=actor, dependency=link, reason=reason)
        return 1
    else:
        raise ValidationError({"op": [f"Choose one of {', '.join(OPERATIONS)}."]})
    return 0
