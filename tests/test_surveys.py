"""Sponsor satisfaction surveys: a satisfaction survey (CSAT, 1 to 5) after a concern the
sponsor confirmed resolved and after a milestone the settings name, a relationship survey
(NPS, 0 to 10, with six ratings) each quarter and when a project is completed; answered
once per person in the portal, through the API or through the e-mail's one-time link; a
low score opens a follow-up for the account owner; reminders, closing, and the results
staff read, counted by hand below."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import threading
from contextlib import contextmanager
from zoneinfo import ZoneInfo

import pytest
from django.core import mail, signing
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, connection, connections, transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from accord.audit.models import AuditEvent
from accord.clients import services as client_services
from accord.clients.models import FollowUp
from accord.core import clock
from accord.notifications.models import Notification
from accord.planning import services as planning_services
from accord.projects import services as project_services
from accord.service import services as concern_services
from accord.surveys import links, services, sweeps
from accord.surveys.models import (
    Survey,
    SurveyInvitation,
    SurveyResponse,
    SurveySettings,
    SurveyState,
)
from accord.surveys.results import csat_numbers, nps_numbers
from tests.conftest import World, build_world, client_for
from tests.factories import UserFactory, lessons_review_submitted

ZURICH = ZoneInfo("Europe/Zurich")


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=ZURICH)


@contextmanager
def moment(text: str):
    """Run the block at a past moment (Zurich time), as the demo's story clock does."""
    with clock.story_clock(), clock.story_moment(at(text)):
        yield


def closed_concern(world: World, *, title: str = "Aurora batch schedule keeps moving"):
    """A concern sponsor A's manager raised on project A (owned by its project manager),
    resolved and confirmed: its satisfaction survey goes out on confirmation."""
    concern = concern_services.concern_raise(
        actor=world.sponsor_a_manager,
        sponsor=world.sponsor_a,
        project=world.project_a,
        title=title,
        description="Aurora Therapeutics needs a firm date.",
        category="schedule",
        urgency="high",
    )
    concern_services.concern_contact(
        actor=world.pm_alice,
        concern=concern,
        how="call",
        summary="Walked through the plan.",
        containment="Slot reserved.",
    )
    concern_services.concern_resolve(
        actor=world.pm_alice, concern=concern, resolution="The batch date is fixed."
    )
    return concern_services.concern_confirm(actor=world.sponsor_a_manager, concern=concern)


def concern_survey(world: World) -> Survey:
    return Survey.objects.get(concern=closed_concern(world))


def milestone(world: World, name: str, *, kind: str = "milestone", project=None):
    """A milestone of project A's plan (whose status date is set: progress is recorded
    up to it)."""
    project = project or world.project_a
    project.refresh_from_db()
    if project.data_date is None:
        project_services.project_update(
            actor=world.pm_alice, project=project, data_date=dt.date(2026, 3, 9)
        )
    return planning_services.task_create(
        actor=world.pm_alice, project=project, name=name, kind=kind
    )


def reach(world: World, task) -> None:
    planning_services.task_update(
        actor=world.pm_alice,
        task=task,
        actual_start=dt.date(2026, 3, 2),
        actual_finish=dt.date(2026, 3, 2),
    )


def sponsor_people(world: World, count: int, *, role: str = "sponsor_manager", org=None):
    org = org or world.sponsor_a
    return [
        UserFactory(
            organization=org,
            username=f"{org.short_name.lower()}.{role}.{n}",
            first_name="Pat",
            last_name=f"{org.short_name} {n}",
            role_codes=(role,),
        )
        for n in range(count)
    ]


def answer(survey: Survey, person, score: int, **fields) -> SurveyResponse:
    return services.survey_answer(actor=person, survey=survey, score=score, **fields)


def account_owner(world: World, person) -> None:
    client_services.sponsor_profile_save(
        actor=world.pm_alice, sponsor=world.sponsor_a, account_owner=person
    )


def bd(world: World, username: str = "bd.bea"):
    return UserFactory(
        organization=world.cdmo,
        username=username,
        first_name="Bea",
        last_name="Okafor",
        role_codes=("business_development",),
        site=world.site,
    )


# --------------------------------------------------------------------------- sending


@pytest.mark.req("AT-1")
def test_a_confirmed_concern_asks_whoever_raised_it_how_satisfied_they_are(world):
    concern = closed_concern(world)
    survey = Survey.objects.get(concern=concern)
    assert survey.kind == "csat" and survey.trigger == "concern" and survey.is_open
    assert survey.title == f"{concern.number} Aurora batch schedule keeps moving"
    assert survey.owner == world.pm_alice  # the concern's owner: whose service it rates
    assert survey.project == world.project_a and survey.sponsor == world.sponsor_a
    assert [i.recipient for i in survey.invitations.all()] == [world.sponsor_a_manager]
    assert survey.closes_at - survey.sent_at == dt.timedelta(days=15)  # 5 days, 2 reminders
    [invited] = Notification.objects.filter(kind="survey_invitation")
    assert invited.recipient == world.sponsor_a_manager
    assert invited.title == f"Your opinion, please: {survey.title}"
    assert invited.url == reverse("surveys:answer", args=[survey.pk])
    event = AuditEvent.objects.get(action="surveys.survey.sent")
    assert event.actor_name == "Accord (system)" and event.sponsor_id == world.sponsor_a.pk
    assert "Maya Aurora" in event.changes and "Maya Aurora" in event.reason
    # Once per concern, whoever asks again.
    concern.refresh_from_db()
    assert services.csat_send_for_concern(concern=concern) is None
    assert Survey.objects.count() == 1


def test_only_a_closed_concern_has_a_survey(world):
    concern = concern_services.concern_raise(
        actor=world.sponsor_a_manager,
        sponsor=world.sponsor_a,
        title="Aurora invoice terms",
        description="Net 30 please.",
        category="commercial",
        urgency="low",
    )
    with pytest.raises(ValidationError, match="follows its confirmed resolution"):
        services.csat_send_for_concern(concern=concern)
    assert not Survey.objects.exists()


