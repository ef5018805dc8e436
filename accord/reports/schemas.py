"""API shapes of status reports (the same for staff and sponsor users: a sponsor only ever
reaches published reports, and a report holds nothing internal)."""

from __future__ import annotations

import datetime as dt

from ninja import Field, Schema

from accord.core.api import InputSchema
from accord.reports.models import StatusReport
from accord.signatures.selectors import manifest


class ReportSignatureOut(Schema):
    printed_name: str
    meaning: str
    signed_at: dt.datetime
    record_version: int
    content_hash: str = Field(description="SHA-256 of the content signed")


class StatusReportOut(Schema):
    id: int
    project_id: int
    project_code: str
    reference: str
    period_start: dt.date
    period_end: dt.date
    status: StatusReport.Status
    status_label: str
    health: str = Field(description="green, amber or red, as it was when the snapshot was taken")
    corrects: str | None = Field(None, description="The reference of the report it corrects")
    published_at: dt.datetime | None
    published_by: str | None

    @staticmethod
    def resolve_project_code(report: StatusReport) -> str:
        return report.project.code

    @staticmethod
    def resolve_status_label(report: StatusReport) -> str:
        return report.get_status_display()

    @staticmethod
    def resolve_health(report: StatusReport) -> str:
        return report.content.get("health", {}).get("rag") or ""

    @staticmethod
    def resolve_corrects(report: StatusReport) -> str | None:
        return report.corrects.reference if report.corrects_id else None

    @staticmethod
    def resolve_published_by(report: StatusReport) -> str | None:
        return report.published_by.printed_name if report.published_by_id else None


class StatusReportDetailOut(StatusReportOut):
    summary: str
    decisions_needed: str
    content: dict = Field(description="The snapshot the report shows, frozen once published")
    content_taken_at: dt.datetime
    signatures: list[ReportSignatureOut]
    version: int

    @staticmethod
    def resolve_signatures(report: StatusReport) -> list:
        return [line.signature for line in manifest(report)]


class StatusReportFilters(Schema):
    status: StatusReport.Status | None = None


class StatusReportIn(InputSchema):
    period_start: dt.date
    period_end: dt.date
    summary: str = Field("", max_length=20000, description="The executive summary")
    decisions_needed: str = Field("", max_length=20000)
    corrects_id: int | None = Field(
        None, description="A published report of the project this one corrects"
    )


class StatusReportPatchIn(InputSchema):
    """Only a draft changes; send what changes, with the version (or If-Match)."""

    summary: str | None = Field(None, max_length=20000)
    decisions_needed: str | None = Field(None, max_length=20000)
    version: int | None = Field(None, ge=1, description="The version you read (or If-Match)")


class StatusReportRefreshIn(InputSchema):
    period_start: dt.date | None = Field(None, description="Unchanged if left out")
    period_end: dt.date | None = Field(None, description="Unchanged if left out")
    version: int | None = Field(None, ge=1, description="The version you read (or If-Match)")


class StatusReportPublishIn(InputSchema):
    username: str = Field(..., max_length=150)
    password: str = Field(..., max_length=1024)
    acknowledge: bool = Field(
        False, description="Acknowledge that your electronic signature is binding (once)"
    )
    reason: str = Field("", max_length=2000)
    version: int | None = Field(None, ge=1, description="The version you read (or If-Match)")
