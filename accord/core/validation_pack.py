"""The validation pack: what a CDMO's QA hands an inspector for Accord's IQ/OQ.

For one release it gathers the requirements (docs/requirements.md), the tests that prove
each one and their last result per database (the ``traceability-<database>.json`` files
the suite writes), the requirements without a test, the configuration that matters
(never a secret), the deployment check, the audit-chain verification of the database it
runs on, and the evidence files found next to the results, and writes them as one HTML
page and its PDF (``accord validation-pack``, docs/validation.md).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.metadata
import shutil
import subprocess
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core import checks
from django.db import connection as default_connection
from django.template.loader import render_to_string

from accord.core import traceability

DATABASE_LABELS = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}
OUTCOME_LABELS = {
    "passed": "Passed",
    "failed": "Failed",
    "skipped": "Skipped",
    "not run": "Not run",
    "no test": "No test",
}
# Evidence the pack attaches when it finds it under the results folder.
EVIDENCE_PATTERNS = ("traceability-*.json", "fuzz/**/*", "*.xml", "junit/**/*.xml")


class NoResults(Exception):
    """No test results to build the pack from."""


def accord_version() -> str:
    try:
        return importlib.metadata.version("accord")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def git_commit(directory: Path | None = None) -> str:
    """The commit the code runs from, with ``+changes`` when the tree differs from it;
    empty outside a git checkout."""
    cwd = directory or settings.BASE_DIR
    try:
        commit = subprocess.run(  # noqa: S603 - fixed arguments, no user input
            ["git", "rev-parse", "HEAD"],  # noqa: S607 - git from PATH, like a developer
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(  # noqa: S603
            ["git", "status", "--porcelain", "--untracked-files=no"],  # noqa: S607
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""
    return commit + ("+changes" if dirty else "")


def database_version(connection=default_connection) -> str:
    if connection.vendor == "sqlite":
        return connection.Database.sqlite_version
    if connection.vendor == "postgresql":
        try:
            number = connection.pg_version
        except Exception:  # noqa: BLE001 - a closed test database: the version is optional
            return ""
        return f"{number // 10000}.{number % 10000}"
    return ""


def run_facts(connection=default_connection) -> dict:
    """When and on what a test run happened; stored with its results (tests/conftest.py)."""
    return {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "version": accord_version(),
        "commit": git_commit(),
        "database": connection.vendor,
        "database_version": database_version(connection),
    }


def requirement_sections(path: Path) -> dict[str, str]:
    """``{requirement id: the heading of its section}``."""
    sections = {}
    heading = ""
    ids = {r.id for r in traceability.requirements_from(path)}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            heading = line[3:].strip()
            continue
        for requirement_id in ids - sections.keys():
            if line.startswith((f"| {requirement_id} |", f"- **{requirement_id}")):
                sections[requirement_id] = heading
    return sections


@dataclass
class TestResult:
    nodeid: str
    outcomes: dict[str, str]  # database -> outcome

    @property
    def failed_on(self) -> list[str]:
        return [DATABASE_LABELS.get(d, d) for d, o in self.outcomes.items() if o == "failed"]


@dataclass
class PackRow:
    id: str
    summary: str
    section: str
    tests: list[TestResult]
    # (database, outcome, its label) in the pack's database order
    outcomes: list[tuple[str, str, str]]

    @property
    def failing(self) -> bool:
        return any(o == "failed" for _, o, _ in self.outcomes)

    def outcome(self, database: str) -> str:
        return next(o for d, o, _ in self.outcomes if d == database)


@dataclass
class Run:
    database: str
    label: str
    date: dt.datetime | None
    version: str
    commit: str
    database_version: str
    tests_collected: int | None
    marked: dict[str, int] = field(default_factory=dict)


def _date(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    try:
        return dt.datetime.fromisoformat(text).astimezone(dt.UTC)
    except ValueError:
        return None


def configuration() -> list[tuple[str, str]]:
    """The settings an inspector asks about, by name; a secret is never read, only whether
    it is set."""
    db = settings.DATABASES["default"]
    minutes = settings.ACCORD_LOCKOUT_MINUTES
    signing = settings.ACCORD_SIGNATURE_SESSION_MINUTES
    min_length = next(
        (
            v["OPTIONS"]["min_length"]
            for v in settings.AUTH_PASSWORD_VALIDATORS
            if v["NAME"].endswith("MinimumLengthValidator")
        ),
        None,
    )
    return [
        ("Environment", settings.ACCORD_ENV),
        ("Debug mode", "on" if settings.DEBUG else "off"),
        ("Allowed host names", f"{len(settings.ALLOWED_HOSTS)} configured"),
        ("Time zone shown to users", settings.TIME_ZONE),
        (
            "Second factor (TOTP) for administrators and QA approvers",
            "required" if settings.ACCORD_MFA == "required" else "off",
        ),
        ("Session idle timeout", f"{settings.ACCORD_SESSION_IDLE_MINUTES} minutes"),
        ("Session absolute lifetime", f"{settings.SESSION_COOKIE_AGE // 3600} hours"),
        (
            "Sign-in lockout",
            f"after {settings.ACCORD_LOCKOUT_THRESHOLD} failures within "
            f"{settings.ACCORD_LOCKOUT_WINDOW_MINUTES} minutes, for {minutes} minutes",
        ),
        ("Minimum password length", f"{min_length} characters" if min_length else "not set"),
        (
            "Each signature asks for",
            f"user id and password; the password alone within {signing} minutes of a full one"
            if signing
            else "user id and password, every time",
        ),
        ("Largest upload", f"{settings.ACCORD_MAX_UPLOAD_MB} MB"),
        ("Largest request body", f"{settings.DATA_UPLOAD_MAX_MEMORY_SIZE // 1024} KB"),
        ("API rate limit", settings.ACCORD_API_RATE_LIMIT),
        (
            "Background jobs",
            "queued to workers" if settings.ACCORD_JOBS == "queue" else "run at once (inline)",
        ),
        (
            "Database",
            f"{DATABASE_LABELS.get(default_connection.vendor, default_connection.vendor)} "
            f"{database_version()}".strip(),
        ),
        ("Database lock timeout", f"{settings.ACCORD_DB_LOCK_TIMEOUT_MS} ms"),
        ("File storage", settings.STORAGES["default"]["BACKEND"].rsplit(".", 1)[-1]),
        ("Secure cookies", "yes" if getattr(settings, "SESSION_COOKIE_SECURE", False) else "no"),
        ("HSTS", f"{getattr(settings, 'SECURE_HSTS_SECONDS', 0) or 0} seconds"),
        (
            "Audit checkpoint key",
            "set (kept outside the pack)" if settings.ACCORD_AUDIT_CHECKPOINT_KEY else "not set",
        ),
        ("Database host", "set" if db.get("HOST") else "local file or socket"),
    ]


def deploy_check() -> dict:
    """Django's deployment checklist (``check --deploy``) against the running settings."""
    messages = [
        m
        for m in checks.run_checks(include_deployment_checks=True)
        if not m.is_silenced() and m.level >= checks.WARNING
    ]
    return {
        "ok": not messages,
        "messages": [
            {
                "id": m.id or "",
                "level": "Error" if m.level >= checks.ERROR else "Warning",
                "text": str(m.msg).split("\n")[0],
            }
            for m in messages
        ],
    }


