"""No lost updates, as people and clients meet it: the task page, the Gantt chart, the
API's ETag / If-Match, and eight people saving the same task at the same moment.

The record-by-record refusals are in ``test_stale_edits.py``.
"""

from __future__ import annotations

import datetime as dt
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from accord.accounts import services as account_services
from accord.audit.models import AuditEvent
from accord.core import concurrency
from accord.planning import services as planning
from accord.planning.models import Task
from accord.projects import services as projects
from accord.projects.models import ProjectDocument
from accord.risks import services as services_risks
from accord.risks.models import Risk
from accord.signatures.models import Signature
from tests.conftest import World, client_for
from tests.factories import PASSWORD, UserFactory
from tests.test_planning import _plan
from tests.test_risks import _form_data as _risk_form
from tests.test_risks import make_risk
from tests.test_signatures import _submit

pytestmark = pytest.mark.req("DI-1")


def _task_form(task: Task, **changes) -> dict:
    """What the task page posts: the whole form, as the editor's browser sends it."""
    data = {
        "name": task.name,
        "wbs": task.wbs,
        "kind": task.kind,
        "parent": task.parent_id or "",
        "department": task.department,
        "duration_days": task.duration_days,
        "calendar": task.calendar,
        "percent_complete": task.percent_complete,
        "constraint_type": task.constraint_type,
        "reason": "",
        "version": task.version,
    }
    data.update(changes)
    return {key: "" if value is None else value for key, value in data.items()}


def _planner(world: World, username: str):
    """Another project manager on project A's team."""
    planner = UserFactory(
        organization=world.cdmo,
        username=username,
        first_name="Planner",
        last_name=username.split(".")[-1].capitalize(),
        role_codes=("project_manager",),
        site=world.site,
    )
    world.project_a.memberships.create(user=planner)
    return planner


def _events(task: Task) -> int:
    return AuditEvent.objects.filter(action="planning.task.updated", target_id=str(task.pk)).count()


# --------------------------------------------------------------------------- the page


def test_the_task_page_refuses_a_stale_save_and_keeps_what_was_typed(world):
    """Alice and Petra open the same task. Petra saves a longer duration; Alice, still on
    the old page, renames it and saves the whole form: her save would silently put the
    old duration back. It is refused with 409, her new name is still in the form, and the
    page shows the duration as stored now next to what her form says."""
    task = _plan(world)["development"]
    url = reverse("planning:task_edit", args=[task.pk])
    alice, petra = client_for(world.pm_alice), client_for(_planner(world, "pm.petra"))
    opened = _task_form(task)  # both pages carry the same version

    saved = petra.post(url, {**opened, "duration_days": task.duration_days + 10})
    assert saved.status_code == 302
    events = _events(task)

    stale = alice.post(url, {**opened, "name": "Process development (two routes)"})
    assert stale.status_code == 409
    page = stale.content.decode()
    assert "Someone else changed this task while you were editing it" in page
    assert "your changes were not saved" in page
    assert 'value="Process development (two routes)"' in page
    assert 'data-testid="stale-differences"' in page
    assert f"<td>{task.duration_days + 10}</td><td>{task.duration_days}</td>" in page

    stored = Task.objects.get(pk=task.pk)
    assert stored.name == task.name and stored.duration_days == task.duration_days + 10
    assert _events(task) == events

    # Reloaded, the page carries the new version and Alice's rename goes through.
    fresh = _task_form(stored, name="Process development (two routes)")
    assert alice.post(url, fresh).status_code == 302
    stored = Task.objects.get(pk=task.pk)
    assert (stored.name, stored.duration_days) == (
        "Process development (two routes)",
        task.duration_days + 10,
    )


def test_the_risk_page_shows_the_refusal_and_the_differences_too(world):
    risk = make_risk(world, project=world.project_a)
    data = _risk_form(world, title="Filter supplier may fail", status="open", version=risk.version)
    services_risks.risk_update(
        actor=world.pm_alice, risk=risk, version=risk.version, impact=2, likelihood=2
    )
    page = client_for(world.pm_alice).post(reverse("risks:edit", args=[risk.pk]), data)
    assert page.status_code == 409
    text = page.content.decode()
    assert "Someone else changed this risk while you were editing it" in text
    assert 'value="Filter supplier may fail"' in text
    assert "<td>Impact</td>" in text
    assert Risk.objects.get(pk=risk.pk).title == risk.title


