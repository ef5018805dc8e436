"""The lessons figures of the scorecards, against a hand-made dataset: lessons applied per
company, sponsor (its projects and proposals), project, site and person, with evidence;
and the share of lessons reviews submitted within 30 days of the project's end."""

from __future__ import annotations

import datetime as dt

from django.urls import reverse

from accord.core import clock
from accord.lessons import services
from accord.scorecards.variables import (
    COMPANY,
    DEPARTMENT,
    MONTH,
    PERSON,
    PROJECT,
    SITE,
    SPONSOR,
    Period,
    Scope,
    measure,
    variable,
)
from tests.conftest import World
from tests.factories import ProjectFactory, lessons_review_submitted


def _applications(world: World):
    """One published lesson, applied on project A and on RFP A this month, and on
    project B last month."""
    source = ProjectFactory(sponsor=world.sponsor_b, site=world.site, modality="adc")
    review = lessons_review_submitted(actor=world.pm_alice, project=source)
    lesson = review.lessons.get()
    month = Period.containing(MONTH, clock.today())
    services.application_record(
        actor=world.pm_alice,
        lesson=lesson,
        project=world.project_a,
        how="Second supplier qualified.",
        applied_on=month.start,
    )
    services.application_record(
        actor=world.qa_quinn,
        lesson=lesson,
        rfp=world.rfp_a,
        how="Priced a second supplier.",
        applied_on=month.start,
    )
    services.application_record(
        actor=world.pm_alice,
        lesson=lesson,
        project=world.project_b,
        how="Dual sourcing in the plan.",
        applied_on=month.previous().start,
    )
    return lesson, month, month.previous()


def test_lessons_applied_are_counted_per_scope_and_period(world):
    lesson, month, last = _applications(world)
    assert variable("lessons_applied").half == "transform"

    def value(scope: Scope, period: Period = month):
        return measure("lessons_applied", scope, period).value

    assert value(Scope(COMPANY)) == 2.0 and value(Scope(COMPANY), last) == 1.0
    assert value(Scope(SPONSOR, world.sponsor_a.pk, "Aurora")) == 2.0  # a project and an RFP
    assert value(Scope(SPONSOR, world.sponsor_b.pk, "Borealis")) is None
    assert value(Scope(SPONSOR, world.sponsor_b.pk, "Borealis"), last) == 1.0
    assert value(Scope(PROJECT, world.project_a.pk, "AUR-101-TT")) == 1.0
    assert value(Scope(SITE, world.site.pk, "Visp")) == 1.0  # an RFP has no site
    assert value(Scope(PERSON, world.qa_quinn.pk, "Quinn")) == 1.0
    assert value(Scope(PERSON, world.admin_ada.pk, "Ada")) is None
    assert value(Scope(DEPARTMENT, "quality_assurance", "QA")) is None
    found = measure("lessons_applied", Scope(SPONSOR, world.sponsor_a.pk, "Aurora"), month)
    labels = sorted(e.label for e in found.evidence)
    assert labels == [
        f"{lesson.number} applied on AUR-101-TT",
        f"{lesson.number} applied on {world.rfp_a.number}",
    ]
    assert {e.url for e in found.evidence} == {reverse("lessons:detail", args=[lesson.pk])}


def test_nothing_applied_is_not_measured_rather_than_zero(world):
    month = Period.containing(MONTH, clock.today())
    assert measure("lessons_applied", Scope(COMPANY), month).value is None


def test_reviews_on_time_are_those_submitted_within_30_days_of_the_end(world):
    late = ProjectFactory(
        sponsor=world.sponsor_a,
        site=world.site,
        start_date=clock.today() - dt.timedelta(days=200),
        target_end_date=clock.today() - dt.timedelta(days=31),
    )
    lessons_review_submitted(actor=world.pm_alice, project=late)
    lessons_review_submitted(actor=world.pm_alice, project=world.project_b)  # ends later
    month = Period.containing(MONTH, clock.today())
    found = measure("lessons_reviews_on_time", Scope(COMPANY), month)
    assert found.value == 50.0 and found.note == "1 of 2 reviews on time"
    assert measure("lessons_reviews_on_time", Scope(PROJECT, late.pk, late.code), month).value == 0
    assert measure("lessons_reviews_on_time", Scope(COMPANY), month.previous()).value is None
