"""A project's risk register: scoring, numbering, reviews, closing, the heat map, the
sponsor's view of shared risks, and isolation between sponsors."""

from __future__ import annotations

import csv
import datetime as dt
import io
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, connection, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from accord.audit.models import AuditEvent
from accord.planning.services import plan_apply_template
from accord.projects.models import Project
from accord.risks import selectors, services
from accord.risks.models import Level, Risk, level_of
from tests.conftest import World, client_for

TODAY = timezone.localdate()


def make_risk(world: World, project: Project | None = None, **overrides) -> Risk:
    """A risk through the real service, as the project manager; override any field.

    Borealis' project by default: sponsor A's project may carry the world's own risks.
    """
    values = {
        "actor": world.pm_alice,
        "project": project or world.project_b,
        "title": "Cell bank release slips",
        "category": Risk.Category.SUPPLY,
        "cause": "The cell bank supplier reports a backlog.",
        "effect": "Engineering run starts late.",
        "likelihood": 3,
        "impact": 4,
        "owner": world.pm_alice,
        "next_review_date": TODAY + dt.timedelta(days=14),
        "mitigation_plan": "Weekly call with the supplier.",
    }
    values.update(overrides)
    return services.risk_create(**values)


def add_world_risks(world: World) -> tuple[Risk, Risk]:
    """Sponsor A's shared and internal risk on its staffed project (for conftest's world).

    Returns the world's own pair when conftest has made it already.
    """
    if getattr(world, "risk_a_shared", None) is not None:
        return world.risk_a_shared, world.risk_a_internal
    a = world.project_a
    shared = make_risk(world, a, title="Aurora cell bank release slips", shared_with_sponsor=True)
    internal = make_risk(world, a, title="Aurora internal capacity squeeze")
    return shared, internal


def _events(risk: Risk, action: str) -> list[AuditEvent]:
    return list(
        AuditEvent.objects.filter(target_type="risks.risk", target_id=str(risk.pk), action=action)
    )


def _csv(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


# --------------------------------------------------------------------------- writes


@pytest.mark.req("AT-1")
@pytest.mark.req("AT-2")
def test_creating_a_risk_numbers_it_and_audits_every_field(world):
    first = make_risk(world)
    second = make_risk(world, title="Second risk")
    other_project = make_risk(world, world.project_a_unstaffed, title="Aurora risk")
    assert (first.number, second.number, other_project.number) == ("R-001", "R-002", "R-001")
    (event,) = _events(first, "risks.risk.created")
    assert event.actor_username == "pm.alice"
    assert event.parent_type == "projects.project" and event.parent_id == str(world.project_b.pk)
    assert event.sponsor_id == world.sponsor_b.pk
    changes = event.changes
    assert '"title":[null,"Cell bank release slips"]' in changes
    assert '"likelihood":[null,3]' in changes and '"shared_with_sponsor":[null,false]' in changes


@pytest.mark.parametrize(
    ("likelihood", "impact", "level"),
    [
        (1, 4, Level.LOW),
        (5, 1, Level.MEDIUM),
        (3, 3, Level.MEDIUM),
        (5, 2, Level.HIGH),
        (3, 5, Level.HIGH),
        (4, 4, Level.CRITICAL),
        (5, 5, Level.CRITICAL),
    ],
)
def test_score_is_likelihood_times_impact_in_four_bands(likelihood, impact, level):
    risk = Risk(likelihood=likelihood, impact=impact)
    assert risk.score == likelihood * impact
    assert risk.level == level == level_of(risk.score)


@pytest.mark.req("RC-5")
def test_likelihood_and_impact_stay_between_1_and_5(world):
    with pytest.raises(ValidationError) as error:
        make_risk(world, likelihood=6, impact=0)
    assert {"likelihood", "impact"} <= set(error.value.message_dict)
    assert not Risk.objects.filter(project=world.project_b).exists()
    risk = make_risk(world)
    with pytest.raises(IntegrityError), transaction.atomic():
        Risk.objects.filter(pk=risk.pk).update(likelihood=6)
    with pytest.raises(IntegrityError), transaction.atomic():
        Risk.objects.filter(pk=risk.pk).update(impact=0)


@pytest.mark.req("DI-3")
def test_a_refused_risk_uses_no_number(world):
    make_risk(world)
    with pytest.raises(ValidationError):
        make_risk(world, category="not-a-category")
    assert make_risk(world, title="Next").number == "R-002"


@pytest.mark.postgres
@pytest.mark.req("DI-3")
@pytest.mark.django_db(transaction=True)
def test_numbers_stay_gap_free_and_unique_under_concurrent_creates(world):
    """Real concurrency needs PostgreSQL: SQLite admits one writer at a time anyway."""
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: several writers on one project at the same moment")

    def create(n: int) -> str:
        try:
            return make_risk(world, title=f"Concurrent {n}").number
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=6) as pool:
        numbers = list(pool.map(create, range(24)))
    assert sorted(numbers) == [f"R-{n:03d}" for n in range(1, 25)]


