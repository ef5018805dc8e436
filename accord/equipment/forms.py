"""The shape of equipment and of its records as a person writes them."""

from __future__ import annotations

from django import forms

from accord.accounts.models import Site, User
from accord.core.concurrency import VersionField
from accord.core.forms import DateInput, StyledForm
from accord.equipment.models import (
    Equipment,
    EquipmentKind,
    EquipmentStatus,
    MaintenanceKind,
    Result,
    Stage,
    Tolerance,
)
from accord.equipment.services import DeviationRequest, EquipmentDetails
from accord.quality.models import DeviationClass


def staff_people():
    return User.objects.filter(is_active=True, organization__kind="cdmo").order_by(
        "last_name", "first_name"
    )


class PersonChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: User) -> str:
        return obj.printed_name


class EquipmentForm(StyledForm):
    code = forms.CharField(
        label="Equipment number", max_length=32, help_text="As on its label, e.g. VSP-R-101."
    )
    name = forms.CharField(max_length=200)
    kind = forms.ChoiceField(choices=EquipmentKind.choices)
    site = forms.ModelChoiceField(queryset=Site.objects.order_by("name"))
    location = forms.CharField(max_length=200, required=False, help_text="Building, room or suite.")
    manufacturer = forms.CharField(max_length=200, required=False)
    model = forms.CharField(max_length=200, required=False)
    serial_number = forms.CharField(label="Serial number", max_length=100, required=False)
    gmp = forms.BooleanField(
        label="GMP equipment",
        required=False,
        help_text="Used for GMP manufacturing or testing: it must be qualified.",
    )
    owner = PersonChoiceField(
        queryset=User.objects.none(),
        required=False,
        help_text="Told when its calibration or maintenance falls due.",
    )
    calibration_interval_days = forms.IntegerField(
        label="Calibration interval (days)",
        required=False,
        min_value=1,
        max_value=3650,
        help_text="Balances and chromatography systems: yes; suites: usually none.",
    )
    maintenance_interval_days = forms.IntegerField(
        label="Preventive maintenance interval (days)", required=False, min_value=1, max_value=3650
    )
    next_calibration_due = forms.DateField(
        label="Next calibration due",
        required=False,
        widget=DateInput,
        help_text="Only when registering equipment calibrated before; later, calibrations set it.",
    )
    next_maintenance_due = forms.DateField(
        label="Next maintenance due", required=False, widget=DateInput
    )
    version = VersionField(required=False)

    def __init__(self, *args, equipment: Equipment | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = staff_people()
        if equipment is not None:
            del self.fields["next_calibration_due"]
            del self.fields["next_maintenance_due"]
            self.fields["version"].required = True

    @staticmethod
    def initial_from(equipment: Equipment) -> dict:
        return {
            **{name: getattr(equipment, name) for name in EquipmentDetails.__dataclass_fields__},
            "site": equipment.site_id,
            "owner": equipment.owner_id,
            "version": equipment.version,
        }

    def details(self) -> EquipmentDetails:
        data = self.cleaned_data
        return EquipmentDetails(
            **{name: data.get(name) for name in EquipmentDetails.__dataclass_fields__}
        )


class StatusForm(StyledForm):
    status = forms.ChoiceField(choices=EquipmentStatus.choices, widget=forms.RadioSelect)
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}), help_text="Why the status changes."
    )
    version = VersionField()


class QualificationForm(StyledForm):
    stage = forms.ChoiceField(choices=Stage.choices)
    protocol = forms.CharField(label="Protocol reference", max_length=100)
    executed_on = forms.DateField(label="Executed on", widget=DateInput)
    result = forms.ChoiceField(choices=Result.choices, widget=forms.RadioSelect)
    summary = forms.CharField(widget=forms.Textarea(attrs={"rows": 4}))


class CalibrationForm(StyledForm):
    performed_on = forms.DateField(label="Performed on", widget=DateInput)
    performed_by = PersonChoiceField(label="Performed by", queryset=User.objects.none())
    result = forms.ChoiceField(choices=Tolerance.choices, widget=forms.RadioSelect)
    as_found = forms.CharField(
        label="As found", required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    as_left = forms.CharField(
        label="As left", required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    certificate = forms.CharField(label="Certificate reference", max_length=100, required=False)
    raise_deviation = forms.BooleanField(
        label="Raise a deviation for this out-of-tolerance result",
        required=False,
    )
    deviation_classification = forms.ChoiceField(
        label="Class of the deviation",
        choices=DeviationClass.choices,
        initial=DeviationClass.MINOR,
        required=False,
    )
    deviation_rationale = forms.CharField(
        label="Why the deviation is of this class",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Left empty: the impact on what was made with it is not known yet.",
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["performed_by"].queryset = staff_people()

    def deviation(self) -> DeviationRequest | None:
        data = self.cleaned_data
        if not data.get("raise_deviation"):
            return None
        return DeviationRequest(
            classification=data.get("deviation_classification") or DeviationClass.MINOR,
            rationale=data.get("deviation_rationale", ""),
        )


class MaintenanceForm(StyledForm):
    performed_on = forms.DateField(label="Performed on", widget=DateInput)
    kind = forms.ChoiceField(choices=MaintenanceKind.choices, widget=forms.RadioSelect)
    description = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}))
    performed_by = PersonChoiceField(label="Performed by", queryset=User.objects.none())
    next_due = forms.DateField(
        label="Next maintenance due",
        required=False,
        widget=DateInput,
        help_text="Left empty: this date + the preventive maintenance interval.",
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["performed_by"].queryset = staff_people()
