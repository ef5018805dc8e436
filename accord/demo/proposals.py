"""Demo RFPs and proposals: every state of an RFP across the six sponsors, with the
proposals' revisions, their signed reviews (one rejected and re-reviewed), the sponsors'
comments and answers, and the outcomes (two wins with their projects, three losses with
postmortems, a decline and a withdrawal).

Everything goes through the services of ``accord.proposals``, so the audit events and
the signatures are real. Each RFP is a story (:mod:`accord.demo.story`): every step
(intake, qualification, the proposal drafted, each review signed a few hours after the
one before, sent, commented, accepted, won or lost) happens on its day of the demo, so
its dates, signatures and audit events agree. An RFP is looked up by its sponsor and
title: one that exists is left as it is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal

from accord.accounts.models import Organization, User
from accord.demo.data import DEMO_PASSWORD, DemoConflict, reference_date
from accord.demo.story import Story, Tally, at, tell
from accord.projects.models import Project
from accord.proposals.models import (
    COMPLEXITY_FACTORS,
    Currency,
    LossReason,
    Proposal,
    ProposalRevision,
    ReviewKind,
    Rfp,
    Service,
)
from accord.proposals.services import (
    assessment_record,
    milestone_add,
    proposal_create,
    proposal_win,
    revision_accept,
    revision_comment_add,
    revision_create,
    revision_decline,
    revision_required_reviews,
    revision_review,
    revision_timeline_build,
    revision_transition,
    revision_update,
    rfp_create,
    rfp_decline,
    rfp_lose,
    rfp_transition,
    rfp_withdraw,
    scope_item_add,
    scope_item_update,
)
from accord.signatures.models import Meaning

SV = Service
M = Project.Modality
P = Project.Phase
K = ReviewKind
L = LossReason
FACTORS = tuple(name for name, _ in COMPLEXITY_FACTORS)

# Who signs each review unless an offer names someone else (never its author or owner).
REVIEWERS: dict[str, str] = {
    K.EHS: "rafael.costa",
    K.PROCESS_CHEMISTRY: "sme.sam",
    K.ANALYTICAL: "meilin.tan",
    K.REGULATORY: "nora.aebischer",
    K.QUALITY: "qa.quinn",
    K.FINANCE: "exec.erin",
    K.EXECUTIVE: "markus.hoffmann",
}
BIOLOGICS_REVIEWERS = ((K.QUALITY, "hannah.schulz"), (K.PROCESS_CHEMISTRY, "ahmed.haddad"))


def _fresh(revision: ProposalRevision) -> ProposalRevision:
    return ProposalRevision.objects.select_related("proposal__rfp").get(pk=revision.pk)


def _day(offset: int) -> dt.date:
    """The working day ``offset`` days from the reference date (a weekend: the Monday)."""
    return _weekday(reference_date() + dt.timedelta(days=offset))


# --------------------------------------------------------------------------- specs


@dataclass(frozen=True)
class Item:
    service: str
    description: str
    unit: str
    quantity: str
    unit_price: str
    deliverables: str = ""
    assumptions: str = ""
    exclusions: str = ""


@dataclass(frozen=True)
class Offer:
    title: str
    owner: str  # business development: the proposal's owner, author of its revisions
    currency: str
    summary: str
    notes: str  # internal pricing notes
    items: tuple[Item, ...]
    milestones: tuple[tuple[str, str, str], ...]  # (name, trigger, percent of the total)
    template: str
    start: int  # proposed start, days from the reference date
    factors: tuple[int, ...]  # in the order of COMPLEXITY_FACTORS
    rationale: str
    scale: str = "1.00"
    batches: int = 1
    valid_days: int = 90
    reviewers: tuple[tuple[str, str], ...] = ()  # (review kind, username) instead of REVIEWERS


@dataclass(frozen=True)
class Postmortem:
    reasons: tuple[str, ...]
    data_says: str
    lessons: str
    competitor: str = ""
    other_note: str = ""
    follow_up: int | None = None  # days from the reference date


@dataclass(frozen=True)
class Win:
    code: str
    pm: str
    start: int  # days from the reference date
    title: str
    reason: str = ""  # a win on the revision sent (not accepted in the portal) needs one


@dataclass(frozen=True)
class RfpSpec:
    sponsor: str
    title: str
    services: tuple[str, ...]
    modality: str
    phase: str
    molecule: str
    quantity_text: str
    quantity: tuple[str, str] | None  # (amount, unit)
    received: int  # days from the reference date (negative: it came in then)
    due: int  # proposal due, days after it came in
    desired: tuple[int, int]  # desired start and delivery, days from the reference date
    description: str
    stage: str  # new, qualifying, draft, in_review, sent, accepted, won, lost, declined, withdrawn
    flags: tuple[str, ...] = ()  # high_potency, controlled_substance, cold_chain
    submitted_by: str = "bd.ben"  # a sponsor user submits it from the portal
    offer: Offer | None = None
    sent: int = 0  # R1 sent, days from the reference date
    comments: tuple[tuple[str, str], ...] = ()  # sponsor comments on R1: (username, text)
    # A review round that a reviewer rejects: (kind, reason, the scope item that fixes it)
    rejected: tuple[str, str, Item] | None = None
    signed: tuple[str, ...] | None = None  # stop in review with only these reviews signed
    # R2 after the sponsor's comments: (item index, new unit price) and the day it is sent
    revised: tuple[tuple[int, str], ...] = ()
    revised_notes: str = ""  # pricing notes changed while R2 is in review (reviews invalidated)
    revised_sent: int = 0
    revised_comments: tuple[tuple[str, str], ...] = ()
    accepted: int | None = None  # the sponsor manager accepts the revision sent, that day
    accept_note: str = ""
    sponsor_declined: str = ""  # the sponsor manager declines it in the portal first
    decided: int = 0  # the outcome's decision date, days from the reference date
    reason: str = ""  # decline or withdrawal reason
    postmortem: Postmortem | None = None
    win: Win | None = None


RFPS: tuple[RfpSpec, ...] = (
    # ------------------------------------------------------------------ new
    RfpSpec(
        "Kerrowan",
        "KRW-8815 registration batches and launch supply",
        (SV.COMMERCIAL_MANUFACTURING, SV.STABILITY, SV.REGULATORY_SUPPORT),
        M.SMALL_MOLECULE,
        P.COMMERCIAL,
        "KRW-8815 (kinase inhibitor)",
        "Three registration batches of 120 kg, then 1.5 t a year from 2028",
        ("3", "batches"),
        -9,
        28,
        (120, 640),
        "Second source for the launch supply of KRW-8815: three registration batches with "
        "ICH stability (25 °C/60 % RH and 40 °C/75 % RH, 36 months) and the Module 3.2.S "
        "sections for the variation. Kerrowan procurement asks for a price per kg at 1.0, "
        "1.5 and 2.0 t a year.",
        "new",
        submitted_by="claire.dubois",
    ),
    RfpSpec(
        "Quillon",
        "QLN-610 siRNA stability programme and method validation",
        (SV.ANALYTICAL_METHOD_DEVELOPMENT, SV.STABILITY),
        M.PEPTIDE,
        P.FIRST_IN_HUMAN,
        "QLN-610 (GalNAc-siRNA duplex)",
        "Stability on two GMP lots; validation of four release methods",
        ("2", "batches"),
        -3,
        21,
        (42, 420),
        "We need the IP-RP-HPLC purity, duplex SEC, LC-MS identity and endotoxin methods "
        "validated to ICH Q2(R2), and a 24-month stability study at 5 °C and 25 °C on the two "
        "Phase 1 lots made by our current supplier. Samples ship frozen from Uppsala.",
        "new",
        flags=("cold_chain",),
        submitted_by="quillon.contact",
    ),
    # ------------------------------------------------------------------ qualifying
    RfpSpec(
        "Hoshizora",
        "HSZ-2210 prefilled syringe fill-finish for Phase 3",
        (SV.FILL_FINISH, SV.TECH_TRANSFER, SV.STABILITY),
        M.STERILE_DP,
        P.CLINICAL,
        "HSZ-2210 (bispecific antibody, 150 mg/mL)",
        "Six GMP fills of 8,000 prefilled syringes",
        ("48000", "doses"),
        -20,
        30,
        (90, 420),
        "High-concentration bispecific in 1 mL prefilled syringes, stored at 2-8 °C and "
        "shipped to depots in Japan, the EU and the US. Hoshizora asks whether our Singen "
        "line can fill syringes (today: vials only) or would need a new isolator.",
        "qualifying",
        flags=("cold_chain",),
        submitted_by="claire.dubois",
    ),
    # ------------------------------------------------------------------ proposal in preparation
    RfpSpec(
        "NovaBridge",
        "NVB-330 route scouting and toxicology batch",
        (SV.PROCESS_DEVELOPMENT, SV.ANALYTICAL_METHOD_DEVELOPMENT, SV.CLINICAL_MANUFACTURING),
        M.SMALL_MOLECULE,
        P.PRECLINICAL,
        "NVB-330 (oral KRAS G12D inhibitor)",
        "1.2 kg non-GMP toxicology batch, then 5 kg GMP for first-in-human",
        ("6.2", "kg"),
        -45,
        25,
        (35, 300),
        "NovaBridge has an eleven-step medicinal chemistry route with two chromatographies "
        "and a chiral SFC separation. They need a scalable route, a 1.2 kg tox batch and an "
        "option on a 5 kg GMP batch; their team is three people, so they want us to lead.",
        "draft",
        offer=Offer(
            "NVB-330 route scouting, tox batch and FIH option",
            "bd.ben",
            Currency.USD,
            "Route scouting to a scalable route without chromatography, a 1.2 kg toxicology "
            "batch from Visp and, as an option, a 5 kg GMP batch for first-in-human.",
            "Virtual biotech, cash-constrained: route scouting priced as fixed FTE-months. "
            "Target margin 32 %; the GMP option is priced at list.",
            (
                Item(
                    SV.PROCESS_DEVELOPMENT,
                    "Route scouting and optimization of the eleven-step route",
                    "FTE-month",
                    "9",
                    "28500.00",
                    "Route scouting report; process description for the tox batch",
                    "Reference standards and the medicinal chemistry route provided by NovaBridge",
                    "Salt and polymorph screening",
                ),
                Item(
                    SV.ANALYTICAL_METHOD_DEVELOPMENT,
                    "HPLC purity, chiral purity and residual solvent methods (phase-appropriate)",
                    "method",
                    "3",
                    "22000.00",
                    "Method development reports; phase-appropriate qualification",
                ),
                Item(
                    SV.CLINICAL_MANUFACTURING,
                    "Non-GMP toxicology batch, 1.2 kg",
                    "batch",
                    "1",
                    "145000.00",
                    "1.2 kg API with certificate of analysis",
                ),
            ),
            (
                ("On signature", "on signature of the agreement", "30"),
                ("Route selected", "on the route selection report", "30"),
                ("Tox batch shipped", "on shipment of the toxicology batch", "40"),
            ),
            "small_molecule_tt",
            35,
            (0, 1, 0, 1, 1, 2, 1, 0),
            "Long linear route; chromatography to be removed before scale-up.",
        ),
    ),
    RfpSpec(
        "Solvantis",
        "SLV-390 ADC engineering and GMP conjugation",
        (SV.PROCESS_DEVELOPMENT, SV.CLINICAL_MANUFACTURING, SV.ANALYTICAL_METHOD_DEVELOPMENT),
        M.ADC,
        P.FIRST_IN_HUMAN,
        "SLV-390 (anti-CDH6 topoisomerase-I ADC)",
        "One engineering and two GMP conjugations of 300 g antibody",
        ("3", "batches"),
        -60,
        30,
        (60, 330),
        "Solvantis supplies the antibody and the exatecan-derived linker-payload (OEB 5). "
        "We develop the conjugation at 5 g, transfer it to the Singen suite and run one "
        "engineering and two GMP conjugations, with DAR and free-drug methods.",
        "in_review",
        flags=("high_potency",),
        offer=Offer(
            "SLV-390 conjugation development and GMP supply",
            "claire.dubois",
            Currency.EUR,
            "Conjugation development at 5 g, transfer to the Singen OEB 5 suite, one "
            "engineering and two GMP conjugations of 300 g antibody, with DAR and free-drug "
            "methods and release testing.",
            "Same conjugation suite as SLV-204; price per run aligned with the SLV-204 "
            "framework. Payload handling at OEB 5.",
            (
                Item(
                    SV.PROCESS_DEVELOPMENT,
                    "Conjugation process development at 5 g",
                    "study",
                    "1",
                    "185000.00",
                    "Development report; conjugation process description",
                    "Antibody and linker-payload supplied by Solvantis, 40 g and 60 g",
                ),
                Item(
                    SV.ANALYTICAL_METHOD_DEVELOPMENT,
                    "DAR (HIC), free drug (RP-HPLC) and aggregate (SEC) methods",
                    "method",
                    "3",
                    "36000.00",
                    "Methods qualified for release of the GMP conjugations",
                ),
                Item(
                    SV.CLINICAL_MANUFACTURING,
                    "Engineering and GMP conjugations, 300 g antibody each",
                    "batch",
                    "3",
                    "240000.00",
                    "Conjugated drug substance with CoA; batch records",
                    exclusions="Drug product (lyophilization and fill) and QP release",
                ),
            ),
            (
                ("On signature", "on signature of the agreement", "25"),
                ("Development complete", "on approval of the development report", "25"),
                ("Engineering run", "on completion of the engineering conjugation", "20"),
                ("GMP release", "on release of the second GMP conjugation", "30"),
            ),
            "adc",
            60,
            (3, 2, 0, 1, 1, 1, 2, 1),
            "OEB 5 payload; conjugation of a new linker class; DAR 8 analytics.",
            batches=2,
            reviewers=((K.PROCESS_CHEMISTRY, "elena.petrova"), (K.QUALITY, "hannah.schulz")),
        ),
        rejected=(
            K.EHS,
            "The containment plan assumes OEB 4, but the linker-payload is OEB 5: the "
            "isolator cleaning verification and the waste deactivation are not in the scope.",
            Item(
                SV.CLINICAL_MANUFACTURING,
                "OEB 5 isolator cleaning verification and payload waste deactivation",
                "campaign",
                "1",
                "38000.00",
                "Cleaning verification report; deactivated waste certificates",
            ),
        ),
        signed=(K.EHS, K.PROCESS_CHEMISTRY, K.QUALITY),
    ),
    # ------------------------------------------------------------------ proposal sent
    RfpSpec(
        "Aubrelle",
        "ABR-077 peptide API process development and GMP batch",
        (SV.PROCESS_DEVELOPMENT, SV.CLINICAL_MANUFACTURING, SV.STABILITY),
        M.PEPTIDE,
        P.FIRST_IN_HUMAN,
        "ABR-077 (stapled 24-mer peptide)",
        "One GMP batch of 400 g for the Phase 1 study",
        ("400", "g"),
        -95,
        21,
        (21, 260),
        "Aubrelle's second programme after ABR-011: solid-phase synthesis with a "
        "ring-closing metathesis staple, preparative HPLC to 97 %, one GMP batch of 400 g "
        "and a 12-month stability study.",
        "sent",
        offer=Offer(
            "ABR-077 process development, GMP batch and stability",
            "bd.ben",
            Currency.EUR,
            "Process development of the SPPS and staple, one 400 g GMP batch in Visp and a "
            "12-month ICH stability study, reusing the ABR-011 purification platform.",
            "Repeat sponsor; 5 % loyalty discount on process development (ABR-011 platform).",
            (
                Item(
                    SV.PROCESS_DEVELOPMENT,
                    "SPPS, metathesis and purification development at 20 g",
                    "study",
                    "1",
                    "165000.00",
                    "Development report; process description",
                ),
                Item(
                    SV.CLINICAL_MANUFACTURING,
                    "GMP batch, 400 g, purity at least 97 %",
                    "batch",
                    "1",
                    "310000.00",
                    "400 g peptide API, CoA, executed batch record",
                    "Grubbs catalyst supplied at our cost; ruthenium below 10 ppm",
                ),
                Item(
                    SV.STABILITY,
                    "ICH stability, 12 months (-20 °C, 5 °C, 25 °C)",
                    "study",
                    "1",
                    "48000.00",
                    "Stability protocol and reports at 1, 3, 6 and 12 months",
                ),
            ),
            (
                ("On signature", "on signature of the agreement", "30"),
                ("GMP batch manufactured", "on completion of the GMP batch", "40"),
                ("Batch release", "on QA release (CoA issued)", "30"),
            ),
            "small_molecule_tt",
            28,
            (0, 1, 0, 1, 1, 1, 2, 0),
            "Staple chemistry known from ABR-011; ruthenium clearance needs an analytical check.",
        ),
        sent=-40,
        comments=(
            (
                "aubrelle.contact",
                "Could the stability study start on the engineering material, so that we "
                "have 3-month data before the IMPD is submitted?",
            ),
        ),
    ),
    RfpSpec(
        "Kerrowan",
        "KRW-9021 HPAPI process validation and commercial supply",
        (SV.COMMERCIAL_MANUFACTURING, SV.TECH_TRANSFER, SV.REGULATORY_SUPPORT),
        M.HPAPI,
        P.COMMERCIAL,
        "KRW-9021 (PARP inhibitor, OEB 4)",
        "Three PPQ batches of 25 kg and 150 kg a year",
        ("75", "kg"),
        -150,
        30,
        (30, 400),
        "Transfer of the KRW-9021 process from Kerrowan's Cork plant, three PPQ batches of "
        "25 kg and a five-year supply of 150 kg a year, with the PPQ report and the "
        "Module 3 update for the site change.",
        "sent",
        flags=("high_potency",),
        offer=Offer(
            "KRW-9021 transfer, PPQ and commercial supply",
            "bd.ben",
            Currency.CHF,
            "Technology transfer to the Visp OEB 5 train, three PPQ batches of 25 kg with "
            "the PPQ report, and the site-change sections of Module 3.",
            "Procurement-led; expect a second round on price. PPQ batch price includes "
            "cleaning validation on the shared train.",
            (
                Item(
                    SV.TECH_TRANSFER,
                    "Technology transfer from Cork and engineering batch",
                    "package",
                    "1",
                    "420000.00",
                    "Transfer report; engineering batch of 25 kg",
                ),
                Item(
                    SV.COMMERCIAL_MANUFACTURING,
                    "PPQ batches of 25 kg",
                    "batch",
                    "3",
                    "285000.00",
                    "75 kg released API; PPQ report",
                    exclusions="Commercial batches after PPQ (priced per kg in the supply "
                    "agreement)",
                ),
                Item(
                    SV.REGULATORY_SUPPORT,
                    "Module 3.2.S site-change sections",
                    "package",
                    "1",
                    "65000.00",
                    "Module 3 sections in eCTD-ready Word",
                ),
            ),
            (
                ("On signature", "on signature of the agreement", "20"),
                ("Engineering batch", "on completion of the engineering batch", "30"),
                ("PPQ complete", "on approval of the PPQ report", "50"),
            ),
            "small_molecule_tt",
            30,
            (2, 0, 0, 1, 1, 1, 1, 0),
            "OEB 4 compound at 25 kg scale, known process; the site change is a Type II variation.",
            batches=3,
        ),
        sent=-100,
        comments=(
            (
                "kerrowan.manager",
                "The PPQ batch price is 14 % above our benchmark. Please review it, and "
                "split the cleaning validation out as its own line.",
            ),
            (
                "kerrowan.contact",
                "Also confirm that PPQ batch 1 can start before the end of Q2.",
            ),
        ),
        revised=((1, "262000.00"),),
        revised_notes="Second round: PPQ batch price down 8 % (shared cleaning validation "
        "now recovered over the supply agreement).",
        revised_sent=-55,
        revised_comments=(
            (
                "kerrowan.manager",
                "Thank you. Procurement is comparing R2 with one other offer; decision "
                "expected at our steering committee.",
            ),
        ),
    ),
    # ------------------------------------------------------------------ accepted, not yet won
    RfpSpec(
        "Hoshizora",
        "HSZ-1450 analytical method transfer and release testing",
        (SV.ANALYTICAL_METHOD_DEVELOPMENT, SV.STABILITY),
        M.BIOLOGIC,
        P.CLINICAL,
        "HSZ-1450 (anti-IL-23 mAb)",
        "Transfer of eight release methods; stability on three lots",
        ("3", "batches"),
        -120,
        30,
        (14, 300),
        "Transfer of the release methods (SEC, CE-SDS, icIEF, potency ELISA, glycan "
        "mapping, host cell protein, residual DNA, bioburden) from Osaka to Singen, and "
        "ICH stability on three Phase 3 lots.",
        "accepted",
        flags=("cold_chain",),
        offer=Offer(
            "HSZ-1450 method transfer and stability",
            "claire.dubois",
            Currency.EUR,
            "Transfer of the eight release methods by comparative testing, and a 36-month "
            "stability study on three Phase 3 lots in Singen.",
            "Methods known from HSZ-0904; comparative testing priced per method.",
            (
                Item(
                    SV.ANALYTICAL_METHOD_DEVELOPMENT,
                    "Method transfer by comparative testing",
                    "method",
                    "8",
                    "18500.00",
                    "Transfer protocols and reports",
                ),
                Item(
                    SV.STABILITY,
                    "ICH stability, 36 months, three lots (5 °C and 25 °C)",
                    "lot",
                    "3",
                    "62000.00",
                    "Stability protocol; reports at each pull",
                ),
            ),
            (
                ("On signature", "on signature of the agreement", "40"),
                ("Transfers complete", "on approval of the last transfer report", "40"),
                ("Stability 12 months", "on the 12-month stability report", "20"),
            ),
            "biologics_ds",
            14,
            (0, 0, 0, 0, 1, 1, 2, 1),
            "Eight methods; potency ELISA has failed transfers elsewhere.",
            scale="0.50",
            valid_days=120,
            reviewers=BIOLOGICS_REVIEWERS,
        ),
        sent=-60,
        accepted=-14,
        accept_note="Accepted as offered; purchase order to follow from Osaka procurement.",
    ),
    # ------------------------------------------------------------------ won
    RfpSpec(
        "NovaBridge",
        "NVB-315 Phase 2 API supply",
        (SV.PROCESS_DEVELOPMENT, SV.CLINICAL_MANUFACTURING, SV.STABILITY),
        M.SMALL_MOLECULE,
        P.CLINICAL,
        "NVB-315 (oral MEK inhibitor)",
        "Two GMP batches of 12 kg for Phase 2",
        ("24", "kg"),
        -200,
        28,
        (21, 330),
        "Scale-up of the Phase 1 route from 2 kg to 12 kg batches, two GMP batches for the "
        "Phase 2 study and 24 months of ICH stability.",
        "won",
        offer=Offer(
            "NVB-315 scale-up and Phase 2 GMP supply",
            "bd.ben",
            Currency.USD,
            "Process optimization for 12 kg batches, an engineering batch and two GMP "
            "batches in Visp, with 24-month stability.",
            "Follows NVB-101 in Visp; same team. Margin 30 %.",
            (
                Item(
                    SV.PROCESS_DEVELOPMENT,
                    "Route optimization and process safety (DSC/ARC) for 12 kg",
                    "study",
                    "1",
                    "210000.00",
                    "Optimization and process safety reports",
                ),
                Item(
                    SV.CLINICAL_MANUFACTURING,
                    "GMP batches of 12 kg",
                    "batch",
                    "2",
                    "265000.00",
                    "24 kg released API with CoA",
                ),
                Item(
                    SV.STABILITY,
                    "ICH stability, 24 months, on both GMP batches",
                    "study",
                    "1",
                    "54000.00",
                    "Stability reports",
                ),
            ),
            (
                ("On signature", "on signature of the agreement", "30"),
                ("First GMP batch", "on release of GMP batch 1", "35"),
                ("Second GMP batch", "on release of GMP batch 2", "35"),
            ),
            "small_molecule_tt",
            21,
            (0, 0, 0, 2, 1, 1, 1, 0),
            "Known route; 6x scale-up of two exothermic steps.",
            batches=2,
            valid_days=120,
        ),
        sent=-110,
        comments=(
            (
                "novabridge.contact",
                "Can the engineering batch material be used for the Phase 2 tox bridging?",
            ),
        ),
        accepted=-42,
        accept_note="Board approval received.",
        decided=-40,
        win=Win("NVB-315-API", "pm.alice", 21, "NVB-315 scale-up and Phase 2 API supply"),
    ),
    RfpSpec(
        "Quillon",
        "QLN-520 antisense oligonucleotide GMP campaign",
        (SV.TECH_TRANSFER, SV.CLINICAL_MANUFACTURING, SV.STABILITY),
        M.PEPTIDE,
        P.CLINICAL,
        "QLN-520 (2'-MOE gapmer antisense oligonucleotide)",
        "Two GMP batches at 100 mmol",
        ("2", "batches"),
        -180,
        30,
        (35, 380),
        "Transfer of the QLN-520 synthesis from the development partner, two GMP batches "
        "at 100 mmol scale on the Visp synthesizer and 24-month stability.",
        "won",
        offer=Offer(
            "QLN-520 transfer and GMP campaign",
            "bd.ben",
            Currency.CHF,
            "Transfer at 10 mmol, one engineering run and two GMP batches at 100 mmol, "
            "with release testing and 24-month stability.",
            "Framework agreement rates (QLN-450); synthesizer slot held for Q2.",
            (
                Item(
                    SV.TECH_TRANSFER,
                    "Transfer and 10 mmol demonstration run",
                    "package",
                    "1",
                    "145000.00",
                    "Transfer report",
                ),
                Item(
                    SV.CLINICAL_MANUFACTURING,
                    "GMP batches at 100 mmol",
                    "batch",
                    "2",
                    "385000.00",
                    "Released oligonucleotide API with CoA",
                    "Amidites from the approved suppliers, ordered at signature",
                ),
                Item(
                    SV.STABILITY,
                    "ICH stability, 24 months",
                    "study",
                    "1",
                    "42000.00",
                    "Stability reports",
                ),
            ),
            (
                ("On signature", "on signature of the agreement", "25"),
                ("Transfer complete", "on the transfer report", "25"),
                ("GMP batches released", "on release of the second GMP batch", "50"),
            ),
            "small_molecule_tt",
            35,
            (0, 1, 0, 2, 1, 1, 2, 0),
            "Tenfold scale-up of the synthesis; impurity profile by LC-MS.",
            batches=2,
            valid_days=120,
        ),
        sent=-120,
        decided=-30,
        win=Win(
            "QLN-520-ASO",
            "tobias.wenger",
            35,
            "QLN-520 antisense GMP campaign",
            reason="Quillon's purchase order QT-PO-2026-0417, signed by Ingrid Sundqvist, "
            "received by e-mail against R1.",
        ),
    ),
    # ------------------------------------------------------------------ lost
    RfpSpec(
        "Solvantis",
        "SLV-260 ADC drug product and commercial conjugation",
        (SV.CLINICAL_MANUFACTURING, SV.FILL_FINISH, SV.COMMERCIAL_MANUFACTURING),
        M.ADC,
        P.CLINICAL,
        "SLV-260 (anti-HER3 ADC)",
        "Four GMP conjugations and lyophilized vials for Phase 3",
        ("4", "batches"),
        -300,
        30,
        (-150, 200),
        "Antibody, conjugation and lyophilized drug product for the Phase 3 study, with an "
        "option for commercial launch supply.",
        "lost",
        flags=("high_potency", "cold_chain"),
        offer=Offer(
            "SLV-260 conjugation and drug product for Phase 3",
            "claire.dubois",
            Currency.EUR,
            "Four GMP conjugations in Singen and lyophilized vials from our fill-finish line; "
            "the antibody is supplied by Solvantis.",
            "Lyophilizer capacity limited in H2: fill priced with a third-party line as back-up.",
            (
                Item(
                    SV.CLINICAL_MANUFACTURING,
                    "GMP conjugations, 400 g antibody each",
                    "batch",
                    "4",
                    "255000.00",
                    "Conjugated drug substance with CoA",
                ),
                Item(
                    SV.FILL_FINISH,
                    "Lyophilized vial fills, 5,000 vials each",
                    "batch",
                    "4",
                    "190000.00",
                    "Released vials; QP certification",
                ),
            ),
            (
                ("On signature", "on signature of the agreement", "20"),
                ("First conjugation released", "on release of conjugation 1", "40"),
                ("Final fill released", "on release of the last fill", "40"),
            ),
            "adc",
            -150,
            (3, 2, 0, 2, 2, 2, 3, 1),
            "OEB 5 payload at 400 g scale, a new linker class, a lyophilization cycle to be "
            "transferred and DAR analytics not yet validated: high, executive review.",
            batches=4,
            reviewers=((K.PROCESS_CHEMISTRY, "elena.petrova"), (K.QUALITY, "hannah.schulz")),
        ),
        sent=-250,
        sponsor_declined="We are awarding antibody, conjugation and drug product to one "
        "provider who also makes the antibody.",
        decided=-210,
        postmortem=Postmortem(
            (L.ONE_STOP_SHOP, L.CAPACITY),
            "Our conjugation price was 4 % under our median for ADC runs; the fill relied on "
            "a third-party lyophilizer and the P80 finish was 7 weeks after the desired "
            "delivery.",
            "For late-phase ADCs sponsors buy antibody, conjugation and drug product as one "
            "package. Offer the mAb drug substance from Singen in the same proposal, and "
            "book lyophilizer time before quoting.",
            competitor="WuXi Biologics",
            follow_up=40,
        ),
    ),
    RfpSpec(
        "Kerrowan",
        "KRW-4470 sterile fill-finish of a lyophilized antibiotic",
        (SV.FILL_FINISH, SV.TECH_TRANSFER),
        M.STERILE_DP,
        P.COMMERCIAL,
        "KRW-4470 (meropenem combination)",
        "Twelve commercial lots of 40,000 vials a year",
        ("480000", "vials"),
        -210,
        28,
        (-60, 300),
        "Transfer of a lyophilized antibiotic from a closing plant, with a beta-lactam "
        "segregation requirement.",
        "lost",
        offer=Offer(
            "KRW-4470 fill-finish transfer and supply",
            "claire.dubois",
            Currency.CHF,
            "Transfer to a dedicated campaign on the Singen line with beta-lactam "
            "segregation, media fills and twelve lots a year.",
            "Dedicated campaign needs line decontamination after each lot: priced in.",
            (
                Item(
                    SV.TECH_TRANSFER,
                    "Transfer, media fills and engineering lot",
                    "package",
                    "1",
                    "380000.00",
                    "Transfer report; three media fills; engineering lot",
                ),
                Item(
                    SV.FILL_FINISH,
                    "Commercial lots of 40,000 vials",
                    "lot",
                    "12",
                    "118000.00",
                    "Released lots; QP certification",
                ),
            ),
            (
                ("On signature", "on signature of the agreement", "20"),
                ("Transfer complete", "on release of the engineering lot", "30"),
                ("Supply year 1", "pro rata on release of each lot", "50"),
            ),
            "sterile_ff",
            -60,
            (0, 0, 0, 1, 2, 2, 1, 0),
            "Beta-lactam segregation on a shared line.",
            reviewers=BIOLOGICS_REVIEWERS,
        ),
        sent=-160,
        decided=-100,
        postmortem=Postmortem(
            (L.CAPACITY, L.TIMING, L.COST),
            "Our lot price was 22 % above our median for lyophilized vials, because of the "
            "decontamination after each lot; our first commercial lot was 5 months after "
            "the plant closes.",
            "Do not quote beta-lactams on the shared line; say no early or partner with a "
            "dedicated facility.",
            follow_up=60,
        ),
    ),
    RfpSpec(
        "NovaBridge",
        "NVB-101 commercial route development",
        (SV.PROCESS_DEVELOPMENT, SV.REGULATORY_SUPPORT),
        M.SMALL_MOLECULE,
        P.CLINICAL,
        "NVB-101 (oral JAK1 inhibitor)",
        "Route development report and 2 kg demonstration batch",
        ("2", "kg"),
        -180,
        21,
        (-90, 120),
        "Second-generation route for NVB-101 ahead of Phase 3, with a 2 kg demonstration "
        "batch and the starting material justification.",
        "lost",
        offer=Offer(
            "NVB-101 second-generation route",
            "bd.ben",
            Currency.USD,
            "Route design with two options, a 2 kg demonstration batch and the regulatory "
            "starting material justification.",
            "Extension of the NVB-101 work; priced at the NVB-101 rates.",
            (
                Item(
                    SV.PROCESS_DEVELOPMENT,
                    "Second-generation route design and 2 kg demonstration batch",
                    "study",
                    "1",
                    "290000.00",
                    "Route design report; 2 kg batch",
                ),
                Item(
                    SV.REGULATORY_SUPPORT,
                    "Regulatory starting material justification (ICH Q11)",
                    "package",
                    "1",
                    "38000.00",
                    "Justification document",
                ),
            ),
            (
                ("On signature", "on signature of the agreement", "50"),
                ("Demonstration batch", "on the route design report", "50"),
            ),
            "small_molecule_tt",
            -90,
            (0, 0, 1, 1, 1, 1, 1, 0),
            "Flow nitration option evaluated.",
            scale="0.75",
        ),
        sent=-130,
        decided=-70,
        postmortem=Postmortem(
            (L.OTHER, L.COST),
            "Our price was 9 % above our median for route development at this scale; the "
            "timeline met the desired date with three weeks to spare at P80.",
            "Virtual biotechs defer second-generation routes until Phase 3 is funded: offer "
            "a smaller paper study first.",
            other_note="NovaBridge postponed the second-generation route until the Phase 3 "
            "financing closes.",
            follow_up=20,
        ),
    ),
    # ------------------------------------------------------------------ declined by the CDMO
    RfpSpec(
        "Aubrelle",
        "ABR-090 AAV gene therapy vector manufacturing",
        (SV.PROCESS_DEVELOPMENT, SV.CLINICAL_MANUFACTURING),
        M.CELL_GENE,
        P.PRECLINICAL,
        "ABR-090 (AAV9 vector)",
        "One GLP tox lot and one GMP lot of 2 x 10^16 vg",
        ("2", "batches"),
        -75,
        21,
        (30, 330),
        "Aubrelle's gene therapy programme: AAV9 upstream in HEK293 suspension at 200 L and "
        "downstream by affinity and AEX.",
        "declined",
        decided=-65,
        reason="We have no viral vector capability (BSL-2 suspension culture, full/empty "
        "capsid analytics); referred to a specialist CDMO and told Aubrelle the same day.",
    ),
    # ------------------------------------------------------------------ withdrawn
    RfpSpec(
        "Hoshizora",
        "HSZ-0650 oral solid dose tablets for Phase 2",
        (SV.CLINICAL_MANUFACTURING, SV.STABILITY),
        M.ORAL_SOLID,
        P.CLINICAL,
        "HSZ-0650 (DPP-1 inhibitor)",
        "Two tablet strengths, 200,000 tablets each",
        ("400000", "doses"),
        -110,
        30,
        (-20, 200),
        "Tablets of 10 and 40 mg by direct compression, bottled, for the Phase 2 study in the EU.",
        "withdrawn",
        offer=Offer(
            "HSZ-0650 Phase 2 tablets",
            "bd.ben",
            Currency.EUR,
            "Formulation transfer, two GMP tablet batches and 12-month stability.",
            "Tableting subcontracted to our partner in Basel; 12 % handling margin.",
            (
                Item(
                    SV.CLINICAL_MANUFACTURING,
                    "GMP tablet batches (10 mg and 40 mg)",
                    "batch",
                    "2",
                    "95000.00",
                    "Bottled tablets with CoA",
                ),
            ),
            (("On signature", "on signature of the agreement", "100"),),
            "small_molecule_tt",
            -20,
            (0, 0, 0, 0, 1, 1, 0, 0),
            "Direct compression; low complexity.",
        ),
        decided=-80,
        reason="Hoshizora out-licensed HSZ-0650; the licensee makes its clinical supply in-house.",
    ),
)


# --------------------------------------------------------------------------- loading


def proposal_stories(
    *,
    users: dict[str, User],
    sponsors: dict[str, Organization],
    log: Callable[[str], None],
    counts: Tally,
) -> list[Story]:
    """One story per demo RFP, from intake to the state of its spec."""
    return [
        _rfp_story(spec, users=users, sponsors=sponsors, log=log, counts=counts)
        for spec in sorted(RFPS, key=lambda spec: spec.received)  # numbered as they came in
    ]


def demo_proposals(
    *, users: dict[str, User], sponsors: dict[str, Organization], log: Callable[[str], None]
) -> Tally:
    """Create the demo RFPs that are missing, each with its proposal and outcome."""
    counts = Tally()
    tell(proposal_stories(users=users, sponsors=sponsors, log=log, counts=counts))
    return counts


def _rfp_story(spec: RfpSpec, *, users, sponsors, log, counts: Tally) -> Story:
    yield at(_day(spec.received), "09:00", key=spec.title)
    sponsor = sponsors.get(spec.sponsor)
    if sponsor is None:
        return
    rfp = Rfp.objects.filter(sponsor=sponsor, title=spec.title).first()
    if rfp is not None:
        counts.add("rfps", False)
        for _ in Proposal.objects.filter(rfp=rfp):
            counts.add("proposals", False)
        return
    needed = [spec.submitted_by, *(u for u, _ in (*spec.comments, *spec.revised_comments))]
    if spec.offer:
        needed.append(spec.offer.owner)
    if any(name not in users for name in needed):
        log(f"  ! {spec.sponsor} RFP {spec.title!r} skipped: a demo user is missing")
        return
    if spec.win and Project.objects.filter(code=spec.win.code).exists():
        raise DemoConflict(
            f"Project {spec.win.code} already exists; the demo wins {spec.title!r} with it."
        )
    counts.add("rfps", True)
    if spec.offer:
        counts.add("proposals", True)
    yield from _Story(spec, sponsor, users, log).tell()


class _Story:
    """One RFP from intake to the state of its spec, step by step on the demo's days."""

    def __init__(self, spec: RfpSpec, sponsor: Organization, users, log) -> None:
        self.spec = spec
        self.sponsor = sponsor
        self.users = users
        self.log = log
        self.bd = users["bd.ben"]
        self.owner = users[spec.offer.owner] if spec.offer else self.bd
        self.manager = users.get(f"{spec.sponsor.lower()}.manager")

    def sign(self, user: User) -> dict[str, object]:
        return {"username": user.username, "password": DEMO_PASSWORD, "acknowledge": True}

    def tell(self) -> Story:
        spec = self.spec
        received = _day(spec.received)
        rfp = self.intake(received)
        if spec.stage == "new":
            return self.done(rfp)
        yield at(_weekday(received + dt.timedelta(days=2)), "11:00", key=spec.title)
        rfp = rfp_transition(actor=self.owner, rfp=rfp, name="qualify")
        if spec.stage == "qualifying":
            return self.done(rfp)
        if spec.stage == "declined":
            yield at(_day(spec.decided), "15:00", key=spec.title)
            rfp_decline(actor=self.bd, rfp=rfp, reason=spec.reason, decided_on=_day(spec.decided))
            return self.done(rfp)
        yield at(_weekday(received + dt.timedelta(days=5)), "10:00", key=spec.title)
        proposal = proposal_create(
            actor=self.owner,
            rfp=rfp,
            title=spec.offer.title,
            owner=self.owner,
            currency=spec.offer.currency,
        )
        revision = proposal.revisions.get()
        self.content(revision, spec.offer)
        if spec.stage == "withdrawn":
            rfp.refresh_from_db()
            yield at(_day(spec.decided), "15:00", key=spec.title)
            rfp_withdraw(actor=self.bd, rfp=rfp, reason=spec.reason, decided_on=_day(spec.decided))
            return self.done(rfp)
        if spec.stage == "draft":
            return self.done(rfp)
        if spec.stage == "in_review":
            yield from self.review_round(revision, _day(-8), stop_after=spec.signed)
            return self.done(rfp)
        revision = yield from self.review_round(revision, _day(spec.sent - 4))
        revision = yield from self.send(revision, spec.sent)
        yield from self.comment(revision, spec.comments, spec.sent + 6)
        if spec.revised:
            revision = yield from self.second_revision(proposal)
        if spec.accepted is not None:
            yield at(_day(spec.accepted), "16:00", key=spec.title)
            revision = revision_accept(
                actor=self.manager,
                revision=_fresh(revision),
                meaning=Meaning.ACCEPTED,
                reason=spec.accept_note,
                **self.sign(self.manager),
            )
        if spec.stage == "won":
            yield from self.won(revision)
        elif spec.stage == "lost":
            yield from self.lost(rfp, revision)
        return self.done(rfp)

    def done(self, rfp: Rfp) -> None:
        rfp.refresh_from_db()
        self.log(f"  + {rfp.sponsor.short_name} {rfp.number}: {rfp.title} ({rfp.status})")

    # ---- steps

    def intake(self, received: dt.date) -> Rfp:
        spec = self.spec
        amount, unit = spec.quantity or (None, "")
        return rfp_create(
            actor=self.users[spec.submitted_by],
            sponsor=self.sponsor,
            title=spec.title,
            services=list(spec.services),
            modality=spec.modality,
            phase=spec.phase,
            molecule=spec.molecule,
            quantity_text=spec.quantity_text,
            quantity_amount=Decimal(amount) if amount else None,
            quantity_unit=unit,
            desired_start=_day(spec.desired[0]),
            desired_delivery=_day(spec.desired[1]),
            proposal_due=received + dt.timedelta(days=spec.due),
            description=spec.description,
            received_on=received,
            **{flag: True for flag in spec.flags},
        )

    def content(self, revision: ProposalRevision, offer: Offer) -> None:
        actor = self.owner
        for item in offer.items:
            self.item(revision, item)
        for name, trigger, percent in offer.milestones:
            milestone_add(
                actor=actor, revision=revision, name=name, trigger=trigger, percent=Decimal(percent)
            )
        revision_timeline_build(
            actor=actor,
            revision=revision,
            template_code=offer.template,
            start=_day(offer.start),
            scale=Decimal(offer.scale),
            batches=offer.batches,
        )
        assessment_record(
            actor=actor,
            revision=revision,
            rationale=offer.rationale,
            **dict(zip(FACTORS, offer.factors, strict=True)),
        )
        revision_update(
            actor=actor,
            revision=revision,
            summary=offer.summary,
            internal_pricing_notes=offer.notes,
            valid_until=_day(self.spec.sent or 0) + dt.timedelta(days=offer.valid_days),
        )

    def item(self, revision: ProposalRevision, item: Item) -> None:
        scope_item_add(
            actor=self.owner,
            revision=revision,
            service=item.service,
            description=item.description,
            unit=item.unit,
            quantity=Decimal(item.quantity),
            unit_price=Decimal(item.unit_price),
            deliverables=item.deliverables,
            assumptions=item.assumptions,
            exclusions=item.exclusions,
        )

    def reviewer(self, kind: str) -> User:
        overrides = dict(self.spec.offer.reviewers)
        return self.users[overrides.get(kind, REVIEWERS[kind])]

    def review(self, revision: ProposalRevision, kind: str, reason: str = "") -> None:
        reviewer = self.reviewer(kind)
        revision_review(
            actor=reviewer,
            revision=_fresh(revision),
            kind=kind,
            decision=Meaning.REJECTED if reason else Meaning.REVIEWED,
            reason=reason,
            **self.sign(reviewer),
        )

    def submit(self, revision: ProposalRevision) -> ProposalRevision:
        return revision_transition(actor=self.owner, revision=_fresh(revision), name="submit")

    def review_round(
        self,
        revision: ProposalRevision,
        submitted: dt.date,
        stop_after: tuple[str, ...] | None = None,
    ):
        """Submitted on ``submitted``; each required review signed by its reviewer in the
        hours after, one every few hours. A spec's rejection first sends it back to draft;
        its fix goes in the next morning and the round starts again."""
        slots = _review_slots(submitted)
        yield next(slots)
        revision = self.submit(revision)
        required = revision_required_reviews(revision)
        if self.spec.rejected and revision.number == 1:
            kind, reason, fix = self.spec.rejected
            for before in [k for k in required if k != kind][:2]:
                yield next(slots)
                self.review(revision, before)  # invalidated by the rejection
            yield next(slots)
            self.review(revision, kind, reason)
            yield next(slots)
            self.item(revision, fix)
            revision = self.submit(revision)
        for kind in required:
            if stop_after is not None and kind not in stop_after:
                continue
            yield next(slots)
            self.review(revision, kind)
        return _fresh(revision)

    def send(self, revision: ProposalRevision, on: int):
        yield at(_day(on), "16:30", key=self.spec.title)
        return revision_transition(
            actor=self.owner,
            revision=_fresh(revision),
            name="send",
            meaning=Meaning.AUTHORED,
            **self.sign(self.owner),
        )

    def comment(self, revision: ProposalRevision, comments, on: int):
        for number, (username, text) in enumerate(comments):
            yield at(_day(on), f"{10 + 2 * number}:00", key=text)
            revision_comment_add(actor=self.users[username], revision=revision, text=text)

    def second_revision(self, proposal: Proposal):
        """R2 answers the sponsor's comments: new prices, a review round in which the
        pricing notes change (the reviews so far are invalidated), then sent."""
        spec = self.spec
        yield at(_day(spec.sent + 10), "09:00", key=spec.title)
        revision = revision_create(actor=self.owner, proposal=proposal)
        items = list(revision.scope_items.order_by("position", "pk"))
        for index, price in spec.revised:
            scope_item_update(actor=self.owner, item=items[index], unit_price=Decimal(price))
        revision_update(
            actor=self.owner,
            revision=revision,
            valid_until=_day(spec.revised_sent) + dt.timedelta(days=spec.offer.valid_days),
        )
        yield at(_day(spec.sent + 10), "11:00", key=spec.title)
        revision = self.submit(revision)
        yield at(_day(spec.sent + 10), "15:00", key=spec.title)
        self.review(revision, K.QUALITY)
        yield at(_day(spec.sent + 11), "09:30", key=spec.title)
        revision = _fresh(revision)
        revision_update(
            actor=self.owner, revision=revision, internal_pricing_notes=spec.revised_notes
        )
        revision = yield from self.review_round(revision, _day(spec.revised_sent - 3))
        revision = yield from self.send(revision, spec.revised_sent)
        yield from self.comment(revision, spec.revised_comments, spec.revised_sent + 5)
        return revision

    def won(self, revision: ProposalRevision):
        win = self.spec.win
        pm = self.users[win.pm]
        yield at(_day(self.spec.decided), "10:00", key=self.spec.title)
        revision = _fresh(revision)
        proposal_win(
            actor=self.bd,
            revision=revision,
            pm=pm,
            project_code=win.code,
            start_date=_day(win.start),
            title=win.title,
            reason=win.reason,
            decided_on=_day(self.spec.decided),
            **self.sign(pm),
        )
        self.log(f"  + {win.code}: project, plan and signed baseline from {revision}")

    def lost(self, rfp: Rfp, revision: ProposalRevision):
        spec = self.spec
        decided = _day(spec.decided)
        if spec.sponsor_declined:
            yield at(decided - dt.timedelta(days=3), "15:30", key=spec.title)
            revision = _fresh(revision)
            revision_decline(
                actor=self.manager,
                revision=revision,
                meaning=Meaning.REJECTED,
                reason=spec.sponsor_declined,
                **self.sign(self.manager),
            )
        post = spec.postmortem
        yield at(decided, "14:00", key=spec.title)
        rfp.refresh_from_db()
        rfp_lose(
            actor=self.bd,
            rfp=rfp,
            reasons=list(post.reasons),
            other_note=post.other_note,
            competitor=post.competitor,
            data_says=post.data_says,
            lessons=post.lessons,
            follow_up_on=_day(post.follow_up) if post.follow_up is not None else None,
            decided_on=decided,
        )


def _weekday(date: dt.date) -> dt.date:
    while date.weekday() >= 5:
        date += dt.timedelta(days=1)
    return date


def _review_slots(submitted: dt.date) -> Iterator[dt.datetime]:
    """Submitted at 09:00, then a signature every few working hours on working days."""
    date = _weekday(submitted)
    while True:
        for time in ("09:00", "11:30", "15:00", "17:00"):
            yield at(date, time)
        date = _weekday(date + dt.timedelta(days=1))
