"""What training asks of a person now, for "My work": their open assignments, the
overdue ones first, and the on-the-job training waiting for their signature."""

from __future__ import annotations

from django.db.models import Q

from accord.core import clock
from accord.training.models import OjtRecord
from accord.training.status import people_due

LIMIT = 8


def training_work_card(user) -> dict:
    """What the "My work" card ``training/_my_training_card.html`` shows."""
    empty = {"assignments": [], "ojt": [], "count": 0, "overdue": 0, "more": 0}
    if not (user.is_authenticated and user.is_cdmo_staff):
        return empty
    today = clock.today()
    due = people_due([user.pk], today).get(user.pk, [])
    ojt = list(
        OjtRecord.objects.filter(state=OjtRecord.State.IN_TRAINING)
        .filter(
            Q(trainee=user, trainee_signed_at__isnull=True)
            | Q(trainer=user, trainer_signed_at__isnull=True)
        )
        .select_related("competency")
        .order_by("performed_on")[:LIMIT]
    )
    return {
        "assignments": due[:LIMIT],
        "ojt": ojt,
        "count": len(due) + len(ojt),
        "overdue": sum(a.due_on < today for a in due),
        "more": max(0, len(due) - LIMIT),
        "today": today,
    }
