"""The demo's training set-up (the story is in ``accord.demo.training``): competencies,
controlled documents, requirements with their quizzes' question banks, curricula, job
roles, who holds which job role, and who assesses or trains whom."""

from __future__ import annotations

from dataclasses import dataclass

from accord.demo.quality_data import DEVIATIONS

# --------------------------------------------------------------------------- competencies


@dataclass(frozen=True)
class CompetencySpec:
    code: str
    name: str
    department: str
    validity_months: int
    description: str


COMPETENCIES: tuple[CompetencySpec, ...] = (
    CompetencySpec(
        "aseptic-gowning",
        "Aseptic gowning",
        "manufacturing",
        12,
        "Gowning for Grade A/B areas without contaminating the garments, with glove and "
        "gown plates within limits on three consecutive qualifications.",
    ),
    CompetencySpec(
        "reactor-charging",
        "Reactor charging",
        "manufacturing",
        24,
        "Charging solids and liquids to a glass-lined or Hastelloy reactor under inert "
        "atmosphere, with second-person verification of identity and quantity.",
    ),
    CompetencySpec(
        "hplc-operation",
        "HPLC operation",
        "quality_control",
        24,
        "Running an HPLC sequence in the chromatography data system: system suitability, "
        "bracketing standards, integration without manual reintegration.",
    ),
    CompetencySpec(
        "deviation-investigation",
        "Deviation investigation",
        "quality_assurance",
        24,
        "Leading a deviation investigation: containment, root cause analysis (5 Whys, "
        "Ishikawa), product impact, CAPA proposal.",
    ),
    CompetencySpec(
        "change-impact-assessment",
        "Change impact assessment",
        "quality_assurance",
        24,
        "Assessing a change's impact on product quality, validation, registration and "
        "the sponsors' quality agreements.",
    ),
    CompetencySpec(
        "batch-record-review",
        "Batch record review",
        "quality_assurance",
        24,
        "Reviewing an executed batch record for completeness, GDP and deviations before "
        "QA disposition.",
    ),
)

# --------------------------------------------------------------------------- documents


@dataclass(frozen=True)
class DocumentSpec:
    number: str
    title: str
    department: str
    site: str = ""  # empty: every site


DOCUMENTS: tuple[DocumentSpec, ...] = (
    DocumentSpec("SOP-QA-001", "Deviation management", "quality_assurance"),
    DocumentSpec("SOP-QA-002", "Change control", "quality_assurance"),
    DocumentSpec("SOP-QA-010", "Good documentation practice", "quality_assurance"),
    DocumentSpec("SOP-QA-012", "Data integrity and ALCOA+ principles", "quality_assurance"),
    DocumentSpec("SOP-MFG-014", "Charging a reactor", "manufacturing", "VSP"),
    DocumentSpec("SOP-MFG-021", "Gowning for Grade A/B cleanrooms", "manufacturing", "SGN"),
    DocumentSpec("SOP-QC-007", "HPLC system suitability", "quality_control"),
    DocumentSpec("SOP-WH-003", "Receipt, sampling and quarantine of materials", "supply_chain"),
    DocumentSpec("SOP-PM-001", "Managing client projects", "project_management"),
    DocumentSpec("SOP-PM-004", "Quality agreements and confidentiality", "project_management"),
    DocumentSpec("SOP-RA-002", "Regulatory impact of changes", "regulatory_affairs"),
    DocumentSpec("SOP-IT-004", "Computerized system access and user administration", ""),
)

# The version made effective in the story's November: the retraining it opens for
# everyone who charges reactors.
NEW_VERSION = (
    "SOP-MFG-014",
    "Version 2: nitrogen inerting checked by an oxygen reading below 2% before solids "
    "are charged (CAPA after the R-204 charging deviation); the second person signs the "
    "charge sheet at the reactor, not afterwards.",
)

# --------------------------------------------------------------------------- requirements


@dataclass(frozen=True)
class Question:
    text: str
    choices: tuple[str, ...]
    correct: int


