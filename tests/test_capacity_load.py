"""The capacity view: the heat map's aggregation into weeks and months, the page with its
filters, summary and exports, one resource's drill-down, and who may see them.

The fixture is a fortnight in March 2027 at the Visp plant (the week of Monday 1 March,
then the week of 8 March):

* SUITE-1 (1 suite, site calendar): AUR's batch Mon-Fri and BOR's engineering run from
  Wednesday to the next Tuesday overlap Wednesday to Friday; AUR's continuous hold time
  asks for the suite on the weekend, when it is closed. Week 1: 10 of 5 suite-days.
* QC-POOL (4 analysts, site calendar): down to 0 for the second week (requalification
  training), when AUR's release testing asks for 2 analysts Monday to Thursday; 6
  analysts from 15 March (hiring).
* FERM-1 (1 fermenter, continuous): BOR's seven-day fermentation from Thursday.
* BSL-SUITE-2 at Basel: nothing demanded.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re

import pytest
from django.db.models import Max
from django.urls import reverse

from accord.capacity import heatmap
from accord.capacity.load import resource_loads
from accord.capacity.models import Availability, Resource, TaskDemand
from accord.core import clock
from accord.home.navigation import navigation_for
from accord.planning.models import Task
from tests.conftest import World, client_for
from tests.factories import SiteFactory
from tests.test_browser import browser, site  # noqa: F401 - fixtures of the browser test

MON = dt.date(2027, 3, 1)


def day(n: int) -> dt.date:
    """The n-th day of the fixture's fortnight (0 is Monday 1 March 2027)."""
    return MON + dt.timedelta(days=n)


def make_resource(at, code: str, **fields) -> Resource:
    fields.setdefault("name", code.title())
    fields.setdefault("kind", Resource.Kind.EQUIPMENT)
    return Resource.objects.create(site=at, code=code, **fields)


def make_task(project, name: str, start: dt.date, finish: dt.date, **fields) -> Task:
    uid = (Task.objects.filter(project=project).aggregate(m=Max("uid"))["m"] or 0) + 1
    return Task.objects.create(
        project=project,
        uid=uid,
        name=name,
        duration_days=(finish - start).days + 1,
        early_start=start,
        early_finish=finish,
        **fields,
    )


def demand(task: Task, resource: Resource, units: int = 1) -> TaskDemand:
    return TaskDemand.objects.create(task=task, resource=resource, units=units)


def capacity_world(w: World) -> dict:
    a, b = w.project_a, w.project_b
    suite = make_resource(w.site, "SUITE-1", name="GMP suite 1", unit="suite")
    pool = make_resource(
        w.site,
        "QC-POOL",
        name="QC analysts",
        kind=Resource.Kind.LABOUR,
        capacity=4,
        unit="analysts",
    )
    ferm = make_resource(
        w.site,
        "FERM-1",
        name="Fermenter train",
        calendar=Resource.Calendar.CONTINUOUS,
        unit="fermenter",
    )
    basel = SiteFactory(organization=w.cdmo, code="BSL", name="Basel biologics")
    make_resource(basel, "BSL-SUITE-2", name="Basel suite 2")
    Availability.objects.create(
        resource=pool,
        starts_on=day(7),
        ends_on=day(13),
        units=0,
        reason="Requalification training",
        recorded_by=w.admin_ada,
    )
    Availability.objects.create(
        resource=pool, starts_on=day(14), units=6, reason="Hiring", recorded_by=w.admin_ada
    )
    batch = make_task(a, "Batch 1", day(0), day(4), wbs="2.1")
    engineering = make_task(b, "Engineering run", day(2), day(8), wbs="1.3")
    hold = make_task(a, "Hold time", day(5), day(6), wbs="2.2", calendar="continuous")
    testing = make_task(a, "Release testing", day(7), day(10), wbs="3.1")
    fermentation = make_task(b, "Fermentation", day(3), day(9), wbs="1.4", calendar="continuous")
    for task in (batch, engineering, hold):
        demand(task, suite)
    demand(testing, pool, 2)
    demand(fermentation, ferm)
    return {
        "suite": suite,
        "pool": pool,
        "ferm": ferm,
        "basel": basel,
        "batch": batch,
        "engineering": engineering,
        "hold": hold,
        "testing": testing,
    }


