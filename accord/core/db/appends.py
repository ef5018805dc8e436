"""Audit events appended right before commit, so the chain-head lock is held briefly.

Every write and every sign-in records audit events, and appending one locks the single
chain-head row. Taken where the event is recorded, that lock would be held to the end of
the transaction, through whatever slow work follows (a reschedule, a plan import), and
every other writer and sign-in of the site would queue behind it. So ``audit_record``
only builds the event and queues it here, on the connection; the queue is appended in
one short step just before ``COMMIT`` (one lock, a few inserts, one head update).

The queue follows the transaction the way Django's ``on_commit`` callbacks do: each
event is tagged with the savepoints open when it was recorded, so rolling back to a
savepoint drops the events recorded inside it, and a rollback drops them all. An error
while appending rolls the whole transaction back: a write never commits without its
events.

Inside a test case's outer atomic blocks (marked ``_from_testcase`` by Django's
``TestCase``), nothing ever commits; there the queue is appended when the outermost
block that is not the test's own is released, so tests see what production commits.
"""

from __future__ import annotations

import contextlib
from typing import Any

from django.db import DatabaseError


class DeferredAuditAppendMixin:
    """Mixed into Accord's database wrappers, before Django's own wrapper class."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.audit_pending: list[tuple[set[str | None], Any]] = []

    def audit_defer(self, event: Any) -> None:
        """Queue an unsaved event for the append before this transaction commits."""
        self.audit_pending.append((set(self.savepoint_ids), event))

    def audit_flush(self) -> None:
        """Append the queued events now, under the chain-head lock."""
        if not self.audit_pending:
            return
        events = [event for _, event in self.audit_pending]
        self.audit_pending = []
        from accord.audit.services import audit_append

        audit_append(events, using=self.alias)

    def _releases_last_block_of_code(self) -> bool:
        # Called from Atomic.__exit__ after it popped the block being left: only a test
        # case's own blocks remain open.
        return bool(self.atomic_blocks) and all(b._from_testcase for b in self.atomic_blocks)

    def commit(self) -> None:
        try:
            self.audit_flush()
        except BaseException:
            # Never commit the work without its events; keep the original error (a failed
            # rollback means a broken connection, which the caller then drops).
            with contextlib.suppress(DatabaseError):
                self.rollback()
            raise
        super().commit()

    def rollback(self) -> None:
        self.audit_pending = []
        super().rollback()

    def close(self) -> None:
        super().close()
        if self.connection is None or self.closed_in_transaction:
            self.audit_pending = []  # the transaction is gone with the connection

    def savepoint_rollback(self, sid: str) -> None:
        super().savepoint_rollback(sid)
        self.audit_pending = [item for item in self.audit_pending if sid not in item[0]]

    def savepoint_commit(self, sid: str) -> None:
        if self.audit_pending and self._releases_last_block_of_code():
            try:
                self.audit_flush()
            except BaseException:
                self.savepoint_rollback(sid)
                raise
        super().savepoint_commit(sid)
