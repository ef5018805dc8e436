"""Health checks: /healthz (liveness, no database) and /readyz (database and job queue),
answered before sessions and authentication, never cached, revealing nothing else."""

from __future__ import annotations

import json

import pytest
from django.db import OperationalError, connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from accord.core import health
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def _never_cached(response) -> bool:
    return "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_healthz_answers_ok_without_a_query_even_with_a_session(world, django_assert_num_queries):
    signed_in = client_for(world.sponsor_a_manager)
    for client in (Client(), signed_in):
        with django_assert_num_queries(0):
            response = client.get("/healthz")
        assert response.status_code == 200
        assert response.json() == {"status": "ok"}
        assert _never_cached(response)
        assert "Set-Cookie" not in response.headers and "Vary" not in response.headers


def test_readyz_checks_the_database_and_the_queue(world, settings):
    settings.ACCORD_JOBS = "queue"
    signed_in = client_for(world.pm_alice)
    with CaptureQueriesContext(connection) as queries:
        response = signed_in.get("/readyz")
    sql = " ".join(query["sql"] for query in queries.captured_queries)
    assert "SELECT 1" in sql and "django_q_ormq" in sql
    assert "django_session" not in sql and "accounts_user" not in sql  # no session, no user
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert _never_cached(response)
    assert "Set-Cookie" not in response.headers


@pytest.mark.req("WEB-7")
def test_readyz_names_only_the_database_when_it_fails(client, monkeypatch):
    def broken(*args, **kwargs):
        raise OperationalError("could not connect to server at 10.0.0.5: secret detail")

    monkeypatch.setattr(health.connection, "cursor", broken)
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "failed": ["database"]}
    assert "10.0.0.5" not in response.content.decode() and _never_cached(response)


def test_readyz_names_the_queue_when_its_table_fails(client, settings, monkeypatch):
    from django_q.models import OrmQ

    settings.ACCORD_JOBS = "queue"

    class Broken:
        def only(self, *names):
            raise OperationalError('relation "django_q_ormq" does not exist')

    monkeypatch.setattr(OrmQ, "objects", Broken())
    response = client.get("/readyz")
    assert response.status_code == 503
    assert json.loads(response.content) == {"status": "unavailable", "failed": ["queue"]}


def test_health_checks_skip_the_host_check(client):
    # A load balancer probes a node by its address, which is not one of ALLOWED_HOSTS.
    assert client.get("/healthz", HTTP_HOST="10.1.2.3:8000").status_code == 200
    assert client.get("/readyz", HTTP_HOST="10.1.2.3:8000").status_code == 200
    assert client.get("/accounts/login/", HTTP_HOST="10.1.2.3:8000").status_code == 400
