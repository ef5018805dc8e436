"""The shape of input for surveys: the answer (its questions follow the survey's kind),
the CDMO-wide settings, closing a survey early, and the results' filters."""

from __future__ import annotations

from django import forms

from accord.accounts.models import Organization, User
from accord.core.concurrency import VersionField
from accord.core.forms import DateInput, StyledForm
from accord.planning.models import Task
from accord.projects.models import Project
from accord.surveys.models import (
    CATEGORY_QUESTIONS,
    CSAT_LABELS,
    RATING_LABELS,
    Category,
    LowScoreReason,
    Survey,
    SurveyKind,
    Trigger,
)
from accord.surveys.services import COMMENT_MAX


class AnswerForm(StyledForm):
    """A survey's questions: the score, the reason (a low satisfaction score needs one)
    and a comment; a relationship survey adds the six ratings."""

    score = forms.TypedChoiceField(
        coerce=int, widget=forms.RadioSelect(attrs={"class": "btn-check"})
    )
    reason = forms.ChoiceField(
        label="If your score is low, the main reason",
        required=False,
        choices=[("", "Choose one"), *LowScoreReason.choices],
    )
    comment = forms.CharField(
        label="Anything else you want us to know",
        required=False,
        max_length=COMMENT_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Your words reach the team with your name; we may call you about them.",
    )

    def __init__(self, *args, survey: Survey, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.survey = survey
        score = self.fields["score"]
        score.label = survey.question
        if survey.kind == SurveyKind.CSAT:
            score.choices = [(value, f"{value} · {label}") for value, label in CSAT_LABELS.items()]
            score.help_text = "1 is very dissatisfied, 5 very satisfied."
            self.fields["reason"].help_text = "Needed for a score of 1 or 2."
        else:
            score.choices = [(value, str(value)) for value in range(11)]
            score.help_text = "0 is not at all likely, 10 extremely likely."
            self.fields["reason"].label = "If something disappointed you, what most"
            self.fields["comment"].label = "What is the main reason for your score?"
            for value, label in Category.choices:
                self.fields[value] = forms.TypedChoiceField(
                    label=f"{label}: {CATEGORY_QUESTIONS[value]}",
                    choices=[(n, f"{n} · {text}") for n, text in RATING_LABELS.items()],
                    coerce=int,
                    empty_value=None,
                    required=False,
                    widget=forms.RadioSelect(attrs={"class": "btn-check"}),
                )

    def ratings(self) -> dict[str, int | None]:
        if self.survey.kind != SurveyKind.NPS:
            return {}
        return {name: self.cleaned_data.get(name) for name in Category.values}

    def rating_fields(self) -> list:
        return [self[name] for name in Category.values if name in self.fields]


class SettingsForm(StyledForm):
    concern_csat = forms.BooleanField(
        label="After a concern the sponsor confirmed resolved", required=False
    )
    milestone_kinds = forms.MultipleChoiceField(
        label="After these milestones are reached",
        required=False,
        choices=[
            (Task.Kind.MILESTONE.value, "Milestones"),
            (Task.Kind.DECISION.value, "Decision points (go/no-go)"),
        ],
        widget=forms.CheckboxSelectMultiple,
    )
    milestone_words = forms.CharField(
        label="Only milestones whose name contains",
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="One word or phrase per line (“released”, “Tech transfer complete”); "
        "empty: every milestone of the chosen kinds.",
    )
    quarterly_nps = forms.BooleanField(
        label="A relationship survey to each sponsor with a running project, every quarter",
        required=False,
    )
    project_close_nps = forms.BooleanField(
        label="A relationship survey when a project is completed", required=False
    )
    remind_after_days = forms.IntegerField(
        label="Remind after (days)",
        min_value=1,
        max_value=30,
        help_text="Days without an answer before a reminder, and between reminders.",
    )
    reminders = forms.TypedChoiceField(
        label="Reminders",
        coerce=int,
        choices=[(0, "None"), (1, "One"), (2, "Two")],
        help_text="The survey closes the same number of days after the last one.",
    )
    reason = forms.CharField(required=False, max_length=300, help_text="Kept in the audit trail.")
    version = VersionField()


class CloseForm(StyledForm):
    reason = forms.CharField(
        max_length=300, help_text="Why it closes before its time: kept in the audit trail."
    )
    version = VersionField()


class ResultsFilterForm(StyledForm):
    sponsor = forms.ModelChoiceField(
        queryset=Organization.objects.none(), required=False, empty_label="Every sponsor"
    )
    project = forms.ModelChoiceField(
        queryset=Project.objects.none(), required=False, empty_label="Every project"
    )
    owner = forms.ModelChoiceField(
        queryset=User.objects.none(),
        required=False,
        empty_label="Everyone",
        label="Whose service",
    )
    trigger = forms.ChoiceField(
        label="Sent after", required=False, choices=[("", "Anything"), *Trigger.choices]
    )
    answered_from = forms.DateField(label="Answered from", required=False, widget=DateInput())
    answered_to = forms.DateField(label="to", required=False, widget=DateInput())

    def __init__(self, *args, sponsors, projects, owners, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["sponsor"].queryset = sponsors
        self.fields["project"].queryset = projects
        self.fields["owner"].queryset = owners

    def clean(self) -> dict:
        data = super().clean()
        start, end = data.get("answered_from"), data.get("answered_to")
        if start and end and end < start:
            self.add_error("answered_to", "The end is before the start.")
        return data

    def filters(self) -> dict:
        """The valid filters as the selector takes them (an invalid one is ignored)."""
        if not self.is_bound:
            return {}
        self.is_valid()
        data = self.cleaned_data
        return {
            "sponsor_id": data["sponsor"].pk if data.get("sponsor") else None,
            "project_id": data["project"].pk if data.get("project") else None,
            "owner_id": data["owner"].pk if data.get("owner") else None,
            "trigger": data.get("trigger") or "",
            "answered_from": data.get("answered_from"),
            "answered_to": data.get("answered_to"),
        }
