"""The lessons that apply, on a proposal's page: those of its RFP's modality (its services
first), applied from the proposal as from the RFP, and nothing of another proposal's
applications or of another modality."""

from __future__ import annotations

from django.urls import reverse

from accord.core import clock
from accord.lessons import services
from accord.lessons.models import LessonApplication
from tests.conftest import client_for
from tests.test_lessons import _library
from tests.test_proposals import _proposal, _rfp


def _page(user, proposal) -> str:
    return (
        client_for(user)
        .get(reverse("proposals:proposal_detail", args=[proposal.pk]))
        .content.decode()
    )


def test_a_proposal_of_the_same_modality_shows_the_lessons_that_apply(world):
    lessons = _library(world)  # world.proposal_a answers an ADC process development RFP
    text = _page(world.pm_alice, world.proposal_a)
    assert 'data-testid="lessons-that-apply"' in text
    assert text.index("Conjugation DAR drift") < text.index("Lyophilizer slot")
    assert "Media hold time" not in text and "Not yet published" not in text
    apply = reverse("lessons:apply", args=[lessons["adc_pd"].pk, "proposal", world.proposal_a.pk])
    assert apply in text


def test_a_lesson_applied_from_the_proposal_is_recorded_on_its_rfp_and_shown_on_both(world):
    lesson = _library(world)["adc_pd"]
    client = client_for(world.pm_alice)
    url = reverse("lessons:apply", args=[lesson.pk, "proposal", world.proposal_a.pk])
    answer = client.post(url, {"how": "Priced a DAR study.", "applied_on": clock.today()})
    assert answer.url == reverse("proposals:proposal_detail", args=[world.proposal_a.pk])
    application = LessonApplication.objects.get()
    assert (application.rfp, application.project) == (world.rfp_a, None)
    assert "Applied " in _page(world.pm_alice, world.proposal_a)
    rfp_page = client.get(reverse("proposals:rfp_detail", args=[world.rfp_a.pk])).content.decode()
    assert "Applied " in rfp_page and "Alice Morgan" in rfp_page
    again = client.post(url, {"how": "Again.", "applied_on": clock.today()})
    assert "is recorded as applied on" in again.content.decode()
    assert LessonApplication.objects.count() == 1


def test_another_sponsors_proposal_of_another_modality_shows_nothing_of_this_one(world):
    lessons = _library(world)
    services.application_record(
        actor=world.pm_alice, lesson=lessons["bio"], rfp=world.rfp_a, how="Checked media holds."
    )
    rfp_b = _rfp(world, sponsor=world.sponsor_b, title="Borealis mAb supply", modality="biologic")
    proposal_b = _proposal(world, rfp=rfp_b, title="Borealis mAb proposal")
    text = _page(world.pm_alice, proposal_b)
    assert "Media hold time" in text
    assert "Conjugation DAR drift" not in text and "Lyophilizer slot" not in text
    assert "Applied " not in text and "Checked media holds" not in text
    assert world.rfp_a.number not in text and world.sponsor_a.name not in text


def test_sponsor_users_see_no_lessons_on_their_proposal_and_cannot_apply_one(world):
    lesson = _library(world)["adc_pd"]
    text = _page(world.sponsor_a_manager, world.proposal_a)
    assert world.proposal_a.title in text
    assert "lessons-that-apply" not in text and "Conjugation DAR drift" not in text
    url = reverse("lessons:apply", args=[lesson.pk, "proposal", world.proposal_a.pk])
    assert client_for(world.sponsor_a_manager).get(url).status_code == 403
    missing = reverse("lessons:apply", args=[lesson.pk, "proposal", 999999])
    assert client_for(world.pm_alice).get(missing).status_code == 404
