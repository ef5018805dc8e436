"""Writes to sponsors and their relationship records, and the lists and details the read
API lacked (contacts, follow-ups), through the same services as the pages.

All of it is CDMO staff's: a sponsor user is refused (403) before any lookup, whatever
the id, as on the pages. Writes to an existing record send the version read (or
If-Match with the detail's ETag); a stale one is 412 (409 for the body's version)."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Query, Status
from ninja.pagination import paginate

from accord.accounts.api import router as accounts_router
from accord.accounts.models import Organization
from accord.accounts.selectors import sponsors_visible_to, users_visible_to
from accord.clients import selectors, services
from accord.clients.api import get_sponsor_profile
from accord.clients.api import router as relationships_router
from accord.clients.models import FollowUp, Interaction, KeyContact
from accord.clients.schemas import InteractionDetailOut, SponsorProfileOut
from accord.clients.write_schemas import (
    ContactDetailOut,
    ContactFilters,
    ContactIn,
    ContactPatchIn,
    FollowUpCloseIn,
    FollowUpDetailOut,
    FollowUpFilters,
    FollowUpIn,
    InteractionIn,
    InteractionPatchIn,
    ProfileIn,
    SponsorDetailOut,
    SponsorIn,
    SponsorPatchIn,
)
from accord.core import clock
from accord.core.api import PageNumberPagination
from accord.core.api_fields import api_field_names
from accord.core.concurrency import expected_token, expected_version, set_etag

# One router per path: the read operations' (another router's same path would answer 405).
router = relationships_router

# The services name records as the pages do; the API's fields carry ``_id``.
API_FIELDS = {
    "user": "user_id",
    "owner": "owner_id",
    "interaction": "interaction_id",
    "contacts": "contact_ids",
    "attendees": "attendee_ids",
    "account_owner": "account_owner_id",
}


def _api_names():
    return api_field_names(API_FIELDS)


def _staff(request: HttpRequest, permission: str) -> None:
    # Before any lookup: a sponsor user learns nothing about ids.
    if not request.user.is_cdmo_staff:
        raise PermissionDenied("Sponsor relationship records are for CDMO staff.")
    if not request.user.has_perm(permission):
        raise PermissionDenied("Your roles do not allow this.")


def _sponsor(request: HttpRequest, sponsor_id: int) -> Organization:
    return get_object_or_404(sponsors_visible_to(request.user), pk=sponsor_id)


def _chosen(queryset, pk: int | None, field: str):
    if pk is None:
        return None
    found = queryset.filter(pk=pk).first()
    if found is None:
        raise ValidationError({field: ["Not found, or not yours to choose."]})
    return found


def _chosen_many(queryset, pks: list[int], field: str) -> list:
    found = list(queryset.filter(pk__in=pks))
    if len(found) != len(set(pks)):
        raise ValidationError({field: ["Not found, or not yours to choose."]})
    return found


# --------------------------------------------------------------------------- sponsors


def _sponsor_out(response: HttpResponse, sponsor: Organization) -> dict:
    token = services.sponsor_token(sponsor)
    response["ETag"] = f'"{token}"'
    return {
        "id": sponsor.pk,
        "name": sponsor.name,
        "short_name": sponsor.short_name,
        "sponsor_type": sponsor.sponsor_type,
        "sponsor_type_label": sponsor.get_sponsor_type_display(),
        "country": sponsor.country,
        "website": sponsor.website,
        "is_active": sponsor.is_active,
        "token": token,
    }


@accounts_router.post(
    "/sponsors",
    response={201: SponsorDetailOut},
    summary="Add a sponsor to the directory (CDMO staff who may add organizations)",
)
def create_sponsor(request: HttpRequest, response: HttpResponse, payload: SponsorIn):
    _staff(request, "accounts.add_organization")
    sponsor = services.sponsor_create(actor=request.user, **payload.model_dump())
    return Status(201, _sponsor_out(response, sponsor))


@accounts_router.patch(
    "/sponsors/{sponsor_id}",
    response=SponsorDetailOut,
    summary="Change a sponsor's name, short name, type, country or website (CDMO staff)",
    description="Send only what changes, with the sponsor's `token` (or If-Match with the "
    "ETag of `GET /sponsors/{id}`).",
)
def patch_sponsor(
    request: HttpRequest, response: HttpResponse, sponsor_id: int, payload: SponsorPatchIn
):
    _staff(request, "accounts.change_organization")
    sponsor = _sponsor(request, sponsor_id)
    fields = payload.model_dump(exclude_unset=True)
    token = fields.pop("token", None)
    reason = fields.pop("reason", "")
    updated = services.sponsor_update(
        actor=request.user,
        sponsor=sponsor,
        token=expected_token(request, token),
        reason=reason,
        **fields,
    )
    return _sponsor_out(response, updated)


@router.put(
    "/sponsors/{sponsor_id}/profile",
    response=SponsorProfileOut,
    summary="Write a sponsor's profile, the whole of it (CDMO staff)",
    description='`version` 0 (or `If-Match: "0"`) creates the profile; afterwards the '
    "version read. A changed `sponsor_type` needs the right to edit sponsors.",
)
def put_sponsor_profile(
    request: HttpRequest, response: HttpResponse, sponsor_id: int, payload: ProfileIn
):
    _staff(request, "clients.view_sponsorprofile")
    sponsor = _sponsor(request, sponsor_id)
    fields = payload.model_dump()
    version = expected_version(request, fields.pop("version"))
    account_owner = _chosen(
        users_visible_to(request.user), fields.pop("account_owner_id"), "account_owner_id"
    )
    with _api_names():
        services.sponsor_profile_save(
            actor=request.user,
            sponsor=sponsor,
            version=version,
            account_owner=account_owner,
            **fields,
        )
    return get_sponsor_profile(request, response, sponsor_id)


# --------------------------------------------------------------------------- contacts


@router.get(
    "/sponsors/{sponsor_id}/contacts",
    response=list[ContactDetailOut],
    summary="A sponsor's key contacts, primary first (CDMO staff)",
)
@paginate(PageNumberPagination)
def list_contacts(request: HttpRequest, sponsor_id: int, filters: Query[ContactFilters]):
    _staff(request, "clients.view_keycontact")
    sponsor = _sponsor(request, sponsor_id)
    contacts = selectors.key_contacts_visible_to(request.user).filter(sponsor=sponsor)
    query = filters.q.strip()
    if query:
        contacts = contacts.filter(
            Q(name__icontains=query) | Q(title__icontains=query) | Q(email__icontains=query)
        )
    if filters.is_active is not None:
        contacts = contacts.filter(is_active=filters.is_active)
    return contacts


@router.post(
    "/sponsors/{sponsor_id}/contacts",
    response={201: ContactDetailOut},
    summary="Add a key contact (CDMO staff)",
)
def create_contact(
    request: HttpRequest, response: HttpResponse, sponsor_id: int, payload: ContactIn
):
    _staff(request, "clients.add_keycontact")
    sponsor = _sponsor(request, sponsor_id)
    fields = payload.model_dump()
    user = _chosen(users_visible_to(request.user), fields.pop("user_id"), "user_id")
    with _api_names():
        contact = services.key_contact_add(actor=request.user, sponsor=sponsor, user=user, **fields)
    set_etag(response, contact)
    return Status(201, contact)


def _contact(request: HttpRequest, contact_id: int) -> KeyContact:
    return get_object_or_404(selectors.key_contacts_visible_to(request.user), pk=contact_id)


@router.get("/contacts/{contact_id}", response=ContactDetailOut, summary="One key contact")
def get_contact(request: HttpRequest, response: HttpResponse, contact_id: int):
    _staff(request, "clients.view_keycontact")
    contact = _contact(request, contact_id)
    set_etag(response, contact)
    return contact


@router.patch(
    "/contacts/{contact_id}",
    response=ContactDetailOut,
    summary="Edit a key contact; `is_active: false` retires them (CDMO staff)",
)
def patch_contact(
    request: HttpRequest, response: HttpResponse, contact_id: int, payload: ContactPatchIn
):
    _staff(request, "clients.change_keycontact")
    contact = _contact(request, contact_id)
    fields = payload.model_dump(exclude_unset=True)
    version = expected_version(request, fields.pop("version", None))
    if "user_id" in fields:
        fields["user"] = _chosen(users_visible_to(request.user), fields.pop("user_id"), "user_id")
    with _api_names():
        contact = services.key_contact_update(
            actor=request.user, contact=contact, version=version, **fields
        )
    set_etag(response, contact)
    return contact


# --------------------------------------------------------------------------- interactions


def _participants(request: HttpRequest, fields: dict) -> dict:
    """The contacts and attendees the ids name: contacts of any sponsor the user sees
    (the service refuses another sponsor's), attendees among the people the user sees."""
    if fields.get("contact_ids") is not None:
        fields["contacts"] = _chosen_many(
            selectors.key_contacts_visible_to(request.user),
            fields.pop("contact_ids"),
            "contact_ids",
        )
    fields.pop("contact_ids", None)
    if fields.get("attendee_ids") is not None:
        fields["attendees"] = _chosen_many(
            users_visible_to(request.user), fields.pop("attendee_ids"), "attendee_ids"
        )
    fields.pop("attendee_ids", None)
    return fields


def _interaction_detail(response: HttpResponse, interaction: Interaction) -> Interaction:
    interaction = (
        Interaction.objects.select_related("sponsor", "recorded_by")
        .prefetch_related("contacts", "attendees")
        .get(pk=interaction.pk)
    )
    set_etag(response, interaction)
    return interaction


@router.post(
    "/sponsors/{sponsor_id}/interactions",
    response={201: InteractionDetailOut},
    summary="Log a meeting, call, visit or e-mail with the sponsor (CDMO staff)",
)
def create_interaction(
    request: HttpRequest, response: HttpResponse, sponsor_id: int, payload: InteractionIn
):
    _staff(request, "clients.add_interaction")
    sponsor = _sponsor(request, sponsor_id)
    fields = _participants(request, payload.model_dump())
    with _api_names():
        interaction = services.interaction_log(actor=request.user, sponsor=sponsor, **fields)
    return Status(201, _interaction_detail(response, interaction))


@router.patch(
    "/interactions/{interaction_id}",
    response=InteractionDetailOut,
    summary="Correct an interaction (CDMO staff)",
)
def patch_interaction(
    request: HttpRequest, response: HttpResponse, interaction_id: int, payload: InteractionPatchIn
):
    _staff(request, "clients.change_interaction")
    interaction = get_object_or_404(
        selectors.interactions_visible_to(request.user), pk=interaction_id
    )
    fields = payload.model_dump(exclude_unset=True)
    version = expected_version(request, fields.pop("version", None))
    fields = _participants(request, fields)
    with _api_names():
        interaction = services.interaction_update(
            actor=request.user, interaction=interaction, version=version, **fields
        )
    return _interaction_detail(response, interaction)


# --------------------------------------------------------------------------- follow-ups


@router.get(
    "/sponsors/{sponsor_id}/follow-ups",
    response=list[FollowUpDetailOut],
    summary="What we promised the sponsor: open ones by due date, or done ones (CDMO staff)",
)
@paginate(PageNumberPagination)
def list_followups(request: HttpRequest, sponsor_id: int, filters: Query[FollowUpFilters]):
    _staff(request, "clients.view_followup")
    sponsor = _sponsor(request, sponsor_id)
    return selectors.followups_filter(
        selectors.followups_visible_to(request.user).filter(sponsor=sponsor),
        status=filters.status,
        today=clock.today(),
    )


@router.post(
    "/sponsors/{sponsor_id}/follow-ups",
    response={201: FollowUpDetailOut},
    summary="Promise the sponsor something, with an owner and a due date (CDMO staff)",
)
def create_followup(request: HttpRequest, sponsor_id: int, payload: FollowUpIn):
    _staff(request, "clients.add_followup")
    sponsor = _sponsor(request, sponsor_id)
    owner = _chosen(users_visible_to(request.user), payload.owner_id, "owner_id") or request.user
    interaction = _chosen(
        selectors.interactions_visible_to(request.user), payload.interaction_id, "interaction_id"
    )
    with _api_names():
        followup = services.followup_add(
            actor=request.user,
            sponsor=sponsor,
            description=payload.description,
            owner=owner,
            due_on=payload.due_on,
            interaction=interaction,
        )
    return Status(201, followup)


def _followup(request: HttpRequest, followup_id: int) -> FollowUp:
    return get_object_or_404(selectors.followups_visible_to(request.user), pk=followup_id)


@router.get("/follow-ups/{followup_id}", response=FollowUpDetailOut, summary="One follow-up")
def get_followup(request: HttpRequest, followup_id: int):
    _staff(request, "clients.view_followup")
    return _followup(request, followup_id)


@router.post(
    "/follow-ups/{followup_id}/close",
    response=FollowUpDetailOut,
    summary="Mark a follow-up done (its owner, or a relationship lead)",
)
def close_followup(request: HttpRequest, followup_id: int, payload: FollowUpCloseIn):
    _staff(request, "clients.view_followup")
    followup = _followup(request, followup_id)
    with _api_names():
        followup = services.followup_close(
            actor=request.user, followup=followup, done_on=payload.done_on
        )
    return _followup(request, followup.pk)
