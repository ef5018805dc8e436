from __future__ import annotations

from django import forms

from accord.core.concurrency import VersionField
from accord.core.dates import format_day
from accord.core.forms import DateInput, StyledForm
from accord.reports.models import StatusReport

SUMMARY_HELP = (
    "The executive summary: where the project stands and what the sponsor should take "
    "away, in a few sentences."
)
DECISIONS_HELP = (
    "Anything else you need the sponsor to decide. Change orders awaiting their decision "
    "and upcoming go/no-go points are listed by themselves."
)


class PeriodForm(StyledForm):
    period_start = forms.DateField(widget=DateInput(), label="Period from")
    period_end = forms.DateField(widget=DateInput(), label="Period to")

    def clean(self) -> dict:
        data = super().clean()
        start, end = data.get("period_start"), data.get("period_end")
        if start and end and end < start:
            self.add_error("period_end", "The period ends before it starts.")
        return data


class RefreshForm(PeriodForm):
    version = VersionField()


class StatusReportForm(PeriodForm):
    summary = forms.CharField(
        required=False,
        label="Executive summary",
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=SUMMARY_HELP,
    )
    decisions_needed = forms.CharField(
        required=False,
        label="Decisions needed from the sponsor",
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=DECISIONS_HELP,
    )
    corrects = forms.ModelChoiceField(
        queryset=StatusReport.objects.none(),
        required=False,
        empty_label="No: a regular report",
        label="Corrects a published report",
        help_text="A published report never changes; a correction is a new report.",
    )

    def __init__(self, *args, project, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["corrects"].queryset = StatusReport.objects.filter(
            project=project, status=StatusReport.Status.PUBLISHED
        ).order_by("-number")
        self.fields["corrects"].label_from_instance = lambda report: (
            f"{report.reference} ({format_day(report.period_start)} – "
            f"{format_day(report.period_end)})"
        )


class StatusReportEditForm(StyledForm):
    summary = forms.CharField(
        required=False,
        label="Executive summary",
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=SUMMARY_HELP,
    )
    decisions_needed = forms.CharField(
        required=False,
        label="Decisions needed from the sponsor",
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=DECISIONS_HELP,
    )
    version = VersionField()
