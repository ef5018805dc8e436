"""Lessons learned: a project closes only with its submitted lessons review; the review's
findings, lost-proposal postmortems, concerns, deviations and CAPA fill one library; the
lessons of the same modality and service are suggested to new proposals and projects,
which say which they applied; a lesson becomes a curriculum's reading."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from accord.core import clock
from accord.core.periodic import SCHEDULE
from accord.lessons import selectors, services
from accord.lessons.models import Lesson, LessonApplication, LessonsReview
from accord.lessons.sweeps import lessons_hold_sweep
from accord.notifications.models import Notification
from accord.projects.models import Project
from accord.projects.services import project_update
from accord.signatures.models import Signature
from tests.conftest import World, client_for
from tests.factories import PASSWORD, ProjectFactory, lessons_review_submitted


def _draft(world: World, project: Project | None = None) -> LessonsReview:
    project = project or world.project_a
    review = services.review_start(actor=world.pm_alice, project=project)
    return services.review_update(
        actor=world.pm_alice,
        review=review,
        went_well="Methods transferred first time.",
        went_badly="Batch record review took three weeks.",
        root_causes="One QA reviewer for two campaigns.",
        recommendations="Plan QA review capacity with the batch schedule.",
        process_rating=4,
        quality_rating=5,
        schedule_rating=2,
        sponsor_satisfaction=4,
        budget_planned=480000,
        budget_actual=512000,
        follow_on="likely",
    )


def _finding(world: World, review: LessonsReview, **fields) -> Lesson:
    values = {
        "title": "Book QA review capacity with the batches",
        "what_happened": "Batch record review waited three weeks for a reviewer.",
        "recommendation": "Reserve a QA reviewer for each GMP batch in the plan.",
        "cause": "capacity",
    }
    return services.review_finding_add(actor=world.pm_alice, review=review, **(values | fields))


def _submit(world: World, review: LessonsReview) -> LessonsReview:
    return services.review_submit(
        actor=world.pm_alice,
        review=review,
        username=world.pm_alice.username,
        password=PASSWORD,
        acknowledge=True,
    )


# --------------------------------------------------------------------------- the rule


@pytest.mark.parametrize("status", ["completed", "cancelled"])
def test_closing_a_project_without_its_review_is_refused_saying_where_to_write_it(world, status):
    with pytest.raises(ValidationError) as refused:
        project_update(actor=world.pm_alice, project=world.project_a, status=status)
    message = refused.value.message_dict["status"][0]
    assert "lessons-learned review of AUR-101-TT has not been written" in message
    assert reverse("lessons:review", args=[world.project_a.pk]) in message
    world.project_a.refresh_from_db()
    assert world.project_a.status == Project.Status.ACTIVE


def test_a_review_in_draft_does_not_let_the_project_close(world):
    _draft(world)
    with pytest.raises(ValidationError, match="is still in draft: submit it before you cancel"):
        project_update(actor=world.pm_alice, project=world.project_a, status="cancelled")


def test_the_project_edit_page_shows_the_refusal_on_the_status(world):
    client = client_for(world.pm_alice)
    project = world.project_a
    page = client.post(
        reverse("projects:edit", args=[project.pk]),
        {
            "title": project.title,
            "molecule": project.molecule,
            "phase": project.phase,
            "status": "completed",
            "health": "green",
            "start_date": project.start_date,
            "target_end_date": project.target_end_date,
            "version": project.version,
        },
    )
    assert page.status_code == 200
    assert "has not been written" in page.content.decode()
    project.refresh_from_db()
    assert project.status == Project.Status.ACTIVE


def test_with_its_review_submitted_the_project_completes(world):
    review = _draft(world)
    lesson = _finding(world, review)
    assert lesson.status == Lesson.Status.DRAFT and lesson.modality == "small_molecule"
    review = _submit(world, review)
    project = project_update(actor=world.pm_alice, project=world.project_a, status="completed")
    assert project.status == Project.Status.COMPLETED
    lesson.refresh_from_db()
    assert lesson.is_published and lesson.published_by == world.pm_alice
    signature = Signature.objects.get(record_type="lessons.lessonsreview", record_id=review.pk)
    assert signature.meaning == "reviewed" and signature.signer == world.pm_alice


def test_an_incomplete_review_is_not_signed_and_names_what_is_missing(world):
    review = services.review_start(actor=world.pm_alice, project=world.project_a)
    with pytest.raises(ValidationError) as refused:
        _submit(world, review)
    assert {"went_well", "root_causes", "process_rating", "sponsor_satisfaction", "lessons"} <= set(
        refused.value.message_dict
    )
    review.refresh_from_db()
    assert review.status == LessonsReview.Status.DRAFT
    assert not Signature.objects.filter(record_type="lessons.lessonsreview").exists()


def test_a_wrong_password_submits_nothing(world):
    review = _draft(world)
    _finding(world, review)
    with pytest.raises(ValidationError, match="not correct"):
        services.review_submit(
            actor=world.pm_alice,
            review=review,
            username="pm.alice",
            password="wrong",
            acknowledge=True,
        )
    assert LessonsReview.objects.get().status == LessonsReview.Status.DRAFT


def test_a_submitted_review_no_longer_changes(world):
    review = lessons_review_submitted(actor=world.pm_alice, project=world.project_a)
    with pytest.raises(ValidationError, match="no longer changes"):
        services.review_update(actor=world.pm_alice, review=review, went_well="Rewritten")


def test_sponsor_users_write_no_review(world):
    with pytest.raises(PermissionDenied):
        services.review_start(actor=world.sponsor_a_manager, project=world.project_a)


def test_the_project_page_shows_the_review_card_to_staff_only(world):
    url = reverse("projects:detail", args=[world.project_a.pk])
    staff = client_for(world.pm_alice).get(url).content.decode()
    assert 'data-testid="lessons-review-card"' in staff
    assert reverse("lessons:review", args=[world.project_a.pk]) in staff
    sponsor = client_for(world.sponsor_a_manager).get(url).content.decode()
    assert "lessons-review-card" not in sponsor and "lessons-that-apply" not in sponsor


def test_the_review_is_written_and_signed_from_its_pages(world):
    client = client_for(world.pm_alice)
    pk = world.project_a.pk
    client.post(reverse("lessons:review_start", args=[pk]))
    review = LessonsReview.objects.get(project=world.project_a)
    form = {
        "went_well": "On time",
        "went_badly": "Late QC",
        "root_causes": "Instrument down",
        "recommendations": "Backup HPLC",
        "process_rating": "4",
        "quality_rating": "4",
        "schedule_rating": "3",
        "sponsor_satisfaction": "5",
        "follow_on": "awarded",
        "version": review.version,
    }
    assert client.post(reverse("lessons:review_edit", args=[pk]), form).status_code == 302
    finding = {
        "title": "Keep a backup HPLC",
        "what_happened": "The HPLC broke in release testing.",
        "recommendation": "Qualify a second HPLC for release.",
        "cause": "technical",
    }
    assert client.post(reverse("lessons:review_finding", args=[pk]), finding).status_code == 302
    signed = client.post(
        reverse("lessons:review_submit", args=[pk]),
        {"meaning": "reviewed", "username": "pm.alice", "password": PASSWORD, "acknowledge": "on"},
    )
    assert signed.status_code == 302
    page = client.get(reverse("lessons:review", args=[pk])).content.decode()
    assert "Submitted" in page and "Keep a backup HPLC" in page and "Alice Morgan" in page


# --------------------------------------------------------------------------- on hold for good


def test_a_project_on_hold_for_more_than_90_days_needs_its_review_and_its_pm_is_told(world):
    project_update(actor=world.pm_alice, project=world.project_b, status="on_hold")
    today = clock.today()
    assert lessons_hold_sweep(today + dt.timedelta(days=90)) == 0
    assert lessons_hold_sweep(today + dt.timedelta(days=91)) == 1
    assert lessons_hold_sweep(today + dt.timedelta(days=92)) == 0  # told once per hold
    told = Notification.objects.get(kind="lessons_review_required")
    assert told.recipient == world.pm_alice and "BOR-301-GMP" in told.title
    world.project_b.refresh_from_db()
    state = selectors.review_state(world.project_b, today=today + dt.timedelta(days=91))
    assert state.state == "required" and state.held_for_good
    assert "accord.lessons.sweeps.lessons_hold_sweep" in {entry.func for entry in SCHEDULE}


def test_a_project_held_briefly_needs_no_review_yet(world):
    project = project_update(actor=world.pm_alice, project=world.project_b, status="on_hold")
    assert selectors.review_state(project).state == ""


# --------------------------------------------------------------------------- suggestions


def _library(world: World) -> dict[str, Lesson]:
    """Published lessons: ADC + process development, ADC + fill-finish, biologic; one
    ADC draft."""
    adc_old = ProjectFactory(sponsor=world.sponsor_b, site=world.site, modality="adc")
    review = _draft(world, adc_old)
    lessons = {
        "adc_pd": _finding(
            world, review, title="Conjugation DAR drift", service="process_development"
        ),
        "adc_ff": _finding(world, review, title="Lyophilizer slot", service="fill_finish"),
    }
    _submit(world, review)
    bio = ProjectFactory(sponsor=world.sponsor_b, site=world.site, modality="biologic")
    bio_review = _draft(world, bio)
    lessons["bio"] = _finding(world, bio_review, title="Media hold time")
    _submit(world, bio_review)
    adc_draft = ProjectFactory(sponsor=world.sponsor_b, site=world.site, modality="adc")
    lessons["draft"] = _finding(world, _draft(world, adc_draft), title="Not yet published")
    return lessons


def test_lessons_of_the_same_modality_and_service_come_first_then_the_same_modality(world):
    lessons = _library(world)
    found = selectors.lessons_that_apply(
        world.pm_alice, modality="adc", services=["process_development"]
    )
    assert [lesson.title for lesson in found] == ["Conjugation DAR drift", "Lyophilizer slot"]
    assert selectors.lessons_that_apply(world.sponsor_a_manager, modality="adc") == []
    assert lessons["draft"] not in found and lessons["bio"] not in found


def test_a_new_proposal_of_the_same_modality_shows_the_lessons_that_apply(world):
    _library(world)  # world.rfp_a is an ADC process development RFP
    page = client_for(world.pm_alice).get(reverse("proposals:rfp_detail", args=[world.rfp_a.pk]))
    text = page.content.decode()
    assert 'data-testid="lessons-that-apply"' in text
    assert text.index("Conjugation DAR drift") < text.index("Lyophilizer slot")
    assert "Media hold time" not in text and "Not yet published" not in text


def test_a_team_records_that_it_applied_a_lesson_once(world):
    lesson = _library(world)["adc_pd"]
    client = client_for(world.pm_alice)
    url = reverse("lessons:apply", args=[lesson.pk, "rfp", world.rfp_a.pk])
    answer = client.post(url, {"how": "Priced a DAR study.", "applied_on": clock.today()})
    assert answer.status_code == 302
    application = LessonApplication.objects.get()
    assert (application.rfp, application.applied_by) == (world.rfp_a, world.pm_alice)
    with pytest.raises(ValidationError, match="is recorded as applied on"):
        services.application_record(
            actor=world.pm_alice, lesson=lesson, rfp=world.rfp_a, how="Again"
        )
    page = client.get(reverse("proposals:rfp_detail", args=[world.rfp_a.pk])).content.decode()
    assert "Applied " in page and "Alice Morgan" in page


def test_a_draft_lesson_is_not_applied(world):
    lesson = _library(world)["draft"]
    with pytest.raises(ValidationError, match="Only a published lesson"):
        services.application_record(
            actor=world.pm_alice, lesson=lesson, project=world.project_a, how="Used it"
        )


# --------------------------------------------------------------------------- other sources


def _postmortem(world: World):
    from tests.test_proposal_outcomes import lose

    return lose(world, world.rfp_a, lessons="Offer a phased start to virtual biotechs.")


def test_a_lost_proposals_postmortem_becomes_a_lesson_of_the_library(world):
    postmortem = _postmortem(world)
    client = client_for(world.pm_alice)
    url = reverse("lessons:from_source", args=["postmortem", postmortem.pk])
    form = client.get(url).content.decode()
    assert "Offer a phased start to virtual biotechs." in form
    answer = client.post(
        url,
        {
            "title": "Phase the start for virtual biotechs",
            "what_happened": "Lost on price and timing.",
            "recommendation": "Offer a phased start to virtual biotechs.",
            "cause": "commercial",
            "modality": "adc",
            "service": "process_development",
        },
    )
    lesson = Lesson.objects.get()
    assert answer.url == reverse("lessons:detail", args=[lesson.pk])
    assert lesson.postmortem == postmortem and lesson.source_kind == "postmortem"
    assert lesson.number == f"LL-{clock.now().year}-001"
    page = client.get(reverse("proposals:postmortem_detail", args=[postmortem.pk])).content.decode()
    assert "Phase the start for virtual biotechs" in page


def test_a_deviation_page_offers_a_lesson_prefilled_from_it(world):
    from tests.test_cross_tenant import _aurora_deviation

    deviation = _aurora_deviation(world)
    client = client_for(world.qa_quinn)
    page = client.get(reverse("quality:deviation", args=[deviation.pk])).content.decode()
    assert reverse("lessons:from_source", args=["deviation", deviation.pk]) in page
    form = client.get(reverse("lessons:from_source", args=["deviation", deviation.pk]))
    assert deviation.number in form.content.decode()
    lesson = services.lesson_record(
        actor=world.qa_quinn,
        source_kind="deviation",
        source=deviation,
        title="Check the chamber alarms weekly",
        what_happened="Temperature excursion unnoticed overnight.",
        recommendation="Test the alarm weekly.",
        cause="quality_system",
        publish=True,
    )
    assert lesson.is_published and lesson in selectors.lessons_visible_to(world.pm_alice)
    assert (
        "Check the chamber alarms weekly"
        in client.get(reverse("quality:deviation", args=[deviation.pk])).content.decode()
    )


def test_a_lesson_source_must_be_of_the_kind_named(world):
    with pytest.raises(ValidationError, match="not of the kind"):
        services.lesson_record(
            actor=world.pm_alice,
            source_kind="concern",
            source=world.rfp_a,
            title="x",
            what_happened="y",
            recommendation="z",
            cause="scope",
        )


# --------------------------------------------------------------------------- training


def test_a_published_lesson_becomes_the_reading_of_a_curriculum(world):
    from accord.training import services as training

    curriculum = training.curriculum_create(
        actor=world.qa_quinn, code="pm-basics", name="Project management basics"
    )
    lesson = _library(world)["adc_pd"]
    services.lesson_link_curriculum(actor=world.qa_quinn, lesson=lesson, curriculum=curriculum)
    page = client_for(world.qa_quinn).get(reverse("training:curriculum", args=[curriculum.pk]))
    assert "Conjugation DAR drift" in page.content.decode()


def test_a_draft_lesson_is_not_training_material(world):
    from accord.training import services as training

    curriculum = training.curriculum_create(actor=world.qa_quinn, code="c1", name="C1")
    lesson = _library(world)["draft"]
    with pytest.raises(ValidationError, match="Publish the lesson"):
        services.lesson_link_curriculum(actor=world.qa_quinn, lesson=lesson, curriculum=curriculum)


# --------------------------------------------------------------------------- the library


def test_the_library_searches_filters_and_exports(world):
    _library(world)
    client = client_for(world.pm_alice)
    page = client.get(reverse("lessons:library"), {"q": "DAR", "modality": "adc"}).content.decode()
    assert "Conjugation DAR drift" in page and "Lyophilizer slot" not in page
    drafts = client.get(reverse("lessons:library"), {"status": "draft"}).content.decode()
    assert "Not yet published" in drafts and "Media hold time" not in drafts
    csv = client.get(reverse("lessons:export", args=["csv"]), {"service": "fill_finish"})
    body = csv.content.decode()
    assert "Lyophilizer slot" in body and "Conjugation DAR drift" not in body
    assert "Fill-finish" in body  # human labels, not codes
    xlsx = client.get(reverse("lessons:export", args=["xlsx"]))
    assert xlsx.status_code == 200 and xlsx.content[:2] == b"PK"


def test_sponsor_users_are_refused_the_library_and_the_api(world):
    _library(world)
    client = client_for(world.sponsor_a_manager)
    assert client.get(reverse("lessons:library")).status_code == 403
    assert selectors.lessons_visible_to(world.sponsor_a_manager).count() == 0


def test_the_api_starts_drafts_and_submits_a_review_through_the_same_rule(world):
    from tests.test_api import _bearer

    api = _bearer(world.pm_alice)
    pk = world.project_a.pk
    assert api.post(f"/api/v1/projects/{pk}/lessons-review").status_code == 201
    refused = api.post(
        f"/api/v1/projects/{pk}/lessons-review/submit",
        {"username": "pm.alice", "password": PASSWORD, "acknowledge": True, "version": 1},
        content_type="application/json",
    )
    assert refused.status_code == 422
    assert "went_well" in {e["field"] for e in refused.json()["errors"]}
    body = {
        "went_well": "a",
        "went_badly": "b",
        "root_causes": "c",
        "recommendations": "d",
        "process_rating": 3,
        "quality_rating": 3,
        "schedule_rating": 3,
        "sponsor_satisfaction": 3,
        "version": 1,
    }
    assert (
        api.put(
            f"/api/v1/projects/{pk}/lessons-review", body, content_type="application/json"
        ).status_code
        == 200
    )
    finding = {"title": "t", "what_happened": "w", "recommendation": "r", "cause": "scope"}
    made = api.post(
        f"/api/v1/projects/{pk}/lessons-review/findings", finding, content_type="application/json"
    )
    assert made.status_code == 201 and made.json()["status"] == "draft"
    done = api.post(
        f"/api/v1/projects/{pk}/lessons-review/submit",
        {"username": "pm.alice", "password": PASSWORD, "acknowledge": True, "version": 2},
        content_type="application/json",
    )
    assert done.status_code == 200 and done.json()["status"] == "submitted"
    lessons = api.get("/api/v1/lessons", {"status": "published"}).json()
    assert lessons["count"] == 1 and lessons["items"][0]["title"] == "t"


def test_a_lesson_becomes_a_ci_initiative_linked_both_ways(world):
    from accord.improvement.models import Initiative
    from tests.improvement_rows import champion

    lesson = _library(world)["adc_pd"]
    staff = client_for(world.pm_alice)
    page = staff.get(reverse("lessons:detail", args=[lesson.pk])).content.decode()
    start = f"{reverse('improvement:create')}?lesson={lesson.pk}"
    assert start.replace("&", "&amp;") in page and "None started from it" in page
    form = staff.get(start).content.decode()
    assert 'data-testid="from-lesson"' in form and "Conjugation DAR drift" in form
    otto = champion(world)
    response = staff.post(
        start,
        {
            "title": "Hold the DAR in the conjugation step",
            "problem_statement": lesson.what_happened,
            "method": "dmaic",
            "owner": world.pm_alice.pk,
            "champion": otto.pk,
            "site": world.site.pk,
            "started_on": "2026-03-02",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    initiative = Initiative.objects.get(title="Hold the DAR in the conjugation step")
    assert initiative.lesson == lesson
    detail = staff.get(reverse("improvement:detail", args=[initiative.pk])).content.decode()
    assert reverse("lessons:detail", args=[lesson.pk]) in detail
    page = staff.get(reverse("lessons:detail", args=[lesson.pk])).content.decode()
    assert initiative.code in page and "None started from it" not in page
    # A lesson the user may not read starts nothing: sponsor users are refused outright.
    assert client_for(world.sponsor_a_manager).get(start).status_code in (403, 404)


def test_a_draft_lesson_starts_no_initiative(world):
    from accord.improvement.services import initiative_create
    from tests.improvement_rows import champion

    draft = _library(world)["draft"]
    with pytest.raises(ValidationError) as refused:
        initiative_create(
            actor=world.pm_alice,
            title="Too early",
            problem_statement="Not published yet.",
            method="kaizen",
            owner=world.pm_alice,
            champion=champion(world),
            site=world.site,
            lesson=draft,
        )
    assert "publish the lesson" in str(refused.value)
