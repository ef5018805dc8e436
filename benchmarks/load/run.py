"""Load benchmark: the demo on PostgreSQL behind gunicorn, locust at 8, 16 and 32 users.

    .venv/bin/python benchmarks/load/run.py [--quick] [--duration 60] [--users 8,16,32]
                                            [--kill-worker] [--no-queries]

One command, in order:

1. the PostgreSQL database ``$LOAD_DATABASE_URL`` (default
   ``postgres://postgres@127.0.0.1:5432/accord_load``) is created when absent, migrated,
   and loaded with ``accord demo`` when it has no demo users (a few minutes, once; the
   database is reused afterwards; the mix's writes accumulate in it, as in real use);
2. the query count and server time of every page of the mix, through Django's test
   client (``benchmarks/load/pages.py``), on the smallest and the largest project;
3. gunicorn as the Procfile starts it (``accord.wsgi``, ``--threads 4``, DEBUG off) but
   with ``--workers 4``, on a free local port;
4. locust headless (``benchmarks/load/locustfile.py``) at each user count for
   ``--duration`` seconds (default 60; ``--quick`` 20), after a short warm-up;
5. a table per user count (p50/p95/p99 per page, requests/s, failures) on the terminal
   and in ``benchmarks/load/results-<date>.md`` and ``.json``.

``--kill-worker`` sends SIGKILL to one gunicorn worker halfway through the last (32-user)
run, then reports the 5xx answers and connection errors of that run, checks that the
master started a new worker, and that nothing was half-written: the audit chain
verifies (``accord audit verify``) and every task and risk changed during the run has
an audit event for each version it went through (``pages.py consistency``).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent
DEFAULT_DB = "postgres://postgres@127.0.0.1:5432/accord_load"
PAGE_ORDER = (
    "My work",
    "project list",
    "project overview",
    "plan page",
    "Gantt data",
    "risk register",
    "risk detail",
    "risk edit (form)",
    "risk edit (save)",
    "task edit (form)",
    "task edit (save)",
    "baseline (form)",
    "baseline (signature)",
    "portal home",
    "portal project",
    "portal plan",
    "portal Gantt data",
    "portal risk register",
)


def _env(database_url: str, var_dir: str) -> dict:
    env = dict(os.environ)
    env.update(
        DATABASE_URL=database_url,
        ACCORD_VAR_DIR=var_dir,
        ACCORD_ENV="development",
        DEBUG="false",
        # As in production: a connection kept between requests, not one per request.
        ACCORD_DB_CONN_MAX_AGE="60",
        DJANGO_SETTINGS_MODULE="accord.settings",
        PYTHONPATH=str(ROOT),
    )
    return env


def _manage(env: dict, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=check,
        capture_output=True,
        text=True,
    )


def prepare_database(env: dict) -> None:
    """Create, migrate and load the demo when the database is absent or empty."""
    import psycopg

    url = env["DATABASE_URL"]
    base, name = url.rsplit("/", 1)
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
        if not exists:
            print(f"Creating database {name}")
            conn.execute(f'CREATE DATABASE "{name}"')
    print("Migrating (nothing to do when up to date)")
    _manage(env, "migrate", "--no-input", "-v", "0")
    probe = _manage(
        env,
        "shell",
        "-c",
        "from accord.accounts.models import User;"
        "print(User.objects.filter(username='pm.alice').exists())",
    )
    if probe.stdout.strip().splitlines()[-1:] != ["True"]:
        print("Loading the demo data (accord demo: a few minutes)")
        started = time.perf_counter()
        _manage(env, "demo")
        print(f"  loaded in {time.perf_counter() - started:.0f} s")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_gunicorn(env: dict, workers: int, port: int, log: Path) -> subprocess.Popen:
    command = [
        str(BIN / "gunicorn"),
        "accord.wsgi:application",
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        str(workers),
        "--threads",
        "4",
        "--graceful-timeout",
        "10",
        "--no-control-socket",
    ]
    server = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            if server.poll() is not None:
                raise SystemExit(f"gunicorn stopped at start; see {log}") from None
            time.sleep(0.3)
    # Workers import the application on their first request (the Procfile does not
    # preload): a few requests per worker first, so no user waits for an import.
    import concurrent.futures
    import urllib.request

    def fetch(_):
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/accounts/login/", timeout=120):
            pass

    with concurrent.futures.ThreadPoolExecutor(workers * 2) as pool:
        list(pool.map(fetch, range(workers * 6)))
    return server


def workers_of(server: subprocess.Popen) -> list[int]:
    import psutil

    return sorted(child.pid for child in psutil.Process(server.pid).children())


def run_locust(env: dict, host: str, users: int, seconds: int, prefix: Path) -> None:
    command = [
        str(BIN / "locust"),
        "-f",
        str(HERE / "locustfile.py"),
        "--headless",
        "--host",
        host,
        "--users",
        str(users),
        "--spawn-rate",
        str(max(4, users // 2)),
        "--run-time",
        f"{seconds}s",
        "--csv",
        str(prefix),
        "--only-summary",
        "--loglevel",
        "WARNING",
        "--exit-code-on-error",
        "0",
        # Requests in flight when the time is up finish and count (none is cut off).
        "--stop-timeout",
        "30",
    ]
    subprocess.run(command, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


def read_stats(prefix: Path) -> dict:
    """Per page: requests, failures, p50/p95/p99 (ms), requests/s; and the overall row."""
    pages = {}
    with open(f"{prefix}_stats.csv", newline="") as handle:
        for row in csv.DictReader(handle):
            name = row["Name"]
            pages[name] = {
                "requests": int(row["Request Count"]),
                "failures": int(row["Failure Count"]),
                "p50": _ms(row["50%"]),
                "p95": _ms(row["95%"]),
                "p99": _ms(row["99%"]),
                "rps": round(float(row["Requests/s"]), 1),
            }
    failures = []
    with open(f"{prefix}_failures.csv", newline="") as handle:
        for row in csv.DictReader(handle):
            failures.append(
                {"page": row["Name"], "error": row["Error"], "count": int(row["Occurrences"])}
            )
    return {"pages": pages, "failures": failures}


def _ms(value: str) -> float | None:
    return None if value in ("", "N/A") else float(value)


def _n(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f}"


def _ordered(pages: dict) -> list[str]:
    known = [name for name in PAGE_ORDER if name in pages]
    rest = sorted(name for name in pages if name not in PAGE_ORDER and name != "Aggregated")
    return [*known, *rest, *(["Aggregated"] if "Aggregated" in pages else [])]


def table(stats: dict) -> list[str]:
    lines = [
        "| Page | Requests | Failures | p50 ms | p95 ms | p99 ms | req/s |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name in _ordered(stats["pages"]):
        row = stats["pages"][name]
        label = "**All pages**" if name == "Aggregated" else name
        lines.append(
            f"| {label} | {row['requests']} | {row['failures']} | {_n(row['p50'])} | "
            f"{_n(row['p95'])} | {_n(row['p99'])} | {row['rps']} |"
        )
    return lines


def query_table(rows: list[dict]) -> list[str]:
    lines = [
        "| Page | Queries, smallest project | Queries, largest project | Server ms (one request) |",
        "|---|---:|---:|---:|",
    ]
    for row in rows:
        lines.append(
            f"| {row['page']} | {row['queries_small']} | {row['queries_large']} | "
            f"{row['server_ms']} |"
        )
    return lines


def kill_drill(server: subprocess.Popen, after: float, record: dict) -> None:
    """In a thread: SIGKILL one worker ``after`` seconds from now."""
    time.sleep(after)
    victims = workers_of(server)
    if not victims:
        record["error"] = "no worker to kill"
        return
    victim = victims[0]
    os.kill(victim, signal.SIGKILL)
    record.update(killed=victim, at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))
    time.sleep(5)
    record["workers_after"] = len(workers_of(server))


def check_integrity(env: dict, targets: Path) -> dict:
    verify = _manage(env, "audit", "verify", check=False)
    consistency = subprocess.run(
        [sys.executable, "-m", "benchmarks.load.pages", "consistency", "-", str(targets)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    return {
        "audit_verify_exit": verify.returncode,
        "audit_verify": (verify.stdout + verify.stderr).strip()[-800:],
        "consistency_exit": consistency.returncode,
        "consistency": (consistency.stdout + consistency.stderr).strip()[-1500:],
    }


def main() -> None:
    import threading

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="20 s per user count")
    parser.add_argument("--duration", type=int, default=None, help="seconds per user count")
    parser.add_argument("--users", default="8,16,32")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--warmup", type=int, default=5, help="seconds of 4 users first")
    parser.add_argument("--kill-worker", action="store_true")
    parser.add_argument("--no-queries", action="store_true", help="skip the query counts")
    parser.add_argument("--out", default=str(HERE), help="folder of the results files")
    args = parser.parse_args()
    seconds = args.duration or (20 if args.quick else 60)
    counts = [int(n) for n in args.users.split(",")]
    database_url = os.environ.get("LOAD_DATABASE_URL", DEFAULT_DB)
    work = Path(tempfile.mkdtemp(prefix="accord-load-"))
    env = _env(database_url, str(work))
    prepare_database(env)

    subprocess.run(
        [sys.executable, "-m", "benchmarks.load.pages", "targets", str(work / "targets.json")],
        cwd=ROOT,
        env=env,
        check=True,
    )
    env["LOAD_TARGETS"] = str(work / "targets.json")
    queries = []
    if not args.no_queries:
        print("Queries and server time per page (test client, one request after a warm-up):")
        subprocess.run(
            [
                sys.executable,
                "-m",
                "benchmarks.load.pages",
                "queries",
                str(work / "queries.json"),
                str(work / "targets.json"),
            ],
            cwd=ROOT,
            env=env,
            check=True,
        )
        queries = json.loads((work / "queries.json").read_text())

    port = _free_port()
    host = f"http://127.0.0.1:{port}"
    server = start_gunicorn(env, args.workers, port, work / "gunicorn.log")
    started = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    results: dict = {
        "date": started,
        "machine": _machine(),
        "workers": args.workers,
        "seconds": seconds,
        "runs": {},
        "queries": queries,
    }
    try:
        if args.warmup:
            run_locust(env, host, 4, args.warmup, work / "warmup")
        for users in counts:
            drill: dict = {}
            kill = args.kill_worker and users == counts[-1]
            if kill:
                threading.Thread(
                    target=kill_drill, args=(server, seconds / 2, drill), daemon=True
                ).start()
            print(f"Running {users} users for {seconds} s ...", flush=True)
            prefix = work / f"u{users}"
            run_locust(env, host, users, seconds, prefix)
            stats = read_stats(prefix)
            results["runs"][users] = stats
            print(f"\n{users} users, {seconds} s:")
            print("\n".join(table(stats)))
            for failure in stats["failures"]:
                print(f"  failure: {failure['page']}: {failure['error']} x{failure['count']}")
            if kill:
                drill["failures"] = stats["failures"]
                drill["failed_requests"] = sum(f["count"] for f in stats["failures"])
                results["kill_worker"] = drill
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(30)
        except subprocess.TimeoutExpired:
            server.kill()
    if args.kill_worker:
        integrity = check_integrity(env, work / "targets.json")
        results.setdefault("kill_worker", {}).update(integrity)
        print("\nWorker-kill drill:")
        print(json.dumps(results["kill_worker"], indent=1))
    write_results(results, Path(args.out))


def _machine() -> str:
    try:
        with open("/proc/cpuinfo") as handle:
            model = next(
                line.split(":", 1)[1].strip() for line in handle if line.startswith("model name")
            )
    except (OSError, StopIteration):
        model = "unknown CPU"
    load = os.getloadavg()[0]
    return f"{model}, {os.cpu_count()} cores, load average {load:.1f} at the start"


def write_results(results: dict, folder: Path) -> None:
    stamp = results["date"][:16].replace(":", "")
    lines = [
        f"# Load run {results['date']}",
        "",
        f"Machine: {results['machine']}. gunicorn {results['workers']} workers x 4 threads, "
        f"{results['seconds']} s per user count; command: `benchmarks/load/run.py`.",
        "",
    ]
    if results["queries"]:
        lines += ["## Queries per page", "", *query_table(results["queries"]), ""]
    for users, stats in results["runs"].items():
        lines += [f"## {users} users", "", *table(stats), ""]
        for failure in stats["failures"]:
            lines.append(f"- failure: {failure['page']}: {failure['error']} x{failure['count']}")
        lines.append("")
    if "kill_worker" in results:
        lines += ["## Worker killed", "", "```", json.dumps(results["kill_worker"], indent=1)]
        lines += ["```", ""]
    md = folder / f"results-{stamp}.md"
    md.write_text("\n".join(lines))
    (folder / f"results-{stamp}.json").write_text(json.dumps(results, indent=1))
    print(f"\nWritten: {md} and its .json")


if __name__ == "__main__":
    main()
