"""RFP pages: the list and an RFP (staff and sponsor users), logging (staff) and
submitting (sponsor users from the portal), editing and qualifying (staff)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from accord.accounts.decorators import sponsor_required, staff_required
from accord.accounts.selectors import sponsors_visible_to
from accord.core.errors import apply_to_form
from accord.core.pagination import paginate
from accord.core.workflow import TransitionNotAllowed
from accord.proposals import selectors, services
from accord.proposals.forms import PortalRfpForm, RfpEditForm, RfpFilterForm, RfpForm
from accord.proposals.models import Rfp
from accord.proposals.views._common import querystring, rfp_or_404
from accord.proposals.workflows import RFP_CONTENT


@login_required
def rfp_list(request: HttpRequest) -> HttpResponse:
    form = RfpFilterForm(request.GET or None)
    rfps = selectors.rfps_filter(selectors.rfps_visible_to(request.user), **form.filters())
    user = request.user
    return render(
        request,
        "proposals/rfp_list.html",
        {
            "form": form,
            "page": paginate(request, rfps),
            "querystring": querystring(request),
            "can_log": user.is_cdmo_staff and user.has_perm("proposals.add_rfp"),
            "can_submit": user.is_sponsor_user and user.has_perm("proposals.add_rfp"),
        },
    )


@login_required
def rfp_detail(request: HttpRequest, pk: int) -> HttpResponse:
    rfp = rfp_or_404(request, pk)
    user = request.user
    proposals = selectors.proposals_visible_to(user).filter(rfp=rfp)
    staff = user.is_cdmo_staff
    return render(
        request,
        "proposals/rfp_detail.html",
        {
            "rfp": rfp,
            "proposals": proposals.prefetch_related("revisions"),
            "can_edit": staff and user.has_perm("proposals.change_rfp") and not rfp.is_closed,
            "can_qualify": staff
            and user.has_perm("proposals.change_rfp")
            and rfp.status == Rfp.Status.NEW,
            "can_propose": staff and user.has_perm("proposals.add_proposal") and not rfp.is_closed,
        },
    )


@staff_required("proposals.add_rfp")
def rfp_create(request: HttpRequest) -> HttpResponse:
    sponsors = sponsors_visible_to(request.user).filter(is_active=True)
    initial = {}
    if request.GET.get("sponsor", "").isdigit():
        initial["sponsor"] = request.GET["sponsor"]
    form = RfpForm(request.POST or None, sponsors=sponsors, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            rfp = services.rfp_create(actor=request.user, **form.cleaned_data)
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"{rfp.number} was logged.")
            return redirect("proposals:rfp_detail", pk=rfp.pk)
    return render(request, "proposals/rfp_form.html", {"form": form})


@sponsor_required
def rfp_submit(request: HttpRequest) -> HttpResponse:
    """The portal's "Submit an RFP": for the user's own company, received today."""
    if not request.user.has_perm("proposals.add_rfp"):
        raise PermissionDenied("Your roles do not allow you to submit RFPs.")
    form = PortalRfpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            rfp = services.rfp_create(actor=request.user, **form.cleaned_data)
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(
                request, f"Thank you: your RFP is {rfp.number}. We will be in touch shortly."
            )
            return redirect("proposals:rfp_detail", pk=rfp.pk)
    return render(request, "proposals/rfp_form.html", {"form": form, "portal": True})


@staff_required("proposals.change_rfp")
def rfp_edit(request: HttpRequest, pk: int) -> HttpResponse:
    rfp = rfp_or_404(request, pk)
    initial = {name: getattr(rfp, name) for name in RFP_CONTENT}
    initial["version"] = rfp.version
    form = RfpEditForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.rfp_update(actor=request.user, rfp=rfp, **form.cleaned_data)
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"{rfp.number} was updated.")
            return redirect("proposals:rfp_detail", pk=rfp.pk)
    return render(request, "proposals/rfp_form.html", {"form": form, "rfp": rfp})


@require_POST
@staff_required("proposals.change_rfp")
def rfp_transition(request: HttpRequest, pk: int, name: str) -> HttpResponse:
    rfp = rfp_or_404(request, pk)
    try:
        services.rfp_transition(actor=request.user, rfp=rfp, name=name)
    except (TransitionNotAllowed, ValidationError) as exc:
        messages.error(request, " ".join(getattr(exc, "messages", [str(exc)])))
    else:
        messages.success(request, f"{rfp.number} is being qualified.")
    return redirect("proposals:rfp_detail", pk=rfp.pk)
