"""Who works on plan tasks, through the API and the same services as the pages (R-TRN-5).

The CDMO's staff read and change a task's people and required competencies. On a GMP
task the qualification gate answers 422 with code ``qualification_gate`` and one error
per gap; QA or a supervisor overrides through the same endpoint with ``override_reason``
and their user id and password (an electronic signature, meaning "override")."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, Router, Schema, Status

from accord.accounts.models import User
from accord.core.api import ErrorOut, InputSchema
from accord.core.errors import field_errors
from accord.planning import assignments, selectors
from accord.planning.models import Task, TaskAssignment, TaskSkill
from accord.training.gate import GateBlocked
from accord.training.models import Competency, Level

router = Router(tags=["Plan task people"])


class OverrideOut(Schema):
    reason: str
    gaps: list[str]
    overridden_by_name: str
    overridden_at: dt.datetime


class AssignmentOut(Schema):
    id: int
    task_id: int
    person_id: int
    person_name: str
    role_on_task: str
    assigned_by_name: str
    assigned_at: dt.datetime
    override: OverrideOut | None = Field(description="Set when the gate was overridden")


class SkillOut(Schema):
    id: int
    task_id: int
    competency_id: int
    competency_code: str
    competency_name: str
    min_level: int
    min_level_label: str


class LapseOut(Schema):
    task_id: int
    task_name: str
    starts_on: dt.date
    person_id: int
    person_name: str
    role_on_task: str
    lapses_on: dt.date
    competencies: list[str]
    overridden: bool


class AssignIn(InputSchema):
    person_id: int
    role_on_task: str = Field(..., max_length=80, description="e.g. Operator")
    override_reason: str = Field(
        "", max_length=2000, description="To override the gate (QA or a supervisor)"
    )
    username: str | None = Field(None, max_length=150, description="To sign an override")
    password: str = Field("", max_length=1024, description="To sign an override")
    acknowledge: bool = Field(
        False, description="Acknowledge that your electronic signature is binding (once)"
    )


class SkillIn(InputSchema):
    competency_id: int
    min_level: int = Field(Level.INDEPENDENT, ge=1, le=4)


def _staff(request: HttpRequest) -> None:
    # Refused before any lookup: a sponsor user learns nothing about ids.
    if not request.user.is_cdmo_staff:
        raise PermissionDenied("The CDMO's staff plan who works on a task.")


def _task(request: HttpRequest, task_id: int) -> Task:
    _staff(request)
    return get_object_or_404(
        selectors.tasks_visible_to(request.user).select_related("project"), pk=task_id
    )


def _assignment_out(a: TaskAssignment) -> dict:
    override = a.override
    return {
        "id": a.pk,
        "task_id": a.task_id,
        "person_id": a.person_id,
        "person_name": a.person.printed_name,
        "role_on_task": a.role_on_task,
        "assigned_by_name": a.assigned_by.printed_name,
        "assigned_at": a.assigned_at,
        "override": {
            "reason": override.reason,
            "gaps": override.gaps,
            "overridden_by_name": override.overridden_by.printed_name,
            "overridden_at": override.overridden_at,
        }
        if override
        else None,
    }


def _skill_out(s: TaskSkill) -> dict:
    return {
        "id": s.pk,
        "task_id": s.task_id,
        "competency_id": s.competency_id,
        "competency_code": s.competency.code,
        "competency_name": s.competency.name,
        "min_level": s.min_level,
        "min_level_label": s.get_min_level_display(),
    }


def _assignments(task: Task):
    return TaskAssignment.objects.filter(task=task).select_related(
        "person", "assigned_by", "override", "override__overridden_by"
    )


def _gate_refusal(exc: GateBlocked) -> Status:
    return Status(
        422,
        {
            "status": 422,
            "code": "qualification_gate",
            "detail": exc.messages[0],
            "errors": [{"field": "person_id", "message": gap} for gap in exc.gaps],
        },
    )


@router.get(
    "/tasks/{task_id}/assignments",
    response=list[AssignmentOut],
    summary="The people on a plan task, with their role and any override (staff)",
)
def list_assignments(request: HttpRequest, task_id: int):
    return [_assignment_out(a) for a in _assignments(_task(request, task_id))]


@router.post(
    "/tasks/{task_id}/assignments",
    response={201: AssignmentOut, 422: ErrorOut},
    summary="Put a person on a task; a GMP task's gate answers 422 with the gaps",
)
def add_assignment(request: HttpRequest, task_id: int, payload: AssignIn):
    task = _task(request, task_id)
    person = User.objects.filter(pk=payload.person_id).first()
    if person is None:
        raise ValidationError({"person_id": ["No person with this id."]})
    try:
        assignment = assignments.task_assign(
            actor=request.user,
            task=task,
            person=person,
            role_on_task=payload.role_on_task,
            override_reason=payload.override_reason,
            username=payload.username,
            password=payload.password,
            acknowledge=payload.acknowledge,
        )
    except GateBlocked as exc:
        return _gate_refusal(exc)
    except ValidationError as exc:
        renamed = {"person": "person_id"}
        raise ValidationError(
            {renamed.get(f, f): messages for f, messages in field_errors(exc).items()}
        ) from None
    return Status(201, _assignment_out(_assignments(task).get(pk=assignment.pk)))


@router.delete(
    "/tasks/{task_id}/assignments/{assignment_id}",
    response={204: None},
    summary="Take a person off a task",
)
def remove_assignment(request: HttpRequest, task_id: int, assignment_id: int):
    task = _task(request, task_id)
    assignment = get_object_or_404(_assignments(task), pk=assignment_id)
    assignments.task_unassign(actor=request.user, assignment=assignment)
    return Status(204, None)


@router.get(
    "/tasks/{task_id}/skills",
    response=list[SkillOut],
    summary="The competencies (and levels) a task requires (staff)",
)
def list_skills(request: HttpRequest, task_id: int):
    task = _task(request, task_id)
    return [_skill_out(s) for s in task.skills.select_related("competency")]


@router.post(
    "/tasks/{task_id}/skills",
    response={201: SkillOut},
    summary="Require a competency at a level of whoever works on a task (again: new level)",
)
def set_skill(request: HttpRequest, task_id: int, payload: SkillIn):
    task = _task(request, task_id)
    competency = Competency.objects.filter(pk=payload.competency_id).first()
    if competency is None:
        raise ValidationError({"competency_id": ["No competency with this id."]})
    skill = assignments.task_skill_set(
        actor=request.user, task=task, competency=competency, min_level=payload.min_level
    )
    return Status(201, _skill_out(skill))


@router.delete(
    "/tasks/{task_id}/skills/{skill_id}",
    response={204: None},
    summary="No longer require a competency of a task",
)
def remove_skill(request: HttpRequest, task_id: int, skill_id: int):
    task = _task(request, task_id)
    skill = get_object_or_404(task.skills.select_related("competency"), pk=skill_id)
    assignments.task_skill_remove(actor=request.user, skill=skill)
    return Status(204, None)


@router.get(
    "/projects/{project_id}/plan/lapses",
    response=list[LapseOut],
    summary="People whose qualification for a GMP task lapses before it starts (staff)",
)
def list_lapses(request: HttpRequest, project_id: int):
    from accord.projects.selectors import projects_visible_to

    _staff(request)
    project = get_object_or_404(projects_visible_to(request.user), pk=project_id)
    return [
        {
            "task_id": lapse.task.pk,
            "task_name": lapse.task.name,
            "starts_on": lapse.starts_on,
            "person_id": lapse.person.pk,
            "person_name": lapse.person.printed_name,
            "role_on_task": lapse.assignment.role_on_task,
            "lapses_on": lapse.lapses_on,
            "competencies": lapse.competencies,
            "overridden": lapse.assignment.override_id is not None,
        }
        for lapse in assignments.plan_lapses(project)
    ]
