"""Starting an initiative, editing it, and ticking off its stage deliverables."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from accord.accounts.models import Organization, Site, User
from accord.audit.services import audit_record, created, diff, snapshot
from accord.core import clock, concurrency
from accord.improvement.models import (
    STAGE_DELIVERABLES,
    Deliverable,
    Initiative,
    InitiativeCounter,
    Method,
    Stage,
    Status,
)
from accord.improvement.services.shared import ADD, CHANGE, check_staff_person, locked, staff
from accord.lessons.models import Lesson
from accord.notifications.services import notify
from accord.projects.models import Project

CONTENT_FIELDS = (
    "title",
    "problem_statement",
    "owner",
    "champion",
    "site",
    "sponsor",
    "project",
    "baseline_metric",
    "baseline_value",
    "unit",
    "baseline_method",
    "baseline_start",
    "baseline_end",
    "target_value",
    "result_value",
    "result_measured_on",
    "days_saved",
    "cost_saved",
    "rft_points",
    "event_start",
    "event_end",
    "before",
    "after",
    "started_on",
)
EDITABLE = frozenset({*CONTENT_FIELDS, "team"})
# What no longer changes once the initiative is closed or cancelled.
RECORD_FIELDS = ("code", "method", "status", "stage", *CONTENT_FIELDS)


def _next_code(year: int) -> str:
    """CI-2026-001: gap-free, from the year's counter row locked by this transaction."""
    counter = InitiativeCounter.objects.select_for_update().filter(year=year).first()
    if counter is None:
        try:
            with transaction.atomic():
                InitiativeCounter.objects.create(year=year)
        except IntegrityError:
            pass  # another transaction made it first; it is locked below
        counter = InitiativeCounter.objects.select_for_update().get(year=year)
    counter.last += 1
    counter.save(update_fields=["last"])
    return f"CI-{year}-{counter.last:03d}"


def _validate(data: dict, method: str) -> None:
    errors: dict[str, list[str]] = {}
    for name in ("title", "problem_statement"):
        if not str(data.get(name) or "").strip():
            errors[name] = ["This is required."]
    project: Project | None = data.get("project")
    sponsor: Organization | None = data.get("sponsor")
    if sponsor is not None and not sponsor.is_sponsor:
        errors["sponsor"] = ["Choose a sponsor, or leave it empty for an internal initiative."]
    if project is not None and (sponsor is None or project.sponsor_id != sponsor.pk):
        errors["project"] = ["Choose a project of the initiative's sponsor."]
    start, end = data.get("baseline_start"), data.get("baseline_end")
    if start and end and end < start:
        errors["baseline_end"] = ["The baseline period ends before it starts."]
    event_start, event_end = data.get("event_start"), data.get("event_end")
    if event_start and event_end and event_end < event_start:
        errors["event_end"] = ["The event ends before it starts."]
    if (
        method == Method.KAIZEN
        and event_start
        and event_end
        and (event_end - event_start).days > 13
    ):
        errors["event_end"] = ["A Kaizen event is short: two weeks at most."]
    for name in ("days_saved", "cost_saved"):
        value = data.get(name)
        if value is not None and Decimal(value) < 0:
            errors[name] = ["A saving cannot be negative; record a loss in the result."]
    if errors:
        raise ValidationError(errors)


def _check_people(owner: User, champion: User, team: Iterable[User]) -> None:
    check_staff_person(owner, "owner")
    check_staff_person(champion, "champion")
    if not champion.has_perm("improvement.approve_initiative"):
        raise ValidationError({"champion": ["The champion must be allowed to sign stage gates."]})
    if any(not (person.is_active and person.is_cdmo_staff) for person in team):
        raise ValidationError({"team": ["The team is made of active CDMO staff."]})


