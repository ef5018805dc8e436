"""`accord serve` as a subprocess on the test database, for the server tests.

The test database must hold committed data (``django_db(transaction=True)``); on SQLite it
is a file the server shares (see tests/workers.py)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import httpx
from django.conf import settings

from tests.workers import ROOT, database_url, wait_for


def session_cookie_name() -> str:
    return settings.SESSION_COOKIE_NAME


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    url: str
    port: int
    process: subprocess.Popen
    log: Path


def _database_url(port: int | None) -> str:
    url = database_url()
    if port is None:
        return url
    parts = urlsplit(url)
    netloc = parts.netloc.rsplit("@", 1)
    credentials = f"{netloc[0]}@" if len(netloc) == 2 else ""
    return urlunsplit(parts._replace(netloc=f"{credentials}127.0.0.1:{port}"))


def _up(url: str) -> bool:
    try:
        return httpx.get(f"{url}/readyz", timeout=5).status_code == 200
    except httpx.HTTPError:
        return False


@contextmanager
def running_server(
    tmp_path: Path, *, database_port: int | None = None, **env: str
) -> Iterator[Server]:
    port = free_port()
    environ = {
        **os.environ,
        "ACCORD_ENV": "test",
        "DATABASE_URL": _database_url(database_port),
        "ACCORD_PORT": str(port),
        "ACCORD_HOST": "127.0.0.1",
        "ACCORD_WEB_WORKERS": "1",
        "ACCORD_WEB_THREADS": "4",
        "ACCORD_WEB_GRACEFUL_TIMEOUT": "15",
        "ACCORD_DB_CONNECT_TIMEOUT_S": "2",
        "ACCORD_LOG_FORMAT": "json",
        "PYTHONPATH": str(ROOT),
        **env,
    }
    log = tmp_path / "serve.log"
    with open(log, "w") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "accord.cli", "serve"],
            cwd=ROOT,
            env=environ,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    server = Server(url=f"http://127.0.0.1:{port}", port=port, process=process, log=log)
    try:
        wait_for(lambda: process.poll() is not None or _up(server.url), timeout=180, every=0.5)
        assert process.poll() is None, log.read_text()
        yield server
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=40)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