@pytest.mark.req("AT-2")
def test_an_edit_records_old_and_new_values_and_bumps_the_version(world):
    risk = make_risk(world)
    risk = services.risk_update(
        actor=world.pm_alice, risk=risk, likelihood=4, mitigation_plan="Second supplier"
    )
    assert (risk.likelihood, risk.score, risk.version) == (4, 16, 2)
    (event,) = _events(risk, "risks.risk.updated")
    assert '"likelihood":[3,4]' in event.changes
    assert '"mitigation_plan":["Weekly call with the supplier.","Second supplier"]' in (
        event.changes
    )
    assert "title" not in event.changes


@pytest.mark.req("DI-1")
def test_a_stale_edit_is_refused_and_changes_nothing(world):
    risk = make_risk(world)
    services.risk_update(actor=world.pm_alice, risk=risk, title="Renamed", version=1)
    with pytest.raises(ValidationError, match="Someone else changed this risk"):
        services.risk_update(actor=world.pm_alice, risk=risk, impact=5, version=1)
    risk.refresh_from_db()
    assert (risk.title, risk.impact, risk.version) == ("Renamed", 4, 2)


@pytest.mark.req("AT-2")
def test_closing_needs_a_reason_and_a_closed_risk_changes_only_with_one(world):
    risk = make_risk(world)
    with pytest.raises(ValidationError) as error:
        services.risk_close(actor=world.pm_alice, risk=risk, reason=" ")
    assert "reason" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        services.risk_update(actor=world.pm_alice, risk=risk, status=Risk.Status.CLOSED)
    assert "status" in error.value.message_dict

    risk = services.risk_close(actor=world.pm_alice, risk=risk, reason="Supplier delivered")
    (closed,) = _events(risk, "risks.risk.closed")
    assert closed.reason == "Supplier delivered"
    assert '"status":["open","closed"]' in closed.changes

    with pytest.raises(ValidationError) as error:
        services.risk_update(actor=world.pm_alice, risk=risk, title="Quietly renamed")
    assert "reason" in error.value.message_dict
    reopened = services.risk_update(
        actor=world.pm_alice, risk=risk, status=Risk.Status.OPEN, reason="Backlog is back"
    )
    assert reopened.status == Risk.Status.OPEN
    assert _events(risk, "risks.risk.updated")[0].reason == "Backlog is back"


@pytest.mark.req("AT-1")
def test_a_review_rescores_sets_the_next_date_and_is_audited(world):
    risk = make_risk(world, next_review_date=TODAY - dt.timedelta(days=3))
    next_review = TODAY + dt.timedelta(days=30)
    review = services.risk_review(
        actor=world.pm_alice,
        risk=risk,
        comment="Second source qualified; less likely now.",
        likelihood=2,
        next_review_date=next_review,
    )
    risk.refresh_from_db()
    assert (review.score_before, review.score) == (12, 8)
    assert (risk.likelihood, risk.impact, risk.next_review_date) == (2, 4, next_review)
    (event,) = _events(risk, "risks.risk.reviewed")
    assert event.reason == "Second source qualified; less likely now."
    assert '"likelihood":[3,2]' in event.changes and "next_review_date" in event.changes


