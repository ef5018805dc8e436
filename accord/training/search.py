"""Training in the search (see ``accord.search.registry``): CDMO staff find training
requirements and controlled documents by code, number or title. Staff only: a sponsor's
people find nothing of training."""

from django.urls import reverse

from accord.search.registry import SearchField, SearchType, register
from accord.training.models import ControlledDocument, Requirement
from accord.training.selectors import staff_only

register(
    SearchType(
        key="training_requirements",
        label="Training requirements",
        model=Requirement,
        visible_to=staff_only(Requirement),
        fields=(SearchField("code", "A"), SearchField("title", "A"), SearchField("description")),
        title_field="title",
        reference=lambda requirement: requirement.code,
        context=lambda requirement: (
            f"{requirement.get_kind_display()} · {requirement.what}"
            + ("" if requirement.is_active else " · withdrawn")
        ),
        url=lambda requirement, user: reverse("training:requirement", args=[requirement.pk]),
        date_field="id",
        icon="bi-mortarboard",
        staff_only=True,
        order=80,
    )
)

register(
    SearchType(
        key="controlled_documents",
        label="Controlled documents",
        model=ControlledDocument,
        visible_to=staff_only(ControlledDocument),
        fields=(SearchField("number", "A"), SearchField("title", "A")),
        title_field="title",
        reference=lambda document: document.number,
        context=lambda document: (
            (document.get_department_display() if document.department else "Every department")
            + (f" · {document.site.code}" if document.site_id else " · every site")
        ),
        url=lambda document, user: reverse("training:document", args=[document.pk]),
        date_field="id",
        icon="bi-file-earmark-ruled",
        staff_only=True,
        order=81,
    )
)
