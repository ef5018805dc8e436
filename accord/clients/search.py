"""What the CDMO knows about its sponsors, in the search (see ``accord.search.registry``):
key contacts, interactions and follow-ups. CDMO staff only, like every page of it."""

from django.urls import reverse

from accord.clients.models import FollowUp, Interaction, KeyContact
from accord.clients.selectors import (
    followups_visible_to,
    interactions_visible_to,
    key_contacts_visible_to,
)
from accord.search.registry import SearchField, SearchType, day, register

register(
    SearchType(
        key="contacts",
        label="Key contacts",
        model=KeyContact,
        visible_to=key_contacts_visible_to,
        fields=(
            SearchField("name", "A"),
            SearchField("title", "B"),
            SearchField("email", "C"),
            SearchField("phone", "D"),
        ),
        title_field="name",
        context=lambda contact: " · ".join(
            part
            for part in (
                contact.sponsor.name,
                contact.get_decision_role_display(),
                "" if contact.is_active else "retired",
            )
            if part
        ),
        url=lambda contact, user: reverse("clients:contacts", args=[contact.sponsor_id]),
        icon="bi-person-vcard",
        staff_only=True,
        order=60,
    )
)

register(
    SearchType(
        key="interactions",
        label="Interactions",
        model=Interaction,
        visible_to=interactions_visible_to,
        fields=(
            SearchField("subject", "A"),
            SearchField("summary", "B"),
            SearchField("rapport_notes", "C", internal=True),
        ),
        title_field="subject",
        context=lambda interaction: (
            f"{interaction.sponsor.name} · {interaction.get_kind_display()} · "
            f"{day(interaction.occurred_on)}"
        ),
        url=lambda interaction, user: reverse("clients:interaction_detail", args=[interaction.pk]),
        date_field="occurred_on",
        icon="bi-chat-left-text",
        staff_only=True,
        order=61,
    )
)

register(
    SearchType(
        key="follow_ups",
        label="Follow-ups",
        model=FollowUp,
        visible_to=followups_visible_to,
        fields=(SearchField("description", "A"),),
        title_field="description",
        context=lambda followup: (
            f"{followup.sponsor.name} · {followup.owner.printed_name} · "
            + (
                f"done {day(followup.done_on)}"
                if followup.is_done
                else f"due {day(followup.due_on)}"
            )
        ),
        url=lambda followup, user: reverse("clients:followups", args=[followup.sponsor_id]),
        date_field="due_on",
        icon="bi-alarm",
        staff_only=True,
        order=62,
    )
)