GMP_QUIZ: tuple[Question, ...] = (
    Question(
        "Who is responsible for the quality of the work you do in a GMP area?",
        ("QA only", "Every person doing the work", "The sponsor", "The site head only"),
        1,
    ),
    Question(
        "You notice that a batch step was done outside its validated range. What do you do first?",
        (
            "Continue and mention it at the end of the shift",
            "Correct the record to the validated value",
            "Stop, secure the product and report it as a deviation at once",
            "Ask a colleague whether it matters",
        ),
        2,
    ),
    Question(
        "What does 'if it is not documented, it did not happen' mean for a GMP step?",
        (
            "Only steps QA watches count",
            "A step without a contemporaneous record cannot be shown to have been done",
            "Records may be completed at the end of the week",
            "Electronic records do not need signatures",
        ),
        1,
    ),
    Question(
        "A material's label shows status 'quarantine'. May it be used in production?",
        (
            "Yes, if the batch is urgent",
            "Yes, with the production manager's approval",
            "No, only released material may be used",
            "Yes, if the supplier's certificate is attached",
        ),
        2,
    ),
    Question(
        "Which of these is a change that needs change control before it is made?",
        (
            "Replacing a reactor seal with the identical spare part",
            "Using a new supplier for a starting material",
            "Cleaning a room per its SOP",
            "Filing an executed batch record",
        ),
        1,
    ),
    Question(
        "When must you be trained on a new version of an SOP you work to?",
        (
            "Before you next perform the procedure",
            "Within the next year",
            "Only if your manager asks",
            "Only when the change is major",
        ),
        0,
    ),
    Question(
        "What is the purpose of a line clearance before a batch starts?",
        (
            "To save cleaning time",
            "To make sure nothing from the previous product or batch remains",
            "To count the operators present",
            "To start the equipment",
        ),
        1,
    ),
    Question(
        "Who may release a batch of drug product for sale in the EU?",
        (
            "The production manager",
            "The project manager",
            "A Qualified Person",
            "The sponsor's buyer",
        ),
        2,
    ),
)

GDP_QUIZ: tuple[Question, ...] = (
    Question(
        "How do you correct a wrong entry in a paper batch record?",
        (
            "Overwrite it neatly",
            "Use correction fluid and write the right value",
            "Strike it through with one line so it stays readable, write the right value, "
            "initial, date and give the reason",
            "Tear out the page and rewrite it",
        ),
        2,
    ),
    Question(
        "When is a GMP entry recorded?",
        (
            "At the time the activity is performed",
            "At the end of the shift",
            "When QA asks for it",
            "Before the activity, to save time",
        ),
        0,
    ),
    Question(
        "What does the 'A' in ALCOA stand for, first?",
        ("Accurate", "Attributable", "Available", "Approved"),
        1,
    ),
    Question(
        "A colleague asks you to sign the second-person check for a charge you did not "
        "witness. What do you do?",
        (
            "Sign: you trust your colleague",
            "Sign and note 'not witnessed'",
            "Refuse: only what you witnessed is verified by your signature",
            "Ask QA to sign instead",
        ),
        2,
    ),
    Question(
        "Which of these is acceptable in a GMP record?",
        (
            "Ditto marks for repeated values",
            "A blank line left for later",
            "'N/A' with initials and date in a field that does not apply",
            "Pencil entries",
        ),
        2,
    ),
    Question(
        "An instrument prints a result on thermal paper. What is the record?",
        (
            "Nothing: thermal paper fades",
            "A verified true copy kept with the batch record, plus the original",
            "A photo on your phone",
            "The value written on a sticky note",
        ),
        1,
    ),
    Question(
        "What does 'contemporaneous' mean in ALCOA+?",
        (
            "Recorded when the work is done",
            "Recorded by a contemporary colleague",
            "Recorded in the current version of the form",
            "Recorded on a computer",
        ),
        0,
    ),
)


@dataclass(frozen=True)
class RequirementSpec:
    code: str
    title: str
    kind: str  # document, course, quiz, competency
    description: str = ""
    document: str = ""  # controlled document number
    competency: str = ""  # competency code
    min_level: int = 3
    course_format: str = ""
    validity_months: int | None = None
    questions: tuple[Question, ...] = ()
    signing: bool = False  # every staff role that signs needs it (R-TRN-7)


