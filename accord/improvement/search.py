"""Improvement in the search (see ``accord.search.registry``): initiatives (a sponsor's
people find the sponsor-facing ones of their company only) and the technology register
(CDMO staff only)."""

from django.urls import reverse

from accord.improvement.models import Capability, Initiative
from accord.improvement.selectors import capabilities_visible_to, initiatives_visible_to
from accord.search.registry import SearchField, SearchType, day, register


def _initiative_url(initiative: Initiative, user) -> str:
    if user.is_sponsor_user:
        return reverse("improvement:portal_detail", args=[initiative.pk])
    return reverse("improvement:detail", args=[initiative.pk])


register(
    SearchType(
        key="improvement_initiatives",
        label="Improvement initiatives",
        model=Initiative,
        visible_to=initiatives_visible_to,
        fields=(
            SearchField("code", "A"),
            SearchField("title", "A"),
            SearchField("problem_statement", "B"),
            SearchField("before", "C"),
            SearchField("after", "C"),
        ),
        title_field="title",
        reference=lambda initiative: initiative.code,
        context=lambda initiative: (
            f"{initiative.get_method_display()} · {initiative.stage_label} · "
            f"started {day(initiative.started_on)}"
        ),
        url=_initiative_url,
        icon="bi-graph-up-arrow",
        order=76,
    )
)

register(
    SearchType(
        key="capabilities",
        label="Technology capabilities",
        model=Capability,
        visible_to=capabilities_visible_to,
        fields=(SearchField("name", "A"), SearchField("description", "B")),
        title_field="name",
        context=lambda capability: capability.get_category_display(),
        url=lambda capability, user: reverse("improvement:capability_detail", args=[capability.pk]),
        date_field="created_at",
        icon="bi-lightning-charge",
        staff_only=True,
        order=77,
    )
)
