"""Every event that waits for a person reaches that person, and nobody else: reviews to
sign, proposals sent and answered, RFPs from the portal, change orders, controlled
documents, action items, status reports, background jobs; reminders from the periodic
sweeps, once per item, kind and due date."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from accord.audit.models import AuditEvent
from accord.audit.services import type_label
from accord.core.jobs import job_finished
from accord.meetings import services as meeting_services
from accord.notifications import sweeps
from accord.notifications.kinds import KINDS
from accord.notifications.models import EmailDelivery, Notification
from accord.notifications.services import notify
from accord.projects import services as project_services
from accord.proposals import services as proposal_services
from tests.conftest import World
from tests.factories import PASSWORD, make_document
from tests.test_changes import _do as change_do
from tests.test_changes import _draft, _sign
from tests.test_proposals import _do as revision_do
from tests.test_proposals import (
    _fill,
    _fresh,
    _proposal,
    _r,
    _review,
    _rfp,
    bd_blake,
    exec_erin,
)

TODAY = timezone.localdate()


def inbox(user, kind: str | None = None, record=None) -> list[Notification]:
    """The user's notifications, oldest first (of a kind, about a record)."""
    notifications = Notification.objects.filter(recipient=user)
    if kind:
        notifications = notifications.filter(kind=kind)
    if record is not None:
        # Ids repeat across record types: a status report may share an action item's id.
        notifications = notifications.filter(
            record_type=type_label(record), record_id=str(record.pk)
        )
    return list(notifications.order_by("pk"))


def _signed(user) -> dict:
    return {"username": user.username, "password": PASSWORD, "acknowledge": True}


# --------------------------------------------------------------------------- proposals


def test_a_revision_submitted_for_review_reaches_each_reviewer_with_a_link_to_sign(world):
    erin = exec_erin(world)
    proposal = _proposal(world, rfp=_rfp(world, title="Aurostat scale-up"))
    revision = _fill(world, _r(proposal))
    revision_do(bd_blake(world), revision, "submit")

    [quinn] = inbox(world.qa_quinn, "proposal_review", revision)
    assert quinn.title == f"Review to sign: {revision} (Quality assurance)"
    assert quinn.url == reverse("proposals:review", args=[revision.pk, "quality"])
    assert "Aurostat API for Phase 1 for Aurora Therapeutics" in quinn.body
    assert "Submitted for review by Blake Dumont" in quinn.body
    [erins] = inbox(erin, "proposal_review", revision)
    assert erins.title == f"Review to sign: {revision} (Finance)"
    # The author and owner is never asked to review their own revision.
    assert not inbox(bd_blake(world), "proposal_review")


def test_the_owner_hears_when_reviews_approve_or_reject_the_revision(world):
    erin, blake = exec_erin(world), bd_blake(world)
    proposal = _proposal(world, rfp=_rfp(world, title="Aurostat scale-up"))
    revision = _fill(world, _r(proposal))
    revision_do(blake, revision, "submit")
    _review(world.qa_quinn, revision, "quality", "rejected", reason="Release testing missing.")
    [rejected] = inbox(blake, "proposal_reviewed", revision)
    assert rejected.title == f"{revision} was rejected in review"
    assert rejected.body == "Quality assurance review by Quinn Keller: Release testing missing."

    revision_do(blake, revision, "submit")
    # Asked again to review it while the first request is still unread: no second copy.
    assert len(inbox(world.qa_quinn, "proposal_review", revision)) == 1
    _review(world.qa_quinn, revision, "quality")
    assert len(inbox(blake, "proposal_reviewed", revision)) == 1  # one review still missing
    _review(erin, revision, "finance")
    approved = inbox(blake, "proposal_reviewed", revision)[-1]
    assert approved.title == f"{revision} is approved: ready to send"


