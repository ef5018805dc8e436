"""Kudos in the search (see ``accord.search.registry``): found by the words of their
message, as visible as on their pages (a sponsor finds the thanks its people gave; kudos
between colleagues are the CDMO's own)."""

from django.urls import reverse

from accord.recognition.models import Kudos
from accord.recognition.selectors import kudos_visible_to
from accord.search.registry import SearchField, SearchType, day, register

register(
    SearchType(
        key="kudos",
        label="Kudos",
        model=Kudos,
        visible_to=kudos_visible_to,
        fields=(SearchField("message", "B"),),
        title=lambda kudos: f"Kudos to {kudos.recipient.printed_name}",
        context=lambda kudos: " · ".join(
            part
            for part in (
                f"from {kudos.giver.printed_name}",
                kudos.sponsor.name if kudos.sponsor else "a colleague",
                kudos.get_category_display(),
                day(kudos.given_at),
            )
            if part
        ),
        url=lambda kudos, user: reverse("recognition:kudos", args=[kudos.pk]),
        date_field="given_at",
        icon="bi-heart",
        order=70,
    )
)
