"""Every write to a project's team structure. Each runs in one transaction with its
audit event, so a RACI row, a committee or an escalation ladder is replaced whole or not
at all, and the trail holds what it was before and what it became.

Only CDMO staff who may change the project write here; sponsor users read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max

from accord.accounts.models import User
from accord.audit.services import audit_record, created, diff, snapshot
from accord.core import concurrency
from accord.core.permissions import require
from accord.projects.models import Project
from accord.teams.models import (
    MAX_LEVEL,
    Deliverable,
    EscalationContact,
    Matter,
    RaciAssignment,
    SteeringMember,
)

DELIVERABLE_FIELDS = (
    "project",
    "number",
    "title",
    "description",
    "department",
    "due_date",
    "sort_order",
)
DELIVERABLE_EDITABLE = frozenset({"title", "description", "department", "due_date", "sort_order"})


@dataclass(frozen=True)
class EscalationLevel:
    """One rung as the editor hands it in; its level is its place in the list."""

    cdmo_contact: User
    response_hours: int
    sponsor_contact: User | None = None


def _authorize(actor: User) -> None:
    require(actor, "projects.change_project")
    if not actor.is_cdmo_staff:
        raise PermissionDenied("Only CDMO staff change a project's team structure.")


def _member_ids(project: Project) -> set[int]:
    return set(project.memberships.values_list("user_id", flat=True))


def _clean_text(fields: Mapping[str, object]) -> dict[str, object]:
    return {k: v.strip() if isinstance(v, str) else v for k, v in fields.items()}


@transaction.atomic
def deliverable_create(
    *,
    actor: User,
    project: Project,
    title: str,
    department: str,
    description: str = "",
    due_date: dt.date | None = None,
    sort_order: int | None = None,
) -> Deliverable:
    """Add a SOW deliverable; its number is the next one of the project, without gaps."""
    _authorize(actor)
    # The project row is the counter's lock, as for delays and risks.
    project = Project.objects.select_for_update().get(pk=project.pk)
    number = (Deliverable.objects.filter(project=project).aggregate(m=Max("number"))["m"] or 0) + 1
    deliverable = Deliverable(
        project=project,
        number=number,
        sort_order=number * 10 if sort_order is None else sort_order,
        **_clean_text(
            {
                "title": title,
                "department": department,
                "description": description,
                "due_date": due_date,
            }
        ),
    )
    deliverable.full_clean()
    deliverable.save()
    audit_record(
        actor=actor,
        action="teams.deliverable.created",
        target=deliverable,
        parent=project,
        changes=created(snapshot(deliverable, DELIVERABLE_FIELDS)),
    )
    return deliverable


@transaction.atomic
def deliverable_update(
    *,
    actor: User,
    deliverable: Deliverable,
    reason: str = "",
    version: int | None = None,
    **fields,
) -> Deliverable:
    """Edit a deliverable's wording, department, due date or place in the list."""
    _authorize(actor)
    unknown = set(fields) - DELIVERABLE_EDITABLE
    if unknown:
        raise ValidationError({"__all__": [f"Unknown fields: {', '.join(sorted(unknown))}"]})
    deliverable = concurrency.locked(
        deliverable, version, queryset=Deliverable.objects.select_related("project")
    )
    before = snapshot(deliverable, DELIVERABLE_FIELDS)
    for name, value in _clean_text(fields).items():
        setattr(deliverable, name, value)
    changes = diff(before, snapshot(deliverable, DELIVERABLE_FIELDS))
    if not changes:
        return deliverable
    deliverable.full_clean()
    concurrency.bump(deliverable)
    deliverable.save()
    audit_record(
        actor=actor,
        action="teams.deliverable.updated",
        target=deliverable,
        parent=deliverable.project,
        changes=changes,
        reason=reason,
    )
    return deliverable


def raci_token(deliverable: Deliverable) -> str:
    """What the RACI editor carries to detect that someone saved the row meanwhile."""
    return concurrency.state_token(
        sorted(deliverable.raci.values_list("user_id", "role").order_by("user_id"))
    )


def _raci_state(deliverable: Deliverable) -> dict[str, str]:
    """``{printed name: letter}``: what a reader of the trail needs, not user ids alone."""
    return {
        a.user.printed_name: a.role
        for a in deliverable.raci.select_related("user").order_by("user__last_name", "user_id")
    }


