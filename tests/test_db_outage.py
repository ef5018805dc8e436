"""A database that cannot be reached: pages answer a friendly 503 "temporarily
unavailable" (with Retry-After, no trace), the API its error shape with 503, also when
the failure happens in the session middleware before any view; /readyz names the
database, /healthz still answers; and the same requests succeed again once the database
is back, without restarting the server.

The first tests simulate the failure in this process (SQLite and PostgreSQL); the drill
runs `accord serve` against PostgreSQL through a TCP proxy that the test cuts and
restores (PostgreSQL only).
"""

from __future__ import annotations

import contextlib
import socket
import threading

import httpx
import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.db import OperationalError, connection
from django.test import Client

from accord.core.db.unavailable import is_unavailable
from tests.conftest import client_for
from tests.serving import running_server, session_cookie_name
from tests.workers import wait_for

UNAVAILABLE = "Temporarily unavailable"


def _unreachable(*args, **kwargs):
    raise OperationalError("unable to open database file")


@pytest.mark.django_db
@pytest.mark.req("WEB-7")
def test_a_page_whose_session_cannot_be_read_answers_a_friendly_503(world, monkeypatch):
    client = client_for(world.pm_alice, raise_request_exception=False)
    monkeypatch.setattr(SessionStore, "load", _unreachable)
    response = client.get("/projects/")
    assert response.status_code == 503
    text = response.content.decode()
    assert UNAVAILABLE in text and "Nothing was saved" in text
    assert "Traceback" not in text and "unable to open" not in text
    assert int(response["Retry-After"]) > 0


@pytest.mark.django_db
@pytest.mark.req("WEB-7")
def test_the_api_answers_503_in_its_error_shape(world, monkeypatch):
    client = client_for(world.pm_alice, raise_request_exception=False)
    monkeypatch.setattr(SessionStore, "load", _unreachable)
    response = client.get("/api/v1/projects")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == 503 and body["code"] == "unavailable" and body["errors"] == []
    assert "unable to open" not in body["detail"] and response["Retry-After"]


@pytest.mark.django_db
def test_a_real_bug_is_still_a_server_error_not_an_outage():
    assert not is_unavailable(OperationalError("no such column: x"))
    assert not is_unavailable(ValueError("unable to open database file"))
    assert is_unavailable(OperationalError("unable to open database file"))
    assert Client().get("/healthz").status_code == 200


# --------------------------------------------------------------------------- the drill


class CuttableProxy:
    """A TCP proxy in a thread: ``cut()`` drops every connection and refuses new ones
    (as a dead database host would), ``restore()`` forwards again."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.up = True
        self.open: list[socket.socket] = []
        self.lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if not self.up:
                client.close()
                continue
            try:
                upstream = socket.create_connection(self.target)
            except OSError:
                client.close()
                continue
            with self.lock:
                self.open += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    def _pipe(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for s in (source, sink):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

    def cut(self) -> None:
        self.up = False
        with self.lock:
            for s in self.open:
                try:
                    s.shutdown(socket.SHUT_RDWR)
                    s.close()
                except OSError:
                    pass
            self.open.clear()

    def restore(self) -> None:
        self.up = True

    def close(self) -> None:
        self.cut()
        self.listener.close()


@pytest.mark.django_db(transaction=True)
@pytest.mark.req("WEB-7")
def test_drill_the_database_goes_away_and_comes_back(world, tmp_path):
    if connection.vendor != "postgresql":
        pytest.skip("The outage drill cuts a TCP connection to PostgreSQL (SQLite is a file).")
    from accord.accounts.services.tokens import api_token_create

    settings_dict = connection.settings_dict
    proxy = CuttableProxy(
        (settings_dict.get("HOST") or "127.0.0.1", int(settings_dict.get("PORT") or 5432))
    )
    _, token = api_token_create(actor=world.pm_alice, name="Outage drill")
    page_client = client_for(world.pm_alice)
    cookie = page_client.cookies[session_cookie_name()].value
    try:
        with running_server(tmp_path, database_port=proxy.port) as server:
            session = httpx.Client(base_url=server.url, timeout=30)
            session.cookies.set(session_cookie_name(), cookie)
            api = httpx.Client(
                base_url=server.url, timeout=30, headers={"Authorization": f"Bearer {token}"}
            )

            def answers() -> tuple[int, int, int, int]:
                return (
                    session.get("/projects/").status_code,
                    api.get("/api/v1/projects").status_code,
                    session.get("/readyz").status_code,
                    session.get("/healthz").status_code,
                )

            assert answers() == (200, 200, 200, 200)
            proxy.cut()
            page = session.get("/projects/")
            assert page.status_code == 503 and UNAVAILABLE in page.text
            assert "Traceback" not in page.text and page.headers["Retry-After"]
            api_answer = api.get("/api/v1/projects")
            assert api_answer.status_code == 503
            assert api_answer.json()["code"] == "unavailable"
            ready = session.get("/readyz")
            assert ready.status_code == 503 and ready.json()["failed"] == ["database"]
            assert session.get("/healthz").json() == {"status": "ok"}
            proxy.restore()
            # The same server, not restarted, answers again.
            wait_for(lambda: answers() == (200, 200, 200, 200), timeout=60, every=0.5)
            assert server.process.poll() is None
    finally:
        proxy.close()
