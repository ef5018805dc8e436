"""Service levels: the CDMO-wide SLA policy and a sponsor's own, the service hours of a
site, and the working time its clocks count (with the holidays of its calendar)."""

from __future__ import annotations

import datetime as dt
import io
import json
from zoneinfo import ZoneInfo

import openpyxl
import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from accord.audit.models import AuditEvent
from accord.core.concurrency import StaleEdit
from accord.planning import calendars
from accord.service import selectors, services
from accord.service.clocks import add_working_time, clock
from accord.service.models import ServiceHours, SlaPolicy, SlaTarget
from tests.conftest import World, client_for

H = dt.timedelta(hours=1)
ZURICH = ZoneInfo("Europe/Zurich")


def _targets(**changes: tuple[int, int, int, int]) -> dict[str, dict[str, int]]:
    """The shipped targets in minutes, with some priorities' hours replaced."""
    targets = services.default_targets()
    for priority, hours in changes.items():
        targets[priority] = {
            kind: value * 60 for kind, value in zip(services.KINDS, hours, strict=True)
        }
    return targets


def _aurora_policy(world: World, **kwargs) -> SlaPolicy:
    return services.sla_policy_save(
        actor=world.admin_ada,
        sponsor=world.sponsor_a,
        name="Aurora quality agreement, schedule 3",
        targets=_targets(critical=(1, 2, 8, 24)),
        **kwargs,
    )


def test_every_installation_has_a_cdmo_wide_policy_for_every_priority(world):
    policy = selectors.sla_policy_for(world.sponsor_a)
    assert policy.is_default and policy.name == services.DEFAULT_POLICY_NAME
    critical = policy.targets.get(priority="critical")
    assert critical.target("acknowledge") == 1 * H
    assert critical.target("resolve") == 40 * H
    assert SlaTarget.objects.filter(policy=policy).count() == 4


def test_a_sponsors_own_policy_applies_to_it_and_to_no_one_else(world):
    policy = _aurora_policy(world)
    assert selectors.sla_policy_for(world.sponsor_a) == policy
    assert selectors.sla_policy_for(world.sponsor_b).is_default
    event = AuditEvent.objects.get(action="service.slapolicy.created")
    changes = json.loads(event.changes)
    assert changes["Critical"][1] == (
        "Acknowledgement 1 h; First substantive contact 2 h; Periodic update 8 h; Resolution 24 h"
    )
    assert event.sponsor_id == world.sponsor_a.pk


@pytest.mark.req("AZ-2")
def test_a_sponsor_sees_the_promise_made_to_it_and_never_another_sponsors(world):
    default = selectors.sla_policy_for(world.sponsor_b)
    assert list(selectors.sla_policies_visible_to(world.sponsor_a_manager)) == [default]
    own = _aurora_policy(world)
    assert list(selectors.sla_policies_visible_to(world.sponsor_a_contact)) == [own]
    assert list(selectors.sla_policies_visible_to(world.sponsor_b_manager)) == [default]
    assert own not in selectors.sla_policies_visible_to(world.sponsor_b_contact)
    assert set(selectors.sla_targets_visible_to(world.sponsor_b_manager)) == set(
        default.targets.all()
    )
    assert not selectors.service_hours_visible_to(world.sponsor_a_manager).exists()


@pytest.mark.parametrize(
    ("targets", "problem"),
    [
        (_targets(critical=(4, 2, 8, 24)), "first substantive contact cannot be due before"),
        (_targets(high=(2, 8, 16, 4)), "resolution cannot be due before"),
        (_targets(critical=(9, 9, 9, 300)), "Critical concerns cannot wait longer"),
        (_targets(low=(0, 24, 40, 200)), "needs a positive time"),
        ({"critical": services.default_targets()["critical"]}, "Give the targets of high"),
    ],
)
def test_targets_out_of_order_are_refused_with_the_reason(world, targets, problem):
    events = AuditEvent.objects.count()
    with pytest.raises(ValidationError) as refused:
        services.sla_policy_save(
            actor=world.admin_ada, sponsor=world.sponsor_a, name="Aurora", targets=targets
        )
    assert any(problem in message for message in refused.value.message_dict["targets"])
    assert not SlaPolicy.objects.filter(sponsor=world.sponsor_a).exists()
    assert AuditEvent.objects.count() == events


