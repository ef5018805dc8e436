"""Site calendars: holidays and extra working days entered by planners, the public
holidays of each site's region, open plans rescheduled (and closed ones left alone),
MS Project calendar exceptions kept as a project's own days; pages and API."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from accord.audit.models import AuditEvent
from accord.demo.data import SITES
from accord.planning import calendars
from accord.planning import services as plan_services
from accord.planning.calendars import DayKind
from accord.planning.interchange import plan_export_mspdi, plan_import_mspdi
from accord.planning.models import CalendarSource, Holiday, ProjectCalendarException, Task
from accord.projects.services import project_update
from accord.scheduling import Activity, Calendar, Link, Network, read_mspdi, write_mspdi
from tests.conftest import World, client_for
from tests.factories import SiteFactory, lessons_review_submitted

D = dt.date


def _plan(world: World, project) -> dict[str, Task]:
    """The small-molecule template (starts Monday 5 Jan 2026: kick-off 5-9 Jan)."""
    plan_services.plan_apply_template(
        actor=world.pm_alice, project=project, template_code="small_molecule_tt"
    )
    short = {
        "Kick-off and technology package review": "kickoff",
        "Process development and optimization": "development",
    }
    return {short[t.name]: t for t in Task.objects.filter(project=project) if t.name in short}


def _task(task: Task) -> Task:
    return Task.objects.get(pk=task.pk)


def _add(world: World, date: dt.date, kind=DayKind.HOLIDAY, name="Plant shutdown", **kw):
    return calendars.calendar_day_add(
        actor=world.pm_alice, site=world.site, date=date, kind=kind, name=name, **kw
    )


# --- a change moves the open plans of the site -----------------------------------------


@pytest.mark.req("AT-2")
def test_a_holiday_reschedules_the_open_plans_of_the_site_and_not_the_closed_ones(world):
    open_plan = _plan(world, world.project_a)
    closed_plan = _plan(world, world.project_b)
    lessons_review_submitted(actor=world.pm_alice, project=world.project_b)
    project_update(
        actor=world.pm_alice,
        project=world.project_b,
        status="completed",
        reason="Campaign delivered",
    )
    day, outcome = _add(world, D(2026, 1, 7), reason="Boiler replacement")
    assert outcome.now == ["AUR-101-TT"] and outcome.queued == []
    assert _task(open_plan["kickoff"]).early_finish == D(2026, 1, 12)  # one day later
    assert _task(closed_plan["kickoff"]).early_finish == D(2026, 1, 9)  # history kept
    moved = AuditEvent.objects.filter(action="planning.plan.rescheduled")
    assert [e.target_label for e in moved] == [str(world.project_a)]
    assert "Site calendar of VSP changed: Plant shutdown" in moved.get().reason
    added = AuditEvent.objects.filter(action="planning.calendar.day_added").latest("seq")
    assert json.loads(added.changes)["day"] == [
        None,
        "Wed 07 Jan 2026: Plant shutdown (site closed)",
    ]
    assert added.reason == "Boiler replacement"


def test_many_open_plans_are_rescheduled_in_the_background(world, monkeypatch):
    from accord.core import jobs

    plan = _plan(world, world.project_a)
    queued = []
    original = jobs.enqueue

    def recording(func, *args, **kwargs):
        queued.append((func.__name__, kwargs["name"], kwargs["requested_by"]))
        return original(func, *args, **kwargs)

    monkeypatch.setattr(jobs, "enqueue", recording)
    monkeypatch.setattr(calendars.changes, "SYNC_RESCHEDULE_LIMIT", 0)
    _, outcome = _add(world, D(2026, 1, 7))
    assert outcome.now == [] and outcome.queued == ["AUR-101-TT"]
    assert "in the background" in outcome.message()
    assert queued == [
        (
            "plans_reschedule_job",
            "Reschedule 1 open plans of VSP on its new calendar",
            world.pm_alice,
        )
    ]
    # Jobs run at once in the test suite: the plan has moved.
    assert _task(plan["kickoff"]).early_finish == D(2026, 1, 12)


def test_an_extra_working_day_pulls_the_next_task_onto_the_saturday(world):
    plan = _plan(world, world.project_a)
    _add(world, D(2026, 1, 10), kind=DayKind.WORKING, name="Saturday campaign shift")
    assert _task(plan["development"]).early_start == D(2026, 1, 10)
    with pytest.raises(ValidationError) as weekday:
        _add(world, D(2026, 1, 12), kind=DayKind.WORKING, name="Monday")
    assert "is a weekday, a working day already" in weekday.value.message_dict["date"][0]
    with pytest.raises(ValidationError) as twice:
        _add(world, D(2026, 1, 10), name="Shutdown")
    assert "already in the calendar (Saturday campaign shift" in twice.value.message_dict["date"][0]


@pytest.mark.req("AT-2")
def test_turning_a_day_around_or_removing_it_needs_a_reason_and_moves_plans_back(world):
    plan = _plan(world, world.project_a)
    _add(world, D(2026, 1, 7))
    renamed, outcome = calendars.calendar_day_update(
        actor=world.pm_alice, site=world.site, date=D(2026, 1, 7), name="Boiler shutdown"
    )
    assert renamed.name == "Boiler shutdown" and outcome.now == []  # a name moves nothing
    with pytest.raises(ValidationError) as no_reason:
        calendars.calendar_day_remove(
            actor=world.pm_alice, site=world.site, date=D(2026, 1, 7), reason=" "
        )
    assert (
        "Say why Boiler shutdown leaves the calendar" in no_reason.value.message_dict["reason"][0]
    )
    calendars.calendar_day_remove(
        actor=world.pm_alice, site=world.site, date=D(2026, 1, 7), reason="Boiler fixed early"
    )
    assert _task(plan["kickoff"]).early_finish == D(2026, 1, 9)
    removed = AuditEvent.objects.filter(action="planning.calendar.day_removed").latest("seq")
    assert removed.reason == "Boiler fixed early"
    _add(world, D(2026, 1, 10), kind=DayKind.WORKING, name="Saturday shift")
    with pytest.raises(ValidationError) as turned:
        calendars.calendar_day_update(
            actor=world.pm_alice, site=world.site, date=D(2026, 1, 10), kind=DayKind.HOLIDAY
        )
    assert "reason" in turned.value.message_dict


def test_only_planners_change_a_site_calendar(world):
    for person in (world.qa_quinn, world.admin_ada, world.sponsor_a_manager):
        with pytest.raises(PermissionDenied):
            calendars.calendar_day_add(
                actor=person, site=world.site, date=D(2026, 1, 7), kind="holiday", name="X"
            )
    assert not Holiday.objects.exists()


# --- public holidays ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("VSP", {D(2026, 3, 19): "Saint Joseph's Day", D(2026, 8, 1): "National Day"}),
        ("SGN", {D(2026, 1, 6): "Epiphany", D(2026, 4, 3): "Good Friday"}),
    ],
)
def test_each_demo_site_imports_its_regions_public_holidays_once(world, code, expected):
    spec = next(s for s in SITES if s.code == code)
    site = world.site if code == "VSP" else SiteFactory(organization=world.cdmo, code=code)
    calendars.site_region_set(
        actor=world.pm_alice,
        site=site,
        country_code=spec.country_code,
        subdivision=spec.subdivision.lower(),
    )
    site.refresh_from_db()
    assert (site.country_code, site.subdivision) == (spec.country_code, spec.subdivision)
    preview = calendars.holiday_import_preview(site, 2026)
    assert all(row.is_new for row in preview)
    result = calendars.holiday_import(actor=world.pm_alice, site=site, year=2026)
    names = dict(Holiday.objects.filter(site=site).values_list("date", "name"))
    assert expected.items() <= names.items()
    assert len(result.added) == len(names) >= 9
    assert set(Holiday.objects.filter(site=site).values_list("source", flat=True)) == {
        CalendarSource.PUBLIC
    }
    events = AuditEvent.objects.filter(action="planning.calendar.holidays_imported").count()
    again = calendars.holiday_import(actor=world.pm_alice, site=site, year=2026)
    assert again.added == [] and len(again.skipped) == len(names)
    assert Holiday.objects.filter(site=site).count() == len(names)
    assert AuditEvent.objects.filter(action="planning.calendar.holidays_imported").count() == events


def test_the_preview_says_what_is_there_already_and_what_conflicts(world):
    calendars.site_region_set(
        actor=world.pm_alice, site=world.site, country_code="CH", subdivision="VS"
    )
    world.site.refresh_from_db()
    _add(world, D(2026, 12, 25), name="Weihnachten")
    # Assumption Day 2026 is a Saturday the site chose to work.
    _add(world, D(2026, 8, 15), kind=DayKind.WORKING, name="Saturday campaign shift")
    rows = {row.date: row for row in calendars.holiday_import_preview(world.site, 2026)}
    assert rows[D(2026, 12, 25)].status == "present"
    assert "as “Weihnachten”" in rows[D(2026, 12, 25)].note
    assert rows[D(2026, 8, 15)].status == "conflict"
    assert "The site works that day" in rows[D(2026, 8, 15)].note
    result = calendars.holiday_import(actor=world.pm_alice, site=world.site, year=2026)
    assert D(2026, 8, 15) not in {row.date for row in result.added}
    assert calendars.site_day(world.site, D(2026, 8, 15)).kind == DayKind.WORKING


def test_a_region_the_library_does_not_know_is_refused_by_field(world):
    with pytest.raises(ValidationError) as region:
        calendars.site_region_set(
            actor=world.pm_alice, site=world.site, country_code="CH", subdivision="XX"
        )
    assert "Switzerland has no region 'XX'" in region.value.message_dict["subdivision"][0]
    with pytest.raises(ValidationError) as country:
        calendars.site_region_set(actor=world.pm_alice, site=world.site, country_code="QQ")
    assert "country_code" in country.value.message_dict
    with pytest.raises(ValidationError) as unset:
        calendars.holiday_import(actor=world.pm_alice, site=world.site, year=2026)
    assert "Give Visp API plant its country first" in unset.value.message_dict["country_code"][0]


# --- MS Project calendars ---------------------------------------------------------------


def _file(weekdays=frozenset({0, 1, 2, 3, 4})) -> bytes:
    calendar = Calendar(
        working_weekdays=weekdays,
        holidays=frozenset({D(2026, 1, 1), D(2026, 1, 7), D(2026, 1, 8)}),
        extra_working_days=frozenset({D(2026, 1, 10)}),
        name="Aurora campaign",
        names={
            D(2026, 1, 7): "Plant shutdown",
            D(2026, 1, 8): "Plant shutdown",
            D(2026, 1, 10): "Saturday shift",
        },
    )
    network = Network(
        activities=[Activity("1", "Route scouting", 10), Activity("2", "Scale-up batch", 5)],
        links=[Link("1", "2")],
        project_start=D(2026, 1, 5),
        calendar=calendar,
        name="Aurora plan",
    )
    return write_mspdi(network)


def test_an_imported_ms_project_calendar_becomes_the_projects_own_days(world):
    _add(world, D(2026, 1, 1), name="New Year's Day")
    _add(world, D(2026, 4, 6), name="Easter Monday")
    project = world.project_a_unstaffed
    count, notes = plan_import_mspdi(actor=world.pm_alice, project=project, data=_file())
    assert count == 2
    own = {
        (e.date, e.working, e.name)
        for e in ProjectCalendarException.objects.filter(project=project)
    }
    # New Year is the site's already; the shutdown and the Saturday shift are the project's.
    assert own == {
        (D(2026, 1, 7), False, "Plant shutdown"),
        (D(2026, 1, 8), False, "Plant shutdown"),
        (D(2026, 1, 10), True, "Saturday shift"),
    }
    assert any("06 Apr 2026" in note and "stay non-working" in note for note in notes)
    scouting = Task.objects.get(project=project, uid=1)
    # Ten days from Mon 5 Jan: 5, 6, (7 and 8 shut), 9, Sat 10, 12 to 16, and Mon 19.
    assert scouting.early_finish == D(2026, 1, 19)
    # The site's other plans do not get the project's days.
    assert not calendars.site_calendar(world.site).is_working_day(D(2026, 1, 10))
    event = AuditEvent.objects.filter(action="planning.plan.imported").latest("seq")
    assert json.loads(event.changes)["calendar_days_kept"] == [None, 3]


def test_ms_project_calendar_exceptions_survive_export_and_import_again(world):
    _add(world, D(2026, 1, 1), name="New Year's Day")
    plan_import_mspdi(actor=world.pm_alice, project=world.project_a_unstaffed, data=_file())
    exported = plan_export_mspdi(world.project_a_unstaffed)
    back = read_mspdi(exported).network.calendar
    assert {D(2026, 1, 1), D(2026, 1, 7), D(2026, 1, 8)} <= back.holidays
    assert back.extra_working_days == {D(2026, 1, 10)}
    assert back.names[D(2026, 1, 7)] == "Plant shutdown"
    # Into another empty project of the same site: the same own days come back.
    from tests.factories import ProjectFactory

    twin = ProjectFactory(sponsor=world.sponsor_a, site=world.site, code="AUR-303-TT")
    plan_import_mspdi(actor=world.pm_alice, project=twin, data=exported)
    assert set(
        ProjectCalendarException.objects.filter(project=twin).values_list("date", "working")
    ) == {(D(2026, 1, 7), False), (D(2026, 1, 8), False), (D(2026, 1, 10), True)}
    first = Task.objects.get(project=world.project_a_unstaffed, uid=2).early_finish
    assert Task.objects.get(project=twin, uid=2).early_finish == first


def test_what_an_ms_project_calendar_cannot_keep_is_said(world):
    six_days = frozenset({0, 1, 2, 3, 4, 5})
    _, notes = plan_import_mspdi(
        actor=world.pm_alice, project=world.project_a_unstaffed, data=_file(six_days)
    )
    week = next(note for note in notes if "works on" in note)
    assert "Monday, Tuesday, Wednesday, Thursday, Friday, Saturday" in week
    assert "Monday-to-Friday week (VSP)" in week


# --- pages ----------------------------------------------------------------------------


def test_the_site_calendar_page_shows_the_year_and_adds_a_day(world):
    client = client_for(world.pm_alice)
    url = reverse("planning:site_calendar", args=[world.site.pk])
    _add(world, D(2026, 8, 1), name="National Day")
    page = client.get(url, {"year": 2026}).content.decode()
    assert 'aria-label="Saturday 01 August 2026: National Day (not worked)"' in page
    assert 'data-testid="year-grid"' in page and "Add to the calendar" in page
    refused = client.post(
        f"{url}?year=2026", {"date": "2026-12-28", "kind": "working", "name": "Monday"}
    )
    assert "is a weekday, a working day already" in refused.content.decode()
    added = client.post(
        f"{url}?year=2026", {"date": "2026-12-28", "kind": "holiday", "name": "Year-end shutdown"}
    )
    assert added.status_code == 302 and added["Location"].endswith("?year=2026")
    assert calendars.site_day(world.site, D(2026, 12, 28)).name == "Year-end shutdown"


@pytest.mark.req("AZ-1")
def test_staff_read_site_calendars_and_only_planners_edit_them(world):
    url = reverse("planning:site_calendar", args=[world.site.pk])
    reader = client_for(world.qa_quinn)
    page = reader.get(url).content.decode()
    assert "Add to the calendar" not in page
    assert (
        reader.post(url, {"date": "2026-12-28", "kind": "holiday", "name": "X"}).status_code == 403
    )
    listing = reader.get(reverse("planning:calendars")).content.decode()
    assert "Visp API plant" in listing
    assert client_for(world.sponsor_a_manager).get(url).status_code == 403


def test_the_import_page_previews_then_adds(world):
    client = client_for(world.pm_alice)
    region = reverse("planning:site_region", args=[world.site.pk])
    wrong = client.post(region, {"country_code": "CH", "subdivision": "BW"})
    assert "Select a valid choice" in wrong.content.decode()
    swapped = client.get(region, {"country_code": "DE"}, HTTP_HX_REQUEST="true").content.decode()
    assert "BW · Baden-Württemberg" in swapped
    assert client.post(region, {"country_code": "CH", "subdivision": "VS"}).status_code == 302
    url = reverse("planning:holiday_import", args=[world.site.pk])
    preview = client.get(url, {"year": 2026}).content.decode()
    assert "Public holidays of 2026" in preview and "Will be added" in preview
    assert "National Day" in preview and "Add 9 holidays" in preview
    done = client.post(url, {"year": 2026})
    assert done.status_code == 302
    assert Holiday.objects.filter(site=world.site).count() == 9
    again = client.get(url, {"year": 2026}).content.decode()
    assert "Nothing to add" in again


def test_the_project_calendar_page_marks_the_projects_own_days(world):
    _add(world, D(2026, 1, 1), name="New Year's Day")
    plan_import_mspdi(actor=world.pm_alice, project=world.project_a_unstaffed, data=_file())
    url = reverse("planning:project_calendar", args=[world.project_a_unstaffed.pk])
    page = client_for(world.pm_alice).get(url, {"year": 2026}).content.decode()
    assert "with 3 days of its own" in page
    assert "Saturday shift" in page and "this project's own day (from an ms project file)" in page
    assert "site VSP" in page  # New Year comes from the site


# --- API ------------------------------------------------------------------------------


def test_the_calendar_api_adds_changes_and_removes_days(world):
    _plan(world, world.project_a)
    client = client_for(world.pm_alice)
    base = f"/api/v1/sites/{world.site.pk}/calendar"
    added = client.post(
        f"{base}/days",
        {"date": "2026-01-07", "kind": "holiday", "name": "Plant shutdown"},
        content_type="application/json",
    )
    assert added.status_code == 201
    assert added.json()["rescheduled"] == ["AUR-101-TT"]
    listing = client.get(base, {"year": 2026}).json()
    assert [(d["date"], d["kind_label"]) for d in listing["days"]] == [
        ("2026-01-07", "Holiday (site closed)")
    ]
    token = listing["days"][0]["token"]
    turned = client.patch(
        f"{base}/days/2026-01-07",
        {"kind": "working", "token": token},
        content_type="application/json",
    )
    assert turned.status_code == 422
    assert {e["field"] for e in turned.json()["errors"]} == {"date"}  # a weekday: no extra day
    renamed = client.patch(
        f"{base}/days/2026-01-07",
        {"name": "Boiler shutdown", "token": token},
        content_type="application/json",
    )
    assert renamed.json()["day"]["name"] == "Boiler shutdown"
    bad_date = client.delete(
        f"{base}/days/7-1-2026", {"reason": "x"}, content_type="application/json"
    )
    assert bad_date.status_code == 422 and bad_date.json()["errors"][0]["field"] == "date"
    removed = client.delete(
        f"{base}/days/2026-01-07",
        {"reason": "Fixed"},
        content_type="application/json",
        headers={"If-Match": f'"{renamed.json()["day"]["token"]}"'},
    )
    assert removed.status_code == 200 and removed.json()["rescheduled"] == ["AUR-101-TT"]
    refused = client_for(world.qa_quinn).post(
        f"{base}/days",
        {"date": "2026-01-07", "kind": "holiday", "name": "X"},
        content_type="application/json",
    )
    assert refused.status_code == 403


def test_the_calendar_api_sets_the_region_and_imports_a_year_once(world):
    client = client_for(world.pm_alice)
    base = f"/api/v1/sites/{world.site.pk}/calendar"
    region = client.put(
        f"{base}/region",
        {"country_code": "DE", "subdivision": "BW"},
        content_type="application/json",
    )
    assert region.json() == {"site_id": world.site.pk, "country_code": "DE", "subdivision": "BW"}
    preview = client.get(f"{base}/public-holidays", {"year": 2027}).json()
    assert {"date": "2027-01-06", "name": "Epiphany", "status": "new", "note": ""} in preview
    first = client.post(f"{base}/public-holidays", {"year": 2027}, content_type="application/json")
    assert len(first.json()["added"]) == len(preview)
    second = client.post(f"{base}/public-holidays", {"year": 2027}, content_type="application/json")
    assert second.json()["added"] == [] and len(second.json()["skipped"]) == len(preview)
    project_days = client.get(
        f"/api/v1/projects/{world.project_a.pk}/calendar", {"year": 2027}
    ).json()
    assert len(project_days) == len(preview) and not any(d["own"] for d in project_days)


# --- no lost updates ---------------------------------------------------------------------


@pytest.mark.req("DI-1")
def test_a_day_changed_since_the_edit_page_opened_is_not_overwritten(world):
    _add(world, D(2026, 12, 24), name="Christmas shutdown")
    client = client_for(world.pm_alice)
    url = reverse("planning:calendar_day_edit", args=[world.site.pk, "2026-12-24"])
    page = client.get(url).content.decode()
    token = calendars.day_token(calendars.site_day(world.site, D(2026, 12, 24)))
    assert f'name="token" value="{token}"' in page
    # The day is renamed meanwhile (another planner, or the same one in another tab).
    calendars.calendar_day_update(
        actor=world.pm_alice, site=world.site, date=D(2026, 12, 24), name="Year-end shutdown"
    )
    events = AuditEvent.objects.count()
    stale = client.post(url, {"kind": "holiday", "name": "Christmas closure", "token": token})
    assert stale.status_code == 409
    assert "Someone else changed this calendar day" in stale.content.decode()
    assert calendars.site_day(world.site, D(2026, 12, 24)).name == "Year-end shutdown"
    assert AuditEvent.objects.count() == events
    removal = client.post(
        reverse("planning:calendar_day_remove", args=[world.site.pk, "2026-12-24"]),
        {"reason": "Not needed", "token": token},
    )
    assert removal.status_code == 409
    assert calendars.site_day(world.site, D(2026, 12, 24)) is not None


@pytest.mark.req("DI-1")
def test_the_api_refuses_a_day_change_made_from_a_stale_or_no_token(world):
    _add(world, D(2026, 12, 24), name="Christmas shutdown")
    client = client_for(world.pm_alice)
    url = f"/api/v1/sites/{world.site.pk}/calendar/days/2026-12-24"
    read = client.get(f"/api/v1/sites/{world.site.pk}/calendar", {"year": 2026}).json()
    token = read["days"][0]["token"]
    blind = client.patch(url, {"name": "Blind"}, content_type="application/json")
    assert blind.status_code == 428
    first = client.patch(
        url, {"name": "Year-end shutdown", "token": token}, content_type="application/json"
    )
    assert first.status_code == 200 and first.json()["day"]["token"] != token
    stale = client.patch(
        url, {"name": "Christmas closure", "token": token}, content_type="application/json"
    )
    assert stale.status_code == 409
    stale_header = client.delete(
        url,
        {"reason": "Not needed"},
        content_type="application/json",
        headers={"If-Match": f'"{token}"'},
    )
    assert stale_header.status_code == 412
    assert calendars.site_day(world.site, D(2026, 12, 24)).name == "Year-end shutdown"
