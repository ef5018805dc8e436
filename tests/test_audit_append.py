"""When audit events join the chain: together, in order, right before their transaction
commits, so the chain-head lock is held for the append only (accord.core.db.appends)."""

from __future__ import annotations

import threading

import pytest
from django.db import connection, connections, transaction

from accord.accounts.models import Organization
from accord.accounts.services import organization_create
from accord.audit import chain
from accord.audit import services as audit_services
from accord.audit.models import AuditChainHead, AuditEvent


def _sponsor(name: str) -> Organization:
    return organization_create(
        actor=None, kind="sponsor", name=name, short_name=name[:12], sponsor_type="biotech"
    )


def _head() -> int:
    return AuditChainHead.objects.get(pk=1).seq


@pytest.mark.req("AT-1")
def test_the_events_of_a_transaction_join_the_chain_as_it_ends_in_their_order(db):
    before = _head()
    with transaction.atomic():
        _sponsor("Cobalt Bio")
        _sponsor("Dahlia Pharma")
        # Recorded, not yet appended: the chain and its head row are untouched.
        assert _head() == before
        assert not AuditEvent.objects.filter(seq__gt=before).exists()
    events = list(AuditEvent.objects.filter(seq__gt=before))
    assert [(e.seq, e.target_label) for e in events] == [
        (before + 1, "Cobalt Bio"),
        (before + 2, "Dahlia Pharma"),
    ]
    assert _head() == before + 2
    assert chain.verify().ok


def test_a_service_outside_any_transaction_is_appended_at_once(db):
    before = _head()
    _sponsor("Elm Therapeutics")
    assert AuditEvent.objects.get(seq=before + 1).target_label == "Elm Therapeutics"


@pytest.mark.req("DI-5")
def test_work_rolled_back_to_a_savepoint_leaves_no_event_and_no_gap(db):
    before = _head()
    with transaction.atomic():
        _sponsor("Kept Pharma")
        with pytest.raises(RuntimeError), transaction.atomic():
            _sponsor("Dropped Pharma")
            raise RuntimeError("the inner step failed")
        _sponsor("Also Kept")
    labels = list(AuditEvent.objects.filter(seq__gt=before).values_list("target_label", "seq"))
    assert labels == [("Kept Pharma", before + 1), ("Also Kept", before + 2)]
    assert not Organization.objects.filter(name="Dropped Pharma").exists()
    assert chain.verify().ok


@pytest.mark.req("DI-5")
def test_a_failing_append_rolls_the_whole_write_back(db, monkeypatch):
    before = _head()

    def broken(events, *, using):
        raise RuntimeError("disk full")

    monkeypatch.setattr(audit_services, "audit_append", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        _sponsor("Never Bio")
    assert not Organization.objects.filter(name="Never Bio").exists()
    assert _head() == before and AuditEvent.objects.count() == before


@pytest.mark.req("DI-5")
@pytest.mark.django_db(transaction=True)
def test_a_failing_append_at_commit_leaves_nothing_behind(monkeypatch):
    """The same through a real COMMIT (no test transaction around it)."""
    _sponsor("Before Bio")
    before = _head()

    def broken(events, *, using):
        raise RuntimeError("disk full")

    monkeypatch.setattr(audit_services, "audit_append", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        _sponsor("Never Bio")
    monkeypatch.undo()
    assert not Organization.objects.filter(name="Never Bio").exists()
    assert _head() == before
    _sponsor("After Bio")  # the connection is usable and the chain goes on
    assert chain.verify().ok and _head() == before + 1


@pytest.mark.req("AT-1")
@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_slow_transaction_does_not_hold_the_chain_head_for_others():
    """Real concurrency needs PostgreSQL. A transaction that recorded its event and then
    works on (a reschedule, an import) leaves the chain head free: another writer appends
    and commits meanwhile, and the chain follows the order of the commits."""
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: two connections writing at the same time")
    recorded, release = threading.Event(), threading.Event()
    failures: list[BaseException] = []

    def slow_writer() -> None:
        try:
            with transaction.atomic():
                _sponsor("Slow Pharma")
                recorded.set()
                release.wait(30)  # the slow work, with its event already recorded
        except BaseException as exc:
            failures.append(exc)
        finally:
            connections.close_all()

    thread = threading.Thread(target=slow_writer)
    thread.start()
    try:
        assert recorded.wait(30)
        with connection.cursor() as cursor:
            # Before the append came last, this lock wait would time out.
            cursor.execute("SET lock_timeout = '2s'")
        _sponsor("Quick Pharma")
    finally:
        release.set()
        thread.join(30)
        with connection.cursor() as cursor:
            cursor.execute("RESET lock_timeout")
    assert not failures
    order = list(
        AuditEvent.objects.filter(target_label__in=["Slow Pharma", "Quick Pharma"]).values_list(
            "target_label", flat=True
        )
    )
    assert order == ["Quick Pharma", "Slow Pharma"]
    assert chain.verify().ok


@pytest.mark.req("AT-6")
@pytest.mark.req("DI-5")
@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_several_writers_some_rolling_back_keep_the_chain_gap_free():
    """Six threads, each committing or rolling back transactions of two events: the
    committed events form one gap-free chain, the rolled-back ones left no trace."""
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: several connections appending at the same moment")
    before = _head()
    failures: list[BaseException] = []

    def writer(number: int) -> None:
        try:
            for round_ in range(8):
                try:
                    with transaction.atomic():
                        _sponsor(f"W{number} R{round_} Pharma")
                        _sponsor(f"W{number} R{round_} Bio")
                        if round_ % 3 == 2:
                            raise RuntimeError("changed my mind")
                except RuntimeError:
                    pass
        except BaseException as exc:
            failures.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert not failures
    committed = 6 * (8 - 2) * 2  # rounds 2 and 5 of each writer rolled back
    seqs = list(AuditEvent.objects.filter(seq__gt=before).values_list("seq", flat=True))
    assert seqs == list(range(before + 1, before + committed + 1))
    assert not AuditEvent.objects.filter(target_label__contains=" R2 ").exists()
    assert _head() == before + committed
    assert chain.verify().ok
