"""Plans in and out through the API: MS Project XML both ways, Excel and iCalendar."""

from __future__ import annotations

import io
import json

from django.core.files.uploadedfile import SimpleUploadedFile

from accord.audit.models import AuditEvent
from accord.planning.models import Dependency, Task
from tests.conftest import client_for
from tests.test_planning import _plan


def _export(world, project, fmt: str, user=None):
    client = client_for(user or world.pm_alice)
    return client.get(f"/api/v1/projects/{project.pk}/plan/export.{fmt}")


def _import(client, project, content: bytes, name: str = "plan.xml"):
    return client.post(
        f"/api/v1/projects/{project.pk}/plan/import",
        {"file": SimpleUploadedFile(name, content, content_type="application/xml")},
    )


def _schedule(project) -> dict[str, tuple]:
    # MS Project has no decision points: one comes back as a milestone (same dates).
    return {
        t.name: (
            "milestone" if t.kind == "decision" else t.kind,
            t.duration_days,
            t.early_start,
            t.early_finish,
            t.total_float,
            t.critical,
        )
        for t in Task.objects.filter(project=project)
    }


def _links(project) -> set[tuple]:
    return {
        (link.predecessor.name, link.successor.name, link.type, link.lag_days)
        for link in Dependency.objects.filter(project=project).select_related(
            "predecessor", "successor"
        )
    }


def test_a_plan_exported_as_mspdi_imports_into_another_project_with_the_same_schedule(world):
    _plan(world)
    exported = _export(world, world.project_a, "xml")
    assert exported.status_code == 200
    assert exported["Content-Type"] == "application/xml"
    assert exported.content.lstrip().startswith(b"<?xml") and b"<Project" in exported.content
    response = _import(client_for(world.pm_alice), world.project_b, exported.content)
    assert response.status_code == 201, response.content
    report = response.json()
    assert report["tasks"] == Task.objects.filter(project=world.project_a).count()
    assert isinstance(report["not_imported"], list)
    world.project_b.refresh_from_db()
    assert world.project_b.start_date == world.project_a.start_date
    assert _schedule(world.project_b) == _schedule(world.project_a)
    assert _links(world.project_b) == _links(world.project_a)
    event = AuditEvent.objects.filter(action="planning.plan.imported").latest("seq")
    assert event.channel == "api"
    listed = client_for(world.sponsor_b_manager).get(
        f"/api/v1/projects/{world.project_b.pk}/plan/tasks", {"page_size": 200}
    )
    assert listed.json()["count"] == report["tasks"]


def test_a_broken_or_non_xml_file_is_422_and_nothing_is_written(world):
    client = client_for(world.pm_alice)
    events = AuditEvent.objects.count()
    for content in (b"%PDF-1.7 not a plan", b"<Project><Tasks><Task>", b""):
        response = _import(client, world.project_b, content)
        assert response.status_code == 422, (content, response.content)
        fields = {e["field"] for e in response.json()["errors"]}
        assert "file" in fields, response.json()
    assert not Task.objects.filter(project=world.project_b).exists()
    assert AuditEvent.objects.count() == events


def test_a_plan_is_imported_only_into_an_empty_project_by_a_planner(world):
    _plan(world)
    exported = _export(world, world.project_a, "xml").content
    count = Task.objects.count()
    again = _import(client_for(world.pm_alice), world.project_a, exported)
    assert again.status_code == 422 and "already has a plan" in again.content.decode()
    sponsor = _import(client_for(world.sponsor_b_manager), world.project_b, exported)
    assert sponsor.status_code == 403
    other = _import(client_for(world.pm_alice), world.project_b, exported)
    assert other.status_code == 201
    assert Task.objects.count() == count * 2
    missing_file = client_for(world.pm_alice).post(
        f"/api/v1/projects/{world.project_a_unstaffed.pk}/plan/import", {}
    )
    assert missing_file.status_code == 422


def test_the_task_list_exports_to_excel_and_the_milestones_to_icalendar(world):
    from openpyxl import load_workbook

    _plan(world)
    sponsor = world.sponsor_a_manager  # the plan page offers the exports to sponsors too
    xlsx = _export(world, world.project_a, "xlsx", user=sponsor)
    assert xlsx.status_code == 200
    assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    names = {row[2] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert "GMP batch manufacture" in names
    ics = _export(world, world.project_a, "ics", user=sponsor)
    assert ics.status_code == 200 and ics["Content-Type"].startswith("text/calendar")
    body = ics.content.decode()
    milestones = Task.objects.filter(project=world.project_a, kind__in=["milestone", "decision"])
    assert body.count("BEGIN:VEVENT") == milestones.count()
    assert f"{world.project_a.code}: {milestones.first().name}" in body.replace("\r\n ", "")
    assert _export(world, world.project_a, "xml", user=world.sponsor_b_manager).status_code == 404


def test_a_project_without_a_plan_has_no_ms_project_export(world):
    response = _export(world, world.project_b, "xml")
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


def test_a_primavera_xer_file_imports_with_its_warnings(world):
    from pathlib import Path

    data = (Path(__file__).parent / "scheduling" / "data" / "tech_transfer.xer").read_bytes()
    response = _import(client_for(world.pm_alice), world.project_b, data, name="tt.xer")
    assert response.status_code == 201, response.content
    report = response.json()
    assert report["tasks"] == 53  # 46 activities and 7 WBS summaries; LOE and WBS-type out
    notes = "\n".join(report["not_imported"])
    assert "A7020 (Project management) is a level of effort activity" in notes
    assert "task A3030 (Media and feed preparation) is as late as possible" in notes
    assert "12 resource assignment(s) of 5 resource(s) are not imported" in notes
    assert "the link A5020 -> A5030 (FF+5d) is not imported" in notes
    tasks = {t.name: t for t in Task.objects.filter(project=world.project_b)}
    assert tasks["50 L fed-batch run"].calendar == Task.CalendarKind.CONTINUOUS
    assert tasks["Polishing chromatography"].calendar == Task.CalendarKind.PROJECT
    assert tasks["Upstream process"].kind == Task.Kind.SUMMARY
    assert tasks["Engineering run upstream"].parent == tasks["Engineering run"]
    # Start no earlier than Monday 1 June, sixteen days round the clock.
    upstream = tasks["Engineering run upstream"]
    assert (upstream.early_start.isoformat(), upstream.early_finish.isoformat()) == (
        "2026-06-01",
        "2026-06-16",
    )
    event = AuditEvent.objects.filter(action="planning.plan.imported").latest("seq")
    assert "Primavera XER" in json.dumps(event.changes)


def test_a_broken_xer_file_is_422_naming_the_problem(world):
    response = _import(
        client_for(world.pm_alice), world.project_b, b"ERMHDR\t19.12\r\n%E\r\n", name="x.xer"
    )
    assert response.status_code == 422
    assert "no PROJECT table" in response.content.decode()
    assert not Task.objects.filter(project=world.project_b).exists()