def test_a_form_without_its_version_is_refused(world):
    task = _plan(world)["development"]
    data = _task_form(task, name="Renamed")
    del data["version"]
    response = client_for(world.pm_alice).post(reverse("planning:task_edit", args=[task.pk]), data)
    assert response.status_code == 200
    assert "lost the version it was opened at" in response.content.decode()
    assert Task.objects.get(pk=task.pk).name == task.name


def test_the_gantt_refuses_a_drag_from_a_stale_chart(world):
    task = _plan(world)["gmp"]
    alice = client_for(world.pm_alice)
    chart = alice.get(reverse("planning:gantt_data", args=[world.project_a.pk]))
    row = next(r for r in chart.json()["tasks"] if r["pk"] == task.pk)
    assert row["version"] == task.version
    planning.task_update(
        actor=_planner(world, "pm.petra"), task=task, version=task.version, duration_days=40
    )

    url = reverse("planning:task_move", args=[task.pk])
    later = task.early_start + dt.timedelta(days=14)
    body = {"start": later.isoformat(), "version": row["version"]}
    moved = client_for(world.pm_alice).post(url, body, content_type="application/json")
    assert moved.status_code == 409
    assert "Someone else changed" in moved.json()["detail"]
    assert "nothing was moved" in moved.json()["detail"]
    assert Task.objects.get(pk=task.pk).constraint_type == ""
    without = client_for(world.pm_alice).post(
        url, {"start": body["start"]}, content_type="application/json"
    )
    assert without.status_code == 422


# --------------------------------------------------------------------------- the API


def _api(user) -> Client:
    _, secret = account_services.api_token_create(actor=user, name="concurrency")
    return Client(HTTP_AUTHORIZATION=f"Bearer {secret}")


def _approval(**extra) -> dict:
    return {
        "meaning": "approved",
        "username": "qa.quinn",
        "password": PASSWORD,
        "acknowledge": True,
        **extra,
    }


def _approve_url(document: ProjectDocument) -> str:
    return f"/api/v1/documents/{document.pk}/transitions/approve"


@pytest.fixture
def in_review(world: World) -> ProjectDocument:
    return _submit(world, world.doc_a_shared)


def _changed_meanwhile(world: World, document: ProjectDocument) -> None:
    projects.document_update(
        actor=world.pm_alice,
        document=document,
        title=document.title,
        visibility="internal",
        reason="Not for the sponsor yet",
        version=document.edit_version,
    )


def test_a_document_carries_its_version_as_etag(world, in_review):
    response = _api(world.qa_quinn).get(f"/api/v1/documents/{in_review.pk}")
    assert response["ETag"] == f'"{in_review.edit_version}"'
    assert response.json()["edit_version"] == in_review.edit_version


def test_if_match_with_the_current_etag_signs_and_answers_the_new_etag(world, in_review):
    client = _api(world.qa_quinn)
    etag = client.get(f"/api/v1/documents/{in_review.pk}")["ETag"]
    response = client.post(
        _approve_url(in_review), _approval(), content_type="application/json", HTTP_IF_MATCH=etag
    )
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "approved"
    assert response["ETag"] == f'"{in_review.edit_version + 1}"'


def test_a_stale_if_match_answers_412_and_nothing_is_signed(world, in_review):
    client = _api(world.qa_quinn)
    etag = client.get(f"/api/v1/documents/{in_review.pk}")["ETag"]
    _changed_meanwhile(world, in_review)
    signatures = Signature.objects.count()
    response = client.post(
        _approve_url(in_review), _approval(), content_type="application/json", HTTP_IF_MATCH=etag
    )
    assert response.status_code == 412
    body = response.json()
    assert body["code"] == "precondition_failed" and "Someone else changed" in body["detail"]
    assert body["errors"][0]["field"] == "If-Match"
    assert response["ETag"] == f'"{in_review.edit_version + 1}"'
    assert ProjectDocument.objects.get(pk=in_review.pk).status == "in_review"
    assert Signature.objects.count() == signatures


def test_a_stale_version_in_the_body_answers_409(world, in_review):
    _changed_meanwhile(world, in_review)
    response = _api(world.qa_quinn).post(
        _approve_url(in_review),
        _approval(edit_version=in_review.edit_version),
        content_type="application/json",
    )
    assert response.status_code == 409
    assert response.json()["code"] == "stale_version"
    assert response.json()["errors"] == [
        {
            "field": "edit_version",
            "message": f"The current edit_version is {in_review.edit_version + 1}.",
        }
    ]
    assert ProjectDocument.objects.get(pk=in_review.pk).status == "in_review"


