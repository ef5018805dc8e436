"""The demo's change controls, on the story's days: a new dryer at Visp that Kerrowan
approved under its quality agreement, implemented, reviewed and closed; a conjugation
process change at Singen waiting for Solvantis' approval; a batch record revision for
Quillon still being assessed. Found again by title, so loading twice gives nothing new."""

from __future__ import annotations

import datetime as dt

from accord.accounts.models import Site, User
from accord.demo.data import DEMO_PASSWORD
from accord.demo.story import Story, Tally, at, day, weekday
from accord.projects.models import Project
from accord.quality.models import ChangeControl
from accord.quality.services import changes as services

LABEL = "change controls"


def _sign(user: User) -> dict:
    return {"username": user.username, "password": DEMO_PASSWORD, "acknowledge": True}


def _on(offset: int, time: str, key: str) -> dt.datetime:
    return at(weekday(day(offset)), time, key=key)


def change_control_stories(
    *, users: dict[str, User], projects: dict[str, Project], counts: Tally
) -> list[Story]:
    return [
        _dryer(users, projects, counts),
        _conjugation(users, projects, counts),
        _batch_record(users, projects, counts),
    ]


def _exists(title: str, counts: Tally) -> bool:
    if ChangeControl.objects.filter(title=title).exists():
        counts.add(LABEL, False)
        return True
    return False


def _assess(users, change, department: str, assessor: str, impact: str, text: str):
    return services.change_control_assess(
        actor=users[assessor],
        assessment=change.assessments.get(department=department),
        impact=impact,
        text=text,
        **_sign(users[assessor]),
    )


def _dryer(users, projects, counts: Tally) -> Story:
    title = "Replace the agitated filter dryer AFD-2 in the HPAPI suite"
    yield _on(-120, "09:15", "cc-dryer-raise")
    if _exists(title, counts):
        return
    ops, qa = users["stefan.zimmermann"], users["qa.quinn"]
    project = projects["KRW-5512-PPQ"]
    change = services.change_control_raise(
        actor=ops,
        details=services.ChangeDetails(
            title=title,
            current_state="AFD-2 (0.5 m², Hastelloy), installed 2009; seals replaced twice a year.",
            proposed_state="AFD-4 (0.6 m², Hastelloy, same operating principle, CIP-capable), "
            "qualified IQ/OQ/PQ before the first GMP batch.",
            justification="AFD-2's vendor ends spare-part support next year; two unplanned "
            "seal failures this year cost nine days of campaign time.",
            change_type="equipment",
            classification="major",
            site=Site.objects.get(code="VSP"),
            owner=ops,
            products="kerlatinib (KRW-5512)",
            projects=[project],
            filing="none",
            filing_rationale="Equipment of the same design and operating principle; the "
            "registered process parameters do not change.",
            risk_assessment="Drying end point and particle size could shift: three PQ "
            "batches with the registered LOD and PSD limits; cleaning validated for the new "
            "surfaces before use.",
            risk_level="medium",
        ),
    )
    for department, assessor in (
        ("qa", "lukas.meier"),
        ("production", "ops.omar"),
        ("regulatory", "nora.aebischer"),
    ):
        services.change_control_request_assessment(
            actor=ops, change=change, department=department, assessor=users[assessor]
        )
    action = services.change_control_add_action(
        actor=ops,
        change=change,
        kind="other",
        description="Install AFD-4 and execute IQ/OQ; three PQ batches of kerlatinib.",
        owner=ops,
        due_date=day(-60),
    )
    services.change_control_submit(actor=ops, change=change)
    yield _on(-116, "11:00", "cc-dryer-assess")
    _assess(
        users,
        change,
        "qa",
        "lukas.meier",
        "medium",
        "PQ on three batches; cleaning validation of AFD-4 before the first batch.",
    )
    _assess(
        users,
        change,
        "production",
        "ops.omar",
        "low",
        "Installation in the January shutdown; no campaign lost.",
    )
    _assess(
        users,
        change,
        "regulatory",
        "nora.aebischer",
        "none",
        "Like-for-like equipment: no variation in the EU or US.",
    )
    yield _on(-112, "14:30", "cc-dryer-plan")
    change.refresh_from_db()
    change = services.change_control_approve_plan(
        actor=qa, change=change, version=change.version, **_sign(qa)
    )
    yield _on(-107, "10:00", "cc-dryer-kerrowan")
    approval = change.sponsor_approvals.get(current=True)
    manager = users["kerrowan.manager"]
    services.change_control_decide(
        actor=manager,
        approval=approval,
        decision="approved",
        comment="Approved; send us the PQ summary before the next PPQ batch.",
        version=approval.version,
        **_sign(manager),
    )
    yield _on(-100, "08:30", "cc-dryer-start")
    change.refresh_from_db()
    services.change_control_start(actor=ops, change=change, version=change.version)
    yield _on(-62, "16:00", "cc-dryer-done")
    services.change_control_action_done(
        actor=ops,
        action=action,
        evidence="IQ/OQ report EQ-AFD4-001 approved; PQ batches K5512-P14..P16 met LOD and "
        "PSD limits.",
    )
    change.refresh_from_db()
    services.change_control_complete(actor=ops, change=change, version=change.version)
    yield _on(-30, "15:00", "cc-dryer-close")
    change.refresh_from_db()
    services.change_control_close(
        actor=qa,
        change=change,
        objectives_met=True,
        no_adverse_impact=True,
        evidence="Five campaigns since: no seal failure, drying time 11% shorter, every "
        "batch within LOD and PSD specifications; no deviation linked to AFD-4.",
        version=change.version,
        **_sign(qa),
    )
    counts.add(LABEL, True)


