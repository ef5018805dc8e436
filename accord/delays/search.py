"""Delays in the search (see ``accord.search.registry``): sponsors find the ones they were
told about, never by the internal notes."""

from django.urls import reverse

from accord.delays.models import Delay
from accord.delays.selectors import delays_visible_to
from accord.search.registry import SearchField, SearchType, day, register

register(
    SearchType(
        key="delays",
        label="Delays",
        model=Delay,
        visible_to=delays_visible_to,
        fields=(
            SearchField("title", "A"),
            SearchField("description", "B"),
            SearchField("root_cause", "B"),
            SearchField("internal_notes", "C", internal=True),
        ),
        title_field="title",
        reference=lambda delay: delay.reference,
        context=lambda delay: (
            f"{delay.project.code} · {delay.get_cause_display()} · "
            f"occurred {day(delay.occurred_on)}"
        ),
        url=lambda delay, user: reverse("delays:detail", args=[delay.pk]),
        icon="bi-hourglass-split",
        order=41,
    )
)
