"""Concern pages: the queue (staff: every concern, nearest due clock first; a sponsor: its
own), raising one, and a concern's page with its clocks, its story and the actions the
reader may take now. Every action calls one service."""

from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from accord.accounts.models import Organization
from accord.changes.selectors import change_orders_visible_to
from accord.clients.models import SponsorProfile
from accord.clients.selectors import interactions_visible_to
from accord.core.errors import apply_to_form
from accord.core.input import INT64_MAX
from accord.core.pagination import paginate
from accord.core.storage import file_download
from accord.core.workflow import TransitionNotAllowed
from accord.delays.selectors import delays_visible_to
from accord.notifications.events import users_with_permission
from accord.projects.selectors import projects_visible_to
from accord.risks.selectors import risks_visible_to
from accord.service import selectors, services
from accord.service.clock_rows import clock_rows, next_due
from accord.service.clocks import ClockState
from accord.service.forms import (
    AcknowledgeForm,
    AssignForm,
    AttachForm,
    ConcernRaiseForm,
    ContactForm,
    LinkForm,
    ReasonForm,
    ResolveForm,
    TextForm,
)
from accord.service.models import Concern, ConcernState
from accord.service.workflows import SERVE

VIEW = "service.view_concern"


def _zone_for(user, concern: Concern) -> str:
    """Staff read times in the site's zone; a sponsor in its own, where its profile says."""
    if user.is_sponsor_user:
        profile = SponsorProfile.objects.filter(sponsor_id=user.organization_id).first()
        if profile is not None and profile.time_zone:
            return profile.time_zone
    return concern.site.time_zone


CLOCK_FILTERS = {"at_risk": "At risk", "breached": "Breached"}


@login_required
def concern_list(request: HttpRequest) -> HttpResponse:
    if not request.user.has_perm(VIEW):
        raise PermissionDenied("Your roles do not allow you to see concerns.")
    concerns = selectors.concerns_visible_to(request.user).prefetch_related("pauses")
    query = request.GET.get("q", "").strip()
    state = request.GET.get("state", "")
    mine = request.GET.get("mine") == "1" and request.user.is_cdmo_staff
    at = request.GET.get("clock", "")
    sponsor_id = request.GET.get("sponsor", "")
    if query:
        concerns = concerns.filter(Q(title__icontains=query) | Q(description__icontains=query))
    if state in ConcernState.values:
        concerns = concerns.filter(state=state)
    elif state != "all":
        concerns = concerns.exclude(state=ConcernState.CLOSED)
    if mine:
        concerns = concerns.filter(owner=request.user)
    if sponsor_id.isdigit() and int(sponsor_id) <= INT64_MAX and request.user.is_cdmo_staff:
        concerns = concerns.filter(sponsor_id=int(sponsor_id))
    now = timezone.now()
    context = selectors.ClockContext()  # each sponsor's policy and site's calendar read once
    entries = []
    for concern in concerns:
        rows = clock_rows(concern, now, context)
        if at == "breached" and not any(
            r.clock and r.clock.state is ClockState.BREACHED for r in rows
        ):
            continue
        if at == "at_risk" and not any(
            r.clock and r.clock.state is ClockState.AT_RISK for r in rows
        ):
            continue
        entries.append({"concern": concern, "rows": rows, "next_due": next_due(rows)})
    far = dt.datetime.max.replace(tzinfo=dt.UTC)
    entries.sort(key=lambda e: (e["next_due"] or far, e["concern"].raised_at))
    page = paginate(request, entries)
    params = request.GET.copy()
    params.pop("page", None)
    return render(
        request,
        "service/concern_list.html",
        {
            "page": page,
            "querystring": params.urlencode(),
            "query": query,
            "state": state,
            "states": ConcernState.choices,
            "mine": mine,
            "clock_filter": at,
            "clock_filters": CLOCK_FILTERS.items(),
            "sponsor_id": sponsor_id,
            "sponsors": Organization.objects.filter(kind=Organization.Kind.SPONSOR).order_by("name")
            if request.user.is_cdmo_staff
            else None,
            "filtered": bool(query or state or mine or at or sponsor_id),
            "can_raise": request.user.has_perm("service.add_concern"),
        },
    )


