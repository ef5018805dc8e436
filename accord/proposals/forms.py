"""The shape of RFP and proposal input on pages; the services validate it again."""

from __future__ import annotations

from decimal import Decimal

from django import forms

from accord.accounts.models import User
from accord.core.concurrency import VersionField
from accord.core.forms import DateInput, StyledForm
from accord.planning.plan_templates import TEMPLATES
from accord.projects.models import Project
from accord.proposals.models import COMPLEXITY_FACTORS, Currency, Rfp, Service
from accord.proposals.timeline import MAX_BATCHES


class _RfpFields(StyledForm):
    title = forms.CharField(max_length=200, help_text="One line: what is asked for.")
    services = forms.MultipleChoiceField(
        choices=Service.choices,
        widget=forms.CheckboxSelectMultiple,
        label="Services asked for",
    )
    molecule = forms.CharField(max_length=120, required=False)
    modality = forms.ChoiceField(choices=[("", "Choose a modality"), *Project.Modality.choices])
    phase = forms.ChoiceField(choices=[("", "Choose a phase"), *Project.Phase.choices])
    quantity_text = forms.CharField(
        max_length=300,
        required=False,
        label="Quantities",
        help_text="In words, e.g. two GMP batches of 5 kg each.",
    )
    quantity_amount = forms.DecimalField(
        max_digits=14, decimal_places=3, min_value=Decimal("0"), required=False, label="Amount"
    )
    quantity_unit = forms.ChoiceField(
        choices=[("", "No unit"), *Rfp.QuantityUnit.choices], required=False, label="Unit"
    )
    desired_start = forms.DateField(widget=DateInput(), required=False)
    desired_delivery = forms.DateField(widget=DateInput(), required=False)
    high_potency = forms.BooleanField(required=False, label="High potency (OEB 4-5)")
    controlled_substance = forms.BooleanField(required=False)
    cold_chain = forms.BooleanField(required=False)
    proposal_due = forms.DateField(
        widget=DateInput(), required=False, help_text="When the proposal is expected."
    )
    description = forms.CharField(widget=forms.Textarea(attrs={"rows": 4}), required=False)


class PortalRfpForm(_RfpFields):
    """What a sponsor user fills in; the sponsor is the user's own company."""


class RfpForm(_RfpFields):
    sponsor = forms.ModelChoiceField(queryset=None, empty_label="Choose a sponsor")
    received_on = forms.DateField(widget=DateInput(), required=False, help_text="Today if empty.")

    field_order = ["sponsor", "received_on"]

    def __init__(self, *args, sponsors, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["sponsor"].queryset = sponsors


class RfpEditForm(_RfpFields):
    received_on = forms.DateField(widget=DateInput())
    version = VersionField()
    reason = forms.CharField(
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Why you change it; kept in the audit trail.",
    )


class _FilterForm(forms.Form):
    """List filters. Unknown or malformed values are ignored, never an error page."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.widget.attrs["class"] = (
                "form-select form-select-sm"
                if isinstance(field, forms.ChoiceField)
                else "form-control form-control-sm"
            )


class RfpFilterForm(_FilterForm):
    q = forms.CharField(required=False, label="Search")
    status = forms.ChoiceField(required=False, choices=[("", "Any status"), *Rfp.Status.choices])
    service = forms.ChoiceField(required=False, choices=[("", "Any service"), *Service.choices])

    def filters(self) -> dict:
        if not self.is_valid():
            return {}
        data = self.cleaned_data
        return {"query": data["q"].strip(), "status": data["status"], "service": data["service"]}


class ProposalFilterForm(_FilterForm):
    q = forms.CharField(required=False, label="Search")
    mine = forms.ChoiceField(
        required=False, choices=[("", "Every owner"), ("yes", "Mine")], label="Owner"
    )


def proposal_owners():
    """Active CDMO staff who may send proposals: the possible owners."""
    return (
        User.objects.filter(
            organization__kind="cdmo",
            is_active=True,
            roles__permissions__codename="send_proposalrevision",
            roles__permissions__content_type__app_label="proposals",
        )
        .distinct()
        .order_by("last_name", "first_name")
    )


class ProposalForm(StyledForm):
    title = forms.CharField(max_length=200)
    owner = forms.ModelChoiceField(
        queryset=None, help_text="Business development: answers for it and sends it."
    )
    currency = forms.ChoiceField(choices=Currency.choices)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = proposal_owners()
        self.fields["owner"].label_from_instance = lambda user: user.printed_name


class ProposalEditForm(ProposalForm):
    version = VersionField()


class RevisionForm(StyledForm):
    summary = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="The cover text the sponsor reads first.",
    )
    valid_until = forms.DateField(widget=DateInput(), required=False)
    internal_pricing_notes = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="CDMO only: never shown to the sponsor.",
    )
    version = VersionField()


class ScopeItemForm(StyledForm):
    service = forms.ChoiceField(choices=[("", "Choose a service"), *Service.choices])
    description = forms.CharField(max_length=300)
    unit = forms.CharField(max_length=40, help_text="e.g. batch, study, FTE-month, lot.")
    quantity = forms.DecimalField(max_digits=12, decimal_places=2, min_value=Decimal("0.01"))
    unit_price = forms.DecimalField(
        max_digits=14, decimal_places=2, min_value=Decimal("0"), label="Unit price"
    )
    deliverables = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2}))
    assumptions = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2}))
    exclusions = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2}))


class MilestoneForm(StyledForm):
    name = forms.CharField(max_length=200)
    trigger = forms.CharField(max_length=200, help_text="e.g. on signature, on batch release.")
    percent = forms.DecimalField(
        max_digits=5,
        decimal_places=2,
        min_value=Decimal("0.01"),
        max_value=Decimal("100"),
        required=False,
        label="Percent of the total",
        help_text="Either a percent (all milestones together: 100 %) ...",
    )
    amount = forms.DecimalField(
        max_digits=16,
        decimal_places=2,
        min_value=Decimal("0.01"),
        required=False,
        label="Fixed amount",
        help_text="... or fixed amounts adding up to the total.",
    )


class TimelineForm(StyledForm):
    template_code = forms.ChoiceField(
        label="Plan template",
        choices=[("", "Choose a template"), *((t.code, t.name) for t in TEMPLATES.values())],
    )
    start = forms.DateField(widget=DateInput(), label="Proposed start")
    scale = forms.DecimalField(
        max_digits=4,
        decimal_places=2,
        min_value=Decimal("0.25"),
        max_value=Decimal("4"),
        initial=Decimal("1.00"),
        label="Scale durations",
        help_text="1.00 as in the template; 1.20 is 20 % longer.",
    )
    batches = forms.IntegerField(
        min_value=1,
        max_value=MAX_BATCHES,
        initial=1,
        label="GMP batches",
        help_text="The GMP batch step repeats, one batch after the other.",
    )


FACTOR_SCORES = [
    (0, "0 · none"),
    (1, "1 · some"),
    (2, "2 · significant"),
    (3, "3 · severe"),
]


class ComplexityForm(StyledForm):
    rationale = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Why these scores: reviewers read it.",
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for name, label in reversed(COMPLEXITY_FACTORS):
            field = forms.TypedChoiceField(choices=FACTOR_SCORES, coerce=int, label=label)
            field.widget.attrs["class"] = "form-select"
            self.fields = {name: field, **self.fields}

    def factors(self) -> dict[str, int]:
        return {name: self.cleaned_data[name] for name, _ in COMPLEXITY_FACTORS}


class CommentForm(StyledForm):
    text = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=5000,
        label="Your comment",
        help_text="The CDMO team reads it and takes it into the next revision.",
    )
