from __future__ import annotations

import datetime as dt

from django import forms
from django.utils import timezone

from accord.accounts.models import Organization
from accord.core.concurrency import VersionField
from accord.core.forms import StyledForm
from accord.qbr.models import BusinessReview
from accord.scorecards.variables import QUARTER, Period

QUARTERS_BACK = 8
NARRATIVE_HELP = {
    "summary": "Where the relationship stands and what the sponsor should take away, in a "
    "few sentences. Required before publishing.",
    "highlights": "What went well in the quarter.",
    "issues": "What did not, and what we do about it.",
    "outlook": "What the next quarter holds: milestones, decisions, what we need from them.",
}


def quarter_choices(today: dt.date | None = None) -> list[tuple[str, str]]:
    """The current quarter and the eight before it, newest first."""
    period = Period.containing(QUARTER, today or timezone.localdate())
    choices = []
    for _ in range(QUARTERS_BACK + 1):
        choices.append((period.start.isoformat(), period.label))
        period = period.previous()
    return choices


def last_closed_quarter(today: dt.date | None = None) -> Period:
    return Period.containing(QUARTER, today or timezone.localdate()).previous()


def _sponsors():
    return Organization.objects.filter(kind=Organization.Kind.SPONSOR, is_active=True).order_by(
        "name"
    )


def _narrative(name: str, label: str, rows: int) -> forms.CharField:
    return forms.CharField(
        required=False,
        label=label,
        widget=forms.Textarea(attrs={"rows": rows}),
        help_text=NARRATIVE_HELP[name],
    )


class PrepareForm(StyledForm):
    sponsor = forms.ModelChoiceField(queryset=Organization.objects.none())
    quarter = forms.ChoiceField(choices=())

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["sponsor"].queryset = _sponsors()
        self.fields["quarter"].choices = quarter_choices()

    def clean_quarter(self) -> dt.date:
        return dt.date.fromisoformat(self.cleaned_data["quarter"])


class NarrativeForm(StyledForm):
    summary = _narrative("summary", "Executive summary", 6)
    highlights = _narrative("highlights", "Highlights", 4)
    issues = _narrative("issues", "Issues and how we address them", 4)
    outlook = _narrative("outlook", "Outlook for the next quarter", 4)
    version = VersionField()


class RegenerateForm(StyledForm):
    version = VersionField()


class CommentForm(StyledForm):
    text = forms.CharField(
        label="Your comment",
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    reply_to = forms.IntegerField(required=False, widget=forms.HiddenInput)


class CommentEditForm(StyledForm):
    text = forms.CharField(
        label="Your comment",
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    version = VersionField()


class CommentWithdrawForm(StyledForm):
    version = VersionField()


class ReviewFilterForm(StyledForm):
    q = forms.CharField(required=False, max_length=100, label="Words")
    sponsor = forms.ModelChoiceField(
        queryset=Organization.objects.none(), required=False, empty_label="Every sponsor"
    )
    quarter = forms.ChoiceField(choices=(), required=False)
    status = forms.ChoiceField(
        choices=[("", "Any status"), *BusinessReview.Status.choices], required=False
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["sponsor"].queryset = _sponsors()
        self.fields["quarter"].choices = [("", "Any quarter"), *quarter_choices()]

    def filters(self) -> dict:
        data = self.cleaned_data
        return {
            "query": data.get("q", "").strip(),
            "sponsor": data.get("sponsor"),
            "quarter": dt.date.fromisoformat(data["quarter"]) if data.get("quarter") else None,
            "status": data.get("status", ""),
        }
