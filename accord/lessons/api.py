"""Lessons learned through the API, through the same services as the pages. For the
CDMO's staff only: a sponsor's people get 403 on every operation, whatever the id."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Query, Router, Status

from accord.core.api import PageNumberPagination
from accord.core.concurrency import expected_version, set_etag
from accord.lessons import selectors, services
from accord.lessons.models import Lesson, LessonApplication, LessonsReview
from accord.lessons.schemas import (
    ApplicationIn,
    ApplicationOut,
    FindingIn,
    LessonFilters,
    LessonIn,
    LessonOut,
    LessonPage,
    LessonPatchIn,
    ReviewFilters,
    ReviewIn,
    ReviewOut,
    ReviewPage,
    SignIn,
)
from accord.lessons.sources import source
from accord.projects.models import Project
from accord.projects.selectors import projects_visible_to
from accord.proposals.selectors import rfps_visible_to

router = Router(tags=["Lessons learned"])


def _staff(request: HttpRequest) -> None:
    # Refused before any lookup: a sponsor user learns nothing about ids.
    if not request.user.is_cdmo_staff:
        raise PermissionDenied("Lessons learned are for the CDMO's staff.")


def _lesson_out(lesson: Lesson) -> dict:
    record = lesson.source
    return {
        "id": lesson.pk,
        "number": lesson.number,
        "title": lesson.title,
        "what_happened": lesson.what_happened,
        "recommendation": lesson.recommendation,
        "source_kind": lesson.source_kind,
        "source_label": str(record) if record is not None else "",
        "source_id": record.pk if record is not None else None,
        "modality": lesson.modality,
        "service": lesson.service,
        "phase": lesson.phase,
        "department": lesson.department,
        "cause": lesson.cause,
        "cause_label": lesson.get_cause_display(),
        "status": lesson.status,
        "curriculum_id": lesson.curriculum_id,
        "recorded_by_name": lesson.recorded_by.printed_name,
        "recorded_at": lesson.recorded_at,
        "published_at": lesson.published_at,
        "version": lesson.version,
    }


def _review_out(review: LessonsReview) -> dict:
    names = [f.name for f in LessonsReview._meta.concrete_fields]
    data = {name: getattr(review, name) for name in names if not name.endswith("_by")}
    return {
        **data,
        "project_id": review.project_id,
        "project_code": review.project.code,
        "drafted_by_name": review.drafted_by.printed_name,
        "submitted_by_name": review.submitted_by.printed_name if review.submitted_by else None,
        "lesson_ids": [lesson.pk for lesson in review.lessons.all()],
    }


def _application_out(application: LessonApplication) -> dict:
    return {
        "id": application.pk,
        "lesson_id": application.lesson_id,
        "lesson_number": application.lesson.number,
        "project_id": application.project_id,
        "rfp_id": application.rfp_id,
        "how": application.how,
        "applied_by_name": application.applied_by.printed_name,
        "applied_on": application.applied_on,
    }


def _lesson(request: HttpRequest, lesson_id: int) -> Lesson:
    _staff(request)
    return get_object_or_404(selectors.lessons_visible_to(request.user), pk=lesson_id)


@router.get("/lessons", response=LessonPage, summary="The lessons library (CDMO staff)")
def list_lessons(
    request: HttpRequest,
    filters: Query[LessonFilters],
    pagination: Query[PageNumberPagination.Input],
):
    _staff(request)
    values = {k: (v.value if hasattr(v, "value") else v or "") for k, v in filters.dict().items()}
    rows = selectors.lessons_filter(
        selectors.lessons_visible_to(request.user), selectors.LibraryFilters(**values)
    )
    page = PageNumberPagination().paginate_queryset(rows.order_by("-recorded_at"), pagination)
    page["items"] = [_lesson_out(lesson) for lesson in page["items"]]
    return page


@router.get("/lessons/{lesson_id}", response=LessonOut, summary="One lesson")
def get_lesson(request: HttpRequest, response: HttpResponse, lesson_id: int):
    lesson = _lesson(request, lesson_id)
    set_etag(response, lesson)
    return _lesson_out(lesson)


@router.post("/lessons", response={201: LessonOut}, summary="Record a lesson from a record")
def record_lesson(request: HttpRequest, payload: LessonIn):
    _staff(request)
    found = source(payload.source_kind.value)
    if found is None:
        raise Http404("Record a project's findings on its lessons review.")
    record = get_object_or_404(found.visible_to(request.user), pk=payload.source_id)
    tags = {
        name: (getattr(payload, name).value if getattr(payload, name) else "")
        for name in ("modality", "service", "phase", "department")
    }
    lesson = services.lesson_record(
        actor=request.user,
        source_kind=payload.source_kind.value,
        source=record,
        title=payload.title,
        what_happened=payload.what_happened,
        recommendation=payload.recommendation,
        cause=payload.cause.value,
        **tags,
    )
    return Status(201, _lesson_out(lesson))


@router.patch(
    "/lessons/{lesson_id}",
    response=LessonOut,
    summary="Edit a lesson's text and tags (a published one's with a reason)",
    description="As on the lesson's edit page. Send its `ETag` as `If-Match` (or `version`).",
)
def update_lesson(
    request: HttpRequest, response: HttpResponse, lesson_id: int, payload: LessonPatchIn
):
    lesson = _lesson(request, lesson_id)
    sent = payload.model_dump(exclude_unset=True, exclude={"reason", "version"})
    if sent.get("cause", "") is None:
        raise ValidationError({"cause": ["A lesson keeps a cause; choose another one."]})
    fields = {
        name: (value.value if hasattr(value, "value") else (value if value is not None else ""))
        for name, value in sent.items()
    }
    lesson = services.lesson_update(
        actor=request.user,
        lesson=lesson,
        reason=payload.reason,
        version=expected_version(request, payload.version),
        **fields,
    )
    set_etag(response, lesson)
    return _lesson_out(lesson)


@router.post("/lessons/{lesson_id}/publish", response=LessonOut, summary="Publish a lesson")
def publish_lesson(request: HttpRequest, lesson_id: int, version: int | None = None):
    lesson = _lesson(request, lesson_id)
    lesson = services.lesson_publish(
        actor=request.user, lesson=lesson, version=expected_version(request, version)
    )
    return _lesson_out(lesson)


@router.get(
    "/lessons/{lesson_id}/applications",
    response=list[ApplicationOut],
    summary="Where a lesson was applied",
)
def list_applications(request: HttpRequest, lesson_id: int):
    lesson = _lesson(request, lesson_id)
    rows = selectors.applications_visible_to(request.user).filter(lesson=lesson)
    return [_application_out(a) for a in rows]


@router.post(
    "/lessons/{lesson_id}/applications",
    response={201: ApplicationOut},
    summary="Say a lesson was applied on a project or an RFP's proposal",
)
def apply_lesson(request: HttpRequest, lesson_id: int, payload: ApplicationIn):
    lesson = _lesson(request, lesson_id)
    project = (
        get_object_or_404(projects_visible_to(request.user), pk=payload.project_id)
        if payload.project_id is not None
        else None
    )
    rfp = (
        get_object_or_404(rfps_visible_to(request.user), pk=payload.rfp_id)
        if payload.rfp_id is not None
        else None
    )
    application = services.application_record(
        actor=request.user,
        lesson=lesson,
        project=project,
        rfp=rfp,
        how=payload.how,
        applied_on=payload.applied_on,
    )
    return Status(201, _application_out(application))


def _project(request: HttpRequest, project_id: int) -> Project:
    _staff(request)
    return get_object_or_404(projects_visible_to(request.user), pk=project_id)


def _review(request: HttpRequest, project_id: int) -> LessonsReview:
    project = _project(request, project_id)
    return get_object_or_404(selectors.reviews_visible_to(request.user), project=project)


@router.get("/lessons-reviews", response=ReviewPage, summary="Project lessons reviews")
def list_reviews(
    request: HttpRequest,
    filters: Query[ReviewFilters],
    pagination: Query[PageNumberPagination.Input],
):
    _staff(request)
    rows = selectors.reviews_visible_to(request.user).prefetch_related("lessons")
    if filters.status is not None:
        rows = rows.filter(status=filters.status)
    page = PageNumberPagination().paginate_queryset(rows.order_by("-created_at"), pagination)
    page["items"] = [_review_out(review) for review in page["items"]]
    return page


@router.get(
    "/projects/{project_id}/lessons-review",
    response=ReviewOut,
    summary="A project's lessons review",
)
def get_review(request: HttpRequest, response: HttpResponse, project_id: int):
    review = _review(request, project_id)
    set_etag(response, review)
    return _review_out(review)


@router.post(
    "/projects/{project_id}/lessons-review",
    response={201: ReviewOut},
    summary="Start a project's lessons review (a draft)",
)
def start_review(request: HttpRequest, project_id: int):
    project = _project(request, project_id)
    return Status(201, _review_out(services.review_start(actor=request.user, project=project)))


@router.put(
    "/projects/{project_id}/lessons-review",
    response=ReviewOut,
    summary="Edit the draft of a project's lessons review",
)
def update_review(request: HttpRequest, response: HttpResponse, project_id: int, payload: ReviewIn):
    review = _review(request, project_id)
    fields = payload.dict()
    version = expected_version(request, fields.pop("version"))
    fields["follow_on"] = payload.follow_on.value
    review = services.review_update(actor=request.user, review=review, version=version, **fields)
    set_etag(response, review)
    return _review_out(review)


@router.post(
    "/projects/{project_id}/lessons-review/findings",
    response={201: LessonOut},
    summary="Add a finding (a draft lesson) to a project's lessons review",
)
def add_finding(request: HttpRequest, project_id: int, payload: FindingIn):
    review = _review(request, project_id)
    lesson = services.review_finding_add(
        actor=request.user,
        review=review,
        title=payload.title,
        what_happened=payload.what_happened,
        recommendation=payload.recommendation,
        cause=payload.cause.value,
        service=payload.service.value if payload.service else "",
        department=payload.department.value if payload.department else "",
    )
    return Status(201, _lesson_out(lesson))


@router.post(
    "/projects/{project_id}/lessons-review/submit",
    response=ReviewOut,
    summary="Submit a project's lessons review by electronic signature",
)
def submit_review(request: HttpRequest, project_id: int, payload: SignIn):
    review = _review(request, project_id)
    review = services.review_submit(
        actor=request.user,
        review=review,
        username=payload.username,
        password=payload.password,
        acknowledge=payload.acknowledge,
        reason=payload.reason,
        version=expected_version(request, payload.version),
    )
    return _review_out(review)
