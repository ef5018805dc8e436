"""The skill matrix: people × requirements (or × competencies), each cell's state, the
filters, and an XLSX export that looks like the page."""

from __future__ import annotations

import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook

from accord.core import clock
from accord.projects.models import ProjectMembership
from accord.training import matrix as skill_matrix
from accord.training.models import Requirement, RoleHolding
from tests.conftest import client_for
from tests.factories import UserFactory
from tests.training_pages_fixtures import training_world


def _cells(page: str, person: str) -> str:
    """The row of ``person`` in the matrix page's HTML."""
    start = page.index(person)
    return page[start : page.index("</tr>", start)]


@pytest.fixture
def trained(world):
    return training_world(world)


@pytest.mark.req("R-TRN-1")
@pytest.mark.req("R-TRN-4")
def test_each_cell_says_where_the_person_stands(world, trained):
    page = client_for(world.qa_quinn).get(reverse("training:matrix")).content.decode()
    olga = _cells(page, "Olga Brandt")
    assert 'data-state="qualified"' in olga and "Qualified (level 4)" in olga
    assert 'data-state="overdue"' in olga  # the quiz and the course, due a month ago
    omar = _cells(page, "Omar Haddad")
    assert 'data-state="due"' in omar  # assigned today, due in 30 days
    cleo = _cells(page, "Cleo Varga")
    assert 'data-state="not_required"' in cleo  # reading the manufacturing SOP
    assert "Production operator (VSP)" in olga
    for label in ("Qualified", "Due", "Overdue", "Expired", "Not trained", "Not required"):
        assert label in page  # the legend


@pytest.mark.req("R-TRN-4")
def test_an_expired_competency_no_longer_counts_in_the_competency_view(world, trained):
    page = (
        client_for(world.qa_quinn)
        .get(reverse("training:matrix"), {"view": "competencies"})
        .content.decode()
    )
    assert "Aseptic gowning" in page and "HPLC analysis" in page
    built = skill_matrix.build(skill_matrix.Filters(view="competencies"), clock.today())
    column = [c.pk for c in built.columns].index(trained["aseptic"].pk)
    states = {row.person.username: row.cells[column] for row in built.rows}
    assert states["op.olga"].is_qualified and states["op.olga"].level == 4
    assert states["op.omar"].state == "due"  # lapsed, and retraining is open
    assert states["op.omar"].level == 3  # the level held, though it lapsed
    hplc = [c.pk for c in built.columns].index(trained["hplc"].pk)
    cleo = next(row for row in built.rows if row.person.username == "qc.cleo").cells[hplc]
    assert not cleo.is_qualified and cleo.level == 2  # level 2 held, level 3 required


def test_filters_narrow_the_people_and_the_columns(world, trained):
    client = client_for(world.qa_quinn)
    by_role = client.get(reverse("training:matrix"), {"job_role": trained["analyst"].pk})
    page = by_role.content.decode()
    assert "Cleo Varga" in page and "Olga Brandt" not in page
    assert "HPLC analysis" in page and "Cleaning of the suite" not in page
    by_department = client.get(reverse("training:matrix"), {"department": "manufacturing"})
    assert "Olga Brandt" in by_department.content.decode()
    assert "Cleo Varga" not in by_department.content.decode()
    gaps = client.get(reverse("training:matrix"), {"gaps": "1", "q": "Olga"}).content.decode()
    assert "Olga Brandt" in gaps and "Omar Haddad" not in gaps
    nobody = client.get(reverse("training:matrix"), {"q": "nobody-by-this-name"})
    assert 'data-testid="matrix-empty"' in nobody.content.decode()


def test_a_project_team_shows_its_cdmo_members(world, trained):
    ProjectMembership.objects.create(project=world.project_a, user=trained["olga"])
    page = (
        client_for(world.qa_quinn)
        .get(reverse("training:matrix"), {"project": world.project_a.pk})
        .content.decode()
    )
    assert "Olga Brandt" in page and "Quinn Keller" in page
    assert "Omar Haddad" not in page and "Cole Aurora" not in page  # no sponsor person


def test_the_workbook_has_the_pages_rows_columns_and_colours(world, trained):
    response = client_for(world.qa_quinn).get(
        reverse("training:matrix_export", args=["xlsx"]), {"department": "manufacturing"}
    )
    assert response.status_code == 200
    book = load_workbook(io.BytesIO(response.content))
    sheet = book["Skill matrix"]
    assert sheet.freeze_panes == "C5"
    headings = [sheet.cell(row=4, column=c).value for c in range(1, sheet.max_column + 1)]
    assert headings[:2] == ["Person", "Job roles"]
    built = skill_matrix.build(skill_matrix.Filters(department="manufacturing"), clock.today())
    assert [h.split("\n")[0] for h in headings[2:]] == [c.code for c in built.columns]
    people = [sheet.cell(row=r, column=1).value for r in range(5, sheet.max_row + 1)]
    assert people == [row.person.printed_name for row in built.rows]
    olga_row = 5 + people.index("Olga Brandt")
    texts = {
        sheet.cell(row=olga_row, column=c).value.split("\n")[0]: sheet.cell(row=olga_row, column=c)
        for c in range(3, sheet.max_column + 1)
    }
    assert texts["Qualified (level 4)"].fill.start_color.rgb.endswith("D1FAE5")
    assert texts["Overdue"].fill.start_color.rgb.endswith("FEE2E2")
    assert "Legend" in book.sheetnames


def test_the_matrix_costs_the_same_queries_for_25_people_and_40_requirements(world, trained):
    today = clock.today()

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            skill_matrix.build(skill_matrix.Filters(), today)
        return len(queries)

    small = count()
    requirements = Requirement.objects.bulk_create(
        Requirement(code=f"extra-{n}", title=f"Extra course {n}", kind="course") for n in range(37)
    )
    trained["production"].requirements.add(*requirements)
    for n in range(22):
        person = UserFactory(
            organization=world.cdmo,
            username=f"op.extra{n}",
            site=world.site,
            role_codes=("operations",),
        )
        RoleHolding.objects.create(
            person=person,
            job_role=trained["operator"],
            site=world.site,
            assigned_on=today,
            assigned_by=world.qa_quinn,
        )
    built = skill_matrix.build(skill_matrix.Filters(), today)
    assert len(built.rows) >= 25 and len(built.columns) >= 40
    assert count() == small


def test_sponsor_people_never_see_the_matrix(world, trained):
    for user in (world.sponsor_a_manager, world.sponsor_b_contact):
        client = client_for(user)
        assert client.get(reverse("training:matrix")).status_code == 403
        assert client.get(reverse("training:matrix_export", args=["xlsx"])).status_code == 403
        assert client.get("/api/v1/training/matrix").status_code == 403
