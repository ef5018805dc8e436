"""Backups that can be restored and proven whole (docs/operations.md, "Backup and restore").

An archive is a folder (or the same folder as one ``.tar``) holding:

- ``database.sqlite3`` (SQLite's online backup) or ``database.dump`` (``pg_dump -Fc``);
- ``files/``: every file of the default storage, under its storage name;
- ``checkpoint.json``: the audit chain's head at the moment of the database copy, signed
  with the checkpoint key (``accord.audit.chain``);
- ``configuration.json``: the settings in force, secrets left out;
- ``manifest.json``: what the archive holds (version, commit, vendor, time, row counts per
  table, each file's size and SHA-256, the database copy's SHA-256), signed with a key
  derived from the same checkpoint key, so an archive edited afterwards is refused.

The row counts and the checkpoint are read in the same snapshot as the database copy
(PostgreSQL: an exported snapshot that ``pg_dump --snapshot`` shares; SQLite: the copy
itself), so a restore of a busy site still matches its manifest exactly.

The keys are never in an archive: keep ``SECRET_KEY`` and ``ACCORD_AUDIT_CHECKPOINT_KEY``
in a separate safe place. A restore without the right key refuses the archive.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import os
import re
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.files import File
from django.core.files.storage import default_storage
from django.db import connection, models

import accord
from accord.audit import chain
from accord.core.uploads import PENDING_DIR

FORMAT = 1
MANIFEST = "manifest.json"
CHECKPOINT = "checkpoint.json"
CONFIGURATION = "configuration.json"
FILES = "files"
SQLITE_COPY = "database.sqlite3"
POSTGRES_DUMP = "database.dump"
_CHUNK = 1024 * 1024
_SECRET_NAME = re.compile(
    r"SECRET|TOKEN|CREDENTIAL|PRIVATE|PASSWD|(^|_)PASSWORD$|(^|_)KEY$|KEY_ID$|(ACCESS|API)_?KEY",
    re.IGNORECASE,
)
_URL_CREDENTIALS = re.compile(r"(//)[^/@\s]*@")
NOT_STORED = "(secret, not stored)"

Progress = Callable[[str], None]


class BackupError(Exception):
    """A backup, restore or check that cannot go on; the message says why."""


def _quiet(message: str) -> None:
    return None


# --------------------------------------------------------------------------- helpers


def _sha256_stream(stream) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    while chunk := stream.read(_CHUNK):
        digest.update(chunk)
        size += len(chunk)
    return digest.hexdigest(), size


def file_sha256(path: Path) -> tuple[str, int]:
    with open(path, "rb") as stream:
        return _sha256_stream(stream)


def _manifest_key() -> bytes:
    # The checkpoint's key material, for another purpose: a key of its own per use.
    base = getattr(settings, "ACCORD_AUDIT_CHECKPOINT_KEY", "") or settings.SECRET_KEY
    return hashlib.sha256(b"accord-backup-manifest|" + base.encode()).digest()


def _canonical_json(data: dict) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def manifest_sign(data: dict) -> str:
    return hmac.new(_manifest_key(), _canonical_json(data), hashlib.sha256).hexdigest()


def _storage_names(directory: str = "") -> Iterator[str]:
    """Every file name in the default storage, pending-upload markers left out."""
    folders, files = default_storage.listdir(directory)
    for name in sorted(files):
        yield f"{directory}/{name}" if directory else name
    for folder in sorted(folders):
        path = f"{directory}/{folder}" if directory else folder
        if path == PENDING_DIR:
            continue
        yield from _storage_names(path)


def _storage_exists_root() -> bool:
    try:
        default_storage.listdir("")
    except FileNotFoundError:
        return False
    return True


def configuration_public() -> dict:
    """The settings in force, every secret (by name, or credentials in a URL) left out."""

    def clean(name: str, value: object) -> object:
        if _SECRET_NAME.search(name):
            return NOT_STORED if value else value
        if isinstance(value, dict):
            return {str(k): clean(str(k), v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [clean("", v) for v in value]
        if isinstance(value, str):
            return _URL_CREDENTIALS.sub(r"\1***@", value)
        if value is None or isinstance(value, bool | int | float):
            return value
        return str(value)

    return {
        name: clean(name, getattr(settings, name))
        for name in dir(settings)
        if name.isupper() and not name.startswith("_")
    }


def _git_commit() -> str | None:
    base = Path(settings.BASE_DIR)
    if not (base / ".git").exists():
        return None
    try:
        result = subprocess.run(  # noqa: S603 - fixed arguments
            ["git", "-C", str(base), "rev-parse", "HEAD"],  # noqa: S607
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout.strip() or None


# --------------------------------------------------------------------------- databases


def _postgres_arguments(settings_dict: dict) -> tuple[list[str], dict[str, str]]:
    """Connection arguments of pg_dump/pg_restore; the password only in the environment."""
    arguments = []
    if settings_dict.get("HOST"):
        arguments += ["--host", str(settings_dict["HOST"])]
    if settings_dict.get("PORT"):
        arguments += ["--port", str(settings_dict["PORT"])]
    if settings_dict.get("USER"):
        arguments += ["--username", str(settings_dict["USER"])]
    environment = dict(os.environ)
    if settings_dict.get("PASSWORD"):
        environment["PGPASSWORD"] = str(settings_dict["PASSWORD"])
    options = settings_dict.get("OPTIONS") or {}
    for option, variable in (
        ("sslmode", "PGSSLMODE"),
        ("sslrootcert", "PGSSLROOTCERT"),
        ("sslcert", "PGSSLCERT"),
        ("sslkey", "PGSSLKEY"),
    ):
        if options.get(option):
            environment[variable] = str(options[option])
    return arguments, environment


def _run(command: list[str], environment: dict[str, str], what: str) -> None:
    try:
        result = subprocess.run(  # noqa: S603 - arguments built here, no shell
            command, env=environment, capture_output=True, text=True, check=False
        )
    except FileNotFoundError:
        raise BackupError(
            f"{command[0]} is not installed: install PostgreSQL's client tools "
            "(Debian: postgresql-client) of the server's major version."
        ) from None
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()
        raise BackupError(
            f"{what} failed ({command[0]} exit {result.returncode}): "
            + (" / ".join(detail[-3:]) if detail else "no message")
        )


def _sqlite_counts(database: sqlite3.Connection) -> dict[str, int]:
    tables = [
        row[0]
        for row in database.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    return {
        table: database.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]  # noqa: S608
        for table in tables
    }


def _head(cursor) -> tuple[int, str]:
    cursor.execute("SELECT seq, hash FROM audit_auditchainhead WHERE id = 1")
    row = cursor.fetchone()
    if row is None:
        raise BackupError("The audit chain-head row is missing: run `accord audit verify`.")
    return row[0], row[1]


@dataclass
class _Snapshot:
    counts: dict[str, int]
    head_seq: int
    head_hash: str
    at: dt.datetime


def _sqlite_copy(target: Path) -> _Snapshot:
    source = sqlite3.connect(connection.settings_dict["NAME"])
    try:
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
            at = dt.datetime.now(dt.UTC)
            copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            counts = _sqlite_counts(copy)
            head_seq, head_hash = _head(copy.cursor())
        finally:
            copy.close()
    finally:
        source.close()
    return _Snapshot(counts, head_seq, head_hash, at)


def _postgres_counts(cursor) -> dict[str, int]:
    cursor.execute(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename"
    )
    counts = {}
    for (table,) in cursor.fetchall():
        cursor.execute(f'SELECT count(*) FROM "{table}"')  # noqa: S608 - names from the catalogue
        counts[table] = cursor.fetchone()[0]
    return counts


def _postgres_dump(target: Path) -> _Snapshot:
    # One REPEATABLE READ snapshot, exported and shared with pg_dump: the counts and the
    # chain head describe exactly the rows the dump holds.
    raw = connection.get_new_connection(connection.get_connection_params())
    try:
        with raw.cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            cursor.execute("SELECT pg_export_snapshot(), now()")
            snapshot, at = cursor.fetchone()
            counts = _postgres_counts(cursor)
            head_seq, head_hash = _head(cursor)
            arguments, environment = _postgres_arguments(connection.settings_dict)
            _run(
                [
                    "pg_dump",
                    "--format=custom",
                    "--no-owner",
                    "--no-privileges",
                    f"--snapshot={snapshot}",
                    f"--file={target}",
                    *arguments,
                    "--dbname",
                    connection.settings_dict["NAME"],
                ],
                environment,
                "Dumping the database",
            )
        raw.rollback()
    finally:
        raw.close()
    return _Snapshot(counts, head_seq, head_hash, at.astimezone(dt.UTC))


# --------------------------------------------------------------------------- backup


@dataclass
class BackupResult:
    path: Path
    manifest: dict


def backup_create(destination: Path, *, progress: Progress = _quiet) -> BackupResult:
    """Write an archive to ``destination`` (a new folder, or a file ending in ``.tar``).

    The archive is built beside its destination and moved into place only once complete;
    on any failure nothing is left behind.
    """
    destination = Path(destination)
    as_tar = destination.suffix == ".tar"
    if destination.exists():
        raise BackupError(f"{destination} already exists: name a new folder or .tar file.")
    if not destination.parent.is_dir():
        raise BackupError(f"{destination.parent} is not a folder.")
    work = Path(tempfile.mkdtemp(prefix=f".{destination.name}.partial-", dir=destination.parent))
    try:
        manifest = _backup_into(work, progress)
        if as_tar:
            progress(f"Archive: writing {destination}")
            partial = work.with_suffix(".tar")
            with tarfile.open(partial, "w") as archive:
                for item in sorted(work.iterdir()):
                    archive.add(item, arcname=item.name)
            partial.rename(destination)
        else:
            work.rename(destination)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        work.with_suffix(".tar").unlink(missing_ok=True)
        raise
    if as_tar:
        shutil.rmtree(work, ignore_errors=True)
    return BackupResult(destination, manifest)


def _backup_into(work: Path, progress: Progress) -> dict:
    vendor = connection.vendor
    if vendor == "sqlite":
        progress("Database: copying with SQLite's online backup")
        database_name = SQLITE_COPY
        snapshot = _sqlite_copy(work / database_name)
    elif vendor == "postgresql":
        progress("Database: pg_dump --format=custom in one snapshot")
        database_name = POSTGRES_DUMP
        snapshot = _postgres_dump(work / database_name)
    else:
        raise BackupError(f"Backups of a {vendor} database are not supported.")
    database_sha256, database_size = file_sha256(work / database_name)
    rows = sum(snapshot.counts.values())
    progress(
        f"Database: {rows:,} rows in {len(snapshot.counts)} tables, "
        f"{database_size / 1e6:,.1f} MB, audit chain head #{snapshot.head_seq}"
    )

    checkpoint = chain.checkpoint_make(snapshot.head_seq, snapshot.head_hash, snapshot.at)
    (work / CHECKPOINT).write_text(json.dumps(checkpoint, indent=2) + "\n")
    progress(f"Audit checkpoint: #{checkpoint['seq']} at {checkpoint['at']}, signed")

    files = []
    total = 0
    if _storage_exists_root():
        for name in _storage_names():
            target = work / FILES / name
            target.parent.mkdir(parents=True, exist_ok=True)
            digest = hashlib.sha256()
            size = 0
            with default_storage.open(name, "rb") as source, open(target, "wb") as copy:
                while chunk := source.read(_CHUNK):
                    digest.update(chunk)
                    copy.write(chunk)
                    size += len(chunk)
            files.append({"path": name, "size": size, "sha256": digest.hexdigest()})
            total += size
            if len(files) % 500 == 0:
                progress(f"Files: {len(files):,} copied")
    progress(f"Files: {len(files):,} copied, {total / 1e6:,.1f} MB")

    (work / CONFIGURATION).write_text(
        json.dumps(configuration_public(), indent=2, sort_keys=True, default=str) + "\n"
    )
    manifest = {
        "format": FORMAT,
        "accord_version": accord.__version__,
        "git_commit": _git_commit(),
        "database_vendor": vendor,
        "created_at": snapshot.at.isoformat(timespec="seconds"),
        "database": {"file": database_name, "size": database_size, "sha256": database_sha256},
        "tables": snapshot.counts,
        "audit": {"seq": snapshot.head_seq, "hash": snapshot.head_hash, "at": checkpoint["at"]},
        "files": files,
    }
    signed = dict(manifest, signature=manifest_sign(manifest))
    (work / MANIFEST).write_text(json.dumps(signed, indent=2, sort_keys=True) + "\n")
    progress("Manifest: written and signed")
    return manifest


# --------------------------------------------------------------------------- reading archives


@contextmanager
def archive_opened(path: Path) -> Iterator[Path]:
    """The archive's folder: the folder itself, or a ``.tar`` unpacked to a temporary one."""
    path = Path(path)
    if path.is_dir():
        yield path
        return
    if not path.is_file():
        raise BackupError(f"{path} does not exist.")
    if not tarfile.is_tarfile(path):
        raise BackupError(f"{path} is neither an archive folder nor a .tar file.")
    with tempfile.TemporaryDirectory(prefix="accord-restore-") as folder:
        try:
            with tarfile.open(path) as archive:
                archive.extractall(folder, filter="data")
        except (tarfile.TarError, OSError) as exc:
            raise BackupError(f"{path} cannot be unpacked: {exc}") from None
        yield Path(folder)


