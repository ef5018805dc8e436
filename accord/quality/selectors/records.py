"""Who sees which batch, deviation and CAPA.

CDMO staff with the permission see them all. A sponsor's people see the records of the
projects they see (a sponsor manager: all the company's; a sponsor contact: the projects
they are a member of): deviations from the moment the sponsor was told (``notified_at``),
never before and never another sponsor's; the CAPA of those deviations; the batches.
"""

from __future__ import annotations

from collections.abc import Callable

from django.db.models import Q, QuerySet

from accord.projects.selectors import projects_visible_to
from accord.quality.models import Batch, Capa, CapaAction, Deviation, EffectivenessCheck


def _reader(user, permission: str) -> str | None:
    """'staff', 'sponsor' or None (sees nothing)."""
    if not (user and user.is_authenticated and user.is_active) or not user.has_perm(permission):
        return None
    if user.is_cdmo_staff:
        return "staff"
    if user.is_sponsor_user:
        return "sponsor"
    return None


def batches_visible_to(user) -> QuerySet[Batch]:
    batches = Batch.objects.select_related("project", "project__sponsor")
    reader = _reader(user, "quality.view_batch")
    if reader == "staff":
        return batches
    if reader == "sponsor":
        return batches.filter(
            project__sponsor_id=user.organization_id, project__in=projects_visible_to(user)
        )
    return batches.none()


def deviations_visible_to(user) -> QuerySet[Deviation]:
    deviations = Deviation.objects.select_related("site", "project", "sponsor", "owner")
    reader = _reader(user, "quality.view_deviation")
    if reader == "staff":
        return deviations
    if reader == "sponsor":
        return deviations.filter(
            sponsor_id=user.organization_id,
            notified_at__isnull=False,
            project__in=projects_visible_to(user),
        )
    return deviations.none()


def deviation_parts_visible_to(model, path: str = "deviation") -> Callable[[object], QuerySet]:
    """The rows of ``model`` that hang off a deviation ``user`` sees."""

    def visible_to(user) -> QuerySet:
        return model.objects.filter(**{f"{path}__in": deviations_visible_to(user)})

    return visible_to


def capas_visible_to(user) -> QuerySet[Capa]:
    capas = Capa.objects.select_related("deviation", "owner", "qa_approver", "sponsor")
    reader = _reader(user, "quality.view_capa")
    if reader == "staff":
        return capas
    if reader == "sponsor":
        told = deviations_visible_to(user)
        return capas.filter(
            Q(deviation__in=told) | Q(follows__deviation__in=told),
            sponsor_id=user.organization_id,
        )
    return capas.none()


def capa_actions_visible_to(user) -> QuerySet[CapaAction]:
    return CapaAction.objects.filter(capa__in=capas_visible_to(user))


def effectiveness_checks_visible_to(user) -> QuerySet[EffectivenessCheck]:
    return EffectivenessCheck.objects.filter(capa__in=capas_visible_to(user))
