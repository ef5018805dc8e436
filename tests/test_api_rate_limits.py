"""Rate limits per user on the API, counted in the database that every node shares."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection
from django.test import Client

from accord.accounts import services as account_services
from accord.core import ratelimit
from accord.core.models import ApiRateCounter
from accord.core.periodic import SCHEDULE
from accord.projects.models import Project
from tests.conftest import client_for
from tests.factories import UserFactory
from tests.test_api import _project_body
from tests.test_config import _accord

NOW = 1_800_000_030.0  # 30 s into a minute


@pytest.fixture
def clock(monkeypatch):
    """The rate limiter's clock, moved by hand so that no window ends mid-test."""
    now = [NOW]
    monkeypatch.setattr(ratelimit, "_now", lambda: now[0])
    return now


def _bearer(user) -> Client:
    _, secret = account_services.api_token_create(actor=user, name="integration")
    return Client(HTTP_AUTHORIZATION=f"Bearer {secret}")


@pytest.mark.django_db
def test_every_answer_carries_the_count_left(settings, clock):
    settings.ACCORD_API_RATE_LIMIT = "5/minute"
    api = _bearer(UserFactory())

    first = api.get("/api/v1/me")
    second = api.get("/api/v1/me")

    assert first.status_code == second.status_code == 200
    assert first["X-RateLimit-Limit"] == "5"
    assert (first["X-RateLimit-Remaining"], second["X-RateLimit-Remaining"]) == ("4", "3")
    assert first["X-RateLimit-Reset"] == str(1_800_000_060)


@pytest.mark.req("WEB-5")
@pytest.mark.django_db
def test_over_the_limit_the_api_answers_429_with_retry_after(settings, clock):
    settings.ACCORD_API_RATE_LIMIT = "2/minute"
    api = _bearer(UserFactory())
    assert [api.get("/api/v1/me").status_code for _ in range(2)] == [200, 200]

    refused = api.get("/api/v1/me")

    assert refused.status_code == 429
    assert refused["Retry-After"] == "30"
    assert refused["X-RateLimit-Remaining"] == "0"
    body = refused.json()
    assert body["code"] == "rate_limited"
    assert body["status"] == 429
    assert "at most 2 a minute" in body["detail"]


def test_a_refused_post_writes_nothing(world, settings, clock):
    settings.ACCORD_API_RATE_LIMIT = "1/minute"
    api = _bearer(world.pm_alice)
    assert api.get("/api/v1/me").status_code == 200

    refused = api.post("/api/v1/projects", _project_body(world), content_type="application/json")

    assert refused.status_code == 429
    assert not Project.objects.filter(code="AUR-303-VAL").exists()


@pytest.mark.django_db
def test_the_next_window_starts_a_new_count(settings, clock):
    settings.ACCORD_API_RATE_LIMIT = "1/minute"
    api = _bearer(UserFactory())
    assert api.get("/api/v1/me").status_code == 200
    assert api.get("/api/v1/me").status_code == 429

    clock[0] += 30

    assert api.get("/api/v1/me").status_code == 200


@pytest.mark.django_db
def test_each_token_and_each_users_sessions_have_their_own_count(settings, clock):
    settings.ACCORD_API_RATE_LIMIT = "2/minute"
    user, other = UserFactory(), UserFactory()
    first_token, second_token = _bearer(user), _bearer(user)
    assert [first_token.get("/api/v1/me").status_code for _ in range(3)] == [200, 200, 429]

    assert second_token.get("/api/v1/me").status_code == 200
    browser = client_for(user)
    assert [browser.get("/api/v1/me").status_code for _ in range(3)] == [200, 200, 429]
    assert client_for(user).get("/api/v1/me").status_code == 429  # another of its sessions
    assert client_for(other).get("/api/v1/me").status_code == 200


@pytest.mark.django_db
def test_an_unauthenticated_request_is_refused_without_counting(settings, clock):
    settings.ACCORD_API_RATE_LIMIT = "1/minute"
    response = Client(HTTP_AUTHORIZATION="Bearer acc_not-a-real-token").get("/api/v1/me")
    assert response.status_code == 401
    assert "X-RateLimit-Limit" not in response
    assert not ApiRateCounter.objects.exists()


@pytest.mark.django_db
def test_off_turns_the_limit_off(settings, clock):
    settings.ACCORD_API_RATE_LIMIT = "off"
    api = _bearer(UserFactory())
    assert all(api.get("/api/v1/me").status_code == 200 for _ in range(3))
    assert "X-RateLimit-Limit" not in api.get("/api/v1/me")
    assert not ApiRateCounter.objects.exists()


@pytest.mark.django_db
def test_counts_of_windows_long_over_are_swept_daily(clock):
    ratelimit.request_counted("user:1", 60, NOW - 2 * 86400)
    ratelimit.request_counted("user:2", 60, NOW)

    assert ratelimit.rate_counters_purge() == 1

    assert list(ApiRateCounter.objects.values_list("bucket", flat=True)) == ["user:2"]
    assert "accord.core.ratelimit.rate_counters_purge" in {e.func for e in SCHEDULE}


@pytest.mark.django_db
def test_a_node_whose_clock_lags_counts_in_the_newer_window():
    assert ratelimit.request_counted("user:1", 60, NOW) == (1, 1_800_000_000)
    assert ratelimit.request_counted("user:1", 60, NOW - 60) == (2, 1_800_000_000)
    assert ratelimit.request_counted("user:1", 60, NOW + 60) == (1, 1_800_000_060)


@pytest.mark.req("WEB-5")
@pytest.mark.django_db(transaction=True)
def test_two_nodes_share_one_count(settings, clock):
    """Two "nodes" (threads, each with its own database connection) send a user's requests:
    the second node is refused once the first used the allowance, because the count lives
    in the database both see, not in either's memory."""
    settings.ACCORD_API_RATE_LIMIT = "3/minute"
    user = UserFactory()
    _, secret = account_services.api_token_create(actor=user, name="two nodes")

    def node(requests: int) -> list[int]:
        try:
            api = Client(HTTP_AUTHORIZATION=f"Bearer {secret}")
            return [api.get("/api/v1/me").status_code for _ in range(requests)]
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=1) as first_node:
        assert first_node.submit(node, 2).result() == [200, 200]
    with ThreadPoolExecutor(max_workers=1) as second_node:
        assert second_node.submit(node, 2).result() == [200, 429]
    assert ApiRateCounter.objects.get(bucket=f"token:{user.api_tokens.get().pk}").hits == 4


@pytest.mark.req("WEB-5")
@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_eight_requests_at_once_are_each_counted_once():
    """Real concurrency needs PostgreSQL: eight connections bump one count at the same moment."""
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: eight writers on one counter row at once")
    start = threading.Barrier(8)

    def count(_: int) -> int:
        try:
            start.wait()
            return ratelimit.request_counted("user:1", 60, NOW)[0]
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=8) as pool:
        counts = list(pool.map(count, range(8)))

    assert sorted(counts) == list(range(1, 9))


def test_a_bad_limit_stops_start_up_naming_the_variable():
    result = _accord("check", env={"ACCORD_API_RATE_LIMIT": "600/week"})
    assert result.returncode == 2
    assert "ACCORD_API_RATE_LIMIT must be a number of requests per second" in result.stderr
    assert "Traceback" not in result.stderr
