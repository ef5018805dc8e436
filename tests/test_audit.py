"""The audit trail: one event per change, append-only, tamper-evident, readable, exportable."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, transaction
from django.urls import reverse

from accord.accounts import services as account_services
from accord.audit import chain, triggers
from accord.audit.checks import every_business_model_is_audited
from accord.audit.models import AuditEvent, AuditImmutableError
from accord.audit.registry import _REGISTRY
from accord.projects import services as project_services
from accord.projects.models import Project
from tests.conftest import client_for

ROOT = Path(__file__).resolve().parent.parent


def _events(**filters) -> list[AuditEvent]:
    return list(AuditEvent.objects.filter(**filters).order_by("seq"))


def _raw(sql: str, params=()) -> None:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


def _tamper(sql: str, params=()) -> None:
    """Change the audit table behind the application's back, as a DBA could."""
    triggers.remove(connection)
    try:
        _raw(sql, params)
    finally:
        triggers.install(connection)


@pytest.mark.req("AT-1")
@pytest.mark.req("AT-2")
def test_a_service_write_leaves_exactly_one_event_with_who_what_when(world):
    before = AuditEvent.objects.count()
    project = project_services.project_create(
        actor=world.pm_alice,
        sponsor=world.sponsor_b,
        code="BOR-500",
        title="Stability study",
        modality="small_molecule",
        phase="clinical",
        site=world.site,
    )
    events = _events(seq__gt=before)
    # The project itself, then the creator joining its team.
    assert [e.action for e in events] == ["projects.project.created", "projects.membership.added"]
    event = events[0]
    assert (event.actor_id, event.actor_username, event.actor_name) == (
        world.pm_alice.pk,
        "pm.alice",
        "Alice Morgan",
    )
    assert event.target_type == "projects.project" and event.target_id == str(project.pk)
    assert event.target_label == "BOR-500 Stability study"
    assert event.parent_label == "Borealis Pharma"
    assert event.sponsor_id == world.sponsor_b.pk
    assert json.loads(event.changes)["title"] == [None, "Stability study"]
    assert event.occurred_at.utcoffset().total_seconds() == 0


@pytest.mark.req("AT-2")
@pytest.mark.req("ID-8")
def test_api_writes_record_the_channel_request_id_and_client_address(world):
    _, secret = account_services.api_token_create(actor=world.pm_alice, name="t")
    from django.test import Client

    response = Client(HTTP_AUTHORIZATION=f"Bearer {secret}").post(
        "/api/v1/projects",
        {
            "sponsor_id": world.sponsor_b.pk,
            "site_id": world.site.pk,
            "code": "BOR-600",
            "title": "Via the API",
            "modality": "biologic",
            "phase": "preclinical",
        },
        content_type="application/json",
        HTTP_X_REQUEST_ID="req-1234",
        HTTP_X_FORWARDED_FOR="203.0.113.9",
        REMOTE_ADDR="10.1.2.3",
    )
    assert response.status_code == 201
    event = AuditEvent.objects.get(
        action="projects.project.created", target_label__startswith="BOR-600"
    )
    assert (event.channel, event.request_id) == ("api", "req-1234")
    assert event.client_ip == "10.1.2.3"  # never a client-supplied forwarding header


@pytest.mark.req("AT-2")
def test_secrets_never_reach_the_trail(world):
    for event in AuditEvent.objects.all():
        changes = json.loads(event.changes)
        assert "password" not in changes and "digest" not in changes
    assert "correct-horse" not in "".join(AuditEvent.objects.values_list("changes", flat=True))


def test_role_changes_are_audited_with_before_and_after(world):
    user = world.pm_alice
    account_services.user_update(
        actor=world.admin_ada,
        user=user,
        first_name="Alice",
        last_name="Morgan",
        email=user.email,
        job_title="Programme lead",
        roles=user.roles.all(),
        is_active=False,
    )
    event = _events(action="accounts.user.deactivated")[-1]
    changes = json.loads(event.changes)
    assert changes["is_active"] == [True, False]
    assert changes["job_title"] == ["", "Programme lead"]


