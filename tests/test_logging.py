"""Structured logs: one JSON object per line with the request's id, user and tenant, and
one access line per request; no names, e-mails or query strings."""

from __future__ import annotations

import datetime as dt
import io
import json
import logging

import pytest

from accord.core.logging import JsonFormatter
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def json_lines():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    access = logging.getLogger("accord.access")
    level = access.level
    access.addHandler(handler)
    access.setLevel(logging.INFO)

    def lines() -> list[dict]:
        return [json.loads(line) for line in stream.getvalue().splitlines()]

    yield lines
    access.removeHandler(handler)
    access.setLevel(level)


def test_each_request_writes_one_json_access_line(world, json_lines):
    client = client_for(world.sponsor_a_manager)
    response = client.get("/projects/?q=secret-token-123")
    assert response.status_code == 200
    (line,) = json_lines()
    assert line["logger"] == "accord.access" and line["level"] == "INFO"
    assert line["request_id"] == response["X-Request-ID"]
    assert (line["method"], line["path"], line["status"]) == ("GET", "/projects/", 200)
    assert line["user_id"] == world.sponsor_a_manager.pk
    assert line["tenant"] == str(world.sponsor_a.pk)
    assert isinstance(line["duration_ms"], float) and line["duration_ms"] >= 0
    moment = dt.datetime.fromisoformat(line["time"])
    assert line["time"].endswith("+00:00") and moment.utcoffset() == dt.timedelta(0)
    text = json.dumps(line)
    user = world.sponsor_a_manager
    assert "secret-token-123" not in text and user.username not in text
    assert user.email not in text


def test_cdmo_staff_are_the_cdmo_tenant_and_anonymous_requests_have_none(world, client, json_lines):
    client_for(world.pm_alice).get("/")
    client.get("/accounts/login/")
    staff, anonymous = json_lines()
    assert (staff["user_id"], staff["tenant"]) == (world.pm_alice.pk, "cdmo")
    assert (anonymous["user_id"], anonymous["tenant"], anonymous["status"]) == (None, None, 200)


def test_a_log_line_inside_a_request_carries_its_request_id(world, monkeypatch):
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("accord.health")
    logger.addHandler(handler)
    client = client_for(world.pm_alice)
    try:
        from accord.core import health

        def broken(*args, **kwargs):
            from django.db import OperationalError

            raise OperationalError("down")

        monkeypatch.setattr(health.connection, "cursor", broken)
        response = client.get("/readyz", HTTP_X_REQUEST_ID="probe-42")
    finally:
        logger.removeHandler(handler)
    assert response.status_code == 503
    line = json.loads(stream.getvalue().splitlines()[0])
    assert line["request_id"] == "probe-42" and line["path"] == "/readyz"
    assert line["level"] == "WARNING" and "OperationalError" in line["exception"]
    # A probe never loads the session: no user is known, none is queried.
    assert line["user_id"] is None


def test_the_plain_format_is_one_readable_line(settings):
    from accord.core.logging import PlainFormatter

    record = logging.LogRecord("accord.x", logging.INFO, __file__, 1, "hello %s", ("you",), None)
    assert PlainFormatter().format(record).endswith("INFO accord.x hello you")
