"""Capacity leveling runs: a proposal waits for a decision; an applied run moved tasks."""

from __future__ import annotations

from django.urls import reverse

from accord.notifications.events import event, people, project_staff, users_with_permission
from accord.notifications.services import Message


@event("capacity.leveling.proposed")
def leveling_proposed(run, *, actor=None, **context) -> list[Message]:
    summary = run.summary or {}
    moves = summary.get("moves", 0)
    before = len(summary.get("overloads_before", []))
    after = len(summary.get("overloads_after", []))
    body = (
        f"It would move {moves} task{'s' if moves != 1 else ''} of "
        f"{summary.get('projects', 0)} projects; overloaded periods {before} before, "
        f"{after} after. Nothing changes until someone applies it."
    )
    url = reverse("capacity:leveling_detail", args=[run.pk])
    return [
        Message(
            "leveling_proposed",
            person,
            run,
            f"Leveling run {run.pk} ({run.scope_label.lower()}) is ready for a decision",
            body,
            url,
        )
        for person in people([run.requested_by], users_with_permission("capacity.apply_leveling"))
    ]


@event("capacity.leveling.applied")
def leveling_applied(run, *, actor=None, **context) -> list[Message]:
    url = reverse("capacity:leveling_detail", args=[run.pk])
    out = []
    for outcome in run.outcomes.select_related("project").filter(tasks_moved__gt=0):
        project = outcome.project
        shift = (
            f"Its finish moves by {outcome.delay_days} days."
            if outcome.delay_days
            else "Its finish does not move."
        )
        by = f" Applied by {actor.printed_name}." if actor else ""
        for person in project_staff(project):
            if actor is not None and person.pk == actor.pk:
                continue
            out.append(
                Message(
                    "leveling_applied",
                    person,
                    run,
                    f"{project.code}: leveling moved {outcome.tasks_moved} tasks of the plan",
                    f"{shift}{by}",
                    url,
                )
            )
    return out
