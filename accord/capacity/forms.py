"""The shape of resources, their availability and the demands of tasks as a person
writes them."""

from __future__ import annotations

from django import forms

from accord.accounts.models import Site
from accord.capacity.models import (
    Availability,
    Resource,
    ResourceCalendar,
    ResourceKind,
    ResourceRole,
)
from accord.capacity.services import (
    MAX_UNITS,
    ResourceDetails,
    change_token,
    demandable_resources,
)
from accord.core.concurrency import StateTokenField, VersionField
from accord.core.forms import DateInput, StyledForm
from accord.equipment.models import Equipment
from accord.planning.models import Task


class EquipmentChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Equipment) -> str:
        return f"{obj.code} {obj.name} · {obj.site.name}"


class ResourceForm(StyledForm):
    code = forms.CharField(
        max_length=32,
        required=False,
        help_text="A short code, e.g. VSP-SUITE-2. Empty: the linked equipment's number.",
    )
    name = forms.CharField(
        max_length=200, required=False, help_text="Empty: the linked equipment's name."
    )
    kind = forms.ChoiceField(choices=ResourceKind.choices, widget=forms.RadioSelect)
    site = forms.ModelChoiceField(queryset=Site.objects.order_by("name"))
    equipment = EquipmentChoiceField(
        label="Linked equipment",
        queryset=Equipment.objects.none(),
        required=False,
        help_text="For equipment and rooms: the register entry at the same site it stands for.",
    )
    capacity = forms.IntegerField(
        label="Capacity (units on a working day)",
        min_value=1,
        max_value=MAX_UNITS,
        initial=1,
        help_text="1 for a suite or a reactor train; the head count of a pool of people.",
    )
    unit = forms.CharField(
        label="What one unit is",
        max_length=40,
        initial="units",
        help_text="suite, analysts, columns …",
    )
    role = forms.ChoiceField(
        label="Role in plan templates",
        choices=ResourceRole.choices,
        initial=ResourceRole.OTHER,
        help_text="A plan made from a template takes the site's resource of each role it needs.",
    )
    calendar = forms.ChoiceField(
        label="Works on", choices=ResourceCalendar.choices, widget=forms.RadioSelect
    )
    description = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 3}))
    version = VersionField(required=False)

    def __init__(self, *args, resource: Resource | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["equipment"].queryset = Equipment.objects.select_related("site").order_by(
            "site__name", "code"
        )
        if resource is not None:
            self.fields["version"].required = True

    @staticmethod
    def initial_from(resource: Resource) -> dict:
        return {
            **{name: getattr(resource, name) for name in ResourceDetails.__dataclass_fields__},
            "site": resource.site_id,
            "equipment": resource.equipment_id,
            "version": resource.version,
        }

    def details(self) -> ResourceDetails:
        data = self.cleaned_data
        return ResourceDetails(
            **{name: data.get(name) for name in ResourceDetails.__dataclass_fields__}
        )


class ReasonForm(StyledForm):
    reason = forms.CharField(max_length=300, widget=forms.Textarea(attrs={"rows": 2}))
    version = VersionField()


class AvailabilityForm(StyledForm):
    starts_on = forms.DateField(label="From", widget=DateInput)
    ends_on = forms.DateField(
        label="Until", required=False, widget=DateInput, help_text="Empty: from then on."
    )
    units = forms.IntegerField(
        label="Units available",
        min_value=0,
        max_value=MAX_UNITS,
        help_text="In the period, on each working day: 0 when it is down.",
    )
    reason = forms.CharField(
        max_length=300, help_text="Requalification, shutdown, two analysts hired …"
    )
    token = StateTokenField(required=False)

    def __init__(self, *args, change: Availability | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if change is None:
            del self.fields["token"]
        else:
            self.fields["token"].required = True

    @staticmethod
    def initial_from(change: Availability) -> dict:
        return {
            "starts_on": change.starts_on,
            "ends_on": change.ends_on,
            "units": change.units,
            "reason": change.reason,
            "token": change_token(change),
        }


class RemoveChangeForm(StyledForm):
    reason = forms.CharField(
        label="Why remove it", max_length=300, help_text="Recorded in error, plan cancelled …"
    )


class DemandForm(StyledForm):
    resource = forms.ModelChoiceField(
        queryset=Resource.objects.none(), label="Resource", empty_label="Choose a resource"
    )
    units = forms.IntegerField(
        label="Units",
        min_value=1,
        max_value=MAX_UNITS,
        initial=1,
        help_text="Held on each working day of the task; a resource already listed changes.",
    )

    def __init__(self, *args, task: Task, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["resource"].queryset = demandable_resources(task)
        self.fields["resource"].label_from_instance = lambda item: (
            f"{item.code} {item.name} · {item.capacity} {item.unit}"
        )
