"""Equipment in the search (see ``accord.search.registry``): the CDMO's staff find a
piece of equipment by its number, name, serial number or manufacturer; sponsor users
never (equipment is the CDMO's own)."""

from django.urls import reverse

from accord.equipment.models import Equipment
from accord.equipment.selectors import equipment_visible_to
from accord.search.registry import SearchField, SearchType, register

register(
    SearchType(
        key="equipment",
        label="Equipment",
        model=Equipment,
        visible_to=equipment_visible_to,
        fields=(
            SearchField("code", "A"),
            SearchField("name", "A"),
            SearchField("serial_number", "B"),
            SearchField("manufacturer", "C"),
            SearchField("location", "C"),
        ),
        title_field="name",
        reference=lambda equipment: equipment.code,
        context=lambda equipment: (
            f"{equipment.get_kind_display()} · {equipment.get_status_display()} · "
            f"{equipment.site.name}"
        ),
        url=lambda equipment, user: reverse("equipment:detail", args=[equipment.pk]),
        date_field="created_at",
        icon="bi-cpu",
        staff_only=True,
        order=74,
    )
)
