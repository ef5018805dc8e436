"""MPXJ as an oracle: it reads our MS Project XML as MS Project would, and its
MS Project-compatible scheduler agrees with our dates and total float.

Needs Java (the mpxj package drives the MPXJ jar through JPype); the test is skipped,
saying so, only when no ``java`` is on the PATH.
"""

from __future__ import annotations

import shutil

import pytest

from accord.scheduling import Link, LinkType, schedule, write_mspdi
from tests.scheduling.helpers import fs, net
from tests.scheduling.plans import tech_transfer

pytestmark = pytest.mark.skipif(
    shutil.which("java") is None, reason="MPXJ needs a Java runtime (java is not on PATH)"
)


@pytest.fixture(scope="module")
def mpxj():
    jpype = pytest.importorskip("jpype")
    import mpxj  # noqa: F401 - puts the MPXJ jars on the class path

    if not jpype.isJVMStarted():
        jpype.startJVM()
    from org.mpxj.cpm import MicrosoftScheduler
    from org.mpxj.reader import UniversalProjectReader

    return UniversalProjectReader, MicrosoftScheduler


def _read_and_schedule(mpxj, network, tmp_path):
    reader, scheduler = mpxj
    path = tmp_path / "plan.xml"
    write_mspdi(network, path)
    project = reader().read(str(path))
    from java.time import LocalDateTime

    start = network.project_start
    scheduler().schedule(project, LocalDateTime.of(start.year, start.month, start.day, 8, 0))
    return {str(t.getName()): t for t in project.getTasks() if t.getUniqueID() != 0}


def _compare(network, tasks):
    """Tasks are matched by name (unique in these plans; UIDs renumber letter ids)."""
    plan = schedule(network)
    id_of = {a.name: a.id for a in network.activities}
    assert set(tasks) == set(id_of)
    for name, task in tasks.items():
        row = plan.row(id_of[name])
        uid = row.id
        theirs = tuple(
            str(x)[:10]
            for x in (
                task.getEarlyStart(),
                task.getEarlyFinish(),
                task.getLateStart(),
                task.getLateFinish(),
            )
        )
        ours = tuple(
            x.isoformat()
            for x in (row.early_start, row.early_finish, row.late_start, row.late_finish)
        )
        assert ours == theirs, f"{uid} {row.name}"
        assert row.total_float == task.getTotalSlack().getDuration(), f"{uid} {row.name}"


def test_mpxj_reads_what_we_write(mpxj, tmp_path):
    network = tech_transfer(progress=False)
    tasks = {str(t.getUniqueID()): t for t in _read_and_schedule(mpxj, network, tmp_path).values()}
    by_id = {a.id: a for a in network.activities}
    assert set(tasks) == set(by_id)  # numeric ids are kept as UIDs
    for uid, task in tasks.items():
        a = by_id[uid]
        assert str(task.getName()) == a.name
        if not task.getSummary():
            assert task.getDuration().getDuration() == a.duration
        if a.constraint is not None:
            assert str(task.getConstraintDate())[:10] == a.constraint.date.isoformat()
    links = {
        (str(r.getPredecessorTask().getUniqueID()), uid, str(r.getType()), r.getLag().getDuration())
        for uid, t in tasks.items()
        for r in t.getPredecessors()
    }
    assert links == {(x.predecessor, x.successor, x.type.value, x.lag) for x in network.links}


def test_ms_project_scheduler_agrees_on_a_cdmo_plan(mpxj, tmp_path):
    network = tech_transfer(progress=False)
    _compare(network, _read_and_schedule(mpxj, network, tmp_path))


@pytest.mark.parametrize("link_type", list(LinkType))
def test_ms_project_scheduler_agrees_on_every_link_type(mpxj, tmp_path, link_type):
    network = net(
        [("X", 5), ("P", 5), ("S", 3), ("Q", 2), ("Z", 1)],
        [
            fs("X", "P"),
            Link("P", "S", link_type, 2),
            Link("P", "Q", link_type, -2),
            fs("S", "Z"),
            fs("Q", "Z"),
        ],
    )
    _compare(network, _read_and_schedule(mpxj, network, tmp_path))