def test_a_change_is_audited_in_words_and_a_stale_one_refused(world):
    policy = _aurora_policy(world)
    changed = services.sla_policy_save(
        actor=world.admin_ada,
        sponsor=world.sponsor_a,
        name=policy.name,
        targets=_targets(critical=(1, 2, 4, 24)),
        warn_at_percent=80,
        version=policy.version,
        reason="Quality agreement amendment 2",
    )
    assert changed.version == policy.version + 1
    assert changed.targets.get(priority="critical").update_minutes == 4 * 60
    event = AuditEvent.objects.get(action="service.slapolicy.changed")
    changes = json.loads(event.changes)
    assert changes["warn_at_percent"] == [75, 80]
    assert "Periodic update 8 h" in changes["Critical"][0]
    assert "Periodic update 4 h" in changes["Critical"][1]
    with pytest.raises(StaleEdit):
        services.sla_policy_save(
            actor=world.admin_ada,
            sponsor=world.sponsor_a,
            name="Stale",
            targets=_targets(),
            version=policy.version,
        )
    assert SlaPolicy.objects.get(pk=policy.pk).name == policy.name


def test_only_executives_and_administrators_set_service_levels(world):
    for person in (world.pm_alice, world.qa_quinn, world.sponsor_a_manager):
        with pytest.raises(PermissionDenied):
            services.sla_policy_save(
                actor=person, sponsor=world.sponsor_a, name="Mine", targets=_targets()
            )
    assert not SlaPolicy.objects.filter(sponsor=world.sponsor_a).exists()


def test_removing_a_sponsors_policy_brings_back_the_cdmo_wide_one(world):
    policy = _aurora_policy(world)
    with pytest.raises(ValidationError, match="Say why"):
        services.sla_policy_remove(actor=world.admin_ada, policy=policy, reason=" ")
    services.sla_policy_remove(actor=world.admin_ada, policy=policy, reason="Agreement ended")
    assert selectors.sla_policy_for(world.sponsor_a).is_default
    default = selectors.sla_policy_for(world.sponsor_a)
    with pytest.raises(ValidationError, match="never remove it"):
        services.sla_policy_remove(actor=world.admin_ada, policy=default, reason="Tidy")


# --------------------------------------------------------------------------- service hours


def test_a_site_answers_in_office_hours_until_told_otherwise(world):
    working = selectors.working_time_for(world.site)
    assert working.zone == ZURICH
    # Fri 16:00 + 2 h: Fri 16-17, Mon 08-09.
    due = add_working_time(working, dt.datetime(2026, 12, 4, 16, tzinfo=ZURICH), 2 * H)
    assert due.astimezone(ZURICH) == dt.datetime(2026, 12, 7, 9, tzinfo=ZURICH)


