"""Delay pages, CSV export and API: what staff and each sponsor see, and the forms."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from django.urls import reverse

from accord.delays import services
from accord.delays.models import Delay
from accord.planning.models import Task
from accord.planning.services import plan_apply_template
from accord.projects.models import Project
from tests.conftest import World, client_for
from tests.factories import SiteFactory
from tests.test_delays import world_delays


@pytest.fixture
def delays(world: World) -> dict[str, Delay]:
    return world_delays(actor=world.pm_alice, project_a=world.project_a, project_b=world.project_b)


def _plan(project: Project) -> dict[str, Task]:
    plan_apply_template(actor=None, project=project, template_code="small_molecule_tt")
    return {task.name: task for task in Task.objects.filter(project=project)}


def _page(client, name: str, *args, **query) -> str:
    response = client.get(reverse(name, args=args), query)
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def test_staff_see_every_delay_with_charts_and_actions(world, delays):
    page = _page(client_for(world.pm_alice), "delays:project_delays", world.project_a.pk)
    assert "Aurora resin delivery slipped" in page and "Aurora fermenter double-booked" in page
    assert "Record delay" in page and "Not yet told" in page
    assert 'id="delay-chart-data"' in page and "delay-charts.js" in page
    assert 'data-testid="pareto-table"' in page


@pytest.mark.req("AZ-3")
def test_sponsor_page_shows_only_communicated_delays_and_nothing_internal(world, delays):
    for persona in (world.sponsor_a_manager, world.sponsor_a_contact):
        client = client_for(persona)
        page = _page(client, "delays:project_delays", world.project_a.pk)
        assert "Aurora resin delivery slipped" in page
        assert "Aurora fermenter double-booked" not in page
        assert "Aurora internal" not in page and "Record delay" not in page
        detail = _page(client, "delays:detail", delays["delay_a_communicated"].pk)
        assert "Aurora internal" not in detail and "Internal notes" not in detail
        assert "Edit" not in detail
        internal = client.get(reverse("delays:detail", args=[delays["delay_a_internal"].pk]))
        assert internal.status_code == 404
    staff = _page(client_for(world.pm_alice), "delays:detail", delays["delay_a_communicated"].pk)
    assert "Aurora internal: supplier on watch list" in staff


@pytest.mark.req("AZ-3")
def test_a_delays_history_hides_internal_notes_from_the_sponsor(world, delays):
    url = reverse("audit:history", args=["delays.delay", delays["delay_a_communicated"].pk])
    sponsor = client_for(world.sponsor_a_manager).get(url).content.decode()
    assert "Aurora resin delivery slipped" in sponsor and "supplier on watch list" not in sponsor
    staff = client_for(world.qa_quinn).get(url).content.decode()
    assert "supplier on watch list" in staff


@pytest.mark.req("AZ-2")
def test_another_sponsor_gets_404_for_pages_export_and_api(world, delays):
    told = delays["delay_a_communicated"]
    for persona in (world.sponsor_b_manager, world.sponsor_b_contact):
        client = client_for(persona)
        for url in (
            reverse("delays:project_delays", args=[world.project_a.pk]),
            reverse("delays:export", args=[world.project_a.pk]),
            reverse("delays:detail", args=[told.pk]),
            f"/api/v1/projects/{world.project_a.pk}/delays",
            f"/api/v1/delays/{told.pk}",
        ):
            response = client.get(url)
            assert response.status_code == 404, url
            assert "Aurora" not in response.content.decode(), url


def test_the_portfolio_is_for_cdmo_staff_and_filters_by_site_and_dates(world, delays):
    assert client_for(world.sponsor_a_manager).get(reverse("delays:portfolio")).status_code == 403
    client = client_for(world.qa_quinn)
    page = _page(client, "delays:portfolio")
    assert "AUR-101-TT" in page and "BOR-301-GMP" in page
    assert 'id="delay-chart-data"' in page and "Aurora fermenter double-booked" in page
    later = _page(client, "delays:portfolio", start="2026-02-01")
    assert "AUR-101-TT" not in later and "No delays match these filters" in later
    other_site = SiteFactory(organization=world.cdmo, code="SGN")
    elsewhere = _page(client, "delays:portfolio", site=other_site.pk)
    assert "AUR-101-TT" not in elsewhere


def _csv(client, project: Project, **query) -> list[list[str]]:
    response = client.get(reverse("delays:export", args=[project.pk]), query)
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_the_csv_export_follows_the_filters(world, delays):
    services.delay_record(
        actor=world.pm_alice,
        project=world.project_a,
        title="Reactor seal failed",
        cause=Delay.Cause.EQUIPMENT_FAILURE,
        occurred_on=dt.date(2026, 2, 2),
        days_lost=3,
        description="The reactor's mechanical seal leaked.",
    )
    client = client_for(world.pm_alice)
    everything = _csv(client, world.project_a)
    assert len(everything) == 4 and everything[0][-1] == "Internal notes"
    equipment = _csv(client, world.project_a, cause="equipment_failure")
    assert [row[1] for row in equipment[1:]] == ["Reactor seal failed"]
    not_told = _csv(client, world.project_a, communicated="no")
    assert {row[1] for row in not_told[1:]} == {
        "Reactor seal failed",
        "Aurora fermenter double-booked",
    }


@pytest.mark.req("AZ-3")
def test_the_sponsors_csv_has_communicated_delays_and_no_internal_notes(world, delays):
    rows = _csv(client_for(world.sponsor_a_manager), world.project_a)
    assert [row[1] for row in rows[1:]] == ["Aurora resin delivery slipped"]
    assert "Internal notes" not in rows[0]
    assert not any("Aurora internal" in cell for row in rows for cell in row)


def test_recording_a_delay_through_the_page_puts_errors_next_to_fields(world):
    tasks = _plan(world.project_a)
    foreign = _plan(world.project_b)["GMP batch manufacture"]
    client = client_for(world.pm_alice)
    url = reverse("delays:create", args=[world.project_a.pk])
    form = client.get(url).content.decode()
    assert "GMP batch manufacture" in form and 'type="checkbox"' in form
    refused = client.post(
        url, {"title": "", "cause": "other", "occurred_on": "2026-02-02", "days_lost": "0"}
    ).content.decode()
    for field in ("title", "days_lost", "description"):
        assert f'id="id_{field}_error_1"' in refused, field
    foreign_task = client.post(
        url,
        {
            "title": "Resin late",
            "cause": "material_shortage",
            "occurred_on": "2026-02-02",
            "days_lost": "4",
            "description": "Late",
            "affected_tasks": [foreign.pk],
        },
    ).content.decode()
    assert 'id="id_affected_tasks_error_1"' in foreign_task
    assert not Delay.objects.filter(title="Resin late").exists()
    created = client.post(
        url,
        {
            "title": "Resin late",
            "cause": "material_shortage",
            "occurred_on": "2026-02-02",
            "days_lost": "4",
            "description": "Late",
            "affected_tasks": [tasks["GMP batch manufacture"].pk],
        },
    )
    delay = Delay.objects.get(title="Resin late")
    assert created.status_code == 302 and created["Location"] == reverse(
        "delays:detail", args=[delay.pk]
    )
    assert list(delay.affected_tasks.all()) == [tasks["GMP batch manufacture"]]


def test_editing_a_communicated_delay_on_the_page_asks_for_the_reason(world, delays):
    delay = delays["delay_a_communicated"]
    client = client_for(world.pm_alice)
    url = reverse("delays:edit", args=[delay.pk])
    body = {
        "title": delay.title,
        "cause": delay.cause,
        "occurred_on": delay.occurred_on.isoformat(),
        "days_lost": "12",
        "description": delay.description,
        "version": delay.version,
    }
    refused = client.post(url, body).content.decode()
    assert 'id="id_reason_error_1"' in refused and "say why" in refused
    assert Delay.objects.get(pk=delay.pk).days_lost == 5
    saved = client.post(url, {**body, "reason": "Second re-supply slipped too"})
    assert saved.status_code == 302 and Delay.objects.get(pk=delay.pk).days_lost == 12


def test_marking_communicated_on_the_page_brings_the_delay_to_the_portal(world, delays):
    delay = delays["delay_a_internal"]
    client = client_for(world.pm_alice)
    url = reverse("delays:communicate", args=[delay.pk])
    refused = client.post(
        url,
        {"informed_on": "2026-02-02", "informed_by": world.pm_alice.pk, "version": delay.version},
    )
    assert 'id="id_how_error_1"' in refused.content.decode()
    saved = client.post(
        url,
        {
            "informed_on": "2026-02-02",
            "how": "email",
            "informed_by": world.pm_alice.pk,
            "version": delay.version,
        },
    )
    assert saved.status_code == 302
    page = _page(client_for(world.sponsor_a_manager), "delays:project_delays", world.project_a.pk)
    assert "Aurora fermenter double-booked" in page
    assert "not to be shared" not in page


def test_staff_without_the_change_permission_cannot_open_the_forms(world, delays):
    client = client_for(world.qa_quinn)
    delay = delays["delay_a_internal"]
    assert client.get(reverse("delays:edit", args=[delay.pk])).status_code == 403
    assert client.get(reverse("delays:communicate", args=[delay.pk])).status_code == 403
    assert client.get(reverse("delays:create", args=[world.project_a.pk])).status_code == 403
    page = _page(client, "delays:detail", delay.pk)
    assert "has not been told yet" in page
    assert reverse("delays:communicate", args=[delay.pk]) not in page
    assert reverse("delays:edit", args=[delay.pk]) not in page


# --------------------------------------------------------------------------- API


@pytest.mark.req("AZ-3")
def test_the_api_lists_delays_without_internal_notes_for_sponsors(world, delays):
    url = f"/api/v1/projects/{world.project_a.pk}/delays"
    sponsor = client_for(world.sponsor_a_contact).get(url).json()
    assert sponsor["count"] == 1 and sponsor["pages"] == 1
    item = sponsor["items"][0]
    assert item["reference"] == "D-001" and item["communicated"] is True
    assert item["sponsor_informed_by"] == "Alice Morgan"
    assert "internal_notes" not in item
    staff = client_for(world.pm_alice)
    assert staff.get(url).json()["count"] == 2
    assert staff.get(url, {"communicated": "false"}).json()["items"][0]["title"] == (
        "Aurora fermenter double-booked"
    )
    assert staff.get(url, {"cause": "batch_failure"}).json()["count"] == 0
    assert staff.get(url, {"cause": "nonsense"}).status_code == 422


@pytest.mark.req("AZ-3")
def test_the_api_gives_internal_notes_to_staff_only(world, delays):
    told = delays["delay_a_communicated"]
    staff = client_for(world.pm_alice).get(f"/api/v1/delays/{told.pk}").json()
    assert staff["internal_notes"] == "Aurora internal: supplier on watch list"
    assert staff["communicated"] is True and staff["sponsor_informed_by"] == "Alice Morgan"
    sponsor = client_for(world.sponsor_a_manager).get(f"/api/v1/delays/{told.pk}")
    assert sponsor.status_code == 200 and "internal_notes" not in sponsor.json()
    assert {key: sponsor.json()[key] for key in ("reference", "communicated", "days_lost")} == {
        "reference": "D-001",
        "communicated": True,
        "days_lost": 5,
    }
    assert "Aurora internal" not in sponsor.content.decode()
    hidden = client_for(world.sponsor_a_manager).get(
        f"/api/v1/delays/{delays['delay_a_internal'].pk}"
    )
    assert hidden.status_code == 404