def loads_of(resources, start: dt.date, end: dt.date):
    return resource_loads(resources, start, end)


def weekly(resources, weeks: int = 3) -> heatmap.HeatMap:
    start, end = heatmap.window(heatmap.WEEK, MON, weeks)
    resources = list(resources)
    return heatmap.heat_map(resources, loads_of(resources, start, end), heatmap.WEEK, start, end)


def row_of(result: heatmap.HeatMap, code: str) -> heatmap.Row:
    return next(row for row in result.rows if row.resource.code == code)


# --------------------------------------------------------------------------- aggregation


def test_week_and_month_windows_start_on_monday_and_the_first():
    assert heatmap.window(heatmap.WEEK, dt.date(2027, 3, 4), 26) == (
        dt.date(2027, 3, 1),
        dt.date(2027, 8, 29),
    )
    assert heatmap.window(heatmap.MONTH, dt.date(2027, 11, 17), 3) == (
        dt.date(2027, 11, 1),
        dt.date(2028, 1, 31),
    )
    months = heatmap.buckets_between(dt.date(2027, 11, 1), dt.date(2028, 1, 31), heatmap.MONTH)
    assert [b.label for b in months] == ["November 2027", "December 2027", "January 2028"]
    assert [b.days for b in months] == [30, 31, 31]


def test_weekly_cells_count_unit_days_and_days_over(world):
    data = capacity_world(world)
    result = weekly([data["suite"]])
    first, second, third = row_of(result, "SUITE-1").cells
    # Five working days; Mon-Fri batch (5) + Wed-Fri engineering (3) + weekend hold (2).
    assert (first.capacity, first.load, first.utilisation) == (5, 10, 200)
    assert first.over_days == 5  # Wednesday to Friday doubly booked, the closed weekend used
    assert first.level == "over"
    # Monday and Tuesday of the engineering run: 2 of 5, nothing over.
    assert (second.capacity, second.load, second.over_days, second.level) == (5, 2, 0, "light")
    assert (third.load, third.level, third.text) == (0, "free", "0 %")


def test_a_week_without_capacity_but_with_demand_is_an_overload(world):
    data = capacity_world(world)
    cells = row_of(weekly([data["pool"]]), "QC-POOL").cells
    assert (cells[0].capacity, cells[0].load) == (20, 0)  # four analysts, five days
    closed = cells[1]
    assert (closed.capacity, closed.load, closed.utilisation) == (0, 8, None)
    assert closed.level == "over" and closed.text == "closed"
    assert closed.description == "closed, 8 unit-days demanded"
    assert closed.over_days == 4
    # From 15 March the pool has six analysts.
    assert cells[2].capacity == 30


def test_a_closed_week_without_demand_is_grey_not_red(world):
    data = capacity_world(world)
    Task.objects.filter(pk=data["testing"].pk).update(early_start=day(21), early_finish=day(22))
    closed = row_of(weekly([data["pool"]]), "QC-POOL").cells[1]
    assert (closed.capacity, closed.load, closed.level) == (0, 0, "closed")
    assert closed.description == "closed, nothing demanded"


def test_a_continuous_resource_works_and_is_loaded_over_the_weekend(world):
    data = capacity_world(world)
    first, second, _ = row_of(weekly([data["ferm"]]), "FERM-1").cells
    # Seven days a week; the fermentation runs Thursday to the next Wednesday.
    assert (first.capacity, first.load, first.utilisation, first.level) == (7, 4, 57, "busy")
    assert (second.capacity, second.load, second.utilisation) == (7, 3, 43)


