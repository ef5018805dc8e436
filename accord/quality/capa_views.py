"""CAPA pages. Everyone reads the CAPA they may see (a sponsor: those of its deviations it
was told of; another sponsor's answers 404); the CDMO's staff open CAPA, add and do
actions, and QA verifies, implements, records the check and closes, by signature.
Every write calls one service."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch, path, reverse

from accord.accounts.decorators import staff_required
from accord.accounts.models import Organization, User
from accord.core import clock, exports
from accord.core.errors import apply_to_form
from accord.core.input import INT64_MAX
from accord.core.pagination import paginate
from accord.core.storage import file_download
from accord.core.workflow import TransitionNotAllowed
from accord.quality import selectors
from accord.quality.capa_forms import (
    ActionForm,
    CapaForm,
    CheckForm,
    DoneForm,
    ImplementForm,
    ReasonForm,
    VersionForm,
    staff_holding,
)
from accord.quality.capa_training_views import capa_retraining
from accord.quality.capa_workflows import APPROVE, CAPA_ACTION_WORKFLOW, CAPA_WORKFLOW, WORK
from accord.quality.models import Capa, CapaAction, cause_label
from accord.quality.services import capa as services
from accord.signatures.selectors import manifest
from accord.signatures.session import signature_form, signature_recorded, signer_credentials

VIEW = "quality.view_capa"
OPEN_STATES = (Capa.State.OPEN, Capa.State.IMPLEMENTED)
STATES = [("", "Every state"), ("active", "Open or implemented"), *Capa.State.choices]


def _id(raw: str) -> int | None:
    return int(raw) if raw.isdigit() and int(raw) <= INT64_MAX else None


def _filtered(request: HttpRequest):
    capas = selectors.capas_visible_to(request.user)
    query = request.GET.get("q", "").strip()
    state = request.GET.get("state", "")
    owner = request.GET.get("owner", "")
    sponsor = request.GET.get("sponsor", "")
    overdue = request.GET.get("overdue", "") == "1"
    if query:
        capas = capas.filter(
            Q(number__icontains=query)
            | Q(title__icontains=query)
            | Q(problem__icontains=query)
            | Q(deviation__number__icontains=query)
        )
    if state == "active":
        capas = capas.filter(state__in=OPEN_STATES)
    elif state in Capa.State.values:
        capas = capas.filter(state=state)
    staff = request.user.is_cdmo_staff
    if staff and _id(owner) is not None:
        capas = capas.filter(Q(owner_id=_id(owner)) | Q(actions__owner_id=_id(owner))).distinct()
    if staff and _id(sponsor) is not None:
        capas = capas.filter(sponsor_id=_id(sponsor))
    if overdue:
        capas = capas.filter(state=Capa.State.OPEN, due_date__lt=clock.today())
    filters = {"q": query, "state": state, "owner": owner, "sponsor": sponsor, "overdue": overdue}
    return capas.order_by("-created_at", "-number"), filters


@login_required
def capa_list(request: HttpRequest) -> HttpResponse:
    if not request.user.has_perm(VIEW):
        raise PermissionDenied("Your roles do not allow you to see CAPA.")
    capas, filters = _filtered(request)
    page = paginate(request, capas.prefetch_related("actions"))
    params = request.GET.copy()
    params.pop("page", None)
    staff = request.user.is_cdmo_staff
    return render(
        request,
        "quality/capa_list.html",
        {
            "page": page,
            "filters": filters,
            "states": STATES,
            "owners": staff_holding(WORK) if staff else None,
            "sponsors": Organization.objects.filter(kind=Organization.Kind.SPONSOR).order_by("name")
            if staff
            else None,
            "querystring": params.urlencode(),
            "filtered": any(filters.values()),
            "today": clock.today(),
            "can_open": staff and request.user.has_perm("quality.add_capa"),
        },
    )


HEADINGS = [
    "CAPA",
    "Title",
    "State",
    "Deviation",
    "Sponsor",
    "Root cause",
    "Owner",
    "QA approver",
    "Due",
    "Actions",
    "Actions open",
    "Check required",
    "Check due",
    "Verdict",
    "Rating",
    "Follows",
    "Opened",
    "Closed",
]


def _row(capa: Capa) -> list[object]:
    actions = list(capa.actions.all())
    check = getattr(capa, "effectiveness", None)
    return [
        capa.number,
        capa.title,
        capa.get_state_display(),
        capa.deviation.number if capa.deviation else None,
        capa.sponsor.name if capa.sponsor else None,
        cause_label(capa.root_cause_category) if capa.root_cause_category else None,
        capa.owner.printed_name,
        capa.qa_approver.printed_name,
        capa.due_date,
        len(actions),
        sum(1 for a in actions if a.state in (CapaAction.State.OPEN, CapaAction.State.DONE)),
        "Yes" if capa.effectiveness_required else "No",
        check.due_date if check else None,
        check.get_verdict_display() if check and check.verdict else None,
        check.rating if check else None,
        capa.follows.number if capa.follows else None,
        capa.created_at,
        capa.closed_at,
    ]


@login_required
def capa_export(request: HttpRequest, fmt: str) -> HttpResponse:
    if fmt not in ("csv", "xlsx"):
        raise Http404("Export as csv or xlsx.")
    if not request.user.has_perm(VIEW):
        raise PermissionDenied("Your roles do not allow you to see CAPA.")
    capas, _ = _filtered(request)
    rows = [
        _row(c)
        for c in capas.select_related("follows", "effectiveness").prefetch_related("actions")
    ]
    if fmt == "csv":
        return exports.csv_response("capa.csv", HEADINGS, rows)
    book = exports.xlsx_workbook()
    exports.xlsx_sheet(book, "CAPA", HEADINGS, rows, widths=(16, 40, 24))
    return exports.xlsx_response(book, "capa.xlsx")


def _capa(request: HttpRequest, pk: int) -> Capa:
    return get_object_or_404(
        selectors.capas_visible_to(request.user).select_related("follows", "created_by"),
        pk=pk,
    )


def _action(request: HttpRequest, pk: int, action_id: int) -> CapaAction:
    return get_object_or_404(
        selectors.capa_actions_visible_to(request.user).select_related(
            "capa", "owner", "qa_approver"
        ),
        pk=action_id,
        capa_id=pk,
    )


def _deviation_url(capa: Capa) -> str | None:
    """The deviation's page, where the deviation pages are installed."""
    if capa.deviation_id is None:
        return None
    try:
        return reverse("quality:deviation", args=[capa.deviation_id])
    except NoReverseMatch:
        return None


