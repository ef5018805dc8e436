"""A project's plan through the API: tasks, links, bulk edits scheduled once, progress,
milestones, the Gantt data, baselines, decisions, schedule-risk runs and calendar feeds."""

from __future__ import annotations

import datetime as dt
import json
from unittest import mock

import pytest
from django.urls import reverse

from accord.audit.models import AuditEvent
from accord.planning import scheduling
from accord.planning.models import Baseline, CalendarFeed, Decision, Dependency, Simulation, Task
from tests.conftest import client_for
from tests.factories import PASSWORD
from tests.test_planning import _plan

JSON = "application/json"


def _url(world, tail: str) -> str:
    return f"/api/v1/projects/{world.project_a.pk}/plan/{tail}"


def _errors(response) -> dict[str, str]:
    return {e["field"]: e["message"] for e in response.json()["errors"]}


def _events() -> int:
    return AuditEvent.objects.count()


# --- tasks


def test_tasks_list_with_computed_dates_and_the_plan_pages_filters(world):
    tasks = _plan(world)
    api = client_for(world.sponsor_a_manager)  # sponsors read the plan, as on the page
    body = api.get(_url(world, "tasks"), {"page_size": 200}).json()
    assert body["count"] == Task.objects.filter(project=world.project_a).count()
    kickoff = next(t for t in body["items"] if t["id"] == tasks["kickoff"].pk)
    assert (kickoff["early_start"], kickoff["early_finish"]) == ("2026-01-05", "2026-01-09")
    assert kickoff["critical"] is True and kickoff["kind_label"] == "Task"
    critical = api.get(_url(world, "tasks"), {"critical": "true", "page_size": 200}).json()
    assert critical["items"] and all(t["critical"] for t in critical["items"])
    assert tasks["methods"].pk not in {t["id"] for t in critical["items"]}
    milestones = api.get(_url(world, "tasks"), {"milestone": "true"}).json()["items"]
    assert milestones and {t["kind"] for t in milestones} <= {"milestone", "decision"}
    found = api.get(_url(world, "tasks"), {"q": "method transfer"}).json()["items"]
    assert [t["id"] for t in found] == [tasks["methods"].pk]
    assert api.get(_url(world, "tasks"), {"status": "done"}).json()["count"] == 0
    development = next(t for t in body["items"] if t["id"] == tasks["development"].pk)
    assert development["predecessors"] == str(tasks["kickoff"].uid)
    by_finish = api.get(_url(world, "tasks"), {"sort": "finish", "page_size": 200}).json()
    finishes = [t["early_finish"] for t in by_finish["items"]]
    assert finishes == sorted(finishes)
    bad = api.get(_url(world, "tasks"), {"status": "nearly"})
    assert bad.status_code == 422 and "status" in _errors(bad)


def test_another_sponsor_gets_404_for_the_plan_and_its_tasks(world):
    tasks = _plan(world)
    other = client_for(world.sponsor_b_manager)
    assert other.get(_url(world, "tasks")).status_code == 404
    assert other.get(f"/api/v1/tasks/{tasks['kickoff'].pk}").status_code == 404
    assert other.get(_url(world, "milestones")).status_code == 404
    assert other.get(_url(world, "gantt")).status_code == 404


def test_task_detail_carries_its_version_and_a_patch_reschedules(world):
    tasks = _plan(world)
    api = client_for(world.pm_alice)
    url = f"/api/v1/tasks/{tasks['development'].pk}"
    detail = api.get(url)
    assert detail["ETag"] == '"1"'
    engineering = Task.objects.get(project=world.project_a, name__startswith="Engineering")
    before = engineering.early_start
    response = api.patch(
        url,
        {"duration_days": 65, "reason": "Route change"},
        content_type=JSON,
        headers={"If-Match": detail["ETag"]},
    )
    assert response.status_code == 200, response.content
    assert response["ETag"] == '"2"' and response.json()["duration_days"] == 65
    engineering.refresh_from_db()
    assert engineering.early_start == before + dt.timedelta(days=7)
    event = AuditEvent.objects.filter(action="planning.task.updated").latest("seq")
    assert json.loads(event.changes)["duration_days"] == [60, 65]
    assert event.reason == "Route change" and event.channel == "api"
    assert api.get(url).json()["duration_days"] == 65


