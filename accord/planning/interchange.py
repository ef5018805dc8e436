"""Plans in and out: MS Project XML (MSPDI) both ways, Primavera P6 XER in, and an Excel
task list out."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction

from accord.accounts.models import User
from accord.audit.services import audit_record, created
from accord.core.exports import Column, rows_of, xlsx_bytes, xlsx_sheet, xlsx_workbook
from accord.core.permissions import require
from accord.planning.calendars import project_days_from_file
from accord.planning.models import Dependency, Task, TaskAssignment, TaskEquipment
from accord.planning.scheduling import CONTINUOUS, network_of, reschedule
from accord.planning.selectors import baseline_dates, plan_of
from accord.projects.models import Project
from accord.scheduling import (
    Activity,
    Assignment,
    Calendar,
    MspdiError,
    Resource,
    XerError,
    read_mspdi,
    read_xer,
    write_mspdi,
)
from accord.scheduling.xer import is_xer

MAX_IMPORT_BYTES = 10 * 1024 * 1024


def plan_export_mspdi(project: Project) -> bytes:
    """The plan as MS Project XML, with the people assigned to tasks and the equipment
    booked for them as work resources (the role each person plays, or what the equipment
    is used for, as the assignment's note); people first, then equipment ("CODE name")."""
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
    equipment: dict[int, Resource] = {}
    for booking in TaskEquipment.objects.filter(task__project=project).select_related("equipment"):
        item = booking.equipment
        key = f"equipment-{item.pk}"
        equipment.setdefault(item.pk, Resource(key, f"{item.code} {item.name}"))
        on_tasks.append(Assignment(uid[booking.task_id], key, booking.purpose))
    return write_mspdi(
        network_of(project, tasks, links),
        resources=[
            *sorted(people.values(), key=lambda r: r.name),
            *sorted(equipment.values(), key=lambda r: r.name),
        ],
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


def _task_calendar(activity: Activity, label: str, notes: list[str]) -> str:
    """The task calendar a plan can hold for an activity's own calendar: continuous
    work (every day, no holidays) or the project's; any other is reported."""
    cal: Calendar | None = activity.calendar
    if cal is None:
        return Task.CalendarKind.PROJECT
    if cal.working_weekdays == CONTINUOUS.working_weekdays and not cal.holidays:
        return Task.CalendarKind.CONTINUOUS
    notes.append(
        f"{label} works on the calendar {cal.name!r}, which a plan cannot hold: it follows "
        "the project's working days"
    )
    return Task.CalendarKind.PROJECT


@transaction.atomic
def plan_import_mspdi(*, actor: User, project: Project, data: bytes) -> tuple[int, list[str]]:
    """Create the plan of an empty project from an MS Project XML or a Primavera P6 XER
    file (told apart by their content).

    Returns the number of tasks and the reader's notes: what the file held that Accord
    does not represent, so nothing is dropped silently. Resources and their assignments
    are not imported (the notes say how many, or who, for XER): people are put on tasks
    in Accord, through the qualification gate.
    """
    require(actor, "projects.change_project")
    if len(data) > MAX_IMPORT_BYTES:
        raise ValidationError({"file": ["The file is larger than 10 MB."]})
    project = (
        Project.objects.select_for_update(of=("self",)).select_related("site").get(pk=project.pk)
    )
    if Task.objects.filter(project=project).exists():
        raise ValidationError({"file": ["This project already has a plan."]})
    xer = is_xer(data)
    try:
        imported = read_xer(data) if xer else read_mspdi(data)
    except (MspdiError, XerError) as exc:
        raise ValidationError({"file": [f"Not imported: {exc}"]}) from None
    notes = list(imported.notes)
    if xer and imported.assignments:
        notes.append(
            f"{len(imported.assignments)} resource assignment(s) of "
            f"{len(imported.resources)} resource(s) are not imported: put people on tasks "
            "in Accord"
        )
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
        label = f"task {activity.id} ({activity.name})" if activity.name else f"task {activity.id}"
        if activity.alap:
            notes.append(
                f"{label} is as late as possible; the plan schedules it as soon as possible"
            )
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
            calendar=_task_calendar(activity, label, notes),
        )
    Task.objects.bulk_create(tasks.values())
    saved = {t.uid: t for t in Task.objects.filter(project=project)}
    for task in tasks.values():
        task.pk = saved[task.uid].pk
    for activity in activities:
        if activity.parent:
            Task.objects.filter(pk=tasks[activity.id].pk).update(parent=tasks[activity.parent].pk)
    kept: dict[tuple[str, str], object] = {}
    for link in imported.network.links:
        pair = (link.predecessor, link.successor)
        if pair in kept:  # P6 allows two links between the same tasks (SS and FF, say)
            first = kept[pair]
            notes.append(
                f"the link {link.predecessor} -> {link.successor} ({link.type.value}"
                f"{link.lag:+d}d) is not imported: a plan keeps one link between two tasks, "
                f"the first one ({first.type.value}{first.lag:+d}d) is kept"
            )
            continue
        kept[pair] = link
    Dependency.objects.bulk_create(
        Dependency(
            project=project,
            predecessor=tasks[link.predecessor],
            successor=tasks[link.successor],
            type=link.type.value,
            lag_days=link.lag,
        )
        for link in kept.values()
    )
    dates = []
    if project.start_date is None:
        project.start_date = imported.network.project_start
        dates.append("start_date")
    if project.data_date is None and imported.network.data_date is not None:
        project.data_date = imported.network.data_date  # the file's progress is as of it
        dates.append("data_date")
    if dates:
        project.save(update_fields=dates)
    # The file's calendar exceptions become the project's own days (planning.calendars).
    days_kept, calendar_notes = project_days_from_file(
        actor=actor, project=project, calendar=imported.network.calendar
    )
    notes = [*notes, *calendar_notes]
    audit_record(
        actor=actor,
        action="planning.plan.imported",
        target=project,
        changes=created(
            {
                "tasks": len(tasks),
                "format": "Primavera XER" if xer else "MS Project XML",
                "links": len(kept),
                "calendar_days_kept": days_kept,
                "not_imported": notes,
            }
        ),
    )
    reschedule(project)
    return len(tasks), notes