def _action_steps(action: CapaAction, user: User) -> list[str]:
    """The steps ``user`` may take on ``action`` now (by name)."""
    if not user.is_cdmo_staff or action.capa.state != Capa.State.OPEN:
        return []
    steps = []
    if action.owner_id == user.pk and action.state == CapaAction.State.OPEN:
        steps.append("done")
    if action.qa_approver_id == user.pk:
        steps += [
            t.name
            for t in CAPA_ACTION_WORKFLOW.available(action, user, author_id=action.owner_id)
            if t.name != "done"
        ]
    return steps


@login_required
def capa_detail(request: HttpRequest, pk: int) -> HttpResponse:
    capa = _capa(request, pk)
    user = request.user
    actions = list(capa.actions.select_related("owner", "qa_approver"))
    for action in actions:
        action.steps = _action_steps(action, user)
        action.manifest = manifest(action)
    check = getattr(capa, "effectiveness", None)
    steps = []
    can_check = False
    if user.is_cdmo_staff:
        for transition in CAPA_WORKFLOW.available(capa, user, author_id=capa.owner_id):
            if transition.name in ("implement", "close") and capa.qa_approver_id != user.pk:
                continue
            if transition.name in ("effective", "not_effective"):
                # One form records the verdict, whichever it is.
                can_check = True
                continue
            steps.append(transition)
    followed_by = selectors.capas_visible_to(user).filter(follows=capa)
    return render(
        request,
        "quality/capa_detail.html",
        {
            "capa": capa,
            "actions": actions,
            "check": check,
            "check_manifest": manifest(check) if check else [],
            "manifest": manifest(capa),
            "steps": steps,
            "can_check": can_check,
            "missing": services.missing_for_closure(capa) if capa.state == Capa.State.OPEN else [],
            "effort": services.proportional_effort(capa.deviation),
            "deviation_url": _deviation_url(capa),
            "follows": capa.follows
            if capa.follows and selectors.capas_visible_to(user).filter(pk=capa.follows_id)
            else None,
            "followed_by": list(followed_by),
            "root_cause": cause_label(capa.root_cause_category) if capa.root_cause_category else "",
            "can_add_action": user.is_cdmo_staff
            and user.has_perm(WORK)
            and capa.state == Capa.State.OPEN,
            "window_open": check is not None and check.starts_on <= clock.today(),
            "assigned": capa_retraining(capa) if user.is_cdmo_staff else [],
            "can_assign_retraining": user.is_cdmo_staff
            and capa.requires_retraining
            and user.has_perm("training.manage_training"),
            "today": clock.today(),
        },
    )