def manifest_load(folder: Path) -> dict:
    """The archive's manifest, its signature checked with this installation's key."""
    try:
        data = json.loads((folder / MANIFEST).read_text())
        signature = data.pop("signature")
    except FileNotFoundError:
        raise BackupError(f"{MANIFEST} is missing: this is not an Accord archive.") from None
    except (ValueError, KeyError, AttributeError):
        raise BackupError(f"{MANIFEST} is not a signed Accord manifest.") from None
    if not hmac.compare_digest(str(signature), manifest_sign(data)):
        raise BackupError(
            f"{MANIFEST}: its signature does not match. The archive was altered, or this "
            "installation's ACCORD_AUDIT_CHECKPOINT_KEY (or SECRET_KEY) is not the one of "
            "the site that wrote it."
        )
    if data.get("format") != FORMAT:
        raise BackupError(
            f"Archive format {data.get('format')} is not supported (expected {FORMAT})."
        )
    return data


def checkpoint_read(folder: Path, manifest: dict) -> dict:
    try:
        checkpoint = chain.checkpoint_load((folder / CHECKPOINT).read_text())
    except FileNotFoundError:
        raise BackupError(f"{CHECKPOINT} is missing from the archive.") from None
    except chain.CheckpointError as exc:
        raise BackupError(
            f"Audit checkpoint: {exc} (or the checkpoint key is not the one that signed it)."
        ) from None
    audit = manifest["audit"]
    if (checkpoint["seq"], checkpoint["hash"]) != (audit["seq"], audit["hash"]):
        raise BackupError(
            "Audit checkpoint: it does not describe the chain head the manifest records."
        )
    return checkpoint