def test_a_concern_survey_is_not_sent_when_the_settings_say_no(world):
    services.survey_settings_save(actor=world.admin_ada, version=1, concern_csat=False)
    closed_concern(world)
    assert not Survey.objects.exists()


def test_a_milestone_the_settings_name_asks_the_sponsors_people_on_the_project(world):
    signed = milestone(world, "Quality agreement signed")
    reach(world, signed)
    assert not Survey.objects.exists()  # no word of the settings in its name
    released = milestone(world, "Batch released (CoA issued)")
    reach(world, released)
    survey = Survey.objects.get(milestone=released)
    assert survey.title == "AUR-101-TT: Batch released (CoA issued)"
    assert survey.owner == world.pm_alice  # the project manager
    # Sponsor A's contact is on the project's team; its manager is not asked then.
    assert [i.recipient for i in survey.invitations.all()] == [world.sponsor_a_contact]
    assert "up to “Batch released (CoA issued)”" in survey.question
    # A second milestone while the first survey is open is not asked about.
    second = milestone(world, "Tech transfer complete")
    reach(world, second)
    assert Survey.objects.count() == 1
    # Decision points only when the settings say so.
    services.survey_settings_save(
        actor=world.admin_ada, version=1, milestone_kinds=["decision"], milestone_words=""
    )
    services.survey_close(
        actor=world.admin_ada, survey=survey, reason="Asked in the review meeting instead"
    )
    go = milestone(world, "Go/no-go for GMP", kind="decision")
    reach(world, go)
    assert Survey.objects.filter(milestone=go).exists()


def test_progress_recorded_for_many_tasks_sends_the_milestone_survey_too(world):
    task = milestone(world, "Engineering batch complete")
    planning_services.plan_progress_record(
        actor=world.pm_alice,
        project=world.project_a,
        data_date=dt.date(2026, 3, 9),
        progress={
            task: {"actual_start": dt.date(2026, 3, 2), "actual_finish": dt.date(2026, 3, 2)}
        },
    )
    assert Survey.objects.filter(milestone=task, kind="csat").exists()


def test_a_completed_project_asks_its_sponsor_people_and_managers_to_recommend_us(world):
    lessons_review_submitted(actor=world.pm_alice, project=world.project_a)
    project_services.project_update(
        actor=world.pm_alice, project=world.project_a, status="completed"
    )
    survey = Survey.objects.get(trigger="project_closed")
    assert survey.kind == "nps" and survey.project == world.project_a
    asked = {i.recipient for i in survey.invitations.all()}
    assert asked == {world.sponsor_a_contact, world.sponsor_a_manager}
    assert survey.question == "How likely are you to recommend us to a colleague?"
    with pytest.raises(ValidationError, match="follows its completion"):
        services.nps_send_for_project(project=world.project_b)


def test_the_quarterly_sweep_asks_each_running_sponsor_once_a_quarter(world):
    assert sweeps.relationship_survey_sweep(now=at("2026-04-01 08:30")) == 2  # A and B
    surveys = Survey.objects.filter(trigger="quarterly").order_by("sponsor__name")
    assert [s.title for s in surveys] == [
        "Aurora Therapeutics, Q2 2026",
        "Borealis Pharma, Q2 2026",
    ]
    assert {s.quarter for s in surveys} == {"2026-Q2"}
    a = surveys[0]
    assert a.sent_at == at("2026-04-01 08:30")
    assert [i.recipient for i in a.invitations.all()] == [world.sponsor_a_manager]
    # The sweep runs every day: nothing more in the same quarter.
    assert sweeps.relationship_survey_sweep(now=at("2026-04-02 08:30")) == 0
    assert sweeps.relationship_survey_sweep(now=at("2026-06-30 08:30")) == 0
    assert sweeps.relationship_survey_sweep(now=at("2026-07-01 08:30")) == 2
    assert Survey.objects.filter(trigger="quarterly").count() == 4
    # The database refuses a second one of a quarter too.
    with pytest.raises(IntegrityError), transaction.atomic():
        Survey.objects.create(
            kind="nps",
            trigger="quarterly",
            sponsor=world.sponsor_a,
            title="Again",
            quarter="2026-Q2",
            closes_at=timezone.now(),
        )


def test_a_sponsor_without_a_running_project_is_not_asked_each_quarter(world):
    project_services.project_update(actor=world.pm_alice, project=world.project_b, status="on_hold")
    lessons_review_submitted(actor=world.pm_alice, project=world.project_b)
    project_services.project_update(
        actor=world.pm_alice, project=world.project_b, status="cancelled"
    )
    assert sweeps.relationship_survey_sweep(now=at("2026-04-01 08:30")) == 1
    assert Survey.objects.get().sponsor == world.sponsor_a
    services.survey_settings_save(actor=world.admin_ada, version=1, quarterly_nps=False)
    assert sweeps.relationship_survey_sweep(now=at("2026-07-01 08:30")) == 0


# --------------------------------------------------------------------------- answering


def test_each_person_answers_once(world):
    survey = concern_survey(world)
    answer(survey, world.sponsor_a_manager, 4, comment="Quick and clear.")
    invitation = SurveyInvitation.objects.get(survey=survey)
    assert invitation.answered_at is not None
    with pytest.raises(ValidationError, match="each person answers once"):
        answer(survey, world.sponsor_a_manager, 5)
    # The database refuses a second answer whatever the path.
    with pytest.raises(IntegrityError), transaction.atomic():
        SurveyResponse.objects.create(
            survey=survey, respondent=world.sponsor_a_manager, score=5, channel="portal"
        )
    assert SurveyResponse.objects.count() == 1
    # Only the people asked answer.
    with pytest.raises(PermissionDenied, match="not sent to you"):
        answer(survey, world.sponsor_a_contact, 5)
    with pytest.raises(PermissionDenied):
        answer(survey, world.pm_alice, 5)


