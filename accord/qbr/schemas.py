"""API shapes of business reviews (the same for staff and sponsor users: a sponsor only
ever reaches its own published reviews, and a review holds nothing internal)."""

from __future__ import annotations

import datetime as dt

from ninja import Field, Schema

from accord.core.api import InputSchema
from accord.qbr.models import BusinessReview, ReviewComment
from accord.signatures.selectors import manifest


class ReviewSignatureOut(Schema):
    printed_name: str
    meaning: str
    signed_at: dt.datetime
    record_version: int
    content_hash: str = Field(description="SHA-256 of the content signed")


class ReviewCommentOut(Schema):
    id: int
    author: str
    from_sponsor: bool
    reply_to: int | None = Field(None, description="The comment this one answers")
    text: str = Field(description="Empty once its author withdrew it")
    created_at: dt.datetime
    edited_at: dt.datetime | None = Field(None, description="When its author last edited it")
    withdrawn_at: dt.datetime | None = Field(None, description="When its author withdrew it")
    version: int

    @staticmethod
    def resolve_author(comment: ReviewComment) -> str:
        return comment.author.printed_name

    @staticmethod
    def resolve_text(comment: ReviewComment) -> str:
        return "" if comment.is_withdrawn else comment.text

    @staticmethod
    def resolve_reply_to(comment: ReviewComment) -> int | None:
        return comment.reply_to_id


class BusinessReviewOut(Schema):
    id: int
    reference: str
    sponsor_id: int
    sponsor_name: str
    quarter: str = Field(description="Q3 2026")
    quarter_start: dt.date
    status: BusinessReview.Status
    published_at: dt.datetime | None
    published_by: str | None

    @staticmethod
    def resolve_sponsor_name(review: BusinessReview) -> str:
        return review.sponsor.name

    @staticmethod
    def resolve_quarter(review: BusinessReview) -> str:
        return review.quarter_label

    @staticmethod
    def resolve_published_by(review: BusinessReview) -> str | None:
        return review.published_by.printed_name if review.published_by_id else None


class BusinessReviewDetailOut(BusinessReviewOut):
    summary: str
    highlights: str
    issues: str
    outlook: str
    content: dict = Field(description="The snapshot the review shows, frozen once published")
    content_taken_at: dt.datetime
    last_changes: list[str] = Field(description="What the last regeneration changed")
    signatures: list[ReviewSignatureOut]
    comments: list[ReviewCommentOut]
    version: int

    @staticmethod
    def resolve_signatures(review: BusinessReview) -> list:
        return [line.signature for line in manifest(review)]

    @staticmethod
    def resolve_comments(review: BusinessReview) -> list:
        return list(review.comments.select_related("author__organization", "review"))


class PrepareIn(InputSchema):
    sponsor_id: int
    quarter_start: dt.date = Field(description="The first day of the quarter: 2026-07-01")


class NarrativeIn(InputSchema):
    summary: str | None = Field(None, max_length=20000)
    highlights: str | None = Field(None, max_length=20000)
    issues: str | None = Field(None, max_length=20000)
    outlook: str | None = Field(None, max_length=20000)
    version: int | None = Field(None, ge=1, description="The version you read (or If-Match)")


class RegenerateIn(InputSchema):
    version: int | None = Field(None, ge=1, description="The version you read (or If-Match)")


class PublishIn(InputSchema):
    username: str = Field(..., max_length=150)
    password: str = Field(..., max_length=1024)
    acknowledge: bool = Field(
        False, description="Acknowledge that your electronic signature is binding (once)"
    )
    reason: str = Field("", max_length=2000)
    version: int | None = Field(None, ge=1, description="The version you read (or If-Match)")


class CommentIn(InputSchema):
    text: str = Field(..., max_length=4000)
    reply_to: int | None = Field(None, description="The comment you answer")


class CommentEditIn(InputSchema):
    text: str = Field(..., max_length=4000)
    version: int | None = Field(None, ge=1, description="The version you read (or If-Match)")


class CommentWithdrawIn(InputSchema):
    version: int | None = Field(None, ge=1, description="The version you read (or If-Match)")
