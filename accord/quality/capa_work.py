"""What CAPA ask of a staff member now ("My work"): the open actions they own, the done
actions waiting for their verification, and the checks of effectiveness due that they
approve, the earliest due first."""

from __future__ import annotations

import datetime as dt

from accord.core import clock
from accord.quality.models import Capa, CapaAction, EffectivenessCheck

LIMIT = 6


def capa_work_card(user, *, today: dt.date | None = None, limit: int = LIMIT) -> dict:
    """What the "My work" card ``quality/_my_capa_card.html`` shows."""
    today = today or clock.today()
    if not (user.is_cdmo_staff and user.has_perm("quality.view_capa")):
        return {"count": 0}
    actions = CapaAction.objects.select_related("capa").filter(capa__state=Capa.State.OPEN)
    mine = actions.filter(owner=user, state=CapaAction.State.OPEN).order_by("due_date", "pk")
    to_verify = actions.filter(qa_approver=user, state=CapaAction.State.DONE).order_by(
        "done_at", "pk"
    )
    checks = (
        EffectivenessCheck.objects.select_related("capa")
        .filter(
            capa__state=Capa.State.IMPLEMENTED,
            capa__qa_approver=user,
            verdict="",
            starts_on__lte=today,
        )
        .order_by("due_date", "pk")
    )
    counts = {"mine": mine.count(), "to_verify": to_verify.count(), "checks": checks.count()}
    return {
        "mine": list(mine[:limit]),
        "to_verify": list(to_verify[:limit]),
        "checks": list(checks[:limit]),
        "counts": counts,
        "count": sum(counts.values()),
        "late": sum(1 for a in mine[:limit] if a.due_date < today)
        + sum(1 for c in checks[:limit] if c.due_date < today),
        "today": today,
    }
