"""The shape of input of the training pages. Forms only validate; the services decide."""

from __future__ import annotations

from django import forms

from accord.accounts.models import Role, Site, User
from accord.core.forms import DateInput, StyledForm
from accord.teams.models import Department
from accord.training.models import (
    Competency,
    ControlledDocument,
    Curriculum,
    EffectivenessReview,
    JobRole,
    Level,
    Method,
    OjtRecord,
    Reason,
    Requirement,
)


class PersonChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: User) -> str:
        return obj.printed_name + (f" · {obj.job_title}" if obj.job_title else "")


class PeopleChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: User) -> str:
        return obj.printed_name + (f" · {obj.job_title}" if obj.job_title else "")


def staff() -> forms.models.QuerySet:
    return User.objects.filter(is_active=True, organization__kind="cdmo").order_by(
        "last_name", "first_name"
    )


class CourseForm(StyledForm):
    completed_on = forms.DateField(widget=DateInput, label="Completed on")
    note = forms.CharField(
        max_length=300,
        label="Evidence",
        help_text="The session, the trainer or the certificate: what an inspector would ask.",
    )


class AssignForm(StyledForm):
    people = PeopleChoiceField(
        queryset=User.objects.none(),
        widget=forms.SelectMultiple(attrs={"size": 8}),
        help_text="Hold Ctrl (or ⌘) to choose several.",
    )
    requirement = forms.ModelChoiceField(queryset=Requirement.objects.none())
    reason = forms.ChoiceField(choices=Reason.choices, initial=Reason.CAPA)
    due_on = forms.DateField(widget=DateInput, label="Due on")
    source = forms.CharField(
        max_length=120, required=False, help_text="What asks for it: CAPA-2026-0003, a change."
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["people"].queryset = staff()
        self.fields["requirement"].queryset = Requirement.objects.filter(is_active=True)


class ReasonForm(StyledForm):
    reason = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), max_length=2000)


class JobRoleAssignForm(StyledForm):
    job_role = forms.ModelChoiceField(queryset=JobRole.objects.order_by("name"))
    site = forms.ModelChoiceField(queryset=Site.objects.order_by("code"))
    on = forms.DateField(
        widget=DateInput,
        label="From",
        required=False,
        help_text="Empty: today. Due dates count from this day.",
    )


class CompetencyRecordForm(StyledForm):
    person = PersonChoiceField(queryset=User.objects.none())
    competency = forms.ModelChoiceField(queryset=Competency.objects.order_by("name"))
    level = forms.TypedChoiceField(choices=Level.choices, coerce=int)
    method = forms.ChoiceField(choices=Method.choices)
    evidence = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), max_length=4000)
    assessed_on = forms.DateField(widget=DateInput, label="Assessed on")

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = staff()


class OjtStartForm(StyledForm):
    trainee = PersonChoiceField(queryset=User.objects.none())
    trainer = PersonChoiceField(queryset=User.objects.none())
    competency = forms.ModelChoiceField(queryset=Competency.objects.order_by("name"))
    task = forms.CharField(max_length=200, help_text="The task performed under supervision.")
    steps = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=6000,
        help_text="One step a line, in the order performed.",
    )
    performed_on = forms.DateField(widget=DateInput, label="Performed on")

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["trainee"].queryset = staff()
        self.fields["trainer"].queryset = staff()

    def clean_steps(self) -> list[str]:
        steps = [line.strip() for line in self.cleaned_data["steps"].splitlines() if line.strip()]
        if not steps:
            raise forms.ValidationError("Write at least one step.")
        return steps


class OjtObservationForm(StyledForm):
    """The trainer ticks each step observed and may comment on it."""

    def __init__(self, *args, steps: list[dict], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for index, step in enumerate(steps):
            self.fields[f"observed_{index}"] = forms.BooleanField(
                required=False, label=step.get("step", ""), initial=step.get("observed", True)
            )
            self.fields[f"comment_{index}"] = forms.CharField(
                required=False, max_length=300, label="Comment", initial=step.get("comment", "")
            )
        self.count = len(steps)

    def observed(self) -> list[bool]:
        return [bool(self.cleaned_data.get(f"observed_{i}")) for i in range(self.count)]

    def comments(self) -> list[str]:
        return [self.cleaned_data.get(f"comment_{i}", "") for i in range(self.count)]


class OjtAssessForm(StyledForm):
    verdict = forms.ChoiceField(choices=OjtRecord.Verdict.choices, widget=forms.RadioSelect)
    level = forms.TypedChoiceField(
        choices=[("", "—"), *Level.choices],
        coerce=int,
        required=False,
        empty_value=None,
        label="Level awarded",
        help_text="When competent.",
    )
    assessment = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), max_length=4000)


