"""Primavera P6 XER import: dates checked by hand on a minimal file and on a CDMO
tech-transfer project (two calendars, every link type, constraints, progress)."""

from __future__ import annotations

from pathlib import Path

import pytest

from accord.scheduling import ConstraintType, LinkType, schedule
from accord.scheduling.xer import XerError, is_xer, parse_tables, read_xer
from tests.scheduling.helpers import d

DATA = Path(__file__).parent / "data"
MINIMAL = DATA / "minimal.xer"
TECH = DATA / "tech_transfer.xer"


def test_minimal_file_reads_hours_as_days_and_schedules_by_hand():
    imported = read_xer(MINIMAL)
    net = imported.network
    assert imported.warnings == []
    assert net.project_start == d("2026-01-05") and net.data_date is None
    assert net.calendar.holidays == {d("2026-01-07")}  # serial 46029 in clndr_data
    assert net.calendar.working_weekdays == frozenset(range(5))
    acts = {a.id: a for a in net.activities}
    assert (acts["A"].duration, acts["B"].duration, acts["M"].duration) == (2, 3, 0)
    links = {(x.predecessor, x.successor): (x.type, x.lag) for x in net.links}
    assert links == {
        ("A", "B"): (LinkType.FS, 1),  # 8 hours on an 8-hour day
        ("A", "M"): (LinkType.FF, 0),
        ("B", "M"): (LinkType.FS, 0),
    }
    plan = schedule(net)
    # A: Mon 5, Tue 6 (Wed 7 is a holiday). B: one day of lag (Thu 8), then Fri 9,
    # Mon 12, Tue 13. M: the end of Tue 13.
    assert (plan.row("A").early_start, plan.row("A").early_finish) == (
        d("2026-01-05"),
        d("2026-01-06"),
    )
    assert (plan.row("B").early_start, plan.row("B").early_finish) == (
        d("2026-01-09"),
        d("2026-01-13"),
    )
    assert plan.row("M").early_finish == d("2026-01-13")
    assert plan.critical_path == ["A", "B", "M"]


def test_tech_transfer_project_reads_calendars_progress_and_resources():
    imported = read_xer(TECH)
    net = imported.network
    assert net.name == "TT-MAB-01"
    assert net.project_start == d("2026-01-05") and net.data_date == d("2026-02-16")
    assert d("2026-04-03") in net.calendar.holidays  # Good Friday
    assert net.calendar.extra_working_days == {d("2026-03-14")}  # a working Saturday
    acts = {a.id: a for a in net.activities}
    ferm = acts["A3040"].calendar
    assert ferm is not None and ferm.working_weekdays == frozenset(range(7))
    assert acts["A3040"].duration == 14  # 336 hours on a 24-hour day
    assert acts["A4000"].actual_start == d("2026-01-19") and acts["A4000"].remaining_duration == 5
    assert acts["A1010"].actual_finish == d("2026-01-09")
    assert acts["A2030"].constraint.type is ConstraintType.SNLT
    assert acts["A5050"].constraint.type is ConstraintType.FNLT
    assert acts["A5050"].constraint.date == d("2026-08-14")
    assert acts["A3030"].alap
    assert acts["A3040"].parent == "WBS-USP" and acts["WBS-USP"].name == "Upstream process"
    assert "A7020" not in acts and "A6080" not in acts  # LOE and WBS summary
    types = {x.type for x in net.links}
    assert types == set(LinkType)
    lead = next(x for x in net.links if (x.predecessor, x.successor) == ("A5050", "A6010"))
    assert lead.lag == -2
    assert ("AROSSI", "Andrea Rossi") in {(r.id, r.name) for r in imported.resources}
    assert any(
        a.activity == "A2010" and a.resource == "AROSSI" and a.role == "Analyst"
        for a in imported.assignments
    )


def test_tech_transfer_warnings_name_each_activity():
    text = "\n".join(read_xer(TECH).warnings)
    for expected in (
        "A4010 (Column packing and qualification): its duration depends on its resources",
        "A6040 (GMP release testing): its secondary constraint (CS_MEOB) is ignored",
        "A7000 (Tech transfer report): its expected finish is ignored",
        "A7020 (Project management) is a level of effort activity",
        "A6080 (Campaign summary) is a WBS summary activity",
    ):
        assert expected in text


