"""What the improvement services share: the staff check and the record lock."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError

from accord.accounts.models import User
from accord.core import concurrency
from accord.core.permissions import require
from accord.improvement.models import Initiative

ADD = "improvement.add_initiative"
CHANGE = "improvement.change_initiative"
APPROVE = "improvement.approve_initiative"
AUDIT = "improvement.add_fivesaudit"
CHANGE_AUDIT = "improvement.change_fivesaudit"
REGISTER = "improvement.change_capability"


def staff(actor: User, permission: str) -> None:
    require(actor, permission)
    if not actor.is_cdmo_staff:
        raise PermissionDenied("Only CDMO staff work on continuous improvement.")


def check_staff_person(user: User | None, field: str) -> None:
    if user is None:
        raise ValidationError({field: ["Choose a person."]})
    if not (user.is_active and user.is_cdmo_staff):
        raise ValidationError({field: ["Choose an active member of CDMO staff."]})


def locked(initiative: Initiative, version: int | None) -> Initiative:
    return concurrency.locked(
        initiative,
        version,
        queryset=Initiative.objects.select_related("owner", "champion", "site", "sponsor"),
    )
