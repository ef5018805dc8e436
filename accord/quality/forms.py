"""The shape of a quality agreement as a person writes it."""

from __future__ import annotations

from django import forms

from accord.accounts.models import Organization
from accord.core.concurrency import VersionField
from accord.core.forms import DateInput, StyledForm
from accord.quality.models import (
    CLASS_DEFINITIONS,
    MAX_NOTIFY_HOURS,
    MAX_SUMMARY_DAYS,
    ChangeType,
    DeviationClass,
    QualityAgreement,
)
from accord.quality.services import Contact, Terms

NONE, ALL, SOME = "", "all", "some"
APPROVAL_CHOICES = [
    (NONE, "No approval needed"),
    (ALL, "Every product"),
    (SOME, "Only these products"),
]


def notify_field(key: str) -> str:
    return f"notify_{key}"


class AgreementForm(StyledForm):
    sponsor = forms.ModelChoiceField(queryset=Organization.objects.none())
    title = forms.CharField(max_length=200)
    effective_from = forms.DateField(widget=DateInput, help_text="The first day its terms apply.")
    summary_days = forms.IntegerField(
        min_value=1,
        max_value=MAX_SUMMARY_DAYS,
        label="Preliminary investigation summary due (working days)",
        help_text="From the discovery of a deviation the sponsor must be told of.",
    )
    share_team_qualification = forms.BooleanField(
        required=False,
        label="Show the sponsor the qualification status of its project teams",
        help_text="On the sponsor's project page: each CDMO team member qualified or not "
        "for the job roles they hold. Nothing of their training records.",
    )
    version = VersionField(required=False)

    def __init__(self, *args, sponsors=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if sponsors is None:
            del self.fields["sponsor"]
        else:
            self.fields["sponsor"].queryset = sponsors
        for value, label in DeviationClass.choices:
            self.fields[notify_field(value)] = forms.IntegerField(
                required=False,
                min_value=1,
                max_value=MAX_NOTIFY_HOURS,
                label=f"{label}: tell the sponsor within (hours)",
                help_text=f"{CLASS_DEFINITIONS[value]} Empty: not notifiable.",
            )
        for value, label in ChangeType.choices:
            self.fields[f"approve_{value}"] = forms.ChoiceField(
                choices=APPROVAL_CHOICES, required=False, label=f"{label} changes"
            )
            self.fields[f"products_{value}"] = forms.CharField(
                required=False,
                max_length=500,
                label=f"{label} changes: products",
                help_text="Comma-separated, for “Only these products”.",
            )

    def notify_fields(self):
        return [self[notify_field(value)] for value in DeviationClass.values]

    def approval_rows(self):
        return [
            (label, self[f"approve_{value}"], self[f"products_{value}"])
            for value, label in ChangeType.choices
        ]

    def clean(self):
        data = super().clean()
        for value, label in ChangeType.choices:
            choice = data.get(f"approve_{value}")
            products = [p.strip() for p in (data.get(f"products_{value}") or "").split(",")]
            if choice == SOME and not any(products):
                self.add_error(
                    f"products_{value}",
                    f"Name the products {label.lower()} changes of which the sponsor approves.",
                )
        return data

    def terms(self, contacts: list[Contact]) -> Terms:
        data = self.cleaned_data
        approvals: list[tuple[str, str]] = []
        for value in ChangeType.values:
            choice = data.get(f"approve_{value}")
            if choice == ALL:
                approvals.append((value, ""))
            elif choice == SOME:
                for product in (data.get(f"products_{value}") or "").split(","):
                    if product.strip():
                        approvals.append((value, product.strip()))
        return Terms(
            title=data["title"],
            effective_from=data["effective_from"],
            summary_days=data["summary_days"],
            notify={
                value: data[notify_field(value)]
                for value in DeviationClass.values
                if data.get(notify_field(value))
            },
            approvals=approvals,
            contacts=contacts,
            share_team_qualification=data.get("share_team_qualification", False),
        )

    @staticmethod
    def initial_from(agreement: QualityAgreement) -> dict:
        """The form's values for an agreement: to rewrite a draft, or to start the next
        revision from the one before."""
        initial: dict[str, object] = {
            "title": agreement.title,
            "effective_from": agreement.effective_from,
            "summary_days": agreement.summary_days,
            "share_team_qualification": agreement.share_team_qualification,
            "version": agreement.version,
        }
        for term in agreement.notification_terms.all():
            initial[notify_field(term.deviation_class)] = term.notify_within_hours
        products: dict[str, list[str]] = {}
        for term in agreement.change_approval_terms.all():
            products.setdefault(term.change_type, []).append(term.product)
        for value, names in products.items():
            if "" in names:
                initial[f"approve_{value}"] = ALL
            else:
                initial[f"approve_{value}"] = SOME
                initial[f"products_{value}"] = ", ".join(names)
        return initial


class ContactForm(StyledForm):
    name = forms.CharField(max_length=120, required=False)
    email = forms.EmailField(required=False)
    role = forms.CharField(max_length=120, required=False)

    def clean(self):
        data = super().clean()
        if (data.get("name") or data.get("role")) and not data.get("email"):
            self.add_error("email", "Give the contact's e-mail address.")
        if data.get("email") and not data.get("name"):
            self.add_error("name", "Give the contact's name.")
        return data


ContactFormSet = forms.formset_factory(ContactForm, extra=2, max_num=10)


def contacts_of(formset) -> list[Contact]:
    return [
        Contact(form.cleaned_data["name"], form.cleaned_data["email"], form.cleaned_data["role"])
        for form in formset
        if form.cleaned_data.get("email")
    ]