def audit_verification() -> dict:
    from accord.audit import chain

    result = chain.verify()
    return {
        "ok": result.ok,
        "events": result.events,
        "head_seq": result.head_seq,
        "head_hash": result.head_hash,
        "problems": [str(p) for p in result.problems[:20]],
        "more_problems": max(len(result.problems) - 20, 0),
    }


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def evidence_files(results_dir: Path, extra: list[Path] = ()) -> list[tuple[Path, str]]:
    """``(file, name in the pack)`` for each evidence file found, without duplicates."""
    found: dict[Path, str] = {}
    for pattern in EVIDENCE_PATTERNS:
        for path in sorted(results_dir.glob(pattern)):
            if path.is_file():
                found.setdefault(path.resolve(), str(path.relative_to(results_dir)))
    for path in extra:
        paths = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for item in paths:
            found.setdefault(item.resolve(), item.name)
    return list(found.items())


def pack_context(
    *,
    requirements_path: Path,
    results_dir: Path,
    generated_by: str,
    evidence: list[Path] = (),
    now: dt.datetime | None = None,
) -> dict:
    runs = traceability.results_read(results_dir)
    if not runs:
        raise NoResults(
            f"No test results in {results_dir}: run `make test` (on SQLite and on "
            "PostgreSQL) first, or point --results at the folder holding "
            "traceability-<database>.json."
        )
    facts = traceability.runs_read(results_dir)
    databases = sorted(runs, key=lambda d: (d != "sqlite", d))
    requirements = traceability.requirements_from(requirements_path)
    sections = requirement_sections(requirements_path)

    per_test: dict[str, dict[str, str]] = defaultdict(dict)
    tests_by_req: dict[str, set[str]] = defaultdict(set)
    for database, tests in runs.items():
        for test in tests:
            per_test[test["nodeid"]][database] = test["outcome"]
            for req in test["requirements"]:
                tests_by_req[req].add(test["nodeid"])

    rows = []
    for row in traceability.matrix(requirements, runs):
        rows.append(
            PackRow(
                id=row.requirement.id,
                summary=row.requirement.summary,
                section=sections.get(row.requirement.id, ""),
                tests=[TestResult(t, per_test[t]) for t in row.tests],
                outcomes=[(d, row.outcomes[d], OUTCOME_LABELS[row.outcomes[d]]) for d in databases],
            )
        )
    grouped: dict[str, list[PackRow]] = {}
    for row in rows:
        grouped.setdefault(row.section or "Other", []).append(row)

    run_list = []
    for database in databases:
        info = facts.get(database, {})
        run_list.append(
            Run(
                database=database,
                label=DATABASE_LABELS.get(database, database),
                date=_date(info.get("date")),
                version=info.get("version", ""),
                commit=info.get("commit", ""),
                database_version=info.get("database_version", ""),
                tests_collected=info.get("tests_collected"),
                marked=info.get("marked")
                or {
                    o: sum(t["outcome"] == o for t in runs[database])
                    for o in ("passed", "failed", "skipped", "not run")
                },
            )
        )

    untested = [r for r in rows if not r.tests]
    summary = {
        "requirements": len(rows),
        "tested": len(rows) - len(untested),
        "untested": len(untested),
        "failing": sum(r.failing for r in rows),
        "passing_per_database": [
            (
                DATABASE_LABELS.get(d, d),
                sum(1 for r in rows if r.outcome(d) == "passed"),
            )
            for d in databases
        ],
    }
    return {
        "system": settings.ACCORD_SITE_NAME,
        "version": accord_version(),
        "commit": git_commit(),
        "generated_at": now or dt.datetime.now(dt.UTC),
        "generated_by": generated_by,
        "database": DATABASE_LABELS.get(default_connection.vendor, default_connection.vendor),
        "database_version": database_version(),
        "databases": [(d, DATABASE_LABELS.get(d, d)) for d in databases],
        "runs": run_list,
        "summary": summary,
        "sections": list(grouped.items()),
        "untested": untested,
        "unknown_ids": sorted(traceability.unknown_ids(requirements, runs)),
        "configuration": configuration(),
        "deploy_check": deploy_check(),
        "audit": audit_verification(),
        "evidence": evidence_files(results_dir, list(evidence)),
        "requirements_file": requirements_path.name,
    }


def pack_write(outdir: Path, context: dict) -> tuple[Path, Path]:
    """Write validation-pack.html, validation-pack.pdf and evidence/ into ``outdir``."""
    from weasyprint import HTML

    outdir.mkdir(parents=True, exist_ok=True)
    attached = []
    if context["evidence"]:
        folder = outdir / "evidence"
        folder.mkdir(exist_ok=True)
        for source, name in context["evidence"]:
            target = folder / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
            attached.append(
                {
                    "name": f"evidence/{name}",
                    "size": target.stat().st_size,
                    "sha256": _sha256(target),
                }
            )
    context = {**context, "attached": attached}
    html = render_to_string("core/validation_pack.html", context)
    html_path = outdir / "validation-pack.html"
    html_path.write_text(html, encoding="utf-8")
    pdf_path = outdir / "validation-pack.pdf"
    pdf_path.write_bytes(HTML(string=html).write_pdf())
    return html_path, pdf_path
