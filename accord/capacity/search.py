"""Resources in the search (see ``accord.search.registry``): the CDMO's staff find a
resource by its code or name; sponsor users never (every resource carries every
sponsor's load)."""

from django.urls import reverse

from accord.capacity.models import Resource
from accord.capacity.selectors import resources_visible_to
from accord.search.registry import SearchField, SearchType, register

register(
    SearchType(
        key="resources",
        label="Resources",
        model=Resource,
        visible_to=resources_visible_to,
        fields=(
            SearchField("code", "A"),
            SearchField("name", "A"),
            SearchField("description", "C"),
        ),
        title_field="name",
        reference=lambda resource: resource.code,
        context=lambda resource: (
            f"{resource.get_kind_display()} · {resource.capacity} {resource.unit} · "
            f"{resource.site.name}" + ("" if resource.active else " · retired")
        ),
        url=lambda resource, user: reverse("capacity:resource_detail", args=[resource.pk]),
        date_field="created_at",
        icon="bi-boxes",
        staff_only=True,
        order=75,
    )
)