@transaction.atomic
def raci_set(
    *,
    actor: User,
    deliverable: Deliverable,
    assignments: Mapping[int, str],
    reason: str = "",
    token: str | None = None,
) -> Deliverable:
    """Replace a deliverable's RACI row: exactly one Accountable, at least one Responsible.

    ``assignments`` maps user ids to R/A/C/I; a blank letter leaves the person out. Every
    person must be on the project team (CDMO or sponsor side). The row is checked whole
    before anything is written, so a refused row leaves the old one intact. ``token`` is
    the ``raci_token`` the editor read: a row saved by someone else since is refused.
    """
    _authorize(actor)
    deliverable = concurrency.locked(
        deliverable, None, queryset=Deliverable.objects.select_related("project")
    )
    concurrency.check_token(raci_token(deliverable), token, what="deliverable's RACI")
    wanted = {int(user_id): letter for user_id, letter in assignments.items() if letter}
    errors = []
    bad_letters = {letter for letter in wanted.values() if letter not in RaciAssignment.Role}
    if bad_letters:
        errors.append(f"Use only R, A, C or I (not {', '.join(sorted(bad_letters))}).")
    outsiders = set(wanted) - _member_ids(deliverable.project)
    if outsiders:
        errors.append("Only members of the project team can hold a RACI role.")
    accountable = sum(1 for letter in wanted.values() if letter == RaciAssignment.Role.ACCOUNTABLE)
    if accountable == 0:
        errors.append("Name exactly one Accountable (A): there is none.")
    elif accountable > 1:
        errors.append(f"Name exactly one Accountable (A): there are {accountable}.")
    if RaciAssignment.Role.RESPONSIBLE not in wanted.values():
        errors.append("Name at least one Responsible (R).")
    if errors:
        raise ValidationError({"raci": errors})
    _raci_write(actor=actor, deliverable=deliverable, wanted=wanted, reason=reason)
    return deliverable


def _raci_write(
    *, actor: User | None, deliverable: Deliverable, wanted: Mapping[int, str], reason: str
) -> None:
    """Replace the row with ``wanted`` (already checked) and record what changed."""
    before = _raci_state(deliverable)
    deliverable.raci.all().delete()
    RaciAssignment.objects.bulk_create(
        RaciAssignment(deliverable=deliverable, user_id=user_id, role=letter)
        for user_id, letter in wanted.items()
    )
    after = _raci_state(deliverable)
    if before != after:
        audit_record(
            actor=actor,
            action="teams.raci.set",
            target=deliverable,
            parent=deliverable.project,
            changes={"raci": [before, after]},
            reason=reason,
        )


def steering_token(project: Project) -> str:
    return concurrency.state_token(
        list(
            SteeringMember.objects.filter(project=project)
            .order_by("sort_order", "pk")
            .values_list("user_id", "role")
        )
    )


def _steering_state(project: Project) -> list[str]:
    return [
        f"{m.user.printed_name}: {m.role}"
        for m in SteeringMember.objects.filter(project=project).select_related("user")
    ]


@transaction.atomic
def steering_set(
    *,
    actor: User,
    project: Project,
    members: Sequence[tuple[User, str]],
    reason: str = "",
    token: str | None = None,
) -> list[SteeringMember]:
    """Replace the steering committee with ``members`` (person, role), in that order.

    Seats go to members of the project team, once each, and each seat has a role.
    ``token`` is the ``steering_token`` the editor read.
    """
    _authorize(actor)
    project = Project.objects.select_for_update().get(pk=project.pk)
    concurrency.check_token(steering_token(project), token, what="steering committee")
    team = _member_ids(project)
    errors = []
    if any(user.pk not in team for user, _ in members):
        errors.append("Only members of the project team can sit on the steering committee.")
    if len({user.pk for user, _ in members}) != len(members):
        errors.append("A person can hold only one seat on the committee.")
    if any(not role.strip() for _, role in members):
        errors.append("Give every member of the committee a role (e.g. Chair).")
    if errors:
        raise ValidationError({"members": errors})
    _steering_write(actor=actor, project=project, members=members, reason=reason)
    return list(SteeringMember.objects.filter(project=project).select_related("user"))


def _steering_write(
    *, actor: User | None, project: Project, members: Sequence[tuple[User, str]], reason: str
) -> None:
    before = _steering_state(project)
    SteeringMember.objects.filter(project=project).delete()
    seats = [
        SteeringMember(project=project, user=user, role=role.strip(), sort_order=index)
        for index, (user, role) in enumerate(members, start=1)
    ]
    for seat in seats:
        seat.full_clean(exclude=["project", "user"])
    SteeringMember.objects.bulk_create(seats)
    after = _steering_state(project)
    if before != after:
        audit_record(
            actor=actor,
            action="teams.steering.set",
            target=project,
            parent=project.sponsor,
            changes={"steering_committee": [before, after]},
            reason=reason,
        )


