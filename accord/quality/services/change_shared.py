"""Private helpers shared by the change control services (``changes`` and
``change_decisions``): locking a change, the staff-only check and whether a document
revision is still open. Nothing outside those two modules imports from here.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied

from accord.accounts.models import User
from accord.core import concurrency
from accord.projects.models import ProjectDocument
from accord.quality.models import (
    ActionKind,
    ChangeControl,
    ImplementationAction,
)


def _locked(change: ChangeControl, version: int | None) -> ChangeControl:
    return concurrency.locked(
        change, version, queryset=ChangeControl.objects.select_related("site")
    )


def _staff(actor: User) -> None:
    if not actor.is_cdmo_staff:
        raise PermissionDenied("The CDMO's staff work change controls.")


def _document_open(action: ImplementationAction) -> bool:
    return (
        action.kind == ActionKind.REVISE_DOCUMENT
        and action.document.status != ProjectDocument.Status.APPROVED
    )