@dataclass
class Report:
    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def archive_check(path: Path, *, progress: Progress = _quiet) -> Report:
    """Check an archive without restoring it: signatures, and every member's SHA-256."""
    report = Report()
    with archive_opened(path) as folder:
        manifest = manifest_load(folder)
        report.lines.append(
            f"Manifest: signature OK (Accord {manifest['accord_version']}, "
            f"{manifest['database_vendor']}, created {manifest['created_at']})"
        )
        try:
            checkpoint = checkpoint_read(folder, manifest)
        except BackupError as exc:
            report.problems.append(str(exc))
        else:
            report.lines.append(
                f"Audit checkpoint: #{checkpoint['seq']} of {checkpoint['at']}, signature OK"
            )
        database = manifest["database"]
        progress(f"Database copy: checking {database['file']}")
        copy = folder / database["file"]
        if not copy.is_file():
            report.problems.append(f"Database copy: {database['file']} is missing.")
        elif file_sha256(copy) != (database["sha256"], database["size"]):
            report.problems.append(
                f"Database copy: {database['file']} differs from the manifest (SHA-256): altered "
                "or damaged."
            )
        else:
            report.lines.append(f"Database copy: {database['size'] / 1e6:,.1f} MB, SHA-256 matches")
        progress(f"Files: checking {len(manifest['files']):,}")
        bad = _archived_files_problems(folder, manifest)
        report.problems += bad
        if not bad:
            report.lines.append(f"Files: {len(manifest['files']):,} match their SHA-256")
    return report


