"""Who must train on what: holding a job role assigns its curricula (R-TRN-1), a new
effective document version reopens training for everyone who must know the document
(R-TRN-2), and a CAPA or a change control assigns training to named people or roles.

There is at most one open assignment per person and requirement (a partial unique
index). Retraining for something already open moves that assignment forward (the newer
version to read, the earlier due date) rather than adding a second one, so a person
reads the current version once, however many versions or CAPA asked for it, and
concurrent callers cannot create two (``_open_or_renew``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction

from accord.accounts.models import Site, User
from accord.audit.services import audit_record, created
from accord.core import clock, concurrency
from accord.core.dates import format_day
from accord.core.permissions import require
from accord.notifications.services import notify
from accord.training.models import (
    Assignment,
    ControlledDocument,
    DocumentVersion,
    JobRole,
    Reason,
    Requirement,
    RoleHolding,
)
from accord.training.status import cells

MANAGE = "training.manage_training"


def _staff(person: User, field: str = "person") -> None:
    if not (person.is_active and person.is_cdmo_staff):
        raise ValidationError({field: [f"{person.printed_name} is not active CDMO staff."]})


def _version_for(
    requirement: Requirement, on: dt.date | None = None
) -> tuple[DocumentVersion | None, int | None]:
    """The version to read: the one effective on ``on`` (a new version read ahead of
    its effective day)."""
    if requirement.kind != Requirement.Kind.DOCUMENT:
        return None, None
    if requirement.document_id:
        return requirement.document.current_version(on or clock.today()), None
    if requirement.project_document_id:
        return None, requirement.project_document.version
    return None, None


def _open_or_renew(
    *,
    actor: User,
    person: User,
    requirement: Requirement,
    reason: str,
    source: str,
    due_on: dt.date,
    on: dt.date,
) -> tuple[Assignment, bool]:
    """The person's open assignment for ``requirement``, created or moved forward.
    Returns it and whether anything changed."""
    document_version, project_version = _version_for(requirement, on)
    current = (
        Assignment.objects.select_for_update()
        .filter(person=person, requirement=requirement, status=Assignment.Status.OPEN)
        .first()
    )
    if current is None:
        try:
            with transaction.atomic():
                assignment = Assignment.objects.create(
                    person=person,
                    requirement=requirement,
                    reason=reason,
                    source=source,
                    document_version=document_version,
                    project_document_version=project_version,
                    assigned_on=on,
                    due_on=max(due_on, on),
                    assigned_by=actor,
                )
        except IntegrityError:
            # Another transaction opened it in between: renew that one instead.
            current = (
                Assignment.objects.select_for_update()
                .filter(person=person, requirement=requirement, status=Assignment.Status.OPEN)
                .get()
            )
        else:
            audit_record(
                actor=actor,
                action="training.assignment.assigned",
                target=assignment,
                parent=person,
                changes=created(
                    {
                        "requirement": requirement.title,
                        "reason": assignment.get_reason_display(),
                        "source": source,
                        "version": assignment.what_to_read,
                        "due_on": assignment.due_on.isoformat(),
                    }
                ),
            )
            notify("training.assignment.assigned", assignment, actor=actor)
            return assignment, True
    changes: dict[str, list] = {}
    if document_version is not None and current.document_version_id != document_version.pk:
        changes["version"] = [current.what_to_read, str(document_version)]
        current.document_version = document_version
    if project_version is not None and current.project_document_version != project_version:
        changes["version"] = [current.project_document_version, project_version]
        current.project_document_version = project_version
    if due_on < current.due_on:
        changes["due_on"] = [current.due_on.isoformat(), max(due_on, on).isoformat()]
        current.due_on = max(due_on, on)
    if not changes:
        return current, False
    if source and source not in current.source:
        changes["source"] = [current.source, f"{current.source}; {source}".strip("; ")[:120]]
        current.source = changes["source"][1]
    current.version += 1
    current.save()
    audit_record(
        actor=actor,
        action="training.assignment.renewed",
        target=current,
        parent=person,
        changes=changes,
        reason=Reason(reason).label,
    )
    return current, True


def _lock_people(person_ids: Iterable[int]) -> list[User]:
    """Lock the people's rows, always in id order, before their assignments are touched:
    every writer of assignments takes them in the same order, so concurrent retraining
    for the same people waits instead of deadlocking."""
    return list(
        User.objects.filter(pk__in=list(person_ids), is_active=True)
        .order_by("pk")
        .select_for_update()
    )


def _people_needing(requirement: Requirement, on: dt.date) -> list[User]:
    """Everyone whose job roles' curricula include ``requirement`` on ``on``."""
    person_ids = (
        RoleHolding.objects.filter(
            job_role__curricula__requirements=requirement, assigned_on__lte=on
        )
        .exclude(ended_on__lte=on)
        .values_list("person_id", flat=True)
        .distinct()
    )
    return _lock_people(person_ids)