def test_a_sent_proposal_reaches_the_sponsor_manager_and_answers_reach_its_owner(world):
    revision = world.revision_a_sent
    [sent] = inbox(world.sponsor_a_manager, "proposal_sent")
    assert sent.title == f"Proposal {revision} is ready for your answer"
    assert sent.url == reverse("proposals:revision_detail", args=[revision.pk])
    assert sent.sponsor_id == world.sponsor_a.pk
    # A contact does not answer proposals (and did not submit this RFP).
    assert not inbox(world.sponsor_a_contact, "proposal_sent")

    proposal_services.revision_comment_add(
        actor=world.sponsor_a_manager, revision=revision, text="Can the first batch come sooner?"
    )
    [comment] = inbox(bd_blake(world), "proposal_comment")
    assert comment.body == "Can the first batch come sooner?"
    assert comment.title.startswith("Maya Aurora (Aurora Therapeutics) commented on")

    proposal_services.revision_decline(
        actor=world.sponsor_a_manager,
        revision=_fresh(revision),
        meaning="rejected",
        reason="Timeline too long for our clinic.",
        **_signed(world.sponsor_a_manager),
    )
    [answer] = inbox(bd_blake(world), "proposal_answered")
    assert answer.title == f"Aurora Therapeutics declined {revision}"
    assert "Reason: Timeline too long for our clinic." in answer.body


def test_an_rfp_from_the_portal_reaches_business_development_but_one_logged_by_staff_does_not(
    world,
):
    blake = bd_blake(world)
    before = len(inbox(blake, "rfp_submitted"))
    _rfp(world, title="Aurora logged by phone")
    assert len(inbox(blake, "rfp_submitted")) == before
    rfp = _rfp(world, actor=world.sponsor_a_contact, title="Aurora portal request")
    [notice] = inbox(blake, "rfp_submitted")[before:]
    assert notice.title == f"New RFP from Aurora Therapeutics: {rfp.number}"
    assert "submitted in the portal by Cole Aurora" in notice.body
    assert not inbox(world.sponsor_a_manager, "rfp_submitted")


# --------------------------------------------------------------------------- change orders


def test_a_sent_change_order_waits_for_the_sponsor_manager_only(world):
    order = world.change_order_a_sent
    [waiting] = inbox(world.sponsor_a_manager, "change_order_decision")
    assert waiting.title == (
        "Change order AUR-101-TT CO-001 Aurora extra validation batch waits for your decision"
    )
    assert waiting.url == reverse("changes:detail", args=[order.pk])
    assert not inbox(world.sponsor_a_contact, "change_order_decision")
    for person in (world.sponsor_b_manager, world.sponsor_b_contact):
        assert not inbox(person)
    # What the sponsor signs includes a price; the notification does not carry it.
    assert "48" not in waiting.title + waiting.body


def test_an_accepted_change_order_asks_the_pm_to_incorporate_it_and_tells_the_team(world):
    order = world.change_order_a_sent
    _sign(world.sponsor_a_manager, order, "accept", "accepted")
    [incorporate] = inbox(world.pm_alice, "change_order_incorporate")
    assert incorporate.title == (
        "Incorporate change order AUR-101-TT CO-001 Aurora extra validation batch"
    )
    assert "Maya Aurora (Aurora Therapeutics) accepted it" in incorporate.body
    assert not inbox(world.pm_alice, "change_order_decided")  # told once, with the action
    [decided] = inbox(world.qa_quinn, "change_order_decided")
    assert decided.title.startswith("Aurora Therapeutics accepted AUR-101-TT CO-001")


def test_a_rejected_change_order_tells_its_author_why(world):
    order = _draft(world, title="Aurora second impurity study")
    order = change_do(world.pm_alice, order, "submit")
    order = change_do(world.qa_quinn, order, "send")
    _sign(world.sponsor_a_manager, order, "reject", "rejected", reason="Not in this budget year.")
    [decided] = inbox(world.pm_alice, "change_order_decided")
    assert decided.title.startswith("Aurora Therapeutics rejected AUR-101-TT CO-002")
    assert decided.body == "Rejected by Maya Aurora. Reason: Not in this budget year."
    assert not inbox(world.pm_alice, "change_order_incorporate")


# --------------------------------------------------------------------------- documents


def test_a_document_submitted_for_review_reaches_the_approvers_and_their_answer_the_author(world):
    document = make_document(
        actor=world.pm_alice,
        project=world.project_a,
        title="Aurora batch record",
        visibility="shared",
    )
    document = project_services.document_transition(
        actor=world.pm_alice,
        document=document,
        name="submit",
        meaning="authored",
        **_signed(world.pm_alice),
    )
    [review] = inbox(world.qa_quinn, "document_review")
    assert review.title == "Document to approve: Aurora batch record (AUR-101-TT)"
    assert review.url == reverse("projects:document_detail", args=[document.pk])

    project_services.document_transition(
        actor=world.qa_quinn,
        document=document,
        name="reject",
        meaning="rejected",
        reason="Page 3 is missing.",
        **_signed(world.qa_quinn),
    )
    [decided] = inbox(world.pm_alice, "document_decided")
    assert decided.title == "Aurora batch record was rejected (AUR-101-TT)"
    assert "Page 3 is missing." in decided.body
    # Documents are the CDMO's work: the sponsor hears nothing of their review.
    assert not inbox(world.sponsor_a_manager, "document_review")


