"""Sponsor relationship pages: profile, contacts, interactions, follow-ups and timeline.

CDMO staff only; every view answers 403 to sponsor users before it looks anything up.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from accord.accounts.decorators import staff_required
from accord.accounts.models import Organization
from accord.accounts.selectors import sponsors_visible_to
from accord.clients import selectors, services
from accord.clients.forms import (
    ContactEditForm,
    ContactForm,
    FollowUpFilterForm,
    FollowUpForm,
    InteractionEditForm,
    InteractionFilterForm,
    InteractionForm,
    ProfileForm,
)
from accord.clients.health import relationship_health
from accord.clients.models import FollowUp, Interaction, KeyContact, SponsorProfile
from accord.core.errors import apply_to_form, field_errors
from accord.core.pagination import paginate
from accord.service.selectors import concerns_of_interaction


def _sponsor(request: HttpRequest, pk: int) -> Organization:
    return get_object_or_404(sponsors_visible_to(request.user), pk=pk)


def _context(request: HttpRequest, sponsor: Organization, tab: str, **extra) -> dict:
    return {"sponsor": sponsor, "tab": tab, "health": relationship_health(sponsor), **extra}


def _querystring(request: HttpRequest) -> str:
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


# --------------------------------------------------------------------------- profile


@staff_required("clients.view_sponsorprofile")
def profile(request: HttpRequest, pk: int) -> HttpResponse:
    sponsor = _sponsor(request, pk)
    found = selectors.sponsor_profiles_visible_to(request.user).filter(sponsor=sponsor).first()
    user = request.user
    return render(
        request,
        "clients/profile.html",
        _context(
            request,
            sponsor,
            "profile",
            profile=found,
            primary=selectors.key_contacts_visible_to(user)
            .filter(sponsor=sponsor, is_primary=True)
            .first(),
            can_edit=user.has_perm(
                "clients.change_sponsorprofile" if found else "clients.add_sponsorprofile"
            ),
        ),
    )


@staff_required("clients.view_sponsorprofile")
def profile_edit(request: HttpRequest, pk: int) -> HttpResponse:
    sponsor = _sponsor(request, pk)
    found = SponsorProfile.objects.filter(sponsor=sponsor).first()
    needed = "clients.change_sponsorprofile" if found else "clients.add_sponsorprofile"
    if not request.user.has_perm(needed):
        raise PermissionDenied("Your roles do not allow you to edit sponsor profiles.")
    current = found or SponsorProfile(sponsor=sponsor, version=0)
    initial = {name: getattr(current, name) for name in services.PROFILE_FIELDS}
    initial.update(sponsor_type=sponsor.sponsor_type, version=current.version)
    can_change_type = request.user.has_perm("accounts.change_organization")
    form = ProfileForm(request.POST or None, initial=initial, can_change_type=can_change_type)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        version = data.pop("version")
        try:
            services.sponsor_profile_save(
                actor=request.user,
                sponsor=sponsor,
                version=version,
                sponsor_type=data.pop("sponsor_type", None),
                **data,
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"The profile of {sponsor.short_name} was saved.")
            return redirect("clients:profile", pk=sponsor.pk)
    return render(
        request, "clients/profile_form.html", _context(request, sponsor, "profile", form=form)
    )


# --------------------------------------------------------------------------- contacts


@staff_required("clients.view_keycontact")
def contacts(request: HttpRequest, pk: int) -> HttpResponse:
    sponsor = _sponsor(request, pk)
    rows = selectors.key_contacts_visible_to(request.user).filter(sponsor=sponsor)
    return render(
        request,
        "clients/contacts.html",
        _context(
            request,
            sponsor,
            "contacts",
            active=rows.filter(is_active=True),
            retired=rows.filter(is_active=False),
            can_add=request.user.has_perm("clients.add_keycontact"),
            can_change=request.user.has_perm("clients.change_keycontact"),
        ),
    )


@staff_required("clients.add_keycontact")
def contact_create(request: HttpRequest, pk: int) -> HttpResponse:
    sponsor = _sponsor(request, pk)
    form = ContactForm(request.POST or None, sponsor=sponsor)
    if request.method == "POST" and form.is_valid():
        try:
            contact = services.key_contact_add(
                actor=request.user, sponsor=sponsor, **form.cleaned_data
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"{contact.name} was added to the key contacts.")
            return redirect("clients:contacts", pk=sponsor.pk)
    return render(
        request, "clients/contact_form.html", _context(request, sponsor, "contacts", form=form)
    )


@staff_required("clients.change_keycontact")
def contact_edit(request: HttpRequest, pk: int) -> HttpResponse:
    contact: KeyContact = get_object_or_404(selectors.key_contacts_visible_to(request.user), pk=pk)
    sponsor = contact.sponsor
    initial = {name: getattr(contact, name) for name in services.CONTACT_FIELDS}
    initial["version"] = contact.version
    form = ContactEditForm(request.POST or None, sponsor=sponsor, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.key_contact_update(actor=request.user, contact=contact, **form.cleaned_data)
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"{contact.name} was updated.")
            return redirect("clients:contacts", pk=sponsor.pk)
    return render(
        request,
        "clients/contact_form.html",
        _context(request, sponsor, "contacts", form=form, contact=contact),
    )


# --------------------------------------------------------------------------- interactions


@staff_required("clients.view_interaction")
def interactions(request: HttpRequest, pk: int) -> HttpResponse:
    sponsor = _sponsor(request, pk)
    form = InteractionFilterForm(request.GET or None)
    rows = selectors.interactions_filter(
        selectors.interactions_visible_to(request.user).filter(sponsor=sponsor),
        **form.filters(),
    )
    return render(
        request,
        "clients/interactions.html",
        _context(
            request,
            sponsor,
            "interactions",
            form=form,
            page=paginate(request, rows.prefetch_related("contacts", "attendees")),
            querystring=_querystring(request),
            can_add=request.user.has_perm("clients.add_interaction"),
        ),
    )


@staff_required("clients.add_interaction")
def interaction_create(request: HttpRequest, pk: int) -> HttpResponse:
    sponsor = _sponsor(request, pk)
    form = InteractionForm(
        request.POST or None,
        sponsor=sponsor,
        contacts=KeyContact.objects.filter(sponsor=sponsor, is_active=True),
        initial={"occurred_on": timezone.localdate(), "attendees": [request.user.pk]},
    )
    if request.method == "POST" and form.is_valid():
        try:
            interaction = services.interaction_log(
                actor=request.user, sponsor=sponsor, **form.cleaned_data
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, "The interaction was logged.")
            return redirect("clients:interaction_detail", pk=interaction.pk)
    return render(
        request,
        "clients/interaction_form.html",
        _context(request, sponsor, "interactions", form=form),
    )


def _interaction(request: HttpRequest, pk: int) -> Interaction:
    return get_object_or_404(selectors.interactions_visible_to(request.user), pk=pk)


@staff_required("clients.view_interaction")
def interaction_detail(request: HttpRequest, pk: int) -> HttpResponse:
    interaction = _interaction(request, pk)
    sponsor = interaction.sponsor
    user = request.user
    followup_form = None
    if user.has_perm("clients.add_followup"):
        followup_form = FollowUpForm(
            sponsor=sponsor,
            interactions=Interaction.objects.filter(pk=interaction.pk),
            initial={"interaction": interaction.pk, "owner": user.pk},
        )
    return render(
        request,
        "clients/interaction_detail.html",
        _context(
            request,
            sponsor,
            "interactions",
            interaction=interaction,
            contacts=interaction.contacts.all(),
            attendees=interaction.attendees.all(),
            followups=selectors.followups_visible_to(user).filter(interaction=interaction),
            followup_form=followup_form,
            can_change=user.has_perm("clients.change_interaction"),
            today=timezone.localdate(),
            concerns=concerns_of_interaction(user, interaction),
            can_raise_concern=user.has_perm("service.add_concern"),
        ),
    )


@staff_required("clients.change_interaction")
def interaction_edit(request: HttpRequest, pk: int) -> HttpResponse:
    interaction = _interaction(request, pk)
    sponsor = interaction.sponsor
    initial = {name: getattr(interaction, name) for name in services.INTERACTION_FIELDS}
    current_contacts = list(interaction.contacts.values_list("pk", flat=True))
    initial.update(
        contacts=current_contacts,
        attendees=list(interaction.attendees.values_list("pk", flat=True)),
        version=interaction.version,
    )
    form = InteractionEditForm(
        request.POST or None,
        sponsor=sponsor,
        # Retired contacts stay on the interactions they took part in.
        contacts=KeyContact.objects.filter(sponsor=sponsor, is_active=True)
        | KeyContact.objects.filter(pk__in=current_contacts),
        initial=initial,
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.interaction_update(
                actor=request.user, interaction=interaction, **form.cleaned_data
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, "The interaction was updated.")
            return redirect("clients:interaction_detail", pk=interaction.pk)
    return render(
        request,
        "clients/interaction_form.html",
        _context(request, sponsor, "interactions", form=form, interaction=interaction),
    )


# --------------------------------------------------------------------------- follow-ups


@staff_required("clients.view_followup")
def followups(request: HttpRequest, pk: int) -> HttpResponse:
    sponsor = _sponsor(request, pk)
    today = timezone.localdate()
    form = FollowUpFilterForm(request.GET or None)
    status = form.chosen_status()
    rows = selectors.followups_filter(
        selectors.followups_visible_to(request.user).filter(sponsor=sponsor),
        status=status,
        today=today,
    )
    return render(
        request,
        "clients/followups.html",
        _context(
            request,
            sponsor,
            "followups",
            form=form,
            status=status,
            page=paginate(request, rows),
            querystring=_querystring(request),
            today=today,
            can_add=request.user.has_perm("clients.add_followup"),
            can_close_any=request.user.has_perm("clients.change_followup"),
        ),
    )


@staff_required("clients.add_followup")
def followup_create(request: HttpRequest, pk: int) -> HttpResponse:
    sponsor = _sponsor(request, pk)
    candidates = selectors.interactions_visible_to(request.user).filter(sponsor=sponsor)
    initial = {"owner": request.user.pk}
    if request.GET.get("interaction", "").isdigit():
        initial["interaction"] = int(request.GET["interaction"])
    form = FollowUpForm(
        request.POST or None, sponsor=sponsor, interactions=candidates, initial=initial
    )
    if request.method == "POST" and form.is_valid():
        try:
            followup = services.followup_add(
                actor=request.user, sponsor=sponsor, **form.cleaned_data
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"Follow-up for {followup.owner.printed_name} was added.")
            if followup.interaction_id:
                return redirect("clients:interaction_detail", pk=followup.interaction_id)
            return redirect("clients:followups", pk=sponsor.pk)
    return render(
        request,
        "clients/followup_form.html",
        _context(request, sponsor, "followups", form=form),
    )


@staff_required("clients.view_followup")
@require_POST
def followup_close(request: HttpRequest, pk: int) -> HttpResponse:
    followup: FollowUp = get_object_or_404(selectors.followups_visible_to(request.user), pk=pk)
    try:
        services.followup_close(actor=request.user, followup=followup)
    except ValidationError as exc:
        messages.error(request, " ".join(m for ms in field_errors(exc).values() for m in ms))
    else:
        messages.success(request, f"Follow-up done: {followup.description}")
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(target)
    return redirect("clients:followups", pk=followup.sponsor_id)


# --------------------------------------------------------------------------- timeline


@staff_required("clients.view_interaction")
def timeline(request: HttpRequest, pk: int) -> HttpResponse:
    sponsor = _sponsor(request, pk)
    today = timezone.localdate()
    entries = selectors.sponsor_timeline(request.user, sponsor, today=today)
    page = Paginator(entries, 50).get_page(request.GET.get("page"))
    return render(
        request,
        "clients/timeline.html",
        _context(request, sponsor, "timeline", page=page, today=today),
    )