class EffectivenessForm(StyledForm):
    period_start = forms.DateField(widget=DateInput, label="Period from")
    period_end = forms.DateField(widget=DateInput, label="Period to")
    method = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=4000,
        help_text="How effectiveness was judged: quiz scores, deviations with a training "
        "root cause, observations.",
    )
    findings = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), max_length=4000)
    conclusion = forms.ChoiceField(choices=EffectivenessReview.Conclusion.choices)
    actions = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2}), max_length=4000, required=False
    )


class DocumentVersionForm(StyledForm):
    summary = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=4000,
        help_text="What changed from the version before: people read it with the document.",
    )
    effective_on = forms.DateField(
        widget=DateInput, required=False, label="Effective on", help_text="Empty: today."
    )
    sha256 = forms.CharField(max_length=64, required=False, label="SHA-256 of the approved file")


# ----------------------------------------------------------------------------- set-up


class CompetencyForm(StyledForm):
    code = forms.SlugField(max_length=40)
    name = forms.CharField(max_length=160)
    description = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False)
    department = forms.ChoiceField(choices=[("", "Any"), *Department.choices], required=False)
    validity_months = forms.IntegerField(
        min_value=1,
        max_value=120,
        required=False,
        help_text="How long a demonstration counts; empty: until withdrawn.",
    )


class ControlledDocumentForm(StyledForm):
    number = forms.CharField(max_length=30, help_text="SOP-QA-001")
    title = forms.CharField(max_length=200)
    department = forms.ChoiceField(choices=[("", "Any"), *Department.choices], required=False)
    site = forms.ModelChoiceField(
        queryset=Site.objects.order_by("code"),
        required=False,
        help_text="Empty: applies at every site.",
    )


class RequirementForm(StyledForm):
    code = forms.SlugField(max_length=40)
    title = forms.CharField(max_length=200)
    kind = forms.ChoiceField(choices=Requirement.Kind.choices)
    description = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False)
    document = forms.ModelChoiceField(
        queryset=ControlledDocument.objects.order_by("number"),
        required=False,
        help_text="For a document to read.",
    )
    competency = forms.ModelChoiceField(
        queryset=Competency.objects.order_by("name"),
        required=False,
        help_text="For a competency to demonstrate.",
    )
    min_level = forms.TypedChoiceField(
        choices=Level.choices, coerce=int, initial=Level.INDEPENDENT, label="Level that counts"
    )
    course_format = forms.ChoiceField(
        choices=[("", "—"), *Requirement.Format.choices], required=False, label="Course format"
    )
    pass_mark = forms.IntegerField(
        min_value=1,
        max_value=100,
        required=False,
        help_text="For a quiz: the percentage that passes.",
    )
    max_attempts = forms.IntegerField(min_value=1, max_value=10, required=False)
    questions_per_attempt = forms.IntegerField(min_value=1, max_value=50, required=False)
    validity_months = forms.IntegerField(
        min_value=1,
        max_value=120,
        required=False,
        help_text="Periodic retraining; empty: once, until the content changes.",
    )
    signing_roles = forms.ModelMultipleChoiceField(
        queryset=Role.objects.filter(audience="cdmo").order_by("name"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Before signing",
        help_text="Holders of these access roles may sign only while this training is "
        "current (the Accord e-signature training, R-TRN-7).",
    )


class CurriculumForm(StyledForm):
    code = forms.SlugField(max_length=40)
    name = forms.CharField(max_length=160)
    description = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False)
    grace_days = forms.IntegerField(
        min_value=0, max_value=365, initial=30, help_text="Days from assignment to due date."
    )
    requirements = forms.ModelMultipleChoiceField(
        queryset=Requirement.objects.filter(is_active=True).order_by("code"),
        widget=forms.CheckboxSelectMultiple,
    )


class JobRoleForm(StyledForm):
    code = forms.SlugField(max_length=40)
    name = forms.CharField(max_length=120)
    department = forms.ChoiceField(choices=Department.choices)
    description = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False)
    curricula = forms.ModelMultipleChoiceField(
        queryset=Curriculum.objects.order_by("name"), widget=forms.CheckboxSelectMultiple
    )


class QuizQuestionForm(StyledForm):
    text = forms.CharField(label="Question", widget=forms.Textarea(attrs={"rows": 2}))
    choices = forms.CharField(
        label="Answers",
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="One answer per line; trainees see them in a random order.",
    )
    correct = forms.IntegerField(
        label="Right answer", min_value=1, help_text="Its line number: 1 for the first line."
    )
