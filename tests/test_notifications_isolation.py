"""A notification never carries data its recipient may not see.

Every kind is sent to sponsor B's people about sponsor A's records: nothing is created.
Every event builder, run on A's records, never even proposes one of B's people. After a
full round of A's events, B's notification pages, bell, API and e-mails show no A data,
and A's own people were never told anything internal.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from accord.notifications import sweeps
from accord.notifications.email import email_delivery_send
from accord.notifications.events import EVENTS
from accord.notifications.kinds import KINDS
from accord.notifications.models import EmailDelivery, Notification
from accord.notifications.services import Message, deliver
from accord.projects import services as project_services
from accord.proposals import services as proposal_services
from accord.quality.capa_sweeps import capa_check_reminders
from tests.conftest import World, client_for
from tests.factories import PASSWORD, make_document
from tests.test_changes import _do as change_do
from tests.test_changes import _draft, _sign
from tests.test_cross_tenant import A_MARKERS, _aurora_scorecard
from tests.test_meetings import SHARED_NOTES
from tests.test_proposals import _rfp

TODAY = timezone.localdate()
INTERNAL_MARKERS = (
    "Aurora internal cost sheet",  # an internal document
    "Aurora internal capacity squeeze",  # an internal risk
    "Aurora internal cost review",  # an internal meeting
    SHARED_NOTES,  # a shared meeting's internal notes
    "48500",  # a change order's price
    "48,500",
)


def _concern(world: World):
    from tests.test_cross_tenant import _aurora_concern

    return _aurora_concern(world)


def _kudos(world: World):
    from tests.test_cross_tenant import _aurora_kudos

    return _aurora_kudos(world)


def _initiative(world: World):
    from tests.test_cross_tenant import _aurora_initiative

    return _aurora_initiative(world)


def _five_s_action(world: World):
    from accord.improvement import services as improvement

    area = improvement.five_s_area_create(actor=world.pm_alice, site=world.site, name="QC lab")
    audit = improvement.five_s_audit_record(
        actor=world.pm_alice,
        area=area,
        auditor=world.pm_alice,
        scores={"sort": 2, "set_in_order": 2, "shine": 2, "standardize": 2, "sustain": 2},
        actions=[{"what": "Label shelves", "owner": world.pm_alice, "due_on": TODAY}],
    )
    return audit.actions.get()


def _equipment(world: World):
    from tests.test_cross_tenant import _aurora_equipment

    return _aurora_equipment(world)


def _agreement(world: World):
    from tests.test_cross_tenant import _aurora_agreement

    return _aurora_agreement(world)


def _change(world: World):
    from tests.test_cross_tenant import _aurora_change

    return _aurora_change(world)


def _deviation(world: World):
    from tests.test_cross_tenant import _aurora_deviation

    return _aurora_deviation(world)


def _deviation_request(world: World):
    from tests.test_cross_tenant import _aurora_deviation_request

    return _deviation(world).requests.get(pk=_aurora_deviation_request(world)["request_id"])


def _capa(world: World):
    from tests.test_cross_tenant import _aurora_capa

    return _aurora_capa(world)


def _capa_check(world: World):
    """A's CAPA signed implemented, with its check of effectiveness (made once)."""
    from accord.quality.models import EffectivenessCheck
    from accord.quality.services import capa as capa_services

    capa = _capa(world)
    check = EffectivenessCheck.objects.filter(capa=capa).first()
    if check is not None:
        return check
    action = capa.actions.first()
    capa_services.capa_action_verify(actor=world.qa_quinn, action=action, **_signed(world.qa_quinn))
    capa.refresh_from_db()
    capa_services.capa_implement(actor=world.qa_quinn, capa=capa, **_signed(world.qa_quinn))
    return EffectivenessCheck.objects.get(capa=capa)


def _followup(world: World):
    from tests.test_clients import world_clients

    return world_clients(world)["followup"]


def _survey(world: World):
    from tests.test_cross_tenant import _aurora_survey

    return _aurora_survey(world)


