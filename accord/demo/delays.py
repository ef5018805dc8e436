"""The demo delays: what slipped on the demo projects, why, and what the sponsor was told.

Causes are mixed so that the Pareto has a head and a tail, dates spread over the months
before the reference date so that the trend has a shape, and most delays have been
communicated while a few recent ones are still waiting for the conversation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from accord.accounts.models import User
from accord.delays.models import Delay
from accord.delays.services import delay_mark_communicated, delay_record
from accord.demo.data import reference_date
from accord.demo.projects import PROJECTS
from accord.demo.story import Story, Tally, at, site_zone, tell, weekday
from accord.planning.models import Task
from accord.projects.models import Project

_C = Delay.Cause
_H = Delay.InformedHow


@dataclass(frozen=True)
class DelaySpec:
    project: str
    title: str
    cause: str
    occurred: int  # days from the reference date
    days_lost: int
    description: str
    root_cause: str
    tasks: tuple[str, ...]
    told_after: int | None  # days after it occurred; None: the sponsor has not been told
    how: str = ""
    internal_notes: str = ""


DELAYS: tuple[DelaySpec, ...] = (
    DelaySpec(
        "NVB-101-TT",
        "Sponsor review of the technology package gap list",
        _C.SPONSOR_WAIT,
        -52,
        4,
        "Kick-off closed with eleven open gaps in the CRO package; the route description "
        "could not be frozen until NovaBridge answered them.",
        "The CRO report R-2291 lacked in-process control limits for steps 2 and 5.",
        ("Technology package review and gap analysis",),
        0,
        _H.MEETING,
    ),
    DelaySpec(
        "NVB-101-TT",
        "Second-source starting material delivery slipped three weeks",
        _C.MATERIAL_SHORTAGE,
        -10,
        15,
        "The second qualified supplier of the step 1 starting material moved delivery of "
        "the 25 kg lot by three weeks; the engineering batch cannot start without it.",
        "Reactor outage at the supplier's Hyderabad plant; the lot was re-allocated.",
        ("2-chloro-5-fluoropyrimidine: purchase order and delivery",),
        3,
        _H.CALL,
        "Supplier scorecard downgraded. Look for a third source before Phase 2 volumes.",
    ),
    DelaySpec(
        "NVB-101-TT",
        "Impurity method failed system suitability at transfer",
        _C.OTHER,
        -14,
        6,
        "The HPLC impurity method missed the resolution criterion between the des-fluoro "
        "impurity and the API in two of three transfer runs.",
        "Column lot from a different silica batch than the CRO used; method now names it.",
        ("HPLC assay and impurities: comparative testing",),
        1,
        _H.STATUS_REPORT,
    ),
    DelaySpec(
        "SLV-204-ADC",
        "Sponsor-supplied antibody arrived without its CoA",
        _C.SPONSOR_WAIT,
        -55,
        5,
        "The antibody intermediate was received and quarantined; it could not be released "
        "for conjugation development until Solvantis sent the certificate of analysis.",
        "Solvantis' CMO shipped before its QA had signed the CoA.",
        ("Antibody intermediate receipt and release testing",),
        0,
        _H.EMAIL,
    ),
    DelaySpec(
        "SLV-204-ADC",
        "Linker-payload lot failed identity testing; re-supply pending",
        _C.MATERIAL_SHORTAGE,
        -6,
        20,
        "The SLV-LP7 lot for the engineering conjugation failed the identity test (HRMS) "
        "on receipt in Singen; a new lot is being made in Visp.",
        "Wrong reference spectrum in the receiving test; the lot itself is under re-test.",
        ("Linker-payload receipt and identity testing", "Engineering conjugation"),
        1,
        _H.CALL,
        "The lot comes from our own Visp HPAPI unit (SLV-204-LP): agree one message to "
        "Solvantis with Tobias before the steering committee.",
    ),
    DelaySpec(
        "SLV-204-LP",
        "Isolator glove breach during step 4",
        _C.EQUIPMENT_FAILURE,
        -118,
        8,
        "A glove breach on isolator ISO-3 stopped step 4; decontamination, a leak test and "
        "an air sampling campaign were needed before work could resume.",
        "Fatigue crack at the glove port clamp; clamps now replaced on a fixed interval.",
        ("Step 4 (PABC carbamate formation): kilo-lab demonstration",),
        2,
        _H.STATUS_REPORT,
    ),
    DelaySpec(
        "SLV-204-LP",
        "Step 6 demonstration batch out of specification for des-methyl impurity",
        _C.BATCH_FAILURE,
        -12,
        12,
        "The demonstration batch gave 0.21% des-methyl impurity against a 0.15% limit; the "
        "batch is held and a rework by recrystallization is being assessed.",
        "",
        ("Engineering batch IPC and release testing", "Engineering batch manufacture"),
        None,
        internal_notes="OOS-2026-003 phase I open. Tell Solvantis with the phase I result, "
        "due within the week (quality agreement: 5 working days).",
    ),
    DelaySpec(
        "KRW-5512-PPQ",
        "PPQ batch 2 waiting for the sponsor's decision on the drying change",
        _C.SPONSOR_WAIT,
        -6,
        10,
        "Batch 1 showed that the dryer end-point needs 5 °C more; Kerrowan must decide "
        "whether the change goes into the PPQ protocol before batch 2 starts.",
        "The end-point was set from laboratory data that under-estimated the solvent load.",
        ("PPQ batch 2: dispensing and line clearance", "PPQ batch 2: manufacture"),
        0,
        _H.MEETING,
    ),
    DelaySpec(
        "KRW-5512-PPQ",
        "Cleaning validation swab method not yet approved",
        _C.REGULATORY,
        -3,
        3,
        "The swab recovery study for the OEB 4 cleaning validation needs QA approval of the "
        "amended protocol before the equipment train can be released.",
        "",
        ("PPQ batch 2: manufacture",),
        None,
        internal_notes="Protocol sits with QA review; chase Lukas before telling Kerrowan.",
    ),
    DelaySpec(
        "KRW-7740-FF",
        "Media fill slot moved after filling line requalification",
        _C.EQUIPMENT_FAILURE,
        -6,
        5,
        "The stopper bowl of filling line F2 was replaced; the line needed requalification "
        "before the media fill.",
        "Worn stopper bowl track causing stopper misfeeds.",
        ("Media fill 1: filling",),
        1,
        _H.CALL,
    ),
    DelaySpec(
        "KRW-2201-AMT",
        "Reference standard shipment held at customs",
        _C.MATERIAL_SHORTAGE,
        -280,
        7,
        "The primary reference standard from Cork was held at Swiss customs for missing "
        "import paperwork.",
        "The commercial invoice lacked the tariff number for a controlled substance.",
        ("Reference standards import and qualification",),
        1,
        _H.EMAIL,
    ),
    DelaySpec(
        "KRW-2201-AMT",
        "Kerrowan review of the GC transfer protocol",
        _C.SPONSOR_WAIT,
        -250,
        6,
        "The residual solvents transfer protocol waited for Kerrowan's laboratory to agree "
        "the acceptance criteria.",
        "Acceptance criteria were not in the transfer agreement.",
        ("Residual solvents (GC-HS): protocol approval by the sponsor",),
        0,
        _H.MEETING,
    ),
    DelaySpec(
        "KRW-2201-AMT",
        "HPLC detector failure during the comparative runs",
        _C.EQUIPMENT_FAILURE,
        -262,
        3,
        "The DAD lamp of HPLC-07 failed mid-sequence; the comparative runs were repeated "
        "on a qualified spare system.",
        "Lamp beyond its rated hours; preventive replacement now tracked in CMMS.",
        ("Assay and related substances (HPLC-UV): comparative testing (3 lots)",),
        4,
        _H.STATUS_REPORT,
    ),
    DelaySpec(
        "KRW-2201-AMT",
        "Particle size results from Kerrowan's laboratory arrived late",
        _C.SPONSOR_WAIT,
        -180,
        5,
        "The PSD comparison needed Kerrowan's own results on the same lots; they came a "
        "week after the agreed date.",
        "Kerrowan's laser diffraction instrument was out of service for calibration.",
        ("Particle size distribution (laser diffraction): comparative testing (3 lots)",),
        0,
        _H.CALL,
    ),
    DelaySpec(
        "ABR-011-TOX",
        "Preparative HPLC capacity shared with the QLN-450 campaign",
        _C.CAPACITY_CONFLICT,
        -8,
        6,
        "Both peptide projects need the 15 cm preparative column in the same two weeks.",
        "",
        ("Step 3 (Preparative HPLC purification): laboratory optimization",),
        None,
        internal_notes="Site head to decide priority on Monday; do not promise Aubrelle a "
        "date before then.",
    ),
    DelaySpec(
        "HSZ-0904-DS",
        "Master cell bank adventitious agent test repeated",
        _C.RELEASE_DELAY,
        -75,
        10,
        "The in-vitro adventitious agent assay was invalid (positive control failed) at the "
        "contract laboratory and had to be repeated.",
        "Contract laboratory's indicator cell line passage too high.",
        ("MCB identity and adventitious agent testing (contract laboratory)",),
        2,
        _H.STATUS_REPORT,
    ),
    DelaySpec(
        "HSZ-0904-DS",
        "2,000 L bioreactor booked by another campaign in Q2",
        _C.CAPACITY_CONFLICT,
        -48,
        25,
        "The Singen 2,000 L train is committed to another campaign in Q2; the first GMP run "
        "moves to the next free slot.",
        "Two campaigns planned on the same train after the other campaign slipped into Q2.",
        ("GMP run 1: seed train expansion", "GMP run 1 drug substance released"),
        2,
        _H.MEETING,
        "The other campaign is commercial supply with contractual penalties; that decided "
        "the priority. Do not name the other client.",
    ),
    DelaySpec(
        "HSZ-0904-DS",
        "Comparability protocol needs a PMDA consultation",
        _C.REGULATORY,
        -35,
        8,
        "Hoshizora's regulatory team asked to consult PMDA on the comparability protocol "
        "before the engineering run.",
        "Global Phase 3 requires comparability to the Japanese site's material.",
        ("Comparability study to the sponsor's Japanese site material",),
        0,
        _H.MEETING,
    ),
    DelaySpec(
        "HSZ-1120-SSQ",
        "Validation batch 2 failed the residual solvent limit",
        _C.BATCH_FAILURE,
        -315,
        18,
        "Toluene at 1,020 ppm against 890 ppm; the batch was rejected and repeated.",
        "Dryer vacuum leak during the final drying; leak test added to the batch record.",
        ("Validation batch 2: manufacture",),
        3,
        _H.CALL,
    ),
    DelaySpec(
        "HSZ-1120-SSQ",
        "QC release backlog after the LIMS upgrade",
        _C.RELEASE_DELAY,
        -260,
        7,
        "Release testing of validation batch 3 queued behind the backlog of the LIMS "
        "upgrade weekend.",
        "Upgrade scheduled without a testing catch-up plan.",
        ("Validation batch 3: QC release testing",),
        2,
        _H.EMAIL,
    ),
    DelaySpec(
        "HSZ-1120-SSQ",
        "Centrifuge bearing failure",
        _C.EQUIPMENT_FAILURE,
        -285,
        5,
        "The peeler centrifuge stopped with a bearing failure during isolation.",
        "Bearing lubrication interval too long for the duty cycle.",
        ("Validation batch 3: manufacture",),
        3,
        _H.STATUS_REPORT,
    ),
    DelaySpec(
        "HSZ-1120-SSQ",
        "Authority question on the impurity profile of the second source",
        _C.REGULATORY,
        -265,
        12,
        "The Japanese variation filing received a question on two impurities seen only in "
        "our material; additional fate-and-purge data were generated.",
        "Different starting material supplier gives a different impurity profile.",
        ("CMC documentation for the filing (IMPD / IND Module 3)",),
        0,
        _H.MEETING,
    ),
    DelaySpec(
        "QLN-450-OLI",
        "Phosphoramidite delivery delayed by the supplier",
        _C.MATERIAL_SHORTAGE,
        -5,
        9,
        "The 2'-MOE phosphoramidites for the 10 mmol runs arrived nine working days late.",
        "Supplier allocation during a market shortage.",
        ("2'-MOE phosphoramidites (A, G, C, T): purchase order and delivery",),
        3,
        _H.PORTAL,
    ),
    DelaySpec(
        "QLN-450-OLI",
        "Preparative purification slot shared with ABR-011",
        _C.CAPACITY_CONFLICT,
        -7,
        4,
        "The anion-exchange purification of the second development run waits for the "
        "preparative skid.",
        "",
        ("Step 3 (Anion-exchange purification): laboratory optimization",),
        None,
        internal_notes="Same conflict as ABR-011-TOX; one decision for both.",
    ),
)


def _project_manager(project: Project, users: dict[str, User]) -> User | None:
    """The first person of the demo team who may record delays: the project manager."""
    spec = next((p for p in PROJECTS if p.code == project.code), None)
    team = spec.team if spec else ()
    return next(
        (
            users[username]
            for username, _ in team
            if username in users and users[username].has_perm("delays.add_delay")
        ),
        None,
    )


def delay_story(
    spec: DelaySpec, *, users: dict[str, User], projects: dict[str, Project], log, counts: Tally
) -> Story:
    """Recorded by the project manager the day it happened; the sponsor told later."""
    zone = site_zone(next(p.site for p in PROJECTS if p.code == spec.project))
    occurred_on = reference_date() + dt.timedelta(days=spec.occurred)
    yield at(occurred_on, "16:00", key=spec.title, zone=zone)
    project = projects.get(spec.project)
    if project is None:
        return
    if Delay.objects.filter(project=project, title=spec.title).exists():
        counts.add("delays", False)
        return
    manager = _project_manager(project, users)
    if manager is None:
        log(f"  ! no one on {project.code} may record delays; {spec.title!r} skipped")
        return
    delay = delay_record(
        actor=manager,
        project=project,
        title=spec.title,
        cause=spec.cause,
        occurred_on=occurred_on,
        days_lost=spec.days_lost,
        description=spec.description,
        root_cause=spec.root_cause,
        internal_notes=spec.internal_notes,
        affected_tasks=Task.objects.filter(project=project, name__in=spec.tasks),
    )
    counts.add("delays", True)
    told = "communicated" if spec.told_after is not None else "not yet communicated"
    log(f"  + {project.code} delay {delay.reference}: {delay.title} ({told})")
    if spec.told_after is None:
        return
    informed_on = max(occurred_on, weekday(occurred_on + dt.timedelta(days=spec.told_after)))
    yield at(informed_on, "17:15" if spec.told_after == 0 else "11:30", key=spec.title, zone=zone)
    delay_mark_communicated(
        actor=manager,
        delay=delay,
        informed_on=informed_on,
        how=spec.how,
        informed_by=manager,
    )


def delay_stories(
    *, users: dict[str, User], projects: dict[str, Project], log, counts: Tally
) -> list[Story]:
    return [
        delay_story(spec, users=users, projects=projects, log=log, counts=counts) for spec in DELAYS
    ]


def demo_delays(
    *, users: dict[str, User], projects: dict[str, Project], log: Callable[[str], None]
) -> tuple[int, int]:
    """Create the demo delays that are missing; returns (created, already present)."""
    counts = Tally()
    tell(delay_stories(users=users, projects=projects, log=log, counts=counts))
    return counts.get("delays", (0, 0))
