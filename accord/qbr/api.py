"""Business reviews in the API: sponsor tokens reach only their company's published
reviews; staff prepare, regenerate, write and publish them (the publisher's user id and
password in the body sign it)."""

import datetime as dt

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Query, Router, Schema, Status
from ninja.pagination import paginate

from accord.accounts.selectors import sponsors_visible_to
from accord.core.api import PageNumberPagination
from accord.core.concurrency import expected_version, set_etag
from accord.qbr import selectors, services
from accord.qbr.models import BusinessReview, ReviewComment
from accord.qbr.rendering import review_pdf_response
from accord.qbr.schemas import (
    BusinessReviewDetailOut,
    BusinessReviewOut,
    CommentEditIn,
    CommentIn,
    CommentWithdrawIn,
    NarrativeIn,
    PrepareIn,
    PublishIn,
    RegenerateIn,
    ReviewCommentOut,
)
from accord.signatures.models import Meaning

router = Router(tags=["Business reviews"])


class ReviewFilters(Schema):
    sponsor_id: int | None = None
    quarter_start: dt.date | None = None
    status: BusinessReview.Status | None = None


def _visible(request: HttpRequest):
    return selectors.business_reviews_visible_to(request.user)


def _staff(request: HttpRequest) -> None:
    # Refused before any lookup: a sponsor user learns nothing about ids.
    if not request.user.is_cdmo_staff:
        raise PermissionDenied("The CDMO's account team prepares business reviews.")


def _own_comment(request: HttpRequest, review_id: int, comment_id: int) -> ReviewComment:
    # Another sponsor's review (or a comment not on it) is 404; someone else's comment 403.
    review = get_object_or_404(_visible(request), pk=review_id)
    comment = get_object_or_404(review.comments, pk=comment_id)
    if comment.author_id != request.user.pk:
        raise PermissionDenied("Only its author may change a comment.")
    return comment


@router.get(
    "/business-reviews",
    response=list[BusinessReviewOut],
    summary="Business reviews (sponsor users: their company's published ones)",
)
@paginate(PageNumberPagination)
def list_reviews(request: HttpRequest, filters: Query[ReviewFilters]):
    reviews = _visible(request)
    if filters.sponsor_id is not None:
        reviews = reviews.filter(sponsor_id=filters.sponsor_id)
    if filters.quarter_start is not None:
        reviews = reviews.filter(quarter_start=filters.quarter_start)
    if filters.status:
        reviews = reviews.filter(status=filters.status)
    return reviews.order_by("-quarter_start", "sponsor__name")


@router.get(
    "/business-reviews/{review_id}",
    response=BusinessReviewDetailOut,
    summary="One business review with its snapshot, narrative, signature and comments",
)
def get_review(request: HttpRequest, response: HttpResponse, review_id: int):
    review = get_object_or_404(_visible(request), pk=review_id)
    set_etag(response, review)
    return review


@router.get("/business-reviews/{review_id}/pdf", summary="One business review as a PDF")
def get_review_pdf(request: HttpRequest, review_id: int) -> HttpResponse:
    return review_pdf_response(get_object_or_404(_visible(request), pk=review_id))


@router.post(
    "/business-reviews",
    response={201: BusinessReviewDetailOut},
    summary="Prepare a sponsor's review of a quarter (a draft with a snapshot taken now)",
)
def prepare_review(request: HttpRequest, response: HttpResponse, payload: PrepareIn):
    _staff(request)
    sponsor = sponsors_visible_to(request.user).filter(pk=payload.sponsor_id).first()
    if sponsor is None:
        raise ValidationError({"sponsor_id": ["Choose a sponsor."]})
    review = services.business_review_prepare(
        actor=request.user, sponsor=sponsor, quarter_start=payload.quarter_start
    )
    set_etag(response, review)
    return Status(201, review)


@router.post(
    "/business-reviews/{review_id}/regenerate",
    response=BusinessReviewDetailOut,
    summary="Take a draft's snapshot again; last_changes says what changed",
)
def regenerate_review(
    request: HttpRequest, response: HttpResponse, review_id: int, payload: RegenerateIn
):
    _staff(request)
    review = get_object_or_404(_visible(request), pk=review_id)
    review = services.business_review_regenerate(
        actor=request.user, review=review, version=expected_version(request, payload.version)
    )
    set_etag(response, review)
    return review


@router.patch(
    "/business-reviews/{review_id}",
    response=BusinessReviewDetailOut,
    summary="Write a draft's narrative (executive summary, highlights, issues, outlook)",
)
def update_review(
    request: HttpRequest, response: HttpResponse, review_id: int, payload: NarrativeIn
):
    _staff(request)
    review = get_object_or_404(_visible(request), pk=review_id)
    fields = payload.dict(exclude_unset=True, exclude={"version"})
    review = services.business_review_update(
        actor=request.user,
        review=review,
        version=expected_version(request, payload.version),
        **{name: value or "" for name, value in fields.items()},
    )
    set_etag(response, review)
    return review


@router.post(
    "/business-reviews/{review_id}/publish",
    response=BusinessReviewDetailOut,
    summary="Publish a draft to the sponsor with your signature (meaning: authored)",
    description="Your user id and password, checked now; a wrong one signs nothing and "
    "counts toward the lockout. Send the version you read (or If-Match).",
)
def publish_review(
    request: HttpRequest, response: HttpResponse, review_id: int, payload: PublishIn
):
    _staff(request)
    review = get_object_or_404(_visible(request), pk=review_id)
    review = services.business_review_publish(
        actor=request.user,
        review=review,
        meaning=Meaning.AUTHORED,
        username=payload.username,
        password=payload.password,
        acknowledge=payload.acknowledge,
        reason=payload.reason,
        version=expected_version(request, payload.version),
    )
    set_etag(response, review)
    return review


@router.post(
    "/business-reviews/{review_id}/comments",
    response={201: ReviewCommentOut},
    summary="Comment on a published review (sponsor users), or reply (the account team)",
)
def comment_review(request: HttpRequest, review_id: int, payload: CommentIn):
    review = get_object_or_404(_visible(request), pk=review_id)
    reply_to = None
    if payload.reply_to is not None:
        reply_to = review.comments.filter(pk=payload.reply_to).first()
        if reply_to is None:
            raise ValidationError({"reply_to": ["Reply to a comment on this review."]})
    comment = services.review_comment_add(
        actor=request.user, review=review, text=payload.text, reply_to=reply_to
    )
    return Status(201, comment)


@router.patch(
    "/business-reviews/{review_id}/comments/{comment_id}",
    response=ReviewCommentOut,
    summary="Edit your own comment (the audit trail keeps the earlier wording)",
)
def edit_comment(
    request: HttpRequest,
    response: HttpResponse,
    review_id: int,
    comment_id: int,
    payload: CommentEditIn,
):
    comment = services.review_comment_edit(
        actor=request.user,
        comment=_own_comment(request, review_id, comment_id),
        text=payload.text,
        version=expected_version(request, payload.version),
    )
    set_etag(response, comment)
    return comment


@router.post(
    "/business-reviews/{review_id}/comments/{comment_id}/withdraw",
    response=ReviewCommentOut,
    summary="Withdraw your own comment (it stays in the thread, marked, without its text)",
)
def withdraw_comment(
    request: HttpRequest,
    response: HttpResponse,
    review_id: int,
    comment_id: int,
    payload: CommentWithdrawIn,
):
    comment = services.review_comment_withdraw(
        actor=request.user,
        comment=_own_comment(request, review_id, comment_id),
        version=expected_version(request, payload.version),
    )
    set_etag(response, comment)
    return comment
