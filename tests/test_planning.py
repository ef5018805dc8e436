"""Project plans: templates, dependencies, rescheduling on every change, the Gantt."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accord.audit.models import AuditEvent
from accord.planning import services
from accord.planning.models import Dependency, Task
from tests.conftest import client_for


def _plan(world, project=None):
    project = project or world.project_a  # starts Monday 5 Jan 2026
    services.plan_apply_template(
        actor=world.pm_alice, project=project, template_code="small_molecule_tt"
    )
    short = {
        "Kick-off and technology package review": "kickoff",
        "Process development and optimization": "development",
        "Analytical method transfer": "methods",
        "GMP batch manufacture": "gmp",
    }
    return {short[t.name]: t for t in Task.objects.filter(project=project) if t.name in short}


def test_a_template_plan_is_scheduled_with_a_critical_path(world):
    tasks = _plan(world)
    kickoff = tasks["kickoff"]
    assert (kickoff.early_start, kickoff.early_finish) == (dt.date(2026, 1, 5), dt.date(2026, 1, 9))
    development = tasks["development"]  # process development, 60 days after kick-off
    assert development.early_start == dt.date(2026, 1, 12)
    assert development.early_finish == dt.date(2026, 4, 3)  # 60 working days, inclusive
    assert development.critical and kickoff.critical
    assert not tasks["methods"].critical and tasks["methods"].total_float > 0
    assert Dependency.objects.filter(project=world.project_a).count() == 20
    assert AuditEvent.objects.filter(action="planning.plan.created_from_template").exists()


def test_a_longer_task_pushes_its_successors_and_is_audited(world):
    tasks = _plan(world)
    engineering = Task.objects.get(name__startswith="Engineering")
    before = engineering.early_start
    services.task_update(
        actor=world.pm_alice, task=tasks["development"], duration_days=65, reason="Route change"
    )
    engineering.refresh_from_db()
    assert engineering.early_start == before + dt.timedelta(days=7)  # 5 working days later
    event = AuditEvent.objects.filter(action="planning.task.updated").latest("seq")
    assert json.loads(event.changes)["duration_days"] == [60, 65]
    assert event.reason == "Route change"


def test_a_loop_is_refused_by_name_and_nothing_is_written(world):
    tasks = _plan(world)
    links = Dependency.objects.count()
    events = AuditEvent.objects.count()
    with pytest.raises(ValidationError) as excinfo:
        services.dependency_add(
            actor=world.pm_alice, predecessor=tasks["gmp"], successor=tasks["kickoff"]
        )
    message = " ".join(excinfo.value.messages)
    assert "GMP batch manufacture" in message and "Kick-off" in message
    assert Dependency.objects.count() == links and AuditEvent.objects.count() == events


def test_only_plan_editors_change_a_plan(world):
    tasks = _plan(world)
    with pytest.raises(PermissionDenied):
        services.task_update(actor=world.qa_quinn, task=tasks["kickoff"], duration_days=3)


def test_a_site_holiday_moves_the_dates(world):
    tasks = _plan(world)
    services.holiday_add(actor=None, site=world.site, date=dt.date(2026, 1, 7), name="Closure")
    services.task_update(actor=world.pm_alice, task=tasks["kickoff"], department="PMO")
    assert Task.objects.get(pk=tasks["kickoff"].pk).early_finish == dt.date(2026, 1, 12)


def test_moving_a_bar_before_its_predecessor_is_refused_with_the_reason(world):
    tasks = _plan(world)
    client = client_for(world.pm_alice)
    gmp = tasks["gmp"]
    url = reverse("planning:task_move", args=[gmp.pk])
    early = client.post(
        url, {"start": "2026-01-12", "version": gmp.version}, content_type="application/json"
    )
    assert early.status_code == 422
    assert "Go/no-go decision for GMP manufacture" in early.json()["detail"]
    assert Task.objects.get(pk=gmp.pk).early_start == gmp.early_start
    later = gmp.early_start + dt.timedelta(days=14)
    moved = client.post(
        url, {"start": later.isoformat(), "version": gmp.version}, content_type="application/json"
    )
    assert moved.status_code == 200
    gmp.refresh_from_db()
    assert gmp.early_start == later and gmp.constraint_type == "start no earlier than"


def test_plan_page_shows_dates_float_and_critical_path(world):
    _plan(world)
    page = client_for(world.pm_alice).get(reverse("planning:plan", args=[world.project_a.pk]))
    text = page.content.decode()
    assert 'data-testid="plan-table"' in text and "critical" in text
    assert "5 Jan 2026" in text and "Add task" in text  # one date format (docs/dates.md)


def test_sponsors_read_the_plan_but_cannot_edit_it(world):
    tasks = _plan(world)
    client = client_for(world.sponsor_a_manager)
    page = client.get(reverse("planning:plan", args=[world.project_a.pk])).content.decode()
    assert "Process development and optimization" in page and "Add task" not in page
    assert client.get(reverse("planning:task_edit", args=[tasks["gmp"].pk])).status_code == 403


def test_gantt_data_costs_the_same_queries_for_a_small_and_a_large_plan(world):
    client = client_for(world.pm_alice)
    _plan(world, world.project_b)
    url_small = reverse("planning:gantt_data", args=[world.project_b.pk])
    client.get(url_small)
    with CaptureQueriesContext(connection) as small:
        assert client.get(url_small).status_code == 200
    _plan(world)
    for number in range(40):
        services.task_create(
            actor=world.pm_alice, project=world.project_a, name=f"Extra {number}", duration_days=2
        )
    url_large = reverse("planning:gantt_data", args=[world.project_a.pk])
    with CaptureQueriesContext(connection) as large:
        body = client.get(url_large).json()
    assert len(body["tasks"]) == 56
    assert len(large.captured_queries) == len(small.captured_queries)


def test_gantt_data_marks_the_critical_path(world):
    _plan(world)
    body = (
        client_for(world.pm_alice)
        .get(reverse("planning:gantt_data", args=[world.project_a.pk]))
        .json()
    )
    critical = {t["name"] for t in body["tasks"] if t["critical"]}
    assert "GMP batch manufacture" in critical and "Analytical method transfer" not in critical
    gmp = next(t for t in body["tasks"] if t["name"] == "GMP batch manufacture")
    assert gmp["custom_class"] == "bar-critical" and gmp["dependencies"].startswith("t")


def test_project_health_needs_a_reason_and_a_new_start_reschedules(world):
    from accord.projects import services as project_services

    tasks = _plan(world)
    client = client_for(world.pm_alice)
    url = reverse("projects:edit", args=[world.project_a.pk])
    base = {
        "title": world.project_a.title,
        "phase": "first_in_human",
        "status": "active",
        "start_date": "2026-01-05",
        "target_end_date": "2026-12-18",
        "version": world.project_a.version,
    }
    refused = client.post(url, {**base, "health": "amber"})
    assert 'id="id_health_reason_error_1"' in refused.content.decode()
    saved = client.post(
        url,
        {
            **base,
            "health": "amber",
            "health_reason": "API starting material late",
            "start_date": "2026-01-12",
        },
    )
    assert saved.status_code == 302
    kickoff = Task.objects.get(pk=tasks["kickoff"].pk)
    assert kickoff.early_start == dt.date(2026, 1, 12)
    event = AuditEvent.objects.filter(action="projects.project.updated").latest("seq")
    assert json.loads(event.changes)["health"] == ["green", "amber"]
    portal = client_for(world.sponsor_a_manager).get(reverse("home:portal")).content.decode()
    assert "At risk" in portal
    with pytest.raises(PermissionDenied):
        project_services.project_update(actor=world.qa_quinn, project=world.project_a, title="x")


@pytest.mark.req("ES-1")
def test_a_signed_baseline_shows_the_variance_of_a_later_plan(world):
    from accord.planning.models import Baseline
    from accord.signatures.models import Signature
    from tests.factories import PASSWORD

    tasks = _plan(world)
    with pytest.raises(ValidationError):
        services.baseline_save(
            actor=world.pm_alice,
            project=world.project_a,
            name="Contract",
            username="pm.alice",
            password="wrong-password-1",
            acknowledge=True,
        )
    assert not Baseline.objects.exists()
    client = client_for(world.pm_alice)
    response = client.post(
        reverse("planning:baseline_save", args=[world.project_a.pk]),
        {
            "name": "Contract baseline",
            "meaning": "authored",
            "username": "pm.alice",
            "password": PASSWORD,
            "acknowledge": "on",
        },
    )
    assert response.status_code == 302
    baseline = Baseline.objects.get()
    signature = Signature.objects.get(record_type="planning.baseline")
    assert (signature.meaning, signature.printed_name) == ("authored", "Alice Morgan")
    services.task_update(actor=world.pm_alice, task=tasks["development"], duration_days=70)
    page = client.get(reverse("planning:plan", args=[world.project_a.pk])).content.decode()
    assert 'data-testid="finish-variance">+14 days' in page  # 10 working days later
    assert "Contract baseline" in page and "Alice Morgan" in page
    data = client.get(reverse("planning:gantt_data", args=[world.project_a.pk])).json()
    gmp = next(t for t in data["tasks"] if t["name"] == "GMP batch manufacture")
    assert gmp["baseline"][0] < gmp["start"]
    assert baseline.items.count() == 16


@pytest.mark.req("ES-6")
def test_a_go_no_go_decision_is_recorded_with_a_decided_signature(world):
    from accord.planning.models import Decision
    from accord.signatures.models import Signature
    from tests.factories import PASSWORD

    _plan(world)
    gate = Task.objects.get(kind="decision", project=world.project_a)
    url = reverse("planning:decision_record", args=[gate.pk])
    assert client_for(world.pm_alice).get(url).status_code == 403  # QA and executives decide
    client = client_for(world.qa_quinn)
    missing = client.post(url, {"outcome": "go", "meaning": "decided"})
    assert 'id="id_rationale_error_1"' in missing.content.decode()
    response = client.post(
        url,
        {
            "options": "Go now; wait for lot 2 impurity data",
            "outcome": "go",
            "rationale": "Engineering batch met all acceptance criteria",
            "decided_on": "2026-05-08",
            "meaning": "decided",
            "username": "qa.quinn",
            "password": PASSWORD,
            "acknowledge": "on",
        },
    )
    assert response.status_code == 302
    decision = Decision.objects.get(task=gate)
    assert decision.outcome == "go" and decision.decided_by == world.qa_quinn
    assert Signature.objects.get(record_type="planning.decision").meaning == "decided"
    page = (
        client_for(world.sponsor_a_manager)
        .get(reverse("planning:plan", args=[world.project_a.pk]))
        .content.decode()
    )
    assert "Engineering batch met all acceptance criteria" in page


def test_a_plan_goes_to_ms_project_and_comes_back_with_the_same_schedule(world):
    from django.core.files.uploadedfile import SimpleUploadedFile

    _plan(world)
    client = client_for(world.pm_alice)
    exported = client.get(reverse("planning:plan_export", args=[world.project_a.pk, "xml"]))
    assert exported["Content-Type"] == "application/xml"
    assert b"<Project" in exported.content
    response = client.post(
        reverse("planning:plan_import", args=[world.project_b.pk]),
        {"file": SimpleUploadedFile("plan.xml", exported.content)},
    )
    assert response.status_code == 302
    original = {
        t.name: (t.early_start, t.early_finish, t.total_float)
        for t in Task.objects.filter(project=world.project_a)
    }
    world.project_b.refresh_from_db()
    shift = world.project_b.start_date == world.project_a.start_date
    imported = {
        t.name: (t.early_start, t.early_finish, t.total_float)
        for t in Task.objects.filter(project=world.project_b)
    }
    assert shift and imported == original


def test_a_bad_ms_project_file_is_refused_with_the_reason_and_nothing_is_written(world):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client = client_for(world.pm_alice)
    response = client.post(
        reverse("planning:plan_import", args=[world.project_b.pk]),
        {"file": SimpleUploadedFile("plan.xml", b"<html>not a plan</html>")},
        follow=True,
    )
    assert "Not imported: not a Microsoft Project XML file" in response.content.decode()
    assert not Task.objects.filter(project=world.project_b).exists()


def test_a_primavera_xer_file_imports_on_the_plan_page_with_its_warnings(world):
    from pathlib import Path

    from django.core.files.uploadedfile import SimpleUploadedFile

    data = (Path(__file__).parent / "scheduling" / "data" / "tech_transfer.xer").read_bytes()
    response = client_for(world.pm_alice).post(
        reverse("planning:plan_import", args=[world.project_b.pk]),
        {"file": SimpleUploadedFile("tech_transfer.xer", data)},
        follow=True,
    )
    page = response.content.decode()
    assert "Imported 53 tasks and scheduled them." in page
    assert "Not imported: activity A7020 (Project management) is a level of effort" in page
    assert Task.objects.get(project=world.project_b, name="Seed train scale-up").calendar == (
        Task.CalendarKind.CONTINUOUS
    )


def test_the_task_form_sets_the_calendar_a_task_works_on(world):
    tasks = _plan(world)
    client = client_for(world.pm_alice)
    url = reverse("planning:task_edit", args=[tasks["methods"].pk])
    page = client.get(url).content.decode()
    assert "Works on" in page and "Seven days a week (continuous process)" in page
    task = tasks["methods"]
    form = {
        "name": task.name,
        "kind": task.kind,
        "duration_days": task.duration_days,
        "calendar": "continuous",
        "percent_complete": 0,
        "version": task.version,
    }
    response = client.post(url, form)
    assert response.status_code == 302, response.content.decode()[:2000]
    task.refresh_from_db()
    assert task.calendar == "continuous"
    assert (task.early_finish - task.early_start).days == task.duration_days - 1


def test_the_task_list_exports_to_excel(world):
    import io

    from openpyxl import load_workbook

    _plan(world)
    response = client_for(world.sponsor_a_manager).get(
        reverse("planning:plan_export", args=[world.project_a.pk, "xlsx"])
    )
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("UID", "WBS", "Task")
    assert len(rows) == 17 and rows[1][2] == "Kick-off and technology package review"
    assert rows[1][7].date() == dt.date(2026, 1, 5)


def test_the_project_page_shows_milestones_to_the_sponsor(world):
    _plan(world)
    page = (
        client_for(world.sponsor_a_contact)
        .get(reverse("projects:detail", args=[world.project_a.pk]))
        .content.decode()
    )
    assert 'data-testid="milestones"' in page
    assert "Batch released (CoA issued)" in page and "Go/no-go decision" in page


def test_a_milestone_feed_is_a_secret_revocable_calendar(world):
    from icalendar import Calendar

    _plan(world)
    client = client_for(world.pm_alice)
    page = client.post(
        reverse("planning:feeds", args=[world.project_a.pk]), {"name": "Aurora CMC team"}
    ).content.decode()
    url = page.split('id="new-feed">')[1].split("<")[0]
    anonymous = client.__class__()
    response = anonymous.get(url)
    assert response["Content-Type"].startswith("text/calendar")
    events = Calendar.from_ical(response.content).walk("VEVENT")
    names = {str(e["summary"]) for e in events}
    assert "AUR-101-TT: Batch released (CoA issued)" in names and len(events) == 4
    again = client.get(reverse("planning:feeds", args=[world.project_a.pk])).content.decode()
    assert url not in again  # shown once
    from accord.planning.models import CalendarFeed

    feed = CalendarFeed.objects.get()
    assert url.split("/")[-1].removesuffix(".ics") not in (feed.digest, feed.prefix)
    client.post(reverse("planning:feed_revoke", args=[feed.pk]))
    assert anonymous.get(url).status_code == 404
