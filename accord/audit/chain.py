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
import queue
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from django.conf import settings
from django.db import connection, connections

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
    last_seq: int | None = None  # a run of events with the same problem ends here

    def __str__(self) -> str:
        if self.last_seq is None or self.last_seq == self.seq:
            return f"event #{self.seq}: {self.message}"
        return f"events #{self.seq}–#{self.last_seq}: {self.message}"


@dataclass(frozen=True)
class VerifyResult:
    events: int
    head_seq: int
    head_hash: str
    problems: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def problem(self) -> Problem | None:
        """The first problem, if any."""
        return self.problems[0] if self.problems else None


class _Problems(list):
    """Problems in chain order; consecutive events with the same problem become a run,
    so a table rewritten wholesale reads as one line, not a million."""

    def add(self, seq: int, message: str, last_seq: int | None = None) -> None:
        if self:
            last = self[-1]
            end = last.seq if last.last_seq is None else last.last_seq
            if last.message == message and seq == end + 1:
                self[-1] = Problem(last.seq, message, last_seq or seq)
                return
        self.append(Problem(seq, message, last_seq))


_SQLITE_TIME = (
    # SQLite keeps 'YYYY-MM-DD HH:MM:SS[.ffffff]' (UTC) as text.
    "CASE WHEN instr(occurred_at, '.') = 0 "
    "THEN replace(occurred_at, ' ', 'T') || '.000000' "
    "ELSE replace(occurred_at, ' ', 'T') END"
)
_POSTGRES_TIME = "to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US')"
# The columns whose text comes from people or from outside (names, labels, reasons, ids
# and addresses); the rest are numbers, hashes, Accord's own codes, or JSON, which
# escapes every control character.
_FREE_TEXT = (
    "actor_name",
    "request_id",
    "client_ip",
    "target_id",
    "target_label",
    "parent_id",
    "parent_label",
    "reason",
)
_SQLITE_CANONICAL = "accord_canonical"


def canonical_sql(vendor: str) -> str:
    """The canonical serialization computed by the database, byte for byte as ``canonical``.

    Verification is dominated by per-row work; letting the database build the string in
    one formatting call leaves Python one SHA-256 per event (benchmarks/audit_verify.py).
    NULL renders as the empty string with length 0, as in ``_text``.

    SQLite's ``printf`` and ``length`` stop at a NUL character (PostgreSQL cannot store
    one), so on SQLite a row with a NUL in a free-text column is rendered by
    ``accord_canonical``, this module's ``canonical`` registered on every connection by
    Accord's backend; the ``CASE`` costs one ``instr`` per free-text column on every other
    row.
    """
    arguments = []
    for column in COLUMNS:
        if column == "occurred_at":
            text = _POSTGRES_TIME if vendor == "postgresql" else _SQLITE_TIME
        elif vendor == "postgresql":
            text = f"coalesce({column}::text, '')"
        else:
            text = column  # SQLite's printf renders NULL as '' and length(NULL) as 0
        arguments += [f"length({text})", text]
    if vendor == "postgresql":
        template = "|".join(["%s:%s"] * len(COLUMNS))
        return f"format('{template}', {', '.join(arguments)})"
    template = "|".join(["%d:%s"] * len(COLUMNS))
    fast = f"printf('{template}', {', '.join(arguments)})"
    has_nul = " OR ".join(f"instr({column}, char(0))" for column in _FREE_TEXT)
    values = ", ".join(_SQLITE_TIME if c == "occurred_at" else c for c in COLUMNS)
    return f"CASE WHEN {has_nul} THEN {_SQLITE_CANONICAL}({values}) ELSE {fast} END"


def _sqlite_canonical(*values: object) -> str:
    return canonical(values).decode()


def register_sqlite_functions(sqlite_connection) -> None:
    """Give a new SQLite connection the functions ``canonical_sql`` uses."""
    sqlite_connection.create_function(
        _SQLITE_CANONICAL, len(COLUMNS), _sqlite_canonical, deterministic=True
    )


def _batches(last_seq: int, chunk: int = 50_000) -> Iterator[list[tuple]]:
    """(seq, prev_hash, hash, canonical text) for events up to ``last_seq`` in chain order,
    in batches.

    One ordered query streamed through a server-side cursor on PostgreSQL (and SQLite's
    lazy cursor): much faster than paging with LIMIT.
    """
    cursor = connection.chunked_cursor()
    try:
        cursor.execute(_select("WHERE seq <= %s"), [last_seq])
        while batch := cursor.fetchmany(chunk):
            yield batch
    finally:
        cursor.close()


def _select(where: str = "") -> str:
    rendering = canonical_sql(connection.vendor)
    if "%s" in where:
        rendering = rendering.replace("%", "%%")  # the query takes parameters
    return (
        f"SELECT seq, prev_hash, hash, {rendering} "  # noqa: S608
        f"FROM audit_auditevent {where} ORDER BY seq"
    )


