"""Frozen scorecards in the search (see ``accord.search.registry``): staff find any by
its scope, template or standing; a sponsor's people find their own signed sponsor
scorecards, which open in their portal."""

from django.urls import reverse

from accord.scorecards.models import Scorecard
from accord.scorecards.selectors import scorecards_visible_to
from accord.search.registry import SearchField, SearchType, register


def _url(scorecard: Scorecard, user) -> str:
    if user.is_sponsor_user:
        return reverse("scorecards:portal_detail", args=[scorecard.pk])
    return reverse("scorecards:detail", args=[scorecard.pk])


register(
    SearchType(
        key="scorecards",
        label="Scorecards",
        model=Scorecard,
        visible_to=scorecards_visible_to,
        fields=(
            SearchField("scope_label", "A"),
            SearchField("template_name", "B"),
            SearchField("standing", "C"),
        ),
        title=lambda s: f"{s.scope_label} · {s.period.label}",
        context=lambda s: (
            f"{s.template_name} · "
            + (f"{s.score:g} ({s.standing})" if s.score is not None else "not measured")
        ),
        url=_url,
        date_field="frozen_at",
        icon="bi-clipboard-data",
        order=90,
    )
)
