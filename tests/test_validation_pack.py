"""The validation pack an inspector reads: requirements, tests, results per database,
the untested requirements, configuration without secrets, and the audit verification."""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import transaction
from django.test import override_settings
from pypdf import PdfReader

from accord.accounts.services import organization_create
from accord.audit import chain
from accord.core import traceability

REQUIREMENTS = settings.BASE_DIR / "docs" / "requirements.md"
SECRETS = {
    "SECRET_KEY": "vp-secret-key-7f3a9c1e5b2d4f6a8c0e2b4d6f8a1c3e5b7d9f1a3c5e7b9d",
    "EMAIL_HOST_PASSWORD": "vp-mail-password-Quokka-42",
    "ACCORD_AUDIT_CHECKPOINT_KEY": "vp-checkpoint-key-Wombat-77",
}


def _test(nodeid: str, reqs: list[str], outcome: str) -> dict:
    return {"nodeid": nodeid, "requirements": reqs, "outcome": outcome}


def _results(folder: Path) -> Path:
    """Two runs: SQLite with a failure on AT-6, PostgreSQL all passing; evidence beside."""
    traceability.results_write(
        folder / "traceability-sqlite.json",
        "sqlite",
        [
            _test("tests/test_audit.py::test_events_chain", ["AT-1", "AT-6"], "passed"),
            _test("tests/test_audit.py::test_tamper_is_found", ["AT-6"], "failed"),
            _test("tests/test_signatures.py::test_signing", ["ES-1"], "passed"),
        ],
        run={
            "date": "2026-12-07T21:14:03+00:00",
            "version": "0.9.1",
            "commit": "0123456789abcdef0123456789abcdef01234567",
            "database": "sqlite",
            "database_version": "3.46.1",
            "tests_collected": 3,
            "tests_failed": 1,
            "marked": {"passed": 2, "failed": 1, "skipped": 0, "not run": 0},
        },
    )
    traceability.results_write(
        folder / "traceability-postgresql.json",
        "postgresql",
        [
            _test("tests/test_audit.py::test_events_chain", ["AT-1", "AT-6"], "passed"),
            _test("tests/test_audit.py::test_tamper_is_found", ["AT-6"], "passed"),
            _test("tests/test_signatures.py::test_signing", ["ES-1"], "passed"),
        ],
        run={
            "date": "2026-12-06T08:02:59+00:00",
            "version": "0.9.0",
            "commit": "fedcba9876543210fedcba9876543210fedcba98",
            "database": "postgresql",
            "database_version": "16.4",
        },
    )
    (folder / "fuzz").mkdir()
    (folder / "fuzz" / "openapi-report.txt").write_text("12000 requests, 0 server errors\n")
    return folder


@dataclass
class Pack:
    html: str
    pdf: str
    out: Path
    results: Path
    audit: chain.VerifyResult


@pytest.fixture(scope="module")
def pack(django_db_setup, django_db_blocker, tmp_path_factory) -> Iterator[Pack]:
    """One pack for the module (a PDF takes seconds), built in a block rolled back after."""
    results = _results(tmp_path_factory.mktemp("var"))
    out = tmp_path_factory.mktemp("pack")
    outer = transaction.atomic()
    outer._from_testcase = True  # audit events append as each write ends (tests/conftest.py)
    with django_db_blocker.unblock(), override_settings(**SECRETS):
        outer.__enter__()
        try:
            organization_create(
                actor=None,
                kind="sponsor",
                name="Cobalt Bio",
                short_name="Cobalt",
                sponsor_type="biotech",
            )
            with pytest.raises(SystemExit) as exit_:
                call_command(
                    "validation_pack",
                    str(out),
                    results=results,
                    by="Quinn QA",
                    stdout=io.StringIO(),
                )
            assert exit_.value.code == 1  # a failing test: not release evidence as it stands
            audit = chain.verify()
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
    html = (out / "validation-pack.html").read_text()
    reader = PdfReader(out / "validation-pack.pdf")
    yield Pack(html, "\n".join(page.extract_text() for page in reader.pages), out, results, audit)


@pytest.mark.req("VAL-1")
def test_the_pack_lists_every_requirement_and_flags_the_untested(pack):
    html, pdf = pack.html, pack.pdf
    for requirement in traceability.requirements_from(REQUIREMENTS):
        assert f'id="req-{requirement.id}"' in html
    untested = html.split("<h2>Requirements without a test</h2>")[1].split("<h2>")[0]
    assert ">AT-2<" in untested and ">VAL-4<" in untested
    assert ">AT-1<" not in untested and ">ES-1<" not in untested
    total = len(traceability.requirements_from(REQUIREMENTS))
    assert f"{total - 3} requirements have no automated test" in html
    # The PDF is a real PDF holding the same matrix.
    assert "AT-6" in pdf and "R-MR-1" in pdf
    assert "Requirements without a test" in pdf