def _parallel(last_seq: int, readers: int = 2, chunk: int = 25_000) -> Iterator[list[tuple]]:
    """The chain up to ``last_seq`` in order, read by ``readers`` threads on their own
    connections.

    Building the canonical text is the database's work and most of verify's cost; split
    into seq ranges handed round-robin to the readers, it runs on several cores while
    this thread hashes. Ranges cover everything from below the smallest to the largest
    seq, so gaps and stray rows are still seen in order.
    """
    with connection.cursor() as cursor:
        cursor.execute("SELECT min(seq) FROM audit_auditevent")
        (low,) = cursor.fetchone()
    if low is None or low > last_seq:
        return
    bounds = list(range(low - 1, last_seq, chunk)) + [last_seq]
    ranges = list(zip(bounds[:-1], bounds[1:], strict=True))
    sql = _select("WHERE seq > %s AND seq <= %s")
    queues = [queue.Queue(maxsize=2) for _ in range(readers)]
    stop = threading.Event()

    def read(index: int) -> None:
        try:
            for lo, hi in ranges[index::readers]:
                with connection.cursor() as cursor:
                    cursor.execute(sql, [lo, hi])
                    batch = cursor.fetchall()
                while not stop.is_set():
                    try:
                        queues[index].put(batch, timeout=0.2)
                        break
                    except queue.Full:
                        continue
                if stop.is_set():
                    return
        except Exception as exc:  # handed to the consumer, which raises it
            queues[index].put(exc)
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=read, args=(i,), name=f"audit-verify-{i}", daemon=True)
        for i in range(readers)
    ]
    for thread in threads:
        thread.start()
    try:
        for number in range(len(ranges)):
            item = queues[number % readers].get()
            if isinstance(item, Exception):
                raise item
            yield item
    finally:
        stop.set()


def _head_and_last() -> tuple[int | None, str, int]:
    """The head row's seq and hash and the chain's highest seq, read at one instant."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT (SELECT seq FROM audit_auditchainhead WHERE id = 1), "
            "(SELECT hash FROM audit_auditchainhead WHERE id = 1), "
            "(SELECT max(seq) FROM audit_auditevent)"
        )
        head_seq, head_hash, last = cursor.fetchone()
    return head_seq, head_hash or "", last or 0


def verify(*, prefetch: bool | None = None) -> VerifyResult:
    """Replay the chain from the start and compare its end with the chain-head row.

    Every bad event is reported, not only the first: after a problem the replay goes on
    from the stored hash, so an edit further on is still caught. Events appended while
    verify runs (after the head row was read) are left for the next run.

    ``prefetch`` reads with parallel connections on PostgreSQL, where the database's work
    then runs on several cores; it is off inside a transaction, whose uncommitted rows
    another connection could not see. SQLite is read in one stream: it runs inside this
    process, and parallel readers there only contend.
    """
    if prefetch is None:
        prefetch = not connection.in_atomic_block
    head_seq, head_hash, last = _head_and_last()
    until = max(head_seq or 0, last)
    problems = _Problems()
    previous_hash = GENESIS
    expected_seq = 1
    after_gap = False
    count = 0
    sha256 = hashlib.sha256
    parallel = prefetch and connection.vendor == "postgresql"
    for batch in _parallel(until) if parallel else _batches(until):
        for seq, prev_hash, stored_hash, text in batch:
            if (
                seq == expected_seq
                and prev_hash == previous_hash
                and sha256(text.encode()).hexdigest() == stored_hash
            ):
                previous_hash = stored_hash
                expected_seq = seq + 1
                after_gap = False
                count += 1
                continue
            if seq < expected_seq:
                problems.add(seq, "out of place: numbered before the event it follows")
                continue
            if seq > expected_seq:
                problems.add(
                    expected_seq, "missing (deleted, or moved elsewhere in the chain)", seq - 1
                )
                after_gap = True
            if prev_hash != previous_hash and not after_gap:
                problems.add(seq, "its prev_hash does not match the hash of the event before it")
            elif sha256(text.encode()).hexdigest() != stored_hash:
                problems.add(seq, "its content does not match its hash (the row was edited)")
            previous_hash = stored_hash
            expected_seq = seq + 1
            after_gap = False
            count += 1
    end = expected_seq - 1
    if head_seq is None:
        problems.add(end + 1, "the chain-head row is missing")
    elif head_seq > end:
        problems.add(
            end + 1,
            f"missing: the chain ends at #{end} but the chain-head row records #{head_seq} "
            "(events were removed from the end)",
        )
    elif head_seq < end:
        problems.add(
            head_seq + 1,
            f"beyond the head: the chain-head row records #{head_seq} but the chain goes on "
            f"to #{end} (the head row was set back, or events were added around it)",
        )
    elif head_hash != previous_hash:
        problems.add(
            end, "its hash differs from the one the chain-head row records (the end was rewritten)"
        )
    return VerifyResult(count, end, previous_hash, tuple(problems))


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
