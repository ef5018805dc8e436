"""The resource register and the demands of plan tasks through the API: the same
services as the pages, versions through ETag and If-Match (412 for a stale If-Match, 409
for a stale body version, 428 for neither), errors naming the API's own fields, and 403
for sponsor users before any lookup."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.capacity.models import Availability, Resource, TaskDemand
from accord.core import clock
from tests.capacity_rows import add_resource, kind_task, work_task
from tests.conftest import client_for
from tests.equipment_rows import engineer, register
from tests.factories import SiteFactory

JSON = "application/json"
TODAY = clock.today()


def day(offset: int) -> str:
    return (TODAY + dt.timedelta(days=offset)).isoformat()


@pytest.fixture
def ops(world):
    return client_for(engineer(world))


def test_resources_are_listed_filtered_and_read_with_their_labels_and_version(world, ops):
    singen = SiteFactory(organization=world.cdmo, code="SGN", name="Singen biologics")
    add_resource(world, "VSP-SUITE-2")
    pool = add_resource(
        world, "VSP-QC-POOL", name="QC analysts", kind="labour", capacity=6, unit="analysts"
    )
    add_resource(world, "SGN-BR-01", name="Bioreactor", site=singen, calendar="continuous")
    listing = ops.get("/api/v1/resources").json()
    assert [r["code"] for r in listing["items"]] == ["SGN-BR-01", "VSP-QC-POOL", "VSP-SUITE-2"]
    assert listing["count"] == 3
    labour = ops.get("/api/v1/resources", {"kind": "labour"}).json()["items"]
    assert [r["code"] for r in labour] == ["VSP-QC-POOL"]
    assert labour[0]["kind_label"] == "Labour pool"
    assert labour[0]["calendar_label"] == "The site's working days"
    at_singen = ops.get("/api/v1/resources", {"site_id": singen.pk}).json()["items"]
    assert [r["calendar_label"] for r in at_singen] == ["Every day (continuous operation)"]
    assert ops.get("/api/v1/resources", {"q": "analysts"}).json()["count"] == 1
    assert ops.get("/api/v1/resources", {"active": "false"}).json()["count"] == 0
    one = ops.get(f"/api/v1/resources/{pool.pk}")
    assert one.status_code == 200 and one["ETag"] == '"1"'
    assert one.json()["active_label"] == "Active" and one.json()["capacity"] == 6
    assert ops.get("/api/v1/resources/987654").status_code == 404


def test_a_resource_is_created_and_patched_with_if_match_or_its_version(world, ops):
    equipment = register(world, "VSP-R-301", kind="reactor", name="Reactor 4,000 L")
    created = ops.post(
        "/api/v1/resources",
        {"kind": "equipment", "site_id": world.site.pk, "equipment_id": equipment.pk},
        content_type=JSON,
    )
    assert created.status_code == 201 and created["ETag"] == '"1"'
    body = created.json()
    assert (body["code"], body["name"]) == ("VSP-R-301", "Reactor 4,000 L")
    assert body["equipment_label"] == "VSP-R-301 Reactor 4,000 L"
    url = f"/api/v1/resources/{body['id']}"
    assert ops.patch(url, {"capacity": 2}, content_type=JSON).status_code == 428
    patched = ops.patch(url, {"capacity": 2}, content_type=JSON, headers={"If-Match": '"1"'})
    assert patched.status_code == 200 and patched["ETag"] == '"2"'
    assert patched.json()["capacity"] == 2 and patched.json()["name"] == "Reactor 4,000 L"
    stale = ops.patch(url, {"capacity": 3}, content_type=JSON, headers={"If-Match": '"1"'})
    assert stale.status_code == 412
    stale = ops.patch(url, {"capacity": 3, "version": 1}, content_type=JSON)
    assert stale.status_code == 409
    assert Resource.objects.get(pk=body["id"]).capacity == 2
    unlinked = ops.patch(url, {"equipment_id": None, "version": 2}, content_type=JSON)
    assert unlinked.json()["equipment_id"] is None


def test_refusals_name_the_apis_own_fields(world, ops):
    singen = SiteFactory(organization=world.cdmo, code="SGN", name="Singen biologics")
    equipment = register(world, "VSP-R-302", kind="reactor")
    refused = ops.post(
        "/api/v1/resources",
        {
            "code": "SGN-X",
            "name": "X",
            "kind": "equipment",
            "site_id": singen.pk,
            "equipment_id": equipment.pk,
        },
        content_type=JSON,
    )
    assert refused.status_code == 422
    errors = {e["field"]: e["message"] for e in refused.json()["errors"]}
    assert errors["equipment_id"] == "VSP-R-302 is at Visp API plant, not at Singen biologics."
    missing = ops.post(
        "/api/v1/resources",
        {"code": "VSP-X", "name": "X", "kind": "equipment", "site_id": 987654},
        content_type=JSON,
    )
    assert missing.status_code == 422
    assert missing.json()["errors"][0]["field"] == "site_id"
    too_big = ops.post(
        "/api/v1/resources",
        {"code": "VSP-X", "name": "X", "kind": "labour", "site_id": world.site.pk, "capacity": 501},
        content_type=JSON,
    )
    assert too_big.status_code == 422
    assert not Resource.objects.filter(code__in=["SGN-X", "VSP-X"]).exists()


def test_a_resource_is_retired_with_a_reason_and_reactivated(world, ops):
    resource = add_resource(world)
    url = f"/api/v1/resources/{resource.pk}"
    no_reason = ops.post(f"{url}/retire", {"version": 1}, content_type=JSON)
    assert no_reason.status_code == 422
    assert no_reason.json()["errors"][0]["field"] == "reason"
    retired = ops.post(f"{url}/retire", {"reason": "Sold", "version": 1}, content_type=JSON)
    assert retired.json()["active_label"] == "Retired"
    again = ops.post(f"{url}/reactivate", {}, content_type=JSON, headers={"If-Match": '"2"'})
    assert again.status_code == 200 and again.json()["active"] is True


def test_availability_changes_are_added_corrected_with_their_token_and_removed(world, ops):
    resource = add_resource(world)
    url = f"/api/v1/resources/{resource.pk}/availability"
    added = ops.post(
        url,
        {"starts_on": day(10), "ends_on": day(24), "units": 0, "reason": "Requalification"},
        content_type=JSON,
    )
    assert added.status_code == 201
    change = added.json()
    assert change["label"].startswith("from ") and change["label"].endswith(
        "0 suite (Requalification)"
    )
    overlap = ops.post(url, {"starts_on": day(20), "units": 1, "reason": "Back"}, content_type=JSON)
    assert overlap.status_code == 422
    assert overlap.json()["errors"][0]["field"] == "starts_on"
    one = f"{url}/{change['id']}"
    assert ops.patch(one, {"ends_on": day(17)}, content_type=JSON).status_code == 428
    fixed = ops.patch(
        one, {"ends_on": day(17)}, content_type=JSON, headers={"If-Match": f'"{change["token"]}"'}
    )
    assert fixed.status_code == 200 and fixed.json()["ends_on"] == day(17)
    stale = ops.patch(
        one, {"units": 1}, content_type=JSON, headers={"If-Match": f'"{change["token"]}"'}
    )
    assert stale.status_code == 412
    open_ended = ops.patch(
        one, {"ends_on": None, "token": fixed.json()["token"]}, content_type=JSON
    )
    assert open_ended.json()["ends_on"] is None
    assert [c["id"] for c in ops.get(url).json()] == [change["id"]]
    assert ops.delete(one).status_code == 422  # no reason
    assert ops.delete(f"{one}?reason=Postponed").status_code == 204
    assert not Availability.objects.exists()


def test_a_plan_tasks_demands_are_put_read_and_deleted(world):
    suite = add_resource(world)
    task = work_task(world)
    pm = client_for(world.pm_alice)
    url = f"/api/v1/projects/{world.project_a.pk}/plan/tasks/{task.pk}/demands"
    put = pm.put(f"{url}/{suite.pk}", {"units": 1}, content_type=JSON)
    assert put.status_code == 200
    assert put.json()["label"] == "1 suite of VSP-SUITE-2 Filling suite 2"
    assert put.json()["project_code"] == "AUR-101-TT"
    pm.put(f"{url}/{suite.pk}", {"units": 1}, content_type=JSON)  # the same: no change
    assert [d["resource_code"] for d in pm.get(url).json()] == ["VSP-SUITE-2"]
    assert TaskDemand.objects.get().units == 1
    other = f"/api/v1/projects/{world.project_b.pk}/plan/tasks/{task.pk}/demands"
    assert pm.get(other).status_code == 404  # the task is not of that project
    assert pm.delete(f"{url}/{suite.pk}").status_code == 204
    assert pm.delete(f"{url}/{suite.pk}").status_code == 404
    assert not TaskDemand.objects.exists()


def test_a_demand_refused_names_the_resource_id(world):
    singen = SiteFactory(organization=world.cdmo, code="SGN", name="Singen biologics")
    far = add_resource(world, "SGN-BR-01", site=singen)
    milestone = kind_task(world, "milestone")
    pm = client_for(world.pm_alice)
    base = f"/api/v1/projects/{world.project_a.pk}/plan/tasks"
    task = work_task(world)
    elsewhere = pm.put(f"{base}/{task.pk}/demands/{far.pk}", {"units": 1}, content_type=JSON)
    assert elsewhere.status_code == 422
    assert elsewhere.json()["errors"][0]["field"] == "resource_id"
    assert "not at the project's site" in elsewhere.json()["errors"][0]["message"]
    suite = add_resource(world)
    on_milestone = pm.put(
        f"{base}/{milestone.pk}/demands/{suite.pk}", {"units": 1}, content_type=JSON
    )
    assert on_milestone.status_code == 422
    missing = pm.put(f"{base}/{task.pk}/demands/987654", {"units": 1}, content_type=JSON)
    assert missing.json()["errors"][0]["field"] == "resource_id"
    ops = client_for(engineer(world))  # keeps the register, does not plan
    assert (
        ops.put(f"{base}/{task.pk}/demands/{suite.pk}", {"units": 1}, content_type=JSON).status_code
        == 403
    )
    assert not TaskDemand.objects.exists()


def test_sponsor_users_get_403_before_any_lookup(world):
    resource = add_resource(world)
    task = work_task(world)
    demands = f"/api/v1/projects/{world.project_a.pk}/plan/tasks/{task.pk}/demands"
    for person in (world.sponsor_a_manager, world.sponsor_b_contact):
        client = client_for(person)
        for url in (
            "/api/v1/resources",
            f"/api/v1/resources/{resource.pk}",
            "/api/v1/resources/987654",
            f"/api/v1/resources/{resource.pk}/availability",
            demands,
        ):
            assert client.get(url).status_code == 403, url
        put = client.put(f"{demands}/{resource.pk}", {"units": 1}, content_type=JSON)
        assert put.status_code == 403
        assert (
            client.post(
                "/api/v1/resources",
                {"code": "X", "name": "X", "kind": "labour", "site_id": world.site.pk},
                content_type=JSON,
            ).status_code
            == 403
        )
    assert not TaskDemand.objects.exists()
    assert Resource.objects.count() == 1


def test_a_resource_role_is_written_and_read_with_its_label(world):
    import json

    api = client_for(world.admin_ada)
    made = api.post(
        "/api/v1/resources",
        json.dumps(
            {
                "code": "vsp-qc-pool",
                "name": "QC analysts",
                "kind": "labour",
                "role": "qc_analysts",
                "site_id": world.site.pk,
                "capacity": 8,
                "unit": "analysts",
            }
        ),
        content_type="application/json",
    )
    assert made.status_code == 201, made.content
    body = made.json()
    assert (body["role"], body["role_label"]) == ("qc_analysts", "QC analysts")
    bad = api.post(
        "/api/v1/resources",
        json.dumps(
            {
                "code": "X2",
                "name": "X",
                "kind": "labour",
                "role": "janitor",
                "site_id": world.site.pk,
            }
        ),
        content_type="application/json",
    )
    assert bad.status_code == 422 and "role" in bad.content.decode()
