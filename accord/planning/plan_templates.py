"""Plan templates for common CDMO work (working days).

Each step: (key, name, kind, duration, three-point or None, department,
[(predecessor key, link type, lag)], [(resource role, units)]).

A step's demands name resource roles (``accord.capacity.models.ResourceRole``), not
resources: the same template serves every site, and a plan made from it at a site holds
that site's resource of each role for the step's working days.
"""

from __future__ import annotations

from dataclasses import dataclass

T, M, D = "task", "milestone", "decision"

# Resource roles (the values of ``accord.capacity.models.ResourceRole``).
SUITE, REACTOR, BIOREACTOR, FILL_LINE = "gmp_suite", "reactor", "bioreactor", "fill_line"
QC, QA, SCIENTISTS, STABILITY = "qc_analysts", "qa_reviewers", "process_scientists", "stability"


@dataclass(frozen=True)
class Step:
    key: str
    name: str
    kind: str
    duration: int
    estimate: tuple[int, int, int] | None
    department: str
    after: tuple[tuple[str, str, int], ...] = ()
    demands: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class PlanTemplate:
    code: str
    name: str
    steps: tuple[Step, ...]


SMALL_MOLECULE_TECH_TRANSFER = PlanTemplate(
    "small_molecule_tt",
    "Small-molecule API: tech transfer to first GMP batch",
    (
        Step("KO", "Kick-off and technology package review", T, 5, None, "Project management"),
        Step(
            "RM",
            "Raw material sourcing and qualification",
            T,
            45,
            (30, 45, 60),
            "Supply chain",
            (("KO", "FS", 0),),
        ),
        Step(
            "AMT",
            "Analytical method transfer",
            T,
            20,
            (15, 20, 35),
            "QC / analytical",
            (("KO", "FS", 0),),
            ((QC, 1),),
        ),
        Step(
            "PD",
            "Process development and optimization",
            T,
            60,
            (40, 60, 80),
            "Process chemistry",
            (("KO", "FS", 0),),
            ((SCIENTISTS, 2),),
        ),
        Step(
            "PSA",
            "Process safety assessment (DSC/ARC)",
            T,
            10,
            (8, 10, 15),
            "Process safety",
            (("PD", "SS", 20),),
        ),
        Step(
            "TT",
            "Tech transfer complete",
            M,
            0,
            None,
            "Project management",
            (("PD", "FS", 0), ("AMT", "FS", 0)),
        ),
        Step(
            "EB",
            "Engineering (demonstration) batch",
            T,
            12,
            (10, 12, 15),
            "Manufacturing",
            (("PD", "FS", 0), ("RM", "FS", 0), ("AMT", "FS", 0), ("PSA", "FS", 0)),
            ((SUITE, 1), (REACTOR, 1)),
        ),
        Step(
            "MBR",
            "Master batch record drafting and approval",
            T,
            15,
            (10, 15, 20),
            "QA",
            (("EB", "SS", 5),),
        ),
        Step(
            "GO",
            "Go/no-go decision for GMP manufacture",
            D,
            0,
            None,
            "Steering committee",
            (("EB", "FS", 0), ("MBR", "FS", 0)),
        ),
        Step(
            "GMP",
            "GMP batch manufacture",
            T,
            15,
            (10, 15, 20),
            "Manufacturing",
            (("GO", "FS", 0),),
            ((SUITE, 1), (REACTOR, 1)),
        ),
        Step(
            "QC",
            "QC release testing",
            T,
            20,
            (15, 20, 25),
            "QC / analytical",
            (("GMP", "FS", 0),),
            ((QC, 3),),
        ),
        Step(
            "QA",
            "QA batch record review and release (CoA)",
            T,
            7,
            (5, 7, 10),
            "QA",
            (("QC", "FF", 3),),
            ((QA, 1),),
        ),
        Step("REL", "Batch released (CoA issued)", M, 0, None, "QA", (("QA", "FS", 0),)),
        Step(
            "STAB",
            "Stability study start (T0)",
            T,
            5,
            None,
            "QC / analytical",
            (("REL", "FS", 0),),
            ((STABILITY, 1), (QC, 1)),
        ),
        Step(
            "CMC",
            "CMC documentation for the filing",
            T,
            20,
            (15, 20, 30),
            "Regulatory CMC",
            (("REL", "SS", 0),),
        ),
        Step("FIL", "Filing support delivered", M, 0, None, "Regulatory CMC", (("CMC", "FS", 0),)),
    ),
)