def test_a_stale_if_match_is_412_and_none_is_428_and_nothing_changes(world):
    tasks = _plan(world)
    api = client_for(world.pm_alice)
    url = f"/api/v1/tasks/{tasks['development'].pk}"
    events = _events()
    stale = api.patch(url, {"duration_days": 3}, content_type=JSON, headers={"If-Match": '"9"'})
    assert stale.status_code == 412
    assert api.patch(url, {"duration_days": 3}, content_type=JSON).status_code == 428
    assert Task.objects.get(pk=tasks["development"].pk).duration_days == 60
    assert _events() == events


def test_bad_task_input_is_422_naming_the_field_and_writes_nothing(world):
    tasks = _plan(world)
    api = client_for(world.pm_alice)
    url = f"/api/v1/tasks/{tasks['development'].pk}"
    events = _events()
    response = api.patch(
        url,
        {"optimistic_days": 10, "most_likely_days": 5, "pessimistic_days": 20, "version": 1},
        content_type=JSON,
    )
    assert response.status_code == 422
    assert "optimistic_days" in _errors(response)
    parent = api.patch(url, {"parent_id": tasks["kickoff"].pk, "version": 1}, content_type=JSON)
    assert parent.status_code == 422 and "parent_id" in _errors(parent)
    created = api.post(_url(world, "tasks"), {"name": "", "duration_days": 3}, content_type=JSON)
    assert created.status_code == 422 and "name" in _errors(created)
    assert _events() == events and Task.objects.get(pk=tasks["development"].pk).version == 1


def test_a_planner_adds_a_task_and_reads_it_back(world):
    _plan(world)
    api = client_for(world.pm_alice)
    response = api.post(
        _url(world, "tasks"),
        {
            "name": "Stability pull, 3 months",
            "duration_days": 4,
            "constraint_type": "start no earlier than",
            "constraint_date": "2026-03-02",
        },
        content_type=JSON,
    )
    assert response.status_code == 201, response.content
    created = response.json()
    assert created["early_start"] == "2026-03-02" and created["early_finish"] == "2026-03-05"
    assert created["constraint_type_label"] == "Start no earlier than"
    assert api.get(f"/api/v1/tasks/{created['id']}").json()["name"] == "Stability pull, 3 months"


def test_sponsor_users_and_non_planners_cannot_change_the_plan(world):
    tasks = _plan(world)
    events = _events()
    for user in (world.sponsor_a_manager, world.qa_quinn):
        api = client_for(user)
        url = f"/api/v1/tasks/{tasks['kickoff'].pk}"
        patch = api.patch(url, {"duration_days": 1, "version": 1}, content_type=JSON)
        assert patch.status_code == 403
        assert api.post(_url(world, "tasks"), {"name": "X"}, content_type=JSON).status_code == 403
        bulk = {"items": [{"op": "task_create", "fields": {"name": "X"}}]}
        assert api.post(_url(world, "bulk"), bulk, content_type=JSON).status_code == 403
    assert _events() == events


def test_moving_a_bar_before_its_predecessor_is_refused_with_the_reason(world):
    tasks = _plan(world)
    api = client_for(world.pm_alice)
    url = f"/api/v1/tasks/{tasks['development'].pk}/move"
    refused = api.post(url, {"start": "2026-01-06", "version": 1}, content_type=JSON)
    assert refused.status_code == 422
    assert "Kick-off" in _errors(refused)["start"]
    moved = api.post(url, {"start": "2026-01-19", "version": 1}, content_type=JSON)
    assert moved.status_code == 200, moved.content
    assert moved.json()["early_start"] == "2026-01-19" and moved["ETag"] == '"2"'


def test_progress_is_recorded_as_of_a_data_date(world):
    tasks = _plan(world)
    api = client_for(world.pm_alice)
    body = {
        "data_date": "2026-01-12",
        "items": [
            {
                "task_id": tasks["kickoff"].pk,
                "actual_start": "2026-01-05",
                "actual_finish": "2026-01-09",
            }
        ],
    }
    response = api.post(_url(world, "progress"), body, content_type=JSON)
    assert response.status_code == 200, response.content
    assert response.json()["changed"] == 1
    kickoff = api.get(f"/api/v1/tasks/{tasks['kickoff'].pk}").json()
    assert kickoff["percent_complete"] == 100 and kickoff["actual_finish"] == "2026-01-09"
    done = api.get(_url(world, "tasks"), {"status": "done"}).json()["items"]
    assert [t["id"] for t in done] == [tasks["kickoff"].pk]
    missing = api.post(
        _url(world, "progress"),
        {"data_date": "2026-01-12", "items": [{"task_id": 987654, "percent_complete": 5}]},
        content_type=JSON,
    )
    assert missing.status_code == 422 and "items.0.task_id" in _errors(missing)


