"""Every write to sponsor profiles, key contacts, interactions and follow-ups (the
sponsor itself, for the API: ``services/sponsors.py``).

Each runs in one transaction with its audit event. Only CDMO staff write here: this is
the CDMO's own knowledge of its sponsors, never shared with them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from accord.accounts.models import Organization, User
from accord.accounts.services import organization_update
from accord.audit.services import audit_record, created, diff, snapshot
from accord.clients.models import FollowUp, Interaction, KeyContact, SponsorProfile
from accord.clients.services.sponsors import sponsor_create as sponsor_create
from accord.clients.services.sponsors import sponsor_token as sponsor_token
from accord.clients.services.sponsors import sponsor_update as sponsor_update
from accord.core import clock, concurrency
from accord.core.permissions import require

PROFILE_FIELDS = (
    "modalities",
    "regions",
    "communication_cadence",
    "report_format",
    "time_zone",
    "account_owner",
    "language",
    "success_definition",
    "barrier_resources",
    "barrier_readiness",
    "barrier_context",
    "strategies",
    "is_trendsetter",
)
CONTACT_FIELDS = (
    "name",
    "title",
    "decision_role",
    "email",
    "phone",
    "user",
    "is_primary",
    "is_active",
)
INTERACTION_FIELDS = (
    "kind",
    "occurred_on",
    "subject",
    "summary",
    "is_concern",
    "rapport_notes",
)
INTERACTION_EDITABLE = frozenset({*INTERACTION_FIELDS, "contacts", "attendees"})
FOLLOW_UP_FIELDS = (
    "interaction",
    "description",
    "owner",
    "due_on",
    "is_done",
    "done_on",
    "closed_by",
)


def _authorize(actor: User, permission: str) -> None:
    require(actor, permission)
    if not actor.is_cdmo_staff:
        raise PermissionDenied("Only CDMO staff keep sponsor records.")


def _check_sponsor(sponsor: Organization) -> None:
    if not sponsor.is_sponsor:
        raise ValidationError({"sponsor": ["Choose a sponsor, not the CDMO."]})


def _clean_text(fields: dict[str, object]) -> dict[str, object]:
    return {k: v.strip() if isinstance(v, str) else v for k, v in fields.items()}


def _unknown(fields: dict[str, object], allowed: Iterable[str]) -> None:
    unknown = set(fields) - set(allowed)
    if unknown:
        raise ValidationError({"__all__": [f"Unknown fields: {', '.join(sorted(unknown))}"]})


# --------------------------------------------------------------------------- profiles


def _check_account_owner(owner: User | None) -> None:
    if owner is not None and not (owner.is_active and owner.is_cdmo_staff):
        raise ValidationError(
            {
                "account_owner": [
                    f"{owner.printed_name} is not active CDMO staff: choose a colleague."
                ]
            }
        )


@transaction.atomic
def sponsor_profile_save(
    *,
    actor: User,
    sponsor: Organization,
    version: int | None = None,
    sponsor_type: str | None = None,
    reason: str = "",
    **fields,
) -> SponsorProfile:
    """Create the sponsor's profile or change it.

    ``sponsor_type`` lives on the organization and changes through the organization
    service (its own permission and audit event); ``None`` leaves it as it is.
    """
    _unknown(fields, PROFILE_FIELDS)
    _check_sponsor(sponsor)
    _check_account_owner(fields.get("account_owner"))
    profile = SponsorProfile.objects.select_for_update().filter(sponsor=sponsor).first()
    _authorize(
        actor, "clients.add_sponsorprofile" if profile is None else "clients.change_sponsorprofile"
    )
    if profile is not None:
        # Version 0: the editor saw no profile yet, and someone has made one since.
        concurrency.check(profile, version, what="profile")
    if sponsor_type is not None and sponsor_type != sponsor.sponsor_type:
        sponsor = organization_update(
            actor=actor, organization=sponsor, sponsor_type=sponsor_type, reason=reason
        )
    if profile is None:
        profile = SponsorProfile(sponsor=sponsor, **_clean_text(fields))
        profile.full_clean()
        profile.save()
        audit_record(
            actor=actor,
            action="clients.sponsorprofile.created",
            target=profile,
            parent=sponsor,
            changes=created(snapshot(profile, PROFILE_FIELDS)),
            reason=reason,
        )
        return profile
    before = snapshot(profile, PROFILE_FIELDS)
    for name, value in _clean_text(fields).items():
        setattr(profile, name, value)
    changes = diff(before, snapshot(profile, PROFILE_FIELDS))
    if not changes:
        return profile
    profile.full_clean()
    concurrency.bump(profile)
    profile.save()
    audit_record(
        actor=actor,
        action="clients.sponsorprofile.updated",
        target=profile,
        parent=sponsor,
        changes=changes,
        reason=reason,
    )
    return profile


# --------------------------------------------------------------------------- contacts


def _check_contact_user(
    sponsor: Organization, user: User | None, contact: KeyContact | None = None
) -> None:
    if user is None:
        return
    if user.organization_id != sponsor.pk:
        # Named generically: the account may belong to another sponsor.
        raise ValidationError({"user": ["Choose a portal account of this sponsor."]})
    others = KeyContact.objects.filter(user=user)
    if contact is not None:
        others = others.exclude(pk=contact.pk)
    if others.exists():
        raise ValidationError({"user": ["This account is already linked to another contact."]})


def _unset_other_primary(actor: User, contact: KeyContact) -> None:
    """Only one primary contact per sponsor: the previous one steps down, audited."""
    previous = (
        KeyContact.objects.select_for_update()
        .filter(sponsor_id=contact.sponsor_id, is_primary=True)
        .exclude(pk=contact.pk)
        .first()
    )
    if previous is None:
        return
    previous.is_primary = False
    concurrency.bump(previous)
    previous.save(update_fields=["is_primary", "version", "updated_at"])
    audit_record(
        actor=actor,
        action="clients.keycontact.updated",
        target=previous,
        parent=previous.sponsor,
        changes={"is_primary": [True, False]},
        reason=f"{contact.name} is now the primary contact.",
    )


@transaction.atomic
def key_contact_add(
    *,
    actor: User,
    sponsor: Organization,
    name: str,
    decision_role: str,
    title: str = "",
    email: str = "",
    phone: str = "",
    user: User | None = None,
    is_primary: bool = False,
) -> KeyContact:
    _authorize(actor, "clients.add_keycontact")
    _check_sponsor(sponsor)
    _check_contact_user(sponsor, user)
    contact = KeyContact(
        sponsor=sponsor,
        user=user,
        is_primary=is_primary,
        **_clean_text(
            {
                "name": name,
                "decision_role": decision_role,
                "title": title,
                "email": email,
                "phone": phone,
            }
        ),
    )
    contact.full_clean(validate_constraints=False)
    if is_primary:
        _unset_other_primary(actor, contact)
    contact.validate_constraints()
    contact.save()
    audit_record(
        actor=actor,
        action="clients.keycontact.created",
        target=contact,
        parent=sponsor,
        changes=created(snapshot(contact, CONTACT_FIELDS)),
    )
    return contact


@transaction.atomic
def key_contact_update(
    *, actor: User, contact: KeyContact, version: int | None = None, reason: str = "", **fields
) -> KeyContact:
    """Edit a contact; ``is_active=False`` retires them (a retired contact is not primary)."""
    _authorize(actor, "clients.change_keycontact")
    _unknown(fields, CONTACT_FIELDS)
    contact = concurrency.locked(
        contact, version, queryset=KeyContact.objects.select_related("sponsor"), what="contact"
    )
    if "user" in fields:
        _check_contact_user(contact.sponsor, fields["user"], contact)
    before = snapshot(contact, CONTACT_FIELDS)
    for name, value in _clean_text(fields).items():
        setattr(contact, name, value)
    if not contact.is_active and contact.is_primary:
        if fields.get("is_primary"):
            raise ValidationError({"is_primary": ["A retired contact cannot be the primary one."]})
        contact.is_primary = False
    changes = diff(before, snapshot(contact, CONTACT_FIELDS))
    if not changes:
        return contact
    contact.full_clean(validate_constraints=False)
    if contact.is_primary and not before["is_primary"]:
        _unset_other_primary(actor, contact)
    contact.validate_constraints()
    concurrency.bump(contact)
    contact.save()
    audit_record(
        actor=actor,
        action="clients.keycontact.updated",
        target=contact,
        parent=contact.sponsor,
        changes=changes,
        reason=reason,
    )
    return contact


# --------------------------------------------------------------------------- interactions


def _interaction_errors(
    sponsor: Organization,
    contacts: list[KeyContact] | None,
    attendees: list[User] | None,
    occurred_on: dt.date | None,
) -> dict[str, list[str]]:
    """What is wrong with who took part and when; ``None`` skips a check."""
    errors: dict[str, list[str]] = {}
    if contacts is not None and any(c.sponsor_id != sponsor.pk for c in contacts):
        # Named generically: the contact may belong to another sponsor.
        errors["contacts"] = ["Choose contacts of this sponsor."]
    if attendees is not None and any(
        not (user.is_active and user.is_cdmo_staff) for user in attendees
    ):
        errors["attendees"] = ["Choose active CDMO staff as our attendees."]
    if isinstance(occurred_on, dt.date) and occurred_on > clock.today():
        errors["occurred_on"] = ["Log interactions that have happened."]
    return errors


def _full_clean(instance, errors: dict[str, list[str]]) -> None:
    """Validate the row and raise every error at once, the caller's own included."""
    try:
        instance.full_clean()
    except ValidationError as exc:
        for field, messages in exc.message_dict.items():
            errors.setdefault(field, []).extend(messages)
    if errors:
        raise ValidationError(errors)


