"""Business review pages: the list (staff: every review, with filters and exports;
sponsor users: their company's published reviews), preparing a review, its narrative, the
preview, the signed publication, the PDF and the comments."""

from __future__ import annotations

from functools import partial

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from accord.accounts.decorators import staff_required
from accord.core import exports
from accord.core.errors import apply_to_form
from accord.core.pagination import paginate
from accord.qbr import selectors, services
from accord.qbr.forms import (
    CommentEditForm,
    CommentForm,
    CommentWithdrawForm,
    NarrativeForm,
    PrepareForm,
    RegenerateForm,
    ReviewFilterForm,
    last_closed_quarter,
)
from accord.qbr.models import NARRATIVE, BusinessReview, ReviewComment
from accord.qbr.rendering import review_context, review_pdf_response
from accord.qbr.workflows import BUSINESS_REVIEW_WORKFLOW
from accord.signatures.publishing import signed_publish_page

VIEW = "qbr.view_businessreview"


def _visible(request: HttpRequest):
    if not request.user.has_perm(VIEW):
        raise PermissionDenied("Your roles do not allow you to see business reviews.")
    return selectors.business_reviews_visible_to(request.user)


def _review(request: HttpRequest, pk: int) -> BusinessReview:
    return get_object_or_404(_visible(request), pk=pk)


def _own_comment(request: HttpRequest, pk: int, comment_id: int) -> ReviewComment:
    """A comment the user wrote on a review they see: another sponsor's review is 404,
    someone else's comment 403, a withdrawn one goes back to the thread."""
    comment = get_object_or_404(_review(request, pk).comments, pk=comment_id)
    if comment.author_id != request.user.pk:
        raise PermissionDenied("Only its author may change a comment.")
    return comment


def _can(request: HttpRequest, permission: str) -> bool:
    return request.user.is_cdmo_staff and request.user.has_perm(permission)


def _listing(request: HttpRequest):
    reviews = _visible(request)
    form = ReviewFilterForm(request.GET or None)
    if form.is_valid():
        reviews = selectors.business_reviews_filter(reviews, **form.filters())
    elif form.is_bound:
        reviews = reviews.none()
    return form, reviews.order_by("-quarter_start", "sponsor__name")


@login_required
def review_list(request: HttpRequest) -> HttpResponse:
    form, reviews = _listing(request)
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "qbr/review_list.html",
        {
            "form": form,
            "page": paginate(request, reviews),
            "querystring": query.urlencode(),
            "filtered": any(value for key, value in request.GET.items() if key != "page"),
            "can_prepare": _can(request, "qbr.add_businessreview"),
        },
    )


HEADINGS = [
    "Sponsor",
    "Quarter",
    "Status",
    "Milestones met",
    "Milestones missed",
    "Delays reported",
    "Concerns raised",
    "Deviations",
    "Published",
    "Published by",
]


def _row(review: BusinessReview) -> list:
    c = review.content
    return [
        review.sponsor.name,
        review.quarter_label,
        review.get_status_display(),
        len(c.get("milestones", {}).get("met", [])),
        len(c.get("milestones", {}).get("missed", [])),
        len(c.get("delays", {}).get("rows", [])),
        c.get("concerns", {}).get("opened", 0),
        len(c.get("quality", {}).get("deviations", [])),
        review.published_at,
        review.published_by.printed_name if review.published_by_id else "",
    ]


@staff_required(VIEW)
def review_export(request: HttpRequest, fmt: str) -> HttpResponse:
    if fmt not in ("csv", "xlsx"):
        raise Http404("Export as csv or xlsx.")
    _, reviews = _listing(request)
    rows = [_row(review) for review in reviews]
    if fmt == "csv":
        return exports.csv_response("business-reviews.csv", HEADINGS, rows)
    book = exports.xlsx_workbook()
    exports.xlsx_sheet(book, "Business reviews", HEADINGS, rows, widths=(34, 10, 12))
    return exports.xlsx_response(book, "business-reviews.xlsx")


@staff_required("qbr.add_businessreview")
def review_prepare(request: HttpRequest) -> HttpResponse:
    initial = {"quarter": last_closed_quarter().start.isoformat()}
    if request.GET.get("sponsor"):
        initial["sponsor"] = request.GET["sponsor"]
    form = PrepareForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            review = services.business_review_prepare(
                actor=request.user,
                sponsor=form.cleaned_data["sponsor"],
                quarter_start=form.cleaned_data["quarter"],
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"{review} was prepared from today's data.")
            return redirect("qbr:detail", pk=review.pk)
    return render(request, "qbr/review_prepare.html", {"form": form})


