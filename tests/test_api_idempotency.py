"""Idempotency keys on POST: a retried request gets the first answer and writes nothing twice."""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import DatabaseError, connection
from django.test import Client
from django.utils import timezone

from accord.accounts import services as account_services
from accord.audit.models import AuditEvent
from accord.core import idempotency
from accord.core.models import IdempotencyKey
from accord.core.periodic import SCHEDULE
from accord.projects import api as projects_api
from accord.projects.models import Project
from tests.factories import UserFactory
from tests.test_api import _project_body

URL = "/api/v1/projects"


def _bearer(user) -> Client:
    _, secret = account_services.api_token_create(actor=user, name="retrying client")
    return Client(HTTP_AUTHORIZATION=f"Bearer {secret}")


def _post(api: Client, body: dict, key: str | None):
    headers = {} if key is None else {"Idempotency-Key": key}
    return api.post(URL, body, content_type="application/json", headers=headers)


def _created_events(code: str) -> int:
    ids = [str(pk) for pk in Project.objects.filter(code=code).values_list("pk", flat=True)]
    return AuditEvent.objects.filter(action="projects.project.created", target_id__in=ids).count()


def _other_planner(world):
    return UserFactory(
        organization=world.cdmo,
        username="pm.petra",
        first_name="Petra",
        last_name="Planner",
        role_codes=("project_manager",),
        site=world.site,
    )


@pytest.mark.req("DI-4")
def test_a_retried_post_creates_the_project_once_and_answers_the_same(world):
    api = _bearer(world.pm_alice)
    key = str(uuid.uuid4())
    first = _post(api, _project_body(world), key)
    assert first.status_code == 201, first.content
    assert "Idempotent-Replayed" not in first
    projects = Project.objects.count()

    retry = _post(api, _project_body(world), key)

    assert retry.status_code == 201
    assert retry.json() == first.json()
    assert retry["Idempotent-Replayed"] == "true"
    assert retry["Content-Type"] == first["Content-Type"]
    assert Project.objects.count() == projects
    assert Project.objects.filter(code="AUR-303-VAL").count() == 1
    assert _created_events("AUR-303-VAL") == 1


def test_the_stored_answer_is_kept_with_the_request_it_answered(world):
    _post(_bearer(world.pm_alice), _project_body(world), "key-1")
    record = IdempotencyKey.objects.get(user=world.pm_alice, key="key-1")
    assert (record.method, record.path, record.response_status) == ("POST", URL, 201)
    assert b'"AUR-303-VAL"' in bytes(record.response_body)
    assert record.completed_at is not None


@pytest.mark.req("DI-4")
def test_the_same_key_with_another_body_is_refused_naming_the_header(world):
    api = _bearer(world.pm_alice)
    assert _post(api, _project_body(world), "key-1").status_code == 201

    response = _post(api, _project_body(world, code="AUR-404-NEW"), "key-1")

    assert response.status_code == 422
    body = response.json()
    assert body["code"] == "idempotency_key_reused"
    assert [e["field"] for e in body["errors"]] == ["Idempotency-Key"]
    assert not Project.objects.filter(code="AUR-404-NEW").exists()


def test_keys_belong_to_the_user_who_sent_them(world):
    petra = _other_planner(world)
    alice_answer = _post(_bearer(world.pm_alice), _project_body(world), "shared-key")
    petra_answer = _post(_bearer(petra), _project_body(world, code="AUR-505-PET"), "shared-key")

    assert alice_answer.status_code == petra_answer.status_code == 201
    assert "Idempotent-Replayed" not in petra_answer
    assert petra_answer.json()["code"] == "AUR-505-PET"
    assert IdempotencyKey.objects.filter(key="shared-key").count() == 2


def test_a_refusal_by_the_operation_is_replayed_too(world):
    api = _bearer(world.pm_alice)
    body = _project_body(world, sponsor_id=999_999)
    first = _post(api, body, "key-1")
    assert first.status_code == 422
    assert first.json()["errors"][0]["field"] == "sponsor_id"

    retry = _post(api, body, "key-1")

    assert retry.status_code == 422
    assert retry.json() == first.json()
    assert retry["Idempotent-Replayed"] == "true"


def test_malformed_input_is_not_remembered(world):
    """Input refused before the operation runs stores nothing: fixed, it may use the key."""
    api = _bearer(world.pm_alice)
    assert _post(api, _project_body(world, start_date="31/12/2026"), "key-1").status_code == 422
    assert not IdempotencyKey.objects.filter(key="key-1").exists()


def test_a_server_error_saves_nothing_and_frees_the_key_for_the_retry(world, monkeypatch):
    real_create = projects_api.services.project_create

    def create_then_fail(**kwargs):
        real_create(**kwargs)
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(projects_api.services, "project_create", create_then_fail)
    api = _bearer(world.pm_alice)
    failed = _post(api, _project_body(world), "key-1")
    assert failed.status_code == 500
    assert not Project.objects.filter(code="AUR-303-VAL").exists()
    assert _created_events("AUR-303-VAL") == 0
    assert not IdempotencyKey.objects.filter(key="key-1").exists()

    monkeypatch.setattr(projects_api.services, "project_create", real_create)
    retry = _post(api, _project_body(world), "key-1")

    assert retry.status_code == 201
    assert "Idempotent-Replayed" not in retry
    assert _created_events("AUR-303-VAL") == 1


