"""The records a lesson can be drawn from, other than a project review: how each is
found for a user, where its page is, and what a new lesson from it starts with."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import Model, QuerySet
from django.urls import reverse

from accord.lessons.models import Cause, SourceKind


@dataclass(frozen=True)
class Source:
    kind: str
    visible_to: Callable[[object], QuerySet]
    url: Callable[[Model], str]
    prefill: Callable[[Model], dict]


def _project_tags(project) -> dict:
    if project is None:
        return {}
    return {"modality": project.modality, "phase": project.phase}


def _postmortem_prefill(postmortem) -> dict:
    rfp = postmortem.rfp
    happened = [f"We lost {rfp.number} ({rfp.title}) to {rfp.sponsor.name}."]
    if postmortem.reason_labels:
        happened.append("Reasons: " + "; ".join(postmortem.reason_labels) + ".")
    if postmortem.competitor:
        happened.append(f"Competitor: {postmortem.competitor}.")
    if postmortem.data_says:
        happened.append(postmortem.data_says)
    return {
        "title": f"Lost {rfp.number}: {rfp.title}"[:200],
        "what_happened": " ".join(happened),
        "recommendation": postmortem.lessons,
        "cause": Cause.COMMERCIAL,
        "modality": rfp.modality,
        "service": rfp.services[0] if rfp.services else "",
    }


def _concern_prefill(concern) -> dict:
    return {
        "title": f"Concern {concern.number}: {concern.title}"[:200],
        "what_happened": concern.description,
        "cause": Cause.COMMUNICATION,
        **_project_tags(concern.project),
    }


def _deviation_prefill(deviation) -> dict:
    return {
        "title": f"{deviation.number}: {deviation.title}"[:200],
        "what_happened": deviation.description,
        "cause": Cause.TECHNICAL,
        **_project_tags(deviation.project),
    }


def _capa_prefill(capa) -> dict:
    project = capa.deviation.project if capa.deviation_id else None
    return {
        "title": f"{capa.number}: {capa.title}"[:200],
        "what_happened": capa.problem,
        "cause": Cause.QUALITY_SYSTEM,
        **_project_tags(project),
    }


def _sources() -> dict[str, Source]:
    from accord.proposals.outcomes import postmortems_visible_to
    from accord.quality.selectors import capas_visible_to, deviations_visible_to
    from accord.service.selectors import concerns_visible_to

    return {
        SourceKind.POSTMORTEM: Source(
            SourceKind.POSTMORTEM,
            postmortems_visible_to,
            lambda r: reverse("proposals:postmortem_detail", args=[r.pk]),
            _postmortem_prefill,
        ),
        SourceKind.CONCERN: Source(
            SourceKind.CONCERN,
            concerns_visible_to,
            lambda r: reverse("service:concern", args=[r.pk]),
            _concern_prefill,
        ),
        SourceKind.DEVIATION: Source(
            SourceKind.DEVIATION,
            deviations_visible_to,
            lambda r: reverse("quality:deviation", args=[r.pk]),
            _deviation_prefill,
        ),
        SourceKind.CAPA: Source(
            SourceKind.CAPA,
            capas_visible_to,
            lambda r: reverse("quality:capa", args=[r.pk]),
            _capa_prefill,
        ),
    }


def source(kind: str) -> Source | None:
    return _sources().get(kind)


def source_url(lesson) -> str:
    if lesson.source_kind == SourceKind.PROJECT_REVIEW:
        return reverse("lessons:review", args=[lesson.review.project_id])
    found = source(lesson.source_kind)
    record = lesson.source
    return found.url(record) if found and record is not None else ""
