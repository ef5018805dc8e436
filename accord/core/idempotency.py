"""Idempotency keys on POST, Stripe's convention (docs/api.md, "Idempotency keys").

A client sends ``Idempotency-Key: <key>`` with a POST; if the answer is lost (a timeout, a
dropped connection) it sends the very same request again and gets the first answer back,
marked ``Idempotent-Replayed: true``, and nothing is written a second time. Keys belong to
the user who sent them and are forgotten after ``ACCORD_IDEMPOTENCY_KEY_HOURS``.

How a POST with a key runs, in the order ninja calls the two wrappers installed here:

1. Authentication, the rate limit and the input's validation run as for any request; a
   request refused there stores nothing (a retry is answered afresh).
2. Just before the operation (``_operation_in_transaction``) the key is looked up. A
   stored answer is replayed when the method, path and body are the same, and refused
   with 422 naming ``Idempotency-Key`` when they are not; a key another attempt still
   holds answers 409 ``idempotency_in_progress``. Otherwise the key is claimed: its row
   is inserted and committed at once, so that a concurrent retry sees the claim.
3. The operation runs inside one transaction opened there. Its answer is stored in that
   same transaction (``_finish``), before the commit appends the audit events the
   services queued (accord.core.db.appends): the write, its events and its stored answer
   commit together or not at all, so no crash leaves a write whose retry would repeat it.
4. An answer of 2xx or 4xx is stored: the operation ran and that was its result (Stripe
   stores any request that reached execution). A 5xx (a server error, the database too
   busy) rolls the whole transaction back and releases the claim, so a retry runs again.
   An answer streamed to the client (a file download) cannot be stored: its work
   commits and the key is released, as without a key.

A claim whose attempt died with its process is taken over by a retry after
``STALE_CLAIM``. Should the old attempt still be running after all, its claim is gone
when it comes to store its answer, so it rolls back: the work is done once.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import logging
import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import DatabaseError, IntegrityError, transaction
from django.http import HttpRequest, HttpResponse, RawPostDataException
from django.http.response import HttpResponseBase
from django.utils import timezone
from ninja import NinjaAPI

from accord.core.models import IdempotencyKey

logger = logging.getLogger("accord.api")

HEADER = "Idempotency-Key"
REPLAYED_HEADER = "Idempotent-Replayed"
MAX_KEY_LENGTH = 255
# Longer than any request runs (statements stop after ACCORD_DB_STATEMENT_TIMEOUT_MS).
STALE_CLAIM = dt.timedelta(minutes=10)
# Headers of the first answer that a replay repeats; the others describe the new request.
_REPLAYED_HEADERS = ("ETag", "Location", "Content-Disposition")


class IdempotencyError(Exception):
    """A key that cannot be used for this request; answered in the API's error shape."""

    def __init__(self, status: int, code: str, detail: str, message: str) -> None:
        super().__init__(detail)
        self.status = status
        self.code = code
        self.detail = detail
        self.message = message


@dataclass
class _Attempt:
    key: str
    record: IdempotencyKey | None = None
    atomic: Any = None  # the transaction the operation runs in, while it is open


def install_idempotency(api: NinjaAPI) -> None:
    """Make every POST operation of ``api`` honour ``Idempotency-Key``."""
    from accord.core.api import error_response

    def refused(request: HttpRequest, exc: IdempotencyError) -> HttpResponse:
        errors = [{"field": HEADER, "message": exc.message}]
        return error_response(api, request, exc.status, exc.code, exc.detail, errors)

    api.add_exception_handler(IdempotencyError, refused)
    api.add_decorator(_operation_in_transaction, mode="operation")
    api.add_decorator(lambda run: _keyed_request(run, api), mode="view")


def keep_for() -> dt.timedelta:
    return dt.timedelta(hours=settings.ACCORD_IDEMPOTENCY_KEY_HOURS)


def idempotency_keys_purge() -> int:
    """Forget keys past their keeping time (a daily sweep); returns how many."""
    cutoff = timezone.now() - keep_for()
    return IdempotencyKey.objects.filter(created_at__lt=cutoff).delete()[0]


def _keyed_request(run: Callable[..., HttpResponseBase], api: NinjaAPI) -> Callable:
    @functools.wraps(run)
    def wrapper(request: HttpRequest, **kwargs: Any) -> HttpResponseBase:
        key = request.headers.get(HEADER)
        if request.method != "POST" or key is None:
            return run(request, **kwargs)
        attempt = request.accord_idempotency = _Attempt(key=key)
        try:
            response = run(request, **kwargs)
        except BaseException:
            if attempt.atomic is not None:
                attempt.atomic.__exit__(*sys.exc_info())
                _release(attempt)
            raise
        if attempt.atomic is None:  # refused, replayed, or no user to scope the key to
            return response
        return _finish(api, request, attempt, response)

    return wrapper


def _operation_in_transaction(view_func: Callable) -> Callable:
    @functools.wraps(view_func)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
        attempt = getattr(request, "accord_idempotency", None)
        if attempt is None:
            return view_func(request, *args, **kwargs)
        replay = _claim(request, attempt)
        if replay is not None:
            return replay
        if attempt.record is not None:
            atomic = transaction.atomic()
            try:
                atomic.__enter__()
            except Exception:  # could not begin (SQLite's writer stayed busy): give the key up
                _release(attempt)
                raise
            attempt.atomic = atomic
        return view_func(request, *args, **kwargs)

    return wrapper