def _archived_files_problems(folder: Path, manifest: dict) -> list[str]:
    problems = []
    listed = set()
    for entry in manifest["files"]:
        listed.add(entry["path"])
        member = folder / FILES / entry["path"]
        if not member.is_file():
            problems.append(f"File {entry['path']}: missing from the archive.")
        elif file_sha256(member) != (entry["sha256"], entry["size"]):
            problems.append(f"File {entry['path']}: differs from its SHA-256 in the manifest.")
    root = folder / FILES
    if root.is_dir():
        for member in sorted(root.rglob("*")):
            name = member.relative_to(root).as_posix()
            if member.is_file() and name not in listed:
                problems.append(f"File {name}: in the archive but not in the manifest.")
    return problems


# --------------------------------------------------------------------------- restore


def database_rows() -> dict[str, int]:
    """Rows per table of the configured database (no tables: empty)."""
    with connection.cursor() as cursor:
        tables = connection.introspection.table_names(cursor)
        counts = {}
        for table in sorted(tables):
            cursor.execute(f"SELECT count(*) FROM {connection.ops.quote_name(table)}")  # noqa: S608
            counts[table] = cursor.fetchone()[0]
    return counts


def _refuse_unless_empty() -> None:
    full = {table: rows for table, rows in database_rows().items() if rows}
    if full:
        names = ", ".join(sorted(full)[:5]) + (", …" if len(full) > 5 else "")
        raise BackupError(
            f"The target database is not empty: {sum(full.values()):,} rows in {len(full)} "
            f"tables ({names}). Restore only into a new, empty database (created, not migrated)."
        )


