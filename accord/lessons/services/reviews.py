"""Writes to a project's lessons review: start it, draft it, add its findings (each a
lesson of the library), and submit it with the signature of who may close the project.
Also the rule it serves: a project closes (completed or cancelled) only with its review
submitted (:func:`closing_check`, called by ``project_update`` before a status change)."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse

from accord.accounts.models import User
from accord.audit.services import audit_record, created, diff, snapshot
from accord.core import clock, concurrency
from accord.lessons.models import Lesson, LessonsReview, SourceKind
from accord.lessons.permissions import RECORD, REVIEW, require_staff
from accord.lessons.services.lessons import lesson_record, publish_now
from accord.notifications.events import people, users_with_permission
from accord.notifications.services import Message, deliver
from accord.projects.models import Project, ProjectRole
from accord.signatures.models import Meaning
from accord.signatures.services import signature_apply, signer_authenticate

CLOSED = (Project.Status.COMPLETED, Project.Status.CANCELLED)
REVIEW_FIELDS = (
    "project",
    "status",
    "went_well",
    "went_badly",
    "root_causes",
    "recommendations",
    "process_rating",
    "quality_rating",
    "schedule_rating",
    "technical_notes",
    "budget_planned",
    "budget_actual",
    "sponsor_satisfaction",
    "follow_on",
    "business_notes",
)
EDITABLE = frozenset(REVIEW_FIELDS) - {"project", "status"}
# What a review must say before it is signed.
REQUIRED = {
    "went_well": "Say what went well.",
    "went_badly": "Say what did not go well.",
    "root_causes": "Give the root causes of what did not go well.",
    "recommendations": "Give the recommendations.",
    "process_rating": "Rate the process outcome.",
    "quality_rating": "Rate the quality outcome.",
    "schedule_rating": "Rate the schedule outcome.",
    "sponsor_satisfaction": "Rate the sponsor's satisfaction.",
}


def closing_check(*, actor: User | None, project: Project, before: str | None, after: str) -> None:
    """Refuse to complete or cancel a project whose lessons review is not submitted."""
    if after not in CLOSED or before in CLOSED:
        return
    review = LessonsReview.objects.filter(project_id=project.pk).first()
    if review is not None and review.is_submitted:
        return
    where = (
        f"write it under Lessons review on the project page: "
        f"{reverse('lessons:review', args=[project.pk])}"
        if project.pk
        else "create the project open, then write it on the project page"
    )
    state = "is still in draft" if review is not None else "has not been written"
    verb = "complete" if after == Project.Status.COMPLETED else "cancel"
    raise ValidationError(
        {
            "status": [
                f"The lessons-learned review of {project.code} {state}: submit it before you "
                f"{verb} the project ({where})."
            ]
        }
    )


def _may_write(actor: User, project: Project) -> None:
    require_staff(actor, RECORD)
    if actor.has_perm(REVIEW) or project.memberships.filter(user=actor).exists():
        return
    raise PermissionDenied("The project's manager and team write its lessons review.")


def _clean(fields: dict[str, object]) -> dict[str, object]:
    return {k: v.strip() if isinstance(v, str) else v for k, v in fields.items()}


@transaction.atomic
def review_start(*, actor: User, project: Project) -> LessonsReview:
    """Open the project's lessons review as a draft (one per project)."""
    _may_write(actor, project)
    project = Project.objects.select_for_update().get(pk=project.pk)
    if LessonsReview.objects.filter(project=project).exists():
        raise ValidationError({"project": [f"{project.code} has its lessons review already."]})
    review = LessonsReview(project=project, drafted_by=actor, created_at=clock.now())
    review.full_clean()
    review.save()
    audit_record(
        actor=actor,
        action="lessons.lessonsreview.started",
        target=review,
        changes=created(snapshot(review, REVIEW_FIELDS)),
    )
    return review


def _locked_draft(review: LessonsReview, version: int | None) -> LessonsReview:
    review = concurrency.locked(
        review, version, queryset=LessonsReview.objects.select_related("project")
    )
    if review.is_submitted:
        raise ValidationError({"status": ["The review is submitted; it no longer changes."]})
    return review