@login_required
def concern_create(request: HttpRequest) -> HttpResponse:
    user = request.user
    if not user.has_perm("service.add_concern"):
        raise PermissionDenied("Your roles do not allow you to raise concerns.")
    projects = projects_visible_to(user).order_by("code")
    sponsors = None
    interaction = None
    initial: dict[str, object] = {}
    if user.is_cdmo_staff:
        sponsors = Organization.objects.filter(kind=Organization.Kind.SPONSOR).order_by("name")
        # Turning a conversation flagged as a concern into one: its words come along.
        raw = request.GET.get("interaction") or request.POST.get("interaction") or ""
        if raw.isdigit() and int(raw) <= INT64_MAX:
            interaction = get_object_or_404(interactions_visible_to(user), pk=int(raw))
            initial = {
                "sponsor": interaction.sponsor_id,
                "title": interaction.subject,
                "description": interaction.summary,
            }
    form = ConcernRaiseForm(
        request.POST or None,
        request.FILES or None,
        sponsors=sponsors,
        projects=projects,
        initial=initial,
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            concern = services.concern_raise(
                actor=user,
                sponsor=data["sponsor"] if sponsors is not None else user.organization,
                project=data["project"],
                title=data["title"],
                description=data["description"],
                category=data["category"],
                urgency=data["urgency"],
                interaction=interaction,
                files=data["files"],
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            owner = concern.owner.printed_name if concern.owner else "the account team"
            messages.success(request, f"{concern.number} is raised; {owner} has it.")
            return redirect("service:concern", pk=concern.pk)
    return render(request, "service/concern_form.html", {"form": form, "interaction": interaction})


def _actions(concern: Concern, user) -> list[str]:
    """The actions this reader may take now, in the order of the concern's life."""
    s = ConcernState
    if user.is_sponsor_user:
        actions = []
        if concern.state == s.WAITING:
            actions.append("answer")
        if concern.state == s.RESOLVED and user.has_perm("service.confirm_concern"):
            actions += ["confirm", "reopen"]
        if concern.state != s.CLOSED and user.has_perm("service.add_concern"):
            actions.append("attach")
        return actions
    if not user.has_perm("service.change_concern"):
        return []
    by_state = {
        s.RAISED: ["acknowledge", "contact", "assign", "attach", "note"],
        s.ACKNOWLEDGED: ["contact", "update", "wait", "assign", "attach", "link", "note"],
        s.IN_PROGRESS: ["update", "resolve", "wait", "assign", "attach", "link", "note"],
        s.WAITING: ["resume", "update", "assign", "attach", "link", "note"],
        s.RESOLVED: ["assign", "attach", "link", "note"],
        s.CLOSED: ["link", "note"],
    }
    actions = by_state[concern.state]
    if concern.owner_id not in (None, user.pk):
        actions = [a for a in actions if a != "acknowledge"]
        if not user.has_perm("service.assign_concern"):
            actions = [a for a in actions if a != "assign"]
    return actions


FORMS = {
    "acknowledge": AcknowledgeForm,
    "contact": ContactForm,
    "update": TextForm,
    "note": TextForm,
    "wait": ReasonForm,
    "resume": TextForm,
    "resolve": ResolveForm,
    "answer": TextForm,
    "confirm": TextForm,
    "reopen": ReasonForm,
    "assign": AssignForm,
    "link": LinkForm,
    "attach": AttachForm,
}


def _form(action: str, concern: Concern, user, data=None, files=None):
    """The form of ``action`` on this concern for this reader, bound or not."""
    kwargs: dict[str, object] = {"prefix": action}
    if data is None:
        kwargs["initial"] = {"version": concern.version}
    if action == "assign":
        kwargs["owners"] = (
            users_with_permission(SERVE)
            .filter(organization__kind=Organization.Kind.CDMO)
            .order_by("last_name", "first_name")
        )
        kwargs["may_prioritize"] = user.has_perm("service.assign_concern")
    form = FORMS[action](data, files, **kwargs)
    if action in ("resolve", "link"):
        mine = {"project__sponsor": concern.sponsor}
        form.add_link_fields(
            risks=risks_visible_to(user).filter(**mine).order_by("project__code", "sequence"),
            delays=delays_visible_to(user).filter(**mine).order_by("project__code", "number"),
            change_orders=change_orders_visible_to(user)
            .filter(**mine)
            .order_by("project__code", "number"),
        )
    if action in ("confirm", "resume"):
        form.fields["text"].required = False
    for name in ("text", "reason"):
        if name in form.fields and action in FIELD_LABELS:
            form.fields[name].label = FIELD_LABELS[action]
    return form


def _run(action: str, user, concern: Concern, data: dict) -> str:
    """Take ``action`` through its service; the message to show."""
    if action == "acknowledge":
        services.concern_acknowledge(
            actor=user, concern=concern, message=data["message"], version=data["version"]
        )
        return "Acknowledged: the sponsor has your message."
    if action == "contact":
        services.concern_contact(actor=user, concern=concern, **data)
        return "The first contact and its containment are recorded."
    if action == "update":
        services.concern_update(actor=user, concern=concern, text=data["text"])
        return "The sponsor has your update."
    if action == "note":
        services.concern_note(actor=user, concern=concern, text=data["text"])
        return "Note added (staff only)."
    if action == "wait":
        services.concern_wait(actor=user, concern=concern, reason=data["reason"])
        return "Waiting on the sponsor: the clocks are paused."
    if action in ("resume", "answer"):
        services.concern_resume(actor=user, concern=concern, text=data["text"])
        return "The clocks run again." if action == "resume" else "Thank you: your answer is in."
    if action == "resolve":
        services.concern_resolve(
            actor=user,
            concern=concern,
            resolution=data["resolution"],
            root_cause=data["root_cause"],
            version=data["version"],
            risks=list(data["risks"]),
            delays=list(data["delays"]),
            change_orders=list(data["change_orders"]),
        )
        return "Resolved: the sponsor is asked to confirm."
    if action == "confirm":
        services.concern_confirm(actor=user, concern=concern, text=data["text"])
        return "Thank you: the concern is closed."
    if action == "assign":
        services.concern_assign(
            actor=user,
            concern=concern,
            owner=data["owner"],
            priority=data.get("priority", ""),
            reason=data["reason"],
            version=data["version"],
        )
        return "The concern's owner or priority is changed."
    if action == "link":
        services.concern_link(
            actor=user,
            concern=concern,
            risks=list(data["risks"]),
            delays=list(data["delays"]),
            change_orders=list(data["change_orders"]),
        )
        return "Linked."
    if action == "attach":
        attachment = services.concern_attach(actor=user, concern=concern, upload=data["file"])
        return f"{attachment.original_name} is added."
    services.concern_reopen(actor=user, concern=concern, reason=data["reason"])
    return "The concern is open again; its owner has your reason."


@login_required
def concern_detail(request: HttpRequest, pk: int) -> HttpResponse:
    concern = get_object_or_404(selectors.concerns_visible_to(request.user), pk=pk)
    user = request.user
    actions = _actions(concern, user)
    bound: dict[str, object] = {}
    status = 200
    if request.method == "POST":
        action = request.POST.get("action", "")
        if action not in actions:
            raise PermissionDenied("This action is not open to you now.")
        form = _form(action, concern, user, request.POST, request.FILES)
        bound[action] = form
        if form.is_valid():
            try:
                message = _run(action, user, concern, dict(form.cleaned_data))
            except ValidationError as exc:
                apply_to_form(form, exc)  # a stale version answers 409 (the middleware)
            except TransitionNotAllowed as exc:
                form.add_error(None, str(exc))
                status = 409
            else:
                messages.success(request, message)
                return redirect("service:concern", pk=concern.pk)
    forms = {action: bound.get(action) or _form(action, concern, user) for action in actions}
    now = timezone.now()
    entries = selectors.concern_entries_visible_to(user).filter(concern=concern)
    return render(
        request,
        "service/concern_detail.html",
        {
            "concern": concern,
            "rows": clock_rows(concern, now),
            "zone": _zone_for(user, concern),
            "entries": entries.select_related("author", "interaction"),
            "attachments": selectors.concern_attachments_visible_to(user).filter(concern=concern),
            "links": selectors.concern_links_visible_to(user, concern),
            "forms": forms,
            "labels": ACTION_LABELS,
        },
        status=status,
    )


@login_required
def concern_attachment(request: HttpRequest, pk: int, file_id: int) -> FileResponse | HttpResponse:
    """A concern's file, for whoever may see the concern (another sponsor's answers 404)."""
    attachment = get_object_or_404(
        selectors.concern_attachments_visible_to(request.user), pk=file_id, concern_id=pk
    )
    return file_download(
        request,
        attachment,
        attachment.file,
        sha256=attachment.sha256,
        filename=attachment.original_name,
        content_type=attachment.content_type,
    )


FIELD_LABELS = {
    "update": "What the sponsor should know now",
    "note": "For your colleagues (never shown to the sponsor)",
    "wait": "What you are waiting for from the sponsor",
    "resume": "What the sponsor answered (optional)",
    "answer": "Your answer",
    "confirm": "A word for the team (optional)",
    "reopen": "Why the resolution does not settle it",
}

ACTION_LABELS = {
    "acknowledge": "Acknowledge",
    "contact": "Record the first contact",
    "update": "Update the sponsor",
    "note": "Add an internal note",
    "wait": "Wait on the sponsor",
    "resume": "Resume",
    "resolve": "Resolve",
    "answer": "Answer",
    "confirm": "Confirm the resolution",
    "reopen": "Reopen",
    "assign": "Hand over or reprioritize",
    "link": "Link records",
    "attach": "Add a file",
}
