"""Quality agreement pages. Staff see every sponsor's agreements and, in QA, draft,
rewrite and approve them with a signature; a sponsor's people see their own company's
approved revisions, the one in force first. Every write calls one service."""

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
from accord.core.errors import apply_to_form
from accord.core.input import INT64_MAX
from accord.core.pagination import paginate
from accord.quality import selectors, services
from accord.quality.forms import AgreementForm, ContactFormSet, contacts_of
from accord.quality.models import CLASS_DEFINITIONS, DeviationClass, QualityAgreement
from accord.signatures.selectors import manifest
from accord.signatures.session import signature_form, signature_recorded, signer_credentials

VIEW = selectors.VIEW
STATUSES = [("", "Every status"), *QualityAgreement.Status.choices]


def _filtered(request: HttpRequest):
    agreements = selectors.quality_agreements_visible_to(request.user)
    query = request.GET.get("q", "").strip()
    status = request.GET.get("status", "")
    sponsor_id = request.GET.get("sponsor", "")
    if query:
        agreements = agreements.filter(
            Q(title__icontains=query)
            | Q(sponsor__name__icontains=query)
            | Q(sponsor__short_name__icontains=query)
        )
    if status in QualityAgreement.Status.values:
        agreements = agreements.filter(status=status)
    if sponsor_id.isdigit() and int(sponsor_id) <= INT64_MAX and request.user.is_cdmo_staff:
        agreements = agreements.filter(sponsor_id=int(sponsor_id))
    return (
        agreements.prefetch_related("notification_terms", "change_approval_terms", "contacts"),
        {"q": query, "status": status, "sponsor": sponsor_id},
    )


@login_required
def agreement_list(request: HttpRequest) -> HttpResponse:
    if not request.user.has_perm(VIEW):
        raise PermissionDenied("Your roles do not allow you to see quality agreements.")
    agreements, filters = _filtered(request)
    today = timezone.localdate()
    page = paginate(request, agreements.order_by("sponsor__name", "-revision"), per_page=25)
    in_force = selectors.agreements_in_force({a.sponsor_id for a in page}, today)
    for agreement in page:
        agreement.standing = selectors.standing(
            agreement, in_force.get(agreement.sponsor_id), today
        )
    params = request.GET.copy()
    params.pop("page", None)
    staff = request.user.is_cdmo_staff
    return render(
        request,
        "quality/agreement_list.html",
        {
            "page": page,
            "filters": filters,
            "statuses": STATUSES,
            "sponsors": Organization.objects.filter(kind=Organization.Kind.SPONSOR).order_by("name")
            if staff
            else None,
            "querystring": params.urlencode(),
            "filtered": any(filters.values()),
            "can_draft": staff and request.user.has_perm("quality.add_qualityagreement"),
        },
    )


HEADINGS = [
    "Agreement",
    "Sponsor",
    "Title",
    "Status",
    "Effective from",
    "Notify: critical (h)",
    "Notify: major (h)",
    "Notify: minor (h)",
    "Preliminary summary (working days)",
    "Changes the sponsor approves",
    "Quality contacts",
    "Approved by",
    "Approved at",
]


def _row(agreement: QualityAgreement) -> list[object]:
    hours = {t.deviation_class: t.notify_within_hours for t in agreement.notification_terms.all()}
    return [
        agreement.reference,
        agreement.sponsor.name,
        agreement.title,
        agreement.get_status_display(),
        agreement.effective_from,
        hours.get("critical"),
        hours.get("major"),
        hours.get("minor"),
        agreement.summary_days,
        "; ".join(str(t) for t in agreement.change_approval_terms.all()),
        "; ".join(f"{c} <{c.email}>" for c in agreement.contacts.all()),
        agreement.approved_by.printed_name if agreement.approved_by else None,
        agreement.approved_at,
    ]


@login_required
def agreement_export(request: HttpRequest, fmt: str) -> HttpResponse:
    if fmt not in ("csv", "xlsx"):
        raise Http404("Export as csv or xlsx.")
    if not request.user.has_perm(VIEW):
        raise PermissionDenied("Your roles do not allow you to see quality agreements.")
    agreements, _ = _filtered(request)
    rows = [_row(a) for a in agreements.order_by("sponsor__name", "-revision")]
    if fmt == "csv":
        return exports.csv_response("quality-agreements.csv", HEADINGS, rows)
    book = exports.xlsx_workbook()
    exports.xlsx_sheet(book, "Quality agreements", HEADINGS, rows, widths=(18, 30, 36))
    return exports.xlsx_response(book, "quality-agreements.xlsx")


def _agreement(request: HttpRequest, pk: int) -> QualityAgreement:
    return get_object_or_404(
        selectors.quality_agreements_visible_to(request.user).prefetch_related(
            "notification_terms", "change_approval_terms", "contacts"
        ),
        pk=pk,
    )


