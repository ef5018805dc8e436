"""A page per step of a deviation (assess, check recurrence, submit, approve with a
signature, send back, investigate, add another batch assessed, reclassify with a
signature, ask for an extension or a cancellation, record a notice to the sponsor), and
QA's signed decision on a request. Each calls one service; a service's refusal is shown
on the field it names."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from accord.accounts.decorators import staff_required
from accord.core.errors import apply_to_form, apply_to_forms
from accord.core.workflow import TransitionNotAllowed
from accord.quality import deviation_forms as f
from accord.quality.deviation_views import STEP_LABELS, VIEW, _deviation, steps_for
from accord.quality.models import CLASS_DEFINITIONS, Deviation, DeviationClass, DeviationRequest
from accord.quality.services import (
    deviation_notices,
    deviation_requests,
    deviation_steps,
)
from accord.quality.services import deviation_records as records
from accord.quality.services import deviations as services
from accord.quality.workflows import APPROVE
from accord.signatures.session import signature_form, signature_recorded, signer_credentials


def _step_form(step: str, deviation: Deviation, request: HttpRequest):
    data = request.POST if request.method == "POST" else None
    version = {"version": deviation.version}
    if step == "edit":
        return f.IntakeEditForm(
            data,
            initial={**version, **{name: getattr(deviation, name) for name in services.EDITABLE}},
        )
    if step == "assess":
        initial = {
            **version,
            "impact_assessment": deviation.impact_assessment,
            "capa_required": {True: "yes", False: "no"}.get(deviation.capa_required, ""),
            "capa_rationale": deviation.capa_rationale,
        }
        return f.AssessForm(data, initial=initial)
    if step == "recurrence":
        return f.RecurrenceForm(
            data, initial=version, candidates=records.recurrence_candidates(deviation)[:10]
        )
    if step == "investigation":
        investigation = deviation.investigation
        return f.InvestigationForm(
            data,
            initial={
                **version,
                "team": list(investigation.team.all()),
                "method": investigation.method,
                "analysis": investigation.analysis,
                "root_cause_category": investigation.root_cause_category,
                "root_cause": investigation.root_cause,
                "product_impact": investigation.product_impact,
                "conclusion": investigation.conclusion,
            },
        )
    if step == "other_batch":
        return f.OtherBatchForm(data, initial=version, sponsor_id=deviation.sponsor_id)
    if step == "request":
        return f.RequestForm(data)
    if step in ("notify", "summary"):
        return f.NoticeForm(data, initial={"sent_at": timezone.localtime().replace(second=0)})
    if step == "send_back":
        return f.SendBackForm(data, initial=version)
    if step == "reclassify":
        return f.ReclassifyForm(data, initial={"classification": deviation.classification})
    return f.SubmitForm(data, initial=version)


def _run(step: str, user, deviation: Deviation, data: dict, signature) -> str:
    version = data.get("version")
    if step == "edit":
        changes = {name: data[name] for name in services.EDITABLE}
        # The page shows minutes: an unchanged minute keeps the stored moment.
        if changes["occurred_at"] == deviation.occurred_at.replace(second=0, microsecond=0):
            changes["occurred_at"] = deviation.occurred_at
        services.deviation_update(actor=user, deviation=deviation, changes=changes, version=version)
        return "The intake is corrected."
    if step == "assess":
        services.deviation_assess(
            actor=user,
            deviation=deviation,
            impact_assessment=data["impact_assessment"],
            capa_required=f.yes_no(data["capa_required"]),
            capa_rationale=data["capa_rationale"],
            version=version,
        )
        return "The assessment is saved."
    if step == "recurrence":
        earlier = None
        if data["earlier"]:
            earlier = get_object_or_404(
                records.recurrence_candidates(deviation), pk=int(data["earlier"])
            )
        records.recurrence_record(
            actor=user,
            deviation=deviation,
            earlier=earlier,
            justification=data["justification"],
            version=version,
        )
        return "The recurrence check is recorded."
    if step == "investigation":
        records.investigation_update(
            actor=user,
            deviation=deviation,
            team=list(data["team"]),
            method=data["method"],
            analysis=data["analysis"],
            root_cause_category=data["root_cause_category"],
            root_cause=data["root_cause"],
            product_impact=data["product_impact"],
            conclusion=data["conclusion"],
            version=version,
        )
        return "The investigation is saved."
    if step == "other_batch":
        records.other_batch_assess(
            actor=user,
            deviation=deviation,
            batch=data["batch"],
            item=data["item"],
            affected=f.yes_no(data["affected"]),
            conclusion=data["conclusion"],
            version=version,
        )
        return "The batch assessed is added."
    if step == "request":
        request = deviation_requests.deviation_request(
            actor=user,
            deviation=deviation,
            kind=data["kind"],
            justification=data["justification"],
            new_due_date=data["new_due_date"],
        )
        return f"Your request ({request.get_kind_display().lower()}) waits for QA."
    if step in ("notify", "summary"):
        service = (
            deviation_notices.deviation_notify_sponsor
            if step == "notify"
            else deviation_notices.deviation_send_summary
        )
        service(
            actor=user,
            deviation=deviation,
            sent_at=data["sent_at"],
            recipients=data["recipients"],
            how=data["how"],
            content=data["content"],
        )
        return "The notice to the sponsor is recorded."
    if step == "send_back":
        deviation_steps.deviation_send_back(
            actor=user, deviation=deviation, reason=data["reason"], version=version
        )
        return f"{deviation.number} is sent back to {deviation.owner.printed_name}."
    if step == "reclassify":
        services.deviation_reclassify(
            actor=user,
            deviation=deviation,
            classification=data["classification"],
            reason=signature.cleaned_data.get("reason", ""),
            version=deviation.version,
            **signer_credentials(signature),
        )
        return f"{deviation.number} is reclassified and signed."
    if step == "approve":
        done = deviation_steps.deviation_approve(
            actor=user, deviation=deviation, version=version, **signer_credentials(signature)
        )
        return f"{done.number} is approved and signed: {done.get_state_display().lower()}."
    done = deviation_steps.deviation_submit(actor=user, deviation=deviation, version=version)
    return f"{done.number} is with QA."


SIGNED = {"approve": ("approved", False), "reclassify": ("approved", True)}


@staff_required(VIEW)
def deviation_step(request: HttpRequest, pk: int, step: str) -> HttpResponse:
    if step not in STEP_LABELS:
        raise Http404("There is no such step.")
    deviation = _deviation(request, pk)
    if step not in steps_for(deviation, request.user):
        raise PermissionDenied(f"You cannot {STEP_LABELS[step].lower()} now.")
    form = _step_form(step, deviation, request)
    signature = None
    if step in SIGNED:
        meaning, reason_required = SIGNED[step]
        signature = signature_form(request, meaning=meaning, reason_required=reason_required)
        if reason_required:
            signature.fields["reason"].label = "Reason for the new class"
    status = 200
    if request.method == "POST":
        valid = form.is_valid() and (signature is None or signature.is_valid())
        if valid:
            try:
                message = _run(step, request.user, deviation, dict(form.cleaned_data), signature)
            except ValidationError as exc:
                if signature is not None:
                    apply_to_forms(exc, form, signature)
                else:
                    apply_to_form(form, exc)
            except TransitionNotAllowed as exc:
                form.add_error(None, str(exc))
                status = 409
            else:
                if signature is not None:
                    signature_recorded(request, signature)
                messages.success(request, message)
                return redirect("quality:deviation", pk=deviation.pk)
    return render(
        request,
        "quality/deviation_step.html",
        {
            "deviation": deviation,
            "step": step,
            "label": STEP_LABELS[step],
            "form": form,
            "signature": signature,
            "missing": deviation_steps.missing_parts(deviation)
            if step in ("submit", "approve")
            else [],
            "definitions": [(c.label, CLASS_DEFINITIONS[c]) for c in DeviationClass],
        },
        status=status,
    )


@staff_required(APPROVE)
def deviation_request_decide(
    request: HttpRequest, pk: int, request_id: int, decision: str
) -> HttpResponse:
    if decision not in ("approve", "reject"):
        raise Http404("Approve or reject.")
    deviation = _deviation(request, pk)
    asked = get_object_or_404(
        DeviationRequest.objects.select_related("requested_by"),
        pk=request_id,
        deviation=deviation,
        status=DeviationRequest.Status.PENDING,
    )
    approve = decision == "approve"
    signature = signature_form(
        request, meaning="approved" if approve else "rejected", reason_required=not approve
    )
    signature.fields["reason"].label = "Note" if approve else "Why it is rejected"
    if request.method == "POST" and signature.is_valid():
        try:
            deviation_requests.deviation_request_decide(
                actor=request.user,
                request=asked,
                approve=approve,
                note=signature.cleaned_data.get("reason", ""),
                version=asked.version,
                **signer_credentials(signature),
            )
        except ValidationError as exc:
            exc = (
                ValidationError(
                    {("reason" if k == "note" else k): v for k, v in exc.message_dict.items()}
                )
                if hasattr(exc, "error_dict")
                else exc
            )
            apply_to_form(signature, exc)
        else:
            signature_recorded(request, signature)
            messages.success(
                request, f"The {asked.get_kind_display().lower()} is {decision}d and signed."
            )
            return redirect("quality:deviation", pk=deviation.pk)
    return render(
        request,
        "quality/deviation_decide.html",
        {"deviation": deviation, "asked": asked, "approve": approve, "form": signature},
    )
