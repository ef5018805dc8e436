"""Training through the API, through the same services and reads as the pages. CDMO
staff only: a sponsor's people get 403 before any lookup, so ids reveal nothing."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Query, Router, Schema, Status

from accord.accounts.models import Site, User
from accord.core import clock
from accord.core.api import PageNumberPagination
from accord.projects.selectors import projects_visible_to
from accord.teams.models import Department
from accord.training import matrix as skill_matrix
from accord.training import services
from accord.training.models import (
    Assignment,
    Competency,
    CompetencyRecord,
    ControlledDocument,
    Curriculum,
    JobRole,
    QuizAttempt,
    Requirement,
)
from accord.training.schemas import (
    AnswersIn,
    AssignmentOut,
    AssignmentPage,
    CompetencyRecordIn,
    CompetencyRecordOut,
    CompetencyRecordPage,
    DocumentVersionIn,
    DocumentVersionOut,
    MatrixOut,
    QuizAttemptOut,
    RoleHoldingIn,
    RoleHoldingOut,
    SignIn,
)
from accord.training.views.home import quiz_questions

router = Router(tags=["Training"])


def _staff(request: HttpRequest) -> None:
    if not request.user.is_cdmo_staff:
        raise PermissionDenied("Training records are the CDMO's own.")


def _staff_user(pk: int) -> User:
    return get_object_or_404(User.objects.filter(organization__kind="cdmo"), pk=pk)


def _assignment_out(a: Assignment) -> dict:
    today = clock.today()
    return {
        "id": a.pk,
        "person_id": a.person_id,
        "person_name": a.person.printed_name,
        "requirement_id": a.requirement_id,
        "requirement_code": a.requirement.code,
        "requirement_title": a.requirement.title,
        "kind": a.requirement.kind,
        "kind_label": a.requirement.get_kind_display(),
        "reason": a.reason,
        "reason_label": a.get_reason_display(),
        "source": a.source,
        "version_to_read": a.what_to_read,
        "assigned_on": a.assigned_on,
        "due_on": a.due_on,
        "status": a.status,
        "status_label": a.get_status_display(),
        "overdue": a.is_open and a.due_on < today,
        "completed_on": a.completed_on,
        "completion_note": a.completion_note,
        "version": a.version,
    }


def _assignments():
    return Assignment.objects.select_related("person", "requirement", "document_version__document")


class AssignmentFilters(Schema):
    mine: bool = False
    status: Assignment.Status | None = None
    overdue: bool = False
    person_id: int | None = None
    requirement_id: int | None = None


@router.get(
    "/training/assignments", response=AssignmentPage, summary="Training assignments (staff)"
)
def list_assignments(
    request: HttpRequest,
    filters: Query[AssignmentFilters],
    pagination: Query[PageNumberPagination.Input],
):
    _staff(request)
    assignments = _assignments()
    if filters.mine:
        assignments = assignments.filter(person=request.user)
    if filters.status is not None:
        assignments = assignments.filter(status=filters.status)
    if filters.overdue:
        assignments = assignments.filter(status="open", due_on__lt=clock.today())
    if filters.person_id is not None:
        assignments = assignments.filter(person_id=filters.person_id)
    if filters.requirement_id is not None:
        assignments = assignments.filter(requirement_id=filters.requirement_id)
    page = PageNumberPagination().paginate_queryset(
        assignments.order_by("status", "due_on", "pk"), pagination
    )
    page["items"] = [_assignment_out(a) for a in page["items"]]
    return page


@router.get(
    "/training/assignments/{assignment_id}", response=AssignmentOut, summary="One assignment"
)
def get_assignment(request: HttpRequest, assignment_id: int):
    _staff(request)
    return _assignment_out(get_object_or_404(_assignments(), pk=assignment_id))


@router.post(
    "/training/assignments/{assignment_id}/read-and-understood",
    response=AssignmentOut,
    summary="Sign that you read and understood the assigned version (the trainee)",
)
def read_and_understood(request: HttpRequest, assignment_id: int, payload: SignIn):
    _staff(request)
    assignment = get_object_or_404(_assignments(), pk=assignment_id)
    services.assignment_read_and_understood(
        actor=request.user,
        assignment=assignment,
        username=payload.username,
        password=payload.password,
        acknowledge=payload.acknowledge,
        version=payload.version,
    )
    return _assignment_out(get_object_or_404(_assignments(), pk=assignment_id))


def _attempt_out(attempt: QuizAttempt) -> dict:
    return {
        "id": attempt.pk,
        "assignment_id": attempt.assignment_id,
        "number": attempt.number,
        "started_at": attempt.started_at,
        "submitted_at": attempt.submitted_at,
        "score": attempt.score,
        "passed": attempt.passed,
        "pass_mark": attempt.assignment.requirement.pass_mark,
        "questions": [
            {
                "id": q["id"],
                "number": q["number"],
                "text": q["text"],
                "choices": [[index, text] for index, text in q["choices"]],
            }
            for q in quiz_questions(attempt)
        ],
    }


@router.post(
    "/training/assignments/{assignment_id}/quiz-attempts",
    response={201: QuizAttemptOut},
    summary="Start an attempt at the quiz (the trainee): its questions in random order",
)
def start_quiz(request: HttpRequest, assignment_id: int):
    _staff(request)
    assignment = get_object_or_404(_assignments(), pk=assignment_id)
    attempt = services.quiz_start(actor=request.user, assignment=assignment)
    return Status(201, _attempt_out(attempt))


@router.post(
    "/training/quiz-attempts/{attempt_id}/answers",
    response=QuizAttemptOut,
    summary="Submit the answers of an attempt: the score, and whether it passed",
)
def submit_quiz(request: HttpRequest, attempt_id: int, payload: AnswersIn):
    _staff(request)
    attempt = get_object_or_404(
        QuizAttempt.objects.select_related("assignment__requirement"), pk=attempt_id
    )
    attempt = services.quiz_submit(actor=request.user, attempt=attempt, answers=payload.answers)
    return _attempt_out(attempt)


def _record_out(record: CompetencyRecord) -> dict:
    return {
        "id": record.pk,
        "person_id": record.person_id,
        "person_name": record.person.printed_name,
        "competency_id": record.competency_id,
        "competency_code": record.competency.code,
        "competency_name": record.competency.name,
        "level": record.level,
        "level_label": record.get_level_display(),
        "method": record.method,
        "method_label": record.get_method_display(),
        "assessor_name": record.assessor.printed_name,
        "evidence": record.evidence,
        "assessed_on": record.assessed_on,
        "expires_on": record.expires_on,
        "current": record.is_current(clock.today()),
    }


class RecordFilters(Schema):
    person_id: int | None = None
    competency_id: int | None = None


@router.get(
    "/training/competency-records",
    response=CompetencyRecordPage,
    summary="Competency records (staff)",
)
def list_competency_records(
    request: HttpRequest,
    filters: Query[RecordFilters],
    pagination: Query[PageNumberPagination.Input],
):
    _staff(request)
    records = CompetencyRecord.objects.select_related("person", "competency", "assessor")
    if filters.person_id is not None:
        records = records.filter(person_id=filters.person_id)
    if filters.competency_id is not None:
        records = records.filter(competency_id=filters.competency_id)
    page = PageNumberPagination().paginate_queryset(
        records.order_by("-assessed_on", "-pk"), pagination
    )
    page["items"] = [_record_out(r) for r in page["items"]]
    return page


@router.post(
    "/training/competency-records",
    response={201: CompetencyRecordOut},
    summary="Record a competency assessment, signed by the assessor",
)
def record_competency(request: HttpRequest, payload: CompetencyRecordIn):
    _staff(request)
    record = services.competency_record(
        actor=request.user,
        person=_staff_user(payload.person_id),
        competency=get_object_or_404(Competency, pk=payload.competency_id),
        level=payload.level,
        method=payload.method,
        evidence=payload.evidence,
        assessed_on=payload.assessed_on or clock.today(),
        username=payload.username,
        password=payload.password,
        acknowledge=payload.acknowledge,
    )
    return Status(201, _record_out(record))


class MatrixFilters(Schema):
    view: str = "requirements"
    site_id: int | None = None
    department: Department | None = None
    job_role_id: int | None = None
    project_id: int | None = None
    curriculum_id: int | None = None
    kind: Requirement.Kind | None = None
    gaps_only: bool = False


@router.get("/training/matrix", response=MatrixOut, summary="The skill matrix (staff)")
def matrix(request: HttpRequest, filters: Query[MatrixFilters]):
    _staff(request)

    def pick(queryset, pk):
        return get_object_or_404(queryset, pk=pk) if pk is not None else None

    built = skill_matrix.build(
        skill_matrix.Filters(
            site=pick(Site.objects.all(), filters.site_id),
            department=filters.department.value if filters.department else "",
            job_role=pick(JobRole.objects.all(), filters.job_role_id),
            project=pick(projects_visible_to(request.user), filters.project_id),
            curriculum=pick(Curriculum.objects.all(), filters.curriculum_id),
            kind=filters.kind.value if filters.kind else "",
            gaps_only=filters.gaps_only,
            view=filters.view
            if filters.view in dict(skill_matrix.VIEWS)
            else skill_matrix.REQUIREMENTS,
        ),
        clock.today(),
    )
    return {
        "on": built.on,
        "view": built.filters.view,
        "scope": built.filters.scope,
        "columns": [
            {"id": c.pk, "code": c.code, "title": c.title, "kind": c.kind} for c in built.columns
        ],
        "rows": [
            {
                "person_id": row.person.pk,
                "person_name": row.person.printed_name,
                "job_roles": row.roles,
                "gaps": row.gaps,
                "cells": [
                    {
                        "column_id": column.pk,
                        "state": cell.state,
                        "label": cell.label,
                        "detail": cell.detail,
                        "level": cell.level,
                        "due_on": cell.due_on,
                        "until": cell.until,
                    }
                    for column, cell in zip(built.columns, row.cells, strict=True)
                ],
            }
            for row in built.rows
        ],
        "totals": built.totals,
    }


@router.post(
    "/training/role-holdings",
    response={201: RoleHoldingOut},
    summary="Give a person a job role: its curricula become assignments",
)
def assign_role(request: HttpRequest, payload: RoleHoldingIn):
    _staff(request)
    holding = services.job_role_assign(
        actor=request.user,
        person=_staff_user(payload.person_id),
        job_role=get_object_or_404(JobRole, pk=payload.job_role_id),
        site=get_object_or_404(Site, pk=payload.site_id),
        on=payload.on,
    )
    return Status(
        201,
        {
            "id": holding.pk,
            "person_id": holding.person_id,
            "person_name": holding.person.printed_name,
            "job_role_id": holding.job_role_id,
            "job_role_name": holding.job_role.name,
            "site_code": holding.site.code,
            "assigned_on": holding.assigned_on,
            "ended_on": holding.ended_on,
            "open_assignments": holding.person.training_assignments.filter(status="open").count(),
        },
    )


@router.post(
    "/training/documents/{document_id}/versions",
    response={201: DocumentVersionOut},
    summary="Make a new version of a controlled document effective: retraining follows",
)
def new_version(request: HttpRequest, document_id: int, payload: DocumentVersionIn):
    _staff(request)
    document = get_object_or_404(ControlledDocument, pk=document_id)
    version, reached = services.document_version_make_effective(
        actor=request.user,
        document=document,
        summary=payload.summary,
        effective_on=payload.effective_on,
        sha256=payload.sha256,
    )
    return Status(
        201,
        {
            "id": version.pk,
            "document_id": document.pk,
            "document_number": document.number,
            "version": version.version,
            "effective_on": version.effective_on,
            "summary": version.summary,
            "retraining_created": reached,
        },
    )
