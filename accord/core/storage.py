"""Where files and the cache live when Accord runs on one node or on several
(docs/deployment.md "Storage and cache", docs/operations.md "Several nodes").

- ``caches_from_env`` and ``storage_from_env`` turn the environment into Django's
  ``CACHES`` and default storage; ``nodes_check`` refuses, at start-up, a setup that
  cannot be shared by several nodes (SQLite, a per-process cache) when more than one is
  declared (requirements DI-6).
- Stored files are content addressed: ``content_name`` names a new upload after its
  SHA-256; the row keeps the original file name for people.
- ``StoreUnavailable``: the file store refused a write (full, read-only, no permission);
  nothing was saved. Pages show it on the form, the API answers 503.
- ``file_download`` hands out a stored file only once its bytes match the SHA-256
  recorded at upload; otherwise a clear error, logged and audited, never the wrong bytes.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import tempfile
from collections.abc import Mapping
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import parse_qs, urlsplit

from django.core.exceptions import ValidationError

from accord.config import ConfigError, Env

logger = logging.getLogger("accord.storage")

CACHE_TABLE = "accord_cache"
_REDIS = "django.core.cache.backends.redis.RedisCache"
_DATABASE = "django.core.cache.backends.db.DatabaseCache"
_LOCMEM = "django.core.cache.backends.locmem.LocMemCache"
PER_PROCESS_CACHES = frozenset({_LOCMEM, "django.core.cache.backends.dummy.DummyCache"})


# --------------------------------------------------------------------------- settings


def caches_from_env(env: Env, *, sqlite: bool) -> dict[str, dict[str, Any]]:
    """``CACHES`` from ``ACCORD_CACHE_URL``.

    ``redis://`` / ``rediss://`` use Redis; ``db://`` the database's ``accord_cache``
    table (created by a migration); ``locmem://`` memory of each process. Unset: memory
    of each process on SQLite (one node; nothing Accord shares lives in the cache) and
    the database's table on PostgreSQL, so that several nodes share one cache without
    any other service.
    """
    url = env.str("ACCORD_CACHE_URL", "locmem://" if sqlite else "db://")
    scheme = urlsplit(url).scheme
    if scheme in {"redis", "rediss"}:
        backend: dict[str, Any] = {"BACKEND": _REDIS, "LOCATION": url}
    elif url == "db://":
        backend = {"BACKEND": _DATABASE, "LOCATION": CACHE_TABLE}
    elif url == "locmem://":
        backend = {"BACKEND": _LOCMEM, "LOCATION": "accord"}
    else:
        raise ConfigError(
            "ACCORD_CACHE_URL must be redis://host:port/db (or rediss://), db:// (a table of "
            f"the database) or locmem:// (each process its own); got {url!r}."
        )
    backend["KEY_PREFIX"] = "accord"
    return {"default": backend}


def storage_from_env(env: Env) -> dict[str, Any]:
    """The default storage of ``STORAGES`` from ``ACCORD_STORAGE`` (filesystem or s3)."""
    kind = env.choice("ACCORD_STORAGE", ("filesystem", "s3"), "filesystem")
    if kind == "filesystem":
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    options: dict[str, Any] = {
        "bucket_name": env.str("ACCORD_S3_BUCKET"),
        # Every upload gets a name of its own: an existing one is never overwritten.
        "file_overwrite": False,
        "default_acl": None,
        "querystring_auth": True,
    }
    for variable, option in (
        ("ACCORD_S3_ENDPOINT_URL", "endpoint_url"),
        ("ACCORD_S3_REGION", "region_name"),
        ("ACCORD_S3_ACCESS_KEY_ID", "access_key"),
        ("ACCORD_S3_SECRET_ACCESS_KEY", "secret_key"),
        ("ACCORD_S3_PREFIX", "location"),
    ):
        if env.is_set(variable):
            options[option] = env.str(variable)
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}


def nodes_check(
    nodes: int, *, database_engine: str, caches: Mapping[str, Mapping[str, Any]]
) -> None:
    """Refuse, at start-up, what several nodes cannot share (requirements DI-6)."""
    if nodes <= 1:
        return
    if "sqlite" in database_engine:
        raise ConfigError(
            f"ACCORD_NODES={nodes} needs PostgreSQL: SQLite serves one node only. Set "
            "DATABASE_URL=postgres://... or ACCORD_NODES=1."
        )
    backend = caches["default"]["BACKEND"]
    if backend in PER_PROCESS_CACHES:
        raise ConfigError(
            f"ACCORD_NODES={nodes} needs a cache every node shares: ACCORD_CACHE_URL=redis://"
            "host:port/db or db://, not a cache in each process's memory."
        )


def redis_db_of(url: str) -> int:
    """The database number of a redis:// URL (path /3, or ?db=3); 0 when not given."""
    parts = urlsplit(url)
    number = parts.path.strip("/") or parse_qs(parts.query).get("db", ["0"])[0]
    return int(number or 0)