def _low_answer(world: World):
    """A's manager scored A's concern survey 1: a follow-up and a word for the staff."""
    from accord.surveys.services import survey_answer

    survey = _survey(world)
    return survey.responses.first() or survey_answer(
        actor=world.sponsor_a_manager, survey=survey, score=1, reason="slow"
    )


def _training(world: World) -> dict:
    """Training records: the CDMO's own, about no sponsor at all."""
    cached = getattr(world, "_training_records", None)
    if cached:
        return cached
    from accord.training import services as training_services
    from accord.training.models import Assignment, CompetencyRecord
    from tests.training_world import build_training

    training = build_training(world)
    training_services.job_role_assign(
        actor=world.qa_quinn, person=training.op_olga, job_role=training.operator, site=world.site
    )
    quiz = Assignment.objects.get(person=training.op_olga, requirement=training.quiz)
    attempt = training_services.quiz_start(actor=training.op_olga, assignment=quiz)
    ojt = training_services.ojt_start(
        actor=world.qa_quinn,
        trainee=training.op_olga,
        trainer=training.sup_sam,
        competency=training.aseptic,
        task="Gown for Grade B",
        steps=["Wash hands"],
        performed_on=quiz.assigned_on,
    )
    world._training_records = {
        "assignment": quiz,
        "attempt": attempt,
        "ojt": ojt,
        "competency": CompetencyRecord.objects.get(person=training.sup_sam),
    }
    return world._training_records


def _task_assignment(world: World):
    """Sponsor A's plan task with a CDMO operator on it (made once)."""
    from accord.planning.assignments import task_assign
    from accord.planning.models import TaskAssignment
    from accord.planning.services import task_create

    existing = TaskAssignment.objects.filter(task__project=world.project_a).first()
    if existing is not None:
        return existing
    task = task_create(
        actor=world.pm_alice, project=world.project_a, name="Aurora QC release", duration_days=2
    )
    return task_assign(
        actor=world.pm_alice, task=task, person=world.qa_quinn, role_on_task="QA on the floor"
    )


A_RECORD = {
    "proposal_review": lambda w: w.revision_a_sent,
    "proposal_reviewed": lambda w: w.revision_a_sent,
    "proposal_sent": lambda w: w.revision_a_sent,
    "proposal_answered": lambda w: w.revision_a_sent,
    "proposal_comment": lambda w: w.revision_a_sent,
    "rfp_submitted": lambda w: w.rfp_a,
    "change_order_decision": lambda w: w.change_order_a_sent,
    "change_order_decided": lambda w: w.change_order_a_sent,
    "change_order_incorporate": lambda w: w.change_order_a_sent,
    "document_review": lambda w: w.doc_a_shared,
    "document_decided": lambda w: w.doc_a_shared,
    "action_item_assigned": lambda w: w.action_item_a,
    "action_item_due": lambda w: w.action_item_a,
    "action_item_overdue": lambda w: w.action_item_a,
    "risk_review_overdue": lambda w: w.risk_a_shared,
    "follow_up_due": _followup,
    "status_report_published": lambda w: w.status_report_a_published,
    "team_added": lambda w: w.project_a,
    "concern_raised": lambda w: _concern(w),
    "concern_news": lambda w: _concern(w),
    "concern_answered": lambda w: _concern(w),
    "concern_clock": lambda w: _concern(w),
    "kudos_received": _kudos,
    "kudos_to_your_team": _kudos,
    "survey_invitation": lambda w: _survey(w),
    "survey_low_score": lambda w: _low_answer(w),
    "quality_agreement_to_approve": lambda w: _agreement(w),
    "quality_agreement_approved": lambda w: _agreement(w),
    "change_assessment_requested": lambda w: _change(w).assessments.get(),
    "change_plan_to_approve": lambda w: _change(w),
    "change_decision_requested": lambda w: _change(w).sponsor_approvals.get(),
    "change_sponsor_decided": lambda w: _change(w).sponsor_approvals.get(),
    "capa_assigned": lambda w: _capa(w),
    "capa_action_assigned": lambda w: _capa(w).actions.first(),
    "capa_action_to_verify": lambda w: _capa(w).actions.first(),
    "capa_action_returned": lambda w: _capa(w).actions.first(),
    "capa_check_due": lambda w: _capa_check(w),
    "capa_not_effective": lambda w: _capa(w),
    "deviation_to_approve": _deviation,
    "deviation_sent_back": _deviation,
    "deviation_sponsor_notice": _deviation,
    "deviation_clock": _deviation,
    "training_assigned": lambda w: _training(w)["assignment"],
    "training_due": lambda w: _training(w)["assignment"],
    "training_quiz_failed": lambda w: _training(w)["attempt"],
    "training_ojt_to_assess": lambda w: _training(w)["ojt"],
    "competency_expiring": lambda w: _training(w)["competency"],
    # Equipment is the CDMO's own: no sponsor user is ever told of it.
    "equipment_due": lambda w: _equipment(w),
    "equipment_overdue": lambda w: _equipment(w),
    "initiative_owner": lambda w: _initiative(w),
    "initiative_gate": lambda w: _initiative(w),
    "five_s_action_due": lambda w: _five_s_action(w),
    "five_s_action_overdue": lambda w: _five_s_action(w),
    "task_assigned": _task_assignment,
    # Sponsor A's scorecard: the executives are told to sign it; then A's people only.
    "scorecard_to_sign": lambda w: _aurora_scorecard(w),
    "scorecard_published": lambda w: _aurora_scorecard(w),
    # Lessons learned are the CDMO's own: no sponsor user is ever told of a review.
    "lessons_review_required": lambda w: w.project_a,
    "lessons_review_submitted": lambda w: _lessons_review(w),
    # Sponsor A's business review: A's people are told it is published, the CDMO of a comment.
    "business_review_published": lambda w: _aurora_review(w),
    "business_review_comment": lambda w: _review_comment(w),
    # Sponsor A's webhook subscription, disabled: only A's webhook managers are told.
    "webhook_disabled": lambda w: _aurora_webhook(w),
    # A leveling run that moved Aurora's tasks: the CDMO's own; no sponsor user is told.
    "leveling_proposed": lambda w: _leveling_run(w),
    "leveling_applied": lambda w: _leveling_run(w),
}


