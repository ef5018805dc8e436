"""Read endpoints for sponsor profiles and interactions: CDMO staff only, so a sponsor
token is refused (403) whatever the id, before anything is looked up."""

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Query, Router
from ninja.pagination import paginate

from accord.accounts.models import Organization
from accord.accounts.selectors import sponsors_visible_to
from accord.clients import selectors
from accord.clients.health import relationship_health
from accord.clients.models import SponsorProfile
from accord.clients.schemas import (
    InteractionDetailOut,
    InteractionFilters,
    InteractionOut,
    SponsorProfileOut,
)
from accord.clients.services import PROFILE_FIELDS
from accord.core.api import PageNumberPagination
from accord.core.concurrency import set_etag

router = Router(tags=["Sponsor relationships"])


def _require_staff(request: HttpRequest, permission: str) -> None:
    if not request.user.is_cdmo_staff:
        raise PermissionDenied("Sponsor relationship records are for CDMO staff.")
    if not request.user.has_perm(permission):
        raise PermissionDenied("Your roles do not allow you to see this.")


def _sponsor(request: HttpRequest, sponsor_id: int) -> Organization:
    return get_object_or_404(sponsors_visible_to(request.user), pk=sponsor_id)


@router.get(
    "/sponsors/{sponsor_id}/profile",
    response=SponsorProfileOut,
    summary="A sponsor's profile, key contacts and relationship health (CDMO staff)",
)
def get_sponsor_profile(request: HttpRequest, response: HttpResponse, sponsor_id: int):
    _require_staff(request, "clients.view_sponsorprofile")
    sponsor = _sponsor(request, sponsor_id)
    profile = selectors.sponsor_profiles_visible_to(request.user).filter(sponsor=sponsor).first()
    current = profile or SponsorProfile(sponsor=sponsor, version=0)
    health = relationship_health(sponsor)
    contacts = selectors.key_contacts_visible_to(request.user).filter(sponsor=sponsor)
    set_etag(response, current)
    return {
        **{name: getattr(current, name) for name in PROFILE_FIELDS if name != "account_owner"},
        "account_owner_id": current.account_owner_id,
        "account_owner_name": (
            current.account_owner.printed_name if current.account_owner_id else None
        ),
        "version": current.version,
        "sponsor_id": sponsor.pk,
        "sponsor_name": sponsor.name,
        "sponsor_type": sponsor.sponsor_type,
        "exists": profile is not None,
        "health": {"level": health.level, "label": health.label, "reasons": health.reasons},
        "contacts": list(contacts),
        "updated_at": profile.updated_at if profile else None,
    }


@router.get(
    "/sponsors/{sponsor_id}/interactions",
    response=list[InteractionOut],
    summary="A sponsor's interactions, newest first (CDMO staff)",
    description="Lists carry no rapport notes; read them on one interaction.",
)
@paginate(PageNumberPagination)
def list_sponsor_interactions(
    request: HttpRequest, sponsor_id: int, filters: Query[InteractionFilters]
):
    _require_staff(request, "clients.view_interaction")
    sponsor = _sponsor(request, sponsor_id)
    interactions = selectors.interactions_visible_to(request.user).filter(sponsor=sponsor)
    return selectors.interactions_filter(
        interactions,
        query=filters.q.strip(),
        kind=filters.kind or "",
        start=filters.start,
        end=filters.end,
        concern=filters.concern,
    ).prefetch_related("contacts", "attendees")


@router.get(
    "/interactions/{interaction_id}",
    response=InteractionDetailOut,
    summary="One interaction with its follow-ups and rapport notes (CDMO staff)",
)
def get_interaction(request: HttpRequest, response: HttpResponse, interaction_id: int):
    _require_staff(request, "clients.view_interaction")
    interaction = get_object_or_404(
        selectors.interactions_visible_to(request.user), pk=interaction_id
    )
    set_etag(response, interaction)
    return interaction


# The writes join this router (and the sponsors' own): one router per path.
from accord.clients import write_api  # noqa: E402, F401