def test_service_hours_with_shifts_and_the_site_holidays_drive_the_clocks(world):
    hours = services.service_hours_set(
        actor=world.admin_ada,
        site=world.site,
        week={
            "monday": "06:00-14:00,14:00-22:00",
            "tuesday": "06:00-14:00, 14:00-22:00",
            "wednesday": "06:00-14:00, 14:00-22:00",
            "thursday": "06:00-14:00, 14:00-22:00",
            "friday": "06:00-14:00, 14:00-22:00",
            "saturday": "08:00-12:00",
        },
        reason="Two shifts answer sponsors from January",
    )
    assert hours.monday == "06:00-14:00, 14:00-22:00" and hours.sunday == ""
    calendars.calendar_day_add(
        actor=world.pm_alice,
        site=world.site,
        date=dt.date(2026, 12, 7),
        kind="holiday",
        name="Site shutdown",
    )
    # Fri 4 Dec 21:00 + 6 h: Fri 21-22 (1 h), Sat 08-12 (4 h), Mon 7 Dec closed,
    # Tue 06-07 (1 h).
    state = clock(
        selectors.working_time_for(world.site),
        started_at=dt.datetime(2026, 12, 4, 21, tzinfo=ZURICH),
        target=6 * H,
        now=dt.datetime(2026, 12, 8, 6, 30, tzinfo=ZURICH),
    )
    assert state.due_at.astimezone(ZURICH) == dt.datetime(2026, 12, 8, 7, tzinfo=ZURICH)
    assert state.elapsed == dt.timedelta(hours=5, minutes=30)
    event = AuditEvent.objects.get(action="service.servicehours.set")
    assert json.loads(event.changes)["Saturday"] == [None, "08:00-12:00"]


@pytest.mark.parametrize(
    ("week", "field", "problem"),
    [
        ({"monday": "8-17"}, "monday", "HH:MM-HH:MM"),
        ({"tuesday": "22:00-06:00"}, "tuesday", "ends before it starts"),
        ({"friday": "08:00-12:00, 11:00-17:00"}, "friday", "overlap"),
        ({}, "monday", "never works"),
    ],
)
def test_bad_service_hours_are_refused_naming_the_day(world, week, field, problem):
    with pytest.raises(ValidationError) as refused:
        services.service_hours_set(actor=world.admin_ada, site=world.site, week=week)
    assert any(problem in message for message in refused.value.message_dict[field])
    assert not ServiceHours.objects.exists()


def test_only_operations_and_administrators_set_service_hours(world):
    with pytest.raises(PermissionDenied):
        services.service_hours_set(
            actor=world.pm_alice, site=world.site, week={"monday": "08:00-17:00"}
        )


# --------------------------------------------------------------------------- pages


def _grid(hours: dict[str, tuple[float, float, float, float]]) -> dict[str, str]:
    """The 16 target inputs of the policy form, in hours."""
    data = {}
    for priority, row in hours.items():
        for kind, value in zip(services.KINDS, row, strict=True):
            data[f"{priority}_{kind}"] = str(value)
    return data


SHIPPED_HOURS = {
    "critical": (1, 4, 8, 40),
    "high": (2, 8, 16, 80),
    "medium": (4, 16, 24, 120),
    "low": (8, 24, 40, 200),
}


def test_staff_read_every_promise_in_words_and_export_it(world):
    _aurora_policy(world)
    client = client_for(world.pm_alice)
    page = client.get(reverse("service:levels")).content.decode()
    assert "Every sponsor without its own levels" in page and "Helpdesk standard" in page
    assert "Aurora Therapeutics" in page and "Aurora quality agreement, schedule 3" in page
    assert '<td class="text-end">5 d</td>' in page  # 40 working hours
    assert reverse("audit:history", args=["service.slapolicy", _aurora_policy_pk(world)]) in page
    assert "Levels for a sponsor" not in page  # a project manager does not set them
    filtered = client.get(reverse("service:levels"), {"q": "Aurora"}).content.decode()
    assert "Helpdesk standard" not in filtered and "schedule 3" in filtered
    csv_text = client.get(reverse("service:levels_export", args=["csv"])).content.decode()
    assert csv_text.startswith("\ufeffApplies to,Policy,Priority,Acknowledgement (working hours)")
    assert 'Aurora Therapeutics,"Aurora quality agreement, schedule 3",Critical,1.0,2.0' in csv_text
    assert "Every other sponsor,Helpdesk standard,Low,8.0,24.0,40.0,200.0,75,5" in csv_text
    book = openpyxl.load_workbook(
        io.BytesIO(client.get(reverse("service:levels_export", args=["xlsx"])).content)
    )
    assert book.active["C2"].value == "Critical" and book.active.max_row == 9


