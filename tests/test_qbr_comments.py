"""Comments on a business review after they were written: their author edits or withdraws
them (a withdrawn comment stays in the thread, marked, its words in the audit trail
only); nobody else may, and another sponsor's people do not even find them."""

from __future__ import annotations

import json

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from accord.audit.models import AuditEvent
from accord.core.concurrency import StaleEdit
from accord.qbr import services
from accord.qbr.models import ReviewComment
from tests.conftest import World, client_for
from tests.test_qbr import account_lead, published
from tests.test_qbr_pages import bearer


def _comment(world: World, text: str = "Can we see the yield trend?") -> ReviewComment:
    review = published(world)
    return services.review_comment_add(actor=world.sponsor_a_manager, review=review, text=text)


# ---------------------------------------------------------------- the services


def test_the_author_edits_their_comment_and_the_trail_keeps_the_old_words(world):
    comment = _comment(world)
    edited = services.review_comment_edit(
        actor=world.sponsor_a_manager,
        comment=comment,
        text="  Can we see the yield trend per batch?  ",
        version=comment.version,
    )
    assert edited.text == "Can we see the yield trend per batch?"
    assert edited.edited_at is not None and edited.version == 2
    event = AuditEvent.objects.get(action="qbr.reviewcomment.edited")
    assert json.loads(event.changes)["text"] == [
        "Can we see the yield trend?",
        "Can we see the yield trend per batch?",
    ]
    assert event.actor_id == world.sponsor_a_manager.pk


def test_an_edit_that_changes_nothing_records_nothing(world):
    comment = _comment(world)
    services.review_comment_edit(
        actor=world.sponsor_a_manager, comment=comment, text="Can we see the yield trend?"
    )
    comment.refresh_from_db()
    assert comment.edited_at is None and comment.version == 1
    assert not AuditEvent.objects.filter(action="qbr.reviewcomment.edited").exists()


def test_an_empty_edit_or_a_stale_one_is_refused_and_changes_nothing(world):
    comment = _comment(world)
    with pytest.raises(ValidationError) as error:
        services.review_comment_edit(actor=world.sponsor_a_manager, comment=comment, text="  ")
    assert error.value.message_dict["text"] == ["Write your comment."]
    with pytest.raises(StaleEdit):
        services.review_comment_edit(
            actor=world.sponsor_a_manager, comment=comment, text="Another text", version=7
        )
    comment.refresh_from_db()
    assert comment.text == "Can we see the yield trend?" and comment.version == 1


def test_only_the_author_edits_or_withdraws_a_comment(world):
    comment = _comment(world)
    others = (account_lead(world), world.pm_alice, world.sponsor_a_contact)
    for other in others:
        with pytest.raises(PermissionDenied):
            services.review_comment_edit(actor=other, comment=comment, text="Rewritten")
        with pytest.raises(PermissionDenied):
            services.review_comment_withdraw(actor=other, comment=comment)
    comment.refresh_from_db()
    assert comment.text == "Can we see the yield trend?" and not comment.is_withdrawn


def test_a_sponsor_user_of_another_sponsor_cannot_touch_the_comment(world):
    comment = _comment(world)
    with pytest.raises(PermissionDenied):
        services.review_comment_edit(actor=world.sponsor_b_manager, comment=comment, text="Hi")
    with pytest.raises(PermissionDenied):
        services.review_comment_withdraw(actor=world.sponsor_b_manager, comment=comment)


def test_a_withdrawn_comment_stays_marked_and_no_longer_changes(world):
    comment = _comment(world)
    lead = account_lead(world)
    reply = services.review_comment_add(
        actor=lead, review=comment.review, text="Yes, next quarter.", reply_to=comment
    )
    withdrawn = services.review_comment_withdraw(
        actor=world.sponsor_a_manager, comment=comment, version=1
    )
    assert withdrawn.is_withdrawn and withdrawn.text == "Can we see the yield trend?"
    assert ReviewComment.objects.filter(pk=comment.pk).exists()
    reply.refresh_from_db()
    assert reply.reply_to_id == comment.pk
    assert AuditEvent.objects.filter(
        action="qbr.reviewcomment.withdrawn", actor_id=world.sponsor_a_manager.pk
    ).exists()
    with pytest.raises(ValidationError, match="withdrawn"):
        services.review_comment_edit(actor=world.sponsor_a_manager, comment=comment, text="Hi")
    with pytest.raises(ValidationError, match="withdrawn"):
        services.review_comment_withdraw(actor=world.sponsor_a_manager, comment=comment)
    with pytest.raises(ValidationError) as error:
        services.review_comment_add(
            actor=lead, review=comment.review, text="Answering", reply_to=comment
        )
    assert "reply_to" in error.value.message_dict


def test_staff_edit_their_own_reply(world):
    comment = _comment(world)
    lead = account_lead(world)
    reply = services.review_comment_add(
        actor=lead, review=comment.review, text="Yes, next quarter.", reply_to=comment
    )
    edited = services.review_comment_edit(actor=lead, comment=reply, text="Yes, in Q4.")
    assert edited.text == "Yes, in Q4." and edited.edited_at is not None