def test_a_review_needs_a_comment_and_a_future_date(world):
    risk = make_risk(world)
    with pytest.raises(ValidationError) as error:
        services.risk_review(actor=world.pm_alice, risk=risk, comment="", next_review_date=TODAY)
    assert {"comment", "next_review_date"} <= set(error.value.message_dict)
    assert not risk.reviews.exists()


@pytest.mark.req("AZ-5")
def test_only_cdmo_staff_allowed_to_keep_the_register_write_to_it(world):
    with pytest.raises(PermissionDenied):
        make_risk(world, actor=world.qa_quinn)  # QA reads risks; the PM keeps the register
    with pytest.raises(PermissionDenied):
        make_risk(world, actor=world.sponsor_a_manager)
    with pytest.raises(ValidationError) as error:
        make_risk(world, owner=world.sponsor_a_contact)
    assert "owner" in error.value.message_dict


def test_affected_tasks_must_belong_to_the_same_project(world):
    plan_apply_template(actor=None, project=world.project_a, template_code="small_molecule_tt")
    plan_apply_template(actor=None, project=world.project_b, template_code="small_molecule_tt")
    own = world.project_b.tasks.get(name="Raw material sourcing and qualification")
    foreign = world.project_a.tasks.get(name="Analytical method transfer")
    risk = make_risk(world, affected_tasks=[own])
    assert list(risk.affected_tasks.all()) == [own]
    with pytest.raises(ValidationError) as error:
        services.risk_update(actor=world.pm_alice, risk=risk, affected_tasks=[own, foreign])
    assert "affected_tasks" in error.value.message_dict
    assert list(risk.affected_tasks.all()) == [own]


# --------------------------------------------------------------------------- reads


@pytest.mark.req("AZ-2")
@pytest.mark.req("AZ-3")
def test_sponsors_see_only_shared_risks_of_projects_they_may_see(world):
    shared, internal = add_world_risks(world)
    unstaffed = make_risk(
        world, world.project_a_unstaffed, title="Unstaffed shared", shared_with_sponsor=True
    )
    borealis = make_risk(world, world.project_b, title="Borealis shared", shared_with_sponsor=True)

    def visible(user) -> set[str]:
        return set(selectors.risks_visible_to(user).values_list("title", flat=True))

    assert visible(world.pm_alice) == {r.title for r in (shared, internal, unstaffed, borealis)}
    assert visible(world.qa_quinn) == visible(world.pm_alice)
    assert visible(world.sponsor_a_manager) == {shared.title, unstaffed.title}
    assert visible(world.sponsor_a_contact) == {shared.title}
    assert visible(world.sponsor_b_manager) == {borealis.title}

    page = client_for(world.sponsor_a_manager).get(
        reverse("risks:register", args=[world.project_a.pk])
    )
    body = page.content.decode()
    assert shared.title in body and internal.title not in body
    assert "New risk" not in body and "Shared with sponsor" not in body


@pytest.mark.req("AZ-2")
@pytest.mark.parametrize("persona", ["sponsor_b_manager", "sponsor_b_contact"])
def test_another_sponsor_gets_404_for_the_register_its_export_its_risks_and_the_api(world, persona):
    shared, _ = add_world_risks(world)
    other = client_for(getattr(world, persona))
    project = world.project_a.pk
    for url in (
        reverse("risks:register", args=[project]),
        reverse("risks:export", args=[project]),
        reverse("risks:detail", args=[shared.pk]),
        reverse("audit:history", args=["risks.risk", shared.pk]),
        f"/api/v1/projects/{project}/risks",
        f"/api/v1/risks/{shared.pk}",
    ):
        response = other.get(url)
        assert response.status_code == 404, url
        assert "Aurora" not in response.content.decode(), url


