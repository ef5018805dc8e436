"""CAPA with effectiveness checks: opened from a deviation or standalone, actions done by
their owners and verified by a QA approver who is never the owner, signed implemented
once no action is open, and closed by a signed check of effectiveness; not effective
opens a follow-up. Every branch of the workflow, with its signatures and stage gates."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, connection, connections, transaction

from accord.audit.models import AuditEvent
from accord.core import clock
from accord.core.concurrency import StaleEdit
from accord.core.workflow import TransitionNotAllowed
from accord.notifications.models import Notification
from accord.quality.capa_sweeps import capa_check_reminders
from accord.quality.capa_workflows import CAPA_WORKFLOW
from accord.quality.models import Capa, CapaAction, EffectivenessCheck, Investigation
from accord.quality.selectors import capas_visible_to
from accord.quality.services import capa as services
from accord.signatures.models import Signature
from tests.capa_fixtures import add_action, build_capa_world, make_deviation, open_capa
from tests.factories import PASSWORD

S = Capa.State
A = CapaAction.State


@pytest.fixture
def w(db):
    return build_capa_world()


def _sign(user) -> dict:
    return {"username": user.username, "password": PASSWORD, "acknowledge": True}


def _done(w, action, evidence="Torque head recalibrated, certificate TC-114."):
    return services.capa_action_done(actor=action.owner, action=action, evidence=evidence)


def _verified(w, action):
    _done(w, action)
    action.refresh_from_db()
    return services.capa_action_verify(
        actor=action.qa_approver, action=action, **_sign(action.qa_approver)
    )


def _implemented(w, capa=None, **changes):
    capa = capa or open_capa(w, **changes)
    _verified(w, add_action(w, capa))
    capa.refresh_from_db()
    return services.capa_implement(actor=capa.qa_approver, capa=capa, **_sign(capa.qa_approver))


# --------------------------------------------------------------------------- opening


def test_a_capa_opened_from_a_deviation_takes_its_sponsor_and_root_cause(w):
    deviation = make_deviation(w.project_a, w.op_otto, classification="major")
    Investigation.objects.create(deviation=deviation, root_cause_category="machine.calibration")
    capa = open_capa(w, deviation)
    assert capa.number == f"CAPA-{clock.today().year}-0001"
    assert capa.sponsor == w.sponsor_a and capa.deviation == deviation
    assert capa.root_cause_category == "machine.calibration"
    assert capa.state == S.OPEN and not capa.requires_retraining
    event = AuditEvent.objects.get(action="quality.capa.opened")
    assert event.sponsor_id == w.sponsor_a.pk and "Alice Morgan" in event.changes
    told = Notification.objects.get(recipient=w.pm_alice)
    assert told.kind == "capa_assigned" and capa.number in told.title


def test_a_standalone_capa_has_no_sponsor_and_a_training_cause_asks_for_retraining(w):
    capa = open_capa(w, root_cause_category="people.training")
    assert capa.sponsor is None and capa.deviation is None
    assert capa.requires_retraining
    assert open_capa(w, root_cause_category="people.training", requires_retraining=False)
    assert open_capa(w).number.endswith("-0003")


@pytest.mark.req("R-CAPA-1")
def test_the_qa_approver_is_never_the_owner(w):
    with pytest.raises(ValidationError) as caught:
        open_capa(w, owner=w.qa_quinn, qa_approver=w.qa_quinn)
    assert "never the owner" in caught.value.message_dict["qa_approver"][0]
    capa = open_capa(w)
    with pytest.raises(ValidationError) as caught:
        add_action(w, capa, owner=w.qa_rita, qa_approver=w.qa_rita)
    assert "never the owner" in caught.value.message_dict["qa_approver"][0]
    # The database refuses it too, whatever writes the row.
    with pytest.raises(IntegrityError), transaction.atomic():
        Capa.objects.filter(pk=capa.pk).update(qa_approver=capa.owner)


@pytest.mark.req("R-CAPA-1")
def test_an_action_has_a_type_an_owner_a_due_date_and_a_qa_approver(w):
    capa = open_capa(w)
    with pytest.raises(ValidationError) as caught:
        add_action(w, capa, action_type="fix", description=" ", due_date=None)
    assert set(caught.value.message_dict) == {"action_type", "description", "due_date"}
    with pytest.raises(ValidationError) as caught:
        add_action(w, capa, qa_approver=w.pm_alice)
    assert "does not approve CAPA" in caught.value.message_dict["qa_approver"][0]
    action = add_action(w, capa, action_type="preventive")
    assert action.get_action_type_display() == "Preventive action"
    assert Notification.objects.get(recipient=w.op_otto).kind == "capa_action_assigned"
    assert not capa.actions.exclude(pk=action.pk).exists()


def test_bad_input_names_the_fields_and_takes_no_number(w):
    cancelled = make_deviation(w.project_a, w.op_otto)
    cancelled.state = "cancelled"
    cancelled.save()
    with pytest.raises(ValidationError) as caught:
        open_capa(
            w,
            cancelled,
            title="",
            problem="",
            success_criteria="",
            due_date=clock.today() - dt.timedelta(days=1),
            root_cause_category="luck",
            effectiveness_after_days=9999,
        )
    assert set(caught.value.message_dict) == {
        "title",
        "problem",
        "success_criteria",
        "due_date",
        "deviation",
        "root_cause_category",
        "effectiveness_after_days",
    }
    assert not Capa.objects.exists()
    assert open_capa(w).number.endswith("-0001")


def test_only_staff_who_may_open_capa_open_one(w):
    with pytest.raises(PermissionDenied):
        open_capa(w, actor=w.sponsor_a_manager)


def test_no_check_needs_a_rationale(w):
    with pytest.raises(ValidationError) as caught:
        open_capa(w, effectiveness_required=False, success_criteria="")
    assert list(caught.value.message_dict) == ["effectiveness_rationale"]
    capa = open_capa(
        w, effectiveness_required=False, effectiveness_rationale="A one-off label typo."
    )
    assert capa.effectiveness_after_days == 0


# --------------------------------------------------------------------- proportional effort


@pytest.mark.req("R-CAPA-2")
@pytest.mark.parametrize("classification", ["major", "critical"])
def test_a_capa_of_a_major_or_critical_deviation_needs_corrective_action_and_a_check(
    w, classification
):
    deviation = make_deviation(w.project_a, w.op_otto, classification=classification)
    effort = services.proportional_effort(deviation)
    assert effort.corrective_action and effort.effectiveness_check
    with pytest.raises(ValidationError) as caught:
        open_capa(w, deviation, effectiveness_required=False, effectiveness_rationale="Small.")
    assert (
        "requires a check of effectiveness"
        in caught.value.message_dict["effectiveness_required"][0]
    )
    capa = open_capa(w, deviation)
    _verified(w, add_action(w, capa, "correction"))
    capa.refresh_from_db()
    with pytest.raises(ValidationError) as caught:
        services.capa_implement(actor=w.qa_quinn, capa=capa, **_sign(w.qa_quinn))
    assert "a verified corrective action" in caught.value.messages[0]
    assert f"{classification} deviation" in caught.value.messages[0]
    _verified(w, add_action(w, capa, "corrective"))
    capa.refresh_from_db()
    services.capa_implement(actor=w.qa_quinn, capa=capa, **_sign(w.qa_quinn))
    capa.refresh_from_db()
    assert capa.state == S.IMPLEMENTED


@pytest.mark.req("R-CAPA-2")
def test_a_capa_of_a_minor_deviation_is_left_to_judgement(w):
    deviation = make_deviation(w.project_a, w.op_otto, classification="minor")
    assert services.proportional_effort(deviation) == services.Effort(False, False)
    assert services.proportional_effort(None) == services.Effort(False, False)
    capa = open_capa(
        w, deviation, effectiveness_required=False, effectiveness_rationale="Isolated slip."
    )
    _verified(w, add_action(w, capa, "correction"))
    capa.refresh_from_db()
    services.capa_close(actor=w.qa_quinn, capa=capa, reason="Corrected.", **_sign(w.qa_quinn))
    capa.refresh_from_db()
    assert capa.state == S.CLOSED


# --------------------------------------------------------------------------- actions


@pytest.mark.req("R-CAPA-1")
def test_an_action_is_done_by_its_owner_with_evidence_and_a_file(w):
    capa = open_capa(w)
    action = add_action(w, capa)
    with pytest.raises(PermissionDenied):
        services.capa_action_done(actor=w.pm_alice, action=action, evidence="Done.")
    with pytest.raises(ValidationError) as caught:
        services.capa_action_done(actor=w.op_otto, action=action, evidence=" ")
    assert "evidence" in caught.value.message_dict
    with pytest.raises(ValidationError) as caught:
        services.capa_action_done(
            actor=w.op_otto,
            action=action,
            evidence="Done.",
            upload=SimpleUploadedFile("run.exe", b"MZ"),
        )
    assert "evidence_file" in caught.value.message_dict
    services.capa_action_done(
        actor=w.op_otto,
        action=action,
        evidence="Recalibrated; certificate attached.",
        upload=SimpleUploadedFile("certificate.pdf", b"%PDF-1.4 torque"),
    )
    action.refresh_from_db()
    assert action.state == A.DONE and action.done_at is not None
    assert action.evidence_name == "certificate.pdf" and len(action.evidence_sha256) == 64
    assert action.evidence_file.read() == b"%PDF-1.4 torque"
    asked = Notification.objects.get(recipient=w.qa_rita)
    assert asked.kind == "capa_action_to_verify" and "Recalibrated" in asked.body
    assert AuditEvent.objects.filter(action="quality.capa.action_done").count() == 1


def test_an_action_is_verified_by_its_qa_approver_signature_only(w):
    capa = open_capa(w)
    action = add_action(w, capa)
    _done(w, action)
    action.refresh_from_db()
    with pytest.raises(PermissionDenied):
        services.capa_action_verify(actor=w.qa_quinn, action=action, **_sign(w.qa_quinn))
    with pytest.raises(ValidationError):
        services.capa_action_verify(
            actor=w.qa_rita, action=action, username="qa.rita", password="wrong", acknowledge=True
        )
    action.refresh_from_db()
    assert action.state == A.DONE and not Signature.objects.exists()
    services.capa_action_verify(actor=w.qa_rita, action=action, **_sign(w.qa_rita))
    action.refresh_from_db()
    assert action.state == A.VERIFIED
    signature = Signature.objects.get()
    assert signature.meaning == "verified" and signature.signer == w.qa_rita
    assert signature.record_type == "quality.capaaction" and signature.record_id == action.pk


def test_qa_sends_an_action_back_or_cancels_it_with_a_reason(w):
    capa = open_capa(w)
    action = add_action(w, capa)
    _done(w, action)
    action.refresh_from_db()
    with pytest.raises(ValidationError):
        services.capa_action_return(actor=w.qa_rita, action=action, reason="")
    services.capa_action_return(
        actor=w.qa_rita, action=action, reason="The certificate is unsigned."
    )
    action.refresh_from_db()
    assert action.state == A.OPEN
    told = Notification.objects.get(recipient=w.op_otto, kind="capa_action_returned")
    assert "unsigned" in told.body
    with pytest.raises(PermissionDenied):
        services.capa_action_cancel(actor=w.op_otto, action=action, reason="Not needed.")
    services.capa_action_cancel(actor=w.qa_rita, action=action, reason="Superseded by CC.")
    action.refresh_from_db()
    assert action.state == A.CANCELLED and action.cancel_reason == "Superseded by CC."
    with pytest.raises(TransitionNotAllowed):
        services.capa_action_done(actor=w.op_otto, action=action, evidence="Late.")


def test_a_stale_copy_changes_nothing(w):
    capa = open_capa(w)
    action = add_action(w, capa)
    with pytest.raises(StaleEdit):
        services.capa_action_done(
            actor=w.op_otto, action=action, evidence="Done.", version=action.version + 1
        )
    with pytest.raises(StaleEdit):
        add_action(w, capa, version=capa.version)  # the first action moved it on


# --------------------------------------------------------------------------- closing


@pytest.mark.req("R-CAPA-4")
def test_a_capa_cannot_close_while_an_action_is_open_and_the_error_names_it(w):
    capa = open_capa(w)
    with pytest.raises(ValidationError) as caught:
        services.capa_implement(actor=w.qa_quinn, capa=capa, **_sign(w.qa_quinn))
    assert "at least one verified action" in caught.value.messages[0]
    verified = add_action(w, capa, description="Recalibrate the torque head.")
    _verified(w, verified)
    add_action(w, capa, "preventive", description="Add torque to the PM plan.", owner=w.pm_alice)
    capa.refresh_from_db()
    with pytest.raises(ValidationError) as caught:
        services.capa_implement(actor=w.qa_quinn, capa=capa, **_sign(w.qa_quinn))
    message = caught.value.messages[0]
    assert "Add torque to the PM plan" in message and "Alice Morgan" in message
    assert "Recalibrate" not in message
    no_check = open_capa(w, effectiveness_required=False, effectiveness_rationale="One-off.")
    add_action(w, no_check, description="Relabel the drum.")
    no_check.refresh_from_db()
    with pytest.raises(ValidationError) as caught:
        services.capa_close(actor=w.qa_quinn, capa=no_check, reason="Done.", **_sign(w.qa_quinn))
    assert "Relabel the drum" in caught.value.messages[0]
    capa.refresh_from_db()
    assert capa.state == S.OPEN and not Signature.objects.filter(record_type="quality.capa")


@pytest.mark.req("R-CAPA-3")
def test_implementation_is_signed_by_the_qa_approver_and_creates_the_dated_check(w):
    capa = open_capa(w, effectiveness_after_days=90)
    _verified(w, add_action(w, capa))
    capa.refresh_from_db()
    with pytest.raises(PermissionDenied):  # QA, but not this CAPA's approver
        services.capa_implement(actor=w.qa_rita, capa=capa, **_sign(w.qa_rita))
    with pytest.raises(PermissionDenied):
        services.capa_implement(actor=w.pm_alice, capa=capa, **_sign(w.pm_alice))
    with pytest.raises(ValidationError) as caught:
        services.capa_implement(
            actor=w.qa_quinn,
            capa=capa,
            check_due=clock.today() + dt.timedelta(days=10),
            **_sign(w.qa_quinn),
        )
    assert "check_due" in caught.value.message_dict
    services.capa_implement(actor=w.qa_quinn, capa=capa, **_sign(w.qa_quinn))
    capa.refresh_from_db()
    assert capa.state == S.IMPLEMENTED and capa.implemented_at is not None
    check = capa.effectiveness
    assert check.starts_on == clock.today() + dt.timedelta(days=90)
    assert check.due_date == check.starts_on + dt.timedelta(days=services.CHECK_WINDOW_DAYS)
    assert check.success_criteria == "No torque excursion in the next 20 batches."
    assert check.verdict == "" and check.created_at is not None
    signature = Signature.objects.get(record_type="quality.capa")
    assert signature.meaning == "approved" and signature.transition == "implement"
    assert AuditEvent.objects.filter(action="quality.capa.check_scheduled").exists()
    # The verdict waits for the monitoring window.
    with pytest.raises(ValidationError) as caught:
        services.effectiveness_record(
            actor=w.qa_rita,
            capa=capa,
            evidence="Too early.",
            verdict="effective",
            rating=5,
            **_sign(w.qa_rita),
        )
    assert "window" in caught.value.messages[0]


@pytest.mark.req("R-CAPA-3")
def test_a_capa_whose_check_is_required_reaches_closed_effective_only_by_a_signed_check(w):
    capa = _implemented(w)
    with pytest.raises(TransitionNotAllowed):  # no closing around the check
        services.capa_close(actor=w.qa_quinn, capa=capa, reason="Done.", **_sign(w.qa_quinn))
    capa.refresh_from_db()
    with pytest.raises(TransitionNotAllowed):
        CAPA_WORKFLOW.check(capa, "close", w.qa_quinn)
    closers = [t for t in CAPA_WORKFLOW.transitions if t.target == S.CLOSED_EFFECTIVE]
    assert [(t.name, t.signature) for t in closers] == [("effective", "reviewed")]
    with pytest.raises(ValidationError):
        services.effectiveness_record(
            actor=w.qa_rita,
            capa=capa,
            evidence="20 batches, no excursion.",
            verdict="effective",
            rating=5,
            username="qa.rita",
            password="wrong",
            acknowledge=True,
        )
    capa.refresh_from_db()
    assert capa.state == S.IMPLEMENTED and capa.effectiveness.verdict == ""
    with pytest.raises(PermissionDenied):  # the owner never signs their own check
        services.effectiveness_record(
            actor=w.pm_alice,
            capa=capa,
            evidence="Fine.",
            verdict="effective",
            rating=5,
            **_sign(w.pm_alice),
        )
    services.effectiveness_record(
        actor=w.qa_rita,
        capa=capa,
        evidence="20 batches, no excursion.",
        verdict="effective",
        rating=5,
        **_sign(w.qa_rita),
    )
    capa.refresh_from_db()
    check = EffectivenessCheck.objects.get(capa=capa)
    assert capa.state == S.CLOSED_EFFECTIVE and capa.closed_at is not None
    assert check.verdict == "effective" and check.rating == 5 and check.checked_by == w.qa_rita
    signature = Signature.objects.get(record_type="quality.effectivenesscheck")
    assert signature.record_id == check.pk and signature.meaning == "reviewed"
    assert not capa.followed_by.exists()


def test_the_check_needs_evidence_a_verdict_and_a_rating(w):
    capa = _implemented(w)
    with pytest.raises(ValidationError) as caught:
        services.effectiveness_record(
            actor=w.qa_rita, capa=capa, evidence="", verdict="fine", rating=9, **_sign(w.qa_rita)
        )
    assert set(caught.value.message_dict) == {"evidence", "verdict", "rating"}


@pytest.mark.req("R-CAPA-3")
@pytest.mark.parametrize("verdict", ["not_effective", "partially"])
def test_not_effective_closes_the_capa_and_opens_a_linked_follow_up_for_its_owner(w, verdict):
    deviation = make_deviation(w.project_a, w.op_otto, classification="major")
    capa = _implemented(w, open_capa(w, deviation))
    services.effectiveness_record(
        actor=w.qa_rita,
        capa=capa,
        evidence="Two torque excursions in 20 batches.",
        verdict=verdict,
        rating=2,
        **_sign(w.qa_rita),
    )
    capa.refresh_from_db()
    assert capa.state == S.CLOSED_NOT_EFFECTIVE
    follow_up = capa.followed_by.get()
    assert follow_up.follows == capa and follow_up.state == S.OPEN
    assert follow_up.owner == capa.owner and follow_up.qa_approver == capa.qa_approver
    assert follow_up.deviation == deviation and follow_up.sponsor == w.sponsor_a
    assert follow_up.success_criteria == capa.success_criteria
    assert "Two torque excursions" in follow_up.problem
    assert follow_up.due_date >= clock.today() + dt.timedelta(days=services.FOLLOW_UP_MIN_DAYS)
    told = Notification.objects.get(recipient=w.pm_alice, kind="capa_not_effective")
    assert follow_up.number in told.title and capa.number in told.title
    # The follow-up is told once, not also as a plain new CAPA.
    assert not Notification.objects.filter(
        recipient=w.pm_alice, kind="capa_assigned", record_id=str(follow_up.pk)
    ).exists()


def test_a_capa_without_a_check_closes_directly_with_a_reason_and_a_signature(w):
    capa = open_capa(w, effectiveness_required=False, effectiveness_rationale="Typo only.")
    _verified(w, add_action(w, capa, "correction"))
    capa.refresh_from_db()
    with pytest.raises(TransitionNotAllowed):
        services.capa_implement(actor=w.qa_quinn, capa=capa, **_sign(w.qa_quinn))
    with pytest.raises(ValidationError):
        services.capa_close(actor=w.qa_quinn, capa=capa, reason=" ", **_sign(w.qa_quinn))
    services.capa_close(actor=w.qa_quinn, capa=capa, reason="Label corrected.", **_sign(w.qa_quinn))
    capa.refresh_from_db()
    assert capa.state == S.CLOSED and capa.closure_reason == "Label corrected."
    signature = Signature.objects.get(record_type="quality.capa")
    assert signature.reason == "Label corrected." and signature.transition == "close"
    assert not EffectivenessCheck.objects.exists()


def test_qa_cancels_a_capa_with_a_reason_and_its_open_actions_with_it(w):
    capa = open_capa(w)
    verified = add_action(w, capa)
    _verified(w, verified)
    still_open = add_action(w, capa, "preventive")
    capa.refresh_from_db()
    with pytest.raises(PermissionDenied):  # outside QA
        services.capa_cancel(
            actor=w.pm_alice, capa=capa, reason="No longer needed.", **_sign(w.pm_alice)
        )
    own = open_capa(w, owner=w.qa_rita)
    with pytest.raises(PermissionDenied):
        services.capa_cancel(actor=w.qa_rita, capa=own, reason="Mine.", **_sign(w.qa_rita))
    with pytest.raises(ValidationError):
        services.capa_cancel(actor=w.qa_rita, capa=capa, reason="", **_sign(w.qa_rita))
    services.capa_cancel(
        actor=w.qa_rita, capa=capa, reason="Raised twice: see CAPA-0002.", **_sign(w.qa_rita)
    )
    capa.refresh_from_db()
    still_open.refresh_from_db()
    verified.refresh_from_db()
    assert capa.state == S.CANCELLED and capa.closure_reason.startswith("Raised twice")
    assert still_open.state == A.CANCELLED and "Raised twice" in still_open.cancel_reason
    assert verified.state == A.VERIFIED
    assert AuditEvent.objects.filter(action="quality.capa.cancelled").exists()
    with pytest.raises(ValidationError):
        add_action(w, capa)


def test_an_implemented_capa_may_be_cancelled_but_not_reopened(w):
    capa = _implemented(w)
    services.capa_cancel(
        actor=w.qa_rita, capa=capa, reason="Product withdrawn.", **_sign(w.qa_rita)
    )
    capa.refresh_from_db()
    assert capa.state == S.CANCELLED
    assert CAPA_WORKFLOW.available(capa, w.qa_quinn) == []


def test_every_write_leaves_its_audit_event(w):
    capa = _implemented(w)
    services.effectiveness_record(
        actor=w.qa_rita,
        capa=capa,
        evidence="No excursion.",
        verdict="effective",
        rating=4,
        **_sign(w.qa_rita),
    )
    actions = set(
        AuditEvent.objects.filter(action__startswith="quality.capa.").values_list(
            "action", flat=True
        )
    )
    assert actions == {
        "quality.capa.opened",
        "quality.capa.action_added",
        "quality.capa.action_done",
        "quality.capa.action_verified",
        "quality.capa.implemented",
        "quality.capa.check_scheduled",
        "quality.capa.check_recorded",
        "quality.capa.closed",
    }


# --------------------------------------------------------------------- who sees it, reminders


def test_a_sponsor_sees_the_capa_of_its_deviations_once_told_of_them(w):
    told = open_capa(w, make_deviation(w.project_a, w.op_otto))
    untold = open_capa(w, make_deviation(w.project_a, w.op_otto, notified=False))
    standalone = open_capa(w)
    visible = set(capas_visible_to(w.sponsor_a_manager))
    assert told in visible and untold not in visible and standalone not in visible
    assert not capas_visible_to(w.sponsor_b_manager).exists()
    assert set(capas_visible_to(w.qa_quinn)) == {told, untold, standalone}


def test_the_qa_approver_and_owner_are_told_once_when_a_check_is_due(w):
    capa = _implemented(w, open_capa(w, effectiveness_after_days=10))
    check = capa.effectiveness
    assert capa_check_reminders(today=check.starts_on - dt.timedelta(days=1)) == 0
    assert capa_check_reminders(today=check.starts_on) == 2
    assert capa_check_reminders(today=check.starts_on) == 0
    reminders = Notification.objects.filter(kind="capa_check_due")
    assert {n.recipient for n in reminders} == {w.qa_quinn, w.pm_alice}
    assert capa.number in reminders.first().title


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_capa_opened_at_the_same_moment_get_gap_free_unique_numbers():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: several people opening CAPA at the same moment")
    w = build_capa_world()
    start = threading.Barrier(4)
    errors: list[Exception] = []

    def worker(n: int) -> None:
        try:
            start.wait()
            for i in range(4):
                open_capa(w, title=f"Concurrent {n}-{i}")
                with pytest.raises(ValidationError):  # refused: takes no number
                    open_capa(w, title=f"Refused {n}-{i}", owner=w.qa_quinn)
        except Exception as exc:  # reported by the assertion below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors
    year = clock.today().year
    assert sorted(Capa.objects.values_list("number", flat=True)) == [
        f"CAPA-{year}-{n:04d}" for n in range(1, 17)
    ]


def test_a_refused_evidence_upload_leaves_no_file_behind(w, settings):
    capa = open_capa(w)
    action = add_action(w, capa)
    with pytest.raises(StaleEdit):
        services.capa_action_done(
            actor=w.op_otto,
            action=action,
            evidence="Done.",
            upload=SimpleUploadedFile("certificate.pdf", b"%PDF-1.4 torque"),
            version=action.version + 1,
        )
    stored = [p for p in settings.MEDIA_ROOT.rglob("*") if p.is_file()]
    assert stored == []
    action.refresh_from_db()
    assert action.state == A.OPEN and not action.evidence_file


def test_qa_may_word_the_follow_up_and_tie_it_to_a_later_deviation(w):
    first = make_deviation(w.project_a, w.op_otto, classification="major")
    capa = _implemented(w, open_capa(w, first))
    again = make_deviation(w.project_a, w.op_otto, classification="major", title="Breach again")
    other = make_deviation(w.project_b, w.op_otto, classification="major")
    record = {
        "actor": w.qa_rita,
        "capa": capa,
        "evidence": "A second breach.",
        "verdict": "not_effective",
        "rating": 1,
        **_sign(w.qa_rita),
    }
    with pytest.raises(ValidationError) as caught:
        services.effectiveness_record(**record, follow_up=services.FollowUp(deviation=other))
    assert "same sponsor" in caught.value.message_dict["follow_up"][0]
    services.effectiveness_record(
        **record,
        follow_up=services.FollowUp(
            title="Three-layer gloves",
            problem="The glove material wears through.",
            success_criteria="No breach for 90 days.",
            deviation=again,
        ),
    )
    follow_up = capa.followed_by.get()
    assert follow_up.title == "Three-layer gloves" and follow_up.deviation == again
    assert follow_up.success_criteria == "No breach for 90 days."
    assert "A second breach." in follow_up.problem
    assert "The glove material wears through." in follow_up.problem