def _aurora_policy_pk(world: World) -> int:
    return SlaPolicy.objects.get(sponsor=world.sponsor_a).pk


def test_a_sponsor_reads_the_promise_made_to_it(world):
    _aurora_policy(world)
    page = client_for(world.sponsor_a_contact).get(reverse("service:levels")).content.decode()
    assert "Our service levels" in page and "Aurora quality agreement, schedule 3" in page
    assert "Helpdesk standard" not in page and "History" not in page and "Edit" not in page
    other = client_for(world.sponsor_b_manager).get(reverse("service:levels")).content.decode()
    assert "Helpdesk standard" in other and "Aurora" not in other


def test_an_executive_gives_a_sponsor_its_own_levels_on_the_page(world):
    client = client_for(world.admin_ada)
    form = client.get(reverse("service:level_create")).content.decode()
    assert 'name="critical_acknowledge"' in form and 'value="1"' in form  # the shipped levels
    bad = client.post(
        reverse("service:level_create"),
        {
            "sponsor": world.sponsor_a.pk,
            "name": "Aurora agreement",
            "warn_at_percent": 75,
            "confirm_days": 5,
            **_grid({**SHIPPED_HOURS, "critical": (4, 2, 8, 24)}),
        },
    )
    assert bad.status_code == 200
    assert "Critical: the first substantive contact cannot be due before" in bad.content.decode()
    assert not SlaPolicy.objects.filter(sponsor=world.sponsor_a).exists()
    saved = client.post(
        reverse("service:level_create"),
        {
            "sponsor": world.sponsor_a.pk,
            "name": "Aurora agreement",
            "warn_at_percent": 80,
            "confirm_days": 3,
            **_grid({**SHIPPED_HOURS, "critical": (0.5, 2, 8, 24)}),
        },
    )
    assert saved.status_code == 302
    policy = SlaPolicy.objects.get(sponsor=world.sponsor_a)
    assert policy.targets.get(priority="critical").acknowledge_minutes == 30
    assert policy.warn_at_percent == 80 and policy.confirm_days == 3


def test_a_stale_edit_of_a_policy_is_refused_on_the_page(world):
    policy = _aurora_policy(world)
    client = client_for(world.admin_ada)
    url = reverse("service:level_edit", args=[policy.pk])
    assert f'name="version" value="{policy.version}"' in client.get(url).content.decode()
    services.sla_policy_save(
        actor=world.admin_ada,
        sponsor=world.sponsor_a,
        name="Renamed meanwhile",
        targets=services.targets_of(policy),
        version=policy.version,
    )
    stale = client.post(
        url,
        {
            "name": "Mine",
            "warn_at_percent": 75,
            "confirm_days": 5,
            "version": policy.version,
            **_grid(SHIPPED_HOURS),
        },
    )
    assert stale.status_code == 409
    assert "Someone else changed this SLA policy" in stale.content.decode()
    assert SlaPolicy.objects.get(pk=policy.pk).name == "Renamed meanwhile"


def test_removing_a_sponsors_levels_on_the_page_needs_a_reason(world):
    policy = _aurora_policy(world)
    client = client_for(world.admin_ada)
    url = reverse("service:level_remove", args=[policy.pk])
    assert client.post(url, {"reason": ""}).status_code == 200
    assert client.post(url, {"reason": "Agreement ended"}).status_code == 302
    assert not SlaPolicy.objects.filter(sponsor=world.sponsor_a).exists()


def test_service_hours_are_edited_per_day_with_the_problem_named(world):
    client = client_for(world.admin_ada)
    listing = client.get(reverse("service:hours")).content.decode()
    assert '<div class="text-nowrap">13:00-17:00</div>' in listing and "closed" in listing
    url = reverse("service:hours_edit", args=[world.site.pk])
    bad = client.post(url, {"monday": "8-17", "tuesday": "08:00-17:00"})
    page = bad.content.decode()
    assert bad.status_code == 200 and "Write working hours as HH:MM-HH:MM" in page
    saved = client.post(url, {"monday": "06:00-14:00, 14:00-22:00", "friday": "08:00-12:00"})
    assert saved.status_code == 302
    assert selectors.service_week(world.site)[0] == "06:00-14:00, 14:00-22:00"
    assert selectors.service_week(world.site)[1] == ""  # Tuesday left empty: closed


