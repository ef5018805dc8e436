"""A project's lessons review (CDMO staff only): the review page, starting and drafting
it, adding its findings, submitting it by signature; and the list of reviews."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from accord.accounts.decorators import staff_required
from accord.core import exports
from accord.core.errors import apply_to_form, apply_to_forms
from accord.core.pagination import paginate
from accord.lessons import selectors, services
from accord.lessons.forms import FindingForm, ReviewForm
from accord.lessons.models import LessonsReview
from accord.lessons.permissions import RECORD, REVIEW, VIEW
from accord.lessons.rendering import review_pdf_response
from accord.lessons.services.reviews import project_services
from accord.projects.models import Project
from accord.projects.selectors import projects_visible_to
from accord.signatures.models import Meaning
from accord.signatures.selectors import manifest
from accord.signatures.session import signature_form, signature_recorded, signer_credentials


def _project(request: HttpRequest, pk: int) -> Project:
    return get_object_or_404(projects_visible_to(request.user), pk=pk)


def _review(request: HttpRequest, project: Project) -> LessonsReview:
    review = selectors.reviews_visible_to(request.user).filter(project=project).first()
    if review is None:
        raise Http404("This project has no lessons review yet.")
    return review


@staff_required(VIEW)
def review_page(request: HttpRequest, pk: int) -> HttpResponse:
    project = _project(request, pk)
    state = selectors.review_state(project)
    review = state.review
    return render(
        request,
        "lessons/review.html",
        {
            "project": project,
            "state": state,
            "review": review,
            "findings": review.lessons.select_related("recorded_by") if review else [],
            "manifest": manifest(review) if review and review.is_submitted else [],
            "hold_days": selectors.HOLD_DAYS,
            "can_write": request.user.has_perm(RECORD),
            "can_submit": request.user.has_perm(REVIEW),
        },
    )


@staff_required(VIEW)
def review_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    return review_pdf_response(_review(request, _project(request, pk)))


@require_POST
@staff_required(RECORD)
def review_start(request: HttpRequest, pk: int) -> HttpResponse:
    project = _project(request, pk)
    try:
        services.review_start(actor=request.user, project=project)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    return redirect("lessons:review_edit", pk=project.pk)


@staff_required(RECORD)
def review_edit(request: HttpRequest, pk: int) -> HttpResponse:
    project = _project(request, pk)
    review = _review(request, project)
    if review.is_submitted:
        return redirect("lessons:review", pk=project.pk)
    form = ReviewForm(request.POST or None, initial=ReviewForm.initial_from(review))
    if request.method == "POST" and form.is_valid():
        try:
            services.review_update(
                actor=request.user,
                review=review,
                version=form.cleaned_data["version"],
                **form.fields_for_service(),
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, "The draft of the lessons review is saved.")
            return redirect("lessons:review", pk=project.pk)
    return render(
        request,
        "lessons/review_form.html",
        {"project": project, "review": review, "form": form},
    )


@staff_required(RECORD)
def review_finding(request: HttpRequest, pk: int) -> HttpResponse:
    project = _project(request, pk)
    review = _review(request, project)
    wanted = project_services(project)
    form = FindingForm(request.POST or None, initial={"service": wanted[0] if wanted else ""})
    if request.method == "POST" and form.is_valid():
        try:
            lesson = services.review_finding_add(
                actor=request.user, review=review, **form.fields_for_service()
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"{lesson.number} is recorded with the review.")
            return redirect("lessons:review", pk=project.pk)
    return render(
        request,
        "lessons/form.html",
        {
            "form": form,
            "title": "Add a finding",
            "lead": f"A lesson of the review of {project.code} {project.title}; published "
            "when the review is submitted.",
            "cancel": reverse("lessons:review", args=[project.pk]),
        },
    )


@staff_required(REVIEW)
def review_submit(request: HttpRequest, pk: int) -> HttpResponse:
    project = _project(request, pk)
    review = _review(request, project)
    if review.is_submitted:
        return redirect("lessons:review", pk=project.pk)
    form = signature_form(request, meaning=Meaning.REVIEWED)
    if request.method == "POST" and form.is_valid():
        try:
            services.review_submit(
                actor=request.user,
                review=review,
                reason=form.cleaned_data.get("reason", ""),
                version=review.version,
                **signer_credentials(form),
            )
        except ValidationError as exc:
            apply_to_forms(exc, form)
        else:
            signature_recorded(request, form)
            messages.success(
                request,
                f"The lessons review of {project.code} is submitted; its lessons are "
                "in the library.",
            )
            return redirect("lessons:review", pk=project.pk)
    return render(
        request,
        "lessons/review_submit.html",
        {"project": project, "review": review, "form": form, "findings": review.lessons.all()},
    )


def _reviews(request: HttpRequest):
    rows = selectors.reviews_visible_to(request.user)
    query = request.GET.get("q", "").strip()[:200]
    status = request.GET.get("status", "")
    if query:
        rows = rows.filter(
            Q(project__code__icontains=query)
            | Q(project__title__icontains=query)
            | Q(project__sponsor__name__icontains=query)
        )
    if status in LessonsReview.Status.values:
        rows = rows.filter(status=status)
    return rows.order_by("-created_at"), {"q": query, "status": status}


@staff_required(VIEW)
def review_list(request: HttpRequest) -> HttpResponse:
    rows, filters = _reviews(request)
    params = request.GET.copy()
    params.pop("page", None)
    return render(
        request,
        "lessons/review_list.html",
        {
            "page": paginate(request, rows),
            "filters": filters,
            "statuses": LessonsReview.Status.choices,
            "querystring": params.urlencode(),
            "filtered": any(filters.values()),
        },
    )


REVIEW_HEADINGS = [
    "Project",
    "Title",
    "Sponsor",
    "Project status",
    "Review status",
    "Process",
    "Quality",
    "Schedule",
    "Sponsor satisfaction",
    "Budget",
    "Actual cost",
    "Follow-on work",
    "Lessons",
    "Drafted by",
    "Submitted by",
    "Submitted on",
]


def _review_row(review: LessonsReview) -> list[object]:
    return [
        review.project.code,
        review.project.title,
        review.project.sponsor.name,
        review.project.get_status_display(),
        review.get_status_display(),
        review.get_process_rating_display() if review.process_rating else "",
        review.get_quality_rating_display() if review.quality_rating else "",
        review.get_schedule_rating_display() if review.schedule_rating else "",
        review.get_sponsor_satisfaction_display() if review.sponsor_satisfaction else "",
        review.budget_planned,
        review.budget_actual,
        review.get_follow_on_display(),
        review.lessons.count(),
        review.drafted_by.printed_name,
        review.submitted_by.printed_name if review.submitted_by else "",
        timezone.localdate(review.submitted_at) if review.submitted_at else None,
    ]


@staff_required(VIEW)
def review_export(request: HttpRequest, fmt: str) -> HttpResponse:
    if fmt not in ("csv", "xlsx"):
        raise Http404("Export as csv or xlsx.")
    rows, _ = _reviews(request)
    data = [_review_row(review) for review in rows]
    if fmt == "csv":
        return exports.csv_response("lessons-reviews.csv", REVIEW_HEADINGS, data)
    book = exports.xlsx_workbook()
    exports.xlsx_sheet(book, "Lessons reviews", REVIEW_HEADINGS, data, widths=(14, 40, 24))
    return exports.xlsx_response(book, "lessons-reviews.xlsx")