def test_a_write_commits_only_with_its_stored_answer(world, monkeypatch):
    """The answer is stored in the write's own transaction: if it cannot be stored, the
    project is not created either, and a retry runs afresh."""

    def store_fails(attempt, response):
        raise DatabaseError("disk full")

    monkeypatch.setattr(idempotency, "_store", store_fails)
    api = _bearer(world.pm_alice)
    assert _post(api, _project_body(world), "key-1").status_code == 500
    assert not Project.objects.filter(code="AUR-303-VAL").exists()
    assert _created_events("AUR-303-VAL") == 0
    assert not IdempotencyKey.objects.filter(key="key-1").exists()


def _claimed(world, body: dict, *, ago: dt.timedelta) -> IdempotencyKey:
    """A claim left by an attempt of the same request that has not finished."""
    import hashlib
    import json

    now = timezone.now()
    return IdempotencyKey.objects.create(
        user=world.pm_alice,
        key="key-1",
        method="POST",
        path=URL,
        body_sha256=hashlib.sha256(json.dumps(body).encode()).hexdigest(),
        claim="an-earlier-attempt",
        claimed_at=now - ago,
        created_at=now - ago,
    )


def test_a_key_still_in_progress_answers_409(world):
    body = _project_body(world)
    _claimed(world, body, ago=dt.timedelta(seconds=2))

    response = _post(_bearer(world.pm_alice), body, "key-1")

    assert response.status_code == 409
    assert response.json()["code"] == "idempotency_in_progress"
    assert response.json()["errors"][0]["field"] == "Idempotency-Key"
    assert not Project.objects.filter(code="AUR-303-VAL").exists()


def test_a_claim_whose_attempt_died_is_taken_over(world):
    body = _project_body(world)
    _claimed(world, body, ago=idempotency.STALE_CLAIM + dt.timedelta(minutes=1))

    response = _post(_bearer(world.pm_alice), body, "key-1")

    assert response.status_code == 201
    record = IdempotencyKey.objects.get(key="key-1")
    assert record.claim != "an-earlier-attempt" and record.response_status == 201


def test_a_key_too_long_is_refused_naming_the_header(world):
    response = _post(_bearer(world.pm_alice), _project_body(world), "k" * 256)
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "Idempotency-Key"
    assert not Project.objects.filter(code="AUR-303-VAL").exists()


def test_keys_past_their_keeping_time_are_swept_daily(world, settings):
    settings.ACCORD_IDEMPOTENCY_KEY_HOURS = 24
    api = _bearer(world.pm_alice)
    _post(api, _project_body(world), "old-key")
    _post(api, _project_body(world, code="AUR-606-NEW"), "new-key")
    IdempotencyKey.objects.filter(key="old-key").update(
        created_at=timezone.now() - dt.timedelta(hours=25)
    )

    assert idempotency.idempotency_keys_purge() == 1

    assert list(IdempotencyKey.objects.values_list("key", flat=True)) == ["new-key"]
    assert "accord.core.idempotency.idempotency_keys_purge" in {e.func for e in SCHEDULE}


def test_an_expired_key_is_a_new_key(world, settings):
    api = _bearer(world.pm_alice)
    assert _post(api, _project_body(world), "key-1").status_code == 201
    IdempotencyKey.objects.filter(key="key-1").update(
        created_at=timezone.now() - dt.timedelta(hours=settings.ACCORD_IDEMPOTENCY_KEY_HOURS + 1)
    )

    again = _post(api, _project_body(world, code="AUR-707-NEW"), "key-1")

    assert again.status_code == 201
    assert again.json()["code"] == "AUR-707-NEW"


def test_a_post_without_a_key_is_not_remembered(world):
    api = _bearer(world.pm_alice)
    assert _post(api, _project_body(world), None).status_code == 201
    assert _post(api, _project_body(world), None).status_code == 422  # the code is taken
    assert not IdempotencyKey.objects.exists()


@pytest.mark.req("DI-4")
@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_the_same_request_sent_four_times_at_once_creates_one_project(world):
    """Real concurrency needs PostgreSQL: SQLite admits one writer at a time anyway.

    A client's four retries race each other: one creates the project, each other one is
    told the key is in progress (409) or, arriving after it finished, gets its answer.
    """
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: four writers claiming one key at the same moment")
    _, secret = account_services.api_token_create(actor=world.pm_alice, name="racer")
    body = _project_body(world)
    start = threading.Barrier(4)

    def send(_: int):
        try:
            api = Client(HTTP_AUTHORIZATION=f"Bearer {secret}")
            start.wait()
            response = _post(api, body, "racing-key")
            return response.status_code, response.get("Idempotent-Replayed")
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=4) as pool:
        answers = list(pool.map(send, range(4)))

    assert answers.count((201, None)) == 1
    assert all(
        answer in {(201, "true"), (409, None)} for answer in answers if answer != (201, None)
    )
    assert Project.objects.filter(code="AUR-303-VAL").count() == 1
    assert _created_events("AUR-303-VAL") == 1
