"""Status reports published to a sponsor."""

from __future__ import annotations

from django.urls import reverse

from accord.notifications.events import day, event, sponsor_users
from accord.notifications.services import Message


@event("reports.statusreport.published")
def status_report_published(report, *, actor=None, **context) -> list[Message]:
    project = report.project
    period = f"{day(report.period_start)} – {day(report.period_end)}"
    return [
        Message(
            "status_report_published",
            user,
            report,
            f"Status report {report.reference} of {project.code} is published",
            f"{project.title}, period {period}. Read it in the portal or download the signed PDF.",
            reverse("reports:detail", args=[project.pk, report.pk]),
        )
        for user in sponsor_users(project.sponsor_id, "reports.view_statusreport")
    ]
