"""`accord serve`: gunicorn configured from the environment, and a graceful stop: on
SIGTERM a request in flight finishes with 200, the server exits 0 within its graceful
timeout, and it takes no connection afterwards. Runs on SQLite and PostgreSQL alike."""

from __future__ import annotations

import importlib
import json
import signal
import socket
import threading

import httpx
import pytest

from accord.config import ConfigError
from tests.serving import running_server
from tests.workers import wait_for

GRACEFUL = 15


def _config(monkeypatch, **env: str):
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    import accord.gunicorn_conf as conf

    return importlib.reload(conf)


def test_the_server_takes_its_settings_from_the_environment(monkeypatch):
    conf = _config(
        monkeypatch,
        ACCORD_HOST="10.0.0.7",
        ACCORD_PORT="9123",
        ACCORD_WEB_WORKERS="3",
        ACCORD_WEB_THREADS="8",
        ACCORD_WEB_TIMEOUT="45",
        ACCORD_WEB_GRACEFUL_TIMEOUT="25",
        ACCORD_WEB_MAX_REQUESTS="1000",
    )
    assert conf.bind == ["10.0.0.7:9123"]
    assert (conf.workers, conf.threads, conf.worker_class) == (3, 8, "gthread")
    assert (conf.timeout, conf.graceful_timeout) == (45, 25)
    assert (conf.max_requests, conf.max_requests_jitter) == (1000, 100)
    assert conf.accesslog is None  # one access line per request, Accord's own


def test_a_bad_value_stops_the_server_naming_the_variable(monkeypatch):
    with pytest.raises(ConfigError, match="ACCORD_WEB_WORKERS"):
        _config(monkeypatch, ACCORD_WEB_WORKERS="many")
    monkeypatch.delenv("ACCORD_WEB_WORKERS")
    with pytest.raises(ConfigError, match="ACCORD_PORT"):
        _config(monkeypatch, ACCORD_PORT="70000")
    monkeypatch.delenv("ACCORD_PORT")
    importlib.reload(importlib.import_module("accord.gunicorn_conf"))


def _refused(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=5).close()
    except ConnectionRefusedError:
        return True
    return False


@pytest.mark.django_db(transaction=True)
def test_sigterm_lets_the_request_in_flight_finish_then_exits(tmp_path):
    with running_server(tmp_path, ACCORD_WEB_GRACEFUL_TIMEOUT=str(GRACEFUL)) as server:
        answers: list[httpx.Response] = []

        def slow_request() -> None:
            answers.append(httpx.get(f"{server.url}/test/slow?seconds=3", timeout=60))

        request = threading.Thread(target=slow_request)
        request.start()
        wait_for(lambda: "Test request: sleeping" in server.log.read_text(), timeout=60)
        server.process.send_signal(signal.SIGTERM)
        request.join(timeout=GRACEFUL + 30)
        assert server.process.wait(timeout=GRACEFUL + 10) == 0
        (answer,) = answers
        assert answer.status_code == 200 and answer.json()["slept"] == 3.0
        assert _refused(server.port)
    lines = [json.loads(line) for line in server.log.read_text().splitlines() if line[:1] == "{"]
    access = [line for line in lines if line["logger"] == "accord.access"]
    assert any(line["path"] == "/test/slow" and line["status"] == 200 for line in access)
