"""Writes the service and improvement pillars' pages had and their APIs lacked: taking
kudos back, closing a survey early, editing a lesson, editing and cancelling an
initiative. Each calls the page's service, with the page's permissions; a stale version
is refused and bad input names its field, with nothing written."""

from __future__ import annotations

import datetime as dt
from dataclasses import fields

import pytest

from accord.accounts.models import User
from accord.audit.models import AuditEvent
from accord.improvement.models import Initiative
from accord.lessons import services as lessons
from accord.lessons.models import Lesson
from accord.recognition import services as recognition
from accord.recognition.models import Kudos
from accord.surveys.models import Survey
from tests.conftest import World, client_for
from tests.test_cross_tenant import _aurora_initiative, _aurora_survey

pytestmark = pytest.mark.django_db

JSON = "application/json"


def _staff_with(world: World, permission: str) -> User:
    for f in fields(world):
        user = getattr(world, f.name)
        if isinstance(user, User) and user.is_cdmo_staff and user.has_perm(permission):
            return user
    raise AssertionError(f"nobody in the world may {permission}")


def _errors(response) -> set[str]:
    return {error["field"] for error in response.json()["errors"]}


# --------------------------------------------------------------------------- kudos


def _kudos(world: World) -> Kudos:
    return recognition.kudos_give(
        actor=world.sponsor_a_manager,
        recipient=world.qa_quinn,
        message="Thanks for the quick batch record review.",
        category="responsiveness",
    )


def test_the_giver_takes_kudos_back_within_the_hour(world):
    kudos = _kudos(world)
    giver = client_for(world.sponsor_a_manager)
    response = giver.post(f"/api/v1/kudos/{kudos.pk}/withdraw")
    assert response.status_code == 200, response.content
    kudos.refresh_from_db()
    assert kudos.is_withdrawn
    assert giver.get(f"/api/v1/kudos/{kudos.pk}").status_code == 404
    assert AuditEvent.objects.filter(action__contains="withdraw", channel="api").exists()


def test_kudos_stand_after_the_hour_and_for_anyone_but_the_giver(world):
    kudos = _kudos(world)
    contact = client_for(world.sponsor_a_contact)
    assert contact.post(f"/api/v1/kudos/{kudos.pk}/withdraw").status_code in (403, 404)
    assert (
        client_for(world.sponsor_b_manager).post(f"/api/v1/kudos/{kudos.pk}/withdraw").status_code
        == 404
    )
    # Given two hours ago: they stand.
    Kudos.objects.filter(pk=kudos.pk).update(given_at=kudos.given_at - dt.timedelta(hours=2))
    late = client_for(world.sponsor_a_manager).post(f"/api/v1/kudos/{kudos.pk}/withdraw")
    assert late.status_code == 422 and "within an hour" in late.content.decode()
    kudos.refresh_from_db()
    assert not kudos.is_withdrawn


# --------------------------------------------------------------------------- surveys


def test_staff_close_a_survey_early_with_a_reason_and_its_version(world):
    survey = _aurora_survey(world)
    closer = client_for(_staff_with(world, "surveys.close_survey"))
    url = f"/api/v1/surveys/{survey.pk}"
    etag = closer.get(url)["ETag"]
    missing = closer.post(f"{url}/close", {"reason": ""}, content_type=JSON)
    assert missing.status_code == 422 and _errors(missing) == {"reason"}
    stale = closer.post(
        f"{url}/close", {"reason": "Sent twice"}, content_type=JSON, headers={"If-Match": '"99"'}
    )
    assert stale.status_code == 412
    survey.refresh_from_db()
    assert survey.state == "open"
    closed = closer.post(
        f"{url}/close", {"reason": "Sent twice"}, content_type=JSON, headers={"If-Match": etag}
    )
    assert closed.status_code == 200, closed.content
    assert closed.json()["state"] == "closed" and closed["ETag"] != etag
    again = closer.post(
        f"{url}/close", {"reason": "Again"}, content_type=JSON, headers={"If-Match": "*"}
    )
    assert again.status_code == 409


def test_a_sponsor_user_never_closes_a_survey(world):
    survey = _aurora_survey(world)
    response = client_for(world.sponsor_a_manager).post(
        f"/api/v1/surveys/{survey.pk}/close", {"reason": "No"}, content_type=JSON
    )
    assert response.status_code == 403
    assert Survey.objects.get(pk=survey.pk).state == "open"