def _interaction_state(
    interaction: Interaction, contact_ids: Iterable[int], attendee_ids: Iterable[int]
) -> dict[str, object]:
    return {
        **snapshot(interaction, ("sponsor", *INTERACTION_FIELDS)),
        "contacts": sorted(contact_ids),
        "attendees": sorted(attendee_ids),
    }


@transaction.atomic
def interaction_log(
    *,
    actor: User,
    sponsor: Organization,
    kind: str,
    occurred_on: dt.date,
    subject: str,
    summary: str = "",
    contacts: Iterable[KeyContact] = (),
    attendees: Iterable[User] = (),
    is_concern: bool = False,
    rapport_notes: str = "",
) -> Interaction:
    """Log a conversation with the sponsor, who took part on both sides and how it went."""
    _authorize(actor, "clients.add_interaction")
    return interaction_record(
        actor=actor,
        sponsor=sponsor,
        kind=kind,
        occurred_on=occurred_on,
        subject=subject,
        summary=summary,
        contacts=contacts,
        attendees=attendees,
        is_concern=is_concern,
        rapport_notes=rapport_notes,
    )


@transaction.atomic
def interaction_record(
    *,
    actor: User,
    sponsor: Organization,
    kind: str,
    occurred_on: dt.date,
    subject: str,
    summary: str = "",
    contacts: Iterable[KeyContact] = (),
    attendees: Iterable[User] = (),
    is_concern: bool = False,
    rapport_notes: str = "",
) -> Interaction:
    """The conversation written down, for a service that has already decided ``actor``
    may record it: ``interaction_log`` (the relationship pages), or a concern's first
    contact, which every member of staff serving the concern records."""
    _check_sponsor(sponsor)
    contacts, attendees = list(contacts), list(attendees)
    errors = _interaction_errors(sponsor, contacts, attendees, occurred_on)
    interaction = Interaction(
        sponsor=sponsor,
        recorded_by=actor,
        is_concern=is_concern,
        **_clean_text(
            {
                "kind": kind,
                "occurred_on": occurred_on,
                "subject": subject,
                "summary": summary,
                "rapport_notes": rapport_notes,
            }
        ),
    )
    _full_clean(interaction, errors)
    interaction.save()
    interaction.contacts.set(contacts)
    interaction.attendees.set(attendees)
    audit_record(
        actor=actor,
        action="clients.interaction.logged",
        target=interaction,
        parent=sponsor,
        changes=created(
            _interaction_state(interaction, (c.pk for c in contacts), (u.pk for u in attendees))
        ),
    )
    return interaction