BIOLOGICS_DRUG_SUBSTANCE = PlanTemplate(
    "biologics_ds",
    "Monoclonal antibody drug substance",
    (
        Step("KO", "Kick-off", T, 5, None, "Project management"),
        Step(
            "CLD",
            "Cell line development",
            T,
            150,
            (120, 150, 180),
            "Cell line development",
            (("KO", "FS", 0),),
            ((SCIENTISTS, 2),),
        ),
        Step(
            "MCB",
            "Master cell bank manufacture and characterization",
            T,
            75,
            (60, 75, 90),
            "Cell banking",
            (("CLD", "FS", 0),),
        ),
        Step(
            "USP",
            "Upstream process development",
            T,
            60,
            (50, 60, 80),
            "Upstream",
            (("CLD", "SS", 60),),
            ((SCIENTISTS, 2),),
        ),
        Step(
            "DSP",
            "Downstream process development",
            T,
            60,
            (50, 60, 80),
            "Downstream",
            (("USP", "SS", 10),),
            ((SCIENTISTS, 2),),
        ),
        Step(
            "AD",
            "Analytical development",
            T,
            60,
            (45, 60, 75),
            "QC / analytical",
            (("KO", "FS", 0),),
            ((QC, 2),),
        ),
        Step(
            "ENG",
            "Engineering run at scale",
            T,
            30,
            (25, 30, 40),
            "Manufacturing",
            (("USP", "FS", 0), ("DSP", "FS", 0), ("MCB", "FS", 0)),
            ((BIOREACTOR, 1),),
        ),
        Step(
            "GO",
            "Go/no-go decision for GMP",
            D,
            0,
            None,
            "Steering committee",
            (("ENG", "FS", 0), ("AD", "FS", 0)),
        ),
        Step(
            "GMP",
            "GMP drug substance run",
            T,
            30,
            (28, 30, 40),
            "Manufacturing",
            (("GO", "FS", 0),),
            ((BIOREACTOR, 1),),
        ),
        Step(
            "REL",
            "Release testing",
            T,
            38,
            (30, 38, 45),
            "QC / analytical",
            (("GMP", "FS", 0),),
            ((QC, 3),),
        ),
        Step("DSR", "Drug substance released", M, 0, None, "QA", (("REL", "FS", 0),)),
        Step(
            "FF",
            "Drug product fill-finish",
            T,
            30,
            (25, 30, 40),
            "Fill-finish",
            (("DSR", "FS", 0),),
            ((FILL_LINE, 1),),
        ),
    ),
)

ADC_CONJUGATION = PlanTemplate(
    "adc",
    "Antibody-drug conjugate: conjugation to GMP release",
    (
        Step("KO", "Kick-off", T, 5, None, "Project management"),
        Step(
            "AB", "Antibody supply from sponsor", T, 20, (15, 20, 40), "Sponsor", (("KO", "FS", 0),)
        ),
        Step(
            "LP",
            "Linker-payload sourcing (HPAPI, long lead)",
            T,
            60,
            (45, 60, 90),
            "Supply chain",
            (("KO", "FS", 0),),
        ),
        Step(
            "CPD",
            "Conjugation process development",
            T,
            50,
            (40, 50, 60),
            "Conjugation",
            (("AB", "FS", 0),),
            ((SCIENTISTS, 2),),
        ),
        Step(
            "AN",
            "Analytical development (DAR, free drug)",
            T,
            40,
            (30, 40, 50),
            "QC / analytical",
            (("AB", "FS", 0),),
            ((QC, 2),),
        ),
        Step(
            "ENG",
            "Engineering conjugation",
            T,
            15,
            (12, 15, 20),
            "Manufacturing",
            (("CPD", "FS", 0), ("LP", "FS", 0), ("AN", "FS", 0)),
            ((SUITE, 1),),
        ),
        Step(
            "GO", "Go/no-go decision for GMP", D, 0, None, "Steering committee", (("ENG", "FS", 0),)
        ),
        Step(
            "GMP",
            "GMP conjugation",
            T,
            15,
            (12, 15, 20),
            "Manufacturing",
            (("GO", "FS", 0),),
            ((SUITE, 1),),
        ),
        Step(
            "REL",
            "Release testing",
            T,
            30,
            (25, 30, 40),
            "QC / analytical",
            (("GMP", "FS", 0),),
            ((QC, 3),),
        ),
        Step("DONE", "Batch released", M, 0, None, "QA", (("REL", "FS", 0),)),
    ),
)

STERILE_FILL_FINISH = PlanTemplate(
    "sterile_ff",
    "Sterile drug product fill-finish",
    (
        Step("KO", "Kick-off", T, 5, None, "Project management"),
        Step(
            "FD",
            "Formulation development",
            T,
            40,
            (30, 40, 55),
            "Formulation",
            (("KO", "FS", 0),),
            ((SCIENTISTS, 1),),
        ),
        Step(
            "MF",
            "Media fill (aseptic process simulation)",
            T,
            15,
            (12, 15, 20),
            "Fill-finish",
            (("KO", "FS", 0),),
            ((FILL_LINE, 1),),
        ),
        Step(
            "EF",
            "Engineering fill",
            T,
            10,
            (8, 10, 12),
            "Fill-finish",
            (("FD", "FS", 0), ("MF", "FS", 0)),
            ((FILL_LINE, 1),),
        ),
        Step(
            "GMP",
            "GMP fill",
            T,
            10,
            (8, 10, 14),
            "Fill-finish",
            (("EF", "FS", 0),),
            ((FILL_LINE, 1),),
        ),
        Step("VI", "100% visual inspection", T, 5, (4, 5, 7), "Fill-finish", (("GMP", "FS", 0),)),
        Step(
            "REL",
            "Release testing",
            T,
            20,
            (15, 20, 25),
            "QC / analytical",
            (("VI", "FS", 0),),
            ((QC, 2),),
        ),
        Step("DONE", "Batch released", M, 0, None, "QA", (("REL", "FS", 0),)),
    ),
)

TEMPLATES = {
    t.code: t
    for t in (
        SMALL_MOLECULE_TECH_TRANSFER,
        BIOLOGICS_DRUG_SUBSTANCE,
        ADC_CONJUGATION,
        STERILE_FILL_FINISH,
    )
}

BY_MODALITY = {
    "small_molecule": "small_molecule_tt",
    "hpapi": "small_molecule_tt",
    "peptide": "small_molecule_tt",
    "oral_solid": "small_molecule_tt",
    "biologic": "biologics_ds",
    "cell_gene": "biologics_ds",
    "adc": "adc",
    "sterile_dp": "sterile_ff",
}
