"""Who sees which change control, and what of it.

CDMO staff with the permission see every change control and all its parts. A sponsor's
people see a change only once QA approved its plan (never a draft or one being
assessed), and only when it affects their company: one of its projects is in the
change, or their company was asked to approve it. They see their own company's
approvals, never another sponsor's, nor the CDMO's internal assessments, actions and
review.
"""

from __future__ import annotations

import datetime as dt

from django.db.models import QuerySet

from accord.accounts.models import Organization
from accord.projects.selectors import projects_visible_to
from accord.quality.models import (
    SHOWN_TO_SPONSORS,
    ChangeControl,
    ChangeReview,
    ImpactAssessment,
    ImplementationAction,
    SponsorApproval,
)
from accord.quality.selectors.agreements import change_needs_sponsor_approval
from accord.quality.selectors.records import _reader

VIEW_CHANGE = "quality.view_changecontrol"


def change_controls_visible_to(user) -> QuerySet[ChangeControl]:
    changes = ChangeControl.objects.select_related("site", "owner", "raised_by")
    reader = _reader(user, VIEW_CHANGE)
    if reader == "staff":
        return changes
    if reader == "sponsor":
        # The projects the reader sees: a sponsor contact, those they are a member of.
        affected = ChangeControl.objects.filter(
            projects__in=projects_visible_to(user),
            state__in=SHOWN_TO_SPONSORS,
            plan_approved_at__isnull=False,
        )
        return changes.filter(pk__in=affected.values("pk"))
    return changes.none()


def _staff_parts(model, user) -> QuerySet:
    if _reader(user, VIEW_CHANGE) == "staff":
        return model.objects.all()
    return model.objects.none()


def impact_assessments_visible_to(user) -> QuerySet[ImpactAssessment]:
    return _staff_parts(ImpactAssessment, user)


def implementation_actions_visible_to(user) -> QuerySet[ImplementationAction]:
    return _staff_parts(ImplementationAction, user)


def change_reviews_visible_to(user) -> QuerySet[ChangeReview]:
    return _staff_parts(ChangeReview, user)


def sponsor_approvals_visible_to(user) -> QuerySet[SponsorApproval]:
    approvals = SponsorApproval.objects.select_related("change", "sponsor", "decided_by")
    reader = _reader(user, VIEW_CHANGE)
    if reader == "staff":
        return approvals
    if reader == "sponsor":
        return approvals.filter(
            sponsor_id=user.organization_id,
            change__in=change_controls_visible_to(user),
        )
    return approvals.none()


def affected_sponsors(change: ChangeControl) -> list[Organization]:
    """The sponsors whose projects the change touches, by name."""
    ids = change.projects.values("sponsor_id")
    return list(Organization.objects.filter(pk__in=ids).order_by("name"))


def products_for(change: ChangeControl, sponsor: Organization) -> list[str]:
    """The products of ``sponsor`` a change touches: the molecules of the sponsor's
    projects in it, and the products listed on the change that are not another affected
    sponsor's molecule (``[""]`` when none is named, so a term for every product still
    applies). What a sponsor reads of the change's products, so another sponsor's
    product never shows."""
    own, others = [], set()
    for project in change.projects.all():
        molecule = project.molecule.strip()
        if not molecule:
            continue
        if project.sponsor_id == sponsor.pk:
            if molecule.casefold() not in {m.casefold() for m in own}:
                own.append(molecule)
        else:
            others.add(molecule.casefold())
    names = [*own]
    for product in change.product_list:
        key = product.casefold()
        if key not in others and key not in {n.casefold() for n in names}:
            names.append(product)
    return names or [""]


def sponsor_approvals_needed(change: ChangeControl, on: dt.date) -> list[tuple]:
    """(sponsor, agreement, products) for each affected sponsor whose quality agreement
    in force on ``on`` makes it approve this change before implementation."""
    needed = []
    for sponsor in affected_sponsors(change):
        hits = []
        agreement = None
        for product in products_for(change, sponsor):
            found = change_needs_sponsor_approval(sponsor, change.change_type, product, on)
            if found is not None:
                agreement = found
                hits.append(product)
        if agreement is not None:
            needed.append((sponsor, agreement, [p for p in hits if p]))
    return needed