@transaction.atomic
def interaction_update(
    *,
    actor: User,
    interaction: Interaction,
    version: int | None = None,
    reason: str = "",
    **fields,
) -> Interaction:
    _authorize(actor, "clients.change_interaction")
    _unknown(fields, INTERACTION_EDITABLE)
    interaction = concurrency.locked(
        interaction, version, queryset=Interaction.objects.select_related("sponsor")
    )
    contact_ids = list(interaction.contacts.values_list("pk", flat=True))
    attendee_ids = list(interaction.attendees.values_list("pk", flat=True))
    before = _interaction_state(interaction, contact_ids, attendee_ids)
    contacts = list(fields.pop("contacts")) if "contacts" in fields else None
    attendees = list(fields.pop("attendees")) if "attendees" in fields else None
    errors = _interaction_errors(
        interaction.sponsor, contacts, attendees, fields.get("occurred_on")
    )
    if errors:
        raise ValidationError(errors)
    for name, value in _clean_text(fields).items():
        setattr(interaction, name, value)
    after = _interaction_state(
        interaction,
        contact_ids if contacts is None else (c.pk for c in contacts),
        attendee_ids if attendees is None else (u.pk for u in attendees),
    )
    changes = diff(before, after)
    if not changes:
        return interaction
    interaction.full_clean()
    concurrency.bump(interaction)
    interaction.save()
    if contacts is not None:
        interaction.contacts.set(contacts)
    if attendees is not None:
        interaction.attendees.set(attendees)
    audit_record(
        actor=actor,
        action="clients.interaction.updated",
        target=interaction,
        parent=interaction.sponsor,
        changes=changes,
        reason=reason,
    )
    return interaction


