"""The Python client in clients/python/: generated from the live OpenAPI document, kept up
to date (regenerate with ``make client``), and working against a live server."""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import io
import os
import subprocess
import sys
from pathlib import Path

from accord.accounts.models import ApiToken
from accord.accounts.services import api_token_create
from accord.planning.models import Task
from accord.planning.services import plan_progress_record, task_create
from tests.conftest import build_world

CLIENT = Path(__file__).resolve().parent.parent / "clients" / "python"


def _generator():
    spec = importlib.util.spec_from_file_location("accord_client_generate", CLIENT / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _tree(root: Path) -> dict[str, str]:
    return {
        str(path.relative_to(root)): path.read_text(encoding="utf-8")
        for path in sorted(root.rglob("*.py"))
    }


def test_the_committed_document_is_the_live_one():
    committed = (CLIENT / "openapi.json").read_text(encoding="utf-8")
    assert committed == _generator().document_text(), (
        "clients/python/openapi.json is out of date: run `make client` and commit"
    )


def test_the_committed_client_is_the_one_the_document_generates(tmp_path):
    generated = _generator().generate_package(CLIENT / "openapi.json", tmp_path)
    committed = _tree(CLIENT / "accord_client")
    fresh = _tree(generated)
    assert sorted(committed) == sorted(fresh), "run `make client` and commit"
    stale = [name for name in fresh if fresh[name] != committed[name]]
    assert not stale, f"run `make client` and commit: {stale[:5]}"
    assert len(fresh) > 300  # every operation and model, not a stub


def _milestones(world) -> None:
    """Two milestones in sponsor A's plan, one reached; one in sponsor B's."""
    for project, names in (
        (world.project_a, ("Tech transfer report signed", "Engineering batch released")),
        (world.project_b, ("Borealis PPQ campaign closed",)),
    ):
        for name in names:
            task_create(actor=world.pm_alice, project=project, name=name, kind=Task.Kind.MILESTONE)
    reached = Task.objects.get(name="Tech transfer report signed")
    day = reached.early_start
    plan_progress_record(
        actor=world.pm_alice,
        project=world.project_a,
        data_date=day + dt.timedelta(days=1),
        progress={reached: {"actual_start": day, "actual_finish": day}},
    )


def test_the_example_pulls_a_sponsors_milestones_from_a_live_server(live_server):
    world = build_world()
    _milestones(world)
    _, secret = api_token_create(
        actor=world.sponsor_a_manager, name="portfolio tool", scope=ApiToken.Scope.READ_ONLY
    )
    done = subprocess.run(
        [sys.executable, str(CLIENT / "examples" / "sponsor_milestones.py"), "--csv"],
        env={
            **os.environ,
            "PYTHONPATH": str(CLIENT),
            "ACCORD_URL": live_server.url,
            "ACCORD_TOKEN": secret,
        },
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert {(row["project"], row["milestone"]) for row in rows} == {
        (world.project_a.code, "Tech transfer report signed"),
        (world.project_a.code, "Engineering batch released"),
    }
    reached = {row["milestone"]: row["reached_on"] for row in rows}
    assert reached["Tech transfer report signed"] != ""
    assert reached["Engineering batch released"] == ""
    assert "Borealis" not in done.stdout


def test_the_example_says_what_is_wrong_with_a_bad_token(live_server):
    done = subprocess.run(
        [sys.executable, str(CLIENT / "examples" / "sponsor_milestones.py")],
        env={
            **os.environ,
            "PYTHONPATH": str(CLIENT),
            "ACCORD_URL": live_server.url,
            "ACCORD_TOKEN": "acc_not-a-token",
        },
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode != 0
    assert "401" in done.stderr and "valid API token" in done.stderr