def test_a_continuous_task_loads_a_site_resource_on_its_closed_weekend(world):
    data = capacity_world(world)
    loads = loads_of([data["suite"]], day(5), day(6))[data["suite"].pk]
    assert list(loads.capacity) == [0, 0]
    assert list(loads.load) == [1, 1]


def test_a_site_holiday_closes_a_site_resource_but_not_a_continuous_one(world):
    from accord.planning.models import Holiday

    data = capacity_world(world)
    Holiday.objects.create(site=world.site, date=day(9), name="Local holiday")
    result = weekly([data["suite"], data["ferm"]], weeks=2)
    assert row_of(result, "SUITE-1").cells[1].capacity == 4
    assert row_of(result, "FERM-1").cells[1].capacity == 7


def test_monthly_cells_sum_the_whole_month(world):
    data = capacity_world(world)
    resources = [data["suite"], data["pool"]]
    start, end = heatmap.window(heatmap.MONTH, MON, 2)
    result = heatmap.heat_map(resources, loads_of(resources, start, end), heatmap.MONTH, start, end)
    march = row_of(result, "SUITE-1").cells[0]
    assert march.bucket.label == "March 2027"
    assert (march.capacity, march.load, march.utilisation) == (23, 12, 52)
    assert march.over_days == 5 and march.level == "busy"  # the month hides no clash
    pool = row_of(result, "QC-POOL").cells[0]
    # 4 analysts for the first 5 working days, none for 5, then 6 for 13 working days.
    assert (pool.capacity, pool.load) == (4 * 5 + 6 * 13, 8)


def test_overloaded_resources_and_the_worst_week(world):
    data = capacity_world(world)
    result = weekly([data["suite"], data["pool"], data["ferm"]])
    assert sorted(row.resource.code for row in result.overloaded) == ["QC-POOL", "SUITE-1"]
    worst = result.worst_week
    # Both weeks have one resource over; the first has more days over (5 against 4).
    assert worst.bucket.start == MON
    assert [r.code for r in worst.resources] == ["SUITE-1"]
    assert worst.over_days == 5


def test_there_is_no_worst_week_when_nothing_is_over(world):
    data = capacity_world(world)
    assert weekly([data["ferm"]]).worst_week is None


def test_a_retired_resource_shows_only_while_work_demands_it(world):
    data = capacity_world(world)
    Resource.objects.filter(code__in=["SUITE-1", "BSL-SUITE-2"]).update(active=False)
    result = weekly(Resource.objects.all())
    codes = [row.resource.code for row in result.rows]
    assert "SUITE-1" in codes and "BSL-SUITE-2" not in codes
    assert data["suite"].pk in [row.resource.pk for row in result.overloaded]


def test_rows_are_grouped_by_site(world):
    capacity_world(world)
    result = weekly(Resource.objects.all())
    assert [group.site.name for group in result.groups] == ["Basel biologics", "Visp API plant"]
    assert [r.resource.code for r in result.groups[1].rows] == ["FERM-1", "QC-POOL", "SUITE-1"]


def test_overloaded_periods_merge_consecutive_days_and_name_the_tasks(world):
    data = capacity_world(world)
    loads = loads_of([data["suite"]], MON, day(13))[data["suite"].pk]
    (period,) = heatmap.overloaded_periods(loads, MON)
    assert (period.start, period.end, period.days_over, period.excess) == (day(2), day(6), 5, 1)
    assert {t.task.name for t in period.tasks} == {"Batch 1", "Engineering run", "Hold time"}


