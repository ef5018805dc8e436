"""5S audits (five scores of 0 to 5, actions and their reminders), the technology
register, and the scorecard variables computed from a hand-made dataset."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from accord.core import clock
from accord.improvement import services
from accord.improvement.models import FiveSAction, FiveSAudit
from accord.improvement.sweeps import five_s_action_reminders
from accord.notifications.models import Notification
from accord.scorecards.variables import COMPANY, PERSON, SITE, SPONSOR, Period, Scope, measure
from tests.improvement_rows import champion, initiative, sign, small_world

pytestmark = pytest.mark.django_db

SCORES = {"sort": 3, "set_in_order": 2, "shine": 4, "standardize": 1, "sustain": 2}


# The module's shared world (tests/conftest.py) is this small one.
build_shared_world = small_world


def _area(world, name: str = "Visp building 2 QC lab"):
    return services.five_s_area_create(actor=world.pm_alice, site=world.site, name=name)


@pytest.mark.parametrize("bad", [6, -1, "x", None, 2.5])
def test_a_score_outside_0_to_5_is_refused_and_nothing_is_written(world, bad):
    area = _area(world)
    with pytest.raises(ValidationError) as refused:
        services.five_s_audit_record(
            actor=world.pm_alice,
            area=area,
            auditor=world.pm_alice,
            audited_on=dt.date(2026, 3, 2),
            scores={**SCORES, "shine": bad},
        )
    assert list(refused.value.message_dict) == ["shine"]
    assert not FiveSAudit.objects.exists()


def test_an_audit_keeps_its_scores_total_and_actions(world):
    area = _area(world)
    audit = services.five_s_audit_record(
        actor=world.pm_alice,
        area=area,
        auditor=world.qa_quinn,
        audited_on=dt.date(2026, 3, 2),
        scores=SCORES,
        notes={"standardize": "No cleaning checklist at the balance."},
        actions=[
            {
                "what": "Post the cleaning checklist",
                "owner": world.qa_quinn,
                "due_on": dt.date(2026, 3, 16),
            },
        ],
    )
    assert audit.total == 12
    assert audit.rows()[3] == ("Standardize", 1, "No cleaning checklist at the balance.")
    assert audit.actions.get().owner == world.qa_quinn


def test_an_audit_with_a_bad_action_writes_nothing(world):
    area = _area(world)
    with pytest.raises(ValidationError):
        services.five_s_audit_record(
            actor=world.pm_alice,
            area=area,
            auditor=world.pm_alice,
            audited_on=dt.date(2026, 3, 2),
            scores=SCORES,
            actions=[{"what": "", "owner": world.pm_alice, "due_on": dt.date(2026, 3, 9)}],
        )
    assert not FiveSAudit.objects.exists() and not FiveSAction.objects.exists()


def test_the_daily_sweep_tells_owners_of_due_and_overdue_actions_once(world):
    area = _area(world)
    today = clock.today()
    audit = services.five_s_audit_record(
        actor=world.pm_alice,
        area=area,
        auditor=world.pm_alice,
        audited_on=today,
        scores=SCORES,
        actions=[
            {
                "what": "Label the shelves",
                "owner": world.qa_quinn,
                "due_on": today - dt.timedelta(days=2),
            },
            {
                "what": "Remove old glassware",
                "owner": world.pm_alice,
                "due_on": today + dt.timedelta(days=3),
            },
            {
                "what": "Repaint the floor",
                "owner": world.pm_alice,
                "due_on": today + dt.timedelta(days=60),
            },
        ],
    )

    five_s_action_reminders()
    five_s_action_reminders()

    assert (
        Notification.objects.filter(recipient=world.qa_quinn, kind="five_s_action_overdue").count()
        == 1
    )
    assert (
        Notification.objects.filter(recipient=world.pm_alice, kind="five_s_action_due").count() == 1
    )
    done = audit.actions.get(what="Label the shelves")
    services.five_s_action_done(actor=world.qa_quinn, action=done)
    assert FiveSAction.objects.get(pk=done.pk).done_on == today


def test_qualified_needs_its_date_and_evidence(world):
    flow = services.capability_create(
        actor=world.qa_quinn, name="Flow chemistry", category="chemistry"
    )
    with pytest.raises(ValidationError) as refused:
        services.capability_site_set(
            actor=world.qa_quinn, capability=flow, site=world.site, status="qualified"
        )
    assert set(refused.value.message_dict) == {"qualified_on", "evidence"}


def _close(world, item, day: dt.date, **gains):
    item = services.initiative_update(
        actor=world.pm_alice,
        initiative=item,
        version=item.version,
        result_value=Decimal("1"),
        result_measured_on=day,
        **gains,
    )
    with clock.business_date(day):
        services.initiative_close(
            actor=champion(world), initiative=item, version=item.version, **sign(champion(world))
        )


def test_the_variables_count_closed_initiatives_their_gains_and_qualified_technologies(world):
    q1 = Period("quarter", dt.date(2026, 1, 1))
    a = initiative(world, title="A", method="kaizen", sponsor=world.sponsor_a)
    internal = initiative(world, title="Internal", method="kaizen", owner=world.qa_quinn)
    later = initiative(world, title="Later", method="kaizen")
    initiative(world, title="Still open", method="kaizen")
    _close(world, a, dt.date(2026, 2, 10), days_saved=Decimal("4.5"), rft_points=Decimal("3"))
    _close(world, internal, dt.date(2026, 3, 20), days_saved=Decimal("2"))
    _close(world, later, dt.date(2026, 4, 2), days_saved=Decimal("7"))
    flow = services.capability_create(
        actor=world.qa_quinn, name="Flow chemistry", category="chemistry"
    )
    spray = services.capability_create(
        actor=world.qa_quinn, name="Spray drying", category="formulation"
    )
    lyo = services.capability_create(
        actor=world.qa_quinn, name="Lyophilisation", category="formulation"
    )
    for capability, day in ((flow, dt.date(2026, 1, 15)), (spray, dt.date(2026, 3, 31))):
        services.capability_site_set(
            actor=world.qa_quinn,
            capability=capability,
            site=world.site,
            status="qualified",
            qualified_on=day,
            evidence="QR-1",
        )
    services.capability_site_set(
        actor=world.qa_quinn,
        capability=lyo,
        site=world.other_site,
        status="qualified",
        qualified_on=dt.date(2026, 5, 5),
        evidence="QR-2",
    )

    company = Scope(COMPANY)
    completed = measure("ci_initiatives_completed", company, q1)
    assert completed.value == 2
    assert [e.label for e in completed.evidence] == [str(a), str(internal)]
    assert completed.evidence[0].url == f"/improvement/initiatives/{a.pk}/"
    assert measure("ci_savings_days", company, q1).value == 6.5
    assert measure("ci_rft_gain", company, q1).value == 3.0
    assert measure("technologies_adopted", company, q1).value == 2

    sponsor_a = Scope(SPONSOR, world.sponsor_a.pk, "Aurora")
    assert measure("ci_initiatives_completed", sponsor_a, q1).value == 1
    assert measure("ci_savings_days", sponsor_a, q1).value == 4.5
    assert measure("technologies_adopted", sponsor_a, q1).value is None
    assert (
        measure("ci_initiatives_completed", Scope(SPONSOR, world.sponsor_b.pk, "B"), q1).value
        is None
    )

    quinn = Scope(PERSON, world.qa_quinn.pk, "Quinn")
    assert measure("ci_savings_days", quinn, q1).value == 2.0
    assert measure("ci_rft_gain", quinn, q1).value is None

    other_site = Scope(SITE, world.other_site.pk, "SGB")
    assert measure("technologies_adopted", other_site, q1).value == 0
    assert (
        measure("technologies_adopted", other_site, Period("quarter", dt.date(2026, 4, 1))).value
        == 1
    )
