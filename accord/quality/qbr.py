"""What quality records contribute to a sponsor's quarterly business review: the events
that concern the sponsor in a quarter, read by the same rules as the sponsor's own
quality pages (its quality agreement decides what it is told):

* deviations once the sponsor was told of them (``notified_at``), told or closed in the
  quarter; never a deviation the sponsor has not been told of;
* the CAPA of those deviations, opened or closed in the quarter;
* change controls touching the sponsor's projects once their plan was approved, open at
  some point in the quarter, with the sponsor's own approval where its agreement asks
  for one (never another sponsor's, nor the CDMO's internal assessments).
"""

from __future__ import annotations

import datetime as dt

from django.db.models import Q
from django.utils import timezone

from accord.quality.models import SHOWN_TO_SPONSORS, Capa, ChangeControl, Deviation, SponsorApproval


def _iso(moment: dt.datetime | None) -> str | None:
    return timezone.localdate(moment).isoformat() if moment else None


def quality_events_for_sponsor(sponsor, start: dt.date, end: dt.date) -> dict:
    told = Deviation.objects.filter(sponsor=sponsor, notified_at__isnull=False)
    deviations = (
        told.filter(
            Q(notified_at__date__range=(start, end)) | Q(closed_at__date__range=(start, end))
        )
        .select_related("project")
        .order_by("discovered_at", "number")
    )
    capas = (
        Capa.objects.filter(Q(deviation__in=told) | Q(follows__deviation__in=told), sponsor=sponsor)
        .filter(Q(created_at__date__range=(start, end)) | Q(closed_at__date__range=(start, end)))
        .select_related("deviation")
        .distinct()
        .order_by("created_at", "number")
    )
    changes = (
        ChangeControl.objects.filter(
            projects__sponsor=sponsor,
            state__in=SHOWN_TO_SPONSORS,
            plan_approved_at__date__lte=end,
        )
        .filter(Q(closed_at__isnull=True) | Q(closed_at__date__gte=start))
        .distinct()
        .order_by("raised_at", "number")
    )
    approvals = {
        approval.change_id: approval
        for approval in SponsorApproval.objects.filter(
            sponsor=sponsor, current=True, change__in=changes
        )
    }
    return {
        "deviations": [
            {
                "number": d.number,
                "title": d.title,
                "project": d.project.code if d.project_id else "",
                "classification": d.get_classification_display(),
                "state": d.get_state_display(),
                "discovered": _iso(d.discovered_at),
                "told": _iso(d.notified_at),
                "closed": _iso(d.closed_at),
            }
            for d in deviations
        ],
        "capas": [
            {
                "number": c.number,
                "title": c.title,
                "deviation": c.deviation.number if c.deviation_id else "",
                "state": c.get_state_display(),
                "due": c.due_date.isoformat(),
                "opened": _iso(c.created_at),
                "closed": _iso(c.closed_at),
            }
            for c in capas
        ],
        "changes": [
            {
                "number": c.number,
                "title": c.title,
                "type": c.get_change_type_display(),
                "state": c.get_state_display(),
                "sponsor_approval": approvals[c.pk].get_decision_display()
                if c.pk in approvals
                else "",
                "closed": _iso(c.closed_at),
            }
            for c in changes
        ],
    }