def _conjugation(users, projects, counts: Tally) -> Story:
    title = "Conjugation of SLV-204: drug-linker added over 30 minutes instead of one shot"
    yield _on(-21, "09:30", "cc-conj-raise")
    if _exists(title, counts):
        return
    sme = users["elena.petrova"]
    change = services.change_control_raise(
        actor=sme,
        details=services.ChangeDetails(
            title=title,
            current_state="The drug-linker solution is added in one portion at 20 °C.",
            proposed_state="The drug-linker solution is dosed over 30 minutes at 20 °C, "
            "same equivalents and hold time.",
            justification="Three of the last ten batches were at the upper DAR limit; "
            "development runs dosed over 30 minutes gave a narrower DAR distribution.",
            change_type="process",
            classification="major",
            site=Site.objects.get(code="SGN"),
            owner=sme,
            products="soltuzumab duvotecan (SLV-204)",
            projects=[projects["SLV-204-ADC"]],
            filing="needed",
            filing_rationale="A change to a described manufacturing step: a Type IB "
            "variation in the EU and a CBE-30 in the US, filed by Solvantis.",
            risk_assessment="Lower risk of out-of-specification DAR; the longer addition is "
            "covered by the solution's validated hold time.",
            risk_level="low",
        ),
    )
    for department, assessor in (("qa", "sofia.marchetti"), ("qc", "julia.wagner")):
        services.change_control_request_assessment(
            actor=sme, change=change, department=department, assessor=users[assessor]
        )
    services.change_control_add_action(
        actor=sme,
        change=change,
        kind="other",
        description="Update master batch record MBR-SLV204-CONJ with the dosing step.",
        owner=sme,
        due_date=day(20),
    )
    services.change_control_submit(actor=sme, change=change)
    yield _on(-17, "13:00", "cc-conj-assess")
    _assess(
        users,
        change,
        "qa",
        "sofia.marchetti",
        "medium",
        "Needs Solvantis' approval and its filing before the first batch made this way.",
    )
    _assess(
        users,
        change,
        "qc",
        "julia.wagner",
        "low",
        "DAR and free drug methods unchanged; no new specification.",
    )
    yield _on(-12, "11:30", "cc-conj-plan")
    change.refresh_from_db()
    qa = users["qa.quinn"]
    services.change_control_approve_plan(
        actor=qa, change=change, version=change.version, **_sign(qa)
    )
    counts.add(LABEL, True)


def _batch_record(users, projects, counts: Tally) -> Story:
    title = "Quilarsen batch record: add an in-process check of the coupling efficiency"
    yield _on(-6, "10:00", "cc-record-raise")
    if _exists(title, counts):
        return
    sme = users["meilin.tan"]
    change = services.change_control_raise(
        actor=sme,
        details=services.ChangeDetails(
            title=title,
            current_state="Coupling efficiency is read from the trityl monitor after synthesis.",
            proposed_state="An in-process trityl check after every tenth cycle, with an "
            "action limit of 98.5%.",
            justification="Catch a failing amidite during the synthesis, not after it.",
            change_type="document",
            classification="minor",
            site=Site.objects.get(code="VSP"),
            owner=sme,
            products="quilarsen (QLN-450)",
            projects=[projects["QLN-450-OLI"]],
        ),
    )
    for department, assessor in (("qa", "lukas.meier"), ("regulatory", "nora.aebischer")):
        services.change_control_request_assessment(
            actor=sme, change=change, department=department, assessor=users[assessor]
        )
    services.change_control_submit(actor=sme, change=change)
    yield _on(-4, "14:00", "cc-record-assess")
    _assess(
        users, change, "qa", "lukas.meier", "low", "An added check; no release criterion changes."
    )
    counts.add(LABEL, True)
