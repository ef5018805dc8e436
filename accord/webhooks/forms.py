from __future__ import annotations

from django import forms

from accord.core.concurrency import VersionField
from accord.core.forms import StyledForm
from accord.webhooks.models import WebhookDeliveryState, WebhookEventType


class SubscriptionForm(StyledForm):
    url = forms.CharField(
        label="URL",
        max_length=500,
        help_text=(
            "Where Accord POSTs the events, e.g. https://erp.example.com/hooks/accord. "
            "It must use https."
        ),
    )
    description = forms.CharField(
        max_length=200,
        required=False,
        help_text="What receives the events, for whoever looks at this list later.",
    )
    events = forms.MultipleChoiceField(
        choices=WebhookEventType.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text="Each is sent only about your organization's own records.",
    )


class SubscriptionEditForm(SubscriptionForm):
    version = VersionField()


class DeliveryFilterForm(StyledForm):
    state = forms.ChoiceField(
        choices=[("", "Any state"), *WebhookDeliveryState.choices], required=False
    )
    event = forms.ChoiceField(
        choices=[("", "Any event"), *WebhookEventType.choices], required=False
    )