@pytest.mark.req("AZ-2")
@pytest.mark.req("AT-10")
def test_an_internal_risk_is_not_there_for_its_own_sponsor(world):
    shared, internal = add_world_risks(world)
    manager = client_for(world.sponsor_a_manager)
    assert manager.get(reverse("risks:detail", args=[shared.pk])).status_code == 200
    assert manager.get(reverse("risks:detail", args=[internal.pk])).status_code == 404
    assert manager.get(f"/api/v1/risks/{internal.pk}").status_code == 404
    assert manager.get(reverse("audit:history", args=["risks.risk", internal.pk])).status_code == (
        404
    )
    history = manager.get(reverse("audit:history", args=["risks.risk", shared.pk]))
    assert history.status_code == 200 and "Risk created" in history.content.decode()


@pytest.mark.req("AZ-1")
def test_staff_forms_refuse_sponsor_users_and_staff_without_the_permission(world):
    shared, _ = add_world_risks(world)
    urls = [
        reverse("risks:create", args=[world.project_a.pk]),
        reverse("risks:edit", args=[shared.pk]),
        reverse("risks:review", args=[shared.pk]),
        reverse("risks:close", args=[shared.pk]),
    ]
    for user in (world.sponsor_a_manager, world.qa_quinn):
        client = client_for(user)
        assert [client.get(url).status_code for url in urls] == [403] * 4
    staff = client_for(world.pm_alice)
    assert [staff.get(url).status_code for url in urls] == [200] * 4


def test_the_heat_map_counts_risks_that_are_not_closed_per_cell(world):
    make_risk(world, likelihood=4, impact=4)
    make_risk(world, likelihood=4, impact=4, title="Twin")
    make_risk(world, likelihood=2, impact=3, title="Small")
    closed = make_risk(world, likelihood=5, impact=5, title="Over")
    services.risk_close(actor=world.pm_alice, risk=closed, reason="Done")
    grid = selectors.risk_heat_map(
        selectors.risks_visible_to(world.pm_alice).filter(project=world.project_b)
    )
    assert [impact for impact, _ in grid] == [5, 4, 3, 2, 1]
    counts = {(c.likelihood, c.impact): c.count for _, cells in grid for c in cells}
    assert (counts[(4, 4)], counts[(2, 3)], counts[(5, 5)], sum(counts.values())) == (2, 1, 0, 3)

    client = client_for(world.pm_alice)
    page = client.get(reverse("risks:register", args=[world.project_b.pk])).content.decode()
    assert 'data-testid="heat-map"' in page
    assert "likelihood=4&amp;impact=4" in page and 'aria-label="2 risks with likelihood 4' in page
    cell = client.get(
        reverse("risks:register", args=[world.project_b.pk]),
        {"status": "live", "likelihood": 4, "impact": 4},
    ).content.decode()
    assert 'data-testid="risk-count">2 risks<' in cell and "Small" not in cell


def test_the_register_filters_sorts_and_marks_overdue_reviews(world):
    make_risk(world, title="Critical supply", likelihood=5, impact=4)
    make_risk(
        world,
        title="Late review",
        category=Risk.Category.PEOPLE,
        likelihood=1,
        impact=2,
        next_review_date=TODAY - dt.timedelta(days=2),
    )
    client = client_for(world.pm_alice)
    url = reverse("risks:register", args=[world.project_b.pk])
    page = client.get(url, {"level": "critical"}).content.decode()
    assert "Critical supply" in page and "Late review" not in page
    page = client.get(url, {"category": "people"}).content.decode()
    assert "Late review" in page and "Critical supply" not in page
    page = client.get(url, {"sort": "review"}).content.decode()
    assert page.index("Late review") < page.index("Critical supply")
    assert 'data-testid="overdue"' in page and 'data-testid="overdue-count">1<' in page
    assert client.get(url, {"level": "nonsense", "sort": "nonsense"}).status_code == 200


