"""The demo risk registers: what could still go wrong on the active demo projects.

Categories and scores are spread so that each heat map has a shape, about half of the
risks are shared with the sponsor, and a few are past their review date as of
:data:`REFERENCE_DATE`, so that "My work" has something to chase.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from accord.accounts.models import User
from accord.demo.data import REFERENCE_DATE
from accord.demo.projects import PROJECTS
from accord.planning.models import Task
from accord.projects.models import Project
from accord.risks.models import Risk
from accord.risks.services import risk_close, risk_create, risk_update

_C = Risk.Category
_S = Risk.Status


@dataclass(frozen=True)
class RiskSpec:
    project: str
    title: str
    category: str
    likelihood: int
    impact: int
    owner: str  # username
    review: int  # next review, days from REFERENCE_DATE (negative: overdue)
    shared: bool
    cause: str
    effect: str
    mitigation: str
    contingency: str = ""
    trigger: str = ""
    tasks: tuple[str, ...] = ()
    status: str = _S.OPEN
    closed_because: str = ""


RISKS: tuple[RiskSpec, ...] = (
    # --- NVB-101-TT: small-molecule tech transfer for a virtual biotech
    RiskSpec(
        "NVB-101-TT",
        "Step 1 starting material from a single qualified lot",
        _C.SUPPLY,
        4,
        4,
        "ops.omar",
        -9,
        True,
        "Only one 25 kg lot of the step 1 starting material is released; the second "
        "supplier's lot slipped and has not been tested yet.",
        "A failure of that lot in use testing stops the engineering batch and pushes the "
        "GMP batch by 4-6 weeks.",
        "Use-test the second supplier's lot as soon as it arrives; reserve the released lot "
        "for the engineering batch only.",
        "Buy from the CRO's historic supplier at spot price; re-sequence the GMP slot.",
        "Second lot fails identity or assay, or arrives after 2 February.",
        ("Raw material sourcing and qualification", "Engineering (demonstration) batch"),
        _S.MITIGATING,
    ),
    RiskSpec(
        "NVB-101-TT",
        "Impurity method transfer needs a second round",
        _C.ANALYTICAL,
        3,
        3,
        "meilin.tan",
        12,
        True,
        "Resolution between the des-fluoro impurity and the API was marginal in the transfer runs.",
        "Release of the engineering batch waits for a validated method; up to 3 weeks.",
        "Column lot named in the method; a robustness check on two column lots before the "
        "comparative runs.",
        "Run the CRO's reference method in parallel for information only.",
        tasks=("Analytical method transfer",),
    ),
    RiskSpec(
        "NVB-101-TT",
        "Exotherm in step 3 needs engineering controls at 200 L",
        _C.EQUIPMENT,
        2,
        5,
        "sme.sam",
        20,
        False,
        "Preliminary DSC shows a 180 J/g decomposition onset 60 °C above process "
        "temperature; ARC not yet run.",
        "If the safety margin is too small, the step moves to a smaller vessel and two "
        "sub-batches: more time and cost.",
        "ARC testing booked; dosing-controlled addition designed in.",
        "Split step 3 into two sub-batches in the 100 L reactor.",
        "ARC time-to-maximum-rate under 24 h at process temperature.",
        ("Process safety assessment (DSC/ARC)",),
    ),
    RiskSpec(
        "NVB-101-TT",
        "Sponsor's Phase 1 start depends on its financing round",
        _C.SPONSOR_DECISION,
        2,
        3,
        "pm.alice",
        -3,
        False,
        "NovaBridge has said the clinical start date follows its Series B close.",
        "A late go/no-go from the sponsor leaves a reserved GMP slot idle.",
        "Monthly check-in with the sponsor's CEO; slot release terms agreed in the SOW.",
        "Offer the slot to the capacity waiting list.",
        tasks=("Go/no-go decision for GMP manufacture",),
    ),
    # --- SLV-204-ADC: conjugation at Singen
    RiskSpec(
        "SLV-204-ADC",
        "Antibody intermediate from the sponsor arrives late",
        _C.SPONSOR_MATERIAL,
        4,
        4,
        "jonas.becker",
        -6,
        True,
        "Solvantis' antibody CMO reports a two-week slip of the 500 g lot.",
        "Engineering conjugation cannot start; GMP conjugation moves with it.",
        "Weekly call with the sponsor and its CMO; the conjugation slot can float by "
        "10 working days.",
        "Run the engineering conjugation at 50 g from the development lot.",
        "Antibody not shipped by 30 January.",
        ("Antibody supply from sponsor", "Engineering conjugation"),
        _S.OCCURRED,
    ),
    RiskSpec(
        "SLV-204-ADC",
        "DAR drifts outside 3.5-4.2 at scale",
        _C.BATCH_FAILURE,
        3,
        4,
        "elena.petrova",
        14,
        True,
        "Conjugation kinetics at 50 g differ from the 1 g runs; the TCEP reduction step "
        "is sensitive to mixing.",
        "An out-of-range DAR fails release; the batch would have to be reprocessed or rejected.",
        "Design-of-experiments on reduction time and temperature; in-process DAR by HIC.",
        "Re-conjugate the retained antibody lot.",
        tasks=("Conjugation process development", "GMP conjugation"),
    ),
    RiskSpec(
        "SLV-204-ADC",
        "Free-drug method not yet stability-indicating",
        _C.ANALYTICAL,
        2,
        3,
        "julia.wagner",
        25,
        False,
        "Forced-degradation samples show a co-eluting peak with the free payload.",
        "Release and stability data could be questioned at filing.",
        "Orthogonal LC-MS method in development.",
        tasks=("Analytical development (DAR, free drug)",),
    ),
    RiskSpec(
        "SLV-204-ADC",
        "Isolator decontamination cycle revalidation",
        _C.EQUIPMENT,
        2,
        2,
        "thomas.krueger",
        40,
        False,
        "The VHP cycle of the conjugation isolator is due for requalification in March.",
        "Two days of downtime if it falls inside the campaign.",
        "Requalification scheduled before the engineering run.",
        status=_S.CLOSED,
        closed_because="Cycle requalified on 22 December; next due in 12 months.",
    ),
    # --- SLV-204-LP: HPAPI linker-payload
    RiskSpec(
        "SLV-204-LP",
        "OEB 5 suite shared with another campaign",
        _C.CAPACITY,
        3,
        4,
        "stefan.zimmermann",
        -12,
        False,
        "The containment suite is also booked for a commercial campaign in Q2.",
        "A slip of either campaign leaves no slot for the GMP linker-payload batch.",
        "Campaign order frozen in the site master schedule; changeover cleaning "
        "validated in advance.",
        "Use the second OEB 5 suite at reduced scale (two batches).",
        "Either campaign moves by more than 5 working days.",
    ),
    RiskSpec(
        "SLV-204-LP",
        "Genotoxic impurity above the TTC in the payload",
        _C.QUALITY,
        2,
        5,
        "meilin.tan",
        18,
        True,
        "An alkyl mesylate forms in step 7; purge factor estimated but not measured.",
        "An out-of-specification result would block release and need a new purge step.",
        "Spiking and purge study in the development batch.",
        "Add a recrystallisation; the sponsor agrees a specification change.",
        tasks=("Process development and optimization",),
    ),
    RiskSpec(
        "SLV-204-LP",
        "Key HPAPI operator on leave during the GMP batch",
        _C.PEOPLE,
        3,
        2,
        "stefan.zimmermann",
        30,
        False,
        "Only two operators are qualified for the step 9 lyophilisation.",
        "Shift cover is thin; a sick day would stop the batch.",
        "Third operator in training, qualification expected in February.",
    ),
    # --- KRW-3307-CS: commercial supply
    RiskSpec(
        "KRW-3307-CS",
        "Reagent supplier's price and allocation changes",
        _C.SUPPLY,
        3,
        3,
        "yuki.nakamura",
        21,
        True,
        "The sole supplier of the chiral catalyst announced allocation for 2026.",
        "Fewer than four batches a quarter could be made.",
        "Safety stock for two quarters ordered; a second source in qualification.",
        "Re-plan the 2026 batches around the allocated quantity with the sponsor.",
        "Allocation notice below 12 kg for a quarter.",
    ),
    RiskSpec(
        "KRW-3307-CS",
        "Drying step filter-dryer overdue for calibration",
        _C.EQUIPMENT,
        2,
        3,
        "ops.omar",
        -2,
        False,
        "Two temperature probes of the filter-dryer are due for calibration during the "
        "Q1 campaign.",
        "A calibration lapse mid-campaign would be a deviation and hold batches.",
        "Calibration booked in the planned maintenance window.",
        status=_S.MITIGATING,
    ),
    RiskSpec(
        "KRW-3307-CS",
        "Out-of-trend assay in the 12-month stability pull",
        _C.QUALITY,
        2,
        4,
        "qa.quinn",
        35,
        True,
        "Assay at 12 months is 0.8% lower than trend on one batch.",
        "A confirmed trend shortens the shelf life the sponsor files.",
        "Investigation opened; the 18-month pull is brought forward.",
        tasks=("Stability study start (T0)",),
    ),
    # --- KRW-5512-PPQ: HPAPI process validation
    RiskSpec(
        "KRW-5512-PPQ",
        "Three PPQ batches back to back leave no slack",
        _C.CAPACITY,
        3,
        4,
        "tobias.wenger",
        10,
        True,
        "The PPQ protocol requires three consecutive batches within 8 weeks.",
        "Any deviation in batch 1 or 2 pushes batch 3 past the filing date.",
        "Engineering batch repeats the worst-case hold times; spares on site.",
        "Agree with the sponsor to file with two batches and a commitment.",
        "A deviation classified major in batch 1 or 2.",
        ("GMP batch manufacture",),
    ),
    RiskSpec(
        "KRW-5512-PPQ",
        "Regulatory question on the starting material designation",
        _C.REGULATORY,
        3,
        5,
        "nora.aebischer",
        -5,
        True,
        "The agency asked in Phase 2 why step 2's intermediate is a starting material.",
        "Redesignation would add two steps to the GMP process and to PPQ.",
        "Justification package drafted with the sponsor's regulatory team.",
        "Run the two additional steps under GMP in the PPQ batches.",
        tasks=("CMC documentation for the filing",),
    ),
    RiskSpec(
        "KRW-5512-PPQ",
        "Cleaning verification limit for the shared train",
        _C.QUALITY,
        2,
        4,
        "lukas.meier",
        28,
        False,
        "The new PDE-based limit is lower than what the current swab method can detect.",
        "The train cannot be released for the next product without a better method.",
        "LC-MS swab method in validation.",
    ),
    # --- KRW-7740-FF: sterile fill-finish
    RiskSpec(
        "KRW-7740-FF",
        "Media fill failure",
        _C.BATCH_FAILURE,
        2,
        5,
        "thomas.krueger",
        16,
        True,
        "The new 2R vial format has not been run on the line before.",
        "A failed media fill means three repeat runs and a 6-week delay.",
        "Interventions list reviewed; operators trained on the new format.",
        "Repeat media fill in the next aseptic slot.",
        tasks=("Media fill (aseptic process simulation)", "GMP fill"),
    ),
    RiskSpec(
        "KRW-7740-FF",
        "Stopper supply for the 13 mm format",
        _C.SUPPLY,
        3,
        3,
        "priya.raman",
        7,
        True,
        "Ready-to-use stoppers have a 20-week lead time.",
        "Without them the engineering fill cannot start.",
        "Order placed in December; weekly status from the supplier.",
        "Washed and sterilised bulk stoppers in-house (extra validation).",
        "Supplier confirms delivery later than week 8.",
        ("Engineering fill",),
        _S.MITIGATING,
    ),
    RiskSpec(
        "KRW-7740-FF",
        "Cold-chain excursion on drug product shipments",
        _C.LOGISTICS,
        2,
        4,
        "ahmed.haddad",
        45,
        False,
        "Shipments to the sponsor's US depot cross two hubs in summer.",
        "An excursion quarantines the lot until the sponsor's stability data clear it.",
        "Qualified shippers with 120 h autonomy; loggers in every box.",
    ),
    # --- ABR-011-TOX: peptide tox batch
    RiskSpec(
        "ABR-011-TOX",
        "Tox study start fixed by the CRO",
        _C.SPONSOR_DECISION,
        3,
        4,
        "tobias.wenger",
        -4,
        True,
        "The sponsor's CRO will not move the dosing start if material is late.",
        "A missed delivery costs the sponsor a 3-month wait for the next CRO slot.",
        "Material released two weeks before the dosing start; sponsor decisions on "
        "specifications due by 15 January.",
        "Release on a reduced test panel with the sponsor's written agreement.",
        "Sponsor specification decision later than 15 January.",
    ),
    RiskSpec(
        "ABR-011-TOX",
        "Peptide purity below 95% after one prep-HPLC pass",
        _C.BATCH_FAILURE,
        3,
        3,
        "meilin.tan",
        9,
        True,
        "The development lot reached 94.6% purity; one deletion sequence co-elutes.",
        "A second purification pass costs 25% yield and a week.",
        "Gradient optimisation on the development lot.",
        "Second pass; order extra resin-bound peptide.",
    ),
    RiskSpec(
        "ABR-011-TOX",
        "QA reviewer availability during release",
        _C.PEOPLE,
        2,
        2,
        "qa.quinn",
        30,
        False,
        "Release falls in the week of the annual sponsor audit.",
        "Batch record review could take three days longer.",
        "Second reviewer assigned.",
    ),
    # --- HSZ-0904-DS: mAb drug substance for Phase 3
    RiskSpec(
        "HSZ-0904-DS",
        "Titre at 2,000 L below the 3 g/L assumed in the plan",
        _C.BATCH_FAILURE,
        3,
        4,
        "katrin.vogel",
        11,
        True,
        "Scale-down runs gave 2.6-3.1 g/L; the feed strategy is not yet locked.",
        "Lower titre means fewer grams per run: the Phase 3 quantity may need an extra run.",
        "Feed optimisation in the 200 L runs; an extra run pencilled in.",
        "Add a fourth GMP run in the Q3 slot.",
        "Engineering run titre below 2.7 g/L.",
        ("Upstream process development", "Engineering run at scale"),
    ),
    RiskSpec(
        "HSZ-0904-DS",
        "Viral clearance study slot at the external lab",
        _C.CAPACITY,
        3,
        3,
        "ahmed.haddad",
        -7,
        True,
        "The virology lab offers its next slot after our planned start.",
        "The filing waits for the viral clearance report.",
        "Samples prepared early; second lab approached.",
        status=_S.MITIGATING,
    ),
    RiskSpec(
        "HSZ-0904-DS",
        "Resin lifetime not established for the protein A column",
        _C.QUALITY,
        2,
        3,
        "hannah.schulz",
        60,
        False,
        "Resin re-use studies cover 50 cycles; the campaign needs 80.",
        "Extra resin cost, and a change control if the lifetime claim changes.",
        "Small-scale lifetime study running in parallel.",
    ),
    RiskSpec(
        "HSZ-0904-DS",
        "Master cell bank testing result outstanding",
        _C.REGULATORY,
        1,
        5,
        "katrin.vogel",
        21,
        True,
        "The in-vivo adventitious agent test reports in February.",
        "A positive result would stop the programme.",
        "Working cell bank preparation waits for the result.",
        tasks=("Master cell bank manufacture and characterization",),
    ),
    # --- QLN-450-OLI: antisense oligonucleotide
    RiskSpec(
        "QLN-450-OLI",
        "Phosphoramidite lead time for the 2'-MOE monomers",
        _C.SUPPLY,
        4,
        3,
        "yuki.nakamura",
        -1,
        True,
        "Two of the four 2'-MOE amidites have 14-week lead times this winter.",
        "The synthesis campaign would start 4 weeks late.",
        "Orders placed; development runs use remaining stock.",
        "Use an alternative supplier's amidites after a use test.",
        "No shipping confirmation by 20 January.",
        ("Raw material sourcing and qualification",),
    ),
    RiskSpec(
        "QLN-450-OLI",
        "Synthesiser column scale-up from 50 to 200 mmol",
        _C.EQUIPMENT,
        3,
        3,
        "stefan.zimmermann",
        15,
        False,
        "The 200 mmol column has not been run with this sequence length (20-mer).",
        "Lower coupling efficiency reduces full-length product and yield.",
        "Engineering run at 100 mmol first.",
        tasks=("Engineering (demonstration) batch",),
    ),
    RiskSpec(
        "QLN-450-OLI",
        "Sponsor has not chosen the salt form",
        _C.SPONSOR_DECISION,
        2,
        3,
        "pm.alice",
        24,
        True,
        "Sodium or ammonium salt is still open on the sponsor's side.",
        "Downstream steps and the specification depend on it.",
        "Decision meeting booked for 14 January with both options costed.",
    ),
)


def _project_manager(project: Project, users: dict[str, User]) -> User | None:
    """The first person of the demo team who may keep the register: the project manager."""
    spec = next((p for p in PROJECTS if p.code == project.code), None)
    team = spec.team if spec else ()
    return next(
        (
            users[username]
            for username, _ in team
            if username in users and users[username].has_perm("risks.add_risk")
        ),
        None,
    )


def demo_risks(
    *, users: dict[str, User], projects: dict[str, Project], log: Callable[[str], None]
) -> tuple[int, int]:
    """Create the demo risks that are missing; returns (created, already present)."""
    created = existing = 0
    for spec in RISKS:
        project = projects.get(spec.project)
        if project is None:
            continue
        if Risk.objects.filter(project=project, title=spec.title).exists():
            existing += 1
            continue
        manager = _project_manager(project, users)
        owner = users.get(spec.owner)
        if manager is None or owner is None:
            log(f"  ! no project manager or owner on {project.code}; {spec.title!r} skipped")
            continue
        risk = risk_create(
            actor=manager,
            project=project,
            title=spec.title,
            category=spec.category,
            cause=spec.cause,
            effect=spec.effect,
            likelihood=spec.likelihood,
            impact=spec.impact,
            owner=owner,
            next_review_date=REFERENCE_DATE + dt.timedelta(days=spec.review),
            mitigation_plan=spec.mitigation,
            contingency_plan=spec.contingency,
            contingency_trigger=spec.trigger,
            affected_tasks=Task.objects.filter(project=project, name__in=spec.tasks),
            shared_with_sponsor=spec.shared,
        )
        if spec.status == _S.CLOSED:
            risk_close(actor=manager, risk=risk, reason=spec.closed_because)
        elif spec.status != _S.OPEN:
            risk_update(actor=manager, risk=risk, status=spec.status)
        created += 1
        shared = "shared" if spec.shared else "internal"
        log(f"  + {project.code} risk {risk.number}: {risk.title} ({shared}, {spec.status})")
    return created, existing