# --- links


def test_links_of_all_four_types_with_lag_and_their_removal(world):
    tasks = _plan(world)
    api = client_for(world.pm_alice)
    events = _events()
    pairs = [
        ("kickoff", "methods", "SS", 2),
        ("kickoff", "gmp", "FF", -1),
        ("methods", "gmp", "SF", 0),
    ]
    made = []
    for predecessor, successor, _kind, _lag in pairs:
        Dependency.objects.filter(
            predecessor=tasks[predecessor], successor=tasks[successor]
        ).delete()
    for predecessor, successor, kind, lag in pairs:
        response = api.post(
            _url(world, "links"),
            {
                "predecessor_id": tasks[predecessor].pk,
                "successor_id": tasks[successor].pk,
                "type": kind,
                "lag_days": lag,
            },
            content_type=JSON,
        )
        assert response.status_code == 201, response.content
        assert (response.json()["type"], response.json()["lag_days"]) == (kind, lag)
        made.append(response.json()["id"])
    listed = api.get(_url(world, "links"), {"task_id": tasks["gmp"].pk}).json()["items"]
    assert {link["type_label"] for link in listed} >= {"Finish-to-finish", "Start-to-finish"}
    assert _events() == events + 3
    deleted = api.delete(
        _url(world, f"links/{made[0]}"), {"reason": "Not needed"}, content_type=JSON
    )
    assert deleted.status_code == 204
    event = AuditEvent.objects.filter(action="planning.dependency.removed").latest("seq")
    assert event.reason == "Not needed"
    assert not Dependency.objects.filter(pk=made[0]).exists()


def test_a_loop_is_refused_and_nothing_is_written(world):
    tasks = _plan(world)
    api = client_for(world.pm_alice)
    links, events = Dependency.objects.count(), _events()
    response = api.post(
        _url(world, "links"),
        {"predecessor_id": tasks["gmp"].pk, "successor_id": tasks["kickoff"].pk},
        content_type=JSON,
    )
    assert response.status_code == 422
    assert "GMP batch manufacture" in json.dumps(response.json()["errors"])
    other = api.post(
        _url(world, "links"),
        {"predecessor_id": 987654, "successor_id": tasks["kickoff"].pk},
        content_type=JSON,
    )
    assert other.status_code == 422 and "predecessor_id" in _errors(other)
    assert Dependency.objects.count() == links and _events() == events


# --- bulk


def test_bulk_edits_apply_in_one_transaction_and_reschedule_once(world):
    tasks = _plan(world)
    api = client_for(world.pm_alice)
    link = Dependency.objects.get(predecessor=tasks["kickoff"], successor=tasks["development"])
    body = {
        "reason": "Weekly replan",
        "items": [
            {"op": "task_create", "ref": "qp", "fields": {"name": "QP review", "duration_days": 3}},
            {
                "op": "task_update",
                "task_id": tasks["development"].pk,
                "version": 1,
                "fields": {"duration_days": 55},
            },
            {
                "op": "link_add",
                "predecessor_id": tasks["gmp"].pk,
                "successor_ref": "qp",
                "type": "FS",
                "lag_days": 1,
            },
            {"op": "link_remove", "link_id": link.pk},
        ],
    }
    with mock.patch("accord.planning.services.reschedule", wraps=scheduling.reschedule) as spy:
        response = api.post(_url(world, "bulk"), body, content_type=JSON)
    assert response.status_code == 200, response.content
    assert spy.call_count == 1
    result = response.json()
    qp = Task.objects.get(pk=result["created"][0]["task_id"])
    assert result["created"][0]["ref"] == "qp" and result["updated"] == [tasks["development"].pk]
    assert result["links_removed"] == 1 and len(result["links_added"]) == 1
    gmp = Task.objects.get(pk=tasks["gmp"].pk)
    assert qp.early_start > gmp.early_finish  # scheduled after its new predecessor
    assert not Dependency.objects.filter(pk=link.pk).exists()
    development = Task.objects.get(pk=tasks["development"].pk)
    assert development.duration_days == 55 and development.early_start == dt.date(2026, 1, 5)
    actions = list(
        AuditEvent.objects.filter(reason="Weekly replan").values_list("action", flat=True)
    )
    assert sorted(actions) == [
        "planning.dependency.removed",
        "planning.task.updated",
    ]
    assert AuditEvent.objects.filter(action="planning.task.created", target_id=str(qp.pk)).exists()


