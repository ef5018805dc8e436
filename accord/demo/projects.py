"""The demo projects: realistic CDMO work for the six demo sponsors."""

from __future__ import annotations

from accord.demo.data import ProjectSpec
from accord.projects.models import Project

_S = Project.Status
_PH = Project.Phase
_M = Project.Modality

PROJECTS: tuple[ProjectSpec, ...] = (
    # --- NovaBridge (virtual biotech): contact only on the tech transfer.
    ProjectSpec(
        "NVB-101-TT",
        "NovaBridge",
        "NVB-101 tech transfer and first GMP batch",
        "navoretinib (NVB-101)",
        _M.SMALL_MOLECULE,
        _PH.FIRST_IN_HUMAN,
        _S.ACTIVE,
        "VSP",
        -63,
        650,
        "Transfer of the 6-step NVB-101 route from the sponsor's CRO, an engineering batch "
        "and the first GMP batch (2 kg) for the Phase 1 study. Long-lead starting material "
        "sourced from two qualified suppliers.",
        (
            ("pm.alice", "Project manager"),
            ("qa.quinn", "QA lead"),
            ("sme.sam", "Process chemistry lead"),
            ("meilin.tan", "Analytical lead"),
            ("ops.omar", "Manufacturing lead"),
            ("novabridge.manager", "Sponsor project lead"),
            ("novabridge.contact", "Sponsor CMC lead"),
        ),
    ),
    ProjectSpec(
        "NVB-101-PD",
        "NovaBridge",
        "NVB-101 route optimization and process safety for Phase 2",
        "navoretinib (NVB-101)",
        _M.SMALL_MOLECULE,
        _PH.CLINICAL,
        _S.PLANNED,
        "VSP",
        98,
        650,
        "Shorten the route by one step, replace the cryogenic lithiation and complete "
        "DSC/ARC process safety assessment before scale-up to 200 L.",
        (
            ("pm.alice", "Project manager"),
            ("lukas.meier", "QA lead"),
            ("sme.sam", "Process chemistry lead"),
            ("rafael.costa", "Process safety"),
            ("stefan.zimmermann", "Manufacturing lead"),
        ),
    ),
    ProjectSpec(
        "NVB-230-CLD",
        "NovaBridge",
        "NVB-230 cell line development and tox material",
        "navirelimab (NVB-230)",
        _M.BIOLOGIC,
        _PH.PRECLINICAL,
        _S.ON_HOLD,
        "SGN",
        -215,
        600,
        "CHO cell line development, research cell bank and a 200 L non-GMP run for GLP "
        "toxicology. On hold after clone selection pending the sponsor's Series B financing.",
        (
            ("priya.raman", "Project manager"),
            ("hannah.schulz", "QA lead"),
            ("katrin.vogel", "Upstream lead"),
            ("julia.wagner", "QC lead"),
        ),
    ),
    # --- Solvantis (biotech): ADC programme split across both sites.
    ProjectSpec(
        "SLV-204-ADC",
        "Solvantis",
        "SLV-204 ADC conjugation: engineering and GMP runs",
        "soltuzumab duvotecan (SLV-204)",
        _M.ADC,
        _PH.FIRST_IN_HUMAN,
        _S.ACTIVE,
        "SGN",
        -100,
        700,
        "Conjugation process development (target DAR 4), engineering conjugation and one "
        "GMP conjugation with sponsor-supplied antibody; release testing incl. DAR and "
        "free payload.",
        (
            ("jonas.becker", "Project manager"),
            ("sofia.marchetti", "QA lead and QP"),
            ("elena.petrova", "Conjugation lead"),
            ("julia.wagner", "QC lead"),
            ("thomas.krueger", "Fill-finish lead"),
            ("solvantis.contact", "Sponsor CMC lead"),
            ("solvantis.quality", "Sponsor QA"),
        ),
    ),
    ProjectSpec(
        "SLV-204-LP",
        "Solvantis",
        "SLV-204 linker-payload HPAPI synthesis",
        "duvotecan linker-payload (SLV-LP7)",
        _M.HPAPI,
        _PH.FIRST_IN_HUMAN,
        _S.ACTIVE,
        "VSP",
        -195,
        480,
        "GMP synthesis of 300 g linker-payload under OEB 5 containment in isolators; "
        "supplies the SLV-204 conjugation campaign in Singen.",
        (
            ("tobias.wenger", "Project manager"),
            ("lukas.meier", "QA lead"),
            ("sme.sam", "Process chemistry lead"),
            ("meilin.tan", "Analytical lead"),
            ("stefan.zimmermann", "HPAPI production lead"),
            ("solvantis.contact", "Sponsor CMC lead"),
        ),
    ),
    ProjectSpec(
        "SLV-118-API",
        "Solvantis",
        "SLV-118 API scale-up for Phase 2",
        "solnoprazan (SLV-118)",
        _M.SMALL_MOLECULE,
        _PH.CLINICAL,
        _S.PLANNED,
        "VSP",
        56,
        640,
        "Scale-up of the SLV-118 API from 5 kg to 40 kg campaigns, with impurity fate "
        "mapping and updated specifications for the Phase 2 IMPD.",
        (
            ("tobias.wenger", "Project manager"),
            ("qa.quinn", "QA lead"),
            ("sme.sam", "Process chemistry lead"),
            ("nora.aebischer", "Regulatory CMC"),
            ("ops.omar", "Manufacturing lead"),
        ),
    ),
    ProjectSpec(
        "SLV-204-DP",
        "Solvantis",
        "SLV-204 lyophilized drug product for first-in-human",
        "soltuzumab duvotecan (SLV-204)",
        _M.STERILE_DP,
        _PH.FIRST_IN_HUMAN,
        _S.ACTIVE,
        "SGN",
        -20,
        560,
        "Lyophilized 100 mg vial of the SLV-204 conjugate: lyophilization cycle development, "
        "two media fills on the OEB 5 isolator line, an engineering fill and one GMP fill "
        "for the Phase 1 study.",
        (
            ("jonas.becker", "Project manager"),
            ("sofia.marchetti", "QA lead and QP"),
            ("thomas.krueger", "Fill-finish lead"),
            ("elena.petrova", "Conjugation lead"),
            ("julia.wagner", "QC lead"),
            ("solvantis.manager", "Sponsor project lead"),
            ("solvantis.quality", "Sponsor QA"),
        ),
    ),
    # --- Kerrowan (big pharma): several parallel projects.
    ProjectSpec(
        "KRW-3307-CS",
        "Kerrowan",
        "KRW-3307 commercial API supply 2026",
        "corvamestat (KRW-3307)",
        _M.SMALL_MOLECULE,
        _PH.COMMERCIAL,
        _S.ACTIVE,
        "VSP",
        -4,
        510,
        "Six commercial API campaigns under the 2026 supply agreement; OTIF and "
        "right-first-time reported monthly to Kerrowan external manufacturing.",
        (
            ("pm.alice", "Project manager"),
            ("qa.quinn", "QA lead"),
            ("meilin.tan", "Analytical lead"),
            ("ops.omar", "Manufacturing lead"),
            ("yuki.nakamura", "Supply chain"),
            ("kerrowan.contact", "Sponsor supply lead"),
        ),
    ),
    ProjectSpec(
        "KRW-5512-PPQ",
        "Kerrowan",
        "KRW-5512 HPAPI process validation (PPQ)",
        "kerlatinib (KRW-5512)",
        _M.HPAPI,
        _PH.CLINICAL,
        _S.ACTIVE,
        "VSP",
        -225,
        680,
        "Three consecutive PPQ batches of the OEB 4 API ahead of the NDA/MAA filing, with "
        "continued process verification plan and cleaning validation.",
        (
            ("tobias.wenger", "Project manager"),
            ("lukas.meier", "QA lead"),
            ("sme.sam", "Process chemistry lead"),
            ("nora.aebischer", "Regulatory CMC"),
            ("stefan.zimmermann", "HPAPI production lead"),
            ("kerrowan.contact", "Sponsor supply lead"),
        ),
    ),
    ProjectSpec(
        "KRW-7740-FF",
        "Kerrowan",
        "KRW-7740 sterile fill-finish tech transfer",
        "keromizumab (KRW-7740)",
        _M.STERILE_DP,
        _PH.CLINICAL,
        _S.ACTIVE,
        "SGN",
        -60,
        570,
        "Transfer of the 20 mg/mL liquid formulation into 2R vials: media fill, "
        "engineering fill, two GMP fills and 100% visual inspection.",
        (
            ("priya.raman", "Project manager"),
            ("sofia.marchetti", "QA lead and QP"),
            ("ahmed.haddad", "Formulation and downstream lead"),
            ("thomas.krueger", "Fill-finish lead"),
            ("julia.wagner", "QC lead"),
            ("kerrowan.quality", "Sponsor QA"),
        ),
    ),
    ProjectSpec(
        "KRW-2201-AMT",
        "Kerrowan",
        "KRW-2201 analytical method transfer",
        "KRW-2201",
        _M.SMALL_MOLECULE,
        _PH.COMMERCIAL,
        _S.COMPLETED,
        "VSP",
        -310,
        270,
        "Transfer of six release and stability methods (HPLC assay/impurities, GC residual "
        "solvents, KF, PSD) from Kerrowan's Cork laboratory. All protocols passed.",
        (
            ("pm.alice", "Project manager"),
            ("lukas.meier", "QA lead"),
            ("meilin.tan", "Analytical lead"),
            ("ops.omar", "QC operations"),
        ),
    ),
    ProjectSpec(
        "KRW-6120-DS",
        "Kerrowan",
        "KRW-6120 commercial mAb drug substance supply",
        "kerotuzumab (KRW-6120)",
        _M.BIOLOGIC,
        _PH.COMMERCIAL,
        _S.ACTIVE,
        "SGN",
        -120,
        720,
        "Transfer of the licensed KRW-6120 process from Kerrowan's own plant and six "
        "commercial 2,000 L runs under the supply agreement, with continued process "
        "verification and annual stability.",
        (
            ("priya.raman", "Project manager"),
            ("hannah.schulz", "QA lead"),
            ("katrin.vogel", "Upstream lead"),
            ("ahmed.haddad", "Downstream lead"),
            ("julia.wagner", "QC lead"),
            ("kerrowan.manager", "Sponsor project lead"),
            ("kerrowan.quality", "Sponsor QA"),
        ),
    ),
    # --- Aubrelle (virtual biotech): peptide tox batch first.
    ProjectSpec(
        "ABR-011-TOX",
        "Aubrelle",
        "ABR-011 peptide API tox batch",
        "aubrelatide (ABR-011)",
        _M.PEPTIDE,
        _PH.PRECLINICAL,
        _S.ACTIVE,
        "VSP",
        -80,
        300,
        "Solid-phase synthesis and preparative HPLC purification of 150 g non-GMP "
        "peptide for the 28-day GLP toxicology study; analytical method development.",
        (
            ("tobias.wenger", "Project manager"),
            ("qa.quinn", "QA lead"),
            ("meilin.tan", "Analytical lead"),
            ("stefan.zimmermann", "Manufacturing lead"),
            ("aubrelle.contact", "Sponsor CMC consultant"),
        ),
    ),
    ProjectSpec(
        "ABR-011-FIH",
        "Aubrelle",
        "ABR-011 first-in-human GMP supply",
        "aubrelatide (ABR-011)",
        _M.PEPTIDE,
        _PH.FIRST_IN_HUMAN,
        _S.PLANNED,
        "VSP",
        120,
        620,
        "GMP batch of 400 g for the Phase 1 study, stability programme and IMPD quality "
        "section. Starts after the tox batch is released.",
        (
            ("tobias.wenger", "Project manager"),
            ("qa.quinn", "QA lead"),
            ("nora.aebischer", "Regulatory CMC"),
            ("ops.omar", "Manufacturing lead"),
        ),
    ),
    ProjectSpec(
        "ABR-040-CLD",
        "Aubrelle",
        "ABR-040 bispecific antibody cell line and tox material",
        "aubrispimab (ABR-040)",
        _M.BIOLOGIC,
        _PH.PRECLINICAL,
        _S.ACTIVE,
        "SGN",
        -75,
        600,
        "CHO cell line development for the ABR-040 bispecific (common light chain), process "
        "development and a 200 L non-GMP run for the GLP toxicology study.",
        (
            ("priya.raman", "Project manager"),
            ("hannah.schulz", "QA lead"),
            ("katrin.vogel", "Upstream lead"),
            ("ahmed.haddad", "Downstream lead"),
            ("aubrelle.manager", "Sponsor project lead"),
            ("aubrelle.contact", "Sponsor CMC consultant"),
        ),
    ),
    # --- Hoshizora (big pharma): Phase 3 biologic and a finished second-source project.
    ProjectSpec(
        "HSZ-0904-DS",
        "Hoshizora",
        "HSZ-0904 mAb drug substance for Phase 3",
        "hoszelimab (HSZ-0904)",
        _M.BIOLOGIC,
        _PH.CLINICAL,
        _S.ACTIVE,
        "SGN",
        -90,
        750,
        "Four 2,000 L GMP runs of the IgG1 drug substance for the global Phase 3 study; "
        "comparability to the sponsor's Japanese site.",
        (
            ("priya.raman", "Project manager"),
            ("hannah.schulz", "QA lead"),
            ("katrin.vogel", "Upstream lead"),
            ("ahmed.haddad", "Downstream lead"),
            ("julia.wagner", "QC lead"),
            ("hoshizora.manager", "Sponsor project lead"),
            ("hoshizora.contact", "Sponsor technology lead"),
        ),
    ),
    ProjectSpec(
        "HSZ-1120-SSQ",
        "Hoshizora",
        "HSZ-1120 API second-source qualification",
        "HSZ-1120",
        _M.SMALL_MOLECULE,
        _PH.COMMERCIAL,
        _S.COMPLETED,
        "VSP",
        -540,
        480,
        "Qualification of Helvetia as second API source: three validation batches, "
        "comparability data and Japanese variation filing support.",
        (
            ("pm.alice", "Project manager"),
            ("qa.quinn", "QA lead"),
            ("sme.sam", "Process chemistry lead"),
            ("nora.aebischer", "Regulatory CMC"),
            ("ops.omar", "Manufacturing lead"),
            ("hoshizora.quality", "Sponsor QA auditor"),
        ),
    ),
    ProjectSpec(
        "HSZ-1120-CS",
        "Hoshizora",
        "HSZ-1120 commercial API supply 2026",
        "HSZ-1120",
        _M.SMALL_MOLECULE,
        _PH.COMMERCIAL,
        _S.ACTIVE,
        "VSP",
        -30,
        500,
        "Four commercial campaigns of two batches each for the Japanese and EU markets, now "
        "that Helvetia is a qualified second source.",
        (
            ("tobias.wenger", "Project manager"),
            ("qa.quinn", "QA lead"),
            ("meilin.tan", "Analytical lead"),
            ("ops.omar", "Manufacturing lead"),
            ("yuki.nakamura", "Supply chain"),
            ("hoshizora.manager", "Sponsor project lead"),
            ("hoshizora.quality", "Sponsor QA auditor"),
        ),
    ),
    ProjectSpec(
        "HSZ-0904-DP",
        "Hoshizora",
        "HSZ-0904 drug product fill-finish for Phase 3",
        "hoszelimab (HSZ-0904)",
        _M.STERILE_DP,
        _PH.CLINICAL,
        _S.PLANNED,
        "SGN",
        60,
        550,
        "Three GMP fills of the 150 mg/mL liquid formulation into 6R vials from the HSZ-0904 "
        "drug substance made in Singen, with clinical labelling for the global Phase 3.",
        (
            ("jonas.becker", "Project manager"),
            ("sofia.marchetti", "QA lead and QP"),
            ("thomas.krueger", "Fill-finish lead"),
            ("julia.wagner", "QC lead"),
            ("hoshizora.contact", "Sponsor technology lead"),
        ),
    ),
    # --- Quillon (biotech): oligonucleotide and an ADC feasibility study.
    ProjectSpec(
        "QLN-450-OLI",
        "Quillon",
        "QLN-450 antisense oligonucleotide process development",
        "quilarsen (QLN-450)",
        _M.PEPTIDE,
        _PH.FIRST_IN_HUMAN,
        _S.ACTIVE,
        "VSP",
        -49,
        620,
        "Solid-phase oligonucleotide synthesis at 10 mmol scale, anion-exchange "
        "purification and first GMP batch for the Phase 1 study.",
        (
            ("pm.alice", "Project manager"),
            ("lukas.meier", "QA lead"),
            ("meilin.tan", "Analytical lead"),
            ("yuki.nakamura", "Supply chain"),
            ("stefan.zimmermann", "Manufacturing lead"),
            ("quillon.contact", "Sponsor CMC lead"),
        ),
    ),
    ProjectSpec(
        "QLN-612-ADC",
        "Quillon",
        "QLN-612 ADC conjugation feasibility",
        "quilatamab mafodotin (QLN-612)",
        _M.ADC,
        _PH.PRECLINICAL,
        _S.PLANNED,
        "SGN",
        35,
        150,
        "Feasibility conjugations at 1 g scale to select the linker chemistry and DAR, "
        "with analytical package (HIC-DAR, SEC, free drug).",
        (
            ("jonas.becker", "Project manager"),
            ("sofia.marchetti", "QA lead and QP"),
            ("elena.petrova", "Conjugation lead"),
            ("julia.wagner", "QC lead"),
        ),
    ),
)

# Health of the active projects that are not on track, with the reason the PM gives.
# The health the project manager gives an active project that is not on track, and the
# day (from the reference date) of that judgement: the trouble that it names had come up.
HEALTH: dict[str, tuple[str, str]] = {
    "NVB-101-TT": ("amber", "Second-source starting material delivery slipped three weeks"),
    "SLV-204-ADC": ("red", "Linker-payload lot failed identity testing; re-supply pending"),
    "KRW-5512-PPQ": ("amber", "PPQ batch 2 waiting for sponsor decision on a process change"),
    "HSZ-0904-DS": ("amber", "Bioreactor capacity conflict in Q2 with another campaign"),
    "KRW-6120-DS": ("amber", "Protein A resin allocation covers only the first three runs"),
}
HEALTH_SINCE: dict[str, int] = {
    "NVB-101-TT": -7,  # the sponsor told of the three-week slip
    "SLV-204-ADC": -6,  # the failed identity test
    "KRW-5512-PPQ": -6,  # batch 2 waits for the sponsor's decision
    "HSZ-0904-DS": -46,  # the bioreactor booked by another campaign
    "KRW-6120-DS": -20,  # the resin supplier's allocation
}
