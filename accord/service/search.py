"""Concerns and service levels in the search (see ``accord.search.registry``): sponsors
find their own concerns (never by an internal note: notes are entries, not searched);
SLA policies are found by CDMO staff only, from their page."""

from urllib.parse import urlencode

from django.urls import reverse

from accord.search.registry import SearchField, SearchType, day, register
from accord.service.models import Concern, SlaPolicy
from accord.service.selectors import concerns_visible_to, sla_policies_visible_to

register(
    SearchType(
        key="concerns",
        label="Concerns",
        model=Concern,
        visible_to=concerns_visible_to,
        fields=(
            SearchField("number", "A"),
            SearchField("title", "A"),
            SearchField("description", "B"),
            SearchField("resolution", "B"),
        ),
        title_field="title",
        reference=lambda concern: concern.number,
        context=lambda concern: " · ".join(
            part
            for part in (
                concern.sponsor.name,
                concern.project.code if concern.project else "",
                concern.get_state_display(),
                f"raised {day(concern.raised_at)}",
            )
            if part
        ),
        url=lambda concern, user: reverse("service:concern", args=[concern.pk]),
        date_field="raised_at",
        icon="bi-megaphone",
        order=45,
    )
)

register(
    SearchType(
        key="sla_policies",
        label="Service levels",
        model=SlaPolicy,
        visible_to=sla_policies_visible_to,
        fields=(SearchField("name", "A"),),
        title_field="name",
        context=lambda policy: policy.sponsor.name if policy.sponsor else "Every other sponsor",
        url=lambda policy, user: f"{reverse('service:levels')}?{urlencode({'q': policy.name})}",
        icon="bi-stopwatch",
        staff_only=True,
        order=65,
    )
)