# ---------------------------------------------------------------- the pages


def test_the_author_edits_and_withdraws_their_comment_on_its_page(world):
    comment = _comment(world)
    review = comment.review
    manager = client_for(world.sponsor_a_manager)
    thread = manager.get(reverse("qbr:detail", args=[review.pk])).content.decode()
    edit_url = reverse("qbr:comment_edit", args=[review.pk, comment.pk])
    assert edit_url in thread
    page = manager.get(edit_url)
    assert page.status_code == 200 and "Can we see the yield trend?" in page.content.decode()
    saved = manager.post(edit_url, {"text": "Yields per batch, please.", "version": 1})
    assert saved.status_code == 302
    thread = manager.get(reverse("qbr:detail", args=[review.pk])).content.decode()
    assert "Yields per batch, please." in thread and "edited" in thread
    withdraw_url = reverse("qbr:comment_withdraw", args=[review.pk, comment.pk])
    assert manager.post(withdraw_url, {"version": 2}).status_code == 302
    thread = manager.get(reverse("qbr:detail", args=[review.pk])).content.decode()
    assert "Yields per batch, please." not in thread
    assert 'data-testid="comment-withdrawn"' in thread and edit_url not in thread


def test_a_stale_edit_on_the_page_says_so_and_keeps_the_typing(world):
    comment = _comment(world)
    services.review_comment_edit(actor=world.sponsor_a_manager, comment=comment, text="Newer")
    manager = client_for(world.sponsor_a_manager)
    url = reverse("qbr:comment_edit", args=[comment.review_id, comment.pk])
    page = manager.post(url, {"text": "My older edit", "version": 1})
    assert page.status_code == 409
    assert "Someone else changed" in page.content.decode()
    assert "My older edit" in page.content.decode()
    comment.refresh_from_db()
    assert comment.text == "Newer"


def test_others_get_403_and_another_sponsor_404_on_the_edit_pages(world):
    comment = _comment(world)
    edit_url = reverse("qbr:comment_edit", args=[comment.review_id, comment.pk])
    withdraw_url = reverse("qbr:comment_withdraw", args=[comment.review_id, comment.pk])
    staff = client_for(account_lead(world))
    assert staff.get(edit_url).status_code == 403
    assert staff.post(withdraw_url, {"version": 1}).status_code == 403
    colleague = client_for(world.sponsor_a_contact)
    assert colleague.post(edit_url, {"text": "Mine now", "version": 1}).status_code == 403
    other = client_for(world.sponsor_b_manager)
    assert other.get(edit_url).status_code == 404
    assert other.post(withdraw_url, {"version": 1}).status_code == 404
    comment.refresh_from_db()
    assert comment.text == "Can we see the yield trend?" and not comment.is_withdrawn


# ---------------------------------------------------------------- the API


def test_the_api_edits_and_withdraws_the_authors_comment(world):
    comment = _comment(world)
    url = f"/api/v1/business-reviews/{comment.review_id}/comments/{comment.pk}"
    api = bearer(world.sponsor_a_manager)
    edited = api.patch(
        url, {"text": "Yields per batch, please.", "version": 1}, content_type="application/json"
    )
    assert edited.status_code == 200, edited.content
    body = edited.json()
    assert body["text"] == "Yields per batch, please."
    assert body["edited_at"] and body["version"] == 2
    stale = api.patch(url, {"text": "Older", "version": 1}, content_type="application/json")
    assert stale.status_code == 409
    withdrawn = api.post(f"{url}/withdraw", {"version": 2}, content_type="application/json")
    assert withdrawn.status_code == 200 and withdrawn.json()["withdrawn_at"]
    review = api.get(f"/api/v1/business-reviews/{comment.review_id}").json()
    assert [c["text"] for c in review["comments"]] == [""]
    again = api.patch(url, {"text": "Back", "version": 3}, content_type="application/json")
    assert again.status_code == 422


def test_the_api_refuses_others_and_hides_the_comment_from_another_sponsor(world):
    comment = _comment(world)
    url = f"/api/v1/business-reviews/{comment.review_id}/comments/{comment.pk}"
    body = {"text": "Rewritten", "version": 1}
    staff = bearer(account_lead(world))
    assert staff.patch(url, body, content_type="application/json").status_code == 403
    colleague = bearer(world.sponsor_a_contact)
    assert colleague.patch(url, body, content_type="application/json").status_code == 403
    other = bearer(world.sponsor_b_manager)
    assert other.patch(url, body, content_type="application/json").status_code == 404
    withdraw = other.post(f"{url}/withdraw", {"version": 1}, content_type="application/json")
    assert withdraw.status_code == 404
    comment.refresh_from_db()
    assert comment.text == "Can we see the yield trend?" and not comment.is_withdrawn
