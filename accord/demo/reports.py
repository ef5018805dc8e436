"""The demo status reports: every active project has published one to three fortnightly
reports up to the reference date, each signed by its project manager; a few projects have
the next one waiting as a draft.

Each report is written on the Monday after its fortnight, with the data of that day
(the plan's progress recorded that morning, the delays reported by then, the health the
project had then: :data:`~accord.demo.projects.HEALTH` from its day on). The executive
summary says what the plan finished in the period, which delays the sponsor heard of and
the project's health with its reason; the decisions needed are the steering committee's
asks of the sponsor. A project that
already has reports is left as it is, so loading twice creates nothing new.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from accord.accounts.models import User
from accord.delays.models import Delay
from accord.demo.data import DEMO_PASSWORD, ProjectSpec, reference_date
from accord.demo.meetings import TOPICS, Topics
from accord.demo.projects import PROJECTS
from accord.demo.story import Story, Tally, at, site_zone, tell
from accord.planning.models import Task
from accord.projects.models import Project
from accord.reports.models import StatusReport
from accord.reports.services import status_report_create, status_report_publish
from accord.signatures.models import Meaning

PERIOD = dt.timedelta(weeks=2)
MAX_REPORTS = 3
# The latest fortnight of these projects is still a draft waiting for its signature.
DRAFTS = frozenset({"NVB-101-TT", "KRW-6120-DS", "HSZ-0904-DS"})


def report_periods(project: Project | ProjectSpec) -> list[tuple[dt.date, dt.date]]:
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


def _told(project: Project, start: dt.date, end: dt.date) -> list[Delay]:
    return list(
        Delay.objects.filter(
            project=project, sponsor_informed_on__range=(start, end), occurred_on__lte=end
        ).order_by("occurred_on", "number")
    )


def _texts(project: Project, topics: Topics, start: dt.date, end: dt.date, latest: bool):
    """The summary and the decisions needed, as the project manager saw them at the end
    of the period: the health the project had then, the delays the sponsor heard of."""
    project.refresh_from_db()
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
    told = _told(project, start, end)
    if told:
        lines.append(
            "Reported in the period: "
            + "; ".join(f"{delay.title} ({delay.days_lost} working days)" for delay in told)
            + "."
        )
    troubled = project.health != Project.Health.GREEN
    if troubled:
        lines.append(
            f"Overall status {project.health.upper()} ({project.get_health_display().lower()}): "
            f"{project.health_reason}. Agreed at the steering committee: {topics.steering[1]}"
        )
    elif told:
        lines.append(
            "Overall status GREEN: the days lost are absorbed by float; no milestone moves."
        )
    else:
        lines.append(
            "Overall status GREEN: milestones on plan, no open deviation affects the "
            "schedule, risks under control."
        )
    if troubled:
        decisions = f"{topics.sponsor_ask}."
    elif latest:
        decisions = f"{topics.sponsor_ask} (not yet on the critical path)."
    else:
        decisions = "None in this period."
    return "\n\n".join(lines), decisions


def report_story(
    spec: ProjectSpec, *, users: dict[str, User], projects: dict[str, Project], log, counts: Tally
) -> Story:
    """Each fortnight's report drafted the Monday after it ends, once the plan's progress
    is recorded, and signed by the project manager that afternoon."""
    topics = TOPICS.get(spec.code)
    if spec.status != Project.Status.ACTIVE or topics is None:
        return
    zone = site_zone(spec.site)
    periods = report_periods(spec)
    first = periods[0][1] + dt.timedelta(days=1)
    yield at(first, "09:30", key=spec.code, zone=zone)
    project = projects.get(spec.code)
    manager = users.get(spec.team[0][0])
    if project is None:
        return
    already = StatusReport.objects.filter(project=project).count()
    if already:
        for _ in range(already):
            counts.add("status reports", False)
        return
    if manager is None or not manager.has_perm("reports.publish_statusreport"):
        log(f"  ! no project manager on {project.code} publishes reports; skipped")
        return
    for index, (start, end) in enumerate(periods):
        written = end + dt.timedelta(days=1)
        latest = index == len(periods) - 1
        yield at(written, "09:30", key=spec.code, zone=zone)
        summary, decisions = _texts(project, topics, start, end, latest)
        report = status_report_create(
            actor=manager,
            project=project,
            period_start=start,
            period_end=end,
            summary=summary,
            decisions_needed=decisions,
        )
        counts.add("status reports", True)
        if latest and project.code in DRAFTS and len(periods) > 1:
            log(f"  + {project.code} status report {report.reference} (draft)")
            continue
        yield at(written, "14:00", key=spec.code, zone=zone)
        status_report_publish(
            actor=manager,
            report=report,
            meaning=Meaning.AUTHORED,
            username=manager.username,
            password=DEMO_PASSWORD,
            acknowledge=True,
        )
        log(f"  + {project.code} status report {report.reference} (signed by {manager})")


def report_stories(
    *, users: dict[str, User], projects: dict[str, Project], log, counts: Tally
) -> list[Story]:
    return [
        report_story(spec, users=users, projects=projects, log=log, counts=counts)
        for spec in PROJECTS
    ]


def demo_reports(
    *, users: dict[str, User], projects: dict[str, Project], log: Callable[[str], None]
) -> Tally:
    """Create the demo status reports of projects that have none; (created, present)."""
    counts = Tally()
    tell(report_stories(users=users, projects=projects, log=log, counts=counts))
    return counts