E_SIGNATURE = "accord-e-signature"
GMP_BASICS = "gmp-basics"
GDP_QUIZ_CODE = "gdp-quiz"

REQUIREMENTS: tuple[RequirementSpec, ...] = (
    RequirementSpec(
        E_SIGNATURE,
        "Accord e-signature",
        "course",
        "What an electronic signature in Accord means (21 CFR Part 11, EU GMP Annex 11): "
        "user id and password, the meaning signed, why a signature is never shared. "
        "Required before anyone signs in Accord.",
        course_format="e_learning",
        signing=True,
    ),
    RequirementSpec(
        GMP_BASICS,
        "GMP basics (annual)",
        "course",
        "EU GMP and 21 CFR 210/211 for everyone on site: responsibilities, deviations, "
        "change control, hygiene, documentation. Repeated every year.",
        course_format="classroom",
        validity_months=12,
    ),
    RequirementSpec(
        "data-integrity",
        "Data integrity (ALCOA+)",
        "course",
        "ALCOA+ in paper and electronic records, audit trails, the data integrity "
        "findings of recent inspections.",
        course_format="e_learning",
    ),
    RequirementSpec(
        "gmp-quiz",
        "GMP basics quiz",
        "quiz",
        "Five questions drawn from the GMP basics bank; 80% passes.",
        questions=GMP_QUIZ,
    ),
    RequirementSpec(
        GDP_QUIZ_CODE,
        "Good documentation practice quiz",
        "quiz",
        "Five questions drawn from the GDP bank; 80% passes.",
        questions=GDP_QUIZ,
    ),
    *(
        RequirementSpec(
            f"read-{d.number.lower()}",
            f"Read {d.number} {d.title}",
            "document",
            document=d.number,
        )
        for d in DOCUMENTS
    ),
    *(
        RequirementSpec(
            f"{c.code}-l3", f"{c.name} (level 3)", "competency", competency=c.code, min_level=3
        )
        for c in COMPETENCIES
    ),
)

# --------------------------------------------------------------------------- curricula


@dataclass(frozen=True)
class CurriculumSpec:
    code: str
    name: str
    requirements: tuple[str, ...]
    grace_days: int = 30
    description: str = ""


def _read(*numbers: str) -> tuple[str, ...]:
    return tuple(f"read-{n.lower()}" for n in numbers)


CURRICULA: tuple[CurriculumSpec, ...] = (
    CurriculumSpec(
        "core-gmp",
        "Core GMP for all staff",
        (E_SIGNATURE, GMP_BASICS, "data-integrity", "gmp-quiz"),
        grace_days=30,
        description="What everyone at the CDMO knows, whatever their job.",
    ),
    CurriculumSpec(
        "production",
        "Production operations",
        (
            *_read("SOP-MFG-014", "SOP-MFG-021"),
            GDP_QUIZ_CODE,
            "reactor-charging-l3",
            "aseptic-gowning-l3",
        ),
    ),
    CurriculumSpec(
        "qc-laboratory",
        "QC laboratory",
        (*_read("SOP-QC-007", "SOP-QA-012"), GDP_QUIZ_CODE, "hplc-operation-l3"),
    ),
    CurriculumSpec(
        "quality-assurance",
        "Quality assurance",
        (
            *_read("SOP-QA-001", "SOP-QA-010"),
            GDP_QUIZ_CODE,
            "deviation-investigation-l3",
            "change-impact-assessment-l3",
            "batch-record-review-l3",
        ),
    ),
    CurriculumSpec(
        "project-management",
        "Project management",
        _read("SOP-PM-001"),
        grace_days=45,
    ),
    CurriculumSpec(
        "process-development",
        "Process development",
        _read("SOP-MFG-014"),
    ),
    CurriculumSpec(
        "analytical-development",
        "Analytical development",
        (*_read("SOP-QC-007"), "hplc-operation-l3"),
    ),
    CurriculumSpec(
        "supply-chain",
        "Warehouse and supply chain",
        (*_read("SOP-WH-003"), GDP_QUIZ_CODE),
    ),
    CurriculumSpec(
        "site-leadership",
        "Site leadership",
        _read("SOP-QA-002"),
        grace_days=60,
    ),
    CurriculumSpec(
        "business-development",
        "Business development",
        _read("SOP-PM-004"),
        grace_days=45,
    ),
    CurriculumSpec(
        "regulatory-affairs",
        "Regulatory affairs",
        (*_read("SOP-RA-002"), "change-impact-assessment-l3"),
    ),
    CurriculumSpec(
        "business-systems",
        "Business systems",
        _read("SOP-IT-004"),
    ),
)