@pytest.mark.req("RC-5")
@pytest.mark.req("DI-5")
def test_bad_answers_name_the_problem_and_change_nothing(world):
    survey = concern_survey(world)
    manager = world.sponsor_a_manager
    with pytest.raises(ValidationError) as refused:
        answer(survey, manager, 2)
    assert refused.value.message_dict == {
        "reason": ["Tell us the main reason for a low score: it is where we start."]
    }
    with pytest.raises(ValidationError) as refused:
        answer(survey, manager, 1, reason="other")
    assert set(refused.value.message_dict) == {"comment"}
    with pytest.raises(ValidationError) as refused:
        answer(survey, manager, 7, reason="weather")
    assert refused.value.message_dict == {
        "score": ["Choose a score from 1 (very dissatisfied) to 5 (very satisfied)."],
        "reason": ["Choose a reason from the list."],
    }
    with pytest.raises(ValidationError) as refused:
        answer(survey, manager, 4, ratings={"quality": 5})
    assert set(refused.value.message_dict) == {"ratings"}
    assert not SurveyResponse.objects.exists()
    assert not SurveyInvitation.objects.filter(answered_at__isnull=False).exists()
    assert not AuditEvent.objects.filter(action="surveys.surveyresponse.recorded").exists()
    # A reason for a score of 3 is welcome, not required.
    assert answer(survey, manager, 3).reason == ""


def test_a_relationship_answer_takes_six_ratings_of_one_to_five(world):
    sweeps.relationship_survey_sweep(now=at("2026-04-01 08:30"))
    survey = Survey.objects.get(sponsor=world.sponsor_a)
    with pytest.raises(ValidationError) as refused:
        answer(survey, world.sponsor_a_manager, 11, ratings={"quality": 6, "taste": 3})
    assert set(refused.value.message_dict) == {"score", "quality", "taste"}
    response = answer(
        survey,
        world.sponsor_a_manager,
        9,
        ratings={"capabilities": 5, "quality": 4, "reliability": 3, "service": None},
    )
    assert (response.capabilities, response.quality, response.reliability) == (5, 4, 3)
    assert response.service is None and response.expertise is None
    assert response.score_label == "9 · Promoter"


@pytest.mark.req("AT-1")
def test_a_low_satisfaction_opens_a_follow_up_for_the_account_owner(world):
    owner = bd(world)
    account_owner(world, owner)
    survey = concern_survey(world)
    response = answer(
        survey, world.sponsor_a_manager, 2, reason="schedule", comment="Third date in a month."
    )
    follow_up = FollowUp.objects.get()
    assert response.follow_up == follow_up
    assert follow_up.owner == owner and follow_up.sponsor == world.sponsor_a
    assert follow_up.due_on == clock.today() + dt.timedelta(days=3)
    assert follow_up.description == (
        "Call Maya Aurora back: they scored 2 of 5 (dissatisfied) (dates were missed) in the "
        f"survey “{survey.title}”."
    )
    [told] = Notification.objects.filter(kind="survey_low_score")
    assert told.recipient == owner
    assert told.title == "Low score from Maya Aurora (Aurora Therapeutics): 2 of 5"
    assert "Main reason: dates were missed." in told.body
    assert told.url == reverse("surveys:detail", args=[survey.pk])
    event = AuditEvent.objects.get(action="surveys.surveyresponse.recorded")
    assert event.actor_id == world.sponsor_a_manager.pk
    assert "Bea Okafor to call back" in event.changes
    # Everyone asked answered: the survey closed itself.
    survey.refresh_from_db()
    assert survey.state == SurveyState.CLOSED and survey.closed_at is not None


def test_an_nps_detractor_opens_a_follow_up_and_a_promoter_does_not(world):
    owner = bd(world)
    account_owner(world, owner)
    colleague = sponsor_people(world, 1)[0]
    sweeps.relationship_survey_sweep(now=at("2026-04-01 08:30"))
    survey = Survey.objects.get(sponsor=world.sponsor_a)
    answer(survey, world.sponsor_a_manager, 10)
    assert not FollowUp.objects.exists()
    answer(survey, colleague, 6, comment="Reports come late.")
    assert FollowUp.objects.get().owner == owner
    assert Notification.objects.filter(kind="survey_low_score", recipient=owner).count() == 1
    url = reverse("surveys:detail", args=[survey.pk])
    staff = client_for(world.pm_alice).get(url).content.decode()
    assert "6 · Detractor" in staff and "10 · Promoter" in staff
    assert "Follow-up for Bea Okafor, due" in staff
    sponsor = client_for(world.sponsor_a_manager).get(url).content.decode()
    assert "6 · Detractor" in sponsor and "Reports come late." in sponsor
    assert "Follow-up" not in sponsor and "Bea Okafor" not in sponsor


def test_an_account_owner_who_keeps_no_follow_ups_leaves_it_to_whose_service_it_rated(world):
    account_owner(world, world.qa_quinn)  # QA reads sponsor records, adds no follow-ups
    survey = concern_survey(world)
    answer(survey, world.sponsor_a_manager, 1, reason="slow")
    assert FollowUp.objects.get().owner == world.pm_alice  # the concern's owner
    [told] = Notification.objects.filter(kind="survey_low_score")
    assert told.recipient == world.pm_alice


