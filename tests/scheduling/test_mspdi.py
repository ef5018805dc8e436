"""MS Project XML: export then import gives the same schedule; import reports what it
cannot represent; bad files fail with one clear message."""

from __future__ import annotations

import numpy as np
import pytest

from accord.scheduling import MspdiError, read_mspdi, schedule, write_mspdi
from accord.scheduling.model import LinkType
from tests.scheduling.helpers import d
from tests.scheduling.plans import tech_transfer

COLUMNS = (
    "early_start",
    "early_finish",
    "late_start",
    "late_finish",
    "total_float",
    "free_float",
    "critical",
    "milestone",
    "summary",
    "on_longest_path",
    "duration",
)


@pytest.mark.parametrize("progress", [True, False])
def test_round_trip_gives_the_same_schedule(tmp_path, progress):
    network = tech_transfer(progress)
    path = tmp_path / "plan.xml"
    write_mspdi(network, path)
    imported = read_mspdi(path)
    assert imported.notes == []
    back = imported.network
    assert [a.id for a in back.activities] == [a.id for a in network.activities]
    assert [a.name for a in back.activities] == [a.name for a in network.activities]
    assert {(x.predecessor, x.successor, x.type, x.lag) for x in back.links} == {
        (x.predecessor, x.successor, x.type, x.lag) for x in network.links
    }
    assert back.calendar.holidays == network.calendar.holidays
    assert back.calendar.extra_working_days == network.calendar.extra_working_days
    assert back.data_date == network.data_date
    assert [a.estimate for a in back.activities] == [a.estimate for a in network.activities]
    before, after = schedule(network), schedule(back)
    for column in COLUMNS:
        assert np.array_equal(getattr(before, column), getattr(after, column)), column
    assert after.critical_path == before.critical_path


def test_the_plan_schedules_as_expected():
    plan = schedule(tech_transfer())
    assert plan.row("3").early_finish == d("2026-03-17")  # 32 days left on 02-02
    assert plan.row("11").early_start == d("2026-07-01")
    # QA release must finish by 08-14 (FNLT): it is held there, five days before the
    # logic allows, and the shortfall shows as negative float on its predecessors.
    assert plan.row("13").early_finish == d("2026-08-14")
    assert plan.row("13").total_float == 0
    assert plan.row("12").total_float == plan.row("11").total_float == -5
    assert plan.row("7").summary and plan.row("7").total_float == -2
    assert plan.critical_path == ["13", "14", "16"]


def test_exported_file_follows_the_mspdi_layout():
    xml = write_mspdi(tech_transfer()).decode()
    assert xml.startswith("<?xml version='1.0' encoding='UTF-8'?>")
    assert '<Project xmlns="http://schemas.microsoft.com/project">' in xml
    assert "<StatusDate>2026-01-30T17:00:00</StatusDate>" in xml
    assert "<FieldID>188743783</FieldID>" in xml  # Duration1, the optimistic estimate
    task = xml[xml.index("<UID>13</UID>") :]
    order = [
        "<UID>",
        "<ID>",
        "<Name>",
        "<Start>",
        "<Finish>",
        "<Duration>",
        "<ConstraintType>",
        "<ConstraintDate>",
        "<PredecessorLink>",
    ]
    positions = [task.index(tag) for tag in order]
    assert positions == sorted(positions)


def _xml(tasks: str, extra: str = "", calendar: str = "") -> bytes:
    return f"""<?xml version="1.0"?>
<Project xmlns="http://schemas.microsoft.com/project">
  <Name>Imported</Name><StartDate>2026-01-05T08:00:00</StartDate>
  <CalendarUID>1</CalendarUID><MinutesPerDay>480</MinutesPerDay>
  <Calendars><Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar>
    <WeekDays>
      <WeekDay><DayType>1</DayType><DayWorking>0</DayWorking></WeekDay>
      <WeekDay><DayType>7</DayType><DayWorking>0</DayWorking></WeekDay>
    </WeekDays>{calendar}</Calendar></Calendars>
  <Tasks>{tasks}</Tasks>{extra}
</Project>""".encode()


def _task(uid: int, name: str, duration: str = "PT40H0M0S", more: str = "") -> str:
    return (
        f"<Task><UID>{uid}</UID><ID>{uid}</ID><Name>{name}</Name><OutlineLevel>1"
        f"</OutlineLevel><Duration>{duration}</Duration>{more}</Task>"
    )