@transaction.atomic
def job_role_assign(
    *, actor: User, person: User, job_role: JobRole, site: Site, on: dt.date | None = None
) -> RoleHolding:
    """``person`` holds ``job_role`` at ``site`` from ``on``: each requirement of its
    curricula that is not current for them becomes an assignment due after the
    curriculum's grace period (R-TRN-1)."""
    require(actor, MANAGE)
    _staff(person)
    _lock_people([person.pk])
    on = on or clock.today()
    if RoleHolding.objects.filter(
        person=person, job_role=job_role, site=site, ended_on__isnull=True
    ).exists():
        raise ValidationError(
            {"job_role": [f"{person.printed_name} already holds {job_role} at {site.code}."]}
        )
    holding = RoleHolding.objects.create(
        person=person, job_role=job_role, site=site, assigned_on=on, assigned_by=actor
    )
    audit_record(
        actor=actor,
        action="training.job_role.assigned",
        target=holding,
        parent=person,
        changes=created(
            {"job_role": job_role.name, "site": site.code, "assigned_on": on.isoformat()}
        ),
    )
    wanted: dict[int, tuple[Requirement, int]] = {}
    for curriculum in job_role.curricula.prefetch_related("requirements"):
        for requirement in curriculum.requirements.all():
            if not requirement.is_active:
                continue
            known = wanted.get(requirement.pk)
            if known is None or curriculum.grace_days < known[1]:
                wanted[requirement.pk] = (requirement, curriculum.grace_days)
    requirements = [r for r, _ in wanted.values()]
    found = cells([person], requirements, on)
    for requirement, grace in sorted(wanted.values(), key=lambda item: item[0].code):
        if found[(person.pk, requirement.pk)].is_qualified:
            continue
        _open_or_renew(
            actor=actor,
            person=person,
            requirement=requirement,
            reason=Reason.INITIAL,
            source=job_role.name,
            due_on=on + dt.timedelta(days=grace),
            on=on,
        )
    return holding


@transaction.atomic
def job_role_end(*, actor: User, holding: RoleHolding, on: dt.date | None = None) -> RoleHolding:
    """``holding``'s person no longer holds the role from ``on``. Their records stay."""
    require(actor, MANAGE)
    holding = RoleHolding.objects.select_for_update().get(pk=holding.pk)
    if holding.ended_on is not None:
        raise ValidationError("This job role has ended already.")
    on = on or clock.today()
    if on < holding.assigned_on:
        raise ValidationError({"ended_on": ["A job role ends on or after it began."]})
    holding.ended_on = on
    holding.save(update_fields=["ended_on"])
    audit_record(
        actor=actor,
        action="training.job_role.ended",
        target=holding,
        parent=holding.person,
        changes={"ended_on": [None, on.isoformat()]},
    )
    return holding


def _grace_for(requirement: Requirement) -> int:
    graces = list(requirement.curricula.values_list("grace_days", flat=True))
    return min(graces) if graces else 30