def test_answering_in_the_portal(world):
    survey = concern_survey(world)
    manager = client_for(world.sponsor_a_manager)
    listing = manager.get(reverse("surveys:list")).content.decode()
    assert 'data-testid="surveys-to-answer"' in listing and survey.title in listing
    page = manager.get(reverse("surveys:answer", args=[survey.pk]))
    assert page.status_code == 200
    assert "How satisfied are you with how we handled your concern" in page.content.decode()
    refused = manager.post(reverse("surveys:answer", args=[survey.pk]), {"score": "1"})
    assert refused.status_code == 200
    assert "Tell us the main reason for a low score" in refused.content.decode()
    sent = manager.post(
        reverse("surveys:answer", args=[survey.pk]),
        {"score": "5", "comment": "Alice called within the hour."},
    )
    assert sent.status_code == 302 and sent["Location"] == reverse(
        "surveys:detail", args=[survey.pk]
    )
    response = SurveyResponse.objects.get()
    assert (response.score, response.channel) == (5, "portal")
    detail = manager.get(reverse("surveys:detail", args=[survey.pk])).content.decode()
    assert "5 · Very satisfied" in detail and "Alice called within the hour." in detail
    # Answered: the answer page now sends back to the survey.
    again = manager.get(reverse("surveys:answer", args=[survey.pk]))
    assert again.status_code == 302
    assert (
        'data-testid="surveys-to-answer"'
        not in manager.get(reverse("surveys:list")).content.decode()
    )


def test_a_relationship_survey_page_asks_the_six_ratings(world):
    sweeps.relationship_survey_sweep(now=at("2026-04-01 08:30"))
    survey = Survey.objects.get(sponsor=world.sponsor_a)
    manager = client_for(world.sponsor_a_manager)
    page = manager.get(reverse("surveys:answer", args=[survey.pk])).content.decode()
    for label in (
        "Capabilities",
        "Quality",
        "Reliability",
        "Expertise",
        "Compatibility",
        "Service",
    ):
        assert f'data-testid="scale-{label.lower()}"' in page
    manager.post(
        reverse("surveys:answer", args=[survey.pk]),
        {"score": "8", "capabilities": "5", "quality": "4", "service": ""},
    )
    response = SurveyResponse.objects.get()
    assert (response.score, response.capabilities, response.quality, response.service) == (
        8,
        5,
        4,
        None,
    )


# --------------------------------------------------------------------------- the link


def _token(survey: Survey, person) -> str:
    return links.link_token(SurveyInvitation.objects.get(survey=survey, recipient=person))


@pytest.mark.req("AZ-1")
@pytest.mark.req("WEB-1")
def test_the_emailed_link_answers_once_without_signing_in(world):
    survey = concern_survey(world)
    url = reverse("surveys:link", args=[_token(survey, world.sponsor_a_manager)])
    anonymous = Client(enforce_csrf_checks=True)
    page = anonymous.get(url)
    assert page.status_code == 200
    assert page["Cache-Control"] == "no-store" and page["Referrer-Policy"] == "same-origin"
    body = page.content.decode()
    assert "Answering as <strong>Maya Aurora</strong>" in body
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', body).group(1)
    assert anonymous.post(url, {"score": "4"}).status_code == 403  # no CSRF token, no answer
    done = anonymous.post(url, {"score": "4", "csrfmiddlewaretoken": token})
    assert done.status_code == 200 and 'data-testid="survey-thanks"' in done.content.decode()
    response = SurveyResponse.objects.get()
    assert response.respondent == world.sponsor_a_manager and response.channel == "link"
    event = AuditEvent.objects.get(action="surveys.surveyresponse.recorded")
    assert event.actor_id == world.sponsor_a_manager.pk
    # Used: it says so, and takes nothing more.
    used = anonymous.get(url)
    assert used.status_code == 410
    assert "You have answered this survey" in used.content.decode()
    assert anonymous.post(url, {"score": "1", "csrfmiddlewaretoken": token}).status_code == 410
    assert SurveyResponse.objects.count() == 1
    assert "_auth_user_id" not in anonymous.session  # nobody was signed in


@pytest.mark.req("AZ-1")
def test_a_made_up_altered_or_revoked_link_is_not_found(world):
    survey = concern_survey(world)
    token = _token(survey, world.sponsor_a_manager)
    anonymous = Client()
    assert anonymous.get(reverse("surveys:link", args=["not-a-real-secret"])).status_code == 404
    altered = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    assert anonymous.get(reverse("surveys:link", args=[altered])).status_code == 404
    invitation = survey.invitations.get()
    # Signed without the installation's secret key: refused.
    forged = signing.dumps(
        {"i": invitation.pk, "k": invitation.link_key}, salt=links.SALT, key="x" * 50
    )
    assert anonymous.get(reverse("surveys:link", args=[forged])).status_code == 404
    # Signed right but guessing the invitation's key: refused too.
    guessed = signing.dumps({"i": invitation.pk, "k": "guess"}, salt=links.SALT)
    assert anonymous.get(reverse("surveys:link", args=[guessed])).status_code == 404
    SurveyInvitation.objects.filter(survey=survey).update(link_key=links.new_key())
    assert anonymous.get(reverse("surveys:link", args=[token])).status_code == 404
    assert not SurveyResponse.objects.exists()


def test_an_old_link_and_the_link_of_a_closed_survey_say_so(world, monkeypatch):
    survey = concern_survey(world)
    url = reverse("surveys:link", args=[_token(survey, world.sponsor_a_manager)])
    monkeypatch.setattr(links, "MAX_AGE", dt.timedelta(seconds=-1))
    expired = Client().get(url)
    assert expired.status_code == 410 and "This link has expired" in expired.content.decode()
    monkeypatch.undo()
    services.survey_close(actor=world.admin_ada, survey=survey, reason="Sent by mistake")
    closed = Client().post(url, {"score": "5"})
    assert closed.status_code == 410 and "This survey is closed" in closed.content.decode()
    assert not SurveyResponse.objects.exists()


