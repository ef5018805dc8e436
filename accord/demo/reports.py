"""The demo status reports: every active project has published one to three fortnightly
reports up to the reference date, each signed by its project manager; a few projects have
the next one waiting as a draft.

The executive summary says what the plan finished in the period and what the project
manager judges of the project's health (the health in :data:`~accord.demo.projects.HEALTH`),
and the decisions needed are the steering committee's asks of the sponsor. A project that
already has reports is left as it is, so loading twice creates nothing new.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from accord.accounts.models import User
from accord.demo.data import DEMO_PASSWORD, reference_date
from accord.demo.meetings import TOPICS, Topics
from accord.demo.projects import HEALTH, PROJECTS
from accord.planning.models import Task
from accord.projects.models import Project
from accord.reports.models import StatusReport
from accord.reports.services import status_report_create, status_report_publish
from accord.signatures.models import Meaning

PERIOD = dt.timedelta(weeks=2)
MAX_REPORTS = 3
# The latest fortnight of these projects is still a draft waiting for its signature.
DRAFTS = frozenset({"NVB-101-TT", "KRW-6120-DS", "HSZ-0904-DS"})


def _periods(project: Project) -> list[tuple[dt.date, dt.date]]:
    """The fortnights, oldest first, ending the day before the reference date."""
    periods: list[tuple[dt.date, dt.date]] = []
    end = reference_date() - dt.timedelta(days=1)
    for _ in range(MAX_REPORTS):
        start = end - PERIOD + dt.timedelta(days=1)
        if periods and project.start_date > end - dt.timedelta(days=6):
            break  # less than a week of work in that fortnight: nothing to report
        periods.append((max(start, project.start_date), end))
        if project.start_date >= start:
            break
        end = start - dt.timedelta(days=1)
    return periods[::-1]


def _finished(project: Project, start: dt.date, end: dt.date) -> list[str]:
    tasks = Task.objects.filter(
        project=project, actual_finish__gte=start, actual_finish__lte=end
    ).exclude(kind=Task.Kind.SUMMARY)
    milestones = list(tasks.filter(kind=Task.Kind.MILESTONE).values_list("name", flat=True))
    work = list(
        tasks.filter(kind=Task.Kind.TASK).order_by("-actual_finish").values_list("name", flat=True)
    )
    return (milestones + work)[:4]


def _running(project: Project) -> list[str]:
    tasks = Task.objects.filter(
        project=project, actual_start__isnull=False, actual_finish__isnull=True
    ).exclude(kind=Task.Kind.SUMMARY)
    return [f"{t.name} ({t.percent_complete or 0}%)" for t in tasks.order_by("actual_start")[:3]]


def _texts(project: Project, topics: Topics, start: dt.date, end: dt.date, latest: bool):
    health = HEALTH.get(project.code)
    finished = _finished(project, start, end)
    lines = []
    if finished:
        lines.append("Completed in the period: " + "; ".join(finished) + ".")
    else:
        lines.append(f"Work in the period concentrated on {topics.weekly[0].lower()}.")
    if latest:
        running = _running(project)
        if running:
            lines.append("In progress: " + "; ".join(running) + ".")
        if health:
            color, reason = health
            lines.append(
                f"Overall status {color.upper()}: {reason}. Agreed at the steering "
                f"committee: {topics.steering[1]}"
            )
        else:
            lines.append(
                "Overall status GREEN: milestones on plan, no open deviation affects the "
                "schedule, risks under control."
            )
        decisions = (
            f"{topics.sponsor_ask}."
            if health
            else f"{topics.sponsor_ask} (not yet on the critical path)."
        )
    else:
        watch = f" Watch item: {topics.weekly[0]}." if health else ""
        lines.append(f"Overall status GREEN: on plan.{watch}")
        decisions = "None in this period."
    return "\n\n".join(lines), decisions


def demo_reports(
    *, users: dict[str, User], projects: dict[str, Project], log: Callable[[str], None]
) -> dict[str, tuple[int, int]]:
    """Create the demo status reports of projects that have none; (created, present)."""
    created = existing = 0
    for spec in PROJECTS:
        project = projects.get(spec.code)
        topics = TOPICS.get(spec.code)
        manager = users.get(spec.team[0][0])
        if project is None or topics is None or project.status != Project.Status.ACTIVE:
            continue
        already = StatusReport.objects.filter(project=project).count()
        if already:
            existing += already
            continue
        if manager is None or not manager.has_perm("reports.publish_statusreport"):
            log(f"  ! no project manager on {project.code} publishes reports; skipped")
            continue
        periods = _periods(project)
        for index, (start, end) in enumerate(periods):
            latest = index == len(periods) - 1
            summary, decisions = _texts(project, topics, start, end, latest)
            report = status_report_create(
                actor=manager,
                project=project,
                period_start=start,
                period_end=end,
                summary=summary,
                decisions_needed=decisions,
            )
            created += 1
            if latest and project.code in DRAFTS and len(periods) > 1:
                log(f"  + {project.code} status report {report.reference} (draft)")
                continue
            status_report_publish(
                actor=manager,
                report=report,
                meaning=Meaning.AUTHORED,
                username=manager.username,
                password=DEMO_PASSWORD,
                acknowledge=True,
            )
            log(f"  + {project.code} status report {report.reference} (signed by {manager})")
    return {"status reports": (created, existing)}
