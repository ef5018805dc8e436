"""Equipment (EU GMP Annex 15, 21 CFR 211.68): registering it, qualifying it by QA-signed
IQ, OQ and PQ records, calibrating it (an out-of-tolerance result puts it on "Do not use"
and may raise a deviation), maintaining it, changing its status with a reason, and the
sentences that say why it may not be used for GMP work on a day."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from accord.audit.models import AuditEvent
from accord.core import clock
from accord.core.concurrency import StaleEdit
from accord.equipment import selectors, services
from accord.equipment.models import Equipment
from accord.equipment.sweeps import equipment_due_reminders
from accord.notifications.models import Notification
from accord.quality.models import Deviation
from accord.signatures.models import Signature
from tests.equipment_rows import calibrate, engineer, qualify, register, sign, usable

TODAY = dt.date.today()


def _actions(equipment) -> list[str]:
    return list(
        AuditEvent.objects.filter(target_type="equipment.equipment", target_id=str(equipment.pk))
        .order_by("seq")
        .values_list("action", flat=True)
    )


def test_new_equipment_is_out_of_service_until_qualified(world):
    equipment = register(world, "vsp-hplc-02")
    assert equipment.code == "VSP-HPLC-02"
    assert equipment.get_status_display() == "Out of service"
    assert _actions(equipment) == ["equipment.equipment.registered"]
    with pytest.raises(ValidationError) as error:
        register(world, "VSP-HPLC-02")
    assert "registered already" in str(error.value)


def test_only_staff_who_keep_equipment_register_it(world):
    details = services.EquipmentDetails(code="X-1", name="X", kind="other", site=world.site)
    for person in (world.pm_alice, world.sponsor_a_manager):
        with pytest.raises(PermissionDenied):
            services.equipment_register(actor=person, details=details)
    assert not Equipment.objects.exists()


@pytest.mark.req("ES-2")
def test_approved_iq_oq_pq_release_the_equipment_with_signatures(world):
    equipment = register(world)
    calibrate(world, equipment)
    equipment = qualify(world, equipment, stages=("iq", "oq"))
    assert equipment.status == "out_of_service"
    assert selectors.equipment_gaps(equipment, on=TODAY) == [
        "VSP-HPLC-02 is out of service",
        "VSP-HPLC-02 is not qualified (PQ missing)",
    ]
    equipment = qualify(world, equipment, stages=("pq",))
    assert equipment.get_status_display() == "Qualified"
    assert equipment.qualified_on == TODAY - dt.timedelta(days=30)
    assert selectors.equipment_gaps(equipment, on=TODAY) == []
    signatures = Signature.objects.filter(record_type="equipment.qualificationrecord")
    assert signatures.count() == 3
    assert set(signatures.values_list("meaning", flat=True)) == {"approved"}
    assert "equipment.equipment.qualified" in _actions(equipment)


def test_the_person_who_recorded_a_qualification_does_not_approve_it(world):
    equipment = register(world)
    qa = world.qa_quinn
    record = services.qualification_record(
        actor=qa,
        equipment=equipment,
        stage="iq",
        protocol="IQ-1",
        executed_on=TODAY,
        result="pass",
        summary="Fine.",
    )
    with pytest.raises(PermissionDenied):
        services.qualification_approve(actor=qa, record=record, **sign(qa))
    with pytest.raises(PermissionDenied):  # an engineer does not approve either
        services.qualification_approve(actor=engineer(world), record=record, **sign(qa))
    record.refresh_from_db()
    assert not record.is_approved


def test_calibration_in_tolerance_sets_the_next_due_date(world):
    equipment = register(world)
    record = calibrate(world, equipment, days_ago=10)
    assert record.next_due == TODAY - dt.timedelta(days=10) + dt.timedelta(days=180)
    assert equipment.next_calibration_due == record.next_due


@pytest.mark.req("R-DEV-2")
def test_out_of_tolerance_puts_it_on_do_not_use_and_raises_a_deviation(world):
    equipment = usable(world, "VSP-BAL-03", kind="balance", name="Floor scale 600 kg")
    record = calibrate(
        world,
        equipment,
        days_ago=0,
        result="out_of_tolerance",
        as_found="300 kg read 301.2 kg",
        deviation=services.DeviationRequest(classification="minor"),
    )
    assert equipment.get_status_display() == "Do not use"
    assert record.next_due is None and equipment.next_calibration_due is None
    deviation = Deviation.objects.get()
    assert record.deviation == deviation
    assert deviation.equipment == "VSP-BAL-03"
    assert deviation.site == world.site
    assert "300 kg read 301.2 kg" in deviation.description
    status_event = AuditEvent.objects.filter(action="equipment.equipment.status_changed").last()
    assert deviation.number in status_event.reason
    assert selectors.equipment_gaps(equipment, on=TODAY) == [
        'VSP-BAL-03 is marked "Do not use"',
        "VSP-BAL-03 has no valid calibration on record",
    ]


def test_back_in_use_after_out_of_tolerance_needs_a_passing_calibration(world):
    equipment = usable(world, "VSP-BAL-03", kind="balance")
    calibrate(world, equipment, days_ago=1, result="out_of_tolerance")
    with pytest.raises(ValidationError) as error:
        services.equipment_set_status(
            actor=engineer(world),
            equipment=equipment,
            status="qualified",
            reason="Looks fine",
            version=equipment.version,
        )
    assert "out of tolerance" in str(error.value)
    calibrate(world, equipment, days_ago=0)
    equipment = services.equipment_set_status(
        actor=engineer(world),
        equipment=equipment,
        status="qualified",
        reason="Load cell replaced and calibrated; impact assessed in the deviation.",
        version=equipment.version,
    )
    assert equipment.get_status_display() == "Qualified"
    assert selectors.equipment_gaps(equipment, on=TODAY) == []


def test_out_of_tolerance_without_a_deviation_and_a_deviation_only_when_out(world):
    equipment = usable(world)
    with pytest.raises(ValidationError) as error:
        calibrate(world, equipment, deviation=services.DeviationRequest())
    assert "raise_deviation" in error.value.message_dict
    calibrate(world, equipment, days_ago=0, result="out_of_tolerance")
    assert equipment.status == "do_not_use"
    assert not Deviation.objects.exists()


def test_status_changes_need_a_reason_and_the_version_read(world):
    equipment = usable(world)
    ops = engineer(world)
    with pytest.raises(ValidationError) as error:
        services.equipment_set_status(
            actor=ops, equipment=equipment, status="out_of_service", reason=" ", version=None
        )
    assert "reason" in error.value.message_dict
    with pytest.raises(StaleEdit):
        services.equipment_set_status(
            actor=ops,
            equipment=equipment,
            status="out_of_service",
            reason="Seal change",
            version=equipment.version - 1,
        )
    equipment = services.equipment_set_status(
        actor=ops,
        equipment=equipment,
        status="out_of_service",
        reason="Seal change",
        version=equipment.version,
    )
    event = AuditEvent.objects.filter(action="equipment.equipment.status_changed").last()
    assert event.reason == "Seal change"
    assert selectors.equipment_gaps(equipment, on=TODAY) == ["VSP-HPLC-02 is out of service"]


@pytest.mark.req("R-TRN-5")
def test_gaps_name_each_reason_in_a_sentence(world):
    equipment = usable(world)
    due = equipment.next_calibration_due
    assert selectors.equipment_gaps(equipment, on=due) == []  # due that day: still valid
    late = due + dt.timedelta(days=1)
    assert selectors.equipment_gaps(equipment, on=late) == [
        f"VSP-HPLC-02 calibration was due on {due.day} {due:%b %Y} (overdue)"
    ]
    suite = usable(world, "VSP-SUITE-A1", kind="suite", calibration_interval_days=None)
    assert selectors.equipment_gaps(suite, on=TODAY) == []
    bench = usable(world, "VSP-PH-09", kind="other", gmp=False, calibration_interval_days=None)
    assert selectors.equipment_gaps(bench, on=TODAY) == ["VSP-PH-09 is not GMP equipment"]
    fresh = register(world, "VSP-R-102", kind="reactor", calibration_interval_days=None)
    assert selectors.equipment_gaps(fresh, on=TODAY) == [
        "VSP-R-102 is out of service",
        "VSP-R-102 is not qualified (IQ, OQ and PQ missing)",
    ]


def test_a_failed_requalification_puts_released_equipment_on_do_not_use(world):
    equipment = usable(world)
    record = services.qualification_record(
        actor=engineer(world),
        equipment=equipment,
        stage="requalification",
        protocol="RQ-1",
        executed_on=TODAY,
        result="fail",
        summary="Pump flow accuracy out of limits.",
    )
    services.qualification_approve(actor=world.qa_quinn, record=record, **sign(world.qa_quinn))
    equipment.refresh_from_db()
    assert equipment.get_status_display() == "Do not use"


def test_maintenance_sets_the_next_due_date_and_due_lists_soon_and_late(world):
    equipment = usable(world)
    ops = engineer(world)
    services.maintenance_record(
        actor=ops,
        equipment=equipment,
        performed_on=TODAY - dt.timedelta(days=360),
        kind="preventive",
        description="Pump seals replaced.",
        performed_by=ops,
    )
    equipment.refresh_from_db()
    assert equipment.next_maintenance_due == TODAY + dt.timedelta(days=5)
    due = selectors.equipment_due(within_days=14, on=TODAY)
    assert [(d.equipment.code, d.what, d.overdue) for d in due] == [
        ("VSP-HPLC-02", "maintenance", False)
    ]
    later = selectors.equipment_due(within_days=0, on=TODAY + dt.timedelta(days=6))
    assert [(d.what, d.overdue) for d in later] == [("maintenance", True)]


def test_the_daily_sweep_tells_the_owner_and_site_qa_once(world):
    ops = engineer(world)
    equipment = usable(world, owner=ops)
    calibrate(world, equipment, days_ago=175)  # an older one: the due date stays
    Equipment.objects.filter(pk=equipment.pk).update(
        next_calibration_due=TODAY + dt.timedelta(days=3)
    )
    assert equipment_due_reminders(today=TODAY) == 2
    assert equipment_due_reminders(today=TODAY) == 0  # told once
    told = Notification.objects.filter(kind="equipment_due")
    assert {n.recipient for n in told} == {ops, world.qa_quinn}
    assert "VSP-HPLC-02: calibration due on" in told.first().title
    assert equipment_due_reminders(today=TODAY + dt.timedelta(days=4)) == 2
    assert Notification.objects.filter(kind="equipment_overdue").count() == 2
    mine = Notification.objects.filter(kind__startswith="equipment_")
    assert not mine.filter(recipient__organization__kind="sponsor").exists()


def test_sponsor_users_see_no_equipment(world):
    usable(world)
    for person in (world.sponsor_a_manager, world.sponsor_b_contact):
        assert not selectors.equipment_visible_to(person).exists()
    assert selectors.equipment_visible_to(world.pm_alice).count() == 1


def test_the_demo_equipment_loads_on_the_test_world(world):
    from accord.equipment.demo import equipment_demo
    from tests.factories import PASSWORD

    lab = engineer(world, "lab.lena")
    staff = {"ops.omar": engineer(world), "qa.quinn": world.qa_quinn, "meilin.tan": lab}
    loaded = equipment_demo(
        site=world.site, staff_by_username=staff, today=clock.today(), password=PASSWORD
    )
    assert len(loaded) == 14
    by_status = {}
    for item in loaded:
        by_status.setdefault(item.status, []).append(item.code)
    assert by_status["do_not_use"] == ["VSP-BAL-03"]
    assert set(by_status["in_use"]) == {"VSP-R-101", "VSP-BR-201"}
    assert "out_of_service" not in by_status
    overdue = [d.equipment.code for d in selectors.equipment_due(within_days=0, on=TODAY)]
    assert overdue == ["VSP-HPLC-02"]
    assert Deviation.objects.get().equipment == "VSP-BAL-03"
    assert Signature.objects.filter(record_type="equipment.qualificationrecord").count() == 42
    again = equipment_demo(
        site=world.site, staff_by_username=staff, today=clock.today(), password=PASSWORD
    )
    assert len(again) == 14
    assert Signature.objects.filter(record_type="equipment.qualificationrecord").count() == 42


def test_a_passed_requalification_releases_equipment_taken_out_of_service(world):
    equipment = usable(world)
    ops = engineer(world)
    equipment = services.equipment_set_status(
        actor=ops, equipment=equipment, status="out_of_service", reason="Pump repair", version=None
    )
    record = services.qualification_record(
        actor=ops,
        equipment=equipment,
        stage="requalification",
        protocol="RQ-HPLC-02-01",
        executed_on=TODAY,
        result="pass",
        summary="Flow, temperature and detector linearity within limits after the repair.",
    )
    services.qualification_approve(actor=world.qa_quinn, record=record, **sign(world.qa_quinn))
    equipment.refresh_from_db()
    assert equipment.get_status_display() == "Qualified"
    event = AuditEvent.objects.filter(action="equipment.equipment.status_changed").last()
    assert "RQ-HPLC-02-01" in event.reason