def test_a_bad_bulk_item_is_422_naming_it_and_nothing_is_written(world):
    tasks = _plan(world)
    api = client_for(world.pm_alice)
    count, links, events = Task.objects.count(), Dependency.objects.count(), _events()
    body = {
        "items": [
            {"op": "task_create", "ref": "qp", "fields": {"name": "QP review", "duration_days": 3}},
            {"op": "link_add", "predecessor_id": tasks["gmp"].pk, "successor_ref": "qp"},
            {
                "op": "task_update",
                "task_id": tasks["methods"].pk,
                "version": 1,
                "fields": {"optimistic_days": 9, "most_likely_days": 2, "pessimistic_days": 20},
            },
        ]
    }
    with mock.patch("accord.planning.services.reschedule", wraps=scheduling.reschedule) as spy:
        response = api.post(_url(world, "bulk"), body, content_type=JSON)
    assert response.status_code == 422
    assert "items.2.optimistic_days" in _errors(response)
    assert spy.call_count == 0
    loop = api.post(
        _url(world, "bulk"),
        {
            "items": [
                {
                    "op": "link_add",
                    "predecessor_id": tasks["gmp"].pk,
                    "successor_id": tasks["kickoff"].pk,
                }
            ]
        },
        content_type=JSON,
    )
    assert loop.status_code == 422 and "items" in _errors(loop)
    unknown = api.post(
        _url(world, "bulk"),
        {"items": [{"op": "link_add", "predecessor_ref": "nope", "successor_id": 1}]},
        content_type=JSON,
    )
    assert unknown.status_code == 422 and "items.0.predecessor_ref" in _errors(unknown)
    assert (Task.objects.count(), Dependency.objects.count(), _events()) == (count, links, events)


def test_a_stale_bulk_update_is_409_and_nothing_is_written(world):
    tasks = _plan(world)
    api = client_for(world.pm_alice)
    count, events = Task.objects.count(), _events()
    body = {
        "items": [
            {"op": "task_create", "fields": {"name": "QP review", "duration_days": 3}},
            {
                "op": "task_update",
                "task_id": tasks["methods"].pk,
                "version": 7,
                "fields": {"duration_days": 3},
            },
        ]
    }
    response = api.post(_url(world, "bulk"), body, content_type=JSON)
    assert response.status_code == 409
    assert (Task.objects.count(), _events()) == (count, events)


# --- milestones and the Gantt


def test_sponsors_read_milestones_against_the_baseline_and_when_they_are_reached(world):
    from accord.planning import services

    _plan(world)
    services.baseline_save(
        actor=world.pm_alice,
        project=world.project_a,
        name="Contract",
        username="pm.alice",
        password=PASSWORD,
        acknowledge=True,
    )
    milestone = Task.objects.filter(project=world.project_a, kind="milestone").first()
    services.plan_progress_record(
        actor=world.pm_alice,
        project=world.project_a,
        data_date=milestone.early_finish + dt.timedelta(days=1),
        progress={
            milestone: {
                "actual_start": milestone.early_finish,
                "actual_finish": milestone.early_finish,
            }
        },
    )
    rows = client_for(world.sponsor_a_manager).get(_url(world, "milestones")).json()
    assert {r["kind"] for r in rows} <= {"milestone", "decision"} and len(rows) >= 2
    reached = next(r for r in rows if r["id"] == milestone.pk)
    assert reached["reached"] is True and reached["reached_on"] == reached["forecast"]
    assert reached["baseline_finish"] == reached["forecast"] and reached["variance_days"] == 0
    assert not any(key in json.dumps(rows) for key in ("people", "assignments", "department"))


def test_the_gantt_data_is_what_the_chart_page_reads(world):
    _plan(world)
    api = client_for(world.pm_alice)
    data = api.get(_url(world, "gantt")).json()
    page = api.get(reverse("planning:gantt_data", args=[world.project_a.pk]))
    assert page.json() == data
    gmp = next(t for t in data["tasks"] if t["name"] == "GMP batch manufacture")
    assert gmp["critical"] and gmp["custom_class"] == "bar-critical" and gmp["dependencies"]


