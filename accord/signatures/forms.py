from __future__ import annotations

from django import forms

from accord.core.forms import StyledForm
from accord.signatures.models import Meaning
from accord.signatures.services import ACKNOWLEDGEMENT


class SignatureForm(StyledForm):
    """Re-authentication and meaning, entered at the moment of signing (11.200, 11.50)."""

    meaning = forms.ChoiceField(
        widget=forms.RadioSelect,
        label="Meaning of this signature",
        help_text="What your signature means for this record.",
    )
    reason = forms.CharField(
        required=False, widget=forms.Textarea(attrs={"rows": 2}), max_length=2000
    )
    username = forms.CharField(
        label="User id", max_length=150, widget=forms.TextInput(attrs={"autocomplete": "off"})
    )
    password = forms.CharField(
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"})
    )
    acknowledge = forms.BooleanField(required=False, label=ACKNOWLEDGEMENT)

    def __init__(
        self,
        *args,
        meaning: str | None,
        reason_required: bool,
        password_only: bool,
        needs_acknowledgement: bool,
        **kwargs,
    ) -> None:
        super().__init__(*args, **kwargs)
        if meaning:
            self.fields["meaning"].choices = [(meaning, Meaning(meaning).label)]
        else:
            for name in ("meaning", "username", "password", "acknowledge"):
                del self.fields[name]
        if meaning and password_only:
            del self.fields["username"]
        if "acknowledge" in self.fields and not needs_acknowledgement:
            del self.fields["acknowledge"]
        self.fields["reason"].required = reason_required
        if reason_required:
            self.fields["reason"].help_text = "Required: it is kept in the audit trail."