@pytest.mark.req("AT-4")
def test_the_model_refuses_to_change_or_delete_an_event(world):
    event = AuditEvent.objects.first()
    event.reason = "rewritten"
    with pytest.raises(AuditImmutableError):
        event.save()
    with pytest.raises(AuditImmutableError):
        event.delete()
    with pytest.raises(AuditImmutableError):
        AuditEvent.objects.filter(pk=event.pk).update(reason="x")
    with pytest.raises(AuditImmutableError):
        AuditEvent.objects.all().delete()


@pytest.mark.req("AT-4")
@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE audit_auditevent SET reason = 'rewritten' WHERE seq = 1",
        "DELETE FROM audit_auditevent WHERE seq = 1",
    ],
)
def test_the_database_refuses_update_and_delete(world, sql):
    with pytest.raises(Exception, match="append-only"), transaction.atomic():
        _raw(sql)
    assert AuditEvent.objects.filter(seq=1, reason="").exists()


@pytest.mark.req("AT-4")
def test_postgresql_also_refuses_truncate(world):
    if connection.vendor != "postgresql":
        pytest.skip("TRUNCATE exists only on PostgreSQL; SQLite has no such statement")
    with pytest.raises(Exception, match="append-only"), transaction.atomic():
        _raw("TRUNCATE audit_auditevent")


def test_the_admin_is_read_only(world):
    client = client_for(world.admin_ada)
    assert client.get(reverse("admin:audit_auditevent_changelist")).status_code in (200, 403)
    assert client.get(reverse("admin:audit_auditevent_add")).status_code == 403
    event = AuditEvent.objects.first()
    delete = client.post(reverse("admin:audit_auditevent_delete", args=[event.pk]), {"post": "yes"})
    assert delete.status_code == 403
    assert AuditEvent.objects.filter(pk=event.pk).exists()


@pytest.mark.req("AT-6")
def test_an_untouched_chain_verifies(world):
    result = chain.verify()
    assert result.ok and result.events == AuditEvent.objects.count() > 20
    out = io.StringIO()
    call_command("audit", "verify", stdout=out)
    assert "Audit trail OK" in out.getvalue()


def _verify_fails_at() -> str:
    err = io.StringIO()
    with pytest.raises(SystemExit) as excinfo:
        call_command("audit", "verify", stderr=err)
    assert excinfo.value.code == 1
    return err.getvalue()


@pytest.mark.req("AT-6")
def test_verify_catches_an_edited_row(world):
    _tamper("UPDATE audit_auditevent SET target_label = 'Harmless' WHERE seq = 7")
    assert "event #7: its content does not match its hash" in _verify_fails_at()


@pytest.mark.req("AT-6")
def test_verify_catches_an_edit_that_recomputes_the_rows_own_hash(world):
    row = list(AuditEvent.objects.filter(seq=7).values_list(*chain.COLUMNS).get())
    row[chain.COLUMNS.index("reason")] = "backdated"
    forged = chain.event_hash(tuple(row))
    _tamper("UPDATE audit_auditevent SET reason = 'backdated', hash = %s WHERE seq = 7", [forged])
    assert "event #8: its prev_hash does not match" in _verify_fails_at()


@pytest.mark.req("AT-6")
def test_verify_catches_a_deleted_row(world):
    _tamper("DELETE FROM audit_auditevent WHERE seq = 5")
    assert "event #5: missing" in _verify_fails_at()


@pytest.mark.req("AT-6")
def test_verify_catches_reordering(world):
    _tamper("UPDATE audit_auditevent SET seq = -1 WHERE seq = 4")
    _tamper("UPDATE audit_auditevent SET seq = 4 WHERE seq = 5")
    _tamper("UPDATE audit_auditevent SET seq = 5 WHERE seq = -1")
    # Each of #4, #5 and #6 now follows an event it was not chained to.
    assert "events #4–#6: its prev_hash does not match" in _verify_fails_at()


@pytest.mark.req("AT-6")
def test_verify_catches_an_inserted_row(world):
    row = list(AuditEvent.objects.filter(seq=3).values_list(*chain.COLUMNS, "hash").get())
    _tamper("UPDATE audit_auditevent SET seq = seq + 1000 WHERE seq > 3")
    row[0] = 4
    columns = ", ".join((*chain.COLUMNS, "hash"))
    marks = ", ".join(["%s"] * len(row))
    row[-1] = "f" * 64
    _tamper(f"INSERT INTO audit_auditevent ({columns}) VALUES ({marks})", row)  # noqa: S608
    assert "event #4" in _verify_fails_at()


