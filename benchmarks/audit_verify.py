"""How fast `accord audit verify` replays the hash chain, against plain hashlib.

    python benchmarks/audit_verify.py [--events 1000000] [--database sqlite|postgresql|both]

Builds a throw-away database with N realistic audit events (hashed exactly as
`audit_record` hashes them), then times `accord.audit.chain.verify()` over all of them
and, as the floor, `hashlib.sha256` over the same canonical bytes in the same run. The
SQLite database lives in a temporary folder; on PostgreSQL the database `accord_bench`
(or `--pg-name`) is created afresh on the local server.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import platform
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PG_SERVER = "postgres://postgres@127.0.0.1:5432"

ACTIONS = (
    "projects.project.created",
    "projects.document.uploaded",
    "projects.document.submit",
    "projects.document.approve",
    "signatures.signature.signed",
    "accounts.user.updated",
    "accounts.session.login",
    "projects.membership.added",
)


def _events(n: int, canonical, genesis: str):
    """Yield (row values in COLUMNS order + hash, canonical bytes) for n chained events."""
    rng = random.Random(20261125)
    start = dt.datetime(2026, 1, 5, 7, 0, tzinfo=dt.UTC)
    previous = genesis
    for seq in range(1, n + 1):
        action = ACTIONS[seq % len(ACTIONS)]
        changes = json.dumps(
            {"status": ["draft", "in_review"], "title": [None, f"Batch record {seq}"]},
            sort_keys=True,
            separators=(",", ":"),
        )
        row = (
            seq,
            start + dt.timedelta(milliseconds=37 * seq + rng.randrange(30)),
            1 + seq % 40,
            f"user{seq % 40}",
            f"Person {seq % 40}",
            1,
            "ui",
            f"{seq:032x}",
            "10.0.0.7",
            action,
            "projects.projectdocument",
            str(seq % 5000),
            f"PRJ-{seq % 300:03d} Batch record {seq}",
            "projects.project",
            str(seq % 300),
            f"PRJ-{seq % 300:03d} Tech transfer",
            1 + seq % 6,
            changes,
            "" if seq % 7 else "Corrected after QA review",
            previous,
        )
        data = canonical(row)
        digest = hashlib.sha256(data).hexdigest()
        previous = digest
        yield (*row, digest), data


def _load(n: int) -> list[bytes]:
    from django.core.management import call_command
    from django.db import connection

    from accord.audit.chain import COLUMNS, GENESIS, canonical

    call_command("migrate", verbosity=0)
    columns = ", ".join((*COLUMNS, "hash"))
    payloads: list[bytes] = []
    started = time.perf_counter()
    rows = []
    raw = connection.connection if connection.connection else None
    with connection.cursor() as cursor:
        raw = connection.connection
        if connection.vendor == "postgresql":
            with (
                raw.cursor() as pg,
                pg.copy(f"COPY audit_auditevent ({columns}) FROM STDIN") as copy,
            ):
                for row, data in _events(n, canonical, GENESIS):
                    copy.write_row(row)
                    payloads.append(data)
                    last_hash = row[-1]
        else:
            marks = ", ".join(["?"] * (len(COLUMNS) + 1))
            sql = f"INSERT INTO audit_auditevent ({columns}) VALUES ({marks})"  # noqa: S608
            for row, data in _events(n, canonical, GENESIS):
                last_hash = row[-1]
                values = list(row)
                values[1] = values[1].replace(tzinfo=None).isoformat(sep=" ")
                rows.append(values)
                payloads.append(data)
                if len(rows) == 50_000:
                    raw.executemany(sql, rows)
                    rows.clear()
            if rows:
                raw.executemany(sql, rows)
        raw.commit()
        cursor.execute(
            "UPDATE audit_auditchainhead SET seq = %s, hash = %s WHERE id = 1", [n, last_hash]
        )
    print(f"  loaded {n:,} events in {time.perf_counter() - started:.1f} s")
    return payloads


def _measure(label: str, payloads: list[bytes]) -> dict:
    from accord.audit.chain import verify

    verify_times, hash_times = [], []
    for _ in range(3):
        started = time.perf_counter()
        result = verify()
        verify_times.append(time.perf_counter() - started)
        assert result.ok and result.events == len(payloads), result.problem
        sha256 = hashlib.sha256
        started = time.perf_counter()
        for data in payloads:
            sha256(data).hexdigest()
        hash_times.append(time.perf_counter() - started)
    best_verify, best_hash = min(verify_times), min(hash_times)
    n = len(payloads)
    print(
        f"  {label:<11} verify {best_verify:6.2f} s = {n / best_verify:>10,.0f} events/s | "
        f"plain hashlib {best_hash:5.2f} s = {n / best_hash:>10,.0f} events/s | "
        f"verify / hashlib time = {best_verify / best_hash:4.1f}x"
    )
    return {"verify_s": best_verify, "hashlib_s": best_hash}


def _run(database: str, n: int, pg_name: str) -> None:
    import django

    if database == "sqlite":
        folder = tempfile.mkdtemp(prefix="accord-bench-")
        os.environ["DATABASE_URL"] = f"sqlite:///{folder}/bench.sqlite3"
    else:
        import psycopg

        with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {pg_name}")
            admin.execute(f"CREATE DATABASE {pg_name}")
        os.environ["DATABASE_URL"] = f"{PG_SERVER}/{pg_name}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "accord.settings")
    os.environ["ACCORD_DB_STATEMENT_TIMEOUT_MS"] = "0"  # the bulk load is one long COPY
    os.environ["ACCORD_VAR_DIR"] = tempfile.mkdtemp(prefix="accord-bench-var-")
    django.setup()
    print(f"{database}: building {n:,} events")
    payloads = _load(n)
    _measure(database, payloads)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--database", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument(
        "--pg-name", default="accord_bench", help="scratch PostgreSQL database (dropped first)"
    )
    args = parser.parse_args()
    print(f"Python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} cores")
    databases = ("sqlite", "postgresql") if args.database == "both" else (args.database,)
    if len(databases) > 1:
        # Django is configured once per process: run each database in its own process.
        import subprocess

        for database in databases:
            subprocess.run(
                [
                    sys.executable,
                    __file__,
                    *("--events", str(args.events), "--database", database),
                    *("--pg-name", args.pg_name),
                ],
                check=True,
            )
        return
    _run(databases[0], args.events, args.pg_name)


if __name__ == "__main__":
    main()
