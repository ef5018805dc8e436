"""Meeting pages: a project's meetings, one meeting with its decisions and action items,
the staff forms, and the action items across the portfolio."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from accord.accounts.decorators import staff_required
from accord.core.errors import apply_to_form
from accord.core.pagination import paginate
from accord.core.workflow import TransitionNotAllowed
from accord.meetings import selectors, services
from accord.meetings.forms import (
    ActionItemCloseForm,
    ActionItemEditForm,
    ActionItemFilterForm,
    ActionItemForm,
    ActionItemReopenForm,
    DecisionForm,
    MeetingEditForm,
    MeetingFilterForm,
    MeetingForm,
)
from accord.meetings.models import ActionItem, Meeting
from accord.projects.models import Project
from accord.projects.selectors import projects_visible_to


def _project(request: HttpRequest, pk: int) -> Project:
    """The project if the user may see it (else 404), then the right to see its meetings."""
    project = get_object_or_404(projects_visible_to(request.user), pk=pk)
    if not request.user.has_perm("meetings.view_meeting"):
        raise PermissionDenied("Your roles do not allow you to see meetings.")
    return project


def _meeting(request: HttpRequest, pk: int) -> Meeting:
    return get_object_or_404(selectors.meetings_visible_to(request.user), pk=pk)


def _item(request: HttpRequest, pk: int) -> ActionItem:
    return get_object_or_404(selectors.action_items_visible_to(request.user), pk=pk)


def _querystring(request: HttpRequest) -> str:
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


def _staff_may(request: HttpRequest, permission: str) -> bool:
    return request.user.is_cdmo_staff and request.user.has_perm(permission)


@login_required
def project_meetings(request: HttpRequest, pk: int) -> HttpResponse:
    project = _project(request, pk)
    form = MeetingFilterForm(request.GET or None)
    meetings = selectors.meetings_visible_to(request.user).filter(project=project)
    filtered = selectors.meetings_filter(meetings, **form.filters())
    return render(
        request,
        "meetings/project_meetings.html",
        {
            "project": project,
            "form": form,
            "page": paginate(request, filtered),
            "querystring": _querystring(request),
            "meeting_count": meetings.count(),
            "open_actions": selectors.action_items_visible_to(request.user)
            .filter(project=project, status=ActionItem.Status.OPEN)
            .count(),
            "can_record": _staff_may(request, "meetings.add_meeting"),
        },
    )


@login_required
def meeting_detail(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _meeting(request, pk)
    items = selectors.action_items_visible_to(request.user).filter(meeting=meeting)
    return render(
        request,
        "meetings/meeting_detail.html",
        {
            "meeting": meeting,
            "project": meeting.project,
            "decisions": selectors.decisions_visible_to(request.user).filter(meeting=meeting),
            "items": [
                (item, services.action_item_can_close(request.user, item))
                for item in items.order_by("number")
            ],
            "today": timezone.localdate(),
            "can_change": _staff_may(request, "meetings.change_meeting"),
            "can_add_action": _staff_may(request, "meetings.add_actionitem"),
            "can_change_actions": _staff_may(request, "meetings.change_actionitem"),
        },
    )


@staff_required("meetings.add_meeting")
def meeting_create(request: HttpRequest, pk: int) -> HttpResponse:
    project = _project(request, pk)
    form = MeetingForm(request.POST or None, initial={"held_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        try:
            meeting = services.meeting_record(
                actor=request.user, project=project, **form.cleaned_data
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"Meeting {meeting.reference} was recorded.")
            return redirect("meetings:detail", pk=meeting.pk)
    return render(request, "meetings/meeting_form.html", {"form": form, "project": project})


@staff_required("meetings.change_meeting")
def meeting_edit(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _meeting(request, pk)
    initial = {name: getattr(meeting, name) for name in services.MEETING_EDITABLE}
    initial["version"] = meeting.version
    form = MeetingEditForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.meeting_update(actor=request.user, meeting=meeting, **form.cleaned_data)
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"Meeting {meeting.reference} was updated.")
            return redirect("meetings:detail", pk=meeting.pk)
    return render(
        request,
        "meetings/meeting_form.html",
        {"form": form, "project": meeting.project, "meeting": meeting},
    )


@staff_required("meetings.change_meeting")
def decision_add(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _meeting(request, pk)
    form = DecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.decision_add(actor=request.user, meeting=meeting, **form.cleaned_data)
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"Decision added to {meeting.reference}.")
            return redirect("meetings:detail", pk=meeting.pk)
    return render(
        request,
        "meetings/decision_form.html",
        {"form": form, "project": meeting.project, "meeting": meeting},
    )


@staff_required("meetings.add_actionitem")
def action_item_add(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _meeting(request, pk)
    form = ActionItemForm(
        request.POST or None,
        project=meeting.project,
        owners=selectors.action_item_owner_candidates(meeting.project),
    )
    if request.method == "POST" and form.is_valid():
        try:
            item = services.action_item_add(
                actor=request.user, meeting=meeting, **form.cleaned_data
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"Action item {item.reference} was added.")
            return redirect("meetings:detail", pk=meeting.pk)
    return render(
        request,
        "meetings/action_item_form.html",
        {"form": form, "project": meeting.project, "meeting": meeting},
    )


@staff_required("meetings.change_actionitem")
def action_item_edit(request: HttpRequest, pk: int) -> HttpResponse:
    item = _item(request, pk)
    initial = {
        "description": item.description,
        "owner": item.owner_id,
        "due_on": item.due_on,
        "version": item.version,
    }
    form = ActionItemEditForm(
        request.POST or None,
        project=item.project,
        owners=selectors.action_item_owner_candidates(item.project),
        initial=initial,
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.action_item_update(actor=request.user, item=item, **form.cleaned_data)
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"Action item {item.reference} was updated.")
            return redirect("meetings:detail", pk=item.meeting_id)
    return render(
        request,
        "meetings/action_item_form.html",
        {"form": form, "project": item.project, "meeting": item.meeting, "item": item},
    )


@login_required
def action_item_close(request: HttpRequest, pk: int) -> HttpResponse:
    """Mark an action item done: its owner (sponsor users included) or the project manager."""
    item = _item(request, pk)
    if not item.is_open:
        messages.info(request, f"Action item {item.reference} is already done.")
        return redirect("meetings:detail", pk=item.meeting_id)
    if not services.action_item_can_close(request.user, item):
        raise PermissionDenied("Only the owner or the project manager marks this item done.")
    form = ActionItemCloseForm(
        request.POST or None,
        initial={"done_on": timezone.localdate(), "version": item.version},
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.action_item_close(actor=request.user, item=item, **form.cleaned_data)
        except ValidationError as exc:
            apply_to_form(form, exc)
        except TransitionNotAllowed as exc:
            messages.error(request, str(exc))
            return redirect("meetings:detail", pk=item.meeting_id)
        else:
            messages.success(request, f"Action item {item.reference} is done.")
            return redirect("meetings:detail", pk=item.meeting_id)
    return render(
        request,
        "meetings/action_item_transition.html",
        {
            "form": form,
            "item": item,
            "project": item.project,
            "meeting": item.meeting,
            "closing": True,
        },
    )


@staff_required("meetings.change_actionitem")
def action_item_reopen(request: HttpRequest, pk: int) -> HttpResponse:
    item = _item(request, pk)
    if item.is_open:
        messages.info(request, f"Action item {item.reference} is already open.")
        return redirect("meetings:detail", pk=item.meeting_id)
    form = ActionItemReopenForm(request.POST or None, initial={"version": item.version})
    if request.method == "POST" and form.is_valid():
        try:
            services.action_item_reopen(actor=request.user, item=item, **form.cleaned_data)
        except ValidationError as exc:
            apply_to_form(form, exc)
        except TransitionNotAllowed as exc:
            messages.error(request, str(exc))
            return redirect("meetings:detail", pk=item.meeting_id)
        else:
            messages.success(request, f"Action item {item.reference} is open again.")
            return redirect("meetings:detail", pk=item.meeting_id)
    return render(
        request,
        "meetings/action_item_transition.html",
        {"form": form, "item": item, "project": item.project, "meeting": item.meeting},
    )


@staff_required("meetings.view_meeting")
def action_items(request: HttpRequest) -> HttpResponse:
    """Action items across every project the user can see: mine, overdue, open or done."""
    visible = selectors.action_items_visible_to(request.user)
    projects = (
        projects_visible_to(request.user)
        .filter(action_items__isnull=False)
        .distinct()
        .order_by("code")
    )
    form = ActionItemFilterForm(request.GET or None, projects=projects)
    filters = form.filters(request.user)
    items = selectors.action_items_filter(visible, **filters).order_by(
        "due_on", "project__code", "number"
    )
    today = timezone.localdate()
    return render(
        request,
        "meetings/action_items.html",
        {
            "form": form,
            "page": paginate(request, items),
            "querystring": _querystring(request),
            "status": filters["status"],
            "today": today,
            "mine_open": selectors.action_items_of_user(request.user).count(),
            "mine_overdue": selectors.action_items_of_user(request.user, status="overdue").count(),
        },
    )
