from __future__ import annotations

from django import forms

from accord.core.concurrency import VersionField
from accord.webhooks.models import WebhookDeliveryState, WebhookEventType


class SubscriptionForm(forms.Form):
    url = forms.CharField(
        label="URL",
        max_length=500,
        help_text="Where Accord POSTs the events: https (http only to localhost in tests).",
    )
    description = forms.CharField(max_length=200, required=False)
    events = forms.MultipleChoiceField(
        choices=WebhookEventType.choices, widget=forms.CheckboxSelectMultiple
    )


class SubscriptionEditForm(SubscriptionForm):
    version = VersionField()


class DeliveryFilterForm(forms.Form):
    state = forms.ChoiceField(
        choices=[("", "Any state"), *WebhookDeliveryState.choices], required=False
    )
    event = forms.ChoiceField(
        choices=[("", "Any event"), *WebhookEventType.choices], required=False
    )
