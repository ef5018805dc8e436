"""The database renders every stored event exactly as Python hashed it, whatever its text.

``accord audit verify`` hashes the canonical text the database builds
(``chain.canonical_sql``); if that ever differed from the bytes hashed at write time, an
untouched event would be reported as edited (a false tamper alarm, as a NUL byte once
caused on SQLite). Property-tested over arbitrary text on both databases.
"""

from __future__ import annotations

import hashlib

import pytest
from django.db import connection
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accord.audit import chain
from accord.audit.models import AuditEvent
from accord.audit.services import audit_record
from accord.core import context


def _texts(max_size: int):
    # PostgreSQL cannot store NUL in text at all (the input boundary refuses it); SQLite
    # can, and must then render it like Python does.
    excluded = "\x00" if connection.vendor == "postgresql" else ""
    return st.text(st.characters(codec="utf-8", exclude_characters=excluded), max_size=max_size)


def _rendered(seq: int) -> str:
    with connection.cursor() as cursor:
        rendering = chain.canonical_sql(connection.vendor).replace("%", "%%")
        cursor.execute(
            f"SELECT {rendering} FROM audit_auditevent WHERE seq = %s",  # noqa: S608
            [seq],
        )
        return cursor.fetchone()[0]


@pytest.mark.req("AT-6")
@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_the_database_renders_any_text_as_python_hashed_it(db, data):
    label, reason, old, new, target_id = (
        data.draw(_texts(300)),
        data.draw(_texts(2000)),
        data.draw(_texts(200)),
        data.draw(_texts(200)),
        data.draw(_texts(64)),
    )
    request_id, ip = data.draw(_texts(64)), data.draw(_texts(64))
    with context.acting(via=context.API, request=request_id, ip=ip):
        event = audit_record(
            actor=None,
            action="tests.rendering.checked",
            target=None,
            target_ref=("tests.thing", target_id, label),
            changes={"text": [old, new]},
            reason=reason,
        )
    rendered = _rendered(event.seq)
    stored = AuditEvent.objects.values_list(*chain.COLUMNS).get(seq=event.seq)
    assert rendered.encode() == chain.canonical(stored)
    assert hashlib.sha256(rendered.encode()).hexdigest() == event.hash


@pytest.mark.req("AT-6")
def test_a_text_with_a_nul_byte_does_not_raise_a_false_alarm(db):
    if connection.vendor == "postgresql":
        pytest.skip("PostgreSQL cannot store a NUL in text; the input boundary refuses it")
    for text in ("before\x00after", "\x00", "a\x00b\x00ü\x00"):
        audit_record(actor=None, action="tests.nul", target=None, target_ref=("t", "1", text))
    result = chain.verify()
    assert result.ok, [str(p) for p in result.problems]
