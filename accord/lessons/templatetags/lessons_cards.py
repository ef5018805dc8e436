"""The small cards other pages show about lessons (CDMO staff only; nothing for anyone
else): the lessons that apply to a proposal or project, a project's review, the lessons
recorded from a concern, deviation, CAPA or postmortem, and a curriculum's reading."""

from __future__ import annotations

from django import template

from accord.lessons import selectors
from accord.lessons.models import SOURCE_FIELD
from accord.lessons.permissions import RECORD, VIEW
from accord.lessons.services.reviews import project_services

register = template.Library()


def _reader(context) -> object | None:
    user = context.get("user") or getattr(context.get("request"), "user", None)
    if user is None or not user.is_authenticated or not user.is_cdmo_staff:
        return None
    return user if user.has_perm(VIEW) else None


@register.inclusion_tag("lessons/_apply_card.html", takes_context=True)
def lessons_that_apply_card(context, project=None, rfp=None, proposal=None) -> dict:
    """On a project, an RFP or a proposal; a proposal's lessons are its RFP's (modality,
    services, and what was applied on the RFP, from either page)."""
    user = _reader(context)
    if user is None or (project is None and rfp is None and proposal is None):
        return {"show": False}
    if project is not None:
        modality, services, target = project.modality, project_services(project), "project"
        applied = selectors.applications_visible_to(user).filter(project=project)
    else:
        asked = proposal.rfp if proposal is not None else rfp
        modality, services = asked.modality, list(asked.services)
        target = "proposal" if proposal is not None else "rfp"
        applied = selectors.applications_visible_to(user).filter(rfp=asked)
    lessons = selectors.lessons_that_apply(user, modality=modality, services=services)
    done = {a.lesson_id: a for a in applied}
    return {
        "show": True,
        "rows": [(lesson, done.get(lesson.pk), lesson.service in services) for lesson in lessons],
        "target": target,
        "target_pk": (project or proposal or rfp).pk,
        "can_apply": user.has_perm(RECORD),
    }


@register.inclusion_tag("lessons/_review_card.html", takes_context=True)
def lessons_review_card(context, project) -> dict:
    user = _reader(context)
    if user is None:
        return {"show": False}
    return {
        "show": True,
        "project": project,
        "state": selectors.review_state(project),
        "hold_days": selectors.HOLD_DAYS,
    }


@register.inclusion_tag("lessons/_source_card.html", takes_context=True)
def lessons_from_card(context, record, kind: str) -> dict:
    user = _reader(context)
    if user is None or kind not in SOURCE_FIELD:
        return {"show": False}
    lessons = selectors.lessons_visible_to(user).filter(**{SOURCE_FIELD[kind]: record})
    return {
        "show": True,
        "lessons": lessons,
        "kind": kind,
        "record": record,
        "can_record": user.has_perm(RECORD),
    }


@register.inclusion_tag("lessons/_curriculum_card.html", takes_context=True)
def curriculum_lessons_card(context, curriculum) -> dict:
    user = _reader(context)
    if user is None:
        return {"show": False}
    return {
        "show": True,
        "lessons": selectors.lessons_visible_to(user).filter(
            curriculum=curriculum, status="published"
        ),
    }