def _leveling_run(world: World):
    """An applied leveling run that moved two of Aurora's tasks (made once)."""
    import datetime as dt

    from accord.capacity.models import LevelingOutcome, LevelingRun

    run = LevelingRun.objects.filter(note="Aurora leveling").first()
    if run is None:
        run = LevelingRun.objects.create(
            requested_by=world.pm_alice,
            from_date=dt.date(2026, 3, 2),
            note="Aurora leveling",
            status=LevelingRun.Status.APPLIED,
            summary={"moves": 2, "projects": 1, "overloads_before": [], "overloads_after": []},
        )
        LevelingOutcome.objects.create(
            run=run, project=world.project_a, delay_days=3, tasks_moved=2
        )
    return run


def _aurora_webhook(world: World):
    from tests.test_cross_tenant import _aurora_webhook as subscription

    return subscription(world)


def _aurora_review(world: World):
    from tests.test_cross_tenant import _aurora_review as published

    return published(world)


def _review_comment(world: World):
    from accord.qbr.services import review_comment_add

    return review_comment_add(
        actor=world.sponsor_a_manager, review=_aurora_review(world), text="Aurora: thank you."
    )


def _lessons_review(world: World):
    from accord.lessons.services import review_start

    return review_start(actor=world.pm_alice, project=world.project_a)


def test_every_kind_about_a_record_is_covered():
    # job_finished is about no record: it goes only to the person who started the job.
    assert set(A_RECORD) | {"job_finished"} == {kind.code for kind in KINDS}


@pytest.mark.req("AZ-2")
@pytest.mark.req("AZ-7")
@pytest.mark.parametrize("kind", sorted(A_RECORD))
def test_no_kind_about_sponsor_a_reaches_sponsor_b(world, kind):
    record = A_RECORD[kind](world)
    people = [world.sponsor_b_manager, world.sponsor_b_contact]
    messages = [
        Message(kind, person, record, f"About {record}", f"{record} of Aurora Therapeutics")
        for person in people
    ]
    assert deliver(messages) == []
    assert not Notification.objects.filter(recipient__in=people).exists()