def initiative_create(
    *,
    actor: User,
    title: str,
    problem_statement: str,
    method: str,
    owner: User,
    champion: User,
    site: Site,
    team: Iterable[User] = (),
    sponsor: Organization | None = None,
    project: Project | None = None,
    started_on: dt.date | None = None,
    lesson: Lesson | None = None,
    **details,
) -> Initiative:
    """Start an initiative, perhaps from a lesson learned. A DMAIC one starts in Define
    with each stage's deliverables on its checklist. The owner is told."""
    staff(actor, ADD)
    if method not in Method.values:
        raise ValidationError({"method": ["Choose DMAIC, Kaizen or 5S."]})
    unknown = set(details) - EDITABLE
    if unknown:
        raise ValidationError(f"Unknown fields: {', '.join(sorted(unknown))}.")
    team = list(team)
    data = {
        "title": title.strip(),
        "problem_statement": problem_statement.strip(),
        "owner": owner,
        "champion": champion,
        "site": site,
        "sponsor": sponsor,
        "project": project,
        "lesson": lesson,
        **details,
    }
    _validate(data, method)
    _check_people(owner, champion, team)
    if lesson is not None and not lesson.is_published:
        raise ValidationError(
            {"lesson": [f"{lesson.number} is a draft: publish the lesson before acting on it."]}
        )
    started_on = started_on or clock.today()
    with transaction.atomic():
        initiative = Initiative(
            code=_next_code(started_on.year),
            method=method,
            status=Status.OPEN,
            stage=Stage.DEFINE if method == Method.DMAIC else "",
            started_on=started_on,
            **data,
        )
        initiative.full_clean(exclude=["code"])
        initiative.save()
        initiative.team.set(team)
        if method == Method.DMAIC:
            Deliverable.objects.bulk_create(
                Deliverable(initiative=initiative, stage=stage, name=name, position=position)
                for position, (stage, name) in enumerate(
                    (stage, name) for stage, names in STAGE_DELIVERABLES.items() for name in names
                )
            )
        audit_record(
            actor=actor,
            action="improvement.initiative.created",
            target=initiative,
            changes={
                **created(snapshot(initiative, RECORD_FIELDS)),
                "team": [None, sorted(person.pk for person in team)],
                **({"lesson": [None, str(lesson)]} if lesson else {}),
            },
        )
        notify("improvement.initiative.owner_assigned", initiative, actor=actor)
    return initiative


def initiative_update(
    *, actor: User, initiative: Initiative, version: int | None, reason: str = "", **changes
) -> Initiative:
    """Change what an open initiative says (its people, baseline, target, result ...)."""
    staff(actor, CHANGE)
    unknown = set(changes) - EDITABLE
    if unknown:
        raise ValidationError(f"Unknown fields: {', '.join(sorted(unknown))}.")
    with transaction.atomic():
        current = locked(initiative, version)
        if not current.is_open:
            raise ValidationError(f"{current.code} is {current.get_status_display().lower()}.")
        team = changes.pop("team", None)
        before = snapshot(current, RECORD_FIELDS)
        before_team = sorted(current.team.values_list("pk", flat=True))
        old_owner = current.owner_id
        for name, value in changes.items():
            if isinstance(value, str):
                value = value.strip()
            setattr(current, name, value)
        data = {name: getattr(current, name) for name in CONTENT_FIELDS}
        _validate(data, current.method)
        _check_people(current.owner, current.champion, team if team is not None else [])
        current.full_clean()
        concurrency.bump(current)
        current.save()
        if team is not None:
            current.team.set(list(team))
        changed = diff(before, snapshot(current, RECORD_FIELDS))
        after_team = sorted(current.team.values_list("pk", flat=True))
        if after_team != before_team:
            changed["team"] = [before_team, after_team]
        audit_record(
            actor=actor,
            action="improvement.initiative.updated",
            target=current,
            changes=changed,
            reason=reason,
        )
        if current.owner_id != old_owner:
            notify("improvement.initiative.owner_assigned", current, actor=actor)
    return current


def deliverable_set_done(
    *, actor: User, deliverable: Deliverable, done: bool, note: str = "", on: dt.date | None = None
) -> Deliverable:
    """Tick a deliverable of the current or a later stage off (or back on). When the last
    one of the current stage is done, the champion is told the gate waits for them."""
    staff(actor, CHANGE)
    with transaction.atomic():
        initiative = locked(deliverable.initiative, None)
        if not initiative.is_open:
            raise ValidationError(
                f"{initiative.code} is {initiative.get_status_display().lower()}."
            )
        if initiative.gates.filter(stage=deliverable.stage).exists():
            raise ValidationError(
                {"done": [f"The {deliverable.get_stage_display()} gate is passed; it is frozen."]}
            )
        current = Deliverable.objects.select_for_update().get(pk=deliverable.pk)
        before = {"done_on": current.done_on, "note": current.note}
        current.done_on = (on or clock.today()) if done else None
        current.done_by = actor if done else None
        current.note = note.strip()[:500]
        current.save()
        audit_record(
            actor=actor,
            action="improvement.deliverable.done" if done else "improvement.deliverable.reopened",
            target=current,
            parent=initiative,
            changes=diff(
                {k: str(v) if v else v for k, v in before.items()},
                {
                    "done_on": str(current.done_on) if current.done_on else None,
                    "note": current.note,
                },
            ),
        )
        stage_done = not initiative.deliverables.filter(
            stage=initiative.stage, done_on__isnull=True
        ).exists()
        if done and current.stage == initiative.stage and stage_done:
            notify("improvement.initiative.gate_ready", initiative, actor=actor)
    return current