@login_required
def review_detail(request: HttpRequest, pk: int) -> HttpResponse:
    review = _review(request, pk)
    draft = review.is_draft
    can_comment = review.is_published and request.user.has_perm("qbr.comment_businessreview")
    return render(
        request,
        "qbr/review_detail.html",
        {
            **review_context(review),
            "can_change": draft and _can(request, "qbr.change_businessreview"),
            "can_publish": draft
            and request.user.is_cdmo_staff
            and bool(BUSINESS_REVIEW_WORKFLOW.available(review, request.user)),
            "regenerate_form": RegenerateForm(initial={"version": review.version}),
            "comments": review.comments.select_related("author__organization", "reply_to"),
            "comment_form": CommentForm() if can_comment else None,
        },
    )


@staff_required("qbr.change_businessreview")
def review_edit(request: HttpRequest, pk: int) -> HttpResponse:
    review = _review(request, pk)
    if not review.is_draft:
        messages.error(request, "A published review never changes.")
        return redirect("qbr:detail", pk=review.pk)
    form = NarrativeForm(
        request.POST or None,
        initial={**{name: getattr(review, name) for name in NARRATIVE}, "version": review.version},
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.business_review_update(actor=request.user, review=review, **form.cleaned_data)
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"The narrative of {review} was saved.")
            return redirect("qbr:detail", pk=review.pk)
    return render(request, "qbr/review_edit.html", {**review_context(review), "form": form})


@require_POST
@staff_required("qbr.change_businessreview")
def review_regenerate(request: HttpRequest, pk: int) -> HttpResponse:
    review = _review(request, pk)
    form = RegenerateForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(m for ms in form.errors.values() for m in ms))
        return redirect("qbr:detail", pk=review.pk)
    try:
        review = services.business_review_regenerate(
            actor=request.user, review=review, version=form.cleaned_data["version"]
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        if review.last_changes:
            messages.success(request, f"Regenerated: {len(review.last_changes)} change(s).")
        else:
            messages.success(request, "Regenerated: nothing changed since the last snapshot.")
    return redirect("qbr:detail", pk=review.pk)


@staff_required("qbr.publish_businessreview")
def review_publish(request: HttpRequest, pk: int) -> HttpResponse:
    review = _review(request, pk)
    return signed_publish_page(
        request,
        services.PUBLICATION,
        review,
        publish=partial(services.business_review_publish, review=review),
        back=reverse("qbr:detail", args=[review.pk]),
        template="qbr/review_publish.html",
        context=review_context(review),
        published=f"{review} is signed and published to the sponsor.",
    )


@login_required
def review_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    return review_pdf_response(_review(request, pk))


@require_POST
@login_required
def review_comment(request: HttpRequest, pk: int) -> HttpResponse:
    review = _review(request, pk)
    form = CommentForm(request.POST)
    if form.is_valid():
        reply_to = None
        if form.cleaned_data.get("reply_to"):
            reply_to = review.comments.filter(pk=form.cleaned_data["reply_to"]).first()
        try:
            services.review_comment_add(
                actor=request.user, review=review, text=form.cleaned_data["text"], reply_to=reply_to
            )
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, "Your comment was added.")
    else:
        messages.error(request, " ".join(m for ms in form.errors.values() for m in ms))
    return redirect(reverse("qbr:detail", args=[review.pk]) + "#comments")


def _thread(review_pk: int) -> HttpResponse:
    return redirect(reverse("qbr:detail", args=[review_pk]) + "#comments")


@login_required
def comment_edit(request: HttpRequest, pk: int, comment_id: int) -> HttpResponse:
    comment = _own_comment(request, pk, comment_id)
    if comment.is_withdrawn:
        messages.error(request, "This comment was withdrawn; it no longer changes.")
        return _thread(comment.review_id)
    form = CommentEditForm(
        request.POST or None, initial={"text": comment.text, "version": comment.version}
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.review_comment_edit(actor=request.user, comment=comment, **form.cleaned_data)
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, "Your comment was saved.")
            return _thread(comment.review_id)
    return render(
        request,
        "qbr/comment_edit.html",
        {
            "review": comment.review,
            "comment": comment,
            "form": form,
            "withdraw_form": CommentWithdrawForm(initial={"version": comment.version}),
        },
    )


@require_POST
@login_required
def comment_withdraw(request: HttpRequest, pk: int, comment_id: int) -> HttpResponse:
    comment = _own_comment(request, pk, comment_id)
    form = CommentWithdrawForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(m for ms in form.errors.values() for m in ms))
        return _thread(comment.review_id)
    try:
        services.review_comment_withdraw(
            actor=request.user, comment=comment, version=form.cleaned_data["version"]
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, "Your comment was withdrawn.")
    return _thread(comment.review_id)
