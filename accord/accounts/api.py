from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Query, Router
from ninja.pagination import paginate

from accord.accounts import selectors
from accord.accounts.schemas import (
    MeOut,
    SiteOut,
    SponsorFilters,
    SponsorOut,
    UserFilters,
    UserOut,
)
from accord.clients.services.sponsors import sponsor_token
from accord.core.api import PageNumberPagination

router = Router(tags=["Organizations and people"])


@router.get("/me", response=MeOut, summary="The signed-in user, their roles and permissions")
def me(request: HttpRequest):
    return request.user


@router.get("/sponsors", response=list[SponsorOut])
@paginate(PageNumberPagination)
def list_sponsors(request: HttpRequest, filters: Query[SponsorFilters]):
    sponsors = selectors.sponsors_visible_to(request.user)
    if filters.q:
        sponsors = sponsors.filter(name__icontains=filters.q)
    if filters.sponsor_type:
        sponsors = sponsors.filter(sponsor_type=filters.sponsor_type)
    return sponsors


@router.get("/sponsors/{sponsor_id}", response=SponsorOut)
def get_sponsor(request: HttpRequest, response: HttpResponse, sponsor_id: int):
    sponsor = get_object_or_404(selectors.sponsors_visible_to(request.user), pk=sponsor_id)
    # The token a change (PATCH /sponsors/{id}) is made from.
    response["ETag"] = f'"{sponsor_token(sponsor)}"'
    return sponsor


@router.get("/sites", response=list[SiteOut])
@paginate(PageNumberPagination)
def list_sites(request: HttpRequest):
    return selectors.sites_visible_to(request.user)


@router.get("/users", response=list[UserOut])
@paginate(PageNumberPagination)
def list_users(request: HttpRequest, filters: Query[UserFilters]):
    users = selectors.users_search(selectors.users_visible_to(request.user), filters.q)
    if filters.organization_id is not None:
        users = users.filter(organization_id=filters.organization_id)
    if filters.is_active is not None:
        users = users.filter(is_active=filters.is_active)
    return users.prefetch_related("roles")