def restore(path: Path, *, progress: Progress = _quiet) -> Report:
    """Restore an archive into the configured, empty database and storage, then verify."""
    with archive_opened(path) as folder:
        manifest = manifest_load(folder)
        checkpoint_read(folder, manifest)  # refuse before writing anything
        if manifest["database_vendor"] != connection.vendor:
            raise BackupError(
                f"The archive holds a {manifest['database_vendor']} database; this site "
                f"runs {connection.vendor}."
            )
        check = archive_check(folder, progress=progress)
        if not check.ok:
            raise BackupError("The archive is damaged: " + " ".join(check.problems))
        _refuse_unless_empty()
        copy = folder / manifest["database"]["file"]
        progress("Database: restoring")
        if connection.vendor == "sqlite":
            _sqlite_restore(copy)
        else:
            _postgres_restore(copy)
        progress(f"Files: restoring {len(manifest['files']):,}")
        _files_restore(folder, manifest)
        progress("Verifying the restored site")
        return restored_verify(folder, manifest)


def _sqlite_restore(copy: Path) -> None:
    connection.close()
    source = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(connection.settings_dict["NAME"])
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()


def _postgres_restore(dump: Path) -> None:
    connection.close()
    arguments, environment = _postgres_arguments(connection.settings_dict)
    _run(
        [
            "pg_restore",
            "--no-owner",
            "--no-privileges",
            "--clean",
            "--if-exists",
            "--single-transaction",
            *arguments,
            "--dbname",
            connection.settings_dict["NAME"],
            str(dump),
        ],
        environment,
        "Restoring the database",
    )