@transaction.atomic
def review_update(
    *, actor: User, review: LessonsReview, version: int | None = None, **fields
) -> LessonsReview:
    """Edit the draft: what went well and not, causes, recommendations, both evaluations."""
    _may_write(actor, review.project)
    unknown = set(fields) - EDITABLE
    if unknown:
        raise ValidationError({"__all__": [f"Unknown fields: {', '.join(sorted(unknown))}"]})
    review = _locked_draft(review, version)
    before = snapshot(review, REVIEW_FIELDS)
    for name, value in _clean(fields).items():
        setattr(review, name, value)
    changes = diff(before, snapshot(review, REVIEW_FIELDS))
    if not changes:
        return review
    review.full_clean()
    concurrency.bump(review)
    review.save()
    audit_record(
        actor=actor, action="lessons.lessonsreview.updated", target=review, changes=changes
    )
    return review


def project_services(project: Project) -> list[str]:
    """The services of the RFP the project was won from (none for a project without one)."""
    from accord.proposals.models import RfpOutcome

    outcome = RfpOutcome.objects.filter(project_id=project.pk).select_related("rfp").first()
    return list(outcome.rfp.services) if outcome else []


@transaction.atomic
def review_finding_add(
    *,
    actor: User,
    review: LessonsReview,
    title: str,
    what_happened: str,
    recommendation: str,
    cause: str,
    department: str = "",
    service: str = "",
) -> Lesson:
    """A finding or recommendation of the review, a draft lesson tagged with the project's
    modality and phase; published when the review is submitted."""
    _may_write(actor, review.project)
    review = _locked_draft(review, None)
    return lesson_record(
        actor=actor,
        source_kind=SourceKind.PROJECT_REVIEW,
        source=review,
        title=title,
        what_happened=what_happened,
        recommendation=recommendation,
        cause=cause,
        modality=review.project.modality,
        phase=review.project.phase,
        department=department,
        service=service,
    )


def _missing(review: LessonsReview) -> dict[str, list[str]]:
    errors = {
        name: [message] for name, message in REQUIRED.items() if getattr(review, name) in (None, "")
    }
    if not review.lessons.exists():
        errors["lessons"] = ["Record at least one lesson (a finding or a recommendation)."]
    return errors


def review_submit(
    *,
    actor: User,
    review: LessonsReview,
    username: str | None,
    password: str,
    acknowledge: bool = False,
    reason: str = "",
    version: int | None = None,
) -> LessonsReview:
    """Submit the review by electronic signature (meaning: reviewed); its findings join the
    library, published. From then on the project may be completed or cancelled."""
    require_staff(actor, REVIEW)
    full = signer_authenticate(
        actor=actor, username=username, password=password, acknowledge=acknowledge
    )
    with transaction.atomic():
        review = _locked_draft(review, version)
        errors = _missing(review)
        if errors:
            raise ValidationError(errors)
        review.status = LessonsReview.Status.SUBMITTED
        review.submitted_by = actor
        review.submitted_at = clock.now()
        concurrency.bump(review)
        review.save()
        signature_apply(
            actor=actor,
            record=review,
            meaning=Meaning.REVIEWED,
            full_credentials=full,
            reason=reason,
            transition="submit",
        )
        audit_record(
            actor=actor,
            action="lessons.lessonsreview.submitted",
            target=review,
            changes={"status": [LessonsReview.Status.DRAFT.value, review.status]},
            reason=reason,
        )
        for lesson in review.lessons.filter(status=Lesson.Status.DRAFT):
            publish_now(actor=actor, lesson=lesson)
        _tell_submitted(review, actor)
    return review


def project_managers(project: Project) -> list[User]:
    return [
        m.user
        for m in project.memberships.select_related("user").filter(
            role=ProjectRole.PROJECT_MANAGER, user__is_active=True
        )
    ]


def _tell_submitted(review: LessonsReview, actor: User) -> None:
    """QA and the PMO (who publish lessons) at the project's site hear of a new review."""
    from accord.lessons.permissions import PUBLISH

    readers = users_with_permission(PUBLISH).filter(site_id=review.project.site_id)
    project = review.project
    deliver(
        [
            Message(
                "lessons_review_submitted",
                person,
                review,
                f"{project.code}: lessons review submitted",
                f"{actor.printed_name} submitted the lessons-learned review of "
                f"{project.code} {project.title}; its lessons are in the library.",
                reverse("lessons:review", args=[project.pk]),
                dedupe_key=f"lessons_review_submitted:{review.pk}",
            )
            for person in people(readers)
            if person.pk != actor.pk
        ],
        actor=actor,
    )
