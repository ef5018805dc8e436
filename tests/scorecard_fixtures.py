"""A hand-made quarter (Q3 2026) for the scorecard tests: two sponsors' projects at one
site, their milestones against a baseline, delays, batches and deviations, concerns,
survey answers, change orders and the training of the people who serve them. Every
figure the tests expect is counted by hand in the comments of ``tests/test_scorecards``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from zoneinfo import ZoneInfo

from accord.accounts.models import Organization, Site, User
from accord.changes.models import ChangeOrder
from accord.core import clock
from accord.delays.models import Delay
from accord.planning.models import Baseline, BaselineTask, Task
from accord.projects.models import Project
from accord.scorecards.services import template_create
from accord.service import services as service_services
from accord.surveys.models import Survey, SurveyResponse
from accord.training.models import Assignment, Competency, CompetencyRecord, Requirement
from tests.factories import (
    CdmoFactory,
    OrganizationFactory,
    ProjectFactory,
    SiteFactory,
    UserFactory,
)
from tests.quality_rows import make_batch, make_deviation

ZURICH = ZoneInfo("Europe/Zurich")
Q3_START, Q3_END = dt.date(2026, 7, 1), dt.date(2026, 9, 30)
AFTER_Q3 = dt.date(2026, 10, 2)

BANDS = [
    {"name": "Excellent", "lower": 85, "upper": 100, "colour": "#198754"},
    {"name": "Good", "lower": 70, "upper": 85, "colour": "#0d6efd"},
    {"name": "Needs improvement", "lower": 50, "upper": 70, "colour": "#fd7e14"},
    {"name": "Poor", "lower": 0, "upper": 50, "colour": "#dc3545"},
]

SPONSOR_CRITERIA = [
    {"name": "Milestones on time", "half": "perform", "formula": "on_time_milestones",
     "weight": 20, "target": 90, "unit": "%"},
    {"name": "Right first time", "half": "perform", "formula": "right_first_time",
     "weight": 10, "target": 90, "unit": "%"},
    {"name": "Few deviations", "half": "perform",
     "formula": "max(0, 100 - 50 * deviations_per_batch)", "weight": 10, "target": None,
     "unit": "points"},
    {"name": "Satisfaction", "half": "perform", "formula": "csat", "weight": 10, "target": 80,
     "unit": "%"},
    {"name": "Training on time", "half": "transform", "formula": "training_on_time",
     "weight": 25, "target": 90, "unit": "%"},
    {"name": "Competent people", "half": "transform", "formula": "competencies_level3",
     "weight": 25, "target": 80, "unit": "%"},
]  # fmt: skip


@dataclass
class Quarter:
    cdmo: Organization
    site: Site
    aurora: Organization
    borealis: Organization
    empty: Organization
    alice: User
    quinn: User
    oscar: User
    executive: User
    aurora_manager: User
    borealis_manager: User
    project_a: Project
    project_b: Project
    template: object


def _at(day: dt.date, hour: int = 10) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, tzinfo=ZURICH)


def _milestone(project, uid, name, actual, baseline, promised=None):
    task = Task.objects.create(
        project=project, uid=uid, name=name, kind=Task.Kind.MILESTONE, actual_finish=actual
    )
    if promised is not None:
        BaselineTask.objects.create(
            baseline=baseline, task=task, task_uid=uid, start=promised, finish=promised, duration=0
        )
    return task


def _baseline(project, user, finish) -> Baseline:
    baseline = Baseline.objects.create(
        project=project, number=1, name="Contract baseline", finish=finish, created_by=user
    )
    Baseline.objects.filter(pk=baseline.pk).update(created_at=_at(dt.date(2026, 6, 1)))
    return baseline


def _delay(project, number, days, on):
    return Delay.objects.create(
        project=project,
        number=number,
        title=f"Delay {number}",
        cause="material_shortage",
        occurred_on=on,
        days_lost=days,
        description="What happened.",
    )


def _answer(kind, sponsor, project, respondent, score, on):
    survey = Survey.objects.create(
        kind=kind,
        trigger="milestone" if kind == "csat" else "project_closed",
        sponsor=sponsor,
        project=project,
        title=f"{kind.upper()} survey {score}",
        quarter="2026-Q3",
        closes_at=_at(on) + dt.timedelta(days=14),
    )
    return SurveyResponse.objects.create(
        survey=survey,
        respondent=respondent,
        score=score,
        channel="portal",
        answered_at=_at(on),
        reason="other" if (kind == "csat" and score <= 2) or (kind == "nps" and score <= 6) else "",
    )


def _change_order(project, number, user, raised, decided, status="approved"):
    order = ChangeOrder.objects.create(
        project=project,
        number=number,
        title=f"Change {number}",
        sow_reference="SOW §1",
        scope_change="More work.",
        justification="Needed.",
        price_change=Decimal("1000"),
        status=status,
        created_by=user,
        decided_by=user,
        decided_on=decided,
    )
    ChangeOrder.objects.filter(pk=order.pk).update(created_at=_at(raised))
    return order


def _assignment(person, requirement, due, completed=None):
    return Assignment.objects.create(
        person=person,
        requirement=requirement,
        reason="initial",
        assigned_on=due - dt.timedelta(days=30),
        due_on=due,
        status="completed" if completed else "open",
        completed_on=completed,
    )


def _record(person, competency, level, assessed, assessor, expires=None):
    return CompetencyRecord.objects.create(
        person=person,
        competency=competency,
        level=level,
        method="observation",
        assessor=assessor,
        evidence="Observed.",
        assessed_on=assessed,
        expires_on=expires,
        recorded_at=_at(assessed),
    )


def build_quarter(*, concerns: bool = True) -> Quarter:
    cdmo = CdmoFactory()
    site = SiteFactory(organization=cdmo, code="VSP", name="Visp API plant")
    aurora = OrganizationFactory(name="Aurora Therapeutics", short_name="AUR")
    borealis = OrganizationFactory(name="Borealis Pharma", short_name="BOR")
    empty = OrganizationFactory(name="Cygnus Bio", short_name="CYG")

    def staff(username, first, *roles):
        return UserFactory(
            organization=cdmo, username=username, first_name=first, last_name="Staff",
            role_codes=roles, site=site,
        )  # fmt: skip

    alice = staff("pm.alice", "Alice", "project_manager")
    quinn = staff("qa.quinn", "Quinn", "quality_assurance")
    oscar = staff("op.oscar", "Oscar", "operations")
    executive = staff("exec.erin", "Erin", "executive")
    aurora_manager = UserFactory(
        organization=aurora, username="aurora.manager", role_codes=("sponsor_manager",)
    )
    borealis_manager = UserFactory(
        organization=borealis, username="borealis.manager", role_codes=("sponsor_manager",)
    )
    project_a = ProjectFactory(
        sponsor=aurora, site=site, code="AUR-101", title="Aurolimab transfer",
        members=[(alice, "project_manager"), (quinn, "qa_lead"), aurora_manager],
    )  # fmt: skip
    ProjectFactory(
        sponsor=aurora, site=site, code="AUR-202", title="Aurostat development",
        status=Project.Status.PLANNED,
    )  # fmt: skip
    project_b = ProjectFactory(
        sponsor=borealis, site=site, code="BOR-301", title="Borecitinib campaign",
        members=[(alice, "project_manager")],
    )  # fmt: skip

    # Milestones: A 2 of 3 on time (M4 after the quarter, M5 without baseline); B 1 of 1.
    base_a = _baseline(project_a, alice, dt.date(2026, 12, 1))
    _milestone(project_a, 1, "M1", dt.date(2026, 7, 8), base_a, dt.date(2026, 7, 10))
    _milestone(project_a, 2, "M2", dt.date(2026, 8, 20), base_a, dt.date(2026, 8, 15))
    _milestone(project_a, 3, "M3", dt.date(2026, 9, 10), base_a, dt.date(2026, 9, 10))
    _milestone(project_a, 4, "M4", dt.date(2026, 10, 6), base_a, dt.date(2026, 10, 5))
    _milestone(project_a, 5, "M5", dt.date(2026, 7, 20), base_a)
    base_b = _baseline(project_b, alice, dt.date(2026, 12, 1))
    _milestone(project_b, 1, "M6", dt.date(2026, 7, 30), base_b, dt.date(2026, 8, 1))

    # Delays: A 5 + 3 days in the quarter (10 in June do not count); B 4 days.
    _delay(project_a, 1, 5, dt.date(2026, 7, 15))
    _delay(project_a, 2, 3, dt.date(2026, 9, 1))
    _delay(project_a, 3, 10, dt.date(2026, 6, 20))
    _delay(project_b, 1, 4, dt.date(2026, 8, 10))

    # Batches: A B-1 clean, B-2 one deviation, B-3 two (B-4 in June); B: two clean (the
    # deviation on B-6 was cancelled).
    b1 = make_batch(project_a, alice, "B-1", dt.date(2026, 7, 5))
    b2 = make_batch(project_a, alice, "B-2", dt.date(2026, 8, 3))
    b3 = make_batch(project_a, alice, "B-3", dt.date(2026, 9, 1))
    b4 = make_batch(project_a, alice, "B-4", dt.date(2026, 6, 30))
    make_batch(project_b, alice, "B-5", dt.date(2026, 8, 8))
    b6 = make_batch(project_b, alice, "B-6", dt.date(2026, 9, 9))
    assert b1.pk
    make_deviation(project=project_a, owner=quinn, title="Temperature excursion",
                   discovered=dt.date(2026, 8, 4), batches=[b2, b3])  # fmt: skip
    make_deviation(project=project_a, owner=quinn, title="Label error",
                   discovered=dt.date(2026, 9, 2), batches=[b3])  # fmt: skip
    make_deviation(project=project_a, owner=quinn, title="June deviation",
                   discovered=dt.date(2026, 7, 1), batches=[b4])  # fmt: skip
    make_deviation(project=project_b, owner=quinn, title="Raised in error",
                   discovered=dt.date(2026, 9, 10), batches=[b6], state="cancelled")  # fmt: skip

    # Surveys: A CSAT 5, 4, 2 (and 5 in October); B CSAT 3. A NPS 10, 9, 6, 8.
    respondents = [
        UserFactory(organization=aurora, username=f"aurora.r{n}", role_codes=("sponsor_contact",))
        for n in range(4)
    ]
    for n, (score, on) in enumerate(
        [(5, dt.date(2026, 7, 3)), (4, dt.date(2026, 8, 3)), (2, dt.date(2026, 9, 3)),
         (5, dt.date(2026, 10, 3))]
    ):  # fmt: skip
        _answer("csat", aurora, project_a, respondents[n], score, on)
    _answer("csat", borealis, project_b, borealis_manager, 3, dt.date(2026, 8, 12))
    for n, score in enumerate([10, 9, 6, 8]):
        _answer("nps", aurora, None, respondents[n], score, dt.date(2026, 9, 15))

    # Change orders of A: raised 10 days before approval (on time), 29 days (late), and
    # a rejected one that does not count.
    _change_order(project_a, 1, alice, dt.date(2026, 7, 10), dt.date(2026, 7, 20))
    _change_order(project_a, 2, alice, dt.date(2026, 8, 1), dt.date(2026, 8, 30))
    _change_order(project_a, 3, alice, dt.date(2026, 8, 1), dt.date(2026, 8, 5), "rejected")

    if concerns:
        for title, when in (("Slot moved", "2026-07-06 10:00"), ("Late CoA", "2026-08-11 10:00")):
            moment = dt.datetime.fromisoformat(when).replace(tzinfo=ZURICH)
            with clock.story_clock(), clock.story_moment(moment):
                service_services.concern_raise(
                    actor=aurora_manager, sponsor=aurora, project=project_a, title=title,
                    description="What happened.", category="schedule", urgency="high",
                )  # fmt: skip

    # Training due in Q3: Alice on time, Quinn late, Oscar still open; Quinn's June
    # training done only in October was overdue at the end of the quarter.
    r1 = Requirement.objects.create(code="gmp-basics", title="GMP basics", kind="course")
    r2 = Requirement.objects.create(code="sop-14", title="SOP-14", kind="course")
    _assignment(alice, r1, dt.date(2026, 7, 15), dt.date(2026, 7, 10))
    _assignment(quinn, r1, dt.date(2026, 8, 1), dt.date(2026, 8, 5))
    _assignment(oscar, r1, dt.date(2026, 9, 1))
    _assignment(alice, r2, dt.date(2026, 10, 15))
    _assignment(quinn, r2, dt.date(2026, 6, 1), dt.date(2026, 10, 3))

    # Competencies held on 30 September: Alice 3, Quinn 4 (was 2), Oscar 2; Oscar's
    # level 4 expired on 1 September and Alice's October record comes later.
    c1 = Competency.objects.create(code="aseptic", name="Aseptic filling")
    c2 = Competency.objects.create(code="hplc", name="HPLC")
    _record(alice, c1, 3, dt.date(2026, 3, 1), quinn)
    _record(quinn, c1, 2, dt.date(2026, 2, 1), alice)
    _record(quinn, c1, 4, dt.date(2026, 8, 1), alice)
    _record(oscar, c1, 2, dt.date(2026, 5, 1), quinn)
    _record(oscar, c2, 4, dt.date(2026, 1, 1), quinn, expires=dt.date(2026, 9, 1))
    _record(alice, c2, 1, dt.date(2026, 10, 10), quinn)

    template = template_create(
        actor=executive,
        name="Sponsor scorecard",
        description="How we serve each sponsor.",
        scope_kind="sponsor",
        period_kind="quarter",
        criteria=SPONSOR_CRITERIA,
        bands=BANDS,
    )
    return Quarter(
        cdmo=cdmo, site=site, aurora=aurora, borealis=borealis, empty=empty, alice=alice,
        quinn=quinn, oscar=oscar, executive=executive, aurora_manager=aurora_manager,
        borealis_manager=borealis_manager, project_a=project_a, project_b=project_b,
        template=template,
    )  # fmt: skip
