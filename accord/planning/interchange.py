"""Plans in and out: MS Project XML (MSPDI) both ways, and an Excel task list."""

from __future__ import annotations

import io

from django.core.exceptions import ValidationError
from django.db import transaction

from accord.accounts.models import User
from accord.audit.services import audit_record, created
from accord.core.permissions import require
from accord.planning.calendars import project_days_from_file
from accord.planning.models import Dependency, Task
from accord.planning.scheduling import network_of, reschedule
from accord.planning.selectors import baseline_dates, plan_of
from accord.projects.models import Project
from accord.scheduling import MspdiError, read_mspdi, write_mspdi

MAX_IMPORT_BYTES = 10 * 1024 * 1024


def plan_export_mspdi(project: Project) -> bytes:
    tasks, links = plan_of(project)
    return write_mspdi(network_of(project, tasks, links))


def plan_export_xlsx(project: Project) -> bytes:
    """The task table as a spreadsheet people can filter and print."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    tasks, links = plan_of(project)
    _, baseline = baseline_dates(project)
    uid = {t.pk: t.uid for t in tasks}
    predecessors: dict[int, list[str]] = {}
    for link in links:
        lag = f"{link.lag_days:+d}d" if link.lag_days else ""
        predecessors.setdefault(link.successor_id, []).append(
            f"{uid[link.predecessor_id]}{link.type}{lag}"
        )
    book = Workbook()
    sheet = book.active
    sheet.title = "Tasks"
    header = [
        "UID",
        "WBS",
        "Task",
        "Kind",
        "Department",
        "Duration (wd)",
        "Predecessors",
        "Early start",
        "Early finish",
        "Late start",
        "Late finish",
        "Total float (wd)",
        "Free float (wd)",
        "Critical",
        "% complete",
        "Baseline finish",
        "Variance (days)",
    ]
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="0F766E")
    red = Font(color="B91C1C", bold=True)
    for task in tasks:
        item = baseline.get(task.pk)
        sheet.append(
            [
                task.uid,
                task.wbs,
                task.name,
                task.get_kind_display(),
                task.department,
                task.duration_days,
                ", ".join(predecessors.get(task.pk, [])),
                task.early_start,
                task.early_finish,
                task.late_start,
                task.late_finish,
                task.total_float,
                task.free_float,
                "yes" if task.critical else "",
                task.percent_complete,
                item.finish if item else None,
                (task.early_finish - item.finish).days if item and task.early_finish else None,
            ]
        )
        if task.critical:
            sheet.cell(row=sheet.max_row, column=3).font = red
    for row in sheet.iter_rows(min_row=2, min_col=8, max_col=11):
        for cell in row:
            cell.number_format = "yyyy-mm-dd"
    widths = [6, 6, 48, 14, 22, 12, 18, 12, 12, 12, 12, 12, 12, 9, 11, 14, 12]
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "D2"
    sheet.auto_filter.ref = sheet.dimensions
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@transaction.atomic
def plan_import_mspdi(*, actor: User, project: Project, data: bytes) -> tuple[int, list[str]]:
    """Create the plan of an empty project from an MS Project XML file.

    Returns the number of tasks and the reader's notes: what the file held that Accord
    does not represent, so nothing is dropped silently.
    """
    require(actor, "projects.change_project")
    if len(data) > MAX_IMPORT_BYTES:
        raise ValidationError({"file": ["The file is larger than 10 MB."]})
    project = Project.objects.select_for_update().select_related("site").get(pk=project.pk)
    if Task.objects.filter(project=project).exists():
        raise ValidationError({"file": ["This project already has a plan."]})
    try:
        imported = read_mspdi(data)
    except MspdiError as exc:
        raise ValidationError({"file": [f"Not imported: {exc}"]}) from None
    activities = imported.network.activities
    parents = {a.parent for a in activities if a.parent}
    tasks: dict[str, Task] = {}
    for number, activity in enumerate(activities, start=1):
        kind = (
            Task.Kind.SUMMARY
            if activity.id in parents
            else Task.Kind.MILESTONE
            if activity.duration == 0
            else Task.Kind.TASK
        )
        estimate = activity.estimate
        tasks[activity.id] = Task(
            project=project,
            uid=int(activity.id) if activity.id.isdigit() else number,
            wbs=str(number),
            name=(activity.name or f"Task {activity.id}")[:200],
            kind=kind,
            sort_order=number * 10,
            duration_days=activity.duration,
            optimistic_days=round(estimate.optimistic) if estimate else None,
            most_likely_days=round(estimate.most_likely) if estimate else None,
            pessimistic_days=round(estimate.pessimistic) if estimate else None,
            actual_start=activity.actual_start,
            actual_finish=activity.actual_finish,
            percent_complete=100 if activity.actual_finish else 0,
            constraint_type=activity.constraint.type.value if activity.constraint else "",
            constraint_date=activity.constraint.date if activity.constraint else None,
        )
    Task.objects.bulk_create(tasks.values())
    saved = {t.uid: t for t in Task.objects.filter(project=project)}
    for task in tasks.values():
        task.pk = saved[task.uid].pk
    for activity in activities:
        if activity.parent:
            Task.objects.filter(pk=tasks[activity.id].pk).update(parent=tasks[activity.parent].pk)
    Dependency.objects.bulk_create(
        Dependency(
            project=project,
            predecessor=tasks[link.predecessor],
            successor=tasks[link.successor],
            type=link.type.value,
            lag_days=link.lag,
        )
        for link in imported.network.links
    )
    if project.start_date is None:
        project.start_date = imported.network.project_start
        project.save(update_fields=["start_date"])
    # The file's calendar exceptions become the project's own days (planning.calendars).
    days_kept, calendar_notes = project_days_from_file(
        actor=actor, project=project, calendar=imported.network.calendar
    )
    notes = [*imported.notes, *calendar_notes]
    audit_record(
        actor=actor,
        action="planning.plan.imported",
        target=project,
        changes=created(
            {
                "tasks": len(tasks),
                "links": len(imported.network.links),
                "calendar_days_kept": days_kept,
                "not_imported": notes,
            }
        ),
    )
    reschedule(project)
    return len(tasks), notes