# --------------------------------------------------------------------------- follow-ups


@transaction.atomic
def followup_add(
    *,
    actor: User,
    sponsor: Organization,
    description: str,
    owner: User,
    due_on: dt.date,
    interaction: Interaction | None = None,
) -> FollowUp:
    """Promise the sponsor something, with an owner and a due date."""
    _authorize(actor, "clients.add_followup")
    _check_sponsor(sponsor)
    errors: dict[str, list[str]] = {}
    if interaction is not None and interaction.sponsor_id != sponsor.pk:
        errors["interaction"] = ["Choose an interaction with this sponsor."]
    if not (owner.is_active and owner.is_cdmo_staff):
        errors["owner"] = ["Choose an active CDMO staff member as the owner."]
    followup = FollowUp(
        sponsor=sponsor,
        interaction=interaction,
        description=description.strip(),
        owner=owner,
        due_on=due_on,
        created_by=actor,
    )
    _full_clean(followup, errors)
    followup.save()
    audit_record(
        actor=actor,
        action="clients.followup.created",
        target=followup,
        parent=interaction or sponsor,
        changes=created(snapshot(followup, FOLLOW_UP_FIELDS)),
    )
    return followup


@transaction.atomic
def followup_close(*, actor: User, followup: FollowUp, done_on: dt.date | None = None) -> FollowUp:
    """Mark a follow-up done. Its owner may always close it; others need the change right."""
    require(actor, "clients.view_followup")
    if not actor.is_cdmo_staff:
        raise PermissionDenied("Only CDMO staff keep sponsor records.")
    followup = (
        FollowUp.objects.select_for_update(of=("self",))
        .select_related("sponsor", "interaction")
        .get(pk=followup.pk)
    )
    if followup.owner_id != actor.pk and not actor.has_perm("clients.change_followup"):
        raise PermissionDenied("Only its owner or a relationship lead closes a follow-up.")
    if followup.is_done:
        raise ValidationError({"__all__": ["This follow-up is already done."]})
    done_on = done_on or clock.today()
    if done_on > clock.today():
        raise ValidationError({"done_on": ["A follow-up cannot be done on a future date."]})
    before = snapshot(followup, FOLLOW_UP_FIELDS)
    followup.is_done = True
    followup.done_on = done_on
    followup.closed_by = actor
    followup.full_clean()
    followup.save()
    audit_record(
        actor=actor,
        action="clients.followup.closed",
        target=followup,
        parent=followup.interaction or followup.sponsor,
        changes=diff(before, snapshot(followup, FOLLOW_UP_FIELDS)),
    )
    return followup
