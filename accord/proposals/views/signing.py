"""Signing pages: a required review ("reviewed" or "rejected") and the revision's
workflow actions (submit, back to draft, send with the owner's signature)."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from accord.accounts.decorators import staff_required
from accord.core.errors import apply_to_form
from accord.core.workflow import TransitionNotAllowed
from accord.proposals import services
from accord.proposals.models import ReviewKind
from accord.proposals.views._common import revision_or_404, version_field
from accord.proposals.workflows import REVISION_WORKFLOW, STAFF_ACTIONS
from accord.signatures.models import Meaning
from accord.signatures.session import signature_form, signature_recorded, signer_credentials


@staff_required("proposals.review_proposalrevision")
def review_sign(request: HttpRequest, pk: int, kind: str) -> HttpResponse:
    """Sign one required review: meaning "reviewed", or "rejected" with a reason."""
    revision = revision_or_404(request, pk)
    if kind not in ReviewKind.values:
        raise Http404("No such review.")
    form = signature_form(request, meaning=Meaning.REVIEWED)
    form.fields["meaning"].choices = [
        (Meaning.REVIEWED, "Reviewed: I find it sound"),
        (Meaning.REJECTED, "Rejected: it must change (give the reason)"),
    ]
    form.fields["reason"].help_text = "Required when rejecting; kept in the audit trail."
    form.fields["version"] = version_field(revision)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.revision_review(
                actor=request.user,
                revision=revision,
                kind=kind,
                decision=data["meaning"],
                reason=data.get("reason", ""),
                version=data["version"],
                **signer_credentials(form),
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        except PermissionDenied as exc:
            messages.error(request, str(exc))
            return redirect("proposals:revision_detail", pk=revision.pk)
        except TransitionNotAllowed as exc:
            messages.error(request, str(exc))
            return redirect("proposals:revision_detail", pk=revision.pk)
        else:
            signature_recorded(request, form)
            messages.success(request, f"Your {ReviewKind(kind).label} review was signed.")
            return redirect("proposals:revision_detail", pk=revision.pk)
    return render(
        request,
        "proposals/revision_sign.html",
        {
            "form": form,
            "revision": revision,
            "proposal": revision.proposal,
            "title": f"{ReviewKind(kind).label} review",
            "items": revision.scope_items.all(),
        },
    )


@staff_required("proposals.view_proposal")
def revision_transition(request: HttpRequest, pk: int, name: str) -> HttpResponse:
    revision = revision_or_404(request, pk)
    if name not in STAFF_ACTIONS:
        raise Http404("No such action.")
    try:
        transition = REVISION_WORKFLOW.check(revision, name, request.user)
    except TransitionNotAllowed as exc:
        messages.error(request, str(exc))
        return redirect("proposals:revision_detail", pk=revision.pk)
    form = signature_form(
        request, meaning=transition.signature, reason_required=transition.reason_required
    )
    form.fields["version"] = version_field(revision)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.revision_transition(
                actor=request.user,
                revision=revision,
                name=name,
                meaning=data.get("meaning", ""),
                reason=data.get("reason", ""),
                version=data["version"],
                **signer_credentials(form),
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        except (TransitionNotAllowed, PermissionDenied) as exc:
            messages.error(request, str(exc))
            return redirect("proposals:revision_detail", pk=revision.pk)
        else:
            signature_recorded(request, form)
            messages.success(request, f"{revision.reference}: {transition.label.lower()} done.")
            return redirect("proposals:revision_detail", pk=revision.pk)
    return render(
        request,
        "proposals/revision_sign.html",
        {
            "form": form,
            "revision": revision,
            "proposal": revision.proposal,
            "title": transition.label,
            "transition": transition,
            "items": revision.scope_items.all(),
        },
    )