def test_tech_transfer_schedules_as_computed_by_hand():
    plan = schedule(read_xer(TECH).network)

    def dates(aid):
        row = plan.row(aid)
        return row.early_start.isoformat(), row.early_finish.isoformat()

    # Remaining work from the data date (Mon 16 Feb): 5 days of procurement.
    assert dates("A4000") == ("2026-01-19", "2026-02-20")
    # Fermentation runs every day: 7 days left from Mon 16 end on Sun 22, and the seed
    # train follows on Monday 23 for 10 calendar days.
    assert dates("A3010") == ("2026-02-09", "2026-02-22")
    assert dates("A3020") == ("2026-02-23", "2026-03-04")
    # ALAP media prep: three lab days just before the 50 L run starts (Thu 5 Mar).
    assert dates("A3030") == ("2026-03-02", "2026-03-04")
    # FS + 1 lab day after the run ends on Wed 18: Thu 19 is the lag, Fri 20 the start.
    assert dates("A3050") == ("2026-03-20", "2026-03-24")
    # Good Friday and Easter Monday are lab holidays.
    assert dates("A4030") == ("2026-04-02", "2026-04-15")
    # SS + 3 from polishing (starts Thu 2 Apr): Tue 7, Wed 8, Thu 9 Apr.
    assert plan.row("A4050").early_start == d("2026-04-09")
    # Start no earlier than Mon 1 Jun on the 7-day calendar, 16 days.
    assert dates("A5010") == ("2026-06-01", "2026-06-16")
    # SS + 4 and FF + 5 from the harvest (Wed 17 - Wed 24 Jun): the FF link drives.
    assert dates("A5030") == ("2026-06-23", "2026-07-06")
    # FS - 2 from the go/no-go (end of Mon 13 Jul): starts Fri 10 Jul.
    assert plan.row("A6010").early_start == d("2026-07-10")
    # SF 0 from release testing (starts Mon 17 Aug): finishes on Fri 14 Aug.
    assert plan.row("A6050").early_finish == d("2026-08-14")
    # A start-no-later-than of Tue 10 Feb, before the data date: work starts on the data
    # date, and the four days it is late show as negative float.
    assert plan.row("A2030").early_start == d("2026-02-16")
    assert plan.row("A2030").total_float == -4
    assert plan.project_finish == d("2026-09-21")
    assert plan.critical_path[0] == "A5010" and plan.critical_path[-1] == "A7010"


def test_several_projects_read_the_first_with_a_warning_or_the_one_asked_for():
    text = MINIMAL.read_text().replace(
        "%R\t1\tMINI\t2026-01-05 00:00\t7",
        "%R\t1\tMINI\t2026-01-05 00:00\t7\r\n%R\t2\tOTHER\t2026-03-02 00:00\t7",
    )
    text = text.replace(
        "%T\tTASKPRED", "%R\t201\t2\t7\tZ\tOther work\tTT_Task\tTK_NotStart\t8\r\n%T\tTASKPRED"
    )
    first = read_xer(text.encode())
    assert "holds 2 projects (MINI, OTHER); the first, MINI, is read" in first.warnings[0]
    assert {a.id for a in first.network.activities} == {"A", "B", "M"}
    other = read_xer(text.encode(), project="OTHER")
    assert [a.id for a in other.network.activities] == ["Z"]
    assert other.network.project_start == d("2026-03-02") and other.warnings == []
    with pytest.raises(XerError, match="no project 'NOPE' in the file .*MINI, OTHER"):
        read_xer(text.encode(), project="NOPE")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"<Project/>", "not a Primavera XER file"),
        (b"ERMHDR\t19.12\r\n%T\tTASK\r\n%E\r\n", "no PROJECT table"),
        (b"ERMHDR\t19.12\r\n%T\tPROJECT\r\n%R\t1\r\n", "before its table's fields"),
    ],
)
def test_bad_files_fail_with_one_clear_message(content, message):
    with pytest.raises(XerError, match=message):
        read_xer(content)


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(XerError, match="nowhere.xer: no such file"):
        read_xer(tmp_path / "nowhere.xer")


def test_tables_parse_rows_shorter_than_their_fields():
    tables = parse_tables("ERMHDR\n%T\tX\n%F\ta\tb\tc\n%R\t1\t2\n%E\n")
    assert tables["X"] == [{"a": "1", "b": "2", "c": ""}]
    assert is_xer(b"\xef\xbb\xbfERMHDR\t19") and not is_xer(b"<?xml")


def test_p6_options_the_engine_does_not_follow_are_reported():
    text = MINIMAL.read_text()
    text = text.replace(
        "%F\tproj_id\tproj_short_name\tplan_start_date\tclndr_id",
        "%F\tproj_id\tproj_short_name\tplan_start_date\tclndr_id\tsched_retained_logic"
        "\tsched_calendar_on_relationship_lag",
    ).replace(
        "%R\t1\tMINI\t2026-01-05 00:00\t7", "%R\t1\tMINI\t2026-01-05 00:00\t7\tN\trcal_24Hour"
    )
    warnings = "\n".join(read_xer(text.encode()).warnings)
    assert "progress override; Accord uses retained logic" in warnings
    assert "lags on the 24hour calendar here; Accord counts them on the successor's" in warnings