def _files_restore(folder: Path, manifest: dict) -> None:
    for entry in manifest["files"]:
        name = entry["path"]
        if default_storage.exists(name):
            with default_storage.open(name, "rb") as stream:
                if _sha256_stream(stream)[0] == entry["sha256"]:
                    continue
            raise BackupError(f"File {name}: already in the storage with other content.")
        with open(folder / FILES / name, "rb") as stream:
            saved = default_storage.save(name, File(stream, name=name))
        if saved != name:
            raise BackupError(f"File {name}: the storage saved it as {saved}.")


def _file_models() -> list[tuple[type[models.Model], list[str], bool]]:
    found = []
    for model in apps.get_models():
        names = [f.name for f in model._meta.concrete_fields if isinstance(f, models.FileField)]
        if names:
            has_sha = any(f.name == "sha256" for f in model._meta.concrete_fields)
            found.append((model, names, has_sha))
    return found


def restored_verify(folder: Path, manifest: dict) -> Report:
    """Check the configured database and storage against an archive's manifest."""
    report = Report()
    checkpoint = checkpoint_read(folder, manifest)

    result = chain.verify()
    problems = [str(p) for p in result.problems]
    if not problems:
        problem = chain.verify_against_checkpoint(result, checkpoint)
        if problem is not None:
            problems.append(str(problem))
        elif result.head_seq != checkpoint["seq"]:
            problems.append(
                f"the chain goes on to #{result.head_seq}, past the checkpoint's "
                f"#{checkpoint['seq']}: events were added that the backup never held"
            )
    if problems:
        report.problems += [f"Audit chain: {p}." for p in problems]
        report.lines.append(f"Audit chain: {result.events:,} events read: FAILED")
    else:
        report.lines.append(
            f"Audit chain: {result.events:,} events verified against checkpoint of "
            f"{checkpoint['at']}: OK"
        )

    recorded = {entry["path"]: entry for entry in manifest["files"]}
    file_problems = []
    checked = 0
    for entry in manifest["files"]:
        try:
            with default_storage.open(entry["path"], "rb") as stream:
                digest, _ = _sha256_stream(stream)
        except FileNotFoundError:
            file_problems.append(f"File {entry['path']}: missing from the storage.")
            continue
        checked += 1
        if digest != entry["sha256"]:
            file_problems.append(f"File {entry['path']}: differs from its SHA-256 in the manifest.")
    referenced = 0
    for model, names, has_sha in _file_models():
        label = model._meta.verbose_name
        columns = [*names, "sha256"] if has_sha else names
        for pk, *values in model._base_manager.values_list("pk", *columns).iterator():
            expected = values[-1] if has_sha else None
            for name in values[: len(names)]:
                if not name:
                    continue
                referenced += 1
                entry = recorded.get(name)
                if entry is None and not default_storage.exists(name):
                    file_problems.append(f"{label} {pk}: its file {name} is missing.")
                    continue
                digest = entry["sha256"] if entry else None
                if digest is None:
                    with default_storage.open(name, "rb") as stream:
                        digest, _ = _sha256_stream(stream)
                if expected and digest != expected:
                    file_problems.append(
                        f"{label} {pk}: its file {name} does not match the record's SHA-256."
                    )
    report.problems += file_problems
    report.lines.append(
        f"Files: {checked:,} verified, {referenced:,} referenced by records"
        + (": FAILED" if file_problems else ", every SHA-256 matches")
    )

    rows = database_rows()
    differ = [
        f"{table}: {rows.get(table, 0):,} rows, the manifest records {count:,}"
        for table, count in sorted(manifest["tables"].items())
        if rows.get(table) != count
    ]
    total = sum(manifest["tables"].values())
    if differ:
        report.problems += [f"Rows: {line}." for line in differ]
        report.lines.append(
            f"Rows: {len(differ)} of {len(manifest['tables'])} tables differ: FAILED"
        )
    else:
        report.lines.append(
            f"Rows: {total:,} in {len(manifest['tables'])} tables match the manifest"
        )
    return report


def restored_check(path: Path, *, progress: Progress = _quiet) -> Report:
    """Check the configured database and storage against an archive, restoring nothing."""
    with archive_opened(path) as folder:
        manifest = manifest_load(folder)
        progress("Verifying this site against the archive")
        return restored_verify(folder, manifest)