@pytest.mark.req("AT-6")
def test_plain_verify_catches_a_truncated_tail_by_the_chain_head(world):
    head = AuditEvent.objects.order_by("-seq").first().seq
    _tamper("DELETE FROM audit_auditevent WHERE seq > %s", [head - 3])
    # The shortened chain is consistent in itself, but the head row still names #head.
    assert (
        f"event #{head - 2}: missing: the chain ends at #{head - 3} but the chain-head row "
        f"records #{head}" in _verify_fails_at()
    )


@pytest.mark.req("AT-6")
def test_verify_catches_a_head_row_set_back_behind_the_chain(world):
    head = AuditEvent.objects.order_by("-seq").first().seq
    _raw("UPDATE audit_auditchainhead SET seq = seq - 2 WHERE id = 1")
    assert f"event #{head - 1}: beyond the head" in _verify_fails_at()


@pytest.mark.req("AT-6")
def test_verify_catches_a_head_row_whose_hash_was_rewritten(world):
    _raw("UPDATE audit_auditchainhead SET hash = %s WHERE id = 1", ["e" * 64])
    assert "differs from the one the chain-head row records" in _verify_fails_at()


@pytest.mark.req("AT-6")
def test_verify_reports_every_bad_event_not_only_the_first(world):
    _tamper("UPDATE audit_auditevent SET target_label = 'Harmless' WHERE seq = 7")
    _tamper("UPDATE audit_auditevent SET reason = 'Backdated' WHERE seq = 20")
    _tamper("DELETE FROM audit_auditevent WHERE seq = 30")
    report = _verify_fails_at()
    assert "3 problems" in report
    assert "event #7: its content does not match its hash" in report
    assert "event #20: its content does not match its hash" in report
    assert "event #30: missing" in report
    assert "event #31" not in report  # the event after a gap is not blamed for it


@pytest.mark.req("AT-6")
def test_a_checkpoint_detects_a_tail_removed_together_with_its_head(world, tmp_path):
    checkpoint = tmp_path / "head.json"
    call_command("audit", "checkpoint", "--output", str(checkpoint), stdout=io.StringIO())
    head = json.loads(checkpoint.read_text())["seq"]
    _tamper("DELETE FROM audit_auditevent WHERE seq > %s", [head - 3])
    kept = AuditEvent.objects.get(seq=head - 3)
    _raw("UPDATE audit_auditchainhead SET seq = %s, hash = %s WHERE id = 1", [kept.seq, kept.hash])
    assert chain.verify().ok  # chain and head agree: only an outside record can tell...
    err = io.StringIO()
    with pytest.raises(SystemExit):
        call_command("audit", "verify", "--checkpoint", str(checkpoint), stderr=err)
    assert "events were removed from the end" in err.getvalue()  # ...such as a checkpoint


@pytest.mark.req("AT-6")
def test_an_altered_checkpoint_is_rejected(world, tmp_path):
    checkpoint = tmp_path / "head.json"
    call_command("audit", "checkpoint", "--output", str(checkpoint), stdout=io.StringIO())
    data = json.loads(checkpoint.read_text())
    data["seq"] -= 5
    checkpoint.write_text(json.dumps(data))
    with pytest.raises(CommandError, match="signature does not match"):
        call_command("audit", "verify", "--checkpoint", str(checkpoint))


