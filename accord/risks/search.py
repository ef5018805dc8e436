"""Risks in the search (see ``accord.search.registry``): sponsors find shared ones only."""

from django.urls import reverse

from accord.risks.models import Risk
from accord.risks.selectors import risks_visible_to
from accord.search.registry import SearchField, SearchType, register

register(
    SearchType(
        key="risks",
        label="Risks",
        model=Risk,
        visible_to=risks_visible_to,
        fields=(
            SearchField("title", "A"),
            SearchField("cause", "B"),
            SearchField("effect", "B"),
            SearchField("mitigation_plan", "C"),
            SearchField("contingency_plan", "C"),
            SearchField("contingency_trigger", "C"),
        ),
        title_field="title",
        reference=lambda risk: risk.number,
        context=lambda risk: (
            f"{risk.project.code} · {risk.get_category_display()} · {risk.get_status_display()}"
        ),
        url=lambda risk, user: reverse("risks:detail", args=[risk.pk]),
        icon="bi-exclamation-triangle",
        order=40,
    )
)
