"""Deviations: raised with containment and class, the class selecting the workflow
branch, QA's signatures never the owner's or the reporter's, stage gates that name what
is missing, immutable due dates, and the sponsor's notification clocks."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from accord.audit.models import AuditEvent
from accord.core.workflow import TransitionNotAllowed
from accord.quality.models import Deviation, DeviationRequest, Investigation, QualityCounter
from accord.quality.selectors import deviations_visible_to
from accord.quality.services.deviation_notices import (
    deviation_notify_sponsor,
    deviation_send_summary,
)
from accord.quality.services.deviation_records import (
    investigation_update,
    other_batch_assess,
    recurrence_candidates,
    recurrence_record,
)
from accord.quality.services.deviation_requests import (
    deviation_request,
    deviation_request_decide,
)
from accord.quality.services.deviation_steps import (
    actions_for,
    deviation_approve,
    deviation_send_back,
    deviation_submit,
)
from accord.quality.services.deviations import (
    class_suggested,
    deviation_assess,
    deviation_reclassify,
    summary_due_for,
)
from accord.signatures.models import Signature
from tests.deviation_helpers import (
    agreement_for,
    batch,
    capa_for,
    intake,
    raise_deviation,
    second_qa,
)
from tests.factories import PASSWORD


def _sign(actor):
    return {"username": actor.username, "password": PASSWORD, "acknowledge": True}


def _assessed(world, deviation, *, capa=False):
    deviation = deviation_assess(
        actor=world.pm_alice,
        deviation=deviation,
        impact_assessment="No impact on released batches; batch 101 quarantined.",
        capa_required=capa,
        capa_rationale="" if capa else "Isolated event with a known cause.",
        version=deviation.version,
    )
    return recurrence_record(
        actor=world.pm_alice,
        deviation=deviation,
        earlier=None,
        justification="No earlier deviation in Suite 3 or on BR-2000.",
        version=deviation.version,
    )


def _investigated(world, deviation):
    investigation_update(
        actor=world.pm_alice,
        deviation=deviation,
        team=[world.pm_alice, world.qa_quinn],
        method="fishbone",
        analysis="Six Ms reviewed.",
        root_cause_category="machine.calibration",
        root_cause="Probe drifted after a missed calibration.",
        product_impact="Within the proven acceptable range: no impact.",
        conclusion="No impact on batch 101; probe recalibrated.",
        version=deviation.version,
    )
    deviation.refresh_from_db()
    other_batch_assess(
        actor=world.pm_alice,
        deviation=deviation,
        item="Batch 100 (same bioreactor, previous run)",
        affected=False,
        conclusion="Probe within calibration during batch 100.",
        version=deviation.version,
    )
    deviation.refresh_from_db()
    return deviation


@pytest.mark.req("R-DEV-2")
def test_a_deviation_is_raised_with_its_number_due_date_sponsor_and_batches(world):
    b101 = batch(world, "AUR-101")
    deviation = raise_deviation(world, batches=[b101])
    year = timezone.localdate(deviation.discovered_at).year
    assert deviation.number == f"DEV-{year}-0001"
    assert deviation.sponsor == world.sponsor_a
    assert list(deviation.batches.all()) == [b101]
    assert deviation.reporter == world.pm_alice and deviation.owner == world.pm_alice
    assert deviation.due_date == timezone.localdate(deviation.discovered_at) + dt.timedelta(days=30)
    assert deviation.state == "assessment"
    event = AuditEvent.objects.get(action="quality.deviation.raised")
    assert json.loads(event.changes)["containment"][1].startswith("Batch quarantined")
    assert raise_deviation(world).number == f"DEV-{year}-0002"


def test_bad_intake_names_every_field_and_takes_no_number(world):
    b_batch = batch(world, "BOR-1", project=world.project_b)
    with pytest.raises(ValidationError) as bad:
        raise_deviation(
            world,
            containment=" ",
            classification_rationale="",
            classification="severe",
            batches=[b_batch],
            occurred_at=timezone.now(),
        )
    assert {
        "containment",
        "classification_rationale",
        "classification",
        "batches",
        "occurred_at",
    } <= set(bad.value.message_dict)
    assert not Deviation.objects.exists()
    assert not QualityCounter.objects.filter(last__gt=0).exists()


def test_only_the_cdmo_raises_deviations(world):
    with pytest.raises(PermissionDenied):
        raise_deviation(world, actor=world.sponsor_a_manager)


def test_the_risk_score_suggests_a_class():
    assert class_suggested(None, 2, 2) is None
    assert class_suggested(2, 2, 2) == "minor"
    assert class_suggested(3, 3, 3) == "major"
    assert class_suggested(4, 1, 1) == "major"
    assert class_suggested(4, 4, 4) == "critical"
    assert class_suggested(5, 1, 1) == "critical"


@pytest.mark.req("R-DEV-7")
def test_the_sponsor_clocks_run_from_discovery_under_the_agreement(world):
    agreement = agreement_for(world)
    deviation = raise_deviation(world, classification="major")
    assert deviation.agreement == agreement
    assert deviation.notify_by == deviation.discovered_at + dt.timedelta(hours=72)
    assert deviation.summary_due == summary_due_for(world.site, deviation.discovered_at, 10)
    # A minor deviation is not notifiable under this agreement; no sponsor, no clock.
    minor = raise_deviation(world, classification="minor", title="Label smudge")
    assert minor.notify_by is None and minor.summary_due is None
    internal = raise_deviation(world, project=None, title="Facility", batches=[])
    assert internal.sponsor is None and internal.notify_by is None


def test_the_summary_is_due_in_working_days_of_the_site(world):
    friday = dt.datetime(2026, 3, 6, 10, 0, tzinfo=dt.UTC)
    assert summary_due_for(world.site, friday, 1) == dt.date(2026, 3, 9)
    assert summary_due_for(world.site, friday, 5) == dt.date(2026, 3, 13)


@pytest.mark.req("R-DEV-1")
def test_a_minor_deviation_closes_when_qa_approves_its_assessment(world):
    deviation = raise_deviation(world, classification="minor")
    with pytest.raises(ValidationError) as early:
        deviation_submit(actor=world.pm_alice, deviation=deviation, version=deviation.version)
    assert "impact assessment" in str(early.value) and "recurrence check" in str(early.value)
    deviation = _assessed(world, deviation)
    deviation = deviation_submit(
        actor=world.pm_alice, deviation=deviation, version=deviation.version
    )
    assert deviation.state == "assessment_review"
    assert actions_for(deviation, world.qa_quinn) == ["approve_and_close", "return_assessment"]
    with pytest.raises(TransitionNotAllowed):
        from accord.quality.workflows import DEVIATION_WORKFLOW

        DEVIATION_WORKFLOW.check(deviation, "approve_assessment", world.qa_quinn)
    deviation = deviation_approve(
        actor=world.qa_quinn,
        deviation=deviation,
        version=deviation.version,
        **_sign(world.qa_quinn),
    )
    assert deviation.state == "closed" and deviation.closed_at is not None
    assert not Investigation.objects.filter(deviation=deviation).exists()
    [signature] = Signature.objects.filter(record_type="quality.deviation")
    assert signature.meaning == "approved" and signature.transition == "approve_and_close"


@pytest.mark.req("R-DEV-1")
@pytest.mark.req("R-DEV-3")
def test_a_major_deviation_is_investigated_and_closed_by_a_final_approval(world):
    deviation = _assessed(world, raise_deviation(world, classification="major"))
    deviation = deviation_submit(
        actor=world.pm_alice, deviation=deviation, version=deviation.version
    )
    assert actions_for(deviation, world.qa_quinn) == ["approve_assessment", "return_assessment"]
    deviation = deviation_approve(
        actor=world.qa_quinn,
        deviation=deviation,
        version=deviation.version,
        **_sign(world.qa_quinn),
    )
    assert deviation.state == "investigation"
    investigation_update(
        actor=world.pm_alice,
        deviation=deviation,
        team=[world.pm_alice],
        method="five_whys",
        root_cause_category="machine.calibration",
        root_cause="Missed calibration.",
        product_impact="None.",
        conclusion="Closed out.",
        version=deviation.version,
    )
    deviation.refresh_from_db()
    # R-DEV-3: no other batch assessed, no submission and no final approval.
    with pytest.raises(ValidationError) as gate:
        deviation_submit(actor=world.pm_alice, deviation=deviation, version=deviation.version)
    assert "other batches or products assessed" in str(gate.value)
    deviation = _investigated(world, deviation)
    deviation = deviation_submit(
        actor=world.pm_alice, deviation=deviation, version=deviation.version
    )
    assert deviation.state == "final_review"
    deviation = deviation_approve(
        actor=world.qa_quinn,
        deviation=deviation,
        version=deviation.version,
        **_sign(world.qa_quinn),
    )
    assert deviation.state == "closed"
    assert deviation.investigation.approved_at is not None
    # The assessment approval signs the deviation, the final one its investigation; each
    # still matches what it signed once the record has moved on.
    assert list(
        Signature.objects.filter(record_type="quality.deviation").values_list(
            "transition", flat=True
        )
    ) == ["approve_assessment"]
    final = Signature.objects.get(record_type="quality.investigation")
    assert final.transition == "approve_investigation" and final.meaning == "approved"
    from accord.signatures.selectors import manifest

    lines = manifest(deviation) + manifest(deviation.investigation)
    assert len(lines) == 2 and all(line.matches for line in lines)


@pytest.mark.req("R-DEV-3")
def test_the_final_approval_is_refused_with_no_other_batch_assessed(world):
    deviation = _assessed(world, raise_deviation(world, classification="critical"))
    deviation = deviation_submit(
        actor=world.pm_alice, deviation=deviation, version=deviation.version
    )
    deviation = deviation_approve(
        actor=world.qa_quinn,
        deviation=deviation,
        version=deviation.version,
        **_sign(world.qa_quinn),
    )
    deviation = _investigated(world, deviation)
    deviation = deviation_submit(
        actor=world.pm_alice, deviation=deviation, version=deviation.version
    )
    # Someone removes the assessment behind the service's back: the approval still checks.
    deviation.investigation.other_batches.all().delete()
    with pytest.raises(ValidationError) as gate:
        deviation_approve(
            actor=world.qa_quinn,
            deviation=deviation,
            version=deviation.version,
            **_sign(world.qa_quinn),
        )
    assert "other batches or products assessed" in str(gate.value)
    deviation.refresh_from_db()
    assert deviation.state == "final_review"
    assert Signature.objects.filter(record_type="quality.deviation").count() == 1


def test_qa_sends_a_stage_back_with_a_reason_and_the_owner_is_told(world):
    from accord.notifications.models import Notification

    deviation = _assessed(world, raise_deviation(world, classification="minor"))
    deviation = deviation_submit(
        actor=world.pm_alice, deviation=deviation, version=deviation.version
    )
    assert Notification.objects.filter(
        kind="deviation_to_approve", recipient=world.qa_quinn
    ).exists()
    with pytest.raises(ValidationError) as bad:
        deviation_send_back(
            actor=world.qa_quinn, deviation=deviation, reason=" ", version=deviation.version
        )
    assert "reason" in bad.value.message_dict
    deviation = deviation_send_back(
        actor=world.qa_quinn,
        deviation=deviation,
        reason="Name the batch record step.",
        version=deviation.version,
    )
    assert deviation.state == "assessment"
    assert Notification.objects.filter(
        kind="deviation_sent_back", recipient=world.pm_alice
    ).exists()
    event = AuditEvent.objects.get(action="quality.deviation.sent_back")
    assert event.reason == "Name the batch record step."


def test_the_owner_and_the_reporter_never_approve(world):
    rhea = second_qa(world)
    # QA Quinn reports it, Rhea owns it: neither approves; Alice has no QA role.
    deviation = raise_deviation(world, actor=world.qa_quinn, owner=rhea, classification="minor")
    deviation = _assessed(world, deviation)
    deviation = deviation_submit(actor=rhea, deviation=deviation, version=deviation.version)
    for person in (world.qa_quinn, rhea):
        assert "approve_and_close" not in actions_for(deviation, person)
        with pytest.raises(PermissionDenied):
            deviation_approve(
                actor=person, deviation=deviation, version=deviation.version, **_sign(person)
            )
    with pytest.raises(PermissionDenied):
        deviation_approve(
            actor=world.pm_alice,
            deviation=deviation,
            version=deviation.version,
            **_sign(world.pm_alice),
        )
    assert not Signature.objects.filter(record_type="quality.deviation").exists()


def test_a_wrong_password_signs_nothing(world):
    deviation = _assessed(world, raise_deviation(world, classification="minor"))
    deviation = deviation_submit(
        actor=world.pm_alice, deviation=deviation, version=deviation.version
    )
    with pytest.raises(ValidationError) as wrong:
        deviation_approve(
            actor=world.qa_quinn,
            deviation=deviation,
            username="qa.quinn",
            password="nope",
            acknowledge=True,
            version=deviation.version,
        )
    assert "password" in wrong.value.message_dict
    deviation.refresh_from_db()
    assert deviation.state == "assessment_review"


@pytest.mark.req("R-DEV-5")
def test_capa_required_needs_a_rationale_when_no_and_a_capa_when_yes(world):
    deviation = raise_deviation(world, classification="minor")
    with pytest.raises(ValidationError) as bad:
        deviation_assess(
            actor=world.pm_alice,
            deviation=deviation,
            impact_assessment="None.",
            capa_required=False,
            capa_rationale="",
            version=deviation.version,
        )
    assert "capa_rationale" in bad.value.message_dict
    with pytest.raises(ValidationError) as unanswered:
        deviation_assess(
            actor=world.pm_alice,
            deviation=deviation,
            impact_assessment="None.",
            capa_required=None,
            version=deviation.version,
        )
    assert "capa_required" in unanswered.value.message_dict
    deviation = _assessed(world, deviation, capa=True)
    with pytest.raises(ValidationError) as gate:
        deviation_submit(actor=world.pm_alice, deviation=deviation, version=deviation.version)
    assert "a CAPA" in str(gate.value)
    capa_for(world, deviation)
    deviation = deviation_submit(
        actor=world.pm_alice, deviation=deviation, version=deviation.version
    )
    deviation = deviation_approve(
        actor=world.qa_quinn,
        deviation=deviation,
        version=deviation.version,
        **_sign(world.qa_quinn),
    )
    assert deviation.state == "closed"


@pytest.mark.req("R-DEV-5")
def test_a_major_deviation_needing_a_capa_gets_no_final_approval_without_one(world):
    deviation = _assessed(world, raise_deviation(world, classification="major"), capa=True)
    deviation = deviation_submit(
        actor=world.pm_alice, deviation=deviation, version=deviation.version
    )
    deviation = deviation_approve(
        actor=world.qa_quinn,
        deviation=deviation,
        version=deviation.version,
        **_sign(world.qa_quinn),
    )
    deviation = _investigated(world, deviation)
    with pytest.raises(ValidationError) as gate:
        deviation_submit(actor=world.pm_alice, deviation=deviation, version=deviation.version)
    assert "a CAPA" in str(gate.value)


@pytest.mark.req("R-DEV-1")
def test_reclassification_needs_a_reason_and_a_qa_signature_and_moves_the_clocks(world):
    agreement_for(world)
    deviation = raise_deviation(world, classification="minor")
    assert deviation.notify_by is None
    due = deviation.due_date
    with pytest.raises(ValidationError) as bad:
        deviation_reclassify(
            actor=world.qa_quinn,
            deviation=deviation,
            classification="critical",
            reason="",
            version=deviation.version,
            **_sign(world.qa_quinn),
        )
    assert "reason" in bad.value.message_dict
    with pytest.raises(PermissionDenied):
        deviation_reclassify(
            actor=world.pm_alice,
            deviation=deviation,
            classification="critical",
            reason="Worse.",
            version=deviation.version,
            **_sign(world.pm_alice),
        )
    deviation = deviation_reclassify(
        actor=world.qa_quinn,
        deviation=deviation,
        classification="critical",
        reason="Sterility assurance at stake.",
        version=deviation.version,
        **_sign(world.qa_quinn),
    )
    assert deviation.classification == "critical" and deviation.due_date == due
    assert deviation.notify_by == deviation.discovered_at + dt.timedelta(hours=24)
    assert deviation.summary_due is not None
    signature = Signature.objects.get(record_type="quality.deviation", transition="reclassify")
    assert signature.reason == "Sterility assurance at stake."


def test_a_deviation_under_investigation_stays_major_or_critical(world):
    deviation = _assessed(world, raise_deviation(world, classification="major"))
    deviation = deviation_submit(
        actor=world.pm_alice, deviation=deviation, version=deviation.version
    )
    deviation = deviation_approve(
        actor=world.qa_quinn,
        deviation=deviation,
        version=deviation.version,
        **_sign(world.qa_quinn),
    )
    with pytest.raises(ValidationError):
        deviation_reclassify(
            actor=world.qa_quinn,
            deviation=deviation,
            classification="minor",
            reason="Smaller than thought.",
            version=deviation.version,
            **_sign(world.qa_quinn),
        )


@pytest.mark.req("R-DEV-4")
def test_an_extension_is_a_request_that_qa_approves_by_signature(world):
    deviation = raise_deviation(world)
    due = deviation.due_date
    with pytest.raises(ValidationError) as bad:
        deviation_request(
            actor=world.pm_alice,
            deviation=deviation,
            kind="extension",
            justification="Waiting for the supplier.",
            new_due_date=due - dt.timedelta(days=1),
        )
    assert "new_due_date" in bad.value.message_dict
    request = deviation_request(
        actor=world.pm_alice,
        deviation=deviation,
        kind="extension",
        justification="Waiting for the supplier's certificate.",
        new_due_date=due + dt.timedelta(days=15),
    )
    with pytest.raises(ValidationError):
        deviation_request(
            actor=world.pm_alice,
            deviation=deviation,
            kind="extension",
            justification="Again.",
            new_due_date=due + dt.timedelta(days=20),
        )
    deviation.refresh_from_db()
    assert deviation.due_date == due
    decided = deviation_request_decide(
        actor=world.qa_quinn,
        request=request,
        approve=True,
        note="Justified.",
        version=request.version,
        **_sign(world.qa_quinn),
    )
    assert decided.status == "approved" and decided.decided_by == world.qa_quinn
    deviation.refresh_from_db()
    assert deviation.due_date == due + dt.timedelta(days=15)
    assert AuditEvent.objects.filter(action="quality.deviation.extended").exists()
    assert Signature.objects.get(record_type="quality.deviationrequest").meaning == "approved"


def test_a_rejected_request_says_why_and_moves_nothing(world):
    deviation = raise_deviation(world)
    request = deviation_request(
        actor=world.pm_alice,
        deviation=deviation,
        kind="extension",
        justification="Busy.",
        new_due_date=deviation.due_date + dt.timedelta(days=30),
    )
    with pytest.raises(ValidationError) as bad:
        deviation_request_decide(
            actor=world.qa_quinn,
            request=request,
            approve=False,
            note="",
            version=request.version,
            **_sign(world.qa_quinn),
        )
    assert "note" in bad.value.message_dict
    deviation_request_decide(
        actor=world.qa_quinn,
        request=request,
        approve=False,
        note="Not a reason.",
        version=request.version,
        **_sign(world.qa_quinn),
    )
    fresh = Deviation.objects.get(pk=deviation.pk)
    assert fresh.due_date == deviation.due_date


def test_a_cancellation_is_approved_by_qa_and_the_record_is_kept(world):
    rhea = second_qa(world)
    deviation = raise_deviation(world)
    request = deviation_request(
        actor=world.pm_alice,
        deviation=deviation,
        kind="cancellation",
        justification="Raised twice: see the other record.",
    )
    # The requester never decides (Rhea asks, Rhea may not decide).
    own = deviation_request(
        actor=rhea,
        deviation=raise_deviation(world, title="Other"),
        kind="cancellation",
        justification="Duplicate.",
    )
    with pytest.raises(PermissionDenied):
        deviation_request_decide(
            actor=rhea, request=own, approve=True, note="", version=own.version, **_sign(rhea)
        )
    deviation_request_decide(
        actor=world.qa_quinn,
        request=request,
        approve=True,
        note="Duplicate.",
        version=request.version,
        **_sign(world.qa_quinn),
    )
    deviation.refresh_from_db()
    assert deviation.state == "cancelled" and Deviation.objects.filter(pk=deviation.pk).exists()
    with pytest.raises(ValidationError):
        deviation_request(
            actor=world.pm_alice,
            deviation=deviation,
            kind="extension",
            justification="Too late.",
            new_due_date=deviation.due_date + dt.timedelta(days=3),
        )
    assert DeviationRequest.objects.filter(status="approved").count() == 1


@pytest.mark.req("R-DEV-6")
def test_recurrence_suggests_earlier_deviations_and_records_a_justified_link(world):
    old = raise_deviation(
        world,
        title="Old excursion",
        discovered_at=timezone.now() - dt.timedelta(days=200),
    )
    too_old = raise_deviation(
        world, title="Ancient", discovered_at=timezone.now() - dt.timedelta(days=800)
    )
    elsewhere = raise_deviation(
        world,
        title="Elsewhere",
        area="Warehouse",
        equipment="",
        discovered_at=timezone.now() - dt.timedelta(days=10),
    )
    deviation = raise_deviation(world)
    suggested = list(recurrence_candidates(deviation))
    assert old in suggested and too_old not in suggested and elsewhere not in suggested
    with pytest.raises(ValidationError) as bad:
        recurrence_record(
            actor=world.pm_alice,
            deviation=deviation,
            earlier=old,
            justification="",
            version=deviation.version,
        )
    assert "justification" in bad.value.message_dict
    deviation = recurrence_record(
        actor=world.pm_alice,
        deviation=deviation,
        earlier=old,
        justification="Same probe failed in March.",
        version=deviation.version,
    )
    assert deviation.recurrence_checked
    assert deviation.recurrence_links.get().earlier == old
    assert old not in list(recurrence_candidates(deviation))


@pytest.mark.req("R-DEV-7")
def test_the_sponsor_sees_the_deviation_from_the_notice_on_and_is_told(world):
    from accord.notifications.models import Notification

    agreement_for(world)
    deviation = raise_deviation(world, classification="major")
    assert not deviations_visible_to(world.sponsor_a_manager).exists()
    with pytest.raises(ValidationError) as bad:
        deviation_notify_sponsor(
            actor=world.pm_alice,
            deviation=deviation,
            sent_at=timezone.now() + dt.timedelta(hours=1),
            recipients="",
            how="pigeon",
            content="",
        )
    assert {"sent_at", "recipients", "how", "content"} <= set(bad.value.message_dict)
    with pytest.raises(ValidationError):
        deviation_send_summary(
            actor=world.pm_alice,
            deviation=deviation,
            sent_at=timezone.now(),
            recipients="Maya Aurora",
            how="email",
            content="Preliminary summary.",
        )
    notice = deviation_notify_sponsor(
        actor=world.pm_alice,
        deviation=deviation,
        sent_at=timezone.now(),
        recipients="Maya Aurora (Head of QA)",
        how="call",
        content="Temperature excursion on BR-2000 during batch AUR-101.",
    )
    assert notice.on_time
    deviation.refresh_from_db()
    assert deviation.notified_at == notice.sent_at
    assert list(deviations_visible_to(world.sponsor_a_manager)) == [deviation]
    assert not deviations_visible_to(world.sponsor_b_manager).exists()
    assert AuditEvent.objects.filter(
        action="quality.deviation.sponsor_notified", target_id=str(deviation.pk)
    ).exists()
    assert Notification.objects.filter(
        kind="deviation_sponsor_notice", recipient=world.sponsor_a_manager
    ).exists()
    assert not Notification.objects.filter(recipient=world.sponsor_b_manager).exists()
    with pytest.raises(ValidationError):
        deviation_notify_sponsor(
            actor=world.pm_alice,
            deviation=deviation,
            sent_at=timezone.now(),
            recipients="Again",
            how="call",
            content="Again.",
        )
    deviation_send_summary(
        actor=world.pm_alice,
        deviation=deviation,
        sent_at=timezone.now(),
        recipients="Maya Aurora",
        how="email",
        content="Root cause under investigation; batch AUR-101 on hold.",
    )
    deviation.refresh_from_db()
    assert deviation.summary_sent_at is not None
    assert deviation.investigation.preliminary_summary.startswith("Root cause")


def test_a_deviation_links_back_to_the_delay_concern_or_risk_it_came_from(world):
    deviation = raise_deviation(world, from_delay=world.delay_a_communicated)
    assert list(world.delay_a_communicated.deviations.all()) == [deviation]
    with pytest.raises(ValidationError) as bad:
        raise_deviation(world, from_delay=world.delay_b_communicated)
    assert "from_delay" in bad.value.message_dict
    risk = raise_deviation(world, from_risk=world.risk_a_shared)
    assert risk.from_risk == world.risk_a_shared


def test_a_stale_version_is_refused(world):
    from accord.core.concurrency import StaleEdit

    deviation = raise_deviation(world)
    with pytest.raises(StaleEdit):
        deviation_assess(
            actor=world.pm_alice,
            deviation=deviation,
            impact_assessment="x",
            capa_required=True,
            version=deviation.version + 1,
        )


def test_intake_dataclass_defaults(world):
    assert intake(world).batches == ()


def test_the_history_reads_as_sentences_with_labels(world):
    from django.urls import reverse

    from tests.conftest import client_for

    agreement_for(world)
    deviation = _assessed(world, raise_deviation(world, classification="major"))
    deviation_notify_sponsor(
        actor=world.pm_alice,
        deviation=deviation,
        sent_at=timezone.now(),
        recipients="Maya Aurora",
        how="call",
        content="Told by phone.",
    )
    deviation.refresh_from_db()
    deviation_submit(actor=world.pm_alice, deviation=deviation, version=deviation.version)
    page = (
        client_for(world.qa_quinn)
        .get(reverse("audit:history", args=["quality.deviation", deviation.pk]))
        .content.decode()
    )
    assert "Deviation raised" in page and "Deviation submitted" in page
    assert "Deviation sponsor notified" in page
    assert "Telephone call" in page and ">call<" not in page
    assert "Assessment with QA" in page and "assessment_review" not in page
    # The sponsor's people read the history from the notice on.
    sponsor_page = (
        client_for(world.sponsor_a_manager)
        .get(reverse("audit:history", args=["quality.deviation", deviation.pk]))
        .content.decode()
    )
    assert "Deviation sponsor notified" in sponsor_page
    assert "Deviation raised" not in sponsor_page


def test_the_sponsor_history_hides_the_cdmos_internal_working(world):
    from django.urls import reverse

    from tests.conftest import client_for

    deviation = raise_deviation(world, classification="minor")
    deviation_notify_sponsor(
        actor=world.pm_alice,
        deviation=deviation,
        sent_at=timezone.now(),
        recipients="Maya Aurora",
        how="email",
        content="Told.",
    )
    deviation.refresh_from_db()
    deviation_assess(
        actor=world.pm_alice,
        deviation=deviation,
        impact_assessment="Zq internal impact words.",
        capa_required=False,
        capa_rationale="Zq internal rationale.",
        version=deviation.version,
    )
    url = reverse("audit:history", args=["quality.deviation", deviation.pk])
    sponsor_page = client_for(world.sponsor_a_manager).get(url).content.decode()
    assert "Deviation assessed" in sponsor_page
    assert "Zq internal" not in sponsor_page
    assert "Zq internal impact words." in client_for(world.qa_quinn).get(url).content.decode()


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_deviations_raised_at_the_same_moment_get_gap_free_unique_numbers():
    import threading

    from django.db import connection, connections

    from tests.conftest import build_world

    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: several people raising deviations at the same moment")
    world = build_world()
    start = threading.Barrier(5)
    errors: list[Exception] = []

    def worker(n: int) -> None:
        try:
            start.wait()
            for i in range(4):
                raise_deviation(world, title=f"Deviation {n}-{i}")
            # A refused raise in between takes no number.
            with pytest.raises(ValidationError):
                raise_deviation(world, containment="")
        except Exception as exc:  # reported by the assertion below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors
    numbers = sorted(Deviation.objects.values_list("number", flat=True))
    year = timezone.localdate().year
    assert numbers == [f"DEV-{year}-{n:04d}" for n in range(1, 21)]


def test_qa_sends_the_investigation_back_and_the_owner_resubmits(world):
    deviation = _assessed(world, raise_deviation(world, classification="critical"))
    deviation = deviation_submit(
        actor=world.pm_alice, deviation=deviation, version=deviation.version
    )
    deviation = deviation_approve(
        actor=world.qa_quinn,
        deviation=deviation,
        version=deviation.version,
        **_sign(world.qa_quinn),
    )
    deviation = _investigated(world, deviation)
    deviation = deviation_submit(
        actor=world.pm_alice, deviation=deviation, version=deviation.version
    )
    assert actions_for(deviation, world.qa_quinn) == [
        "approve_investigation",
        "return_investigation",
    ]
    deviation = deviation_send_back(
        actor=world.qa_quinn,
        deviation=deviation,
        reason="Assess batch 99 too.",
        version=deviation.version,
    )
    assert deviation.state == "investigation"
    assert actions_for(deviation, world.pm_alice) == ["submit_investigation"]
    deviation = deviation_submit(
        actor=world.pm_alice, deviation=deviation, version=deviation.version
    )
    assert deviation.state == "final_review"


def test_nothing_moves_a_closed_or_cancelled_deviation(world):
    deviation = raise_deviation(world, classification="minor")
    Deviation.objects.filter(pk=deviation.pk).update(state="cancelled")
    deviation.refresh_from_db()
    assert actions_for(deviation, world.qa_quinn) == []
    with pytest.raises(ValidationError):
        deviation_submit(actor=world.pm_alice, deviation=deviation, version=deviation.version)
    with pytest.raises(ValidationError):
        deviation_approve(
            actor=world.qa_quinn,
            deviation=deviation,
            version=deviation.version,
            **_sign(world.qa_quinn),
        )
    with pytest.raises(ValidationError):
        deviation_reclassify(
            actor=world.qa_quinn,
            deviation=deviation,
            classification="major",
            reason="Later.",
            version=deviation.version,
            **_sign(world.qa_quinn),
        )


def test_the_intake_freezes_once_qa_has_it_and_the_due_date_never_moves(world):
    from accord.quality.services.deviations import deviation_update

    deviation = raise_deviation(world, classification="minor")
    with pytest.raises(ValidationError) as due:
        deviation_update(
            actor=world.pm_alice,
            deviation=deviation,
            changes={"due_date": deviation.due_date + dt.timedelta(days=1)},
            version=deviation.version,
        )
    assert set(due.value.message_dict) == {"due_date"}
    deviation = deviation_update(
        actor=world.pm_alice,
        deviation=deviation,
        changes={"title": "Label smudge on batch record"},
        version=deviation.version,
    )
    assert deviation.title == "Label smudge on batch record"
    deviation = deviation_submit(
        actor=world.pm_alice, deviation=_assessed(world, deviation), version=None
    )
    with pytest.raises(ValidationError) as frozen:
        deviation_update(
            actor=world.pm_alice,
            deviation=deviation,
            changes={"title": "Changed"},
            version=deviation.version,
        )
    assert set(frozen.value.message_dict) == {"title"}


def test_a_deviation_is_raised_from_a_concern_of_its_own_sponsor_only(world):
    from tests.test_cross_tenant import _aurora_concern

    concern = _aurora_concern(world)
    deviation = raise_deviation(world, from_concern=concern)
    assert list(concern.deviations.all()) == [deviation]
    with pytest.raises(ValidationError) as bad:
        raise_deviation(world, project=world.project_b, from_concern=concern)
    assert "from_concern" in bad.value.message_dict


@pytest.mark.req("R-DEV-6")
def test_a_minor_deviation_names_its_probable_cause_which_the_trends_and_recurrence_read(world):
    from accord.quality.dashboard import pareto
    from accord.quality.services.deviation_records import recurrence_candidates

    earlier = raise_deviation(world, classification="minor")
    with pytest.raises(ValidationError) as bad:
        deviation_assess(
            actor=world.pm_alice,
            deviation=earlier,
            impact_assessment="None.",
            capa_required=False,
            capa_rationale="Isolated.",
            cause_category="machine.no_such_cause",
            version=earlier.version,
        )
    assert "cause_category" in bad.value.message_dict
    earlier.refresh_from_db()
    assert earlier.cause_category == "" and earlier.impact_assessment == ""
    earlier = deviation_assess(
        actor=world.pm_alice,
        deviation=earlier,
        impact_assessment="None.",
        capa_required=False,
        capa_rationale="Isolated.",
        cause_category="machine.calibration",
        version=earlier.version,
    )
    assert earlier.cause_category_label == "Machine: Calibration or qualification"
    day = timezone.localdate(earlier.discovered_at)
    [row] = [r for r in pareto(Deviation.objects.all(), day, day) if r.count]
    assert row.label == "Machine: Calibration or qualification"

    later = raise_deviation(
        world,
        classification="minor",
        area="Another suite, far away",
        equipment="Another machine",
        discovered_at=earlier.discovered_at + dt.timedelta(minutes=30),
    )
    assert earlier not in recurrence_candidates(later)  # nothing shared yet
    later = deviation_assess(
        actor=world.pm_alice,
        deviation=later,
        impact_assessment="None.",
        capa_required=False,
        capa_rationale="Isolated.",
        cause_category="machine.breakdown",
        version=later.version,
    )
    assert earlier in recurrence_candidates(later)  # the same cause category: machine