# --------------------------------------------------------------------------- lessons


def _lesson(world: World) -> Lesson:
    from tests.test_cross_tenant import _aurora_deviation

    return lessons.lesson_record(
        actor=world.qa_quinn,
        source_kind="deviation",
        source=_aurora_deviation(world),
        title="Check the chamber alarms weekly",
        what_happened="A temperature excursion went unnoticed overnight.",
        recommendation="Test the alarm every week.",
        cause="quality_system",
    )


def test_a_lesson_is_edited_through_the_api_and_a_published_one_needs_a_reason(world):
    lesson = _lesson(world)
    editor = client_for(_staff_with(world, "lessons.change_lesson"))
    url = f"/api/v1/lessons/{lesson.pk}"
    etag = editor.get(url)["ETag"]
    changed = editor.patch(
        url,
        {"title": "Test the chamber alarms weekly", "phase": "clinical"},
        content_type=JSON,
        headers={"If-Match": etag},
    )
    assert changed.status_code == 200, changed.content
    body = changed.json()
    assert body["title"] == "Test the chamber alarms weekly" and body["phase"] == "clinical"
    assert body["recommendation"] == "Test the alarm every week."  # not sent, not changed
    stale = editor.patch(url, {"title": "Other"}, content_type=JSON, headers={"If-Match": etag})
    assert stale.status_code == 412
    no_cause = editor.patch(url, {"cause": None}, content_type=JSON, headers={"If-Match": "*"})
    assert no_cause.status_code == 422 and _errors(no_cause) == {"cause"}

    lessons.lesson_publish(actor=world.qa_quinn, lesson=Lesson.objects.get(pk=lesson.pk))
    unexplained = editor.patch(
        url, {"title": "Later"}, content_type=JSON, headers={"If-Match": "*"}
    )
    assert unexplained.status_code == 422 and _errors(unexplained) == {"reason"}
    assert Lesson.objects.get(pk=lesson.pk).title == "Test the chamber alarms weekly"


def test_sponsor_users_never_edit_a_lesson(world):
    lesson = _lesson(world)
    response = client_for(world.sponsor_a_manager).patch(
        f"/api/v1/lessons/{lesson.pk}", {"title": "x"}, content_type=JSON
    )
    assert response.status_code == 403


# --------------------------------------------------------------------------- initiatives


def test_an_initiative_is_edited_and_cancelled_through_the_api(world):
    initiative = _aurora_initiative(world)
    lead = client_for(_staff_with(world, "improvement.change_initiative"))
    url = f"/api/v1/improvement/initiatives/{initiative.pk}"
    etag = lead.get(url)["ETag"]
    edited = lead.patch(
        url,
        {"title": "Aurora batch release right first time", "target_value": "95"},
        content_type=JSON,
        headers={"If-Match": etag},
    )
    assert edited.status_code == 200, edited.content
    assert edited.json()["title"] == "Aurora batch release right first time"
    bad = lead.patch(url, {"owner_id": None}, content_type=JSON, headers={"If-Match": "*"})
    assert bad.status_code == 422 and _errors(bad) == {"owner_id"}
    stale = lead.post(
        f"{url}/cancel", {"reason": "Merged"}, content_type=JSON, headers={"If-Match": etag}
    )
    assert stale.status_code == 412
    cancelled = lead.post(
        f"{url}/cancel",
        {"reason": "Merged into the site's release programme"},
        content_type=JSON,
        headers={"If-Match": edited["ETag"]},
    )
    assert cancelled.status_code == 200, cancelled.content
    assert Initiative.objects.get(pk=initiative.pk).status == "cancelled"
    closed = lead.patch(url, {"title": "Too late"}, content_type=JSON, headers={"If-Match": "*"})
    assert closed.status_code == 422
    assert Initiative.objects.get(pk=initiative.pk).title == "Aurora batch release right first time"


def test_sponsor_users_never_edit_an_initiative(world):
    initiative = _aurora_initiative(world)
    manager = client_for(world.sponsor_a_manager)
    url = f"/api/v1/improvement/initiatives/{initiative.pk}"
    assert manager.patch(url, {"title": "x"}, content_type=JSON).status_code == 403
    assert manager.post(f"{url}/cancel", {"reason": "x"}, content_type=JSON).status_code == 403
