"""``accord schedule PLAN``: the table, JSON rows, the risk summary, clean failures."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from accord.cli import main
from accord.scheduling import write_mspdi
from tests.scheduling.plans import tech_transfer
from tests.scheduling.test_mspdi import _task, _xml

DATA = Path(__file__).parent / "data"


@pytest.fixture
def plan_file(tmp_path):
    path = tmp_path / "plan.xml"
    write_mspdi(tech_transfer(), path)
    return path


def _run(capsys, *args):
    code = main(["accord", "schedule", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def test_it_prints_the_schedule_table_and_critical_path(capsys, plan_file):
    code, out, err = _run(capsys, plan_file)
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].split()[:4] == ["ID", "Name", "Dur", "Early"]
    qa = next(line for line in lines if "QA release (CoA)" in line)
    assert qa.split()[-9:] == [
        "7",
        "2026-08-06",
        "2026-08-14",
        "2026-08-06",
        "2026-08-14",
        "0",
        "0",
        "*",
        "LP",
    ]
    phase = next(line for line in lines if "Tech transfer (summary)" in line)
    assert phase.split()[-6:] == [
        "2026-01-05",
        "2026-04-28",
        "2026-01-05",
        "2026-08-26",
        "18",
        "0",
    ]  # the float of the work not started yet
    assert "Critical path: 13 QA release (CoA) -> 14 Batch released -> 16 CMC documentation" in out
    assert "Project start 2026-01-05, finish 2026-09-11 (data date 2026-02-02)" in out


def test_json_rows_carry_the_mspdi_uid_and_iso_dates(capsys, plan_file):
    code, out, _ = _run(capsys, plan_file, "--json")
    rows = json.loads(out)
    assert code == 0
    assert [r["id"] for r in rows] == [str(i) for i in range(1, 17)]
    qc = rows[11]
    assert qc == {
        "id": "12",
        "name": "QC release testing",
        "early_start": "2026-07-22",
        "early_finish": "2026-08-18",
        "late_start": "2026-07-15",
        "late_finish": "2026-08-11",
        "total_float": -5,
        "free_float": -5,
        "critical": True,
    }


def test_simulation_summary_is_reproducible(capsys, plan_file):
    code, out, _ = _run(
        capsys, plan_file, "--simulate", 2000, "--seed", 1, "--json", "--target", "2026-09-30"
    )
    again = _run(
        capsys, plan_file, "--simulate", 2000, "--seed", 1, "--json", "--target", "2026-09-30"
    )[1]
    summary = json.loads(out)
    assert code == 0 and out == again
    assert summary["iterations"] == 2000 and summary["seed"] == 1
    assert list(summary["percentiles"]) == ["P10", "P50", "P80", "P90"]
    assert 0 <= summary["probability"] <= 1
    text = _run(capsys, plan_file, "--simulate", 2000, "--seed", 1)[1]
    assert "P80 finish: " + summary["percentiles"]["P80"] in text
    assert "Top risk drivers" in text


def _one_line_error(capsys, *args):
    code, out, err = _run(capsys, *args)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1, err
    return err


def test_a_missing_file_is_one_line_and_exit_2(capsys, tmp_path):
    err = _one_line_error(capsys, tmp_path / "missing.xml")
    assert "missing.xml: no such file" in err


def test_a_malformed_file_is_one_line_and_exit_2(capsys, tmp_path):
    bad = tmp_path / "bad.xml"
    bad.write_text("<Project><Tasks>")
    assert "not well-formed XML" in _one_line_error(capsys, bad)
    other = tmp_path / "sheet.xml"
    other.write_text("<Workbook/>")
    assert "not a Microsoft Project XML file" in _one_line_error(capsys, other)


def test_a_cycle_in_the_plan_is_one_line_naming_it(capsys, tmp_path):
    path = tmp_path / "loop.xml"
    path.write_bytes(
        _xml(
            _task(1, "Batch", more=_link(3))
            + _task(2, "QC", more=_link(1))
            + _task(3, "Rework", more=_link(2))
        )
    )
    err = _one_line_error(capsys, path)
    assert "cycle" in err and "1 (Batch)" in err and "3 (Rework)" in err


def test_a_link_to_a_missing_task_is_one_line_naming_it(capsys, tmp_path):
    path = tmp_path / "dangling.xml"
    path.write_bytes(_xml(_task(1, "Batch", more=_link(42))))
    assert "'42'" in _one_line_error(capsys, path)


def _link(uid: int) -> str:
    return (
        f"<PredecessorLink><PredecessorUID>{uid}</PredecessorUID><Type>1</Type></PredecessorLink>"
    )


def test_the_command_runs_without_django(plan_file):
    script = (
        "import sys\n"
        "from accord.cli import main\n"
        f"code = main(['accord', 'schedule', {str(plan_file)!r}, '--json'])\n"
        "assert not any(m == 'django' or m.startswith('django.') for m in sys.modules), 'django'\n"
        "sys.exit(code)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)[0]["id"] == "1"


def test_an_xer_file_is_scheduled_by_its_extension(capsys):
    code, out, err = _run(capsys, DATA / "minimal.xer")
    assert code == 0
    assert "Critical path: A Buffer prep -> B Media fill -> M Ready for inoculation" in out


def test_an_xer_file_is_recognised_by_its_content_and_notes_go_to_stderr(capsys, tmp_path):
    renamed = tmp_path / "export.txt"
    renamed.write_bytes((DATA / "tech_transfer.xer").read_bytes())
    code, out, err = _run(capsys, renamed, "--json")
    assert code == 0
    rows = {r["id"]: r for r in json.loads(out)}
    assert rows["A5010"]["early_start"] == "2026-06-01"
    assert "note: activity A7020 (Project management) is a level of effort" in err


def test_an_xer_project_not_in_the_file_is_one_line(capsys):
    code, out, err = _run(capsys, DATA / "minimal.xer", "--project", "NOPE")
    assert code == 2 and "no project 'NOPE' in the file" in err and err.count("\n") == 1
