"""The shape of lessons, reviews and applications as a person writes them; the services
validate again."""

from __future__ import annotations

from django import forms

from accord.core.concurrency import VersionField
from accord.core.forms import DateInput, StyledForm
from accord.lessons.models import Cause, FollowOn, Rating
from accord.projects.models import Project
from accord.proposals.models import Service
from accord.teams.models import Department
from accord.training.models import Curriculum


def _optional(choices, empty: str) -> list[tuple[str, str]]:
    return [("", empty), *choices]


def _text(rows: int = 3, **kwargs) -> forms.CharField:
    return forms.CharField(widget=forms.Textarea(attrs={"rows": rows}), **kwargs)


class LessonForm(StyledForm):
    title = forms.CharField(max_length=200)
    what_happened = _text(label="What happened", max_length=10000)
    recommendation = _text(label="Lesson and recommendation", max_length=10000)
    cause = forms.ChoiceField(choices=Cause.choices)
    modality = forms.ChoiceField(
        choices=_optional(Project.Modality.choices, "Any modality"), required=False
    )
    service = forms.ChoiceField(choices=_optional(Service.choices, "Any service"), required=False)
    phase = forms.ChoiceField(choices=_optional(Project.Phase.choices, "Any phase"), required=False)
    department = forms.ChoiceField(
        choices=_optional(Department.choices, "Any department"), required=False
    )

    TEXT = ("title", "what_happened", "recommendation")
    TAGS = ("cause", "modality", "service", "phase", "department")

    def fields_for_service(self) -> dict[str, str]:
        return {name: self.cleaned_data[name] for name in (*self.TEXT, *self.TAGS)}


class LessonEditForm(LessonForm):
    reason = forms.CharField(
        required=False,
        max_length=2000,
        help_text="Required once the lesson is published: it is kept in the audit trail.",
    )
    version = VersionField()


class FindingForm(LessonForm):
    """A finding of a project review: modality and phase come from the project."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        del self.fields["modality"]
        del self.fields["phase"]

    TAGS = ("cause", "service", "department")


class ReviewForm(StyledForm):
    went_well = _text(label="What went well", required=False, max_length=20000)
    went_badly = _text(label="What did not go well", required=False, max_length=20000)
    root_causes = _text(label="Root causes", required=False, max_length=20000)
    recommendations = _text(label="Recommendations", required=False, max_length=20000)
    process_rating = forms.TypedChoiceField(
        label="Process outcome",
        choices=_optional(Rating.choices, "Not rated yet"),
        coerce=int,
        empty_value=None,
        required=False,
    )
    quality_rating = forms.TypedChoiceField(
        label="Quality outcome",
        choices=_optional(Rating.choices, "Not rated yet"),
        coerce=int,
        empty_value=None,
        required=False,
    )
    schedule_rating = forms.TypedChoiceField(
        label="Schedule outcome",
        choices=_optional(Rating.choices, "Not rated yet"),
        coerce=int,
        empty_value=None,
        required=False,
    )
    technical_notes = _text(label="Technical evaluation", required=False, max_length=20000)
    budget_planned = forms.DecimalField(
        label="Budget (planned)", required=False, max_digits=14, decimal_places=2, min_value=0
    )
    budget_actual = forms.DecimalField(
        label="Actual cost", required=False, max_digits=14, decimal_places=2, min_value=0
    )
    sponsor_satisfaction = forms.TypedChoiceField(
        label="Sponsor satisfaction",
        choices=_optional(Rating.choices, "Not rated yet"),
        coerce=int,
        empty_value=None,
        required=False,
    )
    follow_on = forms.ChoiceField(label="Follow-on work", choices=FollowOn.choices)
    business_notes = _text(label="Business evaluation", required=False, max_length=20000)
    version = VersionField()

    FIELDS = (
        "went_well",
        "went_badly",
        "root_causes",
        "recommendations",
        "process_rating",
        "quality_rating",
        "schedule_rating",
        "technical_notes",
        "budget_planned",
        "budget_actual",
        "sponsor_satisfaction",
        "follow_on",
        "business_notes",
    )

    @classmethod
    def initial_from(cls, review) -> dict:
        return {name: getattr(review, name) for name in cls.FIELDS} | {"version": review.version}

    def fields_for_service(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.FIELDS}


class ApplicationForm(StyledForm):
    how = _text(label="How the lesson was applied", max_length=5000)
    applied_on = forms.DateField(label="Applied on", widget=DateInput())


class CurriculumForm(StyledForm):
    curriculum = forms.ModelChoiceField(
        queryset=Curriculum.objects.order_by("name"),
        required=False,
        empty_label="No curriculum (not training material)",
        help_text="The curriculum that gives this lesson as reading.",
    )
    version = VersionField()