@pytest.mark.req("DI-5")
def test_a_failed_write_leaves_neither_record_nor_event(world, monkeypatch):
    before = AuditEvent.objects.count()

    def broken(**kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(project_services, "audit_record", broken)
    with pytest.raises(RuntimeError):
        project_services.project_create(
            actor=world.pm_alice,
            sponsor=world.sponsor_b,
            code="BOR-999",
            title="Never",
            modality="small_molecule",
            phase="clinical",
            site=world.site,
        )
    assert not Project.objects.filter(code="BOR-999").exists()
    assert AuditEvent.objects.count() == before


@pytest.mark.req("AT-5")
def test_an_unregistered_business_model_fails_the_system_check(monkeypatch):
    assert every_business_model_is_audited(None) == []
    monkeypatch.delitem(_REGISTRY, "projects.projectdocument")
    errors = every_business_model_is_audited(None)
    assert [e.id for e in errors] == ["accord.audit.E001"]
    assert "projects.projectdocument" in errors[0].msg


@pytest.mark.req("AT-8")
def test_history_page_shows_who_changed_what_with_old_and_new_values(world):
    account_services.user_update(
        actor=world.admin_ada,
        user=world.pm_alice,
        first_name="Alice",
        last_name="Morgan",
        email=world.pm_alice.email,
        job_title="Programme lead",
        roles=world.pm_alice.roles.all(),
        is_active=True,
    )
    url = reverse("audit:history", args=["accounts.user", world.pm_alice.pk])
    page = client_for(world.admin_ada).get(url).content.decode()
    assert "User updated" in page and "Ada Admin" in page
    assert "Programme lead" in page and 'class="new"' in page


@pytest.mark.req("AT-10")
def test_a_sponsor_sees_its_projects_history_without_internal_records(world):
    url = reverse("audit:history", args=["projects.project", world.project_a.pk])
    sponsor_page = client_for(world.sponsor_a_manager).get(url).content.decode()
    staff_page = client_for(world.pm_alice).get(url).content.decode()
    assert "Aurora batch schedule" in sponsor_page
    assert "Aurora internal cost sheet" not in sponsor_page
    assert "Aurora internal cost sheet" in staff_page


@pytest.mark.req("AT-8")
@pytest.mark.req("RC-1")
def test_history_exports_as_csv_json_and_pdf(world):
    client = client_for(world.pm_alice)
    args = ["projects.project", world.project_a.pk]
    csv_text = client.get(reverse("audit:history_export", args=[*args, "csv"])).content.decode(
        "utf-8-sig"
    )
    assert csv_text.splitlines()[0].startswith("seq,occurred_at_utc,actor_username")
    assert "projects.project.created" in csv_text and "AUR-101-TT" in csv_text
    body = client.get(reverse("audit:history_export", args=[*args, "json"])).json()
    assert body["about"]["record"] == "AUR-101-TT Aurolimab tech transfer"
    assert {e["action"] for e in body["events"]} >= {"projects.project.created"}
    pdf = client.get(reverse("audit:history_export", args=[*args, "pdf"]))
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF") and len(pdf.content) > 5_000


@pytest.mark.req("AT-8")
def test_trail_review_filters_by_exception_and_exports_a_date_range(world):
    account_services.user_update(
        actor=world.admin_ada,
        user=world.qa_quinn,
        first_name="Quinn",
        last_name="Keller",
        email=world.qa_quinn.email,
        job_title="QA lead",
        roles=world.qa_quinn.roles.all(),
        is_active=True,
    )
    client = client_for(world.qa_quinn)
    page = client.get(reverse("audit:trail"), {"without_reason": "on"}).content.decode()
    assert "User updated" in page and "Project created" not in page
    bad = client.get(reverse("audit:trail"), {"start": "2026-02-01", "end": "2026-01-01"})
    assert "The end date is before the start date." in bad.content.decode()
    export = client.get(reverse("audit:trail_export", args=["json"]), {"action": "accounts.user"})
    assert {e["action"] for e in export.json()["events"]} <= {
        "accounts.user.created",
        "accounts.user.updated",
    }
    assert client_for(world.pm_alice).get(reverse("audit:trail")).status_code == 403


def test_flush_is_refused_in_production(settings):
    settings.ACCORD_ENV = "production"
    with pytest.raises(CommandError, match="erase the audit trail"):
        call_command("flush", "--no-input")


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_writers_from_several_processes_never_fork_the_chain():
    """Real concurrency needs PostgreSQL: SQLite admits one writer at a time anyway."""
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: several processes appending at the same moment")
    script = textwrap.dedent(
        """
        import django, os, sys
        django.setup()
        from accord.accounts.services import organization_create
        for i in range(25):
            organization_create(actor=None, kind="sponsor", name=f"P{sys.argv[1]} Co {i}",
                                short_name=f"P{sys.argv[1]}-{i}", sponsor_type="biotech")
        """
    )
    settings_dict = connection.settings_dict
    url = (
        f"postgres://{settings_dict['USER']}@{settings_dict['HOST']}:{settings_dict['PORT']}"
        f"/{settings_dict['NAME']}"
    )
    env = {**os.environ, "DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "accord.settings"}
    workers = [
        subprocess.Popen([sys.executable, "-c", script, str(n)], cwd=ROOT, env=env)
        for n in range(6)
    ]
    assert [w.wait(timeout=120) for w in workers] == [0] * 6
    result = chain.verify()
    assert result.ok, result.problem
    assert result.events == AuditEvent.objects.count() >= 150
    seqs = list(AuditEvent.objects.values_list("seq", flat=True))
    assert seqs == list(range(1, len(seqs) + 1))


@pytest.mark.req("AT-3")
@pytest.mark.req("AT-9")
def test_history_keeps_every_prior_value_in_order_with_the_time_zone(world, settings):
    settings.TIME_ZONE = "Europe/Zurich"
    for title in ("Planner", "Senior planner", "Head of planning"):
        account_services.user_update(
            actor=world.admin_ada,
            user=world.pm_alice,
            first_name="Alice",
            last_name="Morgan",
            email=world.pm_alice.email,
            job_title=title,
            roles=world.pm_alice.roles.all(),
            is_active=True,
        )
    events = AuditEvent.objects.filter(
        action="accounts.user.updated", target_id=str(world.pm_alice.pk)
    ).order_by("seq")
    assert [json.loads(e.changes)["job_title"] for e in events] == [
        ["", "Planner"],
        ["Planner", "Senior planner"],
        ["Senior planner", "Head of planning"],
    ]
    assert all(e.occurred_at.utcoffset().total_seconds() == 0 for e in events)
    page = (
        client_for(world.admin_ada)
        .get(reverse("audit:history", args=["accounts.user", world.pm_alice.pk]))
        .content.decode()
    )
    shown = [int(n) for n in re.findall(r"· #(\d+)</div>", page)]
    assert shown == sorted(shown, reverse=True)  # newest first, nothing skipped
    assert {e.seq for e in events} <= set(shown)
    for value in ("Planner", "Senior planner", "Head of planning"):
        assert f'<td class="old">{value}</td>' in page or value == "Head of planning"
        assert f'<td class="new">{value}</td>' in page
    assert "CET (UTC+01:00)" in page or "CEST (UTC+02:00)" in page


@pytest.mark.req("AT-6")
def test_the_database_serializes_events_exactly_as_python_does(world, monkeypatch):
    """Verify hashes what the database renders; it must match the bytes hashed at write time."""
    import datetime as dt

    from django.utils import timezone

    whole_second = dt.datetime(2026, 11, 25, 9, 30, 0, tzinfo=dt.UTC)
    monkeypatch.setattr(timezone, "now", lambda: whole_second)  # audit times come from it
    project_services.project_create(
        actor=world.pm_alice,
        sponsor=world.sponsor_b,
        code="BOR-ÜNI",
        title="Müller — 試験 ✓",
        modality="small_molecule",
        phase="clinical",
        site=world.site,
        description="a|b:c\nd",
    )
    rows = AuditEvent.objects.values_list(*chain.COLUMNS)
    with connection.cursor() as cursor:
        rendering = chain.canonical_sql(connection.vendor)
        cursor.execute(f"SELECT {rendering} FROM audit_auditevent ORDER BY seq")  # noqa: S608
        from_sql = [r[0].encode() for r in cursor.fetchall()]
    assert from_sql == [chain.canonical(row) for row in rows]
    assert chain.verify().ok


@pytest.mark.req("AT-6")
@pytest.mark.django_db(transaction=True)
def test_verify_with_parallel_readers_sees_the_same_chain():
    """The command line reads with several connections; it must catch what one would."""
    from accord.accounts.services import organization_create

    for number in range(30):
        organization_create(
            actor=None,
            kind="sponsor",
            name=f"Parallel {number}",
            short_name=f"PAR{number}",
            sponsor_type="biotech",
        )
    batches = list(chain._parallel(30, readers=2, chunk=7))
    assert [row[0] for batch in batches for row in batch] == list(range(1, 31))
    assert all(chain.hashlib.sha256(r[3].encode()).hexdigest() == r[2] for b in batches for r in b)
    assert chain.verify(prefetch=True).ok
    _tamper("UPDATE audit_auditevent SET reason = 'x' WHERE seq = 23")
    result = chain.verify(prefetch=True)
    assert result.problem is not None and result.problem.seq == 23
    _tamper("DELETE FROM audit_auditevent WHERE seq = 9")
    assert chain.verify(prefetch=True).problem.seq == 9
