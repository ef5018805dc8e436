"""Continuous improvement: an initiative's new owner, and a stage gate waiting for the
champion's signature."""

from __future__ import annotations

from django.urls import reverse

from accord.notifications.events import event, sentence
from accord.notifications.services import Message


@event("improvement.initiative.owner_assigned")
def initiative_owner_assigned(initiative, *, actor=None, **context) -> list[Message]:
    if actor is not None and actor.pk == initiative.owner_id:
        return []
    by = f" {actor.printed_name} made you its owner." if actor else ""
    return [
        Message(
            "initiative_owner",
            initiative.owner,
            initiative,
            f"{initiative.code}: you own “{initiative.title}”",
            f"{initiative.get_method_display()} at {initiative.site.name}.{by} "
            + sentence(initiative.problem_statement, 300),
            reverse("improvement:detail", args=[initiative.pk]),
        )
    ]


@event("improvement.initiative.gate_ready")
def initiative_gate_ready(initiative, *, actor=None, **context) -> list[Message]:
    stage = initiative.get_stage_display()
    return [
        Message(
            "initiative_gate",
            initiative.champion,
            initiative,
            f"{initiative.code}: the {stage} gate waits for your signature",
            f"Every {stage} deliverable of “{initiative.title}” is done. Review them and sign "
            "the gate to move the initiative on.",
            reverse("improvement:gate", args=[initiative.pk]),
            dedupe_key=f"initiative_gate:{initiative.pk}:{initiative.stage}",
        )
    ]