def retraining_for(
    *, actor: User, requirement: Requirement, reason: str, source: str, on: dt.date
) -> int:
    """Open (or move forward) training on ``requirement`` for everyone who must know it.
    Returns how many assignments were opened or changed. Inside a transaction."""
    due_on = on + dt.timedelta(days=_grace_for(requirement))
    document_version, project_version = _version_for(requirement, on)
    # Who read this very version already has nothing to redo.
    done = Assignment.objects.none()
    if document_version is not None:
        done = requirement.assignments.filter(document_version=document_version)
    elif project_version is not None:
        done = requirement.assignments.filter(project_document_version=project_version)
    trained = set(
        done.filter(status=Assignment.Status.COMPLETED).values_list("person_id", flat=True)
    )
    changed = 0
    for person in _people_needing(requirement, on):
        if person.pk in trained:
            continue
        _, touched = _open_or_renew(
            actor=actor,
            person=person,
            requirement=requirement,
            reason=reason,
            source=source,
            due_on=due_on,
            on=on,
        )
        changed += touched
    return changed


@transaction.atomic
def document_version_make_effective(
    *,
    actor: User,
    document: ControlledDocument,
    summary: str,
    effective_on: dt.date | None = None,
    sha256: str = "",
) -> tuple[DocumentVersion, int]:
    """A new version of ``document`` is effective: everyone who must know it gets one
    open retraining assignment for it (R-TRN-2). Returns the version and how many people
    it reached."""
    require(actor, MANAGE)
    if not (summary or "").strip():
        raise ValidationError({"summary": ["Say what changed in this version."]})
    today = clock.today()
    effective_on = effective_on or today
    if effective_on < today:
        raise ValidationError({"effective_on": ["A version becomes effective today or later."]})
    # The document's row serializes versions (and so the retraining they create).
    document = ControlledDocument.objects.select_for_update().get(pk=document.pk)
    last = document.versions.order_by("-version").first()
    version = DocumentVersion.objects.create(
        document=document,
        version=(last.version + 1) if last else 1,
        effective_on=effective_on,
        summary=summary.strip(),
        sha256=sha256.strip(),
        made_effective_by=actor,
        made_effective_at=clock.now(),
    )
    audit_record(
        actor=actor,
        action="training.document.version_effective",
        target=version,
        parent=document,
        changes=created(
            {
                "version": version.version,
                "effective_on": effective_on.isoformat(),
                "summary": version.summary,
            }
        ),
    )
    reached = 0
    if last is not None:
        for requirement in document.requirements.filter(is_active=True):
            reached += retraining_for(
                actor=actor,
                requirement=requirement,
                reason=Reason.NEW_VERSION,
                source=f"{document.number} version {version.version}",
                on=effective_on,
            )
    return version, reached


def project_document_approved(*, actor: User, document) -> int:
    """A project's controlled document was approved at a new version: retraining for the
    requirements that ask to read it (called by the projects app, in its transaction)."""
    reached = 0
    for requirement in Requirement.objects.filter(project_document=document, is_active=True):
        reached += retraining_for(
            actor=actor,
            requirement=requirement,
            reason=Reason.NEW_VERSION,
            source=f"{document.title} version {document.version}",
            on=clock.today(),
        )
    return reached


@transaction.atomic
def training_assign(
    *,
    actor: User,
    people: Iterable[User],
    requirement: Requirement,
    reason: str,
    due_on: dt.date,
    source: str = "",
) -> list[Assignment]:
    """Assign ``requirement`` to named people (a CAPA's retraining, a change control's
    training action, a coordinator's decision), one open assignment each."""
    require(actor, MANAGE)
    if reason not in Reason.values:
        raise ValidationError({"reason": ["Choose why the training is assigned."]})
    today = clock.today()
    if due_on is None or due_on < today:
        raise ValidationError({"due_on": ["The due date is today or later."]})
    people = list(people)
    if not people:
        raise ValidationError({"people": ["Choose who is to be trained."]})
    for person in people:
        _staff(person, "people")
    _lock_people(p.pk for p in people)
    return [
        _open_or_renew(
            actor=actor,
            person=person,
            requirement=requirement,
            reason=reason,
            source=source,
            due_on=due_on,
            on=today,
        )[0]
        for person in sorted(people, key=lambda p: p.pk)
    ]


