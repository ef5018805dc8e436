"""Plans in and out: MS Project XML (MSPDI) both ways, and an Excel task list."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction

from accord.accounts.models import User
from accord.audit.services import audit_record, created
from accord.core.exports import Column, rows_of, xlsx_bytes, xlsx_sheet, xlsx_workbook
from accord.core.permissions import require
from accord.planning.calendars import project_days_from_file
from accord.planning.models import Dependency, Task, TaskAssignment
from accord.planning.scheduling import network_of, reschedule
from accord.planning.selectors import baseline_dates, plan_of
from accord.projects.models import Project
from accord.scheduling import Assignment, MspdiError, Resource, read_mspdi, write_mspdi

MAX_IMPORT_BYTES = 10 * 1024 * 1024


def plan_export_mspdi(project: Project) -> bytes:
    """The plan as MS Project XML, with the people assigned to tasks as work resources
    (the role each plays on a task as the assignment's note)."""
    tasks, links = plan_of(project)
    uid = {t.pk: str(t.uid) for t in tasks}
    people: dict[int, Resource] = {}
    on_tasks = []
    for assignment in TaskAssignment.objects.filter(task__project=project).select_related("person"):
        person = assignment.person
        people.setdefault(person.pk, Resource(str(person.pk), person.printed_name))
        on_tasks.append(
            Assignment(uid[assignment.task_id], str(person.pk), assignment.role_on_task)
        )
    return write_mspdi(
        network_of(project, tasks, links),
        resources=sorted(people.values(), key=lambda r: r.name),
        assignments=on_tasks,
    )


def plan_export_xlsx(project: Project) -> bytes:
    """The task table as a spreadsheet people can filter and print (accord.core.exports:
    task names stay text, whatever they begin with)."""
    from openpyxl.styles import Font

    tasks, links = plan_of(project)
    _, baseline = baseline_dates(project)
    uid = {t.pk: t.uid for t in tasks}
    predecessors: dict[int, list[str]] = {}
    for link in links:
        lag = f"{link.lag_days:+d}d" if link.lag_days else ""
        predecessors.setdefault(link.successor_id, []).append(
            f"{uid[link.predecessor_id]}{link.type}{lag}"
        )

    def variance(task: Task) -> int | None:
        item = baseline.get(task.pk)
        return (task.early_finish - item.finish).days if item and task.early_finish else None

    columns = (
        Column("UID", "uid", 6),
        Column("WBS", "wbs", 6),
        Column("Task", "name", 48),
        Column("Kind", "kind", 14),
        Column("Department", "department", 22),
        Column("Duration (wd)", "duration_days", 12),
        Column("Predecessors", lambda t: ", ".join(predecessors.get(t.pk, [])), 18),
        Column("Early start", "early_start", 12),
        Column("Early finish", "early_finish", 12),
        Column("Late start", "late_start", 12),
        Column("Late finish", "late_finish", 12),
        Column("Total float (wd)", "total_float", 12),
        Column("Free float (wd)", "free_float", 12),
        Column("Critical", "critical", 9),
        Column("% complete", "percent_complete", 11),
        Column("Baseline finish", lambda t: getattr(baseline.get(t.pk), "finish", None), 14),
        Column("Variance (days)", variance, 12),
    )
    book = xlsx_workbook()
    sheet = xlsx_sheet(
        book,
        "Tasks",
        [column.heading for column in columns],
        rows_of(tasks, columns),
        widths=[column.width for column in columns],
        freeze="D2",
    )
    red = Font(color="B91C1C", bold=True)
    for row, task in enumerate(tasks, start=2):
        if task.critical:
            sheet.cell(row=row, column=3).font = red
    return xlsx_bytes(book)


@transaction.atomic
def plan_import_mspdi(*, actor: User, project: Project, data: bytes) -> tuple[int, list[str]]:
    """Create the plan of an empty project from an MS Project XML file.

    Returns the number of tasks and the reader's notes: what the file held that Accord
    does not represent, so nothing is dropped silently. Resources and their assignments
    are not imported (the notes say how many): people are put on tasks in Accord, through
    the qualification gate.
    """
    require(actor, "projects.change_project")
    if len(data) > MAX_IMPORT_BYTES:
        raise ValidationError({"file": ["The file is larger than 10 MB."]})
    project = (
        Project.objects.select_for_update(of=("self",)).select_related("site").get(pk=project.pk)
    )
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
