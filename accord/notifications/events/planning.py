"""People put on plan tasks."""

from __future__ import annotations

from django.urls import reverse

from accord.notifications.events import day, event
from accord.notifications.services import Message


@event("planning.task.person_assigned")
def task_person_assigned(assignment, *, actor=None, **context) -> list[Message]:
    task = assignment.task
    project = task.project
    when = f" It starts {day(task.early_start)}." if task.early_start else ""
    by = f" {actor.printed_name} assigned you." if actor else ""
    override = (
        f" The qualification gate was overridden: {assignment.override.reason}"
        if assignment.override_id
        else ""
    )
    return [
        Message(
            "task_assigned",
            assignment.person,
            assignment,
            f"{project.code}: you are on “{task.name}” as {assignment.role_on_task}",
            f"{project.title}.{when}{by}{override}",
            reverse("planning:task_people", args=[task.pk]),
        )
    ]