@dataclass(frozen=True)
class JobRoleSpec:
    code: str
    name: str
    department: str
    curricula: tuple[str, ...]
    description: str = ""


def _role(code, name, department, curriculum, description="") -> JobRoleSpec:
    return JobRoleSpec(code, name, department, ("core-gmp", curriculum), description)


JOB_ROLES: tuple[JobRoleSpec, ...] = (
    _role("production-operator", "Production operator", "manufacturing", "production"),
    _role("qc-analyst", "QC analyst", "quality_control", "qc-laboratory"),
    _role("qa-specialist", "QA specialist", "quality_assurance", "quality-assurance"),
    _role("project-manager", "Project manager", "project_management", "project-management"),
    _role(
        "process-scientist",
        "Process development scientist",
        "process_development",
        "process-development",
    ),
    _role(
        "analytical-scientist",
        "Analytical scientist",
        "analytical_development",
        "analytical-development",
    ),
    _role("supply-chain", "Warehouse and supply chain", "supply_chain", "supply-chain"),
    _role(
        "site-head",
        "Site head",
        "manufacturing",
        "site-leadership",
        "Accountable for GMP at the site; signs the quality agreements.",
    ),
    _role(
        "business-development",
        "Business development",
        "project_management",
        "business-development",
        "Negotiates proposals and quality agreements with sponsors.",
    ),
    _role(
        "regulatory-specialist",
        "Regulatory CMC specialist",
        "regulatory_affairs",
        "regulatory-affairs",
    ),
    _role(
        "systems-administrator",
        "Business systems administrator",
        "quality_assurance",
        "business-systems",
        "Administers Accord's accounts and roles under SOP-IT-004.",
    ),
)

# Who holds which job role from the set-up day, at their own site.
HOLDINGS: dict[str, tuple[str, ...]] = {
    "admin": ("systems-administrator",),
    "exec.erin": ("site-head",),
    "markus.hoffmann": ("site-head",),
    "bd.ben": ("business-development",),
    "claire.dubois": ("business-development",),
    "pm.alice": ("project-manager",),
    "tobias.wenger": ("project-manager",),
    "priya.raman": ("project-manager",),
    "jonas.becker": ("project-manager",),
    "qa.quinn": ("qa-specialist",),
    "lukas.meier": ("qa-specialist",),
    "sofia.marchetti": ("qa-specialist",),
    "hannah.schulz": ("qa-specialist",),
    "sme.sam": ("process-scientist",),
    "meilin.tan": ("analytical-scientist",),
    "rafael.costa": ("process-scientist",),
    "nora.aebischer": ("regulatory-specialist",),
    "katrin.vogel": ("process-scientist",),
    "ahmed.haddad": ("process-scientist",),
    "elena.petrova": ("process-scientist", "production-operator"),
    "ops.omar": ("production-operator",),
    "stefan.zimmermann": ("production-operator",),
    "yuki.nakamura": ("supply-chain",),
    "julia.wagner": ("qc-analyst",),
    "thomas.krueger": ("production-operator",),
}

# A second job role taken on late in the story: its training is still due.
LATE_HOLDING = ("katrin.vogel", "production-operator", -14)

# --------------------------------------------------------------------------- competencies held

