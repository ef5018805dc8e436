"""The resource register: resources, their availability changes and what plan tasks
demand of them. The services and each of their refusals, the pages (list with filters and
export, detail with the next 90 days, forms, history), the “Resources needed” card of a
plan task, and the search; nothing of it for sponsor users."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from openpyxl import load_workbook

from accord.audit.models import AuditEvent
from accord.capacity import services
from accord.capacity.models import Availability, Resource, TaskDemand
from accord.core import clock
from accord.core.concurrency import StaleEdit
from accord.planning.models import Task
from tests.capacity_rows import add_resource, kind_task, work_task
from tests.conftest import client_for
from tests.equipment_rows import engineer, register
from tests.factories import SiteFactory
from tests.test_browser import ARTIFACTS, _sign_in, browser, site  # noqa: F401 (fixtures)

TODAY = clock.today()


def day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


def details(resource: Resource, **changes) -> services.ResourceDetails:
    values = {
        name: getattr(resource, name) for name in services.ResourceDetails.__dataclass_fields__
    }
    return services.ResourceDetails(**{**values, **changes})


def messages_of(exc: pytest.ExceptionInfo, field: str) -> str:
    return " ".join(exc.value.message_dict[field])


@pytest.fixture
def singen(world):
    return SiteFactory(organization=world.cdmo, code="SGN", name="Singen biologics")


@pytest.fixture
def register_rows(world, singen):
    """A suite and an analyst pool at Visp, a bioreactor at Singen, a retired suite."""
    suite = add_resource(world, "VSP-SUITE-2")
    pool = add_resource(
        world, "VSP-QC-POOL", name="QC analysts", kind="labour", capacity=6, unit="analysts"
    )
    bio = add_resource(
        world,
        "SGN-BR-01",
        name="Bioreactor 2,000 L",
        site=singen,
        calendar="continuous",
        unit="bioreactor",
    )
    old = add_resource(world, "VSP-SUITE-1", name="Filling suite 1")
    services.resource_retire(
        actor=engineer(world), resource=old, reason="Demolished for the new wing.", version=1
    )
    return {"suite": suite, "pool": pool, "bio": bio, "old": old, "singen": singen}


# --------------------------------------------------------------------------- resources


def test_a_resource_is_created_with_its_code_in_capitals_and_audited(world):
    resource = add_resource(world, "vsp-suite-9", name="Suite 9")
    assert resource.code == "VSP-SUITE-9" and resource.active and resource.version == 1
    event = AuditEvent.objects.get(target_type="capacity.resource", target_id=str(resource.pk))
    assert event.action == "capacity.resource.created"
    assert '"code":[null,"VSP-SUITE-9"]' in event.changes


def test_a_linked_piece_of_equipment_gives_its_number_and_name(world):
    equipment = register(world, "VSP-R-201", kind="reactor", name="Glass-lined reactor 1,600 L")
    resource = add_resource(world, "", name="", equipment=equipment)
    assert (resource.code, resource.name) == ("VSP-R-201", "Glass-lined reactor 1,600 L")
    assert resource.equipment == equipment


@pytest.mark.parametrize(
    ("fields", "field", "words"),
    [
        ({"code": ""}, "code", "short code"),
        ({"name": ""}, "name", "Name the resource"),
        ({"capacity": 0}, "capacity", "1 to 500"),
        ({"capacity": 501}, "capacity", "1 to 500"),
        ({"kind": "robot"}, "kind", "labour pool"),
        ({"calendar": "lunar"}, "calendar", "calendar"),
        ({"site": None}, "site", "Choose the site"),
    ],
)
def test_a_resource_is_refused_naming_the_field(world, fields, field, words):
    with pytest.raises(ValidationError) as exc:
        add_resource(world, **{"code": "VSP-BAD-1", **fields})
    assert words in messages_of(exc, field)
    assert not Resource.objects.filter(code="VSP-BAD-1").exists()


def test_a_code_is_registered_once(world):
    add_resource(world, "VSP-SUITE-2")
    with pytest.raises(ValidationError) as exc:
        add_resource(world, "vsp-suite-2")
    assert "VSP-SUITE-2 is in the register already." in messages_of(exc, "code")


def test_equipment_is_linked_at_its_own_site_once_and_never_to_a_labour_pool(world, singen):
    equipment = register(world, "VSP-R-202", kind="reactor")
    with pytest.raises(ValidationError) as exc:
        add_resource(world, "SGN-X", site=singen, equipment=equipment)
    assert "VSP-R-202 is at Visp API plant, not at Singen biologics." in messages_of(
        exc, "equipment"
    )
    with pytest.raises(ValidationError) as exc:
        add_resource(world, "VSP-POOL", kind="labour", equipment=equipment)
    assert "labour pool stands for people" in messages_of(exc, "equipment")
    add_resource(world, "VSP-R-202", equipment=equipment)
    with pytest.raises(ValidationError) as exc:
        add_resource(world, "VSP-R-202B", equipment=equipment)
    assert "VSP-R-202 is resource VSP-R-202 already." in messages_of(exc, "equipment")


def test_only_operations_and_administrators_keep_the_register(world):
    for person in (world.pm_alice, world.qa_quinn, world.sponsor_a_manager):
        with pytest.raises(PermissionDenied):
            services.resource_create(
                actor=person,
                details=services.ResourceDetails(
                    code="VSP-NOPE", name="No", kind="equipment", site=world.site
                ),
            )
    assert not Resource.objects.filter(code="VSP-NOPE").exists()


def test_an_edit_from_a_stale_copy_changes_nothing(world):
    resource = add_resource(world)
    services.resource_update(
        actor=engineer(world), resource=resource, details=details(resource, capacity=2), version=1
    )
    with pytest.raises(StaleEdit):
        services.resource_update(
            actor=engineer(world),
            resource=resource,
            details=details(resource, name="Renamed"),
            version=1,
        )
    resource.refresh_from_db()
    assert (resource.capacity, resource.name, resource.version) == (2, "Filling suite 2", 2)
    updated = AuditEvent.objects.filter(action="capacity.resource.updated")
    assert [e.changes for e in updated] == ['{"capacity":[1,2]}']


def test_a_resource_moves_site_only_while_no_open_task_there_needs_it(world, singen):
    resource = add_resource(world)
    task = work_task(world)
    services.task_demand_set(actor=world.pm_alice, task=task, resource=resource, units=1)
    with pytest.raises(ValidationError) as exc:
        services.resource_update(
            actor=engineer(world),
            resource=resource,
            details=details(resource, site=singen),
            version=1,
        )
    assert f"AUR-101-TT “{task.name}”" in messages_of(exc, "site")
    assert Resource.objects.get(pk=resource.pk).site == world.site


def test_retiring_needs_a_reason_and_no_open_task_needing_it(world):
    resource = add_resource(world)
    ops = engineer(world)
    with pytest.raises(ValidationError) as exc:
        services.resource_retire(actor=ops, resource=resource, reason=" ", version=1)
    assert "Say why" in messages_of(exc, "reason")
    task = work_task(world)
    demand = services.task_demand_set(actor=world.pm_alice, task=task, resource=resource, units=1)
    with pytest.raises(ValidationError) as exc:
        services.resource_retire(actor=ops, resource=resource, reason="Closed", version=1)
    assert "still needed by unfinished tasks" in messages_of(exc, "active")
    assert task.name in messages_of(exc, "active")
    services.task_demand_remove(actor=world.pm_alice, demand=demand)
    resource = services.resource_retire(actor=ops, resource=resource, reason="Closed", version=1)
    assert not resource.active and resource.version == 2
    with pytest.raises(ValidationError) as exc:
        services.resource_retire(actor=ops, resource=resource, reason="Again", version=2)
    assert "retired already" in messages_of(exc, "active")
    resource = services.resource_reactivate(actor=ops, resource=resource, version=2)
    assert resource.active
    with pytest.raises(ValidationError) as exc:
        services.resource_reactivate(actor=ops, resource=resource, version=3)
    assert "active already" in messages_of(exc, "active")
    actions = list(
        AuditEvent.objects.filter(target_type="capacity.resource", target_id=str(resource.pk))
        .order_by("seq")
        .values_list("action", "reason")
    )
    assert actions[-2:] == [
        ("capacity.resource.retired", "Closed"),
        ("capacity.resource.reactivated", ""),
    ]


# --------------------------------------------------------------------------- availability


def change(world, resource, start: int, end: int | None, units: int = 0, reason="Requalification"):
    return services.availability_add(
        actor=engineer(world),
        resource=resource,
        starts_on=day(start),
        ends_on=day(end) if end is not None else None,
        units=units,
        reason=reason,
    )


def test_an_availability_change_is_recorded_and_audited_on_its_resource(world):
    resource = add_resource(world)
    recorded = change(world, resource, 10, 24)
    assert resource.capacity_on(day(12)) == 0 and resource.capacity_on(day(25)) == 1
    event = AuditEvent.objects.get(action="capacity.availability.added")
    assert (event.parent_type, event.parent_id) == ("capacity.resource", str(resource.pk))
    assert event.reason == "Requalification"
    assert recorded.recorded_by == engineer(world)


@pytest.mark.parametrize(
    ("kwargs", "field", "words"),
    [
        ({"units": 501}, "units", "0 to 500"),
        ({"units": None}, "units", "0 to 500"),
        ({"reason": "  "}, "reason", "Say why"),
        ({"starts_on": None}, "starts_on", "first day"),
        ({"ends_on": TODAY - dt.timedelta(days=1)}, "ends_on", "on or after the first"),
    ],
)
def test_an_availability_change_is_refused_naming_the_field(world, kwargs, field, words):
    resource = add_resource(world)
    values = {"starts_on": TODAY, "ends_on": day(5), "units": 0, "reason": "Shutdown", **kwargs}
    with pytest.raises(ValidationError) as exc:
        services.availability_add(actor=engineer(world), resource=resource, **values)
    assert words in messages_of(exc, field)
    assert not Availability.objects.exists()


def test_an_overlapping_change_is_refused_naming_the_one_it_overlaps(world):
    resource = add_resource(world)
    first = change(world, resource, 10, 24)
    with pytest.raises(ValidationError) as exc:
        change(world, resource, 20, None, units=1, reason="Back")
    text = messages_of(exc, "starts_on")
    assert "overlaps the change from" in text and "(Requalification)" in text
    open_ended = change(world, resource, 30, None, units=2, reason="Second line")
    with pytest.raises(ValidationError):
        change(world, resource, 60, 70, units=0, reason="Inside the open-ended one")
    assert list(Availability.objects.order_by("starts_on")) == [first, open_ended]


def test_a_change_is_corrected_from_its_token_and_a_stale_one_is_refused(world):
    resource = add_resource(world)
    recorded = change(world, resource, 10, 24)
    token = services.change_token(recorded)
    ops = engineer(world)
    fixed = services.availability_update(
        actor=ops,
        change=recorded,
        starts_on=day(10),
        ends_on=day(17),
        units=0,
        reason="Requalification (shortened)",
        token=token,
    )
    assert fixed.ends_on == day(17)
    with pytest.raises(StaleEdit):
        services.availability_update(
            actor=ops,
            change=recorded,
            starts_on=day(11),
            ends_on=day(17),
            units=0,
            reason="Stale",
            token=token,
        )
    assert Availability.objects.get().reason == "Requalification (shortened)"
    event = AuditEvent.objects.get(action="capacity.availability.changed")
    assert "Requalification (shortened)" in event.changes


def test_a_change_is_removed_only_with_a_reason(world):
    resource = add_resource(world)
    recorded = change(world, resource, 10, 24)
    with pytest.raises(ValidationError) as exc:
        services.availability_remove(actor=engineer(world), change=recorded, reason="")
    assert "Say why" in messages_of(exc, "reason")
    services.availability_remove(actor=engineer(world), change=recorded, reason="Postponed")
    assert not Availability.objects.exists()
    assert AuditEvent.objects.get(action="capacity.availability.removed").reason == "Postponed"


def test_availability_is_kept_by_operations_only(world):
    resource = add_resource(world)
    with pytest.raises(PermissionDenied):
        services.availability_add(
            actor=world.pm_alice,
            resource=resource,
            starts_on=TODAY,
            ends_on=None,
            units=0,
            reason="Not mine",
        )


# --------------------------------------------------------------------------- demands


def test_a_task_demands_a_resource_and_changes_its_units(world):
    resource = add_resource(world, "VSP-QC-POOL", kind="labour", capacity=6, unit="analysts")
    task = work_task(world)
    demand = services.task_demand_set(actor=world.pm_alice, task=task, resource=resource, units=2)
    again = services.task_demand_set(actor=world.pm_alice, task=task, resource=resource, units=2)
    assert again.pk == demand.pk
    services.task_demand_set(actor=world.pm_alice, task=task, resource=resource, units=3)
    assert TaskDemand.objects.get().units == 3
    events = AuditEvent.objects.filter(target_type="capacity.taskdemand").order_by("seq")
    assert [e.action for e in events] == [
        "capacity.taskdemand.added",
        "capacity.taskdemand.changed",
    ]
    assert events[0].sponsor_id == world.sponsor_a.pk
    assert (events[0].parent_type, events[0].parent_id) == ("planning.task", str(task.pk))


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        (Task.Kind.SUMMARY, "A summary follows its tasks"),
        (Task.Kind.MILESTONE, "A milestone takes no time"),
        (Task.Kind.DECISION, "A decision point takes no time"),
    ],
)
def test_summaries_and_milestones_demand_nothing(world, kind, words):
    resource = add_resource(world)
    task = kind_task(world, kind)
    with pytest.raises(ValidationError) as exc:
        services.task_demand_set(actor=world.pm_alice, task=task, resource=resource, units=1)
    assert words in messages_of(exc, "resource")


def test_a_task_demands_only_active_resources_of_its_projects_site(world, register_rows):
    task = work_task(world)
    pm = world.pm_alice
    with pytest.raises(ValidationError) as exc:
        services.task_demand_set(actor=pm, task=task, resource=register_rows["bio"], units=1)
    assert "SGN-BR-01 is at Singen biologics, not at the project's site (Visp API plant)." in (
        messages_of(exc, "resource")
    )
    with pytest.raises(ValidationError) as exc:
        services.task_demand_set(actor=pm, task=task, resource=register_rows["old"], units=1)
    assert "VSP-SUITE-1 is retired" in messages_of(exc, "resource")
    with pytest.raises(ValidationError) as exc:
        services.task_demand_set(actor=pm, task=task, resource=register_rows["pool"], units=0)
    assert "1 to 500" in messages_of(exc, "units")
    assert not TaskDemand.objects.exists()


def test_a_finished_task_keeps_its_demands(world):
    resource = add_resource(world)
    task = work_task(world)
    demand = services.task_demand_set(actor=world.pm_alice, task=task, resource=resource, units=1)
    Task.objects.filter(pk=task.pk).update(actual_start=day(-9), actual_finish=day(-2))
    task.refresh_from_db()
    with pytest.raises(ValidationError) as exc:
        services.task_demand_set(actor=world.pm_alice, task=task, resource=resource, units=2)
    assert "finished" in messages_of(exc, "resource")
    demand.refresh_from_db()
    with pytest.raises(ValidationError):
        services.task_demand_remove(actor=world.pm_alice, demand=demand)
    assert TaskDemand.objects.get().units == 1


def test_only_planners_set_demands(world):
    resource = add_resource(world)
    task = work_task(world)
    for person in (engineer(world), world.qa_quinn, world.sponsor_a_manager):
        with pytest.raises(PermissionDenied):
            services.task_demand_set(actor=person, task=task, resource=resource, units=1)
    assert not TaskDemand.objects.exists()


# --------------------------------------------------------------------------- pages


def _codes(response) -> list[str]:
    page = response.content.decode()
    codes = ("VSP-QC-POOL", "VSP-SUITE-1", "VSP-SUITE-2", "SGN-BR-01")
    return sorted(code for code in codes if code in page)


def test_the_list_searches_and_filters_by_site_kind_and_state(world, register_rows):
    staff = client_for(world.pm_alice)
    url = reverse("capacity:resource_list")
    assert _codes(staff.get(url)) == ["SGN-BR-01", "VSP-QC-POOL", "VSP-SUITE-1", "VSP-SUITE-2"]
    assert _codes(staff.get(url, {"q": "qc analysts"})) == ["VSP-QC-POOL"]
    assert _codes(staff.get(url, {"q": "sgn-br"})) == ["SGN-BR-01"]
    assert _codes(staff.get(url, {"q": "suite"})) == ["VSP-SUITE-1", "VSP-SUITE-2"]
    assert _codes(staff.get(url, {"site": register_rows["singen"].pk})) == ["SGN-BR-01"]
    assert _codes(staff.get(url, {"kind": "labour"})) == ["VSP-QC-POOL"]
    assert _codes(staff.get(url, {"state": "retired"})) == ["VSP-SUITE-1"]
    body = staff.get(url).content.decode()
    assert "Labour pool" in body and "Every day (continuous operation)" in body
    assert "Retired" in body
    empty = staff.get(url, {"q": "nothing-like-this"}).content.decode()
    assert "No resource matches these filters." in empty


def test_an_empty_register_says_so_and_invites_operations(world):
    body = client_for(engineer(world)).get(reverse("capacity:resource_list")).content.decode()
    assert "No resource in the register yet." in body and "Add the first one" in body


def test_the_export_follows_the_filters_in_csv_and_excel(world, register_rows):
    staff = client_for(world.qa_quinn)
    change(world, register_rows["suite"], 10, 24)
    csv = staff.get(reverse("capacity:resource_export", args=["csv"]), {"site": world.site.pk})
    text = csv.content.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("Code,Name,Kind,Role,Site,Capacity,Unit,Works on")
    assert "VSP-SUITE-2" in text and "SGN-BR-01" not in text
    assert "Labour pool" in text and "(Requalification)" in text
    xlsx = staff.get(reverse("capacity:resource_export", args=["xlsx"]))
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == [
        "SGN-BR-01",
        "VSP-QC-POOL",
        "VSP-SUITE-1",
        "VSP-SUITE-2",
    ]
    assert staff.get(reverse("capacity:resource_export", args=["pdf"])).status_code == 404


def test_the_detail_shows_capacity_equipment_changes_and_the_next_90_days(world):
    equipment = register(world, "VSP-FILL-02", kind="suite", name="Filling suite 2")
    resource = add_resource(world, "", name="", equipment=equipment)
    change(world, resource, 30, 44)
    task = work_task(world, start_in=7, days=5)
    services.task_demand_set(actor=world.pm_alice, task=task, resource=resource, units=1)
    later = work_task(world, start_in=120, index=1)
    services.task_demand_set(actor=world.pm_alice, task=later, resource=resource, units=1)
    body = (
        client_for(world.pm_alice)
        .get(reverse("capacity:resource_detail", args=[resource.pk]))
        .content.decode()
    )
    assert "1 suite on a working day" in body
    assert "works on the site&#x27;s working days" in body
    assert reverse("equipment:detail", args=[equipment.pk]) in body
    assert "(Requalification)" not in body  # the table shows the reason in its own column
    assert "Requalification" in body and "Down" in body
    tasks = body.split('data-testid="demanding-tasks"')[1].split("</table>")[0]
    assert task.name in tasks and "AUR-101-TT" in tasks and later.name not in tasks
    assert "Within capacity" in body
    bars = body.split('data-testid="load-bars"')[1].split("</svg>")[0]
    assert bars.count("<rect") == 2 * 13  # a capacity and a load bar per week
    assert "Add to the register" not in body and "Record a change" not in body  # PM reads


def test_a_week_over_capacity_is_flagged(world):
    resource = add_resource(world)
    for index in (0, 1):
        task = work_task(world, start_in=14, days=3, index=index)
        services.task_demand_set(actor=world.pm_alice, task=task, resource=resource, units=1)
    body = (
        client_for(world.pm_alice)
        .get(reverse("capacity:resource_detail", args=[resource.pk]))
        .content.decode()
    )
    assert "Over capacity on" in body
    assert "over capacity on" in body.split('data-testid="weeks"')[1]


def test_operations_creates_and_edits_a_resource_through_the_forms(world):
    ops = client_for(engineer(world))
    response = ops.post(
        reverse("capacity:resource_create"),
        {
            "code": "vsp-qc-hplc",
            "name": "HPLC analysts",
            "kind": "labour",
            "site": world.site.pk,
            "capacity": 4,
            "unit": "analysts",
            "calendar": "site",
            "role": "qc_analysts",
        },
    )
    resource = Resource.objects.get(code="VSP-QC-HPLC")
    assert resource.get_role_display() == "QC analysts"
    assert response.status_code == 302
    assert response["Location"] == reverse("capacity:resource_detail", args=[resource.pk])
    edit = reverse("capacity:resource_edit", args=[resource.pk])
    form = {
        "code": "VSP-QC-HPLC",
        "name": "HPLC analysts",
        "kind": "labour",
        "site": world.site.pk,
        "capacity": 5,
        "unit": "analysts",
        "calendar": "site",
        "role": "qc_analysts",
        "version": 1,
    }
    assert ops.post(edit, form).status_code == 302
    stale = ops.post(edit, {**form, "capacity": 7})
    assert stale.status_code == 409
    assert "Someone else changed this resource" in stale.content.decode()
    assert Resource.objects.get(pk=resource.pk).capacity == 5
    refused = ops.post(edit, {**form, "version": 2, "capacity": 0})
    assert refused.status_code == 200
    assert "Ensure this value is greater than or equal to 1." in refused.content.decode()


def test_availability_is_added_edited_and_removed_on_the_resource_page(world):
    resource = add_resource(world)
    ops = client_for(engineer(world))
    detail = reverse("capacity:resource_detail", args=[resource.pk])
    add = reverse("capacity:availability_add", args=[resource.pk])
    answer = ops.post(
        add, {"starts_on": day(10).isoformat(), "units": 0, "reason": "Requalification"}
    )
    assert answer.status_code == 302 and answer["Location"] == f"{detail}#availability"
    recorded = Availability.objects.get()
    refused = ops.post(add, {"starts_on": day(20).isoformat(), "units": 1, "reason": "Overlaps"})
    assert refused.status_code == 200
    assert "This period overlaps the change from" in refused.content.decode()
    prefix = f"change-{recorded.pk}"
    edit = ops.post(
        reverse("capacity:availability_edit", args=[recorded.pk]),
        {
            f"{prefix}-starts_on": day(10).isoformat(),
            f"{prefix}-ends_on": day(17).isoformat(),
            f"{prefix}-units": 0,
            f"{prefix}-reason": "Requalification, one week",
            f"{prefix}-token": services.change_token(recorded),
        },
    )
    assert edit.status_code == 302
    recorded.refresh_from_db()
    assert recorded.ends_on == day(17)
    remove = reverse("capacity:availability_remove", args=[recorded.pk])
    ops.post(remove, {"reason": ""})
    assert Availability.objects.exists()
    ops.post(remove, {"reason": "Postponed to spring"})
    assert not Availability.objects.exists()


def test_the_history_shows_the_resource_and_its_availability_changes(world):
    resource = add_resource(world)
    change(world, resource, 10, 24)
    services.resource_retire(actor=engineer(world), resource=resource, reason="Closed", version=1)
    body = (
        client_for(world.qa_quinn)
        .get(reverse("capacity:resource_history", args=[resource.pk]))
        .content.decode()
    )
    assert "Resource · audit trail" in body and "History of VSP-SUITE-2 Filling suite 2" in body
    assert "Requalification" in body and "Closed" in body
    sponsor = client_for(world.sponsor_a_manager)
    assert sponsor.get(reverse("capacity:resource_history", args=[resource.pk])).status_code == 403


def test_retiring_on_the_page_needs_a_reason(world):
    resource = add_resource(world)
    ops = client_for(engineer(world))
    url = reverse("capacity:resource_retire", args=[resource.pk])
    assert ops.post(url, {"reason": "", "version": 1}).status_code == 200
    assert Resource.objects.get(pk=resource.pk).active
    assert ops.post(url, {"reason": "Sold", "version": 1}).status_code == 302
    assert not Resource.objects.get(pk=resource.pk).active
    back = reverse("capacity:resource_reactivate", args=[resource.pk])
    assert ops.post(back, {"reason": "", "version": 2}).status_code == 302
    assert Resource.objects.get(pk=resource.pk).active


def test_the_register_is_closed_to_sponsor_users_and_to_readers_who_cannot_keep_it(world):
    resource = add_resource(world)
    sponsor = client_for(world.sponsor_a_manager)
    assert sponsor.get(reverse("capacity:resource_list")).status_code == 403
    assert sponsor.get(reverse("capacity:resource_detail", args=[resource.pk])).status_code == 403
    pm = client_for(world.pm_alice)
    assert pm.get(reverse("capacity:resource_create")).status_code == 403
    assert pm.get(reverse("capacity:resource_edit", args=[resource.pk])).status_code == 403


# --------------------------------------------------------------------------- task page


def test_the_task_page_lists_what_the_task_needs_and_adds_and_removes_demands(world, register_rows):
    task = work_task(world)
    pm = client_for(world.pm_alice)
    page = reverse("planning:task_people", args=[task.pk])
    body = pm.get(page).content.decode()
    card = body.split('data-testid="task-demands"')[1].split("</section>")[0]
    assert "Resources needed" in body and "The task asks for no resource yet." in card
    options = card.split('name="resource"')[1].split("</select>")[0]
    assert "VSP-SUITE-2" in options and "VSP-QC-POOL" in options
    assert "SGN-BR-01" not in options and "VSP-SUITE-1" not in options  # elsewhere, retired
    add = reverse("capacity:task_demands", args=[task.pk])
    answer = pm.post(add, {"resource": register_rows["pool"].pk, "units": 2})
    assert answer.status_code == 302 and answer["Location"] == f"{page}#resources"
    card = pm.get(page).content.decode().split('data-testid="task-demands"')[1]
    assert "VSP-QC-POOL" in card and "2 analysts" in card
    refused = pm.post(add, {"resource": register_rows["bio"].pk, "units": 1})
    assert refused.status_code == 200 and "Select a valid choice" in refused.content.decode()
    demand = TaskDemand.objects.get()
    assert pm.post(reverse("capacity:demand_remove", args=[demand.pk])).status_code == 302
    assert not TaskDemand.objects.exists()


def test_a_milestone_page_says_it_holds_nothing_and_offers_no_form(world, register_rows):
    milestone = kind_task(world, Task.Kind.MILESTONE)
    body = (
        client_for(world.pm_alice)
        .get(reverse("capacity:task_demands", args=[milestone.pk]))
        .content.decode()
    )
    assert "A milestone takes no time, so it holds no resource." in body
    assert "Ask for it" not in body


def test_readers_see_the_card_without_forms_and_sponsors_never_see_it(world, register_rows):
    task = work_task(world)
    services.task_demand_set(
        actor=world.pm_alice, task=task, resource=register_rows["suite"], units=1
    )
    reader = client_for(world.qa_quinn).get(reverse("capacity:task_demands", args=[task.pk]))
    assert "VSP-SUITE-2" in reader.content.decode() and "Ask for it" not in reader.content.decode()
    refused = client_for(world.qa_quinn).post(
        reverse("capacity:task_demands", args=[task.pk]),
        {"resource": register_rows["pool"].pk, "units": 1},
    )
    assert refused.status_code == 403
    sponsor = client_for(world.sponsor_a_manager)
    assert sponsor.get(reverse("capacity:task_demands", args=[task.pk])).status_code == 403


# --------------------------------------------------------------------------- search


def test_staff_find_a_resource_and_sponsor_users_never_do(world, register_rows):
    staff = client_for(world.pm_alice).get("/api/v1/search", {"q": "VSP-QC-POOL"}).json()
    group = next(g for g in staff["groups"] if g["type"] == "resources")
    assert group["count"] == 1 and group["label"] == "Resources"
    hit = group["items"][0]
    assert hit["url"] == reverse("capacity:resource_detail", args=[register_rows["pool"].pk])
    assert "Labour pool · 6 analysts · Visp API plant" in hit["context"]
    for person in (world.sponsor_a_manager, world.sponsor_b_contact):
        found = client_for(person).get("/api/v1/search", {"q": "VSP-QC-POOL"}).json()
        assert found["total"] == 0


# --------------------------------------------------------------------------- browser


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_planner_asks_for_a_resource_with_the_keyboard_alone(browser, site):  # noqa: F811
    base_url, world = site
    add_resource(
        world, "VSP-QC-POOL", name="QC analysts", kind="labour", capacity=6, unit="analysts"
    )
    task = work_task(world)
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    _sign_in(page, base_url, "pm.alice")
    page.goto(f"{base_url}{reverse('planning:task_people', args=[task.pk])}")
    card = page.get_by_test_id("task-demands")
    card.get_by_label("Resource").focus()
    page.keyboard.press("ArrowDown")  # the first resource of the site
    card.get_by_label("Units").fill("2")
    card.get_by_label("Units").press("Enter")
    page.wait_for_load_state("networkidle")
    assert page.url.endswith("#resources")
    card = page.get_by_test_id("task-demands")
    assert card.get_by_role("link", name="VSP-QC-POOL QC analysts").is_visible()
    assert "2 analysts" in card.inner_text()
    card.screenshot(path=str(ARTIFACTS / "capacity-task-demands.png"))
    card.get_by_role("link", name="VSP-QC-POOL QC analysts").click()
    page.wait_for_load_state("networkidle")
    assert page.get_by_test_id("demanding-tasks").get_by_role("link", name=task.name).is_visible()
    page.screenshot(path=str(ARTIFACTS / "capacity-resource.png"), full_page=True)
