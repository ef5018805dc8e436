"""Initiatives: DMAIC stages whose gates refuse undone deliverables, the champion's
signature at each gate, closing on a measured result, and the baseline from delays."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from accord.audit.models import AuditEvent
from accord.core import clock
from accord.delays import services as delay_services
from accord.improvement import services
from accord.improvement.models import StageGate
from accord.notifications.models import Notification
from accord.signatures.models import Signature
from tests.improvement_rows import champion, finish_stage, initiative, pass_gate, sign, small_world

pytestmark = pytest.mark.django_db


# The module's shared world (tests/conftest.py) is this small one.
build_shared_world = small_world


def _try_gate(world, item, **credentials):
    item.refresh_from_db()
    services.initiative_pass_gate(
        actor=champion(world),
        initiative=item,
        version=item.version,
        **(credentials or sign(champion(world))),
    )


def test_a_dmaic_initiative_starts_in_define_with_every_stage_checklist(world):
    item = initiative(world)

    assert item.code == f"CI-{item.started_on.year}-001"
    assert item.stage == "define"
    names = {(d.stage, d.name) for d in item.deliverables.all()}
    assert ("define", "SIPOC map") in names
    assert ("measure", "Measurement system analysis") in names
    assert ("control", "Control plan") in names


def test_the_gate_refuses_while_a_deliverable_is_not_done(world):
    item = initiative(world)
    charter = item.deliverables.get(stage="define", name="Project charter")
    services.deliverable_set_done(actor=world.pm_alice, deliverable=charter, done=True)

    with pytest.raises(ValidationError) as refused:
        _try_gate(world, item)

    assert "SIPOC map" in str(refused.value) and "Voice of the customer" in str(refused.value)
    item.refresh_from_db()
    assert item.stage == "define"
    assert not StageGate.objects.exists()
    assert not Signature.objects.exists()


def test_the_champion_signs_the_gate_and_the_initiative_moves_to_the_next_stage(world):
    item = initiative(world)
    finish_stage(world, item)

    _try_gate(world, item)

    item.refresh_from_db()
    assert item.stage == "measure"
    gate = StageGate.objects.get(initiative=item, stage="define")
    assert gate.passed_by == champion(world)
    assert gate.signature.meaning == "approved"
    assert gate.signature.signer == champion(world)
    assert gate.signature.record_type == "improvement.stagegate"
    assert gate.signature.transition == "gate_define"
    assert AuditEvent.objects.filter(action="improvement.stagegate.passed").count() == 1


def test_only_the_champion_may_sign_a_gate(world):
    item = initiative(world)
    finish_stage(world, item)
    item.refresh_from_db()

    with pytest.raises(PermissionDenied):
        services.initiative_pass_gate(
            actor=world.qa_quinn, initiative=item, version=item.version, **sign(world.qa_quinn)
        )
    assert not Signature.objects.exists()


def test_a_wrong_password_signs_nothing(world):
    item = initiative(world)
    finish_stage(world, item)

    with pytest.raises(ValidationError) as refused:
        _try_gate(
            world, item, username=champion(world).username, password="wrong", acknowledge=True
        )

    assert "password" in refused.value.message_dict
    item.refresh_from_db()
    assert item.stage == "define" and not StageGate.objects.exists()


def test_a_passed_stage_is_frozen(world):
    item = initiative(world)
    pass_gate(world, item)
    charter = item.deliverables.get(stage="define", name="Project charter")

    with pytest.raises(ValidationError):
        services.deliverable_set_done(actor=world.pm_alice, deliverable=charter, done=False)
    charter.refresh_from_db()
    assert charter.is_done


def test_the_control_gate_needs_a_measured_result_and_closes_the_initiative(world):
    item = initiative(world)
    for _ in range(4):
        pass_gate(world, item)
    assert item.stage == "control"
    finish_stage(world, item)

    with pytest.raises(ValidationError) as refused:
        _try_gate(world, item)
    assert "measured result" in str(refused.value)

    item.refresh_from_db()
    services.initiative_update(
        actor=world.pm_alice,
        initiative=item,
        version=item.version,
        result_value=Decimal("1.5"),
        result_measured_on=clock.today(),
        days_saved=Decimal("12"),
    )
    _try_gate(world, item)

    item.refresh_from_db()
    assert item.status == "closed" and item.closed_on == clock.today()
    assert item.gates.count() == 5
    with pytest.raises(ValidationError):
        services.initiative_update(
            actor=world.pm_alice, initiative=item, version=item.version, days_saved=Decimal("99")
        )


def test_a_kaizen_closes_with_a_signature_once_its_result_is_measured(world):
    item = initiative(
        world,
        title="Kaizen: line clearance",
        method="kaizen",
        event_start=dt.date(2026, 2, 2),
        event_end=dt.date(2026, 2, 6),
    )
    assert item.stage == "" and not item.deliverables.exists()
    with pytest.raises(ValidationError):
        services.initiative_close(
            actor=champion(world), initiative=item, version=item.version, **sign(champion(world))
        )

    item = services.initiative_update(
        actor=world.pm_alice,
        initiative=item,
        version=item.version,
        result_value=Decimal("40"),
        result_measured_on=dt.date(2026, 2, 27),
    )
    services.initiative_close(
        actor=champion(world), initiative=item, version=item.version, **sign(champion(world))
    )

    item.refresh_from_db()
    assert item.status == "closed"
    assert Signature.objects.get(record_type="improvement.initiative").transition == "close"


def test_a_kaizen_event_is_short(world):
    with pytest.raises(ValidationError) as refused:
        initiative(
            world,
            method="kaizen",
            event_start=dt.date(2026, 2, 2),
            event_end=dt.date(2026, 3, 2),
        )
    assert "event_end" in refused.value.message_dict


def test_a_project_must_belong_to_the_initiative_sponsor(world):
    with pytest.raises(ValidationError) as refused:
        initiative(world, sponsor=world.sponsor_a, project=world.project_b)
    assert "project" in refused.value.message_dict


def test_the_owner_is_told_and_the_champion_hears_when_a_gate_waits(world):
    item = initiative(world, owner=world.qa_quinn)
    assert Notification.objects.filter(recipient=world.qa_quinn, kind="initiative_owner").exists()

    finish_stage(world, item)

    waiting = Notification.objects.get(recipient=champion(world), kind="initiative_gate")
    assert "Define gate" in waiting.title


def _delay(world, project, cause: str, day: dt.date, days: int):
    return delay_services.delay_record(
        actor=world.pm_alice,
        project=project,
        title=f"{cause} {day}",
        cause=cause,
        occurred_on=day,
        days_lost=days,
        description="The plan moved.",
    )


def test_the_baseline_from_delays_is_the_days_lost_to_the_cause_per_month(world):
    release = "release_delay"
    counted = [
        _delay(world, world.project_a, release, dt.date(2026, 2, 3), 3),
        _delay(world, world.project_b, release, dt.date(2026, 3, 10), 5),
        _delay(world, world.project_a, release, dt.date(2026, 4, 28), 2),
    ]
    _delay(world, world.project_a, release, dt.date(2026, 7, 1), 10)  # after the period
    _delay(world, world.project_a, "material_shortage", dt.date(2026, 3, 1), 8)  # other cause
    item = initiative(world)

    item = services.initiative_baseline_from_delays(
        actor=world.pm_alice,
        initiative=item,
        cause=release,
        start=dt.date(2026, 2, 1),
        end=dt.date(2026, 4, 30),
        site=world.site,
        version=item.version,
    )

    # (3 + 5 + 2) working days over February, March and April.
    assert item.baseline_value == Decimal("3.33")
    assert item.unit == "working days lost per month"
    assert item.baseline_metric == "Working days lost to release delay"
    assert set(item.baseline_delays.all()) == set(counted)
    assert "10 working days" in item.baseline_method


def test_the_baseline_for_one_sponsor_counts_only_its_delays(world):
    _delay(world, world.project_a, "release_delay", dt.date(2026, 2, 3), 3)
    _delay(world, world.project_b, "release_delay", dt.date(2026, 2, 10), 5)

    figure = services.baseline_from_delays(
        user=world.pm_alice,
        cause="release_delay",
        start=dt.date(2026, 2, 1),
        end=dt.date(2026, 2, 28),
        sponsor=world.sponsor_a,
    )

    assert figure.per_month == Decimal("3.00") and figure.days_lost == 3


def test_no_delay_of_the_cause_gives_no_baseline(world):
    item = initiative(world)
    with pytest.raises(ValidationError) as refused:
        services.initiative_baseline_from_delays(
            actor=world.pm_alice,
            initiative=item,
            cause="regulatory",
            start=dt.date(2026, 1, 1),
            end=dt.date(2026, 3, 31),
            version=item.version,
        )
    assert "cause" in refused.value.message_dict
    item.refresh_from_db()
    assert item.baseline_value is None
