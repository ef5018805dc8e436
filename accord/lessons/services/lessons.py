"""Writes to the lessons library: record a lesson (from any source), edit it, publish it,
and make it training material (a curriculum's reading)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from accord.accounts.models import User
from accord.audit.services import audit_record, created, diff, snapshot
from accord.core import clock, concurrency
from accord.lessons.models import SOURCE_FIELD, Lesson, LessonCounter, SourceKind
from accord.lessons.permissions import EDIT, PUBLISH, RECORD, require_staff

LESSON_FIELDS = (
    "number",
    "title",
    "what_happened",
    "recommendation",
    "source_kind",
    "review",
    "postmortem",
    "concern",
    "deviation",
    "capa",
    "modality",
    "service",
    "phase",
    "department",
    "cause",
    "status",
    "curriculum",
)
TAGS = ("modality", "service", "phase", "department", "cause")
EDITABLE = frozenset({"title", "what_happened", "recommendation", *TAGS})


def _next_number(year: int) -> str:
    """LL-2026-001: gap-free per year, from the year's locked counter row."""
    counter = LessonCounter.objects.select_for_update().filter(year=year).first()
    if counter is None:
        try:
            with transaction.atomic():
                LessonCounter.objects.create(year=year)
        except IntegrityError:
            pass  # made by another transaction first; locked below
        counter = LessonCounter.objects.select_for_update().get(year=year)
    counter.last += 1
    counter.save(update_fields=["last"])
    return f"LL-{year}-{counter.last:03d}"


def _clean(fields: dict[str, object]) -> dict[str, object]:
    return {k: v.strip() if isinstance(v, str) else v for k, v in fields.items()}


def _check_source(source_kind: str, source) -> None:
    if source_kind not in SourceKind.values:
        raise ValidationError({"source_kind": ["Choose where the lesson comes from."]})
    if source is None:
        raise ValidationError({"source": ["Name the record the lesson comes from."]})
    expected = Lesson._meta.get_field(SOURCE_FIELD[source_kind]).related_model
    if not isinstance(source, expected):
        raise ValidationError({"source": ["The record is not of the kind chosen."]})


@transaction.atomic
def lesson_record(
    *,
    actor: User,
    source_kind: str,
    source,
    title: str,
    what_happened: str,
    recommendation: str,
    cause: str,
    modality: str = "",
    service: str = "",
    phase: str = "",
    department: str = "",
    publish: bool = False,
) -> Lesson:
    """Record a lesson drawn from a project review, a lost-proposal postmortem, a concern,
    a deviation or a CAPA, as a draft (or published at once by who may publish)."""
    require_staff(actor, RECORD)
    if publish:
        require_staff(actor, PUBLISH)
    _check_source(source_kind, source)
    now = clock.now()
    lesson = Lesson(
        source_kind=source_kind,
        **{SOURCE_FIELD[source_kind]: source},
        **_clean(
            {
                "title": title,
                "what_happened": what_happened,
                "recommendation": recommendation,
                "cause": cause,
                "modality": modality,
                "service": service,
                "phase": phase,
                "department": department,
            }
        ),
        recorded_by=actor,
        recorded_at=now,
        status=Lesson.Status.PUBLISHED if publish else Lesson.Status.DRAFT,
        published_by=actor if publish else None,
        published_at=now if publish else None,
    )
    lesson.full_clean(exclude=["number"])
    lesson.number = _next_number(now.year)
    lesson.save()
    audit_record(
        actor=actor,
        action="lessons.lesson.recorded",
        target=lesson,
        changes=created(snapshot(lesson, LESSON_FIELDS)),
    )
    return lesson


@transaction.atomic
def lesson_update(
    *, actor: User, lesson: Lesson, reason: str = "", version: int | None = None, **fields
) -> Lesson:
    """Edit a lesson's text and tags; a published lesson's change needs a reason."""
    require_staff(actor, EDIT)
    unknown = set(fields) - EDITABLE
    if unknown:
        raise ValidationError({"__all__": [f"Unknown fields: {', '.join(sorted(unknown))}"]})
    lesson = concurrency.locked(lesson, version)
    before = snapshot(lesson, LESSON_FIELDS)
    for name, value in _clean(fields).items():
        setattr(lesson, name, value)
    changes = diff(before, snapshot(lesson, LESSON_FIELDS))
    if not changes:
        return lesson
    if lesson.is_published and not reason.strip():
        raise ValidationError({"reason": ["The lesson is published; say why you change it."]})
    lesson.full_clean()
    concurrency.bump(lesson)
    lesson.save()
    audit_record(
        actor=actor, action="lessons.lesson.updated", target=lesson, changes=changes, reason=reason
    )
    return lesson


def publish_now(*, actor: User, lesson: Lesson) -> None:
    """Publish inside the caller's transaction (a signed review publishes its findings)."""
    lesson.status = Lesson.Status.PUBLISHED
    lesson.published_by = actor
    lesson.published_at = clock.now()
    concurrency.bump(lesson)
    lesson.save()
    audit_record(
        actor=actor,
        action="lessons.lesson.published",
        target=lesson,
        changes={"status": [Lesson.Status.DRAFT.value, Lesson.Status.PUBLISHED.value]},
    )


@transaction.atomic
def lesson_publish(*, actor: User, lesson: Lesson, version: int | None = None) -> Lesson:
    """Put a draft lesson in the library, where similar proposals and projects find it."""
    require_staff(actor, PUBLISH)
    lesson = concurrency.locked(lesson, version)
    if lesson.is_published:
        raise ValidationError({"status": ["This lesson is published already."]})
    if lesson.source_kind == SourceKind.PROJECT_REVIEW and not lesson.review.is_submitted:
        raise ValidationError(
            {"status": ["A finding of a project review is published when the review is submitted."]}
        )
    publish_now(actor=actor, lesson=lesson)
    return lesson


@transaction.atomic
def lesson_link_curriculum(
    *, actor: User, lesson: Lesson, curriculum, reason: str = "", version: int | None = None
) -> Lesson:
    """Make a lesson training material: the curriculum lists it as reading (``None``
    unlinks it)."""
    require_staff(actor, EDIT)
    lesson = concurrency.locked(lesson, version)
    if curriculum is not None and not lesson.is_published:
        raise ValidationError({"curriculum": ["Publish the lesson before it becomes training."]})
    before = lesson.curriculum_id
    if before == (curriculum.pk if curriculum else None):
        return lesson
    lesson.curriculum = curriculum
    concurrency.bump(lesson)
    lesson.save()
    audit_record(
        actor=actor,
        action="lessons.lesson.curriculum_linked"
        if curriculum
        else "lessons.lesson.curriculum_unlinked",
        target=lesson,
        changes={"curriculum": [before, curriculum.pk if curriculum else None]},
        reason=reason,
    )
    return lesson