@pytest.mark.req("AZ-2")
@pytest.mark.parametrize("event", sorted(EVENTS))
def test_no_event_on_sponsor_a_records_even_proposes_sponsor_b_people(world, event):
    records = {
        "proposals.proposalrevision": world.revision_a_sent,
        "proposals.revisioncomment": proposal_services.revision_comment_add(
            actor=world.sponsor_a_manager, revision=world.revision_a_sent, text="Aurora asks"
        ),
        "proposals.rfp": _rfp(world, actor=world.sponsor_a_contact, title="Aurora portal RFP"),
        "changes.changeorder": world.change_order_a_sent,
        "projects.document": world.doc_a_shared,
        "meetings.action_item": world.action_item_a,
        "reports.statusreport": world.status_report_a_published,
        "projects.membership": world.project_a.memberships.get(user=world.sponsor_a_contact),
        "service.concern": _concern(world),
        "recognition.kudos": _kudos(world),
        "surveys.survey": _survey(world),
        "surveys.surveyinvitation": _survey(world).invitations.first(),
        "surveys.surveyresponse": _low_answer(world),
        "quality.agreement": _agreement(world),
        # Change control events are about the change or one of its parts.
        "quality.change_control.assessment_requested": _change(world).assessments.get(),
        "quality.change_control.assessed": _change(world).assessments.get(),
        "quality.change_control.sponsor_asked": _change(world).sponsor_approvals.get(),
        "quality.change_control.decided": _change(world).sponsor_approvals.get(),
        "quality.deviation": _deviation(world),
        # Events about a deviation's request carry the request.
        "quality.deviation.requested": _deviation_request(world),
        "quality.deviation.request_decided": _deviation_request(world),
        "quality.capa": _capa(world),
        "training.assignment": _training(world)["assignment"],
        "training.quiz": _training(world)["attempt"],
        "training.ojt": _training(world)["ojt"],
        "training.competency": _training(world)["competency"],
        "planning.task": _task_assignment(world),
        "scorecards.scorecard": _aurora_scorecard(world),
        "improvement.initiative": _initiative(world),
        "qbr.businessreview": _aurora_review(world),
        "qbr.reviewcomment": _review_comment(world),
        "capacity.leveling": _leveling_run(world),
    }
    # A CAPA's action events are about the action.
    for verb in ("action_added", "action_done", "action_returned"):
        records[f"quality.capa.{verb}"] = _capa(world).actions.first()
    record = records.get(event) or records[event.rsplit(".", 1)[0]]
    proposed = EVENTS[event](record, actor=world.pm_alice)
    organizations = {message.recipient.organization_id for message in proposed}
    assert organizations <= {world.sponsor_a.pk, world.cdmo.pk}


def _signed(user) -> dict:
    return {"username": user.username, "password": PASSWORD, "acknowledge": True}


def _a_round_of_events(world: World) -> None:
    """Everything of sponsor A that notifies someone, on top of the world's own events."""
    proposal_services.revision_comment_add(
        actor=world.sponsor_a_manager, revision=world.revision_a_sent, text="Aurora: sooner?"
    )
    _rfp(world, actor=world.sponsor_a_contact, title="Aurora portal RFP")
    _sign(world.sponsor_a_manager, world.change_order_a_sent, "accept", "accepted")
    order = change_do(world.pm_alice, _draft(world, title="Aurora second study"), "submit")
    order = change_do(world.qa_quinn, order, "send")
    _sign(world.sponsor_a_manager, order, "reject", "rejected", reason="Aurora says no")
    document = make_document(
        actor=world.pm_alice, project=world.project_a, title="Aurora SOP", visibility="shared"
    )
    document = project_services.document_transition(
        actor=world.pm_alice,
        document=document,
        name="submit",
        meaning="authored",
        **_signed(world.pm_alice),
    )
    project_services.document_transition(
        actor=world.qa_quinn,
        document=document,
        name="approve",
        meaning="approved",
        **_signed(world.qa_quinn),
    )
    _kudos(world)  # Quinn is thanked by A's manager
    _agreement(world)  # A's quality agreement drafted and approved
    from accord.quality.services.changes import change_control_decide

    approval = _change(world).sponsor_approvals.get()  # a change waits for A's approval
    change_control_decide(
        actor=world.sponsor_a_manager,
        approval=approval,
        decision="approved",
        comment="Aurora agrees",
        version=approval.version,
        **_signed(world.sponsor_a_manager),
    )
    _low_answer(world)  # a concern confirmed, its survey answered with a low score
    _deviation(world)  # A's deviation raised, and A's people told of it
    _deviation_request(world)  # a cancellation of it asked of QA
    _capa_check(world)  # A's CAPA opened, its action done and verified, implemented
    later = TODAY + dt.timedelta(days=30)
    sweeps.action_item_reminders(today=later)
    sweeps.risk_review_reminders(today=later)
    sweeps.follow_up_reminders(today=later)
    capa_check_reminders(today=TODAY + dt.timedelta(days=120))