def test_the_email_carries_a_one_time_link_made_when_it_is_sent(
    world, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        survey = concern_survey(world)
    [email] = [m for m in mail.outbox if survey.title in m.subject]
    assert email.to == [world.sponsor_a_manager.email]
    found = re.search(r"/surveys/answer/([^/\s]+)/", email.body)
    assert found is not None
    # The link is nowhere in the database: the notification opens the portal page.
    notification = Notification.objects.get(kind="survey_invitation")
    assert found.group(1) not in notification.url
    response = Client().post(found.group(0), {"score": "5"})
    assert response.status_code == 200
    assert SurveyResponse.objects.get().channel == "link"


# --------------------------------------------------------------------------- isolation


@pytest.mark.req("AZ-2")
def test_sponsor_b_never_sees_sponsor_a_surveys_or_answers(world):
    survey = concern_survey(world)
    answer(survey, world.sponsor_a_manager, 4, comment="Aurora is pleased")
    for person in (world.sponsor_b_manager, world.sponsor_b_contact):
        other = client_for(person)
        for name in ("surveys:detail", "surveys:answer"):
            assert other.get(reverse(name, args=[survey.pk])).status_code == 404
        assert other.get(f"/api/v1/surveys/{survey.pk}").status_code == 404
        posted = other.post(
            f"/api/v1/surveys/{survey.pk}/answers", {"score": 5}, content_type="application/json"
        )
        assert posted.status_code == 404
        assert survey.title not in other.get(reverse("surveys:list")).content.decode()
        assert other.get("/api/v1/surveys").json()["count"] == 0
        history = other.get(reverse("audit:history", args=["surveys.survey", survey.pk]))
        assert history.status_code == 404
    assert client_for(world.pm_alice).get(f"/api/v1/surveys/{survey.pk}").status_code == 200


@pytest.mark.req("AZ-2")
def test_a_sponsor_contact_sees_only_the_surveys_sent_to_it(world):
    survey = concern_survey(world)  # sent to A's manager only
    contact = client_for(world.sponsor_a_contact)
    assert contact.get(reverse("surveys:detail", args=[survey.pk])).status_code == 404
    assert (
        client_for(world.sponsor_a_manager)
        .get(reverse("surveys:detail", args=[survey.pk]))
        .status_code
        == 200
    )
    released = milestone(world, "Batch released")
    reach(world, released)
    mine = Survey.objects.get(milestone=released)
    assert contact.get(reverse("surveys:detail", args=[mine.pk])).status_code == 200
    # A's manager sees it (its company's) but was not asked: it may not answer.
    assert (
        client_for(world.sponsor_a_manager)
        .get(reverse("surveys:answer", args=[mine.pk]))
        .status_code
        == 403
    )


@pytest.mark.req("AT-10")
def test_a_sponsor_reads_the_history_without_the_cdmos_follow_up(world):
    account_owner(world, bd(world))
    survey = concern_survey(world)
    answer(survey, world.sponsor_a_manager, 2, reason="slow")
    url = reverse("audit:history", args=["surveys.survey", survey.pk])
    staff = client_for(world.pm_alice).get(url).content.decode()
    assert "Survey sent" in staff and "Survey answer recorded" in staff
    assert "Bea Okafor to call back" in staff
    sponsor = client_for(world.sponsor_a_manager).get(url).content.decode()
    assert "Survey answer recorded" in sponsor and "Bea Okafor" not in sponsor


# --------------------------------------------------------------------------- reminders


def test_reminders_come_after_the_days_set_then_the_survey_closes(world):
    with moment("2026-03-02 10:00"):
        survey = concern_survey(world)
    sent = survey.sent_at
    invitation = survey.invitations.get()
    assert sweeps.survey_sweep(now=sent + dt.timedelta(days=4, hours=23)) == 0
    assert sweeps.survey_sweep(now=sent + dt.timedelta(days=5)) == 1
    invitation.refresh_from_db()
    assert invitation.reminders_sent == 1
    reminders = Notification.objects.filter(kind="survey_invitation", title__contains="eminder")
    assert [n.title for n in reminders] == [f"Reminder: your opinion on {survey.title}"]
    assert "closes on 17 Mar 2026" in reminders[0].body
    assert sweeps.survey_sweep(now=sent + dt.timedelta(days=7)) == 0  # once per wait
    assert sweeps.survey_sweep(now=sent + dt.timedelta(days=10)) == 1
    assert sweeps.survey_sweep(now=sent + dt.timedelta(days=12)) == 0  # two at most
    invitation.refresh_from_db()
    assert invitation.reminders_sent == 2
    assert [n.title for n in reminders.order_by("created_at")] == [
        f"Reminder: your opinion on {survey.title}",
        f"Last reminder: your opinion on {survey.title}",
    ]
    assert sweeps.survey_sweep(now=sent + dt.timedelta(days=15)) == 1
    survey.refresh_from_db()
    assert survey.state == SurveyState.CLOSED
    closed = AuditEvent.objects.get(action="surveys.survey.closed")
    assert closed.reason == "The time to answer is over." and "0 of 1" in closed.changes
    assert sweeps.survey_sweep(now=sent + dt.timedelta(days=30)) == 0
    with pytest.raises(ValidationError, match="closed"):
        answer(survey, world.sponsor_a_manager, 5)


def test_someone_who_answered_is_not_reminded(world):
    colleague = sponsor_people(world, 1)[0]
    sweeps.relationship_survey_sweep(now=at("2026-04-01 08:30"))
    survey = Survey.objects.get(sponsor=world.sponsor_a)
    answer(survey, world.sponsor_a_manager, 9)
    assert sweeps.survey_sweep(now=at("2026-04-06 09:00")) == 2  # A's colleague, B's manager
    reminded = SurveyInvitation.objects.filter(reminders_sent=1).values_list("recipient", flat=True)
    assert set(reminded) == {colleague.pk, world.sponsor_b_manager.pk}


def test_fewer_reminders_close_a_survey_sooner(world):
    services.survey_settings_save(
        actor=world.admin_ada, version=1, remind_after_days=3, reminders=0
    )
    sweeps.relationship_survey_sweep(now=at("2026-04-01 08:30"))
    survey = Survey.objects.get(sponsor=world.sponsor_a)
    assert survey.closes_at == at("2026-04-04 08:30")
    assert sweeps.survey_sweep(now=at("2026-04-03 09:00")) == 0
    assert sweeps.survey_sweep(now=at("2026-04-04 08:30")) == 2  # A's and B's close
    assert not Notification.objects.filter(title__contains="eminder").exists()
    assert not Survey.objects.filter(state="open").exists()


# --------------------------------------------------------------------------- results


def test_nps_and_csat_are_counted_as_defined():
    # 5 promoters (9-10), 2 passives (7-8), 3 detractors (0-6) of 10: 50 % - 30 % = 20.
    assert nps_numbers([10, 10, 9, 9, 10, 8, 7, 6, 3, 0]) == {
        "answers": 10,
        "promoters": 5,
        "passives": 2,
        "detractors": 3,
        "promoters_pct": 50.0,
        "passives_pct": 20.0,
        "detractors_pct": 30.0,
        "nps": 20.0,
    }
    # 1 promoter, 1 passive, 1 detractor of 3: 33.3 % each, NPS 0 (not 33.3 - 33.3 rounded).
    assert nps_numbers([9, 7, 0])["nps"] == 0.0
    # 2 of 3 detractors: NPS = (0 - 2) / 3 = -66.666... -> -66.7.
    assert nps_numbers([6, 5, 8])["nps"] == -66.7
    # CSAT: 4s and 5s of all: 2 of 4 = 50 %; average (5+4+3+2)/4 = 3.5.
    assert csat_numbers([5, 4, 3, 2]) == {
        "answers": 4,
        "satisfied": 2,
        "csat": 50.0,
        "average": 3.5,
        "low": 1,
        "distribution": [0, 1, 1, 1, 1],
    }
    assert csat_numbers([])["csat"] is None


def _results_world(world: World) -> dict:
    """Answers counted by hand in the results tests.

    NPS, sponsor A's quarterly survey, 10 managers: 10, 10, 9, 9, 10, 8, 7, 6, 3, 0 ->
    5 promoters, 2 passives, 3 detractors: NPS 20.
    CSAT, a milestone of project A answered by its 4 sponsor people: 5, 4, 3, 2 -> 50 %,
    average 3.5; a concern of project B answered by B's manager: 5 -> 100 %.
    Overall CSAT 3 of 5 = 60 %, average 19/5 = 3.8.
    """
    managers = [world.sponsor_a_manager, *sponsor_people(world, 9)]
    sweeps.relationship_survey_sweep(now=at("2026-04-01 08:30"))
    quarterly = Survey.objects.get(sponsor=world.sponsor_a, trigger="quarterly")
    for person, score in zip(managers, [10, 10, 9, 9, 10, 8, 7, 6, 3, 0], strict=True):
        answer(quarterly, person, score, ratings={"quality": 4 if score > 6 else 2})
    team = [world.sponsor_a_contact, *sponsor_people(world, 3, role="sponsor_contact")]
    for person in team[1:]:
        project_services.project_member_add(
            actor=world.pm_alice, project=world.project_a, user=person
        )
    released = milestone(world, "Batch released")
    reach(world, released)
    csat = Survey.objects.get(milestone=released)
    for person, score in zip(team, [5, 4, 3, 2], strict=True):
        answer(csat, person, score, reason="slow" if score == 2 else "", comment=f"Scored {score}")
    concern = concern_services.concern_raise(
        actor=world.sponsor_b_manager,
        sponsor=world.sponsor_b,
        project=world.project_b,
        title="Borealis sample shipment",
        description="Samples arrived warm.",
        category="quality",
        urgency="medium",
    )
    concern_services.concern_contact(
        actor=world.pm_alice, concern=concern, how="call", summary="Checked.", containment="Resent."
    )
    concern_services.concern_resolve(actor=world.pm_alice, concern=concern, resolution="Resent.")
    concern_services.concern_confirm(actor=world.sponsor_b_manager, concern=concern)
    answer(Survey.objects.get(concern=concern), world.sponsor_b_manager, 5)
    return {"quarterly": quarterly, "milestone": csat}


def test_the_results_page_shows_nps_and_csat_counted_by_hand(world):
    _results_world(world)
    staff = client_for(world.pm_alice)
    body = staff.get("/api/v1/survey-results").json()
    assert body["nps"] == {
        "answers": 10,
        "promoters": 5,
        "passives": 2,
        "detractors": 3,
        "promoters_pct": 50.0,
        "passives_pct": 20.0,
        "detractors_pct": 30.0,
        "nps": 20.0,
    }
    assert body["csat"]["answers"] == 5 and body["csat"]["csat"] == 60.0
    assert body["csat"]["average"] == 3.8 and body["csat"]["distribution"] == [0, 1, 1, 1, 2]
    by_sponsor = {row["label"]: (row["answers"], row["csat"]) for row in body["csat_by_sponsor"]}
    assert by_sponsor == {"Aurora Therapeutics": (4, 50.0), "Borealis Pharma": (1, 100.0)}
    by_project = {row["label"]: row["average"] for row in body["csat_by_project"]}
    assert by_project == {
        "AUR-101-TT Aurolimab tech transfer": 3.5,
        "BOR-301-GMP Borecitinib GMP campaign": 5.0,
    }
    assert [(r["label"], r["answers"]) for r in body["csat_by_owner"]] == [("Alice Morgan", 5)]
    quarter = timezone.localdate()
    label = f"Q{(quarter.month - 1) // 3 + 1} {quarter.year}"
    assert [(r["label"], r["nps"]) for r in body["nps_by_quarter"]] == [(label, 20.0)]
    quality = next(row for row in body["categories"] if row["label"] == "Quality")
    # Seven answers rated quality 4, three rated it 2: (28 + 6) / 10 = 3.4.
    assert quality == {"label": "Quality", "ratings": 10, "average": 3.4}
    # Filtered to sponsor B: its one satisfaction answer, no recommendation.
    only_b = staff.get("/api/v1/survey-results", {"sponsor_id": world.sponsor_b.pk}).json()
    assert only_b["csat"]["answers"] == 1 and only_b["nps"]["answers"] == 0
    backwards = staff.get(
        "/api/v1/survey-results", {"answered_from": "2026-05-01", "answered_to": "2026-04-01"}
    )
    assert backwards.status_code == 422
    assert backwards.json()["errors"] == [
        {"field": "answered_to", "message": "The end is before the start."}
    ]
    unknown = staff.get("/api/v1/survey-results", {"trigger": "weather"})
    assert unknown.status_code == 422 and unknown.json()["errors"][0]["field"] == "trigger"
    page = staff.get(reverse("surveys:results")).content.decode()
    assert 'data-testid="nps-value">20.0<' in page
    assert 'data-testid="csat-value">60.0 %<' in page
    assert "chart.umd.min.js" in page and 'id="survey-results-data"' in page
    filtered = staff.get(reverse("surveys:results"), {"sponsor": world.sponsor_b.pk})
    assert 'data-testid="csat-value">100.0 %<' in filtered.content.decode()


def test_the_export_lists_every_answer_in_words_and_the_tables(world):
    _results_world(world)
    staff = client_for(world.pm_alice)
    response = staff.get(reverse("surveys:results_export", args=["csv"]))
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    headings, answers = rows[0], rows[1:]
    assert headings[:13] == [
        "Survey",
        "Kind",
        "Sent after",
        "Sponsor",
        "Project",
        "Whose service",
        "Answered by",
        "Answered",
        "Quarter",
        "Score",
        "Meaning",
        "Main reason",
        "Comment",
    ]
    assert len(answers) == 15
    low = next(row for row in answers if row[12] == "Scored 2")
    assert low[1:4] == ["Satisfaction (CSAT)", "Milestone reached", "Aurora Therapeutics"]
    assert low[9:12] == ["2", "Dissatisfied", "We waited too long for answers"]
    assert low[-2] == "In the portal" and low[-1].startswith("Alice Morgan, due ")
    zero = next(row for row in answers if row[9] == "0")
    assert zero[10] == "Detractor"
    book = load_workbook(
        io.BytesIO(staff.get(reverse("surveys:results_export", args=["xlsx"])).content)
    )
    assert book.sheetnames == [
        "Answers",
        "CSAT by sponsor",
        "CSAT by project",
        "CSAT by owner",
        "CSAT by quarter",
        "NPS by quarter",
        "NPS by sponsor",
        "NPS by owner",
        "Six categories",
    ]
    assert book["Answers"].max_row == 16
    nps = list(book["NPS by quarter"].iter_rows(values_only=True))
    assert nps[0][:3] == ("Group", "Answers", "NPS") and nps[1][1:6] == (10, 20.0, 5, 2, 3)
    filtered = staff.get(
        reverse("surveys:results_export", args=["csv"]), {"sponsor": world.sponsor_b.pk}
    )
    assert len(list(csv.reader(io.StringIO(filtered.content.decode("utf-8-sig"))))) == 2


def test_results_are_for_staff(world):
    sponsor = client_for(world.sponsor_a_manager)
    assert sponsor.get(reverse("surveys:results")).status_code == 403
    assert sponsor.get(reverse("surveys:results_export", args=["csv"])).status_code == 403
    assert sponsor.get("/api/v1/survey-results").status_code == 403
    assert client_for(world.pm_alice).get(reverse("surveys:results")).status_code == 200


# --------------------------------------------------------------------------- the API


@pytest.mark.req("WEB-6")
def test_the_api_lists_reads_and_answers_through_the_same_service(world):
    survey = concern_survey(world)
    manager = client_for(world.sponsor_a_manager)
    listing = manager.get("/api/v1/surveys", {"to_answer": True}).json()
    assert [item["id"] for item in listing["items"]] == [survey.pk]
    assert listing["items"][0]["can_answer"] is True
    detail = manager.get(f"/api/v1/surveys/{survey.pk}").json()
    assert detail["kind_label"] == "Satisfaction (CSAT)" and detail["answers"] == []
    assert {"value": "slow", "label": "We waited too long for answers"} in detail["reasons"]
    url = f"/api/v1/surveys/{survey.pk}/answers"
    bad = manager.post(url, {"score": 2}, content_type="application/json")
    assert bad.status_code == 422
    assert bad.json()["errors"] == [
        {
            "field": "reason",
            "message": "Tell us the main reason for a low score: it is where we start.",
        }
    ]
    unknown = manager.post(url, {"score": 4, "mood": "fine"}, content_type="application/json")
    assert unknown.status_code == 422 and unknown.json()["errors"][0]["field"] == "mood"
    made = manager.post(url, {"score": 4, "comment": "Fine."}, content_type="application/json")
    assert made.status_code == 201
    assert (
        made.json()["meaning"] == "Satisfied" and made.json()["channel_label"] == "Through the API"
    )
    again = manager.post(url, {"score": 5}, content_type="application/json")
    assert (
        again.status_code == 422
        and "each person answers once" in again.json()["errors"][0]["message"]
    )
    assert manager.get("/api/v1/surveys", {"to_answer": True}).json()["count"] == 0
    answers = manager.get(f"/api/v1/surveys/{survey.pk}").json()["answers"]
    assert [(a["respondent_name"], a["score"]) for a in answers] == [("Maya Aurora", 4)]


@pytest.mark.req("DI-1")
def test_the_settings_change_only_from_the_version_read(world):
    admin = client_for(world.admin_ada)
    read = admin.get("/api/v1/survey-settings")
    assert read.status_code == 200 and read["ETag"] == '"1"'
    assert read.json()["milestone_words"] == ["complete", "released", "delivered"]
    body = {
        "concern_csat": True,
        "milestone_kinds": ["milestone", "decision"],
        "milestone_words": ["released"],
        "quarterly_nps": True,
        "project_close_nps": False,
        "remind_after_days": 7,
        "reminders": 1,
        "reason": "Fewer reminders, as sponsors asked",
    }
    changed = admin.put(
        "/api/v1/survey-settings",
        body,
        content_type="application/json",
        headers={"If-Match": '"1"'},
    )
    assert changed.status_code == 200 and changed["ETag"] == '"2"'
    assert changed.json()["answer_days"] == 14
    stale = admin.put(
        "/api/v1/survey-settings",
        body,
        content_type="application/json",
        headers={"If-Match": '"1"'},
    )
    assert stale.status_code == 412
    assert (
        admin.put("/api/v1/survey-settings", body, content_type="application/json").status_code
        == 428
    )
    wrong = admin.put(
        "/api/v1/survey-settings",
        {**body, "milestone_kinds": ["summary"], "version": 2},
        content_type="application/json",
    )
    assert wrong.status_code == 422 and wrong.json()["errors"][0]["field"] == "milestone_kinds"
    # The page refuses a stale version too, keeping what was typed.
    page = admin.post(
        reverse("surveys:settings_edit"),
        {"remind_after_days": "4", "reminders": "2", "version": "1", "milestone_words": ""},
    )
    assert page.status_code == 409
    settings = SurveySettings.objects.get()
    assert (settings.remind_after_days, settings.reminders, settings.version) == (7, 1, 2)
    event = AuditEvent.objects.get(action="surveys.surveysettings.changed")
    assert "Decision points, Milestones" in event.changes
    assert (
        client_for(world.pm_alice)
        .put("/api/v1/survey-settings", body, content_type="application/json")
        .status_code
        == 403
    )
    assert client_for(world.sponsor_a_manager).get("/api/v1/survey-settings").status_code == 403


def test_the_settings_page_reads_as_sentences_and_saves_with_the_version(world):
    admin = client_for(world.admin_ada)
    page = admin.get(reverse("surveys:settings")).content.decode()
    assert "Milestones whose name contains “complete”, “released”, “delivered”" in page
    saved = admin.post(
        reverse("surveys:settings_edit"),
        {
            "concern_csat": "on",
            "milestone_kinds": ["milestone"],
            "milestone_words": "released\nTech transfer complete",
            "quarterly_nps": "on",
            "remind_after_days": "5",
            "reminders": "1",
            "version": "1",
        },
    )
    assert saved.status_code == 302
    settings = SurveySettings.objects.get()
    assert settings.words() == ["released", "Tech transfer complete"]
    assert settings.project_close_nps is False and settings.answer_days == 10
    assert client_for(world.pm_alice).get(reverse("surveys:settings_edit")).status_code == 403


def test_staff_close_a_survey_early_with_a_reason(world):
    survey = concern_survey(world)
    admin = client_for(world.admin_ada)
    url = reverse("surveys:close", args=[survey.pk])
    refused = admin.post(url, {"reason": "", "version": survey.version})
    assert refused.status_code == 200 and not Survey.objects.filter(state="closed").exists()
    closed = admin.post(url, {"reason": "The sponsor asked us not to", "version": survey.version})
    assert closed.status_code == 302
    survey.refresh_from_db()
    assert survey.state == SurveyState.CLOSED
    assert AuditEvent.objects.get(action="surveys.survey.closed").actor_id == world.admin_ada.pk
    assert client_for(world.pm_alice).get(url).status_code == 403  # project managers may not


def test_the_navigation_shows_results_to_staff_and_our_surveys_to_sponsors(world):
    work = client_for(world.pm_alice).get(reverse("home:work")).content.decode()
    portal = client_for(world.sponsor_a_manager).get(reverse("home:portal")).content.decode()
    assert reverse("surveys:results") in work and "Surveys" in work
    assert reverse("surveys:list") in portal and "Our surveys" in portal
    assert reverse("surveys:results") not in portal


def test_staff_find_an_answers_comment_in_the_search(world):
    survey = concern_survey(world)
    answer(survey, world.sponsor_a_manager, 3, comment="The zqcoldchain courier was late")
    staff = client_for(world.pm_alice).get("/api/v1/search", {"q": "zqcoldchain"}).json()
    [group] = staff["groups"]
    assert group["type"] == "survey_answers" and group["count"] == 1
    assert group["items"][0]["url"] == reverse("surveys:detail", args=[survey.pk])
    sponsor = client_for(world.sponsor_a_manager).get("/api/v1/search", {"q": "zqcoldchain"})
    assert sponsor.json()["total"] == 0


@pytest.mark.postgres
@pytest.mark.req("DI-2")
@pytest.mark.django_db(transaction=True)
def test_one_person_answering_twice_at_the_same_moment_gives_one_answer():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: two answers of one person at the same moment")
    world = build_world()
    survey = concern_survey(world)
    start = threading.Barrier(4)
    outcomes: list[str] = []

    def worker(score: int) -> None:
        try:
            start.wait()
            answer(survey, world.sponsor_a_manager, score)
            outcomes.append("answered")
        except ValidationError:
            outcomes.append("refused")
        except Exception as exc:  # reported by the assertion below
            outcomes.append(repr(exc))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(score,)) for score in (3, 4, 5, 5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert sorted(outcomes) == ["answered", "refused", "refused", "refused"]
    assert SurveyResponse.objects.count() == 1
    assert AuditEvent.objects.filter(action="surveys.surveyresponse.recorded").count() == 1