# --- baselines and decisions


@pytest.mark.req("ES-6")
def test_a_baseline_is_saved_with_a_signature_and_a_wrong_password_saves_nothing(world):
    _plan(world)
    api = client_for(world.pm_alice)
    body = {"name": "Contract", "username": "pm.alice", "acknowledge": True}
    wrong = api.post(
        _url(world, "baselines"), {**body, "password": "wrong-password-1"}, content_type=JSON
    )
    assert wrong.status_code == 422 and not Baseline.objects.exists()
    response = api.post(_url(world, "baselines"), {**body, "password": PASSWORD}, content_type=JSON)
    assert response.status_code == 201, response.content
    saved = response.json()
    assert saved["number"] == 1 and saved["meaning"] == "authored"
    assert saved["signed_by_name"] == "Alice Morgan" and saved["tasks"] == 16
    listed = client_for(world.sponsor_a_manager).get(_url(world, "baselines")).json()
    assert [b["name"] for b in listed["items"]] == ["Contract"]
    refused = client_for(world.sponsor_a_manager).post(
        _url(world, "baselines"), {**body, "password": PASSWORD}, content_type=JSON
    )
    assert refused.status_code == 403


@pytest.mark.req("ES-6")
def test_a_decision_is_recorded_with_a_decided_signature(world):
    _plan(world)
    gate = Task.objects.get(kind="decision", project=world.project_a)
    url = f"/api/v1/tasks/{gate.pk}/decision"
    body = {
        "options": "Go now; wait for lot 2",
        "outcome": "go",
        "rationale": "Engineering batch met all acceptance criteria",
        "decided_on": "2026-05-08",
        "username": "qa.quinn",
        "acknowledge": True,
    }
    assert client_for(world.pm_alice).post(url, body, content_type=JSON).status_code == 403
    api = client_for(world.qa_quinn)
    wrong = api.post(url, {**body, "password": "wrong-password-1"}, content_type=JSON)
    assert wrong.status_code == 422 and not Decision.objects.exists()
    response = api.post(url, {**body, "password": PASSWORD}, content_type=JSON)
    assert response.status_code == 201, response.content
    assert response.json()["outcome_label"] == "Go"
    listed = client_for(world.sponsor_a_manager).get(_url(world, "decisions")).json()["items"]
    assert listed[0]["rationale"] == "Engineering batch met all acceptance criteria"


# --- schedule-risk runs


def test_a_schedule_risk_run_is_started_polled_and_read(world):
    _plan(world)
    api = client_for(world.pm_alice)
    url = f"/api/v1/projects/{world.project_a.pk}/schedule-risk-runs"
    response = api.post(
        url,
        {"iterations": 1000, "distribution": "pert", "seed": 7},
        content_type=JSON,
        headers={"Idempotency-Key": "risk-run-1"},
    )
    assert response.status_code == 201, response.content
    run = response.json()
    assert response["Location"] == f"/api/v1/schedule-risk-runs/{run['id']}"
    replay = api.post(
        url,
        {"iterations": 1000, "distribution": "pert", "seed": 7},
        content_type=JSON,
        headers={"Idempotency-Key": "risk-run-1"},
    )
    assert replay["Idempotent-Replayed"] == "true" and replay.json()["id"] == run["id"]
    assert Simulation.objects.count() == 1
    polled = client_for(world.sponsor_a_manager).get(f"/api/v1/schedule-risk-runs/{run['id']}")
    result = polled.json()
    assert result["status"] == "done" and result["percent"] == 100
    assert result["result"]["percentiles"]["P50"] <= result["result"]["percentiles"]["P80"]
    other = client_for(world.sponsor_b_manager).get(f"/api/v1/schedule-risk-runs/{run['id']}")
    assert other.status_code == 404
    refused = client_for(world.sponsor_a_manager).post(url, {}, content_type=JSON)
    assert refused.status_code == 403
    bad = api.post(url, {"iterations": 7}, content_type=JSON)
    assert bad.status_code == 422 and "iterations" in _errors(bad)
    assert Simulation.objects.count() == 1


