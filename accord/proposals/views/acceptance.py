"""The proposal document and the sponsor's answer to it.

The PDF is for anyone who may see the revision (staff: any state, with a DRAFT watermark
until it is sent; sponsor users: their company's revisions once sent). Accepting and
declining are the sponsor manager's, in the portal, with a signature; another sponsor's
revision is 404 (the lookup goes through the selector first), staff are refused.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from accord.core.errors import apply_to_form
from accord.core.workflow import TransitionNotAllowed
from accord.proposals import services
from accord.proposals.document import proposal_pdf_response
from accord.proposals.views._common import revision_or_404, version_field
from accord.proposals.workflows import REVISION_WORKFLOW
from accord.signatures.session import signature_form, signature_recorded, signer_credentials

ANSWERS = {
    "accept": (services.revision_accept, "You accepted {ref}; {owner} sees your signature."),
    "decline": (services.revision_decline, "You declined {ref}; {owner} can read your reason."),
}


@login_required
def revision_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    """The revision as the proposal document (PDF)."""
    return proposal_pdf_response(revision_or_404(request, pk))


@login_required
def revision_accept(request: HttpRequest, pk: int) -> HttpResponse:
    return _answer(request, pk, "accept")


@login_required
def revision_decline(request: HttpRequest, pk: int) -> HttpResponse:
    return _answer(request, pk, "decline")


def _answer(request: HttpRequest, pk: int, name: str) -> HttpResponse:
    revision = revision_or_404(request, pk)
    if not request.user.is_sponsor_user:
        raise PermissionDenied("Only the sponsor accepts or declines its proposal.")
    transition = REVISION_WORKFLOW.transition(name)
    if not request.user.has_perm(transition.permission):
        raise PermissionDenied("Your sponsor manager accepts or declines proposals.")
    service, done = ANSWERS[name]
    form = signature_form(
        request, meaning=transition.signature, reason_required=transition.reason_required
    )
    form.fields["version"] = version_field(revision)
    if name == "decline":
        form.fields["reason"].label = "Why do you decline?"
        form.fields["reason"].help_text = "Required: the CDMO reads it and it stays on record."
    else:
        form.fields["reason"].label = "Note to the CDMO (optional)"
    if revision.status != revision.Status.SENT:
        try:
            services.revision_answer_check(request.user, revision, name)
        except (TransitionNotAllowed, ValidationError, PermissionDenied) as exc:
            messages.error(request, " ".join(getattr(exc, "messages", [str(exc)])))
        return redirect("proposals:revision_detail", pk=revision.pk)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            revision = service(
                actor=request.user,
                revision=revision,
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
            owner = revision.proposal.owner.printed_name
            messages.success(request, done.format(ref=revision.reference, owner=owner))
            return redirect("proposals:revision_detail", pk=revision.pk)
    return render(
        request,
        "proposals/revision_answer.html",
        {
            "form": form,
            "revision": revision,
            "proposal": revision.proposal,
            "transition": transition,
            "items": revision.scope_items.all(),
            "milestones": [(m, m.due_amount(revision.total)) for m in revision.milestones.all()],
            "here": transition.label,
        },
    )