@pytest.mark.parametrize("if_match", ['W/"2"', '"two"', "2"])
def test_a_weak_or_malformed_if_match_never_matches(world, in_review, if_match):
    assert in_review.edit_version == 2
    response = _api(world.qa_quinn).post(
        _approve_url(in_review),
        _approval(),
        content_type="application/json",
        HTTP_IF_MATCH=if_match,
    )
    assert response.status_code == 412
    assert ProjectDocument.objects.get(pk=in_review.pk).status == "in_review"


def test_a_write_that_names_no_version_answers_428(world, in_review):
    response = _api(world.qa_quinn).post(
        _approve_url(in_review), _approval(), content_type="application/json"
    )
    assert response.status_code == 428
    assert response.json()["code"] == "precondition_required"
    assert ProjectDocument.objects.get(pk=in_review.pk).status == "in_review"


def test_if_match_star_applies_whatever_the_version(world, in_review):
    _changed_meanwhile(world, in_review)
    response = _api(world.qa_quinn).post(
        _approve_url(in_review), _approval(), content_type="application/json", HTTP_IF_MATCH="*"
    )
    assert response.status_code == 200


def test_if_match_and_a_different_body_version_are_refused_as_input(world, in_review):
    response = _api(world.qa_quinn).post(
        _approve_url(in_review),
        _approval(edit_version=in_review.edit_version + 5),
        content_type="application/json",
        HTTP_IF_MATCH=f'"{in_review.edit_version}"',
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "version"


def test_every_record_detail_of_the_api_carries_its_version_as_etag(world):
    client = _api(world.pm_alice)
    details = {
        f"/api/v1/projects/{world.project_a.pk}": world.project_a,
        f"/api/v1/risks/{world.risk_a_internal.pk}": world.risk_a_internal,
        f"/api/v1/delays/{world.delay_a_internal.pk}": world.delay_a_internal,
        f"/api/v1/change-orders/{world.change_order_a_sent.pk}": world.change_order_a_sent,
        f"/api/v1/meetings/{world.meeting_a_internal.pk}": world.meeting_a_internal,
        f"/api/v1/status-reports/{world.status_report_a_published.pk}": (
            world.status_report_a_published
        ),
        f"/api/v1/rfps/{world.rfp_a.pk}": world.rfp_a,
        f"/api/v1/proposals/{world.proposal_a.pk}": world.proposal_a,
        f"/api/v1/proposal-revisions/{world.revision_a_sent.pk}": world.revision_a_sent,
    }
    for url, record in details.items():
        response = client.get(url)
        assert response.status_code == 200, url
        stored = type(record).objects.get(pk=record.pk)
        assert response["ETag"] == concurrency.etag(stored), url


# --------------------------------------------------------------------------- at once


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_eight_people_saving_the_same_task_at_once_give_one_save_and_seven_refusals(world):
    """Real concurrency needs PostgreSQL: SQLite admits one writer at a time anyway.

    Eight planners opened the task page at the same version, each changes the name, and
    all press Save at the same instant (a barrier releases their requests together).
    Exactly one is saved; the seven others are told someone else changed the task, and
    the stored task is the one saved change, with one audit event.
    """
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: eight writers on one row at the same moment")
    task = _plan(world)["development"]
    url = reverse("planning:task_edit", args=[task.pk])
    opened = _task_form(task)
    planners = [_planner(world, f"planner.{n}") for n in range(8)]
    clients = [client_for(planner) for planner in planners]
    events = _events(task)
    start = threading.Barrier(len(clients))

    def save(n: int) -> int:
        try:
            start.wait()
            return clients[n].post(url, {**opened, "name": f"Renamed by planner {n}"}).status_code
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=len(clients)) as pool:
        answers = list(pool.map(save, range(len(clients))))

    assert sorted(answers) == [302] + [409] * 7
    winner = answers.index(302)
    stored = Task.objects.get(pk=task.pk)
    assert stored.name == f"Renamed by planner {winner}"
    assert stored.version == task.version + 1
    assert _events(task) == events + 1
    event = AuditEvent.objects.filter(
        action="planning.task.updated", target_id=str(task.pk)
    ).latest("seq")
    assert event.actor_username == planners[winner].username
