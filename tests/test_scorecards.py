"""Scorecard figures against a hand-made quarter (tests/scorecard_fixtures.py), and the
rules of templates: weights summing to 100, known formula names, standings covering 0 to
100; freezing a closed period for good, and the executive's signature."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from accord.scorecards import services
from accord.scorecards.compute import compute
from accord.scorecards.models import Scorecard
from accord.scorecards.selectors import scorecard_summary, sponsor_scorecard
from accord.scorecards.variables import _REGISTRY as VARIABLE_REGISTRY
from accord.scorecards.variables import (
    COMPANY,
    SPONSOR,
    TRANSFORM,
    Measure,
    Period,
    Scope,
    Variable,
    measure,
    register,
)
from accord.service import dashboard
from accord.service.dashboard import ClockFacts, ConcernFacts
from accord.signatures.models import Signature
from tests.factories import PASSWORD
from tests.quality_rows import make_batch
from tests.scorecard_fixtures import AFTER_Q3, BANDS, Q3_START, SPONSOR_CRITERIA, build_quarter

Q3 = Period("quarter", Q3_START)


@pytest.fixture
def quarter(db):
    return build_quarter()


def _aurora(q) -> Scope:
    return Scope(SPONSOR, q.aurora.pk, q.aurora.name)


def _value(name, scope, period=Q3):
    return measure(name, scope, period).value


def test_perform_figures_counted_by_hand(quarter, monkeypatch):
    aurora, company = _aurora(quarter), Scope(COMPANY)
    # Milestones: Aurora M1 and M3 of M1-M3 on time; with Borealis' M6, 3 of 4.
    assert _value("on_time_milestones", aurora) == 66.7
    assert _value("on_time_milestones", company) == 75.0
    # Delays: Aurora 5 + 3 days over its one running project; 12 days over 2 projects.
    assert _value("delay_days_per_project", aurora) == 8.0
    assert _value("delay_days_per_project", company) == 6.0
    # Batches: Aurora B-1 clean of B-1..B-3 with 0 + 1 + 2 deviations; B-5, B-6 clean.
    assert _value("right_first_time", aurora) == 33.3
    assert _value("deviations_per_batch", aurora) == 1.0
    assert _value("right_first_time", company) == 60.0
    assert _value("deviations_per_batch", company) == 0.6
    # CSAT: 5, 4, 2 (October's 5 is later) -> 2 of 3; with Borealis' 3 -> 2 of 4.
    assert _value("csat", aurora) == 66.7
    assert _value("csat", company) == 50.0
    # NPS: 10, 9 promoters, 6 detractor, 8 passive -> (2 - 1) / 4.
    assert _value("nps", aurora) == 25.0
    # Change orders: one approved 10 days after it was raised, one 29 days.
    assert _value("change_orders_on_time", aurora) == 50.0
    # Concerns: the clocks of the two concerns Aurora raised, as the dashboard reads them.
    real = dashboard.facts_for

    def facts(concerns, **kwargs):
        found = []
        for fact in real(concerns, **kwargs):
            met = fact.number.endswith("1")
            clocks = {
                "acknowledge": ClockFacts("met", 1.0),
                "first_contact": ClockFacts("met" if met else "breached", 3.0),
                "resolve": ClockFacts("met", 20.0 if met else 50.0),
            }
            found.append(ConcernFacts(**{**fact.__dict__, "clocks": clocks, "past_updates": ()}))
        return found

    monkeypatch.setattr(dashboard, "facts_for", facts)
    # 5 of 6 clocks met; median of 20 and 50 working hours.
    assert _value("concern_clocks_met", aurora) == 83.3
    assert _value("median_resolution_hours", aurora) == 35.0
    assert _value("concern_clocks_met", Scope(SPONSOR, quarter.borealis.pk, "B")) is None


def test_transform_training_figures_counted_by_hand(quarter):
    aurora, company = _aurora(quarter), Scope(COMPANY)
    # Company: Alice on time, Quinn late, Oscar open -> 1 of 3; Aurora's team is Alice
    # and Quinn -> 1 of 2.
    assert _value("training_on_time", company) == 33.3
    assert _value("training_on_time", aurora) == 50.0
    # Overdue on 30 September: Oscar's open one and Quinn's done in October; Aurora: Quinn.
    assert _value("training_overdue", company) == 2
    assert _value("training_overdue", aurora) == 1
    # Competencies held: Alice 3, Quinn 4, Oscar 2 (his 4 expired) -> 2 of 3; team 2 of 2.
    assert _value("competencies_level3", company) == 66.7
    assert _value("competencies_level3", aurora) == 100.0
    site = Scope("site", quarter.site.pk, quarter.site.name)
    assert _value("training_on_time", site) == 33.3
    person = Scope("person", quarter.oscar.pk, "Oscar")
    assert _value("training_on_time", person) == 0.0
    department = Scope("department", "manufacturing", "Manufacturing")
    assert _value("training_on_time", department) is None


def test_nothing_to_measure_is_none_never_zero(quarter):
    empty = Scope(SPONSOR, quarter.empty.pk, quarter.empty.name)
    for name in ("on_time_milestones", "right_first_time", "csat", "nps", "training_on_time"):
        found = measure(name, empty, Q3)
        assert found.value is None and found.note
    result = compute(quarter.template, empty, Q3)
    assert result.score is None and result.standing == ""


def test_the_sponsor_scorecard_weighs_its_criteria_and_names_its_standing(quarter):
    result = compute(quarter.template, _aurora(quarter), Q3)
    scores = {row["name"]: row["score"] for row in result.criteria}
    assert scores == {
        "Milestones on time": 66.7,
        "Right first time": 33.3,
        "Few deviations": 50.0,  # 100 - 50 x 1.0
        "Satisfaction": 66.7,
        "Training on time": 50.0,
        "Competent people": 100.0,
    }
    # Perform: (66.7 x 20 + 33.3 x 10 + 50 x 10 + 66.7 x 10) / 50 = 56.68.
    assert result.perform == 56.7
    # Transform: (50 x 25 + 100 x 25) / 50.
    assert result.transform == 75.0
    # Total: (2834 + 3750) / 100 = 65.84, in the 50-70 band.
    assert result.score == 65.8
    assert (result.standing, result.standing_colour) == ("Needs improvement", "#fd7e14")
    met = {row["name"]: row["met"] for row in result.criteria}
    assert met["Competent people"] is True and met["Milestones on time"] is False
    assert met["Few deviations"] is None  # no target
    evidence = result.criteria[0]["variables"][0]["evidence"]
    assert [e["label"] for e in evidence] == ["AUR-101 · M1", "AUR-101 · M2", "AUR-101 · M3"]
    assert evidence[1]["url"] == reverse("planning:plan", args=[quarter.project_a.pk])
    assert "(late)" in evidence[1]["detail"]


def test_a_criterion_not_measured_leaves_the_others_to_carry_the_weight(quarter):
    borealis = Scope(SPONSOR, quarter.borealis.pk, quarter.borealis.name)
    result = compute(quarter.template, borealis, Q3)
    # Borealis: milestones 100, batches clean (100, 100), CSAT 0 -> perform
    # (2000 + 1000 + 1000 + 0) / 50 = 80; Alice alone: training 100, competent 100.
    assert (result.perform, result.transform, result.score) == (80.0, 100.0, 90.0)
    assert result.standing == "Excellent"


def test_a_half_not_measured_at_all_leaves_no_total_score(quarter):
    criteria = [dict(row) for row in SPONSOR_CRITERIA]
    criteria[4]["formula"] = "training_on_time + 0 * nps"
    criteria[5]["formula"] = "competencies_level3 + 0 * nps"
    services.template_update(
        actor=quarter.executive, template=quarter.template, name="Sponsor scorecard",
        scope_kind="sponsor", period_kind="quarter", criteria=criteria, bands=BANDS,
    )  # fmt: skip
    # Borealis answered no relationship survey: its transform half is not measured.
    result = compute(quarter.template, Scope(SPONSOR, quarter.borealis.pk, "B"), Q3)
    assert (result.perform, result.transform) == (80.0, None)
    assert result.score is None and result.standing == ""


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"weight": 15}, "The weights sum to 95; they must sum to 100."),
        ({"weight": 30}, "The weights sum to 110; they must sum to 100."),
        ({"formula": "on_time_milestones + wishful_thinking"},
         "Milestones on time: Unknown name in the formula: wishful_thinking."),
        ({"formula": "on_time_milestones +"}, "Milestones on time: The formula is not a valid"),
        ({"formula": "__import__('os')"}, "Milestones on time: Unknown name in the formula"),
        ({"formula": "csat.real"}, "Milestones on time: A formula is arithmetic"),
    ],
)  # fmt: skip
def test_a_bad_template_is_refused_with_the_reason_and_nothing_is_written(quarter, change, message):
    criteria = [dict(row) for row in SPONSOR_CRITERIA]
    criteria[0].update(change)
    with pytest.raises(ValidationError) as refused:
        services.template_create(
            actor=quarter.executive, name="Bad", scope_kind="sponsor", period_kind="quarter",
            criteria=criteria, bands=BANDS,
        )  # fmt: skip
    assert refused.value.message_dict["criteria"][0].startswith(message)
    assert not type(quarter.template).objects.filter(name="Bad").exists()


@pytest.mark.parametrize(
    ("bands", "message"),
    [
        (BANDS[:-1], "No standing covers scores from 0 to 50."),
        (BANDS[1:], "No standing covers scores from 85 to 100."),
        ([*BANDS[:3], {**BANDS[3], "upper": 60}], "Needs improvement overlaps"),
        ([*BANDS[:3], {**BANDS[3], "colour": "red"}], "Poor: give the colour as #rrggbb."),
    ],
)
def test_standings_must_cover_0_to_100_without_gap_or_overlap(quarter, bands, message):
    with pytest.raises(ValidationError) as refused:
        services.template_update(
            actor=quarter.executive, template=quarter.template, name="Sponsor scorecard",
            scope_kind="sponsor", period_kind="quarter", criteria=SPONSOR_CRITERIA, bands=bands,
        )  # fmt: skip
    assert refused.value.message_dict["bands"][0].startswith(message)
    assert quarter.template.bands.count() == 4


def test_updating_a_template_rewrites_its_criteria_and_is_audited(quarter):
    from accord.audit.models import AuditEvent

    criteria = [dict(row) for row in SPONSOR_CRITERIA]
    criteria[0]["weight"], criteria[1]["weight"] = 10, 20
    updated = services.template_update(
        actor=quarter.executive, template=quarter.template, version=1, name="Sponsor scorecard",
        scope_kind="sponsor", period_kind="quarter", criteria=criteria, bands=BANDS,
    )  # fmt: skip
    assert updated.version == 2
    assert [c.weight for c in updated.criteria.all()][:2] == [10, 20]
    event = AuditEvent.objects.filter(action="scorecards.scorecardtemplate.changed").get()
    assert "criteria" in event.changes


def test_only_leadership_writes_templates(quarter):
    with pytest.raises(PermissionDenied):
        services.template_update(
            actor=quarter.alice, template=quarter.template, name="Mine", scope_kind="sponsor",
            period_kind="quarter", criteria=SPONSOR_CRITERIA, bands=BANDS,
        )  # fmt: skip


@pytest.fixture
def fake_variable():
    """A transform variable another app would register (CI gains), for a formula."""
    register(
        Variable(
            "fake_ci_gain", "CI gain", TRANSFORM, "%",
            lambda scope, period: Measure(40.0, note="two initiatives"),
        )
    )  # fmt: skip
    yield
    VARIABLE_REGISTRY.pop("fake_ci_gain")


def test_a_variable_another_app_registers_can_be_used_in_a_formula(quarter, fake_variable):
    criteria = [dict(row) for row in SPONSOR_CRITERIA]
    criteria[5]["formula"] = "(competencies_level3 + fake_ci_gain) / 2"
    services.template_update(
        actor=quarter.executive, template=quarter.template, name="Sponsor scorecard",
        scope_kind="sponsor", period_kind="quarter", criteria=criteria, bands=BANDS,
    )  # fmt: skip
    result = compute(quarter.template, _aurora(quarter), Q3)
    assert result.criteria[5]["score"] == 70.0  # (100 + 40) / 2
    assert result.transform == 60.0  # (50 + 70) / 2


def test_a_frozen_scorecard_stays_frozen_when_the_data_changes(quarter):
    aurora = _aurora(quarter)
    with pytest.raises(ValidationError, match="has not ended"):
        services.scorecard_freeze(
            actor=None, template=quarter.template, scope=aurora, period=Q3,
            today=dt.date(2026, 9, 30),
        )  # fmt: skip
    frozen = services.scorecard_freeze(
        actor=None, template=quarter.template, scope=aurora, period=Q3, today=AFTER_Q3
    )
    assert (frozen.score, frozen.standing, frozen.state) == (65.8, "Needs improvement", "frozen")
    stored = frozen.criteria[1]["variables"][0]
    assert (stored["value"], stored["note"]) == (33.3, "1 of 3 batches without a deviation")
    assert len(stored["evidence"]) == 3
    # A batch made late in September is registered after the freeze.
    make_batch(quarter.project_a, quarter.alice, "B-7", dt.date(2026, 9, 20))
    live = compute(quarter.template, aurora, Q3)
    assert live.criteria[1]["score"] == 50.0 and live.score != frozen.score
    again = services.scorecard_freeze(
        actor=None, template=quarter.template, scope=aurora, period=Q3, today=AFTER_Q3
    )
    assert again.pk == frozen.pk
    frozen.refresh_from_db()
    assert frozen.score == 65.8 and frozen.criteria[1]["score"] == 33.3
    assert Scorecard.objects.count() == 1


def test_the_daily_sweep_freezes_the_last_closed_period_once(quarter):
    assert services.scorecards_freeze_due(AFTER_Q3) == 2  # Aurora, Borealis
    assert services.scorecards_freeze_due(AFTER_Q3) == 0
    frozen = Scorecard.objects.filter(period_start=Q3.start)
    assert {c.scope_label for c in frozen} == {"Aurora Therapeutics", "Borealis Pharma"}
    # Cygnus Bio had no project running in the quarter: nothing of ours to score, no card.
    assert not Scorecard.objects.filter(scope_label="Cygnus Bio").exists()
    from accord.notifications.models import Notification

    assert (
        Notification.objects.filter(recipient=quarter.executive, kind="scorecard_to_sign").count()
        == 2
    )


def test_the_executive_signs_a_frozen_scorecard(quarter):
    frozen = services.scorecard_freeze(
        actor=None, template=quarter.template, scope=_aurora(quarter), period=Q3, today=AFTER_Q3
    )
    with pytest.raises(PermissionDenied):
        services.scorecard_sign(
            actor=quarter.alice, scorecard=frozen, meaning="reviewed", username="pm.alice",
            password=PASSWORD, acknowledge=True,
        )  # fmt: skip
    with pytest.raises(ValidationError):
        services.scorecard_sign(
            actor=quarter.executive, scorecard=frozen, meaning="reviewed",
            username="exec.erin", password="wrong", acknowledge=True,
        )  # fmt: skip
    signed = services.scorecard_sign(
        actor=quarter.executive, scorecard=frozen, meaning="reviewed", username="exec.erin",
        password=PASSWORD, acknowledge=True, version=frozen.version,
    )  # fmt: skip
    assert signed.is_signed and signed.signed_by == quarter.executive
    signature = Signature.objects.get(record_type="scorecards.scorecard", record_id=signed.pk)
    assert signature.meaning == "reviewed" and signature.sponsor_id == quarter.aurora.pk
    with pytest.raises(ValidationError, match="already signed"):
        services.scorecard_sign(
            actor=quarter.executive, scorecard=signed, meaning="reviewed",
            username="exec.erin", password=PASSWORD,
        )  # fmt: skip


def test_the_business_review_reads_a_sponsor_quarter(quarter):
    assert sponsor_scorecard(quarter.aurora, Q3) is None
    frozen = services.scorecard_freeze(
        actor=None, template=quarter.template, scope=_aurora(quarter), period=Q3, today=AFTER_Q3
    )
    assert sponsor_scorecard(quarter.aurora, Q3) == frozen
    assert sponsor_scorecard(quarter.aurora, dt.date(2026, 8, 15)) == frozen
    assert sponsor_scorecard(quarter.borealis, Q3) is None
    summary = scorecard_summary(frozen)
    assert (summary["score"], summary["perform"], summary["transform"]) == (65.8, 56.7, 75.0)
    assert summary["standing"] == "Needs improvement" and summary["standing_colour"] == "#fd7e14"
    assert summary["criteria"][0] == {
        "name": "Milestones on time", "half": "perform", "weight": 20, "score": 66.7,
        "target": 90.0, "met": False,
    }  # fmt: skip
