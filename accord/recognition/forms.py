"""The shape of input for recognition: giving kudos, and the wall's filters."""

from __future__ import annotations

from django import forms

from accord.accounts.models import Organization, Site, User
from accord.core.forms import DateInput, StyledForm
from accord.recognition.models import MESSAGE_MAX, KudosCategory

CATEGORY_CHOICES = [("", "No particular category"), *KudosCategory.choices]


class PersonChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: User) -> str:
        where = " · ".join(
            part for part in (obj.job_title, obj.site.name if obj.site else "") if part
        )
        return f"{obj.printed_name} ({where})" if where else obj.printed_name


class KudosForm(StyledForm):
    recipient = PersonChoiceField(
        queryset=User.objects.none(),
        label="Whom you thank",
        error_messages={
            "required": "Choose the person you thank.",
            "invalid_choice": "Choose one of the people listed: those you may thank.",
        },
    )
    category = forms.ChoiceField(choices=CATEGORY_CHOICES, required=False, label="For")
    message = forms.CharField(
        label="Your message",
        max_length=MESSAGE_MAX,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=f"What they did and what it meant; up to {MESSAGE_MAX} characters. "
        "They and their manager read it.",
    )

    def __init__(self, *args, people, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["recipient"].queryset = people


class WallFilterForm(forms.Form):
    q = forms.CharField(required=False, max_length=100, label="Words")
    recipient = PersonChoiceField(
        queryset=User.objects.none(), required=False, label="Person", empty_label="Everyone"
    )
    team = PersonChoiceField(
        queryset=User.objects.none(),
        required=False,
        label="Team of",
        empty_label="Every team",
        help_text="The people who report to this manager.",
    )
    site = forms.ModelChoiceField(
        queryset=Site.objects.order_by("code"), required=False, empty_label="Every site"
    )
    sponsor = forms.ModelChoiceField(
        queryset=Organization.objects.filter(kind=Organization.Kind.SPONSOR).order_by("name"),
        required=False,
        empty_label="Sponsors and colleagues",
        label="From",
    )
    colleagues = forms.BooleanField(required=False, label="Between colleagues only")
    category = forms.ChoiceField(
        choices=[("", "Any category"), *KudosCategory.choices], required=False
    )
    since = forms.DateField(required=False, widget=DateInput(), label="From day")
    until = forms.DateField(required=False, widget=DateInput(), label="To day")

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        staff = User.objects.filter(organization__kind=Organization.Kind.CDMO).select_related(
            "site"
        )
        self.fields["recipient"].queryset = staff.order_by("last_name", "first_name")
        self.fields["team"].queryset = (
            staff.filter(reports__isnull=False).distinct().order_by("last_name", "first_name")
        )
        for name, field in self.fields.items():
            if name == "colleagues":
                field.widget.attrs["class"] = "form-check-input"
            elif isinstance(field, forms.ChoiceField):
                field.widget.attrs["class"] = "form-select form-select-sm"
            else:
                field.widget.attrs["class"] = "form-control form-control-sm"

    def clean(self):
        data = super().clean()
        if data.get("since") and data.get("until") and data["until"] < data["since"]:
            self.add_error("until", "The last day is before the first day.")
        return data

    def filters(self) -> dict:
        data = self.cleaned_data
        return {
            "query": data["q"].strip(),
            "recipient_id": data["recipient"].pk if data["recipient"] else None,
            "manager_id": data["team"].pk if data["team"] else None,
            "site_id": data["site"].pk if data["site"] else None,
            "sponsor_id": data["sponsor"].pk if data["sponsor"] else None,
            "colleagues": data["colleagues"],
            "category": data["category"],
            "since": data["since"],
            "until": data["until"],
        }