# --------------------------------------------------------------------------- action items


def test_an_action_item_reaches_its_owner_and_again_its_new_owner(world):
    [assigned] = inbox(world.sponsor_a_manager, "action_item_assigned")
    item = world.action_item_a
    assert assigned.title == f"Action item AUR-101-TT {item.reference} for you, due " + (
        f"{item.due_on.day} {item.due_on:%b %Y}"
    )
    assert assigned.url.endswith(f"#action-{item.pk}")
    meeting_services.action_item_update(
        actor=world.pm_alice, item=item, owner=world.qa_quinn, reason="Quinn takes it over."
    )
    assert len(inbox(world.qa_quinn, "action_item_assigned")) == 1


def test_an_action_item_of_an_internal_meeting_never_reaches_a_sponsor_user(world):
    item = meeting_services.action_item_add(
        actor=world.pm_alice,
        meeting=world.meeting_a_internal,
        description="Aurora internal costing check",
        owner=world.sponsor_a_contact,
        due_on=TODAY + dt.timedelta(days=3),
    )
    assert not inbox(world.sponsor_a_contact, record=item)
    sweeps.action_item_reminders()
    assert not inbox(world.sponsor_a_contact, record=item)


# --------------------------------------------------------------------------- status reports, jobs


def test_a_published_status_report_reaches_the_sponsor_users_of_the_project(world):
    report = world.status_report_a_published
    for person in (world.sponsor_a_manager, world.sponsor_a_contact):
        [published] = inbox(person, "status_report_published")
        assert published.title == f"Status report {report.reference} of AUR-101-TT is published"
        assert published.url == reverse("reports:detail", args=[world.project_a.pk, report.pk])
    assert not inbox(world.pm_alice, "status_report_published")  # the sponsor's, not the CDMO's
    assert not inbox(world.sponsor_b_manager)


def test_a_background_job_tells_the_person_who_asked_how_it_ended(world):
    job_finished.send(
        sender=None,
        job_name="Schedule risk run of AUR-101-TT",
        requested_by=world.pm_alice,
        ok=False,
        error="The plan has a dependency loop.",
        url=f"/plans/{world.project_a.pk}/",
    )
    job_finished.send(
        sender=None,
        job_name="Plan import",
        requested_by=world.pm_alice,
        ok=True,
        error="",
        url="https://elsewhere.example/phish",
    )
    job_finished.send(sender=None, job_name="Nightly", requested_by=None, ok=True, error="", url="")
    failed, done = inbox(world.pm_alice, "job_finished")
    assert failed.title == "Schedule risk run of AUR-101-TT failed"
    assert failed.body == "It stopped with this error: The plan has a dependency loop."
    assert failed.url == f"/plans/{world.project_a.pk}/"
    assert done.title == "Plan import finished" and done.url == ""  # never a foreign link
    assert failed.delivery == "in_app" and failed.email is None


# --------------------------------------------------------------------------- rules of delivery


def test_the_person_who_acts_is_not_told_about_their_own_action(world):
    item = meeting_services.action_item_add(
        actor=world.pm_alice,
        meeting=world.meeting_a_shared,
        description="Alice books the QC slot",
        owner=world.pm_alice,
        due_on=TODAY + dt.timedelta(days=7),
    )
    assert not Notification.objects.filter(record_id=str(item.pk), kind="action_item_assigned")


@pytest.mark.req("DI-5")
def test_a_change_that_rolls_back_notifies_nobody(world):
    order = _draft(world, title="Aurora rolled back change")
    order = change_do(world.pm_alice, order, "submit")
    before = (Notification.objects.count(), EmailDelivery.objects.count())
    with pytest.raises(RuntimeError), transaction.atomic():
        change_do(world.qa_quinn, order, "send")
        assert inbox(world.sponsor_a_manager, "change_order_decision")[-1].record_id == str(
            order.pk
        )
        raise RuntimeError("the request failed after the change")
    assert (Notification.objects.count(), EmailDelivery.objects.count()) == before