def test_a_run_in_progress_reports_its_progress_and_no_result_yet(world):
    from django.utils import timezone

    run = Simulation.objects.create(
        project=world.project_a,
        requested_by=world.pm_alice,
        iterations=100_000,
        distribution="triangular",
        seed=3,
        status=Simulation.Status.RUNNING,
        done_iterations=25_000,
        started_at=timezone.now(),
        heartbeat_at=timezone.now(),
    )
    polled = client_for(world.sponsor_a_manager).get(f"/api/v1/schedule-risk-runs/{run.pk}")
    body = polled.json()
    assert (body["status"], body["percent"], body["result"]) == ("running", 25, None)
    assert body["distribution_label"] == "triangular"
    listed = client_for(world.pm_alice).get(
        f"/api/v1/projects/{world.project_a.pk}/schedule-risk-runs"
    )
    assert [r["id"] for r in listed.json()["items"]] == [run.pk]


# --- calendar feeds


def test_a_feed_is_made_with_its_url_once_listed_without_it_and_revoked(world):
    _plan(world)
    api = client_for(world.pm_alice)
    url = f"/api/v1/projects/{world.project_a.pk}/calendar-feeds"
    response = api.post(url, {"name": "Aurora team calendar"}, content_type=JSON)
    assert response.status_code == 201, response.content
    secret_url = response.json()["url"]
    assert client_for(world.sponsor_b_manager).get(secret_url).status_code == 200
    listed = api.get(url).json()["items"]
    assert [f["name"] for f in listed] == ["Aurora team calendar"]
    assert "url" not in listed[0] and secret_url.rsplit("/", 2)[-2] not in json.dumps(listed)
    revoked = api.post(f"{url}/{listed[0]['id']}/revoke")
    assert revoked.status_code == 200 and revoked.json()["revoked_at"]
    assert client_for(world.pm_alice).get(secret_url).status_code == 404
    assert client_for(world.sponsor_a_manager).get(url).status_code == 403
    assert CalendarFeed.objects.count() == 1
    empty = api.post(url, {"name": "  "}, content_type=JSON)
    assert empty.status_code == 422 and "name" in _errors(empty)


def test_a_token_limited_to_a_project_reaches_its_runs_and_not_another_projects(world):
    from django.test import Client

    from accord.accounts.services.tokens import api_token_create

    _plan(world)
    run = Simulation.objects.create(
        project=world.project_a,
        requested_by=world.pm_alice,
        iterations=1000,
        distribution="pert",
        seed=1,
    )
    _, own = api_token_create(actor=world.pm_alice, name="A only", projects=[world.project_a])
    _, other = api_token_create(actor=world.pm_alice, name="B only", projects=[world.project_b])
    limited = Client(HTTP_AUTHORIZATION=f"Bearer {own}")
    assert limited.get(f"/api/v1/schedule-risk-runs/{run.pk}").status_code == 200
    assert limited.get(_url(world, "milestones")).status_code == 200
    elsewhere = Client(HTTP_AUTHORIZATION=f"Bearer {other}")
    assert elsewhere.get(f"/api/v1/schedule-risk-runs/{run.pk}").status_code == 404
    assert elsewhere.get(_url(world, "tasks")).status_code == 404


def test_a_task_can_run_every_day_and_says_so_in_words(world):
    _plan(world)
    api = client_for(world.pm_alice)
    response = api.post(
        _url(world, "tasks"),
        {
            "name": "Fed-batch fermentation",
            "duration_days": 4,
            "calendar": "continuous",
            "constraint_type": "start no earlier than",
            "constraint_date": "2026-03-06",
        },
        content_type=JSON,
    )
    assert response.status_code == 201, response.content
    created = response.json()
    # Friday, Saturday, Sunday, Monday: the weekend counts.
    assert created["early_start"] == "2026-03-06" and created["early_finish"] == "2026-03-09"
    assert created["calendar"] == "continuous"
    assert created["calendar_label"] == "Seven days a week (continuous process)"
    back = api.patch(
        f"/api/v1/tasks/{created['id']}",
        {"calendar": "project", "version": created["version"]},
        content_type=JSON,
    )
    assert back.status_code == 200, back.content
    assert back.json()["early_finish"] == "2026-03-11"  # Fri, Mon, Tue, Wed
    assert back.json()["calendar_label"] == "The project's working days"
    bad = api.patch(
        f"/api/v1/tasks/{created['id']}",
        {"calendar": "weekends", "version": back.json()["version"]},
        content_type=JSON,
    )
    assert bad.status_code == 422 and "calendar" in _errors(bad)