@pytest.mark.req("AZ-2")
@pytest.mark.req("AZ-7")
@pytest.mark.parametrize("persona", ["sponsor_b_manager", "sponsor_b_contact"])
def test_after_sponsor_a_events_sponsor_b_sees_no_sponsor_a_data_anywhere(
    world, persona, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        _a_round_of_events(world)
    assert mail.outbox  # the e-mails of the round were sent
    person = getattr(world, persona)
    mine = Notification.objects.filter(recipient=person)
    assert set(mine.values_list("sponsor_id", flat=True)) <= {world.sponsor_b.pk, None}
    client = client_for(person)
    pages = [
        client.get(reverse("notifications:list")),
        client.get(reverse("notifications:list"), {"q": "Aurora", "status": "unread"}),
        client.get(reverse("home:portal")),  # the bell and its drop-down
        client.get(reverse("notifications:bell")),
        client.get("/api/v1/notifications"),
    ]
    for response in pages:
        assert response.status_code == 200
        body = response.content.decode()
        assert not [marker for marker in A_MARKERS if marker in body], response.request
    for message in mail.outbox:
        if person.email in message.to:
            text = message.body + message.alternatives[0][0]
            assert not [marker for marker in A_MARKERS if marker in text]
    # The positive control: B's own change order reaches B's manager, and only B's data.
    if persona == "sponsor_b_manager":
        order = _draft(world, project=world.project_b, title="Borealis column change")
        order = change_do(world.pm_alice, order, "submit")
        change_do(world.qa_quinn, order, "send")
        [own] = Notification.objects.filter(recipient=person, kind="change_order_decision")
        assert "BOR-301-GMP" in own.title and own.sponsor_id == world.sponsor_b.pk


@pytest.mark.req("AZ-3")
def test_sponsor_a_people_are_never_told_anything_internal(world):
    _a_round_of_events(world)
    pricing_notes = world.revision_a_sent.internal_pricing_notes
    markers = (*INTERNAL_MARKERS, *([pricing_notes] if pricing_notes else []))
    for person in (world.sponsor_a_manager, world.sponsor_a_contact):
        notifications = Notification.objects.filter(recipient=person)
        assert notifications.exists()
        for notification in notifications:
            text = notification.title + notification.body
            assert not [marker for marker in markers if marker in text], text
        assert not notifications.filter(kind__in=("document_review", "document_decided"))
        assert not notifications.filter(record_type="risks.risk")


@pytest.mark.req("AZ-7")
def test_an_e_mail_naming_another_companys_record_is_refused_when_sent(world):
    """A forged outbox row (as if a bug had linked A's notification to B's e-mail) is
    checked again at the moment of sending, and not sent."""
    a_notice = Notification.objects.filter(recipient=world.sponsor_a_manager).first()
    delivery = EmailDelivery.objects.create(
        recipient=world.sponsor_b_manager,
        to_address=world.sponsor_b_manager.email,
        subject="[Accord] Forged",
    )
    Notification.objects.filter(pk=a_notice.pk).update(email=delivery)
    sent_before = len(mail.outbox)
    email_delivery_send(delivery.pk)
    delivery.refresh_from_db()
    assert delivery.state == EmailDelivery.State.ABANDONED
    assert delivery.last_error == "Not sent: it is about another company's record."
    assert len(mail.outbox) == sent_before