# Who leads the demo's deviation investigations (accord.demo.quality_data) and who assesses
# the demo's change controls (accord.demo.change_controls): the gate asks for level 3.
DEVIATION_OWNERS: tuple[str, ...] = tuple(sorted({spec.owner for spec in DEVIATIONS}))
CHANGE_ASSESSORS: tuple[str, ...] = (
    "julia.wagner",
    "lukas.meier",
    "nora.aebischer",
    "ops.omar",
    "sofia.marchetti",
)

# (competency, level 4 holders: they train others). QA's head is assessed by her deputy.
TRAINERS: dict[str, tuple[str, ...]] = {
    "aseptic-gowning": ("thomas.krueger",),
    "reactor-charging": ("stefan.zimmermann",),
    "hplc-operation": ("julia.wagner",),
    "deviation-investigation": ("qa.quinn",),
    "change-impact-assessment": ("qa.quinn",),
    "batch-record-review": ("sofia.marchetti",),
}

# Annual gowning requalification: everyone but this operator, whose aseptic gowning
# lapsed last month (kept off the Grade A/B areas until requalified).
GOWNING_LAPSED = "ops.omar"

# GMP basics refresher: these two missed the annual session; their GMP basics expired.
GMP_REFRESHER_MISSED = ("claire.dubois", "admin")

# The GDP refresher quiz after the documentation deviations: who passed it, who failed
# once then passed, who has not taken it yet (overdue).
GDP_REFRESHER = (
    "ops.omar",
    "stefan.zimmermann",
    "thomas.krueger",
    "elena.petrova",
    "yuki.nakamura",
)
GDP_FAILED_ONCE = "stefan.zimmermann"
GDP_NOT_TAKEN = ("thomas.krueger", "yuki.nakamura")

# SOP-MFG-014 version 2: who has read it so far (the others are still due).
NEW_VERSION_READ = ("stefan.zimmermann", "sme.sam", "rafael.costa")

# --------------------------------------------------------------------------- GMP plan tasks


@dataclass(frozen=True)
class GmpTaskSpec:
    project: str
    pattern: str  # the first task not started whose name matches (a regular expression)
    competency: str
    people: tuple[tuple[str, str], ...]  # (username, role on the task)
    equipment: tuple[tuple[str, str], ...] = ()  # (equipment number, what it is used for)


# The next GMP batch steps of four plans: what they require, and who works on them.
GMP_TASKS: tuple[GmpTaskSpec, ...] = (
    GmpTaskSpec(
        "KRW-5512-PPQ",
        r"^PPQ batch \d+: manufacture$",
        "reactor-charging",
        (("stefan.zimmermann", "Lead operator"), ("ops.omar", "Second person verifier")),
        (
            ("VSP-R-101", "Reaction, crystallization"),
            ("VSP-BAL-01", "Dispensing the raw materials"),
        ),
    ),
    GmpTaskSpec(
        "SLV-204-LP",
        r"^GMP batch \d+: manufacture$",
        "reactor-charging",
        (("stefan.zimmermann", "Lead operator"), ("rafael.costa", "Operator")),
        (
            ("VSP-R-102", "Coupling and work-up"),
            ("VSP-BAL-02", "Dispensing the reagents"),
        ),
    ),
    GmpTaskSpec(
        "KRW-7740-FF",
        r"^Media fill \d+: filling$",
        "aseptic-gowning",
        (("thomas.krueger", "Aseptic operator"), ("katrin.vogel", "Aseptic operator")),
    ),
    GmpTaskSpec(
        "SLV-204-DP",
        r"^Media fill \d+: filling$",
        "aseptic-gowning",
        (("thomas.krueger", "Aseptic operator"), ("elena.petrova", "Aseptic operator")),
    ),
)

# One person the gate stops, let through by production's head with a signed reason.
GMP_OVERRIDE = (
    "KRW-5512-PPQ",
    "sme.sam",
    "Operator in training",
    "ops.omar",
    "Qualified by supervision: charges only with Stefan Zimmermann (level 4) at his side "
    "until his on-the-job training in reactor charging is assessed.",
)