def _claim(request: HttpRequest, attempt: _Attempt) -> HttpResponse | None:
    """Claim the key for this attempt, or return the stored answer to replay."""
    key = attempt.key
    if not key or len(key) > MAX_KEY_LENGTH or not key.isprintable():
        raise IdempotencyError(
            422,
            "validation_error",
            "The input is invalid.",
            f"Send 1 to {MAX_KEY_LENGTH} printable characters (a random UUID, for example).",
        )
    user = getattr(request, "auth", None)
    if getattr(user, "pk", None) is None:
        return None  # an operation open to anyone: no user to keep the key for
    digest = _body_digest(request)
    now = timezone.now()
    record = IdempotencyKey.objects.filter(user=user.pk, key=key).first()
    if record is not None and record.created_at < now - keep_for():
        IdempotencyKey.objects.filter(pk=record.pk, claim=record.claim).delete()
        record = None
    if record is None:
        record = IdempotencyKey(
            user_id=user.pk,
            key=key,
            method=request.method,
            path=request.path[:1000],
            body_sha256=digest,
            claim=uuid.uuid4().hex,
            claimed_at=now,
            created_at=now,
        )
        try:
            with transaction.atomic():
                record.save(force_insert=True)
        except IntegrityError:  # a concurrent attempt claimed it first
            record = IdempotencyKey.objects.filter(user=user.pk, key=key).first()
            if record is None:
                raise _in_progress() from None
        else:
            attempt.record = record
            return None
    if (record.method, record.path, record.body_sha256) != (
        request.method,
        request.path[:1000],
        digest,
    ):
        raise IdempotencyError(
            422,
            "idempotency_key_reused",
            "This Idempotency-Key was already used for a different request.",
            f"First used for {record.method} {record.path} with another body; "
            "send a new key for a new request.",
        )
    if record.is_complete:
        return _replay(record)
    if now - record.claimed_at < STALE_CLAIM:
        raise _in_progress()
    # The attempt holding the key stopped long ago (its process died): take over.
    claim = uuid.uuid4().hex
    taken = IdempotencyKey.objects.filter(
        pk=record.pk, claim=record.claim, response_status__isnull=True
    ).update(claim=claim, claimed_at=now)
    if not taken:
        raise _in_progress()
    record.claim, record.claimed_at = claim, now
    attempt.record = record
    return None


def _in_progress() -> IdempotencyError:
    return IdempotencyError(
        409,
        "idempotency_in_progress",
        "A request with this Idempotency-Key is still being processed; "
        "try again in a few seconds to get its answer.",
        "In use by a request that has not finished.",
    )


def _body_digest(request: HttpRequest) -> str:
    sha256 = hashlib.sha256()
    try:
        sha256.update(request.body)
    except RawPostDataException:
        # A multipart upload already read from the stream: its fields and files instead.
        for name, values in sorted(request.POST.lists()):
            sha256.update(repr((name, values)).encode())
        for name, files in sorted(request.FILES.lists()):
            for upload in files:
                sha256.update(repr((name, upload.name, upload.size)).encode())
                for chunk in upload.chunks():
                    sha256.update(chunk)
                upload.seek(0)
    return sha256.hexdigest()


def _replay(record: IdempotencyKey) -> HttpResponse:
    response = HttpResponse(
        bytes(record.response_body or b""),
        status=record.response_status,
        content_type=record.response_content_type or None,
    )
    for name, value in record.response_headers.items():
        response[name] = value
    response[REPLAYED_HEADER] = "true"
    return response


def _finish(
    api: NinjaAPI, request: HttpRequest, attempt: _Attempt, response: HttpResponseBase
) -> HttpResponseBase:
    """Store the answer in the operation's transaction and commit, or roll back on a 5xx."""
    connection = transaction.get_connection()
    storable = response.status_code < 500 and not connection.needs_rollback
    stored = taken_over = False
    error: Exception | None = None
    try:
        if storable and not response.streaming:
            stored = _store(attempt, response)
            taken_over = not stored
        if not storable or taken_over:
            transaction.set_rollback(True)
    except DatabaseError as exc:
        transaction.set_rollback(True)
        stored, error = False, exc
    try:
        attempt.atomic.__exit__(None, None, None)
    except Exception as exc:  # the commit failed (e.g. appending audit events): rolled back
        stored, error = False, exc
    finally:
        attempt.atomic = None
    if not stored:
        _release(attempt)
    if error is not None:
        return api.on_exception(request, error)
    if taken_over:
        return api.on_exception(request, _in_progress())
    return response


def _store(attempt: _Attempt, response: HttpResponseBase) -> bool:
    """Write the answer on the key's row if this attempt still holds the claim."""
    record = attempt.record
    headers = {name: response[name] for name in _REPLAYED_HEADERS if response.has_header(name)}
    return bool(
        IdempotencyKey.objects.filter(pk=record.pk, claim=record.claim).update(
            response_status=response.status_code,
            response_body=response.content,
            response_content_type=response.get("Content-Type", ""),
            response_headers=headers,
            completed_at=timezone.now(),
        )
    )


def _release(attempt: _Attempt) -> None:
    """Give the key up after a rolled-back attempt, so that a retry runs again."""
    record = attempt.record
    try:
        IdempotencyKey.objects.filter(
            pk=record.pk, claim=record.claim, response_status__isnull=True
        ).delete()
    except DatabaseError:
        # The claim goes stale and a retry takes it over after STALE_CLAIM.
        logger.warning("Could not release Idempotency-Key %r", attempt.key, exc_info=True)
