"""Change control pages. Staff list, raise, assess, approve, implement and review
changes; a sponsor's people read the changes that affect their company once QA approved
the plan, and its manager signs the company's approval or rejection. Every write calls
one service in ``services.changes``."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from accord.accounts.decorators import staff_required
from accord.accounts.models import Organization
from accord.core import exports
from accord.core.errors import apply_to_form, apply_to_forms
from accord.core.input import INT64_MAX
from accord.core.pagination import paginate
from accord.core.workflow import TransitionNotAllowed
from accord.quality import selectors
from accord.quality.change_forms import (
    ActionDoneForm,
    ActionForm,
    AssessmentFields,
    AssessmentRequestForm,
    ChangeForm,
    ReviewFields,
    StepForm,
)
from accord.quality.change_workflows import APPROVE, CHANGE_WORKFLOW, PAGE_TRANSITIONS, WORK
from accord.quality.models import (
    CHANGE_CLASS_DEFINITIONS,
    OPEN_CHANGE_STATES,
    ChangeClass,
    ChangeControl,
    ChangeReview,
    ChangeState,
    ChangeType,
    SponsorApproval,
)
from accord.quality.services import changes as services
from accord.signatures.models import Meaning
from accord.signatures.selectors import manifest
from accord.signatures.session import signature_form, signature_recorded, signer_credentials

VIEW = selectors.VIEW_CHANGE
STATES = [("", "Every state"), ("open", "Open"), *ChangeState.choices]


def _visible(request: HttpRequest):
    if not request.user.has_perm(VIEW):
        raise PermissionDenied("Your roles do not allow you to see change controls.")
    return selectors.change_controls_visible_to(request.user)


def _filtered(request: HttpRequest):
    changes = _visible(request)
    query = request.GET.get("q", "").strip()
    state = request.GET.get("state", "")
    kind = request.GET.get("type", "")
    classification = request.GET.get("classification", "")
    sponsor_id = request.GET.get("sponsor", "")
    if query:
        changes = changes.filter(
            Q(number__icontains=query) | Q(title__icontains=query) | Q(products__icontains=query)
        )
    if state == "open":
        changes = changes.filter(state__in=OPEN_CHANGE_STATES)
    elif state in ChangeState.values:
        changes = changes.filter(state=state)
    if kind in ChangeType.values:
        changes = changes.filter(change_type=kind)
    if classification in ChangeClass.values:
        changes = changes.filter(classification=classification)
    if sponsor_id.isdigit() and int(sponsor_id) <= INT64_MAX and request.user.is_cdmo_staff:
        changes = changes.filter(projects__sponsor_id=int(sponsor_id)).distinct()
    filters = {
        "q": query,
        "state": state,
        "type": kind,
        "classification": classification,
        "sponsor": sponsor_id,
    }
    return changes.prefetch_related("projects"), filters


@login_required
def change_list(request: HttpRequest) -> HttpResponse:
    changes, filters = _filtered(request)
    page = paginate(request, changes.order_by("-raised_at", "-number"), per_page=25)
    params = request.GET.copy()
    params.pop("page", None)
    staff = request.user.is_cdmo_staff
    waiting = []
    if request.user.is_sponsor_user:
        waiting = list(
            selectors.sponsor_approvals_visible_to(request.user).filter(
                current=True,
                decision=SponsorApproval.Decision.PENDING,
                change__state=ChangeState.SPONSOR_APPROVAL,
            )
        )
    return render(
        request,
        "quality/change_list.html",
        {
            "page": page,
            "filters": filters,
            "states": STATES,
            "types": ChangeType.choices,
            "classes": ChangeClass.choices,
            "sponsors": Organization.objects.filter(kind=Organization.Kind.SPONSOR).order_by("name")
            if staff
            else None,
            "querystring": params.urlencode(),
            "filtered": any(filters.values()),
            "can_raise": staff and request.user.has_perm("quality.add_changecontrol"),
            "waiting": waiting,
        },
    )


HEADINGS = [
    "Change control",
    "Title",
    "Type",
    "Class",
    "Temporary or permanent",
    "Temporary until",
    "Routine or emergency",
    "State",
    "Site",
    "Affected products",
    "Projects",
    "Regulatory filing",
    "Risk",
    "Owner",
    "Raised",
    "Plan approved",
    "Closed",
]


def _row(change: ChangeControl, staff: bool) -> list[object]:
    return [
        change.number,
        change.title,
        change.get_change_type_display(),
        change.get_classification_display(),
        change.get_duration_display(),
        change.temporary_until,
        change.get_urgency_display(),
        change.get_state_display(),
        change.site.name,
        "; ".join(change.product_list),
        "; ".join(p.code for p in change.projects.all() if staff),
        change.get_filing_display(),
        change.get_risk_level_display(),
        change.owner.printed_name,
        change.raised_at,
        change.plan_approved_at,
        change.closed_at,
    ]


@login_required
def change_export(request: HttpRequest, fmt: str) -> HttpResponse:
    if fmt not in ("csv", "xlsx"):
        raise Http404("Export as csv or xlsx.")
    changes, _ = _filtered(request)
    staff = request.user.is_cdmo_staff
    if not staff:
        # A sponsor's export names its own projects only.
        changes = changes.prefetch_related(None)
    rows = []
    for change in changes.order_by("-raised_at", "-number"):
        row = _row(change, staff)
        if not staff:
            row[9] = "; ".join(
                p for p in selectors.products_for(change, request.user.organization) if p
            )
            row[10] = "; ".join(
                p.code for p in change.projects.filter(sponsor_id=request.user.organization_id)
            )
        rows.append(row)
    if fmt == "csv":
        return exports.csv_response("change-controls.csv", HEADINGS, rows)
    book = exports.xlsx_workbook()
    exports.xlsx_sheet(book, "Change controls", HEADINGS, rows, widths=(16, 40, 18))
    return exports.xlsx_response(book, "change-controls.xlsx")


def _change(request: HttpRequest, pk: int) -> ChangeControl:
    return get_object_or_404(_visible(request), pk=pk)


def _staff_change(request: HttpRequest, pk: int) -> ChangeControl:
    change = _change(request, pk)
    if not request.user.is_cdmo_staff:
        raise PermissionDenied("This page is for CDMO staff.")
    return change


@login_required
def change_detail(request: HttpRequest, pk: int) -> HttpResponse:
    change = _change(request, pk)
    user = request.user
    staff = user.is_cdmo_staff
    context: dict[str, object] = {
        "change": change,
        "class_definition": CHANGE_CLASS_DEFINITIONS[ChangeClass(change.classification)],
    }
    if staff:
        change.approvals_needed = (
            selectors.sponsor_approvals_needed(change, timezone.localdate())
            if change.state == ChangeState.ASSESSMENT
            else []
        )
        available = {t.name for t in CHANGE_WORKFLOW.available(change, user, author_id=None)}
        context.update(
            projects=change.projects.select_related("sponsor").order_by("code"),
            sponsors=selectors.affected_sponsors(change),
            approvals=change.sponsor_approvals.select_related("sponsor", "decided_by", "agreement"),
            assessments=change.assessments.select_related("assessor"),
            actions=change.actions.select_related("owner", "document", "role"),
            review=ChangeReview.objects.filter(change=change).select_related("reviewed_by").first(),
            manifest=manifest(change),
            plan_gaps=services.plan_gaps(change) if change.state == ChangeState.ASSESSMENT else [],
            closure_gaps=services.closure_gaps(change)
            if change.state in (ChangeState.IMPLEMENTATION, ChangeState.REVIEW)
            else [],
            transitions=[
                t
                for t in CHANGE_WORKFLOW.transitions
                if t.name in PAGE_TRANSITIONS and t.name in available
            ],
            can_approve_plan=bool(available & {"approve_plan", "approve_plan_for_sponsors"})
            and change.raised_by_id != user.pk,
            can_reject=("reject" in available and change.raised_by_id != user.pk),
            can_close="close" in available,
            can_work=user.has_perm(WORK)
            and change.state in (ChangeState.DRAFT, ChangeState.ASSESSMENT),
            can_plan=user.has_perm(WORK)
            and change.state
            in (
                ChangeState.DRAFT,
                ChangeState.ASSESSMENT,
                ChangeState.APPROVED,
                ChangeState.IMPLEMENTATION,
            ),
            implementing=change.state == ChangeState.IMPLEMENTATION,
            is_approver=user.has_perm(APPROVE),
        )
    else:
        context.update(
            products=[p for p in selectors.products_for(change, user.organization) if p],
            projects=change.projects.filter(sponsor_id=user.organization_id).order_by("code"),
            approvals=selectors.sponsor_approvals_visible_to(user).filter(change=change),
            can_decide=user.has_perm("quality.decide_changecontrol"),
        )
    return render(request, "quality/change_detail.html", context)


@staff_required("quality.add_changecontrol")
def change_create(request: HttpRequest) -> HttpResponse:
    form = ChangeForm(
        request.POST or None,
        initial={
            "owner": request.user.pk,
            "site": request.user.site_id,
            "duration": "permanent",
            "urgency": "routine",
            "filing": "tbd",
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            change = services.change_control_raise(actor=request.user, details=form.details())
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(
                request, f"{change.number} is raised. Ask the departments for their assessments."
            )
            return redirect("quality:change", pk=change.pk)
    return render(request, "quality/change_form.html", {"form": form, "change": None})


@staff_required(WORK)
def change_edit(request: HttpRequest, pk: int) -> HttpResponse:
    change = _staff_change(request, pk)
    form = ChangeForm(request.POST or None, initial=ChangeForm.initial_from(change))
    if request.method == "POST" and form.is_valid():
        try:
            change = services.change_control_update(
                actor=request.user,
                change=change,
                details=form.details(),
                version=form.cleaned_data.get("version"),
                reason=form.cleaned_data.get("reason", ""),
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"{change.number} is saved.")
            return redirect("quality:change", pk=change.pk)
    return render(request, "quality/change_form.html", {"form": form, "change": change})


def _step(request, change, template_context: dict) -> HttpResponse:
    return render(request, "quality/change_step.html", {"change": change, **template_context})


@staff_required(WORK)
def change_request_assessment(request: HttpRequest, pk: int) -> HttpResponse:
    change = _staff_change(request, pk)
    form = AssessmentRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.change_control_request_assessment(
                actor=request.user,
                change=change,
                department=form.cleaned_data["department"],
                assessor=form.cleaned_data["assessor"],
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, "The assessor is asked.")
            return redirect("quality:change", pk=change.pk)
    return _step(
        request,
        change,
        {"title": "Ask for an impact assessment", "forms": [form], "button": "Ask"},
    )


@staff_required(WORK)
def change_assess(request: HttpRequest, pk: int, assessment_pk: int) -> HttpResponse:
    change = _staff_change(request, pk)
    assessment = get_object_or_404(change.assessments.all(), pk=assessment_pk)
    if assessment.assessor_id != request.user.pk or assessment.is_signed:
        raise PermissionDenied("This assessment is not yours to sign now.")
    fields = AssessmentFields(request.POST or None)
    form = signature_form(request, meaning=Meaning.REVIEWED)
    if request.method == "POST" and fields.is_valid() and form.is_valid():
        try:
            services.change_control_assess(
                actor=request.user,
                assessment=assessment,
                impact=fields.cleaned_data["impact"],
                text=fields.cleaned_data["assessment"],
                version=assessment.version,
                **signer_credentials(form),
            )
        except ValidationError as exc:
            apply_to_forms(exc, fields, form)
        except TransitionNotAllowed as exc:
            messages.error(request, str(exc))
            return redirect("quality:change", pk=change.pk)
        else:
            signature_recorded(request, form)
            messages.success(request, "Your assessment is signed.")
            return redirect("quality:change", pk=change.pk)
    return _step(
        request,
        change,
        {
            "title": f"{assessment.get_department_display()} impact assessment",
            "forms": [fields, form],
            "signing": True,
            "button": "Sign the assessment",
        },
    )


@staff_required(WORK)
def change_action_add(request: HttpRequest, pk: int) -> HttpResponse:
    change = _staff_change(request, pk)
    form = ActionForm(request.POST or None, change=change)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.change_control_add_action(
                actor=request.user,
                change=change,
                kind=data["kind"],
                description=data["description"],
                owner=data["owner"],
                due_date=data["due_date"],
                document=data.get("document"),
                role=data.get("role"),
                training=data.get("training"),
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, "The action is added to the plan.")
            return redirect("quality:change", pk=change.pk)
    return _step(
        request, change, {"title": "Add an implementation action", "forms": [form], "button": "Add"}
    )


@staff_required(WORK)
def change_action_done(request: HttpRequest, pk: int, action_pk: int) -> HttpResponse:
    change = _staff_change(request, pk)
    action = get_object_or_404(change.actions.all(), pk=action_pk)
    form = ActionDoneForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.change_control_action_done(
                actor=request.user, action=action, evidence=form.cleaned_data["evidence"]
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        except TransitionNotAllowed as exc:
            messages.error(request, str(exc))
            return redirect("quality:change", pk=change.pk)
        else:
            messages.success(request, "The action is recorded as done.")
            return redirect("quality:change", pk=change.pk)
    return _step(
        request,
        change,
        {"title": f"Record done: {action.description}", "forms": [form], "button": "Record"},
    )


def _signed(request, change, *, meaning, title, button, call, fields=None, reason=False):
    form = signature_form(request, meaning=meaning, reason_required=reason)
    forms_ = [fields, form] if fields is not None else [form]
    if request.method == "POST" and all(f.is_valid() for f in forms_):
        try:
            call(form, fields)
        except ValidationError as exc:
            apply_to_forms(exc, *forms_)
        except TransitionNotAllowed as exc:
            messages.error(request, str(exc))
            return redirect("quality:change", pk=change.pk)
        else:
            signature_recorded(request, form)
            change.refresh_from_db()
            messages.success(request, f"{change.number} is {change.get_state_display().lower()}.")
            return redirect("quality:change", pk=change.pk)
    return _step(
        request, change, {"title": title, "forms": forms_, "signing": True, "button": button}
    )


@staff_required(APPROVE)
def change_approve_plan(request: HttpRequest, pk: int) -> HttpResponse:
    change = _staff_change(request, pk)

    def call(form, _):
        services.change_control_approve_plan(
            actor=request.user,
            change=change,
            version=change.version,
            meaning=form.cleaned_data["meaning"],
            **signer_credentials(form),
        )

    return _signed(
        request,
        change,
        meaning=Meaning.APPROVED,
        title="Approve the plan",
        button="Sign and approve the plan",
        call=call,
    )


@staff_required(APPROVE)
def change_reject(request: HttpRequest, pk: int) -> HttpResponse:
    change = _staff_change(request, pk)

    def call(form, _):
        services.change_control_reject(
            actor=request.user,
            change=change,
            reason=form.cleaned_data["reason"],
            version=change.version,
            meaning=form.cleaned_data["meaning"],
            **signer_credentials(form),
        )

    return _signed(
        request,
        change,
        meaning=Meaning.REJECTED,
        title="Reject the change",
        button="Sign and reject",
        call=call,
        reason=True,
    )


@staff_required(APPROVE)
def change_close(request: HttpRequest, pk: int) -> HttpResponse:
    change = _staff_change(request, pk)
    fields = ReviewFields(request.POST or None)

    def call(form, fields):
        data = fields.cleaned_data
        services.change_control_close(
            actor=request.user,
            change=change,
            objectives_met=data["objectives_met"],
            no_adverse_impact=data["no_adverse_impact"],
            evidence=data["evidence"],
            version=change.version,
            meaning=form.cleaned_data["meaning"],
            **signer_credentials(form),
        )

    return _signed(
        request,
        change,
        meaning=Meaning.VERIFIED,
        title="Effectiveness review",
        button="Sign the review and close",
        call=call,
        fields=fields,
    )


STEPS = {
    "submit": services.change_control_submit,
    "start": services.change_control_start,
    "complete": services.change_control_complete,
    "reopen": services.change_control_reopen,
    "cancel": services.change_control_cancel,
    "rescope": services.change_control_rescope,
}


@staff_required(WORK)
def change_transition(request: HttpRequest, pk: int, name: str) -> HttpResponse:
    change = _staff_change(request, pk)
    if name not in STEPS:
        raise Http404("There is no such action.")
    transition = CHANGE_WORKFLOW.transition(name)
    form = StepForm(
        request.POST if request.method == "POST" else None,
        reason_required=transition.reason_required,
    )
    if request.method == "POST" and form.is_valid():
        kwargs = {"reason": form.cleaned_data["reason"]} if transition.reason_required else {}
        try:
            change = STEPS[name](
                actor=request.user, change=change, version=change.version, **kwargs
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        except TransitionNotAllowed as exc:
            messages.error(request, str(exc))
            return redirect("quality:change", pk=change.pk)
        else:
            messages.success(request, f"{change.number} is {change.get_state_display().lower()}.")
            return redirect("quality:change", pk=change.pk)
    return _step(
        request,
        change,
        {"title": transition.label, "forms": [form], "button": transition.label},
    )


@login_required
def change_decide(request: HttpRequest, pk: int) -> HttpResponse:
    """The sponsor manager reads the change and signs the company's decision."""
    approval = get_object_or_404(selectors.sponsor_approvals_visible_to(request.user), pk=pk)
    user = request.user
    if not (user.is_sponsor_user and user.has_perm("quality.decide_changecontrol")):
        raise PermissionDenied("Your company's sponsor manager decides on changes.")
    change = approval.change
    if not (approval.current and approval.is_pending and change.state == "sponsor_approval"):
        messages.info(request, "This change is not waiting for your decision.")
        return redirect("quality:change", pk=change.pk)
    form = signature_form(request, meaning=Meaning.APPROVED)
    form.fields["meaning"].choices = [
        (Meaning.APPROVED, "Approved: the change may be implemented for our products"),
        (Meaning.REJECTED, "Rejected: the change must not be implemented for our products"),
    ]
    form.fields["reason"].label = "Comment"
    form.fields["reason"].help_text = "Required when you reject; kept with your signature."
    if request.method == "POST" and form.is_valid():
        try:
            services.change_control_decide(
                actor=user,
                approval=approval,
                decision=form.cleaned_data["meaning"],
                comment=form.cleaned_data.get("reason", ""),
                version=approval.version,
                **signer_credentials(form),
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        except TransitionNotAllowed as exc:
            messages.error(request, str(exc))
            return redirect("quality:change", pk=change.pk)
        else:
            signature_recorded(request, form)
            messages.success(request, f"Your decision on {change.number} is signed.")
            return redirect("quality:change", pk=change.pk)
    return render(
        request,
        "quality/change_decide.html",
        {
            "approval": approval,
            "change": change,
            "projects": change.projects.filter(sponsor_id=user.organization_id).order_by("code"),
            "form": form,
        },
    )
