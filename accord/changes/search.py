"""Change orders in the search (see ``accord.search.registry``): sponsors find the ones
sent to them."""

from django.urls import reverse

from accord.changes.models import ChangeOrder
from accord.changes.selectors import change_orders_visible_to
from accord.search.registry import SearchField, SearchType, register

register(
    SearchType(
        key="change_orders",
        label="Change orders",
        model=ChangeOrder,
        visible_to=change_orders_visible_to,
        fields=(
            SearchField("title", "A"),
            SearchField("sow_reference", "B"),
            SearchField("scope_change", "B"),
            SearchField("justification", "B"),
            SearchField("rejection_reason", "C"),
        ),
        title_field="title",
        reference=lambda order: order.reference,
        context=lambda order: f"{order.project.code} · {order.get_status_display()}",
        url=lambda order, user: reverse("changes:detail", args=[order.pk]),
        icon="bi-arrow-left-right",
        order=42,
    )
)