def capa_retraining_assign(
    *,
    actor: User,
    capa,
    requirement: Requirement,
    due_on: dt.date,
    people: Iterable[User] = (),
    job_roles: Iterable[JobRole] = (),
) -> list[Assignment]:
    """A CAPA whose root cause is training assigns retraining to named people and to
    everyone holding the named job roles."""
    if not capa.requires_retraining:
        raise ValidationError(f"{capa.number} does not call for retraining.")
    today = clock.today()
    everyone = {p.pk: p for p in people}
    for holding in (
        RoleHolding.objects.filter(job_role__in=list(job_roles), assigned_on__lte=today)
        .exclude(ended_on__lte=today)
        .select_related("person")
    ):
        everyone.setdefault(holding.person_id, holding.person)
    return training_assign(
        actor=actor,
        people=everyone.values(),
        requirement=requirement,
        reason=Reason.CAPA,
        due_on=due_on,
        source=capa.number,
    )


@transaction.atomic
def assignment_cancel(
    *, actor: User, assignment: Assignment, reason: str, version: int | None = None
) -> Assignment:
    """Cancel an open assignment, with the reason. ``version``: the one the canceller read
    (``None`` skips the comparison, for internal callers)."""
    require(actor, MANAGE)
    if not (reason or "").strip():
        raise ValidationError({"reason": ["Say why the assignment is cancelled."]})
    assignment = concurrency.locked(assignment, version)
    if not assignment.is_open:
        raise ValidationError("Only an open assignment is cancelled.")
    if assignment.person_id == actor.pk:
        raise PermissionDenied("Nobody cancels their own training.")
    assignment.status = Assignment.Status.CANCELLED
    assignment.version += 1
    assignment.save(update_fields=["status", "version"])
    audit_record(
        actor=actor,
        action="training.assignment.cancelled",
        target=assignment,
        parent=assignment.person,
        changes={"status": ["Open", "Cancelled"]},
        reason=reason.strip(),
    )
    return assignment


def due_label(assignment: Assignment, on: dt.date) -> str:
    if assignment.due_on < on:
        return f"overdue since {format_day(assignment.due_on)}"
    return f"due {format_day(assignment.due_on)}"


def role_holders(role) -> list[User]:
    """The active CDMO staff holding an access role (a change control's "train a role")."""
    return list(
        User.objects.filter(roles=role, is_active=True, organization__kind="cdmo").order_by("pk")
    )


def not_trained(requirement: Requirement, people: Iterable[User]) -> list[str]:
    """Printed names of those for whom ``requirement`` is not current today."""
    people = list(people)
    found = cells(people, [requirement], clock.today())
    return [p.printed_name for p in people if not found[(p.pk, requirement.pk)].is_qualified]


def change_training_assign(
    *,
    actor: User,
    requirement: Requirement,
    people: Iterable[User],
    due_on: dt.date,
    source: str,
) -> list[Assignment]:
    """Training a change control's plan asks of a role's people. The caller checked the
    actor may plan the change; inside the caller's transaction."""
    today = clock.today()
    people = [p for p in people if p.is_active and p.is_cdmo_staff]
    found = cells(people, [requirement], today)
    _lock_people(p.pk for p in people)
    return [
        _open_or_renew(
            actor=actor,
            person=person,
            requirement=requirement,
            reason=Reason.CHANGE_CONTROL,
            source=source,
            due_on=max(due_on, today),
            on=today,
        )[0]
        for person in people
        if not found[(person.pk, requirement.pk)].is_qualified
    ]
