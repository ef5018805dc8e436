"""A database too busy to answer in time gives "busy, try again" (503), never a bare server
error, and saves nothing (accord.core.db.busy, the lock and statement timeouts)."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from django.conf import settings
from django.db import DatabaseError, connection, connections, transaction
from django.test import Client
from django.urls import reverse

from accord.accounts.models import User
from accord.audit import chain
from accord.core.db.busy import is_busy
from accord.planning.models import Task
from accord.planning.services import task_update
from accord.projects.models import Project
from tests.conftest import client_for
from tests.factories import PASSWORD
from tests.test_planning import _plan


@contextmanager
def _chain_head_held_elsewhere() -> Iterator[None]:
    """Another connection locks the chain-head row and keeps it, like a transaction that
    stalls while holding it; every write and sign-in needs that row to commit."""
    if connection.vendor == "postgresql":
        import psycopg

        params = connection.settings_dict
        other = psycopg.connect(
            host=params["HOST"], port=params["PORT"], user=params["USER"], dbname=params["NAME"]
        )
        other.execute("SELECT seq FROM audit_auditchainhead WHERE id = 1 FOR UPDATE")
        with connection.cursor() as cursor:
            cursor.execute("SET lock_timeout = '300ms'")  # keep the test quick
    else:
        other = sqlite3.connect(
            connection.get_connection_params()["database"], uri=True, isolation_level=None
        )
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE audit_auditchainhead SET seq = seq WHERE id = 1")
    try:
        yield
    finally:
        other.rollback()
        other.close()
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("RESET lock_timeout")


def _project_form(world, code: str) -> dict:
    return {
        "sponsor": world.sponsor_b.pk,
        "code": code,
        "title": "Stability study",
        "modality": "small_molecule",
        "phase": "clinical",
        "site": world.site.pk,
    }


def _project_body(world, code: str) -> dict:
    return {
        "sponsor_id": world.sponsor_b.pk,
        "site_id": world.site.pk,
        "code": code,
        "title": "Stability study",
        "modality": "small_molecule",
        "phase": "clinical",
    }


@pytest.mark.req("DI-5")
@pytest.mark.django_db(transaction=True)
def test_while_the_chain_head_is_held_writes_and_sign_ins_answer_busy_and_save_nothing(world):
    staff = client_for(world.pm_alice)
    with _chain_head_held_elsewhere():
        page = staff.post(reverse("projects:create"), _project_form(world, "BOR-710"))
        api = staff.post(
            "/api/v1/projects", _project_body(world, "BOR-711"), content_type="application/json"
        )
        visitor = Client()
        sign_in = visitor.post(
            reverse("accounts:login"), {"username": "qa.quinn", "password": PASSWORD}
        )

    assert page.status_code == 503
    text = page.content.decode()
    assert "Busy, try again" in text and "Nothing was saved" in text
    assert "accord/accord.css" in text  # the product's look, not a bare error
    assert page["Retry-After"].isdigit()

    assert api.status_code == 503 and api["Retry-After"].isdigit()
    body = api.json()
    assert (body["status"], body["code"]) == (503, "busy")
    assert "Nothing was saved" in body["detail"]

    assert sign_in.status_code == 503
    assert "Busy, try again" in sign_in.content.decode()
    assert "_auth_user_id" not in visitor.session  # not signed in
    assert User.objects.get(pk=world.qa_quinn.pk).last_login is None  # nothing half-written

    assert not Project.objects.filter(code__in=["BOR-710", "BOR-711"]).exists()
    assert chain.verify().ok

    # Once the lock is let go, the same requests go through.
    assert (
        staff.post(reverse("projects:create"), _project_form(world, "BOR-710")).status_code == 302
    )
    assert (
        Client()
        .post(reverse("accounts:login"), {"username": "qa.quinn", "password": PASSWORD})
        .status_code
        == 302
    )
    assert Project.objects.filter(code="BOR-710").exists()
    assert chain.verify().ok


@pytest.mark.postgres
def test_postgresql_connections_carry_the_configured_lock_and_statement_timeouts(db):
    if connection.vendor != "postgresql":
        pytest.skip("lock_timeout and statement_timeout are PostgreSQL settings")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT extract(epoch FROM current_setting('lock_timeout')::interval) * 1000, "
            "extract(epoch FROM current_setting('statement_timeout')::interval) * 1000"
        )
        lock_ms, statement_ms = cursor.fetchone()
    assert (int(lock_ms), int(statement_ms)) == (
        settings.ACCORD_DB_LOCK_TIMEOUT_MS,
        settings.ACCORD_DB_STATEMENT_TIMEOUT_MS,
    )


@pytest.mark.postgres
def test_a_statement_past_its_time_limit_counts_as_busy(db):
    if connection.vendor != "postgresql":
        pytest.skip("statement_timeout is a PostgreSQL setting")
    with (
        pytest.raises(DatabaseError) as excinfo,
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute("SET LOCAL statement_timeout = '50ms'")
        cursor.execute("SELECT pg_sleep(2)")
    assert is_busy(excinfo.value)


def test_other_database_errors_are_not_disguised_as_busy(db):
    with (
        pytest.raises(DatabaseError) as excinfo,
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute("SELECT * FROM no_such_table")
    assert not is_busy(excinfo.value)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_task_edits_on_two_projects_of_one_site_do_not_wait_for_each_other(world):
    """Locking a project for a reschedule must not lock its site (or sponsor) row too:
    that one row would serialize every planner of the site behind the slowest."""
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: two connections writing at the same time")
    assert world.project_a.site_id == world.project_b.site_id
    first, second = _plan(world)["kickoff"], _plan(world, world.project_b)["kickoff"]
    edited, release = threading.Event(), threading.Event()
    failures: list[BaseException] = []

    def slow_planner() -> None:
        try:
            with transaction.atomic():
                task_update(actor=world.pm_alice, task=first, duration_days=6)
                edited.set()
                release.wait(30)
        except BaseException as exc:
            failures.append(exc)
        finally:
            connections.close_all()

    thread = threading.Thread(target=slow_planner)
    thread.start()
    try:
        assert edited.wait(30)
        with connection.cursor() as cursor:
            cursor.execute("SET lock_timeout = '1s'")
        task_update(actor=world.pm_alice, task=second, duration_days=7)
    finally:
        release.set()
        thread.join(30)
        with connection.cursor() as cursor:
            cursor.execute("RESET lock_timeout")
    assert not failures
    assert Task.objects.get(pk=second.pk).duration_days == 7
    assert Task.objects.get(pk=first.pk).duration_days == 6