def test_import_reads_tasks_links_and_outline():
    tasks = (
        "<Task><UID>0</UID><ID>0</ID><Name>Imported</Name><OutlineLevel>0</OutlineLevel>"
        "</Task>"
        "<Task><UID>7</UID><ID>1</ID><Name>Phase</Name><OutlineLevel>1</OutlineLevel>"
        "<Summary>1</Summary></Task>"
        "<Task><UID>8</UID><ID>2</ID><Name>Batch</Name><OutlineLevel>2</OutlineLevel>"
        "<Duration>PT80H0M0S</Duration></Task>"
        "<Task><UID>9</UID><ID>3</ID><Name>Release</Name><OutlineLevel>2</OutlineLevel>"
        "<Duration>PT0H0M0S</Duration><Milestone>1</Milestone>"
        "<PredecessorLink><PredecessorUID>8</PredecessorUID><Type>0</Type>"
        "<LinkLag>9600</LinkLag><LagFormat>7</LagFormat></PredecessorLink></Task>"
        "<Task><UID>10</UID><ID>4</ID><IsNull>1</IsNull></Task>"
    )
    imported = read_mspdi(_xml(tasks))
    acts = {a.id: a for a in imported.network.activities}
    assert list(acts) == ["7", "8", "9"]
    assert acts["8"].parent == "7" and acts["8"].duration == 10
    assert acts["9"].duration == 0
    (link,) = imported.network.links
    assert (link.predecessor, link.successor, link.type, link.lag) == ("8", "9", LinkType.FF, 2)
    assert imported.notes == []


def test_import_reports_what_it_cannot_represent():
    tasks = (
        _task(1, "Late", more="<ConstraintType>1</ConstraintType>")
        + _task(2, "Manual", more="<Manual>1</Manual><Deadline>2026-02-01T17:00:00</Deadline>")
        + _task(
            3,
            "Elapsed lag",
            more="<PredecessorLink><PredecessorUID>1</PredecessorUID>"
            "<Type>1</Type><LinkLag>28800</LinkLag><LagFormat>8</LagFormat>"
            "</PredecessorLink><CalendarUID>5</CalendarUID><Colour>red</Colour>",
        )
        + _task(4, "Half day", duration="PT4H0M0S")
        + _task(5, "Off", more="<Active>0</Active>")
    )
    calendar = (
        "<Exceptions><Exception><TimePeriod><FromDate>2026-01-01T00:00:00</FromDate>"
        "<ToDate>2030-12-31T23:59:00</ToDate></TimePeriod><Occurrences>5</Occurrences>"
        "<Name>New year</Name><Type>5</Type><DayWorking>0</DayWorking></Exception>"
        "</Exceptions>"
    )
    assignments = (
        "<Assignments><Assignment><TaskUID>1</TaskUID><ResourceUID>3</ResourceUID>"
        "</Assignment></Assignments>"
    )
    imported = read_mspdi(_xml(tasks, assignments, calendar))
    notes = "\n".join(imported.notes)
    for expected in (
        "manually scheduled",
        "deadline is ignored",
        "elapsed lag of 2 calendar days",
        "its calendar 5 is not in the file",
        "not understood and ignored: Colour",
        "rounded up to whole days",
        "task 5 (Off) is inactive",
        "recurring exception 'New year'",
        "1 resource assignment(s)",
    ):
        assert expected in notes, expected
    acts = {a.id: a for a in imported.network.activities}
    assert acts["4"].duration == 1 and "5" not in acts
    assert acts["1"].alap and acts["3"].calendar is None


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"<Project", "not well-formed XML"),
        (b"<Workbook/>", "root element is <Workbook>"),
        (_xml(_task(1, "A", duration="forty hours")), "not an ISO 8601 duration"),
        (_xml("<Task><Name>no uid</Name></Task>"), "has no <UID>"),
    ],
)
def test_bad_files_fail_with_one_clear_message(content, message):
    with pytest.raises(MspdiError, match=message):
        read_mspdi(content)


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(MspdiError, match="nowhere.xml: no such file"):
        read_mspdi(tmp_path / "nowhere.xml")
