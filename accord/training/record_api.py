"""Training assignments made and cancelled through the API (as the assign and cancel
pages do, ``manage_training``), and a person's training record as their record page
shows it. Its routes join the training router (``POST /training/assignments`` shares
its path with the list). CDMO staff only: a sponsor's people get 403 before any lookup."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Status

from accord.accounts.models import User
from accord.core.api_fields import api_field_names
from accord.core.concurrency import expected_version, set_etag
from accord.training import services
from accord.training.api import (
    _assignment_out,
    _assignments,
    _record_out,
    _staff,
    _staff_user,
    router,
)
from accord.training.models import Requirement
from accord.training.ojt_api import ojt_out
from accord.training.ojt_schemas import AssignedOut, AssignIn, CancelIn, PersonRecordOut
from accord.training.schemas import AssignmentOut
from accord.training.transcript import record_context
from accord.training.views.common import MANAGE


def _manager(request: HttpRequest) -> None:
    _staff(request)
    if not request.user.has_perm(MANAGE):
        raise PermissionDenied("Training coordinators assign and cancel training.")


@router.post(
    "/training/assignments",
    response={201: AssignedOut},
    summary="Assign training to named people (training coordinators)",
    description="One open assignment per person: someone with this training open already "
    "keeps theirs, moved to the earlier due date.",
)
def assign_training(request: HttpRequest, payload: AssignIn):
    _manager(request)
    people = list(User.objects.filter(organization__kind="cdmo", pk__in=payload.person_ids))
    if len(people) != len(set(payload.person_ids)):
        raise ValidationError({"person_ids": ["One of these is not found among the staff."]})
    requirement = Requirement.objects.filter(is_active=True, pk=payload.requirement_id).first()
    if requirement is None:
        raise ValidationError({"requirement_id": ["Not found among the active requirements."]})
    with api_field_names({"people": "person_ids", "requirement": "requirement_id"}):
        made = services.training_assign(
            actor=request.user,
            people=people,
            requirement=requirement,
            reason=payload.reason.value,
            due_on=payload.due_on,
            source=payload.source,
        )
    assignments = _assignments().filter(pk__in=[a.pk for a in made]).order_by("person_id")
    return Status(201, {"items": [_assignment_out(a) for a in assignments]})


@router.post(
    "/training/assignments/{assignment_id}/cancel",
    response=AssignmentOut,
    summary="Cancel an open assignment, with the reason (training coordinators)",
    description="Nobody cancels their own. The assignment stays on the record.",
)
def cancel_assignment(
    request: HttpRequest, response: HttpResponse, assignment_id: int, payload: CancelIn
):
    _manager(request)
    assignment = get_object_or_404(_assignments(), pk=assignment_id)
    services.assignment_cancel(
        actor=request.user,
        assignment=assignment,
        reason=payload.reason,
        version=expected_version(request, payload.version),
    )
    assignment = get_object_or_404(_assignments(), pk=assignment_id)
    set_etag(response, assignment)
    return _assignment_out(assignment)


@router.get(
    "/training/people/{person_id}",
    response=PersonRecordOut,
    summary="A person's training record (staff), as their record page shows it",
)
def person_record(request: HttpRequest, person_id: int):
    _staff(request)
    context = record_context(_staff_user(person_id))
    person = context["person"]
    on = context["on"]
    return {
        "person_id": person.pk,
        "person_name": person.printed_name,
        "on": on,
        "holdings": [
            {
                "id": h.pk,
                "job_role_id": h.job_role_id,
                "job_role_name": h.job_role.name,
                "site_code": h.site.code,
                "assigned_on": h.assigned_on,
                "ended_on": h.ended_on,
                "current": h.ended_on is None or h.ended_on > on,
            }
            for h in context["holdings"]
        ],
        "standing": [
            {
                "requirement_id": r.pk,
                "requirement_code": r.code,
                "requirement_title": r.title,
                "kind": r.kind,
                "kind_label": r.get_kind_display(),
                "state": cell.state,
                "state_label": cell.label,
                "detail": cell.detail,
                "level": cell.level,
                "due_on": cell.due_on,
                "until": cell.until,
                "completed_on": cell.completed_on,
            }
            for r, cell in context["standing"]
        ],
        "gap_count": context["gap_count"],
        "qualified_count": context["qualified_count"],
        "open_assignments": [_assignment_out(a) for a in context["open_assignments"]],
        "done_assignments": [_assignment_out(a) for a in context["done_assignments"]],
        "cancelled_assignments": [_assignment_out(a) for a in context["cancelled_assignments"]],
        "competencies": [_record_out(r) for r in context["competencies"]],
        "competency_history": [_record_out(r) for r in context["competency_history"]],
        "ojt": [ojt_out(o) for o in context["ojt"]],
        "signatures": [
            {
                "what": s["what"],
                "kind": s["kind"],
                "meaning": s["signature"].meaning,
                "meaning_label": s["signature"].get_meaning_display(),
                "printed_name": s["signature"].printed_name,
                "signed_at": s["signature"].signed_at,
            }
            for s in context["signatures"]
        ],
    }