def test_a_rest_day_with_nothing_demanded_does_not_break_a_period(world):
    suite = make_resource(world.site, "SUITE-9")
    for project in (world.project_a, world.project_b):
        demand(make_task(project, "Fri and Mon", day(4), day(7)), suite)
    other = make_task(world.project_a, "Only Thursday", day(10), day(10))
    demand(other, suite, 2)
    loads = loads_of([suite], MON, day(13))[suite.pk]
    first, second = heatmap.overloaded_periods(loads, MON)
    assert (first.start, first.end, first.days_over) == (day(4), day(7), 2)
    # Tuesday and Wednesday work without overload between Monday and Thursday: two periods.
    assert (second.start, second.end, second.tasks[0].task.name) == (
        day(10),
        day(10),
        "Only Thursday",
    )


def test_drilldown_shares_tasks_and_daily_chart(world):
    data = capacity_world(world)
    loads = loads_of([data["suite"]], MON, day(13))[data["suite"].pk]
    result = heatmap.drilldown(loads, MON, day(13), heatmap.DAY)
    assert [(s.project.code, s.unit_days, s.share) for s in result.projects] == [
        ("AUR-101-TT", 7, 58),
        ("BOR-301-GMP", 5, 42),
    ]
    assert [(r.task.name, r.unit_days) for r in result.tasks] == [
        ("Batch 1", 5),
        ("Engineering run", 5),
        ("Hold time", 2),
    ]
    assert result.chart["capacity"][:7] == [1, 1, 1, 1, 1, 0, 0]
    aurora = result.chart["projects"][0]
    assert aurora["label"] == "AUR-101-TT (Aurora Therapeutics)"
    assert aurora["data"][:8] == [1, 1, 1, 1, 1, 1, 1, 0]
    assert (result.total_load, result.total_capacity, result.days_over) == (12, 10, 5)


def test_drilldown_weeks_are_cut_at_the_window(world):
    data = capacity_world(world)
    start, end = day(3), day(9)  # Thursday to the next Wednesday
    loads = loads_of([data["suite"]], start, end)[data["suite"].pk]
    result = heatmap.drilldown(loads, start, end, heatmap.WEEK)
    assert [(b.start, b.end) for b in result.buckets] == [(day(3), day(6)), (day(7), day(9))]
    assert result.capacity == [2, 3]
    assert result.load == [2 + 2 + 2, 2]  # Thu, Fri doubly booked; weekend hold; Mon, Tue


# --------------------------------------------------------------------------- pages


@pytest.fixture
def on_march_3(monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: day(2))


def cells_of(html: str, code: str) -> list[str]:
    row = re.search(rf'data-testid="load-row-{code}">(.*?)</tr>', html, re.S).group(1)
    return re.findall(r'aria-label="([^"]*)"', row)


def test_the_heat_map_shows_26_weeks_from_this_week(world, on_march_3):
    capacity_world(world)
    response = client_for(world.pm_alice).get(reverse("capacity:load"))
    assert response.status_code == 200
    html = response.content.decode()
    cells = cells_of(html, "SUITE-1")
    assert len(cells) == 26
    assert cells[0] == (
        "SUITE-1, Week of 1 Mar 2027: 200 %: 10 of 5 unit-days demanded; over capacity on 5 days"
    )
    assert cells_of(html, "QC-POOL")[1] == (
        "QC-POOL, Week of 8 Mar 2027: closed, 8 unit-days demanded"
    )
    # Each cell opens the resource's load for its week.
    suite = Resource.objects.get(code="SUITE-1")
    link = reverse("capacity:load_resource", args=[suite.pk])
    assert f"{link}?start=2027-03-01&amp;end=2027-03-07" in html
    assert 'data-testid="load-legend"' in html and "Over 100 %, or demand while closed" in html


def test_the_summary_names_overloaded_resources_and_the_worst_week(world, on_march_3):
    capacity_world(world)
    html = client_for(world.pm_alice).get(reverse("capacity:load")).content.decode()
    assert re.search(r'data-testid="overloaded-count">2<', html)
    overloaded = re.search(r'data-testid="overloaded-list">(.*?)</div>', html, re.S).group(1)
    assert "QC-POOL" in overloaded and "SUITE-1" in overloaded and "FERM-1" not in overloaded
    worst = re.search(r'data-testid="worst-week">(.*?)</div></div></div>', html, re.S).group(1)
    assert "Week of 1 Mar 2027" in worst and "1 resource over capacity (SUITE-1)" in worst