# --------------------------------------------------------------------------- names


def content_name(name: str, sha256: str) -> str:
    """The stored name of content with this SHA-256, in the folder ``name`` would be in.

    ``sponsors/3/projects/7/report.pdf`` becomes
    ``sponsors/3/projects/7/sha256/ab/cd/abcd...``: the sponsor stays in the path
    (requirements AZ-7), the file's own name stays in its row.
    """
    folder = PurePosixPath(name).parent
    path = PurePosixPath("sha256", sha256[:2], sha256[2:4], sha256)
    return str(path if str(folder) in {"", "."} else folder / path)


# --------------------------------------------------------------------------- writes

_FULL = {errno.ENOSPC, errno.EDQUOT}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}


class StoreUnavailable(ValidationError):
    """The file store refused the write; nothing was saved (no row, no file, no event)."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        self.detail = f"The file store is {reason}; nothing was saved. Try again later."
        super().__init__({"file": [self.detail]}, code="store_unavailable")


def store_refusal(exc: BaseException) -> StoreUnavailable | None:
    """The ``StoreUnavailable`` a storage write's exception means, if it means one."""
    if isinstance(exc, PermissionError) or getattr(exc, "errno", None) in _READ_ONLY:
        return StoreUnavailable("read-only")
    if getattr(exc, "errno", None) in _FULL:
        return StoreUnavailable("full")
    return None


# --------------------------------------------------------------------------- downloads


class FileIntegrityError(Exception):
    """A stored file is missing or its bytes do not match the SHA-256 of its row."""

    def __init__(self, label: str, problem: str) -> None:
        self.label = label
        self.problem = problem
        super().__init__(
            f"The stored file of {label} {problem}, so it was not sent. The problem has "
            "been recorded; ask an administrator to restore the file from the backup."
        )


def verified_copy(field_file, sha256: str, *, label: str):
    """A temporary copy of the stored file, once its bytes hash to ``sha256``.

    The copy is what is sent, so the bytes checked are the bytes served even if the
    store changed meanwhile. Raises ``FileIntegrityError`` when the file is missing or
    differs.
    """
    copy = tempfile.SpooledTemporaryFile(max_size=2 * 1024 * 1024)  # noqa: SIM115 - the response closes it
    digest = hashlib.sha256()
    try:
        with field_file.storage.open(field_file.name, "rb") as stored:
            for chunk in iter(lambda: stored.read(64 * 1024), b""):
                digest.update(chunk)
                copy.write(chunk)
    except FileNotFoundError:
        copy.close()
        raise FileIntegrityError(label, "is missing from the file store") from None
    if sha256 and digest.hexdigest() != sha256:
        copy.close()
        raise FileIntegrityError(
            label, "does not match the fingerprint (SHA-256) recorded when it was uploaded"
        )
    copy.seek(0)
    return copy


def integrity_problem_record(*, actor, record, field_file, error: FileIntegrityError) -> None:
    """Log and audit a failed check (its own transaction: the request writes nothing else)."""
    from django.db import DatabaseError, transaction

    from accord.audit.services import audit_record

    logger.error("File integrity: %s (%s, stored as %s)", error, record, field_file.name)
    try:
        with transaction.atomic():
            audit_record(
                actor=actor,
                action="core.file.integrity_failed",
                target=record,
                changes={"file": [field_file.name, error.problem]},
            )
    except DatabaseError:
        logger.exception("File integrity: the problem could not be audited.")


def file_download(
    request,
    record,
    field_file,
    *,
    sha256: str,
    filename: str,
    content_type: str | None = None,
    api: bool = False,
):
    """Send ``record``'s file after checking it against its SHA-256.

    A missing or altered file answers a page (or, for the API, raises
    ``FileIntegrityError`` for its 500 JSON answer) that says so; it is logged and
    audited on the record.
    """
    from django.http import FileResponse
    from django.shortcuts import render

    label = f"“{filename}”"
    try:
        copy = verified_copy(field_file, sha256, label=label)
    except FileIntegrityError as error:
        integrity_problem_record(
            actor=request.user, record=record, field_file=field_file, error=error
        )
        if api:
            raise
        return render(request, "core/file_integrity.html", {"error": error}, status=500)
    return FileResponse(copy, as_attachment=True, filename=filename, content_type=content_type)


def install_storage_errors(api) -> None:
    """The API's answers to a refused write (503) and to a failed file check (500)."""
    from accord.core.api import error_response

    def unavailable(request, exc: StoreUnavailable):
        response = error_response(
            api,
            request,
            503,
            "store_unavailable",
            exc.detail,
            [{"field": "file", "message": exc.detail}],
        )
        response["Retry-After"] = "600"
        return response

    def integrity(request, exc: FileIntegrityError):
        return error_response(api, request, 500, "file_integrity", str(exc))

    api.add_exception_handler(StoreUnavailable, unavailable)
    api.add_exception_handler(FileIntegrityError, integrity)
