"""Quality agreements in the search (see ``accord.search.registry``): a sponsor's people
find their company's approved revisions; drafts are the CDMO's."""

from django.urls import reverse

from accord.quality.models import QualityAgreement
from accord.quality.selectors import quality_agreements_visible_to
from accord.search.registry import SearchField, SearchType, day, register

register(
    SearchType(
        key="quality_agreements",
        label="Quality agreements",
        model=QualityAgreement,
        visible_to=quality_agreements_visible_to,
        fields=(SearchField("title", "A"),),
        title_field="title",
        reference=lambda agreement: agreement.reference,
        context=lambda agreement: (
            f"{agreement.sponsor.name} · {agreement.get_status_display()} · effective from "
            f"{day(agreement.effective_from)}"
        ),
        url=lambda agreement, user: reverse("quality:agreement", args=[agreement.pk]),
        date_field="drafted_at",
        icon="bi-file-earmark-check",
        order=70,
    )
)