def test_months_show_12_columns(world, on_march_3):
    capacity_world(world)
    html = (
        client_for(world.pm_alice).get(reverse("capacity:load"), {"span": "12m"}).content.decode()
    )
    cells = cells_of(html, "SUITE-1")
    assert len(cells) == 12
    assert cells[0] == (
        "SUITE-1, March 2027: 52 %: 12 of 23 unit-days demanded; over capacity on 5 days"
    )
    # Under 100 % for the month, yet over on some days: the cell is flagged.
    row = re.search(r'data-testid="load-row-SUITE-1">(.*?)</tr>', html, re.S).group(1)
    assert row.count('class="load-flag"') == 1
    assert cells[-1].startswith("SUITE-1, February 2028: 0 %")


def test_the_filters_narrow_the_rows(world, on_march_3):
    data = capacity_world(world)
    client = client_for(world.pm_alice)

    def codes(**query) -> list[str]:
        html = client.get(reverse("capacity:load"), query).content.decode()
        return re.findall(r'data-testid="load-row-([A-Z0-9-]+)"', html)

    assert codes() == ["BSL-SUITE-2", "FERM-1", "QC-POOL", "SUITE-1"]
    assert codes(site=data["basel"].pk) == ["BSL-SUITE-2"]
    assert codes(kind="labour") == ["QC-POOL"]
    assert codes(q="fermenter") == ["FERM-1"]
    html = client.get(reverse("capacity:load"), {"q": "nothing like it"}).content.decode()
    assert "No resource matches these filters." in html


def test_a_wrong_filter_is_named_and_the_rest_still_apply(world, on_march_3):
    capacity_world(world)
    html = (
        client_for(world.pm_alice)
        .get(reverse("capacity:load"), {"span": "7y", "kind": "labour", "start": "someday"})
        .content.decode()
    )
    assert "Columns: Select a valid choice." in html
    assert "From: Enter a valid date." in html
    assert re.findall(r'data-testid="load-row-([A-Z0-9-]+)"', html) == ["QC-POOL"]
    assert len(cells_of(html, "QC-POOL")) == 26


def test_the_csv_export_is_the_matrix_on_the_page(world, on_march_3):
    capacity_world(world)
    response = client_for(world.pm_alice).get(
        reverse("capacity:load_export", args=["csv"]), {"span": "13w", "site": world.site.pk}
    )
    assert response.status_code == 200
    assert 'filename="capacity-weeks-2027-03-01-2027-05-30.csv"' in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:8] == [
        "Site",
        "Resource",
        "Name",
        "Kind",
        "Unit",
        "Days over capacity",
        "Week of 1 Mar 2027",
        "Week of 8 Mar 2027",
    ]
    assert len(rows[0]) == 6 + 13
    by_code = {row[1]: row for row in rows[1:]}
    assert set(by_code) == {"FERM-1", "QC-POOL", "SUITE-1"}
    assert by_code["SUITE-1"][3:8] == ["Equipment or room", "suite", "5", "200", "40"]
    assert by_code["QC-POOL"][7] == "closed, 8 unit-days demanded"
    assert by_code["QC-POOL"][3] == "Labour pool"


def test_the_workbook_has_utilisation_load_and_capacity(world, on_march_3):
    from openpyxl import load_workbook

    capacity_world(world)
    response = client_for(world.pm_alice).get(
        reverse("capacity:load_export", args=["xlsx"]), {"span": "13w", "kind": "equipment"}
    )
    book = load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["Utilisation (%)", "Load (unit-days)", "Capacity (unit-days)"]

    def suite_row(sheet):
        return next(r for r in book[sheet].iter_rows(values_only=True) if r[1] == "SUITE-1")

    assert suite_row("Utilisation (%)")[6:8] == (200, 40)
    assert suite_row("Load (unit-days)")[6:8] == (10, 2)
    assert suite_row("Capacity (unit-days)")[6:8] == (5, 5)