def test_overdue_reviews_are_those_i_own_or_whose_project_i_am_on(world):
    past = TODAY - dt.timedelta(days=1)
    a = world.project_a  # Quinn is on A's team, not on B's
    on_my_project = make_risk(world, a, title="On my project", next_review_date=past)
    mine_elsewhere = make_risk(
        world, title="Mine elsewhere", owner=world.qa_quinn, next_review_date=past
    )
    make_risk(world, title="Not mine", next_review_date=past)
    make_risk(world, a, title="Not due yet")
    closed = make_risk(world, a, title="Closed", next_review_date=past)
    services.risk_close(actor=world.pm_alice, risk=closed, reason="Gone")

    overdue = selectors.risks_overdue_for_review(world.qa_quinn)
    assert [r.title for r in overdue] == [on_my_project.title, mine_elsewhere.title]
    widget = selectors.overdue_reviews_widget(world.qa_quinn)
    assert (widget["count"], widget["more"]) == (2, 0)
    html = render_to_string(
        "risks/_overdue_reviews_card.html", {"overdue_reviews": widget, "user": world.qa_quinn}
    )
    assert "On my project" in html and "Not mine" not in html
    assert selectors.overdue_reviews_widget(world.sponsor_a_manager)["count"] == 0


def test_my_work_shows_my_overdue_risk_reviews(world):
    make_risk(world, title="Overdue on Borealis", next_review_date=TODAY - dt.timedelta(days=1))
    page = client_for(world.pm_alice).get(reverse("home:work")).content.decode()
    assert 'data-testid="overdue-reviews"' in page and "Overdue on Borealis" in page
    quiet = client_for(world.admin_ada).get(reverse("home:work")).content.decode()
    assert "No risk reviews overdue." in quiet


def test_the_csv_export_follows_the_filters_and_hides_sharing_from_sponsors(world):
    make_risk(world, title="Supply shared", shared_with_sponsor=True)
    make_risk(world, title="Supply internal")
    make_risk(world, title="=HYPERLINK(1)", category=Risk.Category.PEOPLE, shared_with_sponsor=True)
    url = reverse("risks:export", args=[world.project_b.pk])
    staff_rows = _csv(client_for(world.pm_alice).get(url, {"category": "supply"}))
    assert staff_rows[0][-1] == "Shared with sponsor"
    assert [row[1] for row in staff_rows[1:]] == ["Supply shared", "Supply internal"]
    sponsor_rows = _csv(client_for(world.sponsor_b_manager).get(url))
    assert "Shared with sponsor" not in sponsor_rows[0]
    assert sorted(row[1] for row in sponsor_rows[1:]) == ["'=HYPERLINK(1)", "Supply shared"]


# --------------------------------------------------------------------------- pages


def _form_data(world: World, **overrides) -> dict:
    data = {
        "title": "Filter integrity test fails",
        "category": "quality",
        "cause": "New filter supplier.",
        "effect": "Fill is delayed.",
        "likelihood": "2",
        "impact": "5",
        "owner": str(world.pm_alice.pk),
        "next_review_date": (TODAY + dt.timedelta(days=7)).isoformat(),
    }
    data.update(overrides)
    return data


@pytest.mark.req("RC-5")
def test_form_errors_appear_next_to_their_field_and_nothing_is_saved(world):
    client = client_for(world.pm_alice)
    url = reverse("risks:create", args=[world.project_b.pk])
    page = client.post(url, _form_data(world, title="", impact="9")).content.decode()
    assert 'id="id_title_error_1"' in page and 'id="id_impact_error_1"' in page
    page = client.post(url, _form_data(world, owner=str(world.sponsor_a_manager.pk)))
    assert 'id="id_owner_error_1"' in page.content.decode()
    assert not Risk.objects.filter(project=world.project_b).exists()

    response = client.post(url, _form_data(world, shared_with_sponsor="on"))
    risk = Risk.objects.get(project=world.project_b)
    assert response["Location"] == reverse("risks:detail", args=[risk.pk])
    assert risk.shared_with_sponsor and risk.score == 10

    review_url = reverse("risks:review", args=[risk.pk])
    data = {"likelihood": "2", "impact": "5", "next_review_date": "2020-01-01", "version": "1"}
    review = client.post(review_url, {**data, "comment": ""}).content.decode()
    assert 'id="id_comment_error_1"' in review
    review = client.post(review_url, {**data, "comment": "Checked"}).content.decode()
    assert 'id="id_next_review_date_error_1"' in review and "must be after today" in review
    assert not risk.reviews.exists()


