"""The qualification gate outside the plan (R-TRN-5): a deviation's owner leads its
investigation and a change's assessor assesses its impact, so each must hold what the
activity requires (an ``ActivityRequirement``); the refusal names what they lack."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from accord.core import clock
from accord.quality.models import Deviation, ImpactAssessment
from accord.quality.services import changes as change_services
from accord.training.gate import GateBlocked
from accord.training.models import Activity, ActivityRequirement
from tests.conftest import client_for
from tests.deviation_helpers import raise_deviation
from tests.test_change_control import raised
from tests.test_gate import competency, qualify

pytestmark = pytest.mark.req("R-TRN-5")


def require(activity: str, name: str, level: int = 3):
    what = competency(name.lower().replace(" ", "-"), name)
    ActivityRequirement.objects.create(activity=activity, competency=what, min_level=level)
    return what


def test_a_deviation_owner_without_root_cause_training_is_refused_by_name(world):
    rca = require(Activity.DEVIATION_INVESTIGATION, "Root cause analysis")
    with pytest.raises(GateBlocked) as refused:
        raise_deviation(world, owner=world.pm_alice)
    assert refused.value.gaps == ["Root cause analysis: no record (level 3 needed)"]
    assert "Alice Morgan is not qualified" in refused.value.message_dict["owner"][0]
    assert not Deviation.objects.exists()
    qualify(world.pm_alice, rca, 3, clock.today() - dt.timedelta(days=5))
    assert raise_deviation(world, owner=world.pm_alice).owner == world.pm_alice


def test_an_expired_qualification_is_named_for_the_deviation_owner(world):
    rca = require(Activity.DEVIATION_INVESTIGATION, "Root cause analysis")
    today = clock.today()
    qualify(world.qa_quinn, rca, 3, today - dt.timedelta(days=400), today - dt.timedelta(days=3))
    with pytest.raises(GateBlocked) as refused:
        raise_deviation(world, owner=world.qa_quinn)
    assert refused.value.gaps[0].startswith("Root cause analysis: level 3 expired on")


def test_the_deviation_form_shows_the_owners_gaps(world):
    require(Activity.DEVIATION_INVESTIGATION, "Root cause analysis")
    now = clock.now()
    response = client_for(world.pm_alice).post(
        reverse("quality:deviation_raise"),
        {
            "title": "Spill in suite 3",
            "description": "Buffer spilled during transfer.",
            "occurred_at": (now - dt.timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M"),
            "discovered_at": (now - dt.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M"),
            "site": world.site.pk,
            "area": "Suite 3",
            "containment": "Area cleaned.",
            "classification": "minor",
            "classification_rationale": "No product contact.",
            "owner": world.pm_alice.pk,
        },
    )
    assert response.status_code == 200
    assert "Root cause analysis: no record (level 3 needed)" in response.content.decode()
    assert not Deviation.objects.exists()


def test_an_impact_assessor_must_be_qualified_to_assess_changes(world):
    impact = require(Activity.CHANGE_ASSESSMENT, "Change impact assessment", level=2)
    change = raised(world)
    with pytest.raises(GateBlocked) as refused:
        change_services.change_control_request_assessment(
            actor=world.pm_alice, change=change, department="qa", assessor=world.qa_quinn
        )
    assert refused.value.gaps == ["Change impact assessment: no record (level 2 needed)"]
    assert "Quinn Keller is not qualified" in refused.value.message_dict["assessor"][0]
    assert not ImpactAssessment.objects.exists()
    qualify(world.qa_quinn, impact, 1, clock.today() - dt.timedelta(days=5))
    with pytest.raises(GateBlocked) as too_low:
        change_services.change_control_request_assessment(
            actor=world.pm_alice, change=change, department="qa", assessor=world.qa_quinn
        )
    assert too_low.value.gaps == ["Change impact assessment: level 1, level 2 needed"]
    qualify(world.qa_quinn, impact, 2, clock.today() - dt.timedelta(days=1))
    assessment = change_services.change_control_request_assessment(
        actor=world.pm_alice, change=change, department="qa", assessor=world.qa_quinn
    )
    assert assessment.assessor == world.qa_quinn


def test_the_api_names_the_assessors_gaps(world):
    require(Activity.CHANGE_ASSESSMENT, "Change impact assessment")
    change = raised(world)
    response = client_for(world.pm_alice).post(
        f"/api/v1/change-controls/{change.pk}/assessments",
        {"department": "qa", "assessor_id": world.qa_quinn.pk},
        content_type="application/json",
    )
    assert response.status_code == 422
    errors = response.json()["errors"]
    assert errors[0]["field"] == "assessor"
    assert "Change impact assessment: no record (level 3 needed)" in errors[0]["message"]
