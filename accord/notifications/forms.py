"""The shape of input on the notification pages: list filters and preferences."""

from __future__ import annotations

from django import forms

from accord.core.forms import DateInput
from accord.notifications.kinds import Delivery, kinds_for

STATUSES = [("", "All"), ("unread", "Unread"), ("read", "Read")]


class NotificationFilterForm(forms.Form):
    """List filters. Unknown or malformed values are ignored, never an error page."""

    status = forms.ChoiceField(required=False, choices=STATUSES, label="Show")
    kind = forms.ChoiceField(required=False, label="Kind")
    since = forms.DateField(required=False, label="From", widget=DateInput())
    until = forms.DateField(required=False, label="To", widget=DateInput())
    q = forms.CharField(required=False, max_length=100, label="Search")

    def __init__(self, *args, user, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", "Every kind")] + [
            (k.code, k.label) for k in kinds_for(user)
        ]
        for field in self.fields.values():
            field.widget.attrs["class"] = (
                "form-select form-select-sm"
                if isinstance(field, forms.ChoiceField)
                else "form-control form-control-sm"
            )
        self.fields["q"].widget.attrs["placeholder"] = "Words in the title or text"

    def filters(self) -> dict:
        data = self.cleaned_data if self.is_valid() else {}
        since, until = data.get("since"), data.get("until")
        if since and until and since > until:
            since, until = until, since
        return {
            "status": data.get("status") or "",
            "kind": data.get("kind") or "",
            "since": since,
            "until": until,
            "query": (data.get("q") or "").strip(),
        }


class PreferencesForm(forms.Form):
    """One choice per kind of notification the person can receive."""

    def __init__(self, *args, user, current: dict[str, str], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.kinds = kinds_for(user)
        for definition in self.kinds:
            self.fields[definition.code] = forms.ChoiceField(
                choices=Delivery.choices,
                initial=current.get(definition.code, definition.default),
                widget=forms.RadioSelect,
                label=definition.label,
                help_text=definition.description,
            )

    def rows(self) -> list[tuple]:
        """(kind, bound field, default label) for the table of the page."""
        return [
            (definition, self[definition.code], Delivery(definition.default).label)
            for definition in self.kinds
        ]
