"""Quality records in the search (see ``accord.search.registry``): a sponsor's people
find their company's approved quality agreements (drafts are the CDMO's), the deviations
their company was told of and the CAPA of those deviations, by number or title, and the
change controls that affect it once their plan is approved; and their batches, by number
or product."""

from django.urls import reverse

from accord.quality.models import Batch, Capa, ChangeControl, Deviation, QualityAgreement
from accord.quality.selectors import (
    batches_visible_to,
    capas_visible_to,
    change_controls_visible_to,
    deviations_visible_to,
    quality_agreements_visible_to,
)
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

register(
    SearchType(
        key="change_controls",
        label="Change controls",
        model=ChangeControl,
        visible_to=change_controls_visible_to,
        fields=(SearchField("title", "A"),),
        title_field="title",
        reference=lambda change: change.number,
        # Names no sponsor: a change may touch several.
        context=lambda change: (
            f"{change.get_change_type_display()} change · {change.get_state_display()} · "
            f"raised {day(change.raised_at)}"
        ),
        url=lambda change, user: reverse("quality:change", args=[change.pk]),
        date_field="raised_at",
        icon="bi-arrow-left-right",
        order=72,
    )
)

register(
    SearchType(
        key="deviations",
        label="Deviations",
        model=Deviation,
        visible_to=deviations_visible_to,
        fields=(SearchField("number", "A"), SearchField("title", "A")),
        title_field="title",
        reference=lambda deviation: deviation.number,
        context=lambda deviation: (
            f"{deviation.get_classification_display()} · {deviation.get_state_display()} · "
            f"discovered {day(deviation.discovered_at)}"
            + (f" · {deviation.sponsor.name}" if deviation.sponsor_id else "")
        ),
        url=lambda deviation, user: reverse("quality:deviation", args=[deviation.pk]),
        date_field="discovered_at",
        icon="bi-exclamation-diamond",
        order=71,
    )
)

register(
    SearchType(
        key="capa",
        label="CAPA",
        model=Capa,
        visible_to=capas_visible_to,
        fields=(SearchField("number", "A"), SearchField("title", "A"), SearchField("problem")),
        title_field="title",
        reference=lambda capa: capa.number,
        context=lambda capa: " · ".join(
            part
            for part in (
                capa.sponsor.name if capa.sponsor else "",
                capa.deviation.number if capa.deviation else "",
                capa.get_state_display(),
                f"due {day(capa.due_date)}",
            )
            if part
        ),
        url=lambda capa, user: reverse("quality:capa", args=[capa.pk]),
        date_field="created_at",
        icon="bi-tools",
        order=72,
    )
)

register(
    SearchType(
        key="batches",
        label="Batches",
        model=Batch,
        visible_to=batches_visible_to,
        fields=(SearchField("number", "A"), SearchField("product", "B")),
        title_field="product",
        reference=lambda batch: batch.number,
        context=lambda batch: (
            f"{batch.project.code} · {batch.get_status_display()} · "
            f"made {day(batch.manufactured_on)}"
        ),
        url=lambda batch, user: reverse("quality:batch", args=[batch.pk]),
        date_field="manufactured_on",
        icon="bi-box-seam",
        order=73,
    )
)
