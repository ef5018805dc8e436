#!/usr/bin/env python
"""Multi-node drill: two app nodes and two job workers on one PostgreSQL database, one
Redis cache and one shared media folder, checked from outside with HTTP requests
(docs/operations.md "Several nodes").

It creates a fresh database, migrates it, adds a CDMO project manager and a sponsor's
project, starts two gunicorn nodes on two ports and two ``manage.py worker`` processes,
then checks:

1. a session signed in on node 1 works on node 2;
2. failed sign-ins on nodes 1 and 2 alternately add up to one lockout, refused on both;
3. a file uploaded through node 1 downloads byte-identical through node 2;
4. jobs queued through node 1's settings each run exactly once, on either worker.

Prints one PASS/FAIL line per check and exits 1 on any failure; it stops every process
it started and drops its database on exit. Run from the repository root:
``.venv/bin/python scripts/multinode_drill.py`` (PostgreSQL on 127.0.0.1:5432 and Redis on
127.0.0.1:6379; DRILL_PG_URL and DRILL_REDIS_URL change them).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg
import redis
import requests

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python") if (ROOT / ".venv").exists() else sys.executable
PG_URL = os.environ.get("DRILL_PG_URL", "postgres://postgres@127.0.0.1:5432").rstrip("/")
REDIS_URL = os.environ.get("DRILL_REDIS_URL", "redis://127.0.0.1:6379/9")
LOCKOUT_THRESHOLD = 5
JOBS = 10

SETUP = """
import json
from tests.factories import (
    PASSWORD, CdmoFactory, OrganizationFactory, ProjectFactory, SiteFactory, UserFactory,
)
cdmo = CdmoFactory()
site = SiteFactory(organization=cdmo, code="VSP", name="Visp API plant")
sponsor = OrganizationFactory(name="Aurora Therapeutics", short_name="AUR")
staff = dict(organization=cdmo, site=site, role_codes=("project_manager",))
pm = UserFactory(username="drill.pm", first_name="Alice", last_name="Morgan", **staff)
UserFactory(username="drill.locked", first_name="Lou", last_name="Locked", **staff)
project = ProjectFactory(
    sponsor=sponsor, site=site, code="AUR-101-TT", members=[(pm, "project_manager")]
)
print(json.dumps({"project": project.pk, "password": PASSWORD}))
"""

ENQUEUE = f"""
import json
from accord.core.jobs import enqueue
from accord.core.uploads import pending_files_sweep
ids = [enqueue(pending_files_sweep, name=f"Drill job {{n}}").pk for n in range({JOBS})]
print(json.dumps(ids))
"""


class Drill:
    def __init__(self) -> None:
        self.tmp = Path(tempfile.mkdtemp(prefix="accord-drill-"))
        self.database = f"accord_drill_{os.getpid()}"
        self.processes: list[tuple[str, subprocess.Popen]] = []
        self.results: list[tuple[str, bool, str]] = []
        self.env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("ACCORD_", "DJANGO_")) and key != "DATABASE_URL"
        }
        self.env.update(
            {
                "DATABASE_URL": f"{PG_URL}/{self.database}",
                "ACCORD_ENV": "development",
                "DEBUG": "false",
                "ACCORD_NODES": "2",
                "ACCORD_CACHE_URL": REDIS_URL,
                "ACCORD_MEDIA_ROOT": str(self.tmp / "media"),
                "ACCORD_VAR_DIR": str(self.tmp / "var"),
                "ACCORD_JOBS": "queue",
                "ACCORD_JOBS_POLL_MS": "100",
                "ACCORD_JOBS_WORKERS": "1",
                "ACCORD_LOCKOUT_THRESHOLD": str(LOCKOUT_THRESHOLD),
                "ACCORD_EMAIL_BACKEND": "locmem",
            }
        )
        self.ports = [_free_port(), _free_port()]

    # ------------------------------------------------------------------ set-up

    def setup(self) -> dict:
        with psycopg.connect(f"{PG_URL}/postgres", autocommit=True) as conn:
            # .ci/run names a migrated database to copy (seconds instead of minutes of
            # migrating); `migrate` below then has nothing left to do.
            template = os.environ.get("ACCORD_SCRATCH_TEMPLATE", "")
            copy = f' TEMPLATE "{template}"' if template else ""
            conn.execute(f'CREATE DATABASE "{self.database}"{copy}')
        redis.Redis.from_url(REDIS_URL).flushdb()
        started = time.monotonic()
        self.manage("migrate", "--no-input", "-v", "0")
        print(f"   migrated a fresh database in {time.monotonic() - started:.0f} s", flush=True)
        return json.loads(self.manage("shell", "-c", SETUP).strip().splitlines()[-1])

    def manage(self, *args: str) -> str:
        done = subprocess.run(  # noqa: S603 - our own interpreter and manage.py
            [PYTHON, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=1200,
        )
        if done.returncode:
            raise RuntimeError(f"manage.py {' '.join(args[:1])} failed:\n{done.stderr[-3000:]}")
        return done.stdout

    def start(self) -> None:
        for number, port in enumerate(self.ports, start=1):
            self._spawn(
                f"node {number}",
                [
                    PYTHON, "-m", "gunicorn", "accord.wsgi:application",
                    "--bind", f"127.0.0.1:{port}", "--workers", "1", "--threads", "4",
                    "--graceful-timeout", "5", "--no-control-socket",
                ],
            )  # fmt: skip
        for number in (1, 2):
            self._spawn(f"worker {number}", [PYTHON, "manage.py", "worker"])
        deadline = time.monotonic() + 300
        for port in self.ports:
            while True:
                with contextlib.suppress(requests.RequestException):
                    if requests.get(self.url(port, "/accounts/login/"), timeout=5).ok:
                        break
                if time.monotonic() > deadline:
                    raise RuntimeError(f"The node on port {port} did not answer in 300 s.")
                self._still_running()
                time.sleep(0.5)

    def _spawn(self, name: str, command: list[str]) -> None:
        log = (self.tmp / f"{name.replace(' ', '-')}.log").open("w")
        process = subprocess.Popen(  # noqa: S603 - our own interpreter
            command, cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip
        self.processes.append((name, process))

    def _still_running(self) -> None:
        for name, process in self.processes:
            if process.poll() is not None:
                raise RuntimeError(f"{name} stopped:\n{self.log_tail(name)}")

    def log_tail(self, name: str) -> str:
        path = self.tmp / f"{name.replace(' ', '-')}.log"
        return path.read_text(errors="replace")[-2000:] if path.exists() else ""

    def stop(self) -> None:
        for _, process in self.processes:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for _, process in self.processes:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        with (
            contextlib.suppress(psycopg.Error),
            psycopg.connect(f"{PG_URL}/postgres", autocommit=True) as conn,
        ):
            conn.execute(f'DROP DATABASE IF EXISTS "{self.database}" WITH (FORCE)')
        with contextlib.suppress(redis.RedisError):
            redis.Redis.from_url(REDIS_URL).flushdb()
        shutil.rmtree(self.tmp, ignore_errors=True)

    # ------------------------------------------------------------------ helpers

    @staticmethod
    def url(port: int, path: str) -> str:
        return f"http://127.0.0.1:{port}{path}"

    def sign_in(self, browser: requests.Session, port: int, username: str, password: str):
        browser.get(self.url(port, "/accounts/login/"), timeout=30)
        return browser.post(
            self.url(port, "/accounts/login/"),
            data={
                "username": username,
                "password": password,
                "csrfmiddlewaretoken": browser.cookies.get("csrftoken", ""),
            },
            headers={"Referer": self.url(port, "/accounts/login/")},
            allow_redirects=False,
            timeout=30,
        )

    def check(self, name: str, passed: bool, detail: str) -> None:
        self.results.append((name, passed, detail))
        print(f"{'PASS' if passed else 'FAIL'}  {name}: {detail}", flush=True)

    # ------------------------------------------------------------------ checks

    def check_session(self, password: str) -> requests.Session:
        browser = requests.Session()
        node1, node2 = self.ports
        signed_in = self.sign_in(browser, node1, "drill.pm", password)
        home = browser.get(self.url(node2, "/work/"), allow_redirects=False, timeout=30)
        passed = signed_in.status_code == 302 and home.status_code == 200
        passed = passed and "Alice Morgan" in home.text
        self.check(
            "session across nodes",
            passed,
            f"signed in on node 1 (answer {signed_in.status_code}), node 2's work page "
            f"answered {home.status_code}{' for Alice Morgan' if passed else ''}",
        )
        return browser

    def check_lockout(self, password: str) -> None:
        failures = {port: 0 for port in self.ports}
        for attempt in range(LOCKOUT_THRESHOLD):
            port = self.ports[attempt % 2]
            self.sign_in(requests.Session(), port, "drill.locked", "not-the-password-1")
            failures[port] += 1
        refused = []
        for port in self.ports:
            answer = self.sign_in(requests.Session(), port, "drill.locked", password)
            refused.append(answer.status_code == 200 and "Too many failed sign-ins" in answer.text)
        counts = " + ".join(str(n) for n in failures.values())
        self.check(
            "lockout counted across nodes",
            all(refused),
            f"{counts} failures on nodes 1 and 2 (threshold {LOCKOUT_THRESHOLD}); the right "
            f"password then refused on node 1: {refused[0]}, on node 2: {refused[1]}",
        )

    def check_upload(self, browser: requests.Session, project: int) -> None:
        node1, node2 = self.ports
        content = secrets.token_bytes(256 * 1024)
        digest = hashlib.sha256(content).hexdigest()
        created = browser.post(
            self.url(node1, f"/api/v1/projects/{project}/documents"),
            data={"title": "Drill batch record"},
            files={"file": ("drill-batch-record.pdf", content, "application/pdf")},
            headers={"X-CSRFToken": browser.cookies.get("csrftoken", "")},
            timeout=60,
        )
        if created.status_code != 201:
            self.check("upload on 1, download on 2", False, f"upload answered {created.text}")
            return
        document = created.json()
        download = browser.get(
            self.url(node2, f"/api/v1/documents/{document['id']}/download"), timeout=60
        )
        same = download.status_code == 200 and download.content == content
        self.check(
            "upload on 1, download on 2",
            same and document["sha256"] == digest,
            f"{len(content)} bytes, SHA-256 {digest[:12]}..., node 2 answered "
            f"{download.status_code} with {'the same' if same else 'different'} bytes",
        )

    def check_jobs(self) -> None:
        ids = json.loads(self.manage("shell", "-c", ENQUEUE).strip().splitlines()[-1])
        deadline = time.monotonic() + 300
        rows: list[tuple] = []
        with psycopg.connect(f"{PG_URL}/{self.database}", autocommit=True) as conn:
            while time.monotonic() < deadline:
                rows = conn.execute(
                    "SELECT id, status, attempts, worker FROM core_job WHERE id = ANY(%s)",
                    (ids,),
                ).fetchall()
                if rows and all(status in {"done", "failed"} for _, status, _, _ in rows):
                    break
                time.sleep(0.5)
            time.sleep(2)  # a second run would show as a second attempt
            rows = conn.execute(
                "SELECT id, status, attempts, worker FROM core_job WHERE id = ANY(%s)", (ids,)
            ).fetchall()
        done_once = [r for r in rows if r[1] == "done" and r[2] == 1]
        workers = {r[3].split(":")[-1] for r in done_once}
        self.check(
            "each job runs exactly once",
            len(done_once) == len(ids) == JOBS,
            f"{len(done_once)} of {len(ids)} jobs done after exactly one attempt, by "
            f"{len(workers)} worker process(es)",
        )

    def run(self) -> int:
        started = time.monotonic()
        try:
            print("== multi-node drill: set-up", flush=True)
            data = self.setup()
            self.start()
            print(
                f"   nodes on ports {self.ports[0]} and {self.ports[1]}, two workers, cache "
                f"{REDIS_URL}",
                flush=True,
            )
            browser = self.check_session(data["password"])
            self.check_lockout(data["password"])
            self.check_upload(browser, data["project"])
            self.check_jobs()
        except Exception as exc:  # noqa: BLE001 - the drill reports any failure as one
            self.check("drill", False, f"{type(exc).__name__}: {exc}")
            for name, _ in self.processes:
                print(f"--- {name} log (end)\n{self.log_tail(name)}", flush=True)
        finally:
            self.stop()
        failed = [name for name, passed, _ in self.results if not passed]
        took = time.monotonic() - started
        print(f"== multi-node drill: {'FAIL' if failed else 'PASS'} ({took:.0f} s)", flush=True)
        return 1 if failed else 0


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


if __name__ == "__main__":
    sys.exit(Drill().run())