@login_required
def agreement_detail(request: HttpRequest, pk: int) -> HttpResponse:
    agreement = _agreement(request, pk)
    user = request.user
    in_force = selectors.agreement_in_force(agreement.sponsor, timezone.localdate())
    hours = {t.deviation_class: t.notify_within_hours for t in agreement.notification_terms.all()}
    notify_rows = [
        {"label": c.label, "definition": CLASS_DEFINITIONS[c], "hours": hours.get(c.value)}
        for c in (DeviationClass.CRITICAL, DeviationClass.MAJOR, DeviationClass.MINOR)
    ]
    return render(
        request,
        "quality/agreement_detail.html",
        {
            "agreement": agreement,
            "in_force": in_force,
            "standing": selectors.standing(agreement, in_force, timezone.localdate()),
            "notify_rows": notify_rows,
            "manifest": manifest(agreement),
            "can_rewrite": agreement.is_draft
            and user.is_cdmo_staff
            and user.has_perm(services.KEEP),
            "can_approve": agreement.is_draft
            and user.has_perm(services.APPROVE)
            and agreement.drafted_by_id != user.pk,
            "can_draft_next": not agreement.is_draft
            and user.is_cdmo_staff
            and user.has_perm("quality.add_qualityagreement"),
        },
    )


def _contacts(agreement: QualityAgreement) -> list[dict]:
    return [{"name": c.name, "email": c.email, "role": c.role} for c in agreement.contacts.all()]


def _save(request, form, formset, save) -> HttpResponse | None:
    if form.is_valid() and formset.is_valid():
        try:
            agreement = save(form.terms(contacts_of(formset)))
        except ValidationError as exc:
            if hasattr(exc, "error_dict") and "contacts" in exc.error_dict:
                for error in exc.error_dict.pop("contacts"):
                    form.add_error(None, error)
            apply_to_form(form, exc)
        else:
            return redirect("quality:agreement", pk=agreement.pk)
    return None


@staff_required("quality.add_qualityagreement")
def agreement_create(request: HttpRequest) -> HttpResponse:
    sponsors = Organization.objects.filter(kind=Organization.Kind.SPONSOR).order_by("name")
    initial: dict[str, object] = {}
    contacts_initial: list[dict] = []
    raw = request.GET.get("from", "")
    if raw.isdigit() and int(raw) <= INT64_MAX:
        # The next revision starts from the one before.
        previous = get_object_or_404(
            selectors.quality_agreements_visible_to(request.user), pk=int(raw)
        )
        initial = {**AgreementForm.initial_from(previous), "sponsor": previous.sponsor_id}
        initial.pop("effective_from")
        contacts_initial = _contacts(previous)
    form = AgreementForm(request.POST or None, sponsors=sponsors, initial=initial)
    formset = ContactFormSet(request.POST or None, prefix="contacts", initial=contacts_initial)
    if request.method == "POST":
        done = _save(
            request,
            form,
            formset,
            lambda terms: services.agreement_draft(
                actor=request.user, sponsor=form.cleaned_data["sponsor"], terms=terms
            ),
        )
        if done is not None:
            messages.success(request, "The draft is saved; QA approves it with a signature.")
            return done
    return render(
        request,
        "quality/agreement_form.html",
        {"form": form, "formset": formset, "agreement": None},
    )


@staff_required(services.KEEP)
def agreement_edit(request: HttpRequest, pk: int) -> HttpResponse:
    agreement = _agreement(request, pk)
    if not agreement.is_draft:
        raise PermissionDenied(
            f"{agreement.reference} is approved and never edited: draft the next revision."
        )
    form = AgreementForm(request.POST or None, initial=AgreementForm.initial_from(agreement))
    formset = ContactFormSet(
        request.POST or None,
        prefix="contacts",
        initial=[
            {"name": c.name, "email": c.email, "role": c.role} for c in agreement.contacts.all()
        ],
    )
    if request.method == "POST":
        done = _save(
            request,
            form,
            formset,
            lambda terms: services.agreement_rewrite(
                actor=request.user,
                agreement=agreement,
                terms=terms,
                version=form.cleaned_data.get("version"),
            ),
        )
        if done is not None:
            messages.success(request, "The draft is rewritten.")
            return done
    return render(
        request,
        "quality/agreement_form.html",
        {"form": form, "formset": formset, "agreement": agreement},
    )


@staff_required(services.APPROVE)
def agreement_approve(request: HttpRequest, pk: int) -> HttpResponse:
    agreement = _agreement(request, pk)
    if not agreement.is_draft:
        raise PermissionDenied(f"{agreement.reference} is approved already.")
    form = signature_form(request, meaning="approved")
    if request.method == "POST" and form.is_valid():
        try:
            services.agreement_approve(
                actor=request.user,
                agreement=agreement,
                version=agreement.version,
                **signer_credentials(form),
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            signature_recorded(request, form)
            messages.success(request, f"{agreement.reference} is approved and signed.")
            return redirect("quality:agreement", pk=agreement.pk)
    return render(request, "quality/agreement_approve.html", {"agreement": agreement, "form": form})