@pytest.mark.req("VAL-1")
@pytest.mark.req("VAL-2")
def test_the_pack_shows_each_databases_last_result_with_its_date_and_version(pack):
    html, pdf = pack.html, pack.pdf
    row = html.split('id="req-AT-6"')[1].split("</tr>")[0]
    assert "tests/test_audit.py::test_tamper_is_found" in row
    assert "failed on SQLite" in row
    # Columns in order: SQLite failed, PostgreSQL passed.
    assert row.index('badge failed">Failed') < row.index('badge passed">Passed')
    runs = html.split("<h3>Test runs</h3>")[1].split("</table>")[0]
    assert "SQLite 3.46.1" in runs and "2026-12-07 21:14" in runs and "0.9.1" in runs
    assert "PostgreSQL 16.4" in runs and "2026-12-06 08:02" in runs and "0.9.0" in runs
    assert "0123456789ab" in runs
    assert "Failed" in pdf and "2026-12-07 21:14" in pdf


@pytest.mark.req("VAL-2")
def test_the_pack_verifies_the_audit_chain_it_runs_on(pack):
    html, pdf = pack.html, pack.pdf
    result = pack.audit
    assert result.ok and result.events > 0
    section = html.split("<h2>Audit-chain verification</h2>")[1].split("<h2>")[0]
    assert "OK</span> the chain is intact" in section
    assert f"<td>{result.events}</td>" in section
    assert result.head_hash in section
    assert "Audit-chain verification" in pdf
    assert "the chain is intact" in pdf


@pytest.mark.req("VAL-2")
def test_the_pack_holds_configuration_and_the_deploy_check_but_no_secret(pack):
    html, pdf = pack.html, pack.pdf
    assert "Session idle timeout" in html and "Sign-in lockout" in html
    assert "Largest upload" in html and "Background jobs" in html
    assert "Audit checkpoint key</td><td>set (kept outside the pack)" in html
    assert "accord check --deploy" in html
    for value in (*SECRETS.values(), settings.DATABASES["default"].get("PASSWORD") or "\0"):
        assert value not in html
        assert value not in pdf


@pytest.mark.req("VAL-2")
def test_evidence_files_are_attached_with_their_sha256(pack):
    html, out, results = pack.html, pack.out, pack.results
    copied = out / "evidence" / "fuzz" / "openapi-report.txt"
    assert copied.read_text() == "12000 requests, 0 server errors\n"
    assert "evidence/fuzz/openapi-report.txt" in html
    assert hashlib.sha256(copied.read_bytes()).hexdigest() in html
    sqlite_results = (results / "traceability-sqlite.json").read_bytes()
    assert hashlib.sha256(sqlite_results).hexdigest() in html


@pytest.mark.req("VAL-2")
def test_without_test_results_the_command_says_so_and_writes_nothing(tmp_path, db):
    with pytest.raises(CommandError, match=r"No test results in .*make test"):
        call_command("validation_pack", str(tmp_path / "pack"), results=tmp_path)
    assert not (tmp_path / "pack").exists()


@pytest.mark.req("VAL-2")
def test_a_clean_run_exits_zero_and_results_from_before_run_facts_still_read(tmp_path, db):
    folder = tmp_path / "var"
    folder.mkdir()
    # A results file written before runs recorded their date and version.
    (folder / "traceability-sqlite.json").write_text(
        json.dumps({"database": "sqlite", "tests": [_test("tests/t.py::t", ["AT-1"], "passed")]})
    )
    requirements = tmp_path / "requirements.md"
    requirements.write_text(
        "## Audit trail\n\n| ID | What |\n|---|---|\n| AT-1 | Changes are audited. |\n"
        "| AT-2 | Events name who. |\n"
    )
    out = io.StringIO()
    call_command(
        "validation_pack",
        str(tmp_path / "pack"),
        results=folder,
        requirements=requirements,
        by="QA",
        stdout=out,
    )
    assert "1 of 2 requirements have tests; 1 have none" in out.getvalue()
    assert "Audit chain: OK" in out.getvalue()
    html = (tmp_path / "pack" / "validation-pack.html").read_text()
    assert "not recorded" in html
    assert "1 requirement has no automated test" in html