@login_required
def capa_evidence(request: HttpRequest, pk: int, action_id: int) -> FileResponse | HttpResponse:
    """An action's evidence file, for whoever may see the CAPA."""
    action = _action(request, pk, action_id)
    if not action.evidence_file:
        raise Http404("This action has no evidence file.")
    return file_download(
        request,
        action,
        action.evidence_file,
        sha256=action.evidence_sha256,
        filename=action.evidence_name,
    )


def _capa_initial(request: HttpRequest, deviations) -> tuple[dict, object]:
    raw = request.GET.get("deviation", "")
    if _id(raw) is None:
        return {"effectiveness_required": True, "effectiveness_after_days": 90}, None
    deviation = get_object_or_404(deviations, pk=_id(raw))
    investigation = getattr(deviation, "investigation", None)
    return {
        "deviation": deviation.pk,
        "title": deviation.title,
        "problem": deviation.description,
        "root_cause_category": investigation.root_cause_category if investigation else "",
        "effectiveness_required": True,
        "effectiveness_after_days": 90,
    }, deviation


@staff_required("quality.add_capa")
def capa_create(request: HttpRequest) -> HttpResponse:
    """Open a CAPA, standalone or for a deviation (``?deviation=<pk>`` from its page)."""
    deviations = selectors.deviations_visible_to(request.user).exclude(state="cancelled")
    initial, deviation = _capa_initial(request, deviations)
    form = CapaForm(request.POST or None, deviations=deviations, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            capa = services.capa_open(
                actor=request.user,
                title=data["title"],
                problem=data["problem"],
                owner=data["owner"],
                qa_approver=data["qa_approver"],
                due_date=data["due_date"],
                success_criteria=data["success_criteria"],
                deviation=data["deviation"],
                root_cause_category=data["root_cause_category"] or None,
                effectiveness_required=data["effectiveness_required"],
                effectiveness_after_days=data["effectiveness_after_days"],
                effectiveness_rationale=data["effectiveness_rationale"],
                requires_retraining=data["requires_retraining"] or None,
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"{capa.number} is open; {capa.owner.printed_name} is told.")
            return redirect("quality:capa", pk=capa.pk)
    return render(request, "quality/capa_form.html", {"form": form, "deviation": deviation})


@staff_required(WORK)
def capa_action_create(request: HttpRequest, pk: int) -> HttpResponse:
    capa = _capa(request, pk)
    form = ActionForm(request.POST or None, initial={"version": capa.version})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.capa_action_add(
                actor=request.user,
                capa=capa,
                action_type=data["action_type"],
                description=data["description"],
                owner=data["owner"],
                qa_approver=data["qa_approver"],
                due_date=data["due_date"],
                version=data.get("version"),
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, "The action is added; its owner is told.")
            return redirect("quality:capa", pk=capa.pk)
    return render(
        request,
        "quality/capa_step.html",
        {"capa": capa, "form": form, "heading": "Add an action", "button": "Add the action"},
    )


@staff_required(WORK)
def capa_action_done(request: HttpRequest, pk: int, action_id: int) -> HttpResponse:
    action = _action(request, pk, action_id)
    if action.owner_id != request.user.pk:
        raise PermissionDenied(f"{action.owner.printed_name} owns this action: they mark it done.")
    form = DoneForm(
        request.POST or None, request.FILES or None, initial={"version": action.version}
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.capa_action_done(
                actor=request.user,
                action=action,
                evidence=form.cleaned_data["evidence"],
                upload=form.cleaned_data.get("evidence_file"),
                version=form.cleaned_data.get("version"),
            )
        except (ValidationError, TransitionNotAllowed) as exc:
            apply_to_form(form, _as_error(exc))
        else:
            messages.success(request, "Marked done; the QA approver is asked to verify it.")
            return redirect("quality:capa", pk=pk)
    return render(
        request,
        "quality/capa_step.html",
        {
            "capa": action.capa,
            "action": action,
            "form": form,
            "heading": "Mark the action done",
            "button": "Mark done",
            "multipart": True,
        },
    )


def _as_error(exc: Exception) -> ValidationError:
    return exc if isinstance(exc, ValidationError) else ValidationError(str(exc))


def _signed_step(
    request: HttpRequest,
    *,
    capa: Capa,
    meaning: str,
    heading: str,
    button: str,
    sign: Callable[[dict, dict], object],
    done: str,
    form=None,
    reason_required: bool = False,
    action: CapaAction | None = None,
    explain: str = "",
) -> HttpResponse:
    """A step signed by its taker: the step's own fields (``form``), then the signature."""
    signature = signature_form(request, meaning=meaning, reason_required=reason_required)
    if request.method == "POST":
        valid = signature.is_valid()
        valid = (form is None or form.is_valid()) and valid
        if valid:
            try:
                sign(form.cleaned_data if form is not None else {}, signature)
            except (ValidationError, TransitionNotAllowed) as exc:
                error = _as_error(exc)
                if (
                    form is not None
                    and hasattr(error, "error_dict")
                    and (set(error.error_dict) & set(form.fields))
                ):
                    apply_to_form(form, error)
                else:
                    apply_to_form(signature, error)
            else:
                signature_recorded(request, signature)
                messages.success(request, done)
                return redirect("quality:capa", pk=capa.pk)
    return render(
        request,
        "quality/capa_sign.html",
        {
            "capa": capa,
            "action": action,
            "form": form,
            "signature": signature,
            "heading": heading,
            "button": button,
            "explain": explain,
        },
    )


@staff_required(APPROVE)
def capa_action_verify(request: HttpRequest, pk: int, action_id: int) -> HttpResponse:
    action = _action(request, pk, action_id)
    if action.qa_approver_id != request.user.pk:
        raise PermissionDenied(f"{action.qa_approver.printed_name} verifies this action.")
    return _signed_step(
        request,
        capa=action.capa,
        action=action,
        form=VersionForm(request.POST or None, initial={"version": action.version}),
        meaning="verified",
        heading="Verify the action",
        button="Sign and verify",
        explain="Your signature says that the evidence shows the action done as described.",
        sign=lambda data, signature: services.capa_action_verify(
            actor=request.user,
            action=action,
            version=data.get("version"),
            **signer_credentials(signature),
        ),
        done="The action is verified and signed.",
    )


def _reason_step(
    request: HttpRequest,
    action: CapaAction,
    run: Callable[[str, int | None], object],
    heading: str,
    button: str,
    done: str,
) -> HttpResponse:
    form = ReasonForm(request.POST or None, initial={"version": action.version})
    if request.method == "POST" and form.is_valid():
        try:
            run(form.cleaned_data["reason"], form.cleaned_data.get("version"))
        except (ValidationError, TransitionNotAllowed) as exc:
            apply_to_form(form, _as_error(exc))
        else:
            messages.success(request, done)
            return redirect("quality:capa", pk=action.capa_id)
    return render(
        request,
        "quality/capa_step.html",
        {"capa": action.capa, "action": action, "form": form, "heading": heading, "button": button},
    )


@staff_required(APPROVE)
def capa_action_return(request: HttpRequest, pk: int, action_id: int) -> HttpResponse:
    action = _action(request, pk, action_id)
    return _reason_step(
        request,
        action,
        lambda reason, version: services.capa_action_return(
            actor=request.user, action=action, reason=reason, version=version
        ),
        "Send the action back to its owner",
        "Send back",
        "The action is sent back; its owner is told.",
    )


@staff_required(APPROVE)
def capa_action_cancel(request: HttpRequest, pk: int, action_id: int) -> HttpResponse:
    action = _action(request, pk, action_id)
    return _reason_step(
        request,
        action,
        lambda reason, version: services.capa_action_cancel(
            actor=request.user, action=action, reason=reason, version=version
        ),
        "Cancel the action",
        "Cancel the action",
        "The action is cancelled.",
    )


@staff_required(APPROVE)
def capa_implement(request: HttpRequest, pk: int) -> HttpResponse:
    capa = _capa(request, pk)
    form = ImplementForm(request.POST or None, initial={"version": capa.version})
    return _signed_step(
        request,
        capa=capa,
        form=form,
        meaning="approved",
        heading="Sign the CAPA implemented",
        button="Sign as implemented",
        explain=(
            "Every action is verified or cancelled. Your signature starts the check of "
            f"effectiveness: its window opens {capa.effectiveness_after_days} days from today."
        ),
        sign=lambda data, signature: services.capa_implement(
            actor=request.user,
            capa=capa,
            check_due=data.get("check_due"),
            version=data.get("version"),
            **signer_credentials(signature),
        ),
        done=f"{capa.number} is implemented; its check of effectiveness is scheduled.",
    )


@staff_required(APPROVE)
def capa_close(request: HttpRequest, pk: int) -> HttpResponse:
    capa = _capa(request, pk)
    return _signed_step(
        request,
        capa=capa,
        form=VersionForm(request.POST or None, initial={"version": capa.version}),
        meaning="approved",
        reason_required=True,
        heading="Close without a check of effectiveness",
        button="Sign and close",
        explain=f"No check is needed: {capa.effectiveness_rationale}",
        sign=lambda data, signature: services.capa_close(
            actor=request.user,
            capa=capa,
            reason=signature.cleaned_data["reason"],
            version=data.get("version"),
            **signer_credentials(signature),
        ),
        done=f"{capa.number} is closed.",
    )


@staff_required(APPROVE)
def capa_check(request: HttpRequest, pk: int) -> HttpResponse:
    capa = _capa(request, pk)
    check = getattr(capa, "effectiveness", None)
    if check is None:
        raise PermissionDenied(f"{capa.number} has no check of effectiveness to record.")
    form = CheckForm(request.POST or None, initial={"version": capa.version})
    return _signed_step(
        request,
        capa=capa,
        form=form,
        meaning="reviewed",
        heading="Record the check of effectiveness",
        button="Sign the verdict",
        explain=f"Success criteria, stated up front: {check.success_criteria}",
        sign=lambda data, signature: services.effectiveness_record(
            actor=request.user,
            capa=capa,
            evidence=data["evidence"],
            verdict=data["verdict"],
            rating=data["rating"],
            version=data.get("version"),
            **signer_credentials(signature),
        ),
        done="The check of effectiveness is signed.",
    )


@staff_required(APPROVE)
def capa_cancel(request: HttpRequest, pk: int) -> HttpResponse:
    capa = _capa(request, pk)
    return _signed_step(
        request,
        capa=capa,
        form=VersionForm(request.POST or None, initial={"version": capa.version}),
        meaning="approved",
        reason_required=True,
        heading="Cancel the CAPA",
        button="Sign and cancel",
        explain="Its open actions are cancelled with it; nothing is deleted.",
        sign=lambda data, signature: services.capa_cancel(
            actor=request.user,
            capa=capa,
            reason=signature.cleaned_data["reason"],
            version=data.get("version"),
            **signer_credentials(signature),
        ),
        done=f"{capa.number} is cancelled.",
    )


urlpatterns = [
    path("capa/", capa_list, name="capas"),
    path("capa/export.<str:fmt>", capa_export, name="capas_export"),
    path("capa/new/", capa_create, name="capa_create"),
    path("capa/<int:pk>/", capa_detail, name="capa"),
    path("capa/<int:pk>/actions/new/", capa_action_create, name="capa_action_create"),
    path("capa/<int:pk>/actions/<int:action_id>/done/", capa_action_done, name="capa_action_done"),
    path(
        "capa/<int:pk>/actions/<int:action_id>/verify/",
        capa_action_verify,
        name="capa_action_verify",
    ),
    path(
        "capa/<int:pk>/actions/<int:action_id>/return/",
        capa_action_return,
        name="capa_action_return",
    ),
    path(
        "capa/<int:pk>/actions/<int:action_id>/cancel/",
        capa_action_cancel,
        name="capa_action_cancel",
    ),
    path("capa/<int:pk>/actions/<int:action_id>/evidence/", capa_evidence, name="capa_evidence"),
    path("capa/<int:pk>/implement/", capa_implement, name="capa_implement"),
    path("capa/<int:pk>/close/", capa_close, name="capa_close"),
    path("capa/<int:pk>/check/", capa_check, name="capa_check"),
    path("capa/<int:pk>/cancel/", capa_cancel, name="capa_cancel"),
]