def test_an_unknown_export_format_is_404(world):
    response = client_for(world.pm_alice).get(reverse("capacity:load_export", args=["pdf"]))
    assert response.status_code == 404


def test_without_resources_the_page_says_so(world):
    html = client_for(world.pm_alice).get(reverse("capacity:load")).content.decode()
    assert 'data-testid="load-empty"' in html and "No resources registered yet." in html
    assert 'data-testid="load-map"' not in html


def test_without_demand_the_map_says_nothing_is_asked(world, on_march_3):
    make_resource(world.site, "SUITE-7")
    html = client_for(world.pm_alice).get(reverse("capacity:load")).content.decode()
    assert 'data-testid="load-no-demand"' in html
    assert "No plan task demands these resources between 1 Mar 2027 and 29 Aug 2027" in html
    assert re.search(r'data-testid="overloaded-count">0<', html)


def test_the_drilldown_lists_projects_tasks_and_overloads(world):
    data = capacity_world(world)
    url = reverse("capacity:load_resource", args=[data["suite"].pk])
    response = client_for(world.pm_alice).get(url, {"start": "2027-03-01", "end": "2027-03-14"})
    assert response.status_code == 200
    html = response.content.decode()
    projects = re.search(r'data-testid="projects-table">(.*?)</table>', html, re.S).group(1)
    assert projects.index("AUR-101-TT") < projects.index("BOR-301-GMP")
    assert "Aurora Therapeutics" in projects and "58 %" in projects and "42 %" in projects
    tasks = re.search(r'data-testid="tasks-table">(.*?)</table>', html, re.S).group(1)
    batch = data["batch"]
    assert f'href="{reverse("planning:task_edit", args=[batch.pk])}"' in tasks
    assert "2.1</span> Batch 1" in tasks and "every day" in tasks  # the hold is continuous
    periods = re.search(r'data-testid="periods-table">(.*?)</table>', html, re.S).group(1)
    assert "3 Mar 2027 to 7 Mar 2027" in periods
    assert "Engineering run" in periods and "Hold time" in periods
    assert re.search(r'data-testid="days-over">5<', html)
    assert re.search(r'data-testid="utilisation">120 %<', html)
    chart = json.loads(
        re.search(r'id="load-chart-data" type="application/json">(.*?)</script>', html).group(1)
    )
    assert len(chart["labels"]) == 14 and chart["unit"] == "units"
    assert [p["label"] for p in chart["projects"]] == [
        "AUR-101-TT (Aurora Therapeutics)",
        "BOR-301-GMP (Borealis Pharma)",
    ]


def test_the_drilldown_defaults_to_13_weeks_by_week(world, on_march_3):
    data = capacity_world(world)
    url = reverse("capacity:load_resource", args=[data["ferm"].pk])
    html = client_for(world.pm_alice).get(url).content.decode()
    assert "from 1 Mar 2027 to 30 May 2027" in html
    bars = re.search(r'data-testid="bucket-table">(.*?)</table>', html, re.S).group(1)
    assert bars.count("Week of") == 13
    assert "Never over capacity in this window." in html


def test_the_drilldown_refuses_a_window_that_ends_before_it_starts(world, on_march_3):
    data = capacity_world(world)
    url = reverse("capacity:load_resource", args=[data["suite"].pk])
    html = (
        client_for(world.pm_alice)
        .get(url, {"start": "2027-03-14", "end": "2027-03-01"})
        .content.decode()
    )
    assert "The window ends before it starts." in html
    assert "from 1 Mar 2027 to 30 May 2027" in html  # the default window instead


