"""The hash chain: canonical bytes of an event, verification and checkpoints.

Each event's hash is SHA-256 over the previous hash and a canonical, length-prefixed
serialization of every stored field. Length prefixes make the encoding unambiguous:
text cannot be moved from one field to the next without changing the bytes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from django.conf import settings
from django.db import connection

GENESIS = "0" * 64

# The hashed columns, in hashing order. ``hash`` itself is not hashed.
COLUMNS = (
    "seq",
    "occurred_at",
    "actor_id",
    "actor_username",
    "actor_name",
    "actor_org_id",
    "channel",
    "request_id",
    "client_ip",
    "action",
    "target_type",
    "target_id",
    "target_label",
    "parent_type",
    "parent_id",
    "parent_label",
    "sponsor_id",
    "changes",
    "reason",
    "prev_hash",
)
_TIME_INDEX = COLUMNS.index("occurred_at")


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        # Stored in UTC; SQLite hands back naive and PostgreSQL aware datetimes.
        return value.replace(tzinfo=None).isoformat(timespec="microseconds")
    return str(value)


def canonical(row: Iterable[object]) -> bytes:
    parts = []
    for value in row:
        text = _text(value)
        parts.append(f"{len(text)}:{text}")
    return "|".join(parts).encode()


def event_hash(row: tuple) -> str:
    """The hash of an event given its values in ``COLUMNS`` order (prev_hash last)."""
    return hashlib.sha256(canonical(row)).hexdigest()


@dataclass(frozen=True)
class Problem:
    seq: int
    message: str

    def __str__(self) -> str:
        return f"event #{self.seq}: {self.message}"


@dataclass(frozen=True)
class VerifyResult:
    events: int
    head_seq: int
    head_hash: str
    problem: Problem | None

    @property
    def ok(self) -> bool:
        return self.problem is None


def _rows(chunk: int = 20_000) -> Iterator[tuple]:
    """All events in chain order as plain tuples (no model instances: verify is hot)."""
    columns = ", ".join(COLUMNS) + ", hash"
    last = -1
    while True:
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT {columns} FROM audit_auditevent WHERE seq > %s ORDER BY seq LIMIT %s",  # noqa: S608
                [last, chunk],
            )
            batch = cursor.fetchall()
        if not batch:
            return
        yield from batch
        last = batch[-1][0]


def verify(rows: Iterable[tuple] | None = None) -> VerifyResult:
    """Replay the chain from the start; stop at the first event that does not match."""
    previous_hash = GENESIS
    expected_seq = 1
    count = 0
    sha256 = hashlib.sha256
    for row in _rows() if rows is None else rows:
        seq, stored_hash = row[0], row[-1]
        values = row[:-1]
        if seq != expected_seq:
            return VerifyResult(
                count,
                expected_seq - 1,
                previous_hash,
                Problem(
                    expected_seq, f"missing: the next event found is #{seq} (deleted or reordered)"
                ),
            )
        if values[-1] != previous_hash:
            return VerifyResult(
                count,
                seq - 1,
                previous_hash,
                Problem(seq, "its prev_hash does not match the hash of the event before it"),
            )
        if sha256(canonical(values)).hexdigest() != stored_hash:
            return VerifyResult(
                count,
                seq - 1,
                previous_hash,
                Problem(seq, "its content does not match its hash (the row was edited)"),
            )
        previous_hash = stored_hash
        expected_seq = seq + 1
        count += 1
    return VerifyResult(count, expected_seq - 1, previous_hash, None)


# --------------------------------------------------------------------------- checkpoints


def _checkpoint_key() -> bytes:
    # A dedicated key may be configured; otherwise one derived from SECRET_KEY.
    configured = getattr(settings, "ACCORD_AUDIT_CHECKPOINT_KEY", "")
    base = configured or settings.SECRET_KEY
    return hashlib.sha256(b"accord-audit-checkpoint|" + base.encode()).digest()


def _signature(seq: int, head_hash: str, at: str) -> str:
    message = f"{seq}|{head_hash}|{at}".encode()
    return hmac.new(_checkpoint_key(), message, hashlib.sha256).hexdigest()


def checkpoint_make(seq: int, head_hash: str, at: dt.datetime) -> dict:
    """A signed statement of the chain head, to be kept outside the database."""
    stamp = at.astimezone(dt.UTC).isoformat(timespec="seconds")
    return {
        "seq": seq,
        "hash": head_hash,
        "at": stamp,
        "hmac": _signature(seq, head_hash, stamp),
    }


class CheckpointError(ValueError):
    pass


def checkpoint_load(text: str) -> dict:
    try:
        data = json.loads(text)
        seq, head_hash, stamp, mac = int(data["seq"]), data["hash"], data["at"], data["hmac"]
    except (ValueError, KeyError, TypeError) as exc:
        raise CheckpointError(f"not a checkpoint file ({exc})") from None
    if not hmac.compare_digest(mac, _signature(seq, head_hash, stamp)):
        raise CheckpointError("its signature does not match: the checkpoint was altered")
    return {"seq": seq, "hash": head_hash, "at": stamp}


def event_hash_at(seq: int) -> str | None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT hash FROM audit_auditevent WHERE seq = %s", [seq])
        row = cursor.fetchone()
    return row[0] if row else None


def verify_against_checkpoint(result: VerifyResult, checkpoint: dict) -> Problem | None:
    """A chain that verifies may still have lost its tail: compare with a checkpoint."""
    if result.head_seq < checkpoint["seq"]:
        return Problem(
            result.head_seq + 1,
            f"the chain ends at #{result.head_seq} but the checkpoint of {checkpoint['at']} "
            f"recorded #{checkpoint['seq']}: events were removed from the end",
        )
    if event_hash_at(checkpoint["seq"]) != checkpoint["hash"]:
        return Problem(
            checkpoint["seq"], "its hash differs from the checkpoint: the chain was rewritten"
        )
    return None
