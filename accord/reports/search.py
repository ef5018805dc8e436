"""Status reports in the search (see ``accord.search.registry``): sponsors find published
ones only."""

from django.urls import reverse

from accord.reports.models import StatusReport
from accord.reports.selectors import status_reports_visible_to
from accord.search.registry import SearchField, SearchType, day, register

register(
    SearchType(
        key="status_reports",
        label="Status reports",
        model=StatusReport,
        visible_to=status_reports_visible_to,
        fields=(SearchField("summary", "B"), SearchField("decisions_needed", "B")),
        title=lambda report: f"Status report {day(report.period_start)} – {day(report.period_end)}",
        reference=lambda report: f"{report.project.code} {report.reference}",
        context=lambda report: (
            f"{report.project.title} · {report.get_status_display()}"
            + (f" {day(report.published_at)}" if report.published_at else "")
        ),
        url=lambda report, user: reverse(
            "reports:detail", kwargs={"pk": report.project_id, "report_id": report.pk}
        ),
        date_field="period_end",
        icon="bi-journal-text",
        order=70,
    )
)