def test_the_drilldown_ending_on_a_day_shows_the_13_weeks_before(world, on_march_3):
    data = capacity_world(world)
    url = reverse("capacity:load_resource", args=[data["suite"].pk])
    html = client_for(world.pm_alice).get(url, {"end": "2027-03-14"}).content.decode()
    assert "from 14 Dec 2026 to 14 Mar 2027" in html


def test_dates_outside_the_calendars_years_are_refused(world, on_march_3):
    data = capacity_world(world)
    client = client_for(world.pm_alice)
    url = reverse("capacity:load_resource", args=[data["suite"].pk])
    html = client.get(url, {"start": "9999-12-20"}).content.decode()
    assert "From: Choose a date from 2000 to 2100." in html
    assert "from 1 Mar 2027 to 30 May 2027" in html
    html = client.get(reverse("capacity:load"), {"start": "9999-12-20"}).content.decode()
    assert "From: Choose a date from 2000 to 2100." in html
    assert len(cells_of(html, "SUITE-1")) == 26


def test_a_missing_resource_is_404(world):
    url = reverse("capacity:load_resource", args=[987_654])
    assert client_for(world.pm_alice).get(url).status_code == 404


def test_sponsor_users_get_403_everywhere(world):
    data = capacity_world(world)
    urls = [
        reverse("capacity:load"),
        reverse("capacity:load_export", args=["csv"]),
        reverse("capacity:load_export", args=["xlsx"]),
        reverse("capacity:load_resource", args=[data["suite"].pk]),
    ]
    for user in (world.sponsor_a_manager, world.sponsor_b_contact):
        client = client_for(user)
        for url in urls:
            assert client.get(url).status_code == 403, (user, url)


def test_capacity_is_in_the_staff_navigation_only(world):
    def labels(user) -> list[str]:
        return [item["label"] for item in navigation_for(user, "/capacity/") if "url" in item]

    staff = labels(world.pm_alice)
    assert "Capacity" in staff
    assert staff.index("Capacity") == staff.index("Equipment") + 1
    assert "Capacity" not in labels(world.sponsor_a_manager)


# --------------------------------------------------------------------------- in a browser


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_heat_map_is_read_and_opened_from_the_keyboard(browser, site):  # noqa: F811
    from tests.test_browser import ARTIFACTS, _sign_in

    base_url, w = site
    capacity_world(w)
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    refused: list[str] = []
    page.on("console", lambda m: refused.append(m.text) if m.type == "error" else None)
    _sign_in(page, base_url, "pm.alice")
    page.goto(f"{base_url}/capacity/?start=2027-03-01&span=13w&site={w.site.pk}")
    page.screenshot(path=str(ARTIFACTS / "capacity-heat-map.png"), full_page=True)
    first = page.get_by_test_id("load-map").locator("td a").first
    assert first.get_attribute("aria-label").startswith("FERM-1, Week of 1 Mar 2027: 57 %")
    # One stop in the tab order; the arrows move inside the map.
    assert page.get_by_test_id("load-map").locator("td a[tabindex='0']").count() == 1
    first.focus()
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowDown")
    focused = page.evaluate("document.activeElement.getAttribute('aria-label')")
    assert focused == "QC-POOL, Week of 8 Mar 2027: closed, 8 unit-days demanded"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "start=2027-03-08" in page.url
    assert page.get_by_role("heading", name="QC-POOL QC analysts").is_visible()
    drawn = page.evaluate("Boolean(Chart.getChart(document.getElementById('load-chart')))")
    assert drawn
    page.goto(
        f"{base_url}/capacity/load/{Resource.objects.get(code='SUITE-1').pk}/"
        "?start=2027-03-01&end=2027-03-14"
    )
    page.screenshot(path=str(ARTIFACTS / "capacity-resource-load.png"), full_page=True)
    assert page.get_by_test_id("periods-table").get_by_text("3 Mar 2027 to 7 Mar 2027").is_visible()
    assert not refused, refused
