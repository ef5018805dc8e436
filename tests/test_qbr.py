"""Quarterly business reviews: the sections of a sponsor's quarter, the frozen snapshot,
the signed publication, who sees which review, and the comments."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from accord.accounts.models import User
from accord.audit.models import AuditEvent
from accord.notifications.models import Notification
from accord.qbr import selectors, services
from accord.qbr.models import BusinessReview
from accord.signatures.models import Signature
from tests.conftest import World
from tests.factories import PASSWORD, UserFactory
from tests.qbr_data import Q3, point, quarter_of_sponsor_a, told_delay


def account_lead(world: World) -> User:
    existing = User.objects.filter(username="bd.bianca").first()
    return existing or UserFactory(
        organization=world.cdmo,
        username="bd.bianca",
        first_name="Bianca",
        last_name="Lead",
        role_codes=("business_development",),
        site=world.site,
    )


def prepare(world: World, sponsor=None, actor=None, **narrative) -> BusinessReview:
    return services.business_review_prepare(
        actor=actor or world.pm_alice,
        sponsor=sponsor or world.sponsor_a,
        quarter_start=Q3.start,
        **narrative,
    )


def publish(world: World, review: BusinessReview, signer: User | None = None, **kwargs):
    signer = signer or account_lead(world)
    credentials = {
        "meaning": "authored",
        "username": signer.username,
        "password": PASSWORD,
        "acknowledge": True,
        **kwargs,
    }
    return services.business_review_publish(actor=signer, review=review, **credentials)


def published(world: World, sponsor=None) -> BusinessReview:
    review = prepare(world, sponsor=sponsor, summary="A steady quarter; one batch late.")
    return publish(world, review)


# ---------------------------------------------------------------- the sections


def test_milestones_due_in_the_quarter_are_met_or_missed_against_the_baseline(world):
    quarter_of_sponsor_a(world)
    content = prepare(world).content
    met = content["milestones"]["met"]
    missed = content["milestones"]["missed"]
    assert [(m["name"], m["variance_days"]) for m in met] == [("Engineering batch complete", -2)]
    assert [(m["name"], m["achieved"], m["forecast"], m["variance_days"]) for m in missed] == [
        ("GMP batch manufactured", "2026-09-29", None, 11),
        ("Batch released", None, "2026-10-16", 21),
    ]
    # Another quarter's milestone and sponsor B's are not A's Q3.
    names = {m["name"] for m in met + missed}
    assert "Tech transfer complete" not in names and "Borealis campaign start" not in names


def test_next_quarter_lists_the_milestones_and_decision_points_ahead(world):
    quarter_of_sponsor_a(world)
    ahead = prepare(world).content["ahead"]
    assert [(m["name"], m["forecast"], m["variance_days"]) for m in ahead["milestones"]] == [
        ("Batch released", "2026-10-16", 21),
        ("Stability T0", "2026-11-10", 5),
    ]
    assert [(d["name"], d["baseline"]) for d in ahead["decisions"]] == [("Go/no-go for PPQ", None)]


def test_delays_are_those_told_to_the_sponsor_in_the_quarter_with_their_causes(world):
    quarter_of_sponsor_a(world)
    delays = prepare(world).content["delays"]
    assert [d["title"] for d in delays["rows"]] == [
        "Aurora resin lot rejected",
        "Aurora dryer breakdown",
    ]
    assert delays["days_lost"] == 8
    assert delays["by_cause"] == [
        {"cause": "Material shortage", "count": 1, "days_lost": 5},
        {"cause": "Equipment failure", "count": 1, "days_lost": 3},
    ]
    assert "internal" not in str(delays)


def test_concerns_raised_and_closed_in_the_quarter_with_their_clocks(world):
    quarter_of_sponsor_a(world)
    concerns = prepare(world).content["concerns"]
    assert [c["title"] for c in concerns["rows"]] == [
        "Aurora batch record copy",
        "Aurora shipping slot",
    ]
    assert (concerns["opened"], concerns["closed"]) == (2, 1)
    clocks = {row["label"]: row for row in concerns["clocks"]}
    # Both were acknowledged and contacted within the hour: those promises were kept.
    assert clocks["Acknowledgement"]["met"] == 2
    assert clocks["First substantive contact"]["met"] == 2
    assert clocks["Resolution"]["met"] == 1


def test_quality_events_are_what_the_sponsor_was_told_of(world):
    made = quarter_of_sponsor_a(world)
    quality = prepare(world).content["quality"]
    assert [d["number"] for d in quality["deviations"]] == [made["deviation"].number]
    assert [c["title"] for c in quality["capas"]] == ["Aurora pressure relief redesign"]
    assert quality["changes"] == []


def test_csat_and_nps_of_the_quarter(world):
    quarter_of_sponsor_a(world)
    surveys = prepare(world).content["surveys"]
    assert surveys["csat"]["answers"] == 1
    assert surveys["csat"]["csat"] == 100.0
    assert surveys["nps"]["answers"] == 0 and surveys["nps"]["nps"] is None


def test_the_scorecard_section_is_the_sponsors_signed_scorecard_of_the_quarter(world):
    from tests.test_cross_tenant import _aurora_scorecard

    scorecard = _aurora_scorecard(world)
    review = services.business_review_prepare(
        actor=world.pm_alice, sponsor=world.sponsor_a, quarter_start=scorecard.period_start
    )
    section = review.content["scorecard"]
    score = None if scorecard.score is None else float(scorecard.score)
    assert section["available"] and section["score"] == score
    assert section["standing"] == scorecard.standing
    assert [row["name"] for row in section["criteria"]] == [
        row["name"] for row in scorecard.criteria
    ]
    # Sponsor B has no scorecard of the quarter: the section says so.
    other = services.business_review_prepare(
        actor=world.pm_alice, sponsor=world.sponsor_b, quarter_start=scorecard.period_start
    )
    assert other.content["scorecard"]["note"] and "criteria" not in other.content["scorecard"]


def test_the_improvement_section_lists_the_sponsors_initiatives_open_in_the_quarter(world):
    from tests.improvement_rows import initiative

    initiative(world, title="Aurora release right first time", sponsor=world.sponsor_a)
    initiative(world, title="Borealis cleaning validation", sponsor=world.sponsor_b)
    initiative(world, title="Housekeeping")
    rows = prepare(world).content["improvement"]["rows"]
    assert [row["title"] for row in rows] == ["Aurora release right first time"]
    assert rows[0]["owner"] == world.pm_alice.printed_name and rows[0]["status"]


def test_another_sponsors_review_holds_none_of_sponsor_a(world):
    quarter_of_sponsor_a(world)
    content = prepare(world, sponsor=world.sponsor_b).content
    assert "Aurora" not in str(content)
    assert [d["title"] for d in content["delays"]["rows"]] == ["Borealis filter change"]


# ---------------------------------------------------------------- preparing and regenerating


def test_one_review_per_sponsor_and_quarter(world):
    prepare(world)
    with pytest.raises(ValidationError) as error:
        prepare(world)
    assert "quarter" in error.value.message_dict


def test_a_review_covers_a_quarter_that_has_begun(world):
    with pytest.raises(ValidationError) as error:
        services.business_review_prepare(
            actor=world.pm_alice, sponsor=world.sponsor_a, quarter_start=dt.date(2099, 1, 1)
        )
    assert "quarter" in error.value.message_dict
    with pytest.raises(ValidationError):
        services.business_review_prepare(
            actor=world.pm_alice, sponsor=world.sponsor_a, quarter_start=dt.date(2026, 8, 1)
        )


def test_sponsor_users_and_staff_without_the_permission_cannot_prepare(world):
    with pytest.raises(PermissionDenied):
        prepare(world, actor=world.sponsor_a_manager)
    with pytest.raises(PermissionDenied):
        prepare(world, actor=world.qa_quinn)
    assert not BusinessReview.objects.exists()


def test_regenerating_a_draft_refreshes_it_and_says_what_changed(world):
    quarter_of_sponsor_a(world)
    review = prepare(world)
    told_delay(world, "Aurora column repacked", told=dt.date(2026, 9, 15), days_lost=2)
    review = services.business_review_regenerate(actor=world.pm_alice, review=review)
    assert len(review.content["delays"]["rows"]) == 3
    assert "Delays reported: 2 → 3." in review.last_changes
    assert "Working days lost to delays: 8 → 10." in review.last_changes
    assert any("Aurora column repacked" in line for line in review.last_changes)
    event = AuditEvent.objects.filter(action="qbr.businessreview.regenerated").get()
    assert json.loads(event.changes)["what_changed"][1] == review.last_changes
    again = services.business_review_regenerate(actor=world.pm_alice, review=review)
    assert again.last_changes == []


def test_the_narrative_is_written_on_the_draft(world):
    review = prepare(world)
    review = services.business_review_update(
        actor=world.pm_alice,
        review=review,
        summary="  A good quarter.  ",
        outlook="PPQ in Q4.",
        version=review.version,
    )
    assert (review.summary, review.outlook) == ("A good quarter.", "PPQ in Q4.")
    assert AuditEvent.objects.filter(action="qbr.businessreview.updated").count() == 1


# ---------------------------------------------------------------- publishing


@pytest.mark.req("ES-1")
def test_publishing_is_signed_by_the_publisher(world):
    review = prepare(world, summary="A steady quarter.")
    lead = account_lead(world)
    review = publish(world, review, signer=lead)
    assert review.is_published and review.published_by == lead
    signature = Signature.objects.get(record_type="qbr.businessreview", record_id=review.pk)
    assert (signature.signer, signature.meaning) == (lead, "authored")
    assert AuditEvent.objects.filter(action="qbr.businessreview.published").count() == 1


def test_publishing_without_the_right_password_publishes_nothing(world):
    review = prepare(world, summary="A steady quarter.")
    with pytest.raises(ValidationError):
        publish(world, review, password="wrong")
    review.refresh_from_db()
    assert review.is_draft
    assert not Signature.objects.filter(record_type="qbr.businessreview").exists()


def test_publishing_needs_the_executive_summary_and_the_permission(world):
    review = prepare(world)
    with pytest.raises(ValidationError) as error:
        publish(world, review)
    assert "summary" in error.value.message_dict
    review = services.business_review_update(actor=world.pm_alice, review=review, summary="Ok.")
    # A project manager writes reviews; business development and executives publish them.
    with pytest.raises(PermissionDenied):
        publish(world, review, signer=world.pm_alice)
    assert BusinessReview.objects.get(pk=review.pk).is_draft


def test_a_published_review_does_not_change_when_the_data_does(world):
    made = quarter_of_sponsor_a(world)
    review = published(world)
    before = review.content
    told_delay(world, "Aurora column repacked", told=dt.date(2026, 9, 15), days_lost=2)
    point(world, "Extra milestone", baseline=dt.date(2026, 9, 1), actual=dt.date(2026, 9, 1))
    made["deviation_untold"].notified_at = made["deviation"].notified_at
    made["deviation_untold"].save()
    review.refresh_from_db()
    assert review.content == before
    with pytest.raises(ValidationError):
        services.business_review_regenerate(actor=world.pm_alice, review=review)
    with pytest.raises(ValidationError):
        services.business_review_update(actor=world.pm_alice, review=review, summary="Changed.")
    review.refresh_from_db()
    assert review.content == before and review.summary == "A steady quarter; one batch late."


def test_sponsor_contacts_are_told_when_a_review_is_published(world):
    review = published(world)
    told = set(
        Notification.objects.filter(kind="business_review_published").values_list(
            "recipient__username", flat=True
        )
    )
    assert told == {"aurora.manager", "aurora.contact"}
    assert review.pk


# ---------------------------------------------------------------- who sees which review


def test_sponsor_users_see_only_their_own_published_reviews(world):
    mine = published(world)
    draft_of_b = prepare(world, sponsor=world.sponsor_b)
    for user in (world.sponsor_a_manager, world.sponsor_a_contact):
        assert list(selectors.business_reviews_visible_to(user)) == [mine]
    for user in (world.sponsor_b_manager, world.sponsor_b_contact):
        assert not selectors.business_reviews_visible_to(user).exists()
    staff = selectors.business_reviews_visible_to(world.qa_quinn)
    assert set(staff) == {mine, draft_of_b}


# ---------------------------------------------------------------- comments


def test_the_sponsor_comments_and_the_account_team_is_told_and_replies(world):
    from accord.clients import services as client_services

    lead = account_lead(world)
    client_services.sponsor_profile_save(actor=lead, sponsor=world.sponsor_a, account_owner=lead)
    review = publish(world, prepare(world, summary="A steady quarter."), signer=lead)
    comment = services.review_comment_add(
        actor=world.sponsor_a_manager, review=review, text="Can we see the yield trend?"
    )
    told = set(
        Notification.objects.filter(kind="business_review_comment").values_list(
            "recipient__username", flat=True
        )
    )
    # The account owner and the project manager of A's project (who prepared it).
    assert told == {"bd.bianca", "pm.alice"}
    reply = services.review_comment_add(
        actor=lead, review=review, text="Yes: in the next review.", reply_to=comment
    )
    assert reply.reply_to == comment and not reply.from_sponsor
    assert Notification.objects.filter(
        kind="business_review_comment", recipient=world.sponsor_a_manager
    ).exists()
    assert AuditEvent.objects.filter(action="qbr.reviewcomment.added").count() == 2


def test_comments_only_on_published_reviews_and_only_by_their_sponsor(world):
    draft = prepare(world)
    with pytest.raises(PermissionDenied):
        services.review_comment_add(actor=world.sponsor_a_manager, review=draft, text="Hello")
    with pytest.raises(ValidationError):
        services.review_comment_add(actor=world.pm_alice, review=draft, text="Hello")
    b_review = published(world, sponsor=world.sponsor_b)
    with pytest.raises(PermissionDenied):
        services.review_comment_add(actor=world.sponsor_a_manager, review=b_review, text="Hi")
    with pytest.raises(ValidationError) as error:
        services.review_comment_add(actor=world.sponsor_b_manager, review=b_review, text="  ")
    assert "text" in error.value.message_dict
