"""Every training assignment: search, filter, export; assign training to named people
and cancel an assignment (training coordinators)."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from accord.core import clock, exports
from accord.core.errors import apply_to_form
from accord.core.pagination import paginate
from accord.teams.models import Department
from accord.training import services
from accord.training.forms import AssignForm, ReasonForm
from accord.training.models import Assignment, Reason, Requirement
from accord.training.views.common import (
    can_manage,
    int_param,
    manager_page,
    querystring,
    staff_page,
)

STATES = [
    ("", "Every state"),
    ("open", "Open"),
    ("overdue", "Overdue"),
    ("completed", "Completed"),
    ("cancelled", "Cancelled"),
]


def _filtered(request: HttpRequest):
    today = clock.today()
    assignments = Assignment.objects.select_related(
        "person", "requirement", "document_version__document"
    )
    get = request.GET
    query = get.get("q", "").strip()[:100]
    state = get.get("state", "")
    department = get.get("department", "")
    reason = get.get("reason", "")
    person = int_param(request, "person")
    requirement = int_param(request, "requirement")
    if query:
        for word in query.split()[:5]:
            assignments = assignments.filter(
                Q(requirement__title__icontains=word)
                | Q(requirement__code__icontains=word)
                | Q(person__first_name__icontains=word)
                | Q(person__last_name__icontains=word)
                | Q(source__icontains=word)
            )
    if state == "overdue":
        assignments = assignments.filter(status=Assignment.Status.OPEN, due_on__lt=today)
    elif state in Assignment.Status.values:
        assignments = assignments.filter(status=state)
    if department in Department.values:
        assignments = assignments.filter(
            person__job_roles_held__job_role__department=department,
            person__job_roles_held__ended_on__isnull=True,
        ).distinct()
    if reason in Reason.values:
        assignments = assignments.filter(reason=reason)
    if person:
        assignments = assignments.filter(person_id=person)
    if requirement:
        assignments = assignments.filter(requirement_id=requirement)
    filters = {
        "q": query,
        "state": state,
        "department": department,
        "reason": reason,
        "person": person,
        "requirement": requirement,
    }
    return assignments, filters


@staff_page
def assignment_list(request: HttpRequest) -> HttpResponse:
    assignments, filters = _filtered(request)
    page = paginate(request, assignments.order_by("status", "due_on", "pk"), per_page=25)
    return render(
        request,
        "training/assignment_list.html",
        {
            "page": page,
            "filters": filters,
            "states": STATES,
            "departments": Department.choices,
            "reasons": Reason.choices,
            "requirements": Requirement.objects.order_by("code"),
            "querystring": querystring(request),
            "filtered": any(filters.values()),
            "today": clock.today(),
            "can_manage": can_manage(request.user),
        },
    )


COLUMNS = [
    exports.Column("Person", lambda a: a.person.printed_name, 24),
    exports.Column("Requirement", lambda a: a.requirement.code, 18),
    exports.Column("Title", lambda a: a.requirement.title, 36),
    exports.Column("Kind", lambda a: a.requirement.get_kind_display()),
    exports.Column("Version", lambda a: a.what_to_read),
    exports.Column("Reason", "reason"),
    exports.Column("Source", "source"),
    exports.Column("Assigned", "assigned_on"),
    exports.Column("Due", "due_on"),
    exports.Column("Status", "status"),
    exports.Column("Completed", "completed_on"),
    exports.Column("Evidence", "completion_note"),
]


@staff_page
def assignment_export(request: HttpRequest, fmt: str) -> HttpResponse:
    if fmt not in ("csv", "xlsx"):
        raise Http404("Export as csv or xlsx.")
    assignments, _ = _filtered(request)
    rows = list(exports.rows_of(assignments.order_by("status", "due_on", "pk"), COLUMNS))
    headings = [c.heading for c in COLUMNS]
    if fmt == "csv":
        return exports.csv_response("training-assignments.csv", headings, rows)
    book = exports.xlsx_workbook()
    exports.xlsx_sheet(book, "Assignments", headings, rows, widths=[c.width or 14 for c in COLUMNS])
    return exports.xlsx_response(book, "training-assignments.xlsx")


@manager_page
def assign(request: HttpRequest) -> HttpResponse:
    initial = {}
    if person := int_param(request, "person"):
        initial["people"] = [person]
    if requirement := int_param(request, "requirement"):
        initial["requirement"] = requirement
    form = AssignForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            made = services.training_assign(
                actor=request.user,
                people=list(data["people"]),
                requirement=data["requirement"],
                reason=data["reason"],
                due_on=data["due_on"],
                source=data.get("source", ""),
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(
                request,
                f"{data['requirement'].title}: {len(made)} "
                f"assignment{'s' if len(made) != 1 else ''} open.",
            )
            return redirect(f"{_list_url()}?requirement={data['requirement'].pk}&state=open")
    return render(
        request,
        "training/form.html",
        {
            "title": "Assign training",
            "lead": "To named people: a CAPA's retraining, a change's training action, a "
            "coordinator's decision. Someone with this training open already keeps one "
            "assignment, moved to the earlier due date.",
            "form": form,
            "button": "Assign",
            "back_url": _list_url(),
            "crumb": ("Assignments", _list_url()),
        },
    )


def _list_url() -> str:
    from django.urls import reverse

    return reverse("training:assignments")


@manager_page
def assignment_cancel(request: HttpRequest, pk: int) -> HttpResponse:
    assignment = get_object_or_404(
        Assignment.objects.select_related("person", "requirement"), pk=pk
    )
    form = ReasonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.assignment_cancel(
                actor=request.user, assignment=assignment, reason=form.cleaned_data["reason"]
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, "The assignment is cancelled.")
            return redirect("training:assignment", pk=assignment.pk)
    return render(
        request,
        "training/form.html",
        {
            "title": f"Cancel {assignment.requirement.title} for {assignment.person.printed_name}",
            "lead": "A cancelled assignment stays on the record with its reason.",
            "form": form,
            "button": "Cancel the assignment",
            "back": ("training:assignment", assignment.pk),
        },
    )
