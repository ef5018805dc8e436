"""The restore drill: back up a small site, restore it into a second, empty database and
storage, and prove it whole; then alter the archive or the restored data and see each
change caught (accord.core.backup, docs/operations.md "Backup and restore").

The restore runs as the operator runs it: ``manage.py restore`` in its own process, whose
database is a scratch one (PostgreSQL: ``<test database>_restore``, dropped afterwards;
SQLite: a temporary file).
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import override_settings

from accord.core import backup
from accord.projects.models import Project
from tests.factories import (
    CdmoFactory,
    OrganizationFactory,
    ProjectFactory,
    SiteFactory,
    UserFactory,
    make_document,
)

pytestmark = pytest.mark.django_db(transaction=True)
ROOT = Path(__file__).resolve().parent.parent


def _small_site() -> Project:
    cdmo = CdmoFactory()
    site = SiteFactory(organization=cdmo)
    pm = UserFactory(
        organization=cdmo, username="pm.alice", first_name="Alice", role_codes=("project_manager",)
    )
    project = ProjectFactory(
        sponsor=OrganizationFactory(name="Aurora Biotech"),
        site=site,
        code="AUR-101-TT",
        members=[(pm, "project_manager")],
    )
    make_document(
        actor=pm,
        project=project,
        title="Tech transfer plan",
        visibility="internal",
        content=b"Step 1: transfer the process.\n",
    )
    make_document(
        actor=pm,
        project=project,
        title="Batch record",
        visibility="shared",
        content=b"\x00\x01binary batch record\xff",
    )
    return project


class Scratch:
    """An empty database and storage to restore into, reached by a separate process."""

    def __init__(self, tmp_path: Path) -> None:
        self.media = tmp_path / "restored-media"
        self.var = tmp_path / "restored-var"
        self.var.mkdir()
        settings_dict = connection.settings_dict
        if connection.vendor == "postgresql":
            self.name = f"{settings_dict['NAME']}_restore"
            self._execute_admin(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
            self._execute_admin(f'CREATE DATABASE "{self.name}"')
            credentials = settings_dict["USER"] + (
                f":{settings_dict['PASSWORD']}" if settings_dict.get("PASSWORD") else ""
            )
            host = f"{settings_dict['HOST'] or 'localhost'}:{settings_dict['PORT'] or 5432}"
            self.url = f"postgres://{credentials}@{host}/{self.name}"
        else:
            self.name = str(tmp_path / "restored.sqlite3")
            self.url = f"sqlite:///{self.name}"

    def _execute_admin(self, sql: str) -> None:
        with connection.cursor() as cursor:
            cursor.execute(sql)

    def drop(self) -> None:
        if connection.vendor == "postgresql":
            self._execute_admin(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')

    def run(self, *arguments: str) -> subprocess.CompletedProcess:
        environment = dict(
            os.environ,
            DATABASE_URL=self.url,
            ACCORD_MEDIA_ROOT=str(self.media),
            ACCORD_VAR_DIR=str(self.var),
            SECRET_KEY=settings.SECRET_KEY,
            ACCORD_AUDIT_CHECKPOINT_KEY=settings.ACCORD_AUDIT_CHECKPOINT_KEY,
        )
        return subprocess.run(  # noqa: S603
            [sys.executable, "manage.py", *arguments],
            cwd=ROOT,
            env=environment,
            capture_output=True,
            text=True,
            check=False,
            timeout=600,
        )

    def tamper_audit_event(self, seq: int) -> None:
        """Edit one audit event in the restored database, past its append-only triggers."""
        if connection.vendor == "postgresql":
            import psycopg

            settings_dict = connection.settings_dict
            with psycopg.connect(
                dbname=self.name,
                user=settings_dict["USER"],
                password=settings_dict.get("PASSWORD") or None,
                host=settings_dict["HOST"] or None,
                port=settings_dict["PORT"] or None,
                autocommit=True,
            ) as database:
                database.execute("ALTER TABLE audit_auditevent DISABLE TRIGGER USER")
                database.execute(
                    "UPDATE audit_auditevent SET reason = 'edited' WHERE seq = %s", [seq]
                )
        else:
            _sqlite_tamper(Path(self.name), seq)


def _sqlite_tamper(path: Path, seq: int) -> None:
    database = sqlite3.connect(path)
    database.execute("DROP TRIGGER accord_audit_no_update")
    database.execute("UPDATE audit_auditevent SET reason = 'edited' WHERE seq = ?", [seq])
    database.commit()
    database.close()


@pytest.fixture
def scratch(tmp_path):
    target = Scratch(tmp_path)
    yield target
    target.drop()


def _backup(path: Path) -> dict:
    call_command("backup", str(path))
    with backup.archive_opened(path) as folder:
        return backup.manifest_load(folder)


@pytest.mark.req("BR-1")
@pytest.mark.req("BR-2")
@pytest.mark.req("BR-3")
def test_a_backup_restores_into_an_empty_database_and_proves_itself_whole(tmp_path, scratch):
    _small_site()
    archive = tmp_path / "accord-backup.tar"
    manifest = _backup(archive)

    # BR-1: the database, every stored file with its hash, the signed checkpoint.
    with tarfile.open(archive) as tar:
        names = set(tar.getnames())
    database_file = "database.dump" if connection.vendor == "postgresql" else "database.sqlite3"
    assert {database_file, "manifest.json", "checkpoint.json", "configuration.json"} <= names
    assert len(manifest["files"]) == 2
    assert all(len(entry["sha256"]) == 64 for entry in manifest["files"])
    assert manifest["tables"]["projects_project"] == 1
    assert manifest["audit"]["seq"] > 0 and manifest["database_vendor"] == connection.vendor
    with backup.archive_opened(archive) as folder:
        configuration = (folder / "configuration.json").read_text()
    assert settings.SECRET_KEY not in configuration
    assert json.loads(configuration)["SECRET_KEY"] == backup.NOT_STORED

    restored = scratch.run("restore", str(archive))
    assert restored.returncode == 0, restored.stderr
    events = manifest["audit"]["seq"]
    assert (
        f"Audit chain: {events:,} events verified against checkpoint of "
        f"{manifest['audit']['at']}: OK" in restored.stdout
    )
    assert "Files: 2 verified, 4 referenced by records, every SHA-256 matches" in restored.stdout
    rows = sum(manifest["tables"].values())
    assert (
        f"Rows: {rows:,} in {len(manifest['tables'])} tables match the manifest" in restored.stdout
    )
    assert sorted(p.read_bytes() for p in scratch.media.rglob("*") if p.is_file()) == [
        b"\x00\x01binary batch record\xff",
        b"Step 1: transfer the process.\n",
    ]

    # A second restore into the now full database is refused, and says why.
    again = scratch.run("restore", str(archive))
    assert again.returncode == 1
    assert "The target database is not empty" in again.stderr

    # BR-3: an audit event edited in the restored database is caught.
    scratch.tamper_audit_event(seq=2)
    check = scratch.run("restore", "--verify-only", str(archive))
    assert check.returncode == 1
    assert "Audit chain: event #2: its content does not match its hash" in check.stderr
    assert "Verification FAILED" in check.stderr


@pytest.mark.req("BR-3")
@pytest.mark.req("BR-5")
def test_a_changed_byte_in_a_stored_file_is_caught_without_restoring(tmp_path):
    _small_site()
    archive = tmp_path / "archive"
    manifest = _backup(archive)
    call_command("backup", "--verify", str(archive))  # intact: no error

    member = archive / "files" / manifest["files"][0]["path"]
    content = bytearray(member.read_bytes())
    content[0] ^= 0x01
    member.write_bytes(bytes(content))
    with pytest.raises(CommandError, match="failed its check"):
        call_command("restore", "--check-only", str(archive))
    report = backup.archive_check(archive)
    assert report.problems == [
        f"File {manifest['files'][0]['path']}: differs from its SHA-256 in the manifest."
    ]


@pytest.mark.req("BR-3")
@pytest.mark.req("BR-5")
def test_an_edited_manifest_or_the_wrong_key_is_refused(tmp_path):
    _small_site()
    archive = tmp_path / "archive"
    _backup(archive)
    wrong_key = override_settings(ACCORD_AUDIT_CHECKPOINT_KEY="not-the-key-that-signed-it")
    with wrong_key, pytest.raises(CommandError, match="signature does not match"):
        call_command("backup", "--verify", str(archive))

    manifest = json.loads((archive / "manifest.json").read_text())
    manifest["tables"]["projects_project"] = 0
    (archive / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(CommandError, match="signature does not match"):
        call_command("restore", "--check-only", str(archive))


@pytest.mark.req("BR-3")
def test_an_audit_event_edited_in_the_archived_database_is_caught_at_restore(tmp_path, scratch):
    if connection.vendor != "sqlite":
        pytest.skip("edits a SQLite copy in place; on PostgreSQL the restored database is edited")
    _small_site()
    archive = tmp_path / "archive"
    _backup(archive)
    # Someone who holds the key edits an event in the copy and signs the manifest again:
    # only the chain itself can tell.
    copy = archive / "database.sqlite3"
    _sqlite_tamper(copy, seq=1)
    manifest = json.loads((archive / "manifest.json").read_text())
    manifest.pop("signature")
    manifest["database"]["sha256"], manifest["database"]["size"] = backup.file_sha256(copy)
    manifest["signature"] = backup.manifest_sign(manifest)
    (archive / "manifest.json").write_text(json.dumps(manifest))

    restored = scratch.run("restore", str(archive))
    assert restored.returncode == 1
    assert "Audit chain: event #1: its content does not match its hash" in restored.stderr
    assert "Files: 2 verified" in restored.stdout


def test_a_restore_into_a_database_with_rows_is_refused(tmp_path):
    _small_site()
    archive = tmp_path / "archive"
    _backup(archive)
    with pytest.raises(CommandError, match="The target database is not empty"):
        call_command("restore", str(archive))
    assert Project.objects.count() == 1


def test_a_failed_backup_leaves_nothing_behind(tmp_path, monkeypatch):
    _small_site()

    def broken(*args, **kwargs):
        raise backup.BackupError("Dumping the database failed (pg_dump exit 1): disk full")

    monkeypatch.setattr(backup, "configuration_public", broken)
    with pytest.raises(CommandError, match="disk full"):
        call_command("backup", str(tmp_path / "archive.tar"))
    assert sorted(path.name for path in tmp_path.iterdir()) == ["media"]  # the site's own files