@pytest.mark.req("AT-2")
def test_editing_a_closed_risk_on_the_page_asks_for_a_reason(world):
    risk = make_risk(world)
    services.risk_close(actor=world.pm_alice, risk=risk, reason="Done")
    client = client_for(world.pm_alice)
    data = _form_data(world, title="New title", status="closed", version=str(risk.version + 1))
    risk.refresh_from_db()
    data["version"] = str(risk.version)
    page = client.post(reverse("risks:edit", args=[risk.pk]), data).content.decode()
    assert 'id="id_reason_error_1"' in page
    data["reason"] = "Title was misleading"
    assert client.post(reverse("risks:edit", args=[risk.pk]), data).status_code == 302
    risk.refresh_from_db()
    assert risk.title == "New title" and risk.status == Risk.Status.CLOSED


def test_review_and_close_on_the_page(world):
    risk = make_risk(world)
    client = client_for(world.pm_alice)
    response = client.post(
        reverse("risks:review", args=[risk.pk]),
        {
            "comment": "Supplier confirmed the date.",
            "likelihood": "2",
            "impact": "4",
            "next_review_date": (TODAY + dt.timedelta(days=30)).isoformat(),
            "version": "1",
        },
    )
    assert response.status_code == 302
    page = client.get(reverse("risks:detail", args=[risk.pk])).content.decode()
    assert "Supplier confirmed the date." in page and "Score 12 → " in page
    page = client.post(reverse("risks:close", args=[risk.pk]), {"version": "2"}).content.decode()
    assert 'id="id_reason_error_1"' in page
    client.post(reverse("risks:close", args=[risk.pk]), {"version": "2", "reason": "Delivered"})
    risk.refresh_from_db()
    assert risk.status == Risk.Status.CLOSED


def test_the_sponsor_sees_a_shared_risk_without_internal_marks_or_staff_actions(world):
    shared, _ = add_world_risks(world)
    page = client_for(world.sponsor_a_contact).get(reverse("risks:detail", args=[shared.pk]))
    body = page.content.decode()
    assert shared.title in body and "Weekly call with the supplier." in body
    for staff_only in ("Record review", "Edit", "Close risk", "Shared with sponsor", "internal"):
        assert staff_only not in body, staff_only
    staff_body = client_for(world.pm_alice).get(reverse("risks:detail", args=[shared.pk]))
    assert "Record review" in staff_body.content.decode()


def test_the_project_card_shows_the_top_shared_risks_to_the_sponsor(world):
    shared, internal = add_world_risks(world)
    user = world.sponsor_a_manager
    risks = selectors.project_risks_for_card(user, world.project_a)
    html = render_to_string(
        "risks/_project_risks_card.html", {"risks": risks, "project": world.project_a, "user": user}
    )
    assert shared.title in html and internal.title not in html
    assert reverse("risks:register", args=[world.project_a.pk]) in html


# --------------------------------------------------------------------------- API


def test_the_api_lists_filters_and_shows_risks(world):
    shared = make_risk(world, title="Borealis shared", shared_with_sponsor=True)
    internal = make_risk(world, title="Borealis internal", likelihood=4)
    make_risk(world, title="Low one", likelihood=1, impact=1)
    url = f"/api/v1/projects/{world.project_b.pk}/risks"
    staff = client_for(world.pm_alice)
    listing = staff.get(url, {"min_score": 10}).json()
    assert listing["count"] == 2
    first = listing["items"][0]
    assert (first["number"], first["score"], first["level"]) == ("R-001", 12, "high")
    assert first["owner"]["printed_name"] == "Alice Morgan"
    sponsor = client_for(world.sponsor_b_contact)
    listing = sponsor.get(url).json()
    assert [item["title"] for item in listing["items"]] == [shared.title]
    bad = staff.get(url, {"status": "nonsense"})
    assert bad.status_code == 422
    assert staff.get(f"/api/v1/risks/{internal.pk}").json()["shared_with_sponsor"] is False
