"""The qualification gate for equipment on plan tasks (R-TRN-5): a GMP task books only
equipment fit for use (not "Do not use", not out of service, qualified, calibration not
overdue on the day the work starts); an authorized person may override with a signed
reason, shown on the task; the gate is asked again when the task starts; the plan shows
booked equipment that will lapse before its task starts; and the API and MS Project
export carry the bookings."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from accord.audit.models import AuditEvent
from accord.core import clock
from accord.core.dates import format_day
from accord.equipment import services as equipment_services
from accord.equipment.models import Equipment, EquipmentStatus
from accord.planning import bookings, services
from accord.planning.interchange import plan_export_mspdi
from accord.planning.models import Task, TaskEquipment
from accord.signatures.models import Signature
from accord.training.gate import GateBlocked
from accord.training.models import QualificationOverride
from tests.conftest import client_for
from tests.equipment_rows import register, usable
from tests.factories import PASSWORD
from tests.test_gate import batch_step, fresh, grant_override

pytestmark = pytest.mark.req("R-TRN-5")
JSON = "application/json"
HPLC = "VSP-HPLC-02 UHPLC (related substances)"


def do_not_use(world, equipment: Equipment) -> Equipment:
    from tests.equipment_rows import engineer

    equipment.refresh_from_db()
    return equipment_services.equipment_set_status(
        actor=engineer(world),
        equipment=equipment,
        status=EquipmentStatus.DO_NOT_USE,
        reason="Pressure sensor drifts; hold until repaired.",
        version=equipment.version,
    )


def last_working_day() -> dt.date:
    day = clock.today() - dt.timedelta(days=1)
    while day.weekday() >= 5:
        day -= dt.timedelta(days=1)
    return day


def signed(user) -> dict:
    return {"username": user.username, "password": PASSWORD, "acknowledge": True}


def test_do_not_use_equipment_is_refused_with_the_gap_named(world):
    task = batch_step(world)
    hplc = do_not_use(world, usable(world))
    with pytest.raises(GateBlocked) as refused:
        bookings.task_book_equipment(
            actor=world.pm_alice, task=task, equipment=hplc, purpose="In-process testing"
        )
    assert refused.value.gaps == ['VSP-HPLC-02 is marked "Do not use"']
    assert HPLC in refused.value.message_dict["equipment"][0]
    assert not TaskEquipment.objects.exists()


def test_calibration_due_before_the_task_starts_is_refused_as_overdue(world):
    hplc = usable(world)  # calibrated 10 days ago, every 180 days: due in 170 days
    task = batch_step(world, starts_in=200)
    with pytest.raises(GateBlocked) as refused:
        bookings.task_book_equipment(actor=world.pm_alice, task=task, equipment=hplc)
    due = format_day(hplc.next_calibration_due)
    assert refused.value.gaps == [f"VSP-HPLC-02 calibration was due on {due} (overdue)"]


def test_out_of_service_equipment_is_refused_with_every_gap_named(world):
    task = batch_step(world)
    reactor = register(world, "VSP-R-101", name="Reactor 101", kind="reactor")
    with pytest.raises(GateBlocked) as refused:
        bookings.task_book_equipment(actor=world.pm_alice, task=task, equipment=reactor)
    assert refused.value.gaps == [
        "VSP-R-101 is out of service",
        "VSP-R-101 is not qualified (IQ, OQ and PQ missing)",
        "VSP-R-101 has no valid calibration on record",
    ]


def test_equipment_fit_for_use_is_booked_and_audited(world):
    task = batch_step(world)
    booking = bookings.task_book_equipment(
        actor=world.pm_alice, task=task, equipment=usable(world), purpose="In-process testing"
    )
    assert booking.override is None
    event = AuditEvent.objects.get(action="planning.task.equipment_booked")
    assert "VSP-HPLC-02" in event.changes and "In-process testing" in event.changes
    with pytest.raises(ValidationError) as twice:
        bookings.task_book_equipment(actor=world.pm_alice, task=task, equipment=booking.equipment)
    assert "already booked" in str(twice.value)


def test_a_task_that_is_not_gmp_books_any_equipment(world):
    task = services.task_create(
        actor=world.pm_alice, project=world.project_a, name="Engineering run", duration_days=2
    )
    reactor = register(world, "VSP-R-101", name="Reactor 101", kind="reactor")
    booking = bookings.task_book_equipment(actor=world.pm_alice, task=task, equipment=reactor)
    assert booking.override is None


def test_qa_overrides_with_a_signed_reason_which_is_audited_and_shown(world):
    grant_override()
    quinn = fresh(world.qa_quinn)
    task = batch_step(world)
    hplc = do_not_use(world, usable(world))
    booking = bookings.task_book_equipment(
        actor=quinn,
        task=task,
        equipment=hplc,
        purpose="In-process testing",
        override_reason="Sensor checked against a reference standard before each run",
        **signed(quinn),
    )
    assert booking.override.gaps == ['VSP-HPLC-02 is marked "Do not use"']
    assert booking.override.subject == HPLC
    signature = Signature.objects.get(record_type="training.qualificationoverride")
    assert signature.meaning == "override"
    assert AuditEvent.objects.filter(action="training.gate.overridden").exists()
    people = client_for(world.pm_alice).get(reverse("planning:task_people", args=[task.pk]))
    text = people.content.decode()
    assert 'data-testid="equipment-override"' in text
    assert "Sensor checked against a reference standard before each run" in text
    assert "Do not use" in text
    plan = client_for(world.pm_alice).get(reverse("planning:plan", args=[world.project_a.pk]))
    row = plan.content.decode().split(f'data-testid="task-equipment-{task.uid}"')[1][:600]
    assert "VSP-HPLC-02" in row and "overridden" in row


def test_an_override_needs_the_permission_a_reason_and_the_password(world):
    task = batch_step(world)
    hplc = do_not_use(world, usable(world))
    with pytest.raises(PermissionDenied):
        bookings.task_book_equipment(
            actor=world.pm_alice,
            task=task,
            equipment=hplc,
            override_reason="Needed",
            **signed(world.pm_alice),
        )
    grant_override()
    with pytest.raises(ValidationError) as wrong:
        bookings.task_book_equipment(
            actor=fresh(world.qa_quinn),
            task=task,
            equipment=hplc,
            override_reason="Needed",
            username="qa.quinn",
            password="not-the-password",
            acknowledge=True,
        )
    assert "password" in str(wrong.value)
    assert not TaskEquipment.objects.exists()
    assert not QualificationOverride.objects.exists()


def test_starting_a_task_whose_calibration_lapsed_after_booking_is_refused(world):
    task = batch_step(world, starts_in=0)
    hplc = usable(world)
    bookings.task_book_equipment(actor=world.pm_alice, task=task, equipment=hplc)
    # Months pass: the calibration falls due (as the calendar would have it) before the
    # task starts.
    started = last_working_day()
    Equipment.objects.filter(pk=hplc.pk).update(next_calibration_due=started - dt.timedelta(days=3))
    task = Task.objects.get(pk=task.pk)
    with pytest.raises(GateBlocked) as refused:
        services.task_update(actor=world.pm_alice, task=task, actual_start=started)
    message = refused.value.message_dict["actual_start"][0]
    assert "its equipment may not be used" in message
    assert f"{HPLC}: VSP-HPLC-02 calibration was due on" in message
    assert Task.objects.get(pk=task.pk).actual_start is None
    page = client_for(world.pm_alice).get(reverse("planning:task_people", args=[task.pk]))
    assert 'data-testid="equipment-gaps-now"' in page.content.decode()
    # QA overrides for the booking on its page; the task may then start.
    grant_override()
    booking = TaskEquipment.objects.get(task=task)
    quinn = client_for(world.qa_quinn)
    url = reverse("planning:task_equipment_override", args=[booking.pk])
    asked = quinn.get(url)
    assert "calibration was due on" in asked.content.decode()
    done = quinn.post(
        url,
        {
            "meaning": "override",
            "reason": "Calibration verified with a reference standard on the day",
            "username": "qa.quinn",
            "password": PASSWORD,
            "acknowledge": "on",
        },
    )
    assert done.status_code == 302
    assert AuditEvent.objects.filter(action="planning.task.equipment_gate_overridden").exists()
    services.plan_progress_record(
        actor=world.pm_alice,
        project=world.project_a,
        data_date=clock.today(),
        progress={Task.objects.get(pk=task.pk): {"actual_start": started, "percent_complete": 10}},
    )
    assert Task.objects.get(pk=task.pk).actual_start == started


def test_the_plan_shows_equipment_that_lapses_before_its_task_starts(world):
    task = batch_step(world, starts_in=60)
    hplc = usable(world)
    balance = usable(world, "VSP-BAL-03", name="Analytical balance", kind="balance")
    for item in (hplc, balance):
        bookings.task_book_equipment(actor=world.pm_alice, task=task, equipment=item)
    assert bookings.equipment_lapses(world.project_a) == []
    # The task slips past the HPLC's next calibration; the balance goes on hold.
    task = Task.objects.get(pk=task.pk)
    services.task_update(
        actor=world.pm_alice,
        task=task,
        constraint_date=clock.today() + dt.timedelta(days=200),
    )
    do_not_use(world, balance)
    lapses = bookings.equipment_lapses(world.project_a)
    reasons = {lapse.equipment.code: lapse.reasons for lapse in lapses}
    assert reasons["VSP-BAL-03"][0] == 'VSP-BAL-03 is marked "Do not use"'
    assert {"VSP-HPLC-02": reasons["VSP-HPLC-02"]} == {
        "VSP-HPLC-02": [
            f"VSP-HPLC-02 calibration falls due on {format_day(hplc.next_calibration_due)}, "
            "before the task starts"
        ],
    }
    by_code = {lapse.equipment.code: lapse for lapse in lapses}
    assert by_code["VSP-HPLC-02"].lapses_on == hplc.next_calibration_due
    page = client_for(world.pm_alice).get(reverse("planning:plan", args=[world.project_a.pk]))
    panel = page.content.decode().split('data-testid="plan-lapses"')[1].split("</section>")[0]
    assert "VSP-HPLC-02 UHPLC (related substances)" in panel
    assert "before the task starts" in panel
    assert "already" in panel  # the balance may not be used now
    sponsor = client_for(world.sponsor_a_manager).get(
        reverse("planning:plan", args=[world.project_a.pk])
    )
    assert "VSP-HPLC-02" not in sponsor.content.decode()


def test_releasing_is_audited_and_editors_only(world):
    task = batch_step(world)
    booking = bookings.task_book_equipment(actor=world.pm_alice, task=task, equipment=usable(world))
    with pytest.raises(PermissionDenied):
        bookings.task_release_equipment(actor=world.qa_quinn, booking=booking)
    response = client_for(world.pm_alice).post(
        reverse("planning:task_equipment_release", args=[booking.pk])
    )
    assert response.status_code == 302
    assert not TaskEquipment.objects.exists()
    assert AuditEvent.objects.filter(action="planning.task.equipment_released").exists()


def test_the_people_page_refuses_equipment_with_the_gaps_then_takes_a_signed_override(world):
    grant_override()
    task = batch_step(world)
    hplc = do_not_use(world, usable(world))
    page = client_for(world.pm_alice).get(reverse("planning:task_people", args=[task.pk]))
    assert "VSP-HPLC-02 UHPLC (related substances) · Do not use" in page.content.decode()
    url = reverse("planning:task_equipment_book", args=[task.pk])
    body = {"equipment": hplc.pk, "purpose": "In-process testing"}
    refused = client_for(world.pm_alice).post(url, body)
    text = refused.content.decode()
    assert 'data-testid="equipment-gate-refusal"' in text
    assert "is marked &quot;Do not use&quot;" in text
    assert "ask QA or a supervisor to override" in text
    assert 'name="password"' not in text
    quinn = client_for(world.qa_quinn)
    asked = quinn.post(url, body)
    assert 'name="password"' in asked.content.decode()
    done = quinn.post(
        url,
        {
            **body,
            "override": "1",
            "meaning": "override",
            "reason": "Sensor checked before each run",
            "username": "qa.quinn",
            "password": PASSWORD,
            "acknowledge": "on",
        },
    )
    assert done.status_code == 302
    assert TaskEquipment.objects.get().override.reason == "Sensor checked before each run"


def test_the_tasks_history_shows_its_equipment(world):
    task = batch_step(world)
    bookings.task_book_equipment(
        actor=world.pm_alice, task=task, equipment=usable(world), purpose="Filling"
    )
    page = client_for(world.pm_alice).get(reverse("audit:history", args=["planning.task", task.pk]))
    assert "VSP-HPLC-02" in page.content.decode()


def test_the_api_answers_the_gate_with_the_gaps_then_takes_an_override(world):
    task = batch_step(world)
    hplc = do_not_use(world, usable(world))
    url = f"/api/v1/tasks/{task.pk}/equipment"
    body = {"equipment_id": hplc.pk, "purpose": "In-process testing"}
    refused = client_for(world.pm_alice).post(url, body, content_type=JSON)
    assert refused.status_code == 422
    answer = refused.json()
    assert answer["code"] == "qualification_gate"
    assert answer["errors"] == [
        {"field": "equipment_id", "message": 'VSP-HPLC-02 is marked "Do not use"'}
    ]
    grant_override()
    quinn = client_for(world.qa_quinn)
    done = quinn.post(
        url,
        {**body, "override_reason": "Sensor checked before each run", **signed(world.qa_quinn)},
        content_type=JSON,
    )
    assert done.status_code == 201, done.content
    assert done.json()["override"]["overridden_by_name"] == "Quinn Keller"
    assert done.json()["equipment_status_label"] == "Do not use"
    listed = client_for(world.pm_alice).get(url).json()
    assert [(b["equipment_code"], b["gaps_now"]) for b in listed] == [("VSP-HPLC-02", [])]
    removed = client_for(world.pm_alice).delete(f"{url}/{listed[0]['id']}")
    assert removed.status_code == 204
    assert not TaskEquipment.objects.exists()
    assert client_for(world.sponsor_a_manager).get(url).status_code == 403


def test_the_api_overrides_a_lapsed_booking_and_lists_equipment_lapses(world):
    task = batch_step(world, starts_in=60)
    balance = usable(world, "VSP-BAL-03", name="Analytical balance", kind="balance")
    pm = client_for(world.pm_alice)
    booked = pm.post(
        f"/api/v1/tasks/{task.pk}/equipment", {"equipment_id": balance.pk}, content_type=JSON
    ).json()
    do_not_use(world, balance)
    lapses = pm.get(f"/api/v1/projects/{world.project_a.pk}/plan/equipment-lapses").json()
    assert [(row["equipment_code"], row["reasons"]) for row in lapses] == [
        ("VSP-BAL-03", ['VSP-BAL-03 is marked "Do not use"'])
    ]
    grant_override()
    overridden = client_for(world.qa_quinn).post(
        f"/api/v1/tasks/{task.pk}/equipment/{booked['id']}/override",
        {"override_reason": "Weighed on a second balance as well", **signed(world.qa_quinn)},
        content_type=JSON,
    )
    assert overridden.status_code == 200, overridden.content
    assert overridden.json()["override"]["gaps"] == ['VSP-BAL-03 is marked "Do not use"']
    assert pm.get(f"/api/v1/projects/{world.project_a.pk}/plan/equipment-lapses").json() == []


def test_ms_project_export_lists_the_equipment_as_a_resource(world):
    task = batch_step(world)
    bookings.task_book_equipment(
        actor=world.pm_alice, task=task, equipment=usable(world), purpose="In-process testing"
    )
    data = plan_export_mspdi(world.project_a)
    ns = {"p": "http://schemas.microsoft.com/project"}
    root = ET.fromstring(data)  # noqa: S314 - our own export, not untrusted input
    resources = {
        r.findtext("p:Name", namespaces=ns): r for r in root.findall("p:Resources/p:Resource", ns)
    }
    assert HPLC in resources
    assert resources[HPLC].findtext("p:Type", namespaces=ns) == "1"
    uid = resources[HPLC].findtext("p:UID", namespaces=ns)
    links = [
        (
            a.findtext("p:TaskUID", namespaces=ns),
            a.findtext("p:ResourceUID", namespaces=ns),
            a.findtext("p:Notes", namespaces=ns),
        )
        for a in root.findall("p:Assignments/p:Assignment", ns)
    ]
    assert (str(task.uid), uid, "In-process testing") in links
