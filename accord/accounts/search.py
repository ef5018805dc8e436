"""Sponsors in the search (see ``accord.search.registry``): a sponsor user finds their own."""

from django.urls import reverse

from accord.accounts.models import Organization
from accord.accounts.selectors import sponsors_visible_to
from accord.search.registry import SearchField, SearchType, register

register(
    SearchType(
        key="sponsors",
        label="Sponsors",
        model=Organization,
        visible_to=sponsors_visible_to,
        fields=(
            SearchField("name", "A"),
            SearchField("short_name", "A"),
            SearchField("country", "C"),
        ),
        title_field="name",
        reference=lambda sponsor: sponsor.short_name,
        context=lambda sponsor: " · ".join(
            part for part in (sponsor.get_sponsor_type_display(), sponsor.country) if part
        ),
        url=lambda sponsor, user: reverse("sponsors:detail", args=[sponsor.pk]),
        date_field="created_at",
        icon="bi-buildings",
        order=20,
    )
)
