"""On-the-job training through the API, as the OJT pages do it: a trainer qualified to
train records the training (``assess_competency``), the trainer then the trainee sign the
steps, and an assessor other than the trainer signs the verdict. Signatures take the
signer's username and password in that call's body only. CDMO staff only: a sponsor's
people get 403 before any lookup."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Query, Router, Schema, Status

from accord.accounts.models import User
from accord.core.api import PageNumberPagination
from accord.core.api_fields import api_field_names
from accord.core.concurrency import expected_version, set_etag
from accord.training import services
from accord.training.api import _staff
from accord.training.models import Competency, OjtRecord
from accord.training.ojt_schemas import OjtAssessIn, OjtOut, OjtPage, OjtSignIn, OjtStartIn
from accord.training.views.common import ASSESS

router = Router(tags=["Training"])

FIELDS = {"trainee": "trainee_id", "trainer": "trainer_id", "competency": "competency_id"}


def _records():
    return OjtRecord.objects.select_related("trainee", "trainer", "competency", "assessor")


def ojt_out(o: OjtRecord) -> dict:
    waiting = []
    if o.state == OjtRecord.State.IN_TRAINING:
        if o.trainer_signed_at is None:
            waiting.append(o.trainer.printed_name)
        if o.trainee_signed_at is None:
            waiting.append(o.trainee.printed_name)
    return {
        "id": o.pk,
        "trainee_id": o.trainee_id,
        "trainee_name": o.trainee.printed_name,
        "trainer_id": o.trainer_id,
        "trainer_name": o.trainer.printed_name,
        "competency_id": o.competency_id,
        "competency_code": o.competency.code,
        "competency_name": o.competency.name,
        "task": o.task,
        "steps": o.steps,
        "performed_on": o.performed_on,
        "state": o.state,
        "state_label": o.get_state_display(),
        "trainer_signed_at": o.trainer_signed_at,
        "trainee_signed_at": o.trainee_signed_at,
        "waiting_for": waiting,
        "assessor_name": o.assessor.printed_name if o.assessor else "",
        "verdict": o.verdict or None,
        "verdict_label": o.get_verdict_display() if o.verdict else "",
        "level_awarded": o.level_awarded,
        "assessment": o.assessment,
        "assessed_at": o.assessed_at,
        "version": o.version,
    }


class OjtFilters(Schema):
    q: str = ""
    state: OjtRecord.State | None = None
    competency_id: int | None = None


@router.get("/training/ojt", response=OjtPage, summary="On-the-job training records (staff)")
def list_ojt(
    request: HttpRequest,
    filters: Query[OjtFilters],
    pagination: Query[PageNumberPagination.Input],
):
    _staff(request)
    records = _records()
    for word in filters.q.strip()[:100].split()[:5]:
        records = records.filter(
            Q(task__icontains=word)
            | Q(trainee__last_name__icontains=word)
            | Q(trainee__first_name__icontains=word)
            | Q(trainer__last_name__icontains=word)
            | Q(competency__name__icontains=word)
        )
    if filters.state is not None:
        records = records.filter(state=filters.state)
    if filters.competency_id is not None:
        records = records.filter(competency_id=filters.competency_id)
    page = PageNumberPagination().paginate_queryset(
        records.order_by("-performed_on", "-pk"), pagination
    )
    page["items"] = [ojt_out(o) for o in page["items"]]
    return page


def _detail(response: HttpResponse, ojt_id: int) -> dict:
    ojt = get_object_or_404(_records(), pk=ojt_id)
    set_etag(response, ojt)
    return ojt_out(ojt)


@router.get("/training/ojt/{ojt_id}", response=OjtOut, summary="One on-the-job training record")
def get_ojt(request: HttpRequest, response: HttpResponse, ojt_id: int):
    _staff(request)
    return _detail(response, ojt_id)


def _person(pk: int, field: str) -> User:
    person = User.objects.filter(organization__kind="cdmo", pk=pk).first()
    if person is None:
        raise ValidationError({field: ["Not found among the CDMO's staff."]})
    return person


@router.post(
    "/training/ojt",
    response={201: OjtOut},
    summary="Record on-the-job training (assessors): trainer and trainee sign next",
)
def start_ojt(request: HttpRequest, response: HttpResponse, payload: OjtStartIn):
    _staff(request)
    if not request.user.has_perm(ASSESS):
        raise PermissionDenied("Assessors record on-the-job training.")
    competency = Competency.objects.filter(pk=payload.competency_id).first()
    if competency is None:
        raise ValidationError({"competency_id": ["Not found."]})
    with api_field_names(FIELDS):
        ojt = services.ojt_start(
            actor=request.user,
            trainee=_person(payload.trainee_id, "trainee_id"),
            trainer=_person(payload.trainer_id, "trainer_id"),
            competency=competency,
            task=payload.task,
            steps=payload.steps,
            performed_on=payload.performed_on,
        )
    return Status(201, _detail(response, ojt.pk))


@router.post(
    "/training/ojt/{ojt_id}/sign",
    response=OjtOut,
    summary="Sign as trainer (every step observed) or, after, as trainee",
    description="The trainer sends `observed` (one true per step) and may send `comments`; "
    "the trainee sends neither. Username and password sign, in this body only.",
)
def sign_ojt(request: HttpRequest, response: HttpResponse, ojt_id: int, payload: OjtSignIn):
    _staff(request)
    ojt = get_object_or_404(_records(), pk=ojt_id)
    services.ojt_sign(
        actor=request.user,
        ojt=ojt,
        username=payload.username,
        password=payload.password,
        acknowledge=payload.acknowledge,
        observed=payload.observed,
        comments=payload.comments,
        version=expected_version(request, payload.version),
    )
    return _detail(response, ojt_id)


@router.post(
    "/training/ojt/{ojt_id}/assess",
    response=OjtOut,
    summary="Sign the verdict (an assessor other than the trainer)",
    description="Competent at a level records the competency (method on-the-job training) "
    "from the day of the training.",
)
def assess_ojt(request: HttpRequest, response: HttpResponse, ojt_id: int, payload: OjtAssessIn):
    _staff(request)
    if not request.user.has_perm(ASSESS):
        raise PermissionDenied("Assessors sign the verdict.")
    ojt = get_object_or_404(_records(), pk=ojt_id)
    services.ojt_assess(
        actor=request.user,
        ojt=ojt,
        verdict=payload.verdict.value,
        level=payload.level.value if payload.level is not None else None,
        assessment=payload.assessment,
        username=payload.username,
        password=payload.password,
        acknowledge=payload.acknowledge,
        version=expected_version(request, payload.version),
    )
    return _detail(response, ojt_id)