# --------------------------------------------------------------------------- API


def test_the_api_reads_and_changes_policies_with_versions(world):
    policy = _aurora_policy(world)
    staff = client_for(world.admin_ada)
    listed = staff.get("/api/v1/sla-policies").json()
    assert {p["name"] for p in listed} == {"Helpdesk standard", policy.name}
    read = staff.get(f"/api/v1/sla-policies/{policy.pk}")
    assert read["ETag"] == f'"{policy.version}"'
    body = read.json()
    assert body["targets"][0] == {
        "priority": "critical",
        "priority_label": "Critical",
        "acknowledge_minutes": 60,
        "first_contact_minutes": 120,
        "update_minutes": 480,
        "resolve_minutes": 1440,
    }
    change = {
        "name": "Aurora agreement v2",
        "targets": {
            t["priority"]: {k: v for k, v in t.items() if k.endswith("_minutes")}
            for t in body["targets"]
        },
    }
    assert (
        staff.put(
            f"/api/v1/sla-policies/{policy.pk}", change, content_type="application/json"
        ).status_code
        == 428
    )
    changed = staff.put(
        f"/api/v1/sla-policies/{policy.pk}",
        change,
        content_type="application/json",
        headers={"If-Match": read["ETag"]},
    )
    assert changed.status_code == 200 and changed.json()["version"] == policy.version + 1
    stale = staff.put(
        f"/api/v1/sla-policies/{policy.pk}",
        {**change, "name": "Stale"},
        content_type="application/json",
        headers={"If-Match": read["ETag"]},
    )
    assert stale.status_code == 412
    bad = staff.put(
        f"/api/v1/sla-policies/{policy.pk}",
        {**change, "targets": {"critical": change["targets"]["critical"]}, "version": 2},
        content_type="application/json",
    )
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "targets"
    sponsor = client_for(world.sponsor_a_manager)
    assert [p["name"] for p in sponsor.get("/api/v1/sla-policies").json()] == [
        "Aurora agreement v2"
    ]
    assert (
        client_for(world.sponsor_b_manager).get(f"/api/v1/sla-policies/{policy.pk}").status_code
        == 404
    )
    removed = staff.delete(
        f"/api/v1/sla-policies/{policy.pk}", {"reason": "Ended"}, content_type="application/json"
    )
    assert removed.status_code == 204


def test_the_api_creates_levels_and_sets_service_hours(world):
    staff = client_for(world.admin_ada)
    created_policy = staff.post(
        "/api/v1/sla-policies",
        {
            "sponsor_id": world.sponsor_b.pk,
            "name": "Borealis agreement",
            "targets": {
                priority: {f"{kind}_minutes": minutes for kind, minutes in row.items()}
                for priority, row in services.default_targets().items()
            },
        },
        content_type="application/json",
    )
    assert created_policy.status_code == 201
    assert created_policy.json()["sponsor_name"] == world.sponsor_b.name
    url = f"/api/v1/sites/{world.site.pk}/service-hours"
    assert staff.get(url).json()["monday"] == "08:00-12:00, 13:00-17:00"
    first = staff.put(url, {"monday": "07:00-16:00"}, content_type="application/json")
    assert first.status_code == 200 and first.json()["version"] == 1
    assert staff.put(
        url, {"monday": "07:00-15:00"}, content_type="application/json"
    ).status_code == (428)
    wrong = staff.put(url, {"monday": "16:00-07:00", "version": 1}, content_type="application/json")
    assert wrong.status_code == 422 and wrong.json()["errors"][0]["field"] == "monday"