@pytest.mark.req("AT-2")
def test_every_notification_is_audited_with_what_to_whom_and_how(world):
    [waiting] = inbox(world.sponsor_a_manager, "change_order_decision")
    event = AuditEvent.objects.get(
        action="notifications.notification.created", target_id=str(waiting.pk)
    )
    assert event.actor_username == "qa.quinn"
    assert event.sponsor_id == world.sponsor_a.pk
    assert '"recipient":[null,"aurora.manager"]' in event.changes
    assert "Change order waiting for your decision" in event.changes
    assert "Immediately" in event.changes


def test_an_event_without_a_builder_notifies_nobody(world):
    assert notify("changes.changeorder.submit", world.change_order_a_sent) == []


# --------------------------------------------------------------------------- sweeps


def _item(world: World, due_on: dt.date, owner=None):
    return meeting_services.action_item_add(
        actor=world.pm_alice,
        meeting=world.meeting_a_shared,
        description="Aurora confirms the shipping address",
        owner=owner or world.sponsor_a_manager,
        due_on=due_on,
    )


def test_action_item_reminders_come_once_per_item_kind_and_due_date(world):
    soon = _item(world, TODAY + dt.timedelta(days=1))
    later = _item(world, TODAY + dt.timedelta(days=9))
    sweeps.action_item_reminders()
    sweeps.action_item_reminders()  # a second run the same day adds nothing
    due = inbox(world.sponsor_a_manager, "action_item_due")
    overdue = inbox(world.sponsor_a_manager, "action_item_overdue")
    assert [n.record_id for n in due] == [str(soon.pk)]
    assert due[0].title == f"Action item AUR-101-TT {soon.reference} is due on " + (
        f"{soon.due_on.day} {soon.due_on:%b %Y}"
    )
    assert [n.record_id for n in overdue] == [str(world.action_item_a.pk)]
    assert overdue[0].title.endswith("is overdue (5 days)")
    assert not [n for n in due + overdue if n.record_id == str(later.pk)]

    # Tomorrow the due-soon item is due today: same item, kind and due date, no repeat;
    # two days after its due date it is overdue, which is news.
    sweeps.action_item_reminders(today=TODAY + dt.timedelta(days=1))
    assert len(inbox(world.sponsor_a_manager, "action_item_due")) == 1
    sweeps.action_item_reminders(today=TODAY + dt.timedelta(days=3))
    assert str(soon.pk) in [
        n.record_id for n in inbox(world.sponsor_a_manager, "action_item_overdue")
    ]


def test_a_moved_due_date_gives_a_new_reminder(world):
    item = _item(world, TODAY, owner=world.qa_quinn)
    sweeps.action_item_reminders()
    meeting_services.action_item_update(
        actor=world.pm_alice, item=item, due_on=TODAY + dt.timedelta(days=2), reason="Slipped."
    )
    sweeps.action_item_reminders()
    assert len(inbox(world.qa_quinn, "action_item_due")) == 2


def test_risk_review_and_follow_up_reminders_reach_their_owners_once_a_due_date(world):
    from tests.test_clients import world_clients

    followup = world_clients(world)["followup"]  # due in two days
    risk = world.risk_a_internal  # next review in 14 days
    sweeps.risk_review_reminders(today=TODAY + dt.timedelta(days=15))
    sweeps.risk_review_reminders(today=TODAY + dt.timedelta(days=16))
    sweeps.follow_up_reminders()
    assert not inbox(world.pm_alice, "follow_up_due")
    sweeps.follow_up_reminders(today=TODAY + dt.timedelta(days=2))
    sweeps.follow_up_reminders(today=TODAY + dt.timedelta(days=3))

    reviews = [
        n for n in inbox(world.pm_alice, "risk_review_overdue") if n.record_id == str(risk.pk)
    ]
    assert len(reviews) == 1
    assert reviews[0].title == f"Risk review overdue: AUR-101-TT {risk.number} {risk.title}"
    [due] = inbox(world.pm_alice, "follow_up_due")
    assert due.title == "Follow-up due for Aurora Therapeutics today"
    assert due.body == f"{followup.description}."
    assert due.url == reverse("clients:followups", args=[world.sponsor_a.pk])


def test_every_kind_is_described_for_people(world):
    for kind in KINDS:
        assert kind.label[0].isupper() and kind.description.endswith(".")
        assert kind.why and not kind.why.endswith(".")
