"""Leveling runs, a project's outcomes and plan-change conflicts through the API, with the
pages' services: a run started by a planner is proposed, applied with If-Match by whoever
may apply, refused when stale; a sponsor reads only its own project's applied outcome."""

from __future__ import annotations

import json

import pytest

from accord.capacity.models import LevelingRun, RunStatus, TaskDemand
from accord.planning.models import Task
from tests.conftest import client_for
from tests.test_capacity_leveling import batch_of, project_with_batch, suite

JSON = "application/json"


@pytest.fixture
def contest(world):
    a1 = suite(world)
    first = project_with_batch(world, world.sponsor_a, "AUR-LVL")
    second = project_with_batch(world, world.sponsor_b, "BOR-LVL", lead_days=3)
    for project in (first, second):
        TaskDemand.objects.create(task=batch_of(project), resource=a1, units=1)
    return a1, first, second


def post(client, url: str, body: dict, **headers):
    return client.post(url, json.dumps(body), content_type=JSON, **headers)


def test_a_run_through_the_api_from_start_to_applied(world, contest):
    a1, first, second = contest
    planner = client_for(world.pm_alice)
    started = post(planner, "/api/v1/capacity/leveling-runs", {"note": "API run"})
    assert started.status_code == 201  # jobs run inline in the suite: done at once
    run = started.json()
    assert started["Location"] == f"/api/v1/capacity/leveling-runs/{run['id']}"
    assert run["status"] == "proposed" and run["status_label"].startswith("Proposed")
    assert run["moves"] >= 1 and len(run["overloads_before"]) == 1
    assert run["overloads_before"][0]["resource"] == "VSP-SUITE-A1"
    assert {o["project_code"] for o in run["outcomes"]} >= {"AUR-LVL", "BOR-LVL"}
    moves = planner.get(f"/api/v1/capacity/leveling-runs/{run['id']}/moves").json()["items"]
    held = [m for m in moves if m["hold"]]
    assert [(m["project_code"], m["task_name"], m["waits_for"]) for m in held] == [
        ("BOR-LVL", "GMP batch manufacture", "VSP-SUITE-A1")
    ]
    url = f"/api/v1/capacity/leveling-runs/{run['id']}/apply"
    assert post(planner, url, {}, HTTP_IF_MATCH='"1"').status_code == 403  # may not apply
    admin = client_for(world.admin_ada)
    assert post(admin, url, {}, HTTP_IF_MATCH='"9"').status_code == 412
    assert post(admin, url, {}).status_code == 428
    applied = post(admin, url, {"reason": "Agreed"}, HTTP_IF_MATCH=f'"{run["version"]}"')
    assert applied.status_code == 200, applied.content
    assert applied.json()["status"] == "applied"
    assert batch_of(second).leveled_start.isoformat() == held[0]["leveled_start"]
    listing = planner.get("/api/v1/capacity/leveling-runs", {"status": "applied"}).json()
    assert [r["id"] for r in listing["items"]] == [run["id"]]


def test_discarding_through_the_api_needs_a_reason(world, contest):
    run = post(client_for(world.pm_alice), "/api/v1/capacity/leveling-runs", {}).json()
    admin = client_for(world.admin_ada)
    url = f"/api/v1/capacity/leveling-runs/{run['id']}/discard"
    refused = post(admin, url, {"version": run["version"]})
    assert refused.status_code == 422 and "why" in refused.content.decode()
    done = post(admin, url, {"version": run["version"], "reason": "Ops reshuffle"})
    assert done.status_code == 200 and done.json()["status"] == "discarded"
    assert LevelingRun.objects.get().status == RunStatus.DISCARDED


def test_a_sponsor_reads_only_its_own_applied_outcome(world, contest):
    a1, first, second = contest
    run = post(client_for(world.pm_alice), "/api/v1/capacity/leveling-runs", {}).json()
    b = client_for(world.sponsor_b_manager)
    url = f"/api/v1/projects/{second.pk}/capacity-outcomes"
    assert b.get(url).json()["items"] == []  # proposed only
    post(
        client_for(world.admin_ada),
        f"/api/v1/capacity/leveling-runs/{run['id']}/apply",
        {"version": run["version"]},
    )
    items = b.get(url).json()["items"]
    assert len(items) == 1 and items[0]["project_code"] == "BOR-LVL"
    assert items[0]["run_id"] is None and items[0]["status_label"] is None  # internal
    assert items[0]["delay_days"] > 0
    assert b.get(f"/api/v1/projects/{first.pk}/capacity-outcomes").status_code == 404
    assert b.get("/api/v1/capacity/leveling-runs").status_code == 403


def test_the_conflicts_dry_run_names_the_overload_and_saves_nothing(world):
    a1 = suite(world)
    first = project_with_batch(world, world.sponsor_a, "AUR-LVL")
    second = project_with_batch(world, world.sponsor_b, "BOR-LVL", lead_days=10)
    for project in (first, second):
        TaskDemand.objects.create(task=batch_of(project), resource=a1, units=1)
    prep = Task.objects.get(project=second, name="Batch record and materials")
    planner = client_for(world.pm_alice)
    url = f"/api/v1/projects/{second.pk}/plan/capacity-conflicts"
    answer = post(planner, url, {"changes": [{"task_id": prep.pk, "duration_days": 4}]})
    assert answer.status_code == 200
    [conflict] = answer.json()
    assert conflict["resource"] == "VSP-SUITE-A1"
    assert (conflict["asked"], conflict["available"]) == (2, 1)
    assert conflict["projects"] == ["BOR-LVL", "AUR-LVL"]
    assert Task.objects.get(pk=prep.pk).duration_days == 10
    other = Task.objects.get(project=first, name="Batch record and materials")
    wrong = post(planner, url, {"changes": [{"task_id": other.pk, "duration_days": 4}]})
    assert wrong.status_code == 422 and "changes.0.task_id" in wrong.content.decode()
    bad = post(planner, url, {"changes": [{"task_id": prep.pk, "constraint_type": "soon"}]})
    assert bad.status_code == 422 and "changes.0.constraint_type" in bad.content.decode()