def escalation_token(project: Project, matter: str) -> str:
    return concurrency.state_token(
        list(
            EscalationContact.objects.filter(project=project, matter=matter)
            .order_by("level")
            .values_list("level", "cdmo_contact_id", "sponsor_contact_id", "response_hours")
        )
    )


def _ladder_state(project: Project, matter: str) -> list[dict[str, object]]:
    return [
        {
            "level": c.level,
            "cdmo_contact": c.cdmo_contact.printed_name,
            "sponsor_contact": c.sponsor_contact.printed_name if c.sponsor_contact else None,
            "response_hours": c.response_hours,
        }
        for c in EscalationContact.objects.filter(project=project, matter=matter).select_related(
            "cdmo_contact", "sponsor_contact"
        )
    ]


def _ladder_errors(project: Project, levels: Sequence[EscalationLevel]) -> dict[str, list[str]]:
    members = {m.user_id: m.user for m in project.memberships.select_related("user__organization")}
    errors: dict[str, list[str]] = {}
    if len(levels) > MAX_LEVEL:
        errors.setdefault("levels", []).append(f"A ladder has at most {MAX_LEVEL} levels.")
    previous = None
    for number, rung in enumerate(levels, start=1):
        cdmo = members.get(rung.cdmo_contact.pk)
        if cdmo is None or not cdmo.is_cdmo_staff:
            errors.setdefault(f"level{number}_cdmo", []).append(
                "Choose a CDMO member of the project team."
            )
        if rung.sponsor_contact is not None:
            sponsor = members.get(rung.sponsor_contact.pk)
            if sponsor is None or not sponsor.is_sponsor_user:
                errors.setdefault(f"level{number}_sponsor", []).append(
                    "Choose a sponsor member of the project team, or nobody."
                )
        if not rung.response_hours or rung.response_hours < 1:
            errors.setdefault(f"level{number}_hours", []).append(
                "The response time is at least one hour."
            )
        elif previous is not None and rung.response_hours > previous:
            # Escalating makes a matter more urgent, never less: a higher level answers
            # at least as fast as the one below it.
            errors.setdefault(f"level{number}_hours", []).append(
                f"Level {number} cannot answer slower than level {number - 1} ({previous} h)."
            )
        if rung.response_hours and rung.response_hours >= 1:
            previous = rung.response_hours
    return errors


@transaction.atomic
def escalation_set(
    *,
    actor: User,
    project: Project,
    matter: str,
    levels: Sequence[EscalationLevel],
    reason: str = "",
    token: str | None = None,
) -> list[EscalationContact]:
    """Replace one matter's escalation ladder with ``levels`` (level 1 first).

    Rule: the expected response time never grows as the level rises (escalating a matter
    makes it more urgent), so hours are non-increasing from level 1 to level 3. An empty
    list removes the matter's ladder. ``token`` is the ``escalation_token`` the editor read.
    """
    _authorize(actor)
    if matter not in Matter.values:
        raise ValidationError({"matter": ["Choose a kind of matter."]})
    project = Project.objects.select_for_update().get(pk=project.pk)
    concurrency.check_token(escalation_token(project, matter), token, what="escalation ladder")
    errors = _ladder_errors(project, levels)
    if errors:
        raise ValidationError(errors)
    before = _ladder_state(project, matter)
    EscalationContact.objects.filter(project=project, matter=matter).delete()
    rungs = [
        EscalationContact(
            project=project,
            matter=matter,
            level=number,
            cdmo_contact=rung.cdmo_contact,
            sponsor_contact=rung.sponsor_contact,
            response_hours=rung.response_hours,
        )
        for number, rung in enumerate(levels, start=1)
    ]
    for rung in rungs:
        rung.full_clean(validate_unique=False, validate_constraints=False)
    EscalationContact.objects.bulk_create(rungs)
    after = _ladder_state(project, matter)
    if before != after:
        audit_record(
            actor=actor,
            action="teams.escalation.set",
            target=project,
            parent=project.sponsor,
            changes={f"escalation.{matter}": [before, after]},
            reason=reason,
        )
    return list(EscalationContact.objects.filter(project=project, matter=matter))
