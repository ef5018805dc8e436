"""Every write to status reports. Each runs in one transaction with its audit event.

A draft's snapshot is taken when it is created and again whenever the project manager
refreshes it; publishing signs the snapshot as previewed, never a fresh one, so the
sponsor reads exactly what the project manager signed.
"""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from accord.accounts.models import User
from accord.audit.services import audit_record, created, diff, snapshot
from accord.core import concurrency
from accord.core.permissions import require
from accord.projects.models import Project
from accord.reports.content import report_content
from accord.reports.models import StatusReport
from accord.reports.selectors import latest_published, status_reports_visible_to
from accord.reports.workflows import STATUS_REPORT_WORKFLOW
from accord.signatures.publishing import SignedPublication, content_digest, signed_publish

MAX_PERIOD_DAYS = 366
TEXT_FIELDS = ("summary", "decisions_needed")
EDITABLE = frozenset(TEXT_FIELDS)


def _authorize(actor: User, permission: str) -> None:
    require(actor, permission)
    if not actor.is_cdmo_staff:
        raise PermissionDenied("Only CDMO staff prepare status reports.")


def _check_period(period_start: dt.date, period_end: dt.date) -> None:
    if period_end < period_start:
        raise ValidationError({"period_end": ["The period ends before it starts."]})
    if period_end > timezone.localdate():
        raise ValidationError({"period_end": ["A report covers a period that has ended."]})
    if (period_end - period_start).days >= MAX_PERIOD_DAYS:
        raise ValidationError({"period_start": ["A report covers at most a year."]})


def _state(report: StatusReport) -> dict[str, object]:
    return {
        **snapshot(
            report, ("number", "period_start", "period_end", "status", *TEXT_FIELDS, "corrects")
        ),
        "content_sha256": content_digest(report.content),
    }


def _snapshot_into(report: StatusReport) -> None:
    previous = latest_published(report.project, exclude=report if report.pk else None)
    report.content_taken_at = timezone.now()
    report.content = report_content(
        report.project,
        period_start=report.period_start,
        period_end=report.period_end,
        previous=previous,
        taken_at=report.content_taken_at,
    )


def _locked(report: StatusReport, version: int | None = None) -> StatusReport:
    return concurrency.locked(
        report,
        version,
        queryset=StatusReport.objects.select_related(
            "project__site__organization", "project__sponsor"
        ),
    )


def _check_draft(report: StatusReport) -> None:
    if not report.is_draft:
        raise ValidationError(
            {"__all__": ["A published report never changes; correct it with a new report."]}
        )


@transaction.atomic
def status_report_create(
    *,
    actor: User,
    project: Project,
    period_start: dt.date,
    period_end: dt.date,
    summary: str = "",
    decisions_needed: str = "",
    corrects: StatusReport | None = None,
) -> StatusReport:
    """Draft the project's next report (SR-001, SR-002 ...) with a snapshot taken now."""
    _authorize(actor, "reports.add_statusreport")
    _check_period(period_start, period_end)
    if corrects is not None and (corrects.project_id != project.pk or not corrects.is_published):
        # Named generically: the other report may belong to another sponsor's project.
        raise ValidationError({"corrects": ["Choose a published report of this project."]})
    # The project row is the counter's lock; reports are never deleted, so max + 1 is
    # gap-free (DESIGN rule 8) and the unique constraint is the backstop.
    project = (
        Project.objects.select_for_update(of=("self",))
        .select_related("site__organization", "sponsor")
        .get(pk=project.pk)
    )
    highest = StatusReport.objects.filter(project=project).aggregate(m=Max("number"))["m"]
    report = StatusReport(
        project=project,
        number=(highest or 0) + 1,
        period_start=period_start,
        period_end=period_end,
        summary=summary.strip(),
        decisions_needed=decisions_needed.strip(),
        corrects=corrects,
        created_by=actor,
    )
    _snapshot_into(report)
    report.full_clean()
    report.save()
    audit_record(
        actor=actor,
        action="reports.statusreport.created",
        target=report,
        parent=project,
        changes=created(_state(report)),
    )
    return report


@transaction.atomic
def status_report_refresh(
    *,
    actor: User,
    report: StatusReport,
    period_start: dt.date | None = None,
    period_end: dt.date | None = None,
    version: int | None = None,
) -> StatusReport:
    """Take the draft's snapshot again from today's data, for a new period if given."""
    _authorize(actor, "reports.change_statusreport")
    report = _locked(report, version)
    _check_draft(report)
    before = _state(report)
    report.period_start = period_start or report.period_start
    report.period_end = period_end or report.period_end
    _check_period(report.period_start, report.period_end)
    _snapshot_into(report)
    report.full_clean()
    concurrency.bump(report)
    report.save()
    audit_record(
        actor=actor,
        action="reports.statusreport.refreshed",
        target=report,
        parent=report.project,
        changes=diff(before, _state(report))
        or {"content_taken_at": [None, report.content_taken_at.isoformat()]},
    )
    return report


@transaction.atomic
def status_report_update(
    *,
    actor: User,
    report: StatusReport,
    version: int | None = None,
    **fields: str,
) -> StatusReport:
    """Edit what the project manager writes: the executive summary and decisions needed."""
    _authorize(actor, "reports.change_statusreport")
    unknown = set(fields) - EDITABLE
    if unknown:
        raise ValidationError({"__all__": [f"Unknown fields: {', '.join(sorted(unknown))}"]})
    report = _locked(report, version)
    before = _state(report)
    for name, value in fields.items():
        setattr(report, name, value.strip())
    changes = diff(before, _state(report))
    if not changes:
        return report
    STATUS_REPORT_WORKFLOW.check_edit(report, changes, "")
    report.full_clean()
    concurrency.bump(report)
    report.save()
    audit_record(
        actor=actor,
        action="reports.statusreport.updated",
        target=report,
        parent=report.project,
        changes=changes,
    )
    return report


def _check_compares_with_latest(locked: StatusReport) -> None:
    previous = latest_published(locked.project, exclude=locked)
    compared = (locked.content.get("previous_report") or {}).get("reference")
    latest = previous.reference if previous else None
    if latest != compared:
        raise ValidationError(
            {
                "__all__": [
                    f"{latest or 'Another report'} was published after this snapshot was "
                    "taken; refresh the snapshot so that the report compares with it."
                ]
            }
        )


PUBLICATION = SignedPublication(
    workflow=STATUS_REPORT_WORKFLOW,
    visible_to=status_reports_visible_to,
    lock=_locked,
    parent=lambda report: report.project,
    action="reports.statusreport.published",
    noun="report",
    plural="status reports",
    check_locked=_check_compares_with_latest,
)


def status_report_publish(
    *,
    actor: User,
    report: StatusReport,
    meaning: str,
    username: str | None,
    password: str,
    acknowledge: bool = False,
    reason: str = "",
    version: int | None = None,
) -> StatusReport:
    """Publish a draft to the sponsor portal, signed by the project manager as its author.

    The meaning is "authored", not "approved": approval is QA's (requirements AZ-5), and
    the project manager answers for what the report says to the sponsor. ``version`` is
    the one the signer read: a signature never covers content that changed since.
    """
    return signed_publish(
        PUBLICATION,
        actor=actor,
        record=report,
        meaning=meaning,
        username=username,
        password=password,
        acknowledge=acknowledge,
        reason=reason,
        version=version,
    )
