"""The demo documents: small, deterministic files attached to demo projects."""

from __future__ import annotations

import datetime as dt
import random

from accord.demo.data import SEED, DocumentSpec, reference_date
from accord.demo.projects import PROJECTS
from accord.projects.models import Project, ProjectDocument


def demo_documents() -> tuple[DocumentSpec, ...]:
    """All demo documents, generated in a fixed order from one seeded generator."""
    rng = random.Random(SEED)
    projects = {p.code: p for p in PROJECTS}
    shared = ProjectDocument.Visibility.SHARED
    internal = ProjectDocument.Visibility.INTERNAL
    docs: list[DocumentSpec] = []

    def add(code: str, title: str, filename: str, visibility: str, text: str, on: dt.date) -> None:
        offset = (on - reference_date()).days
        docs.append(DocumentSpec(code, title, filename, visibility, text.encode("utf-8"), offset))

    # Tech transfer package index: the sponsor's package as received.
    for code, items in (
        (
            "NVB-101-TT",
            (
                "Route description and step-by-step process (CRO report R-2291)",
                "Development batch history (3 batches, 0.2-1.1 kg)",
                "Starting material specifications and supplier list",
                "Analytical methods: HPLC assay/impurities, GC residual solvents, KF",
                "Impurity fate and purge assessment",
                "Preliminary DSC data for steps 3 and 5",
                "Toxicology batch CoA and reference standard CoA",
            ),
        ),
        (
            "KRW-7740-FF",
            (
                "Formulation composition and compounding instructions",
                "Container closure specification (2R vial, 13 mm stopper)",
                "Filter validation report (bacterial retention)",
                "Drug product release specification",
                "Extractables and leachables summary",
            ),
        ),
    ):
        project = projects[code]
        lines = [
            f"Technology transfer package index - {project.code}",
            f"Molecule: {project.molecule}",
            f"Received: {project.start_date.isoformat()}",
            "",
        ]
        lines += [f"{n:02d}  {item}" for n, item in enumerate(items, start=1)]
        lines += ["", "Status: reviewed at kick-off; gaps tracked in the project action log."]
        add(
            code,
            "Technology transfer package index",
            "Technology transfer package index.txt",
            shared,
            "\n".join(lines) + "\n",
            project.start_date + dt.timedelta(days=3),  # reviewed at kick-off
        )

    # Batch schedules: planned campaigns with dates relative to the project start, each
    # batch's status as of the Thursday before the reference date, when it was issued.
    issued = reference_date() - dt.timedelta(days=4)
    for code, prefix, batches, kind, gap in (
        ("NVB-101-TT", "VSP-NVB", 2, ("Engineering", "GMP"), 35),
        ("KRW-3307-CS", "VSP-KRW", 6, ("Commercial",), 56),
        ("KRW-5512-PPQ", "VSP-KRW5", 3, ("PPQ",), 21),
        ("HSZ-0904-DS", "SGN-HSZ", 4, ("GMP",), 42),
        ("SLV-204-ADC", "SGN-SLV", 2, ("Engineering", "GMP"), 28),
    ):
        project = projects[code]
        rows = ["batch,type,scale,planned_start,planned_end,planned_release,status"]
        scale = {"VSP": f"{rng.choice((100, 250, 630))} L", "SGN": "2000 L"}[project.site]
        if project.modality == Project.Modality.ADC:
            scale = f"{rng.choice((40, 60, 80))} g antibody"
        start = release = project.start_date + dt.timedelta(days=30)
        for n in range(batches):
            batch_type = kind[min(n, len(kind) - 1)]
            if n > 0 and batch_type == "GMP" and kind[0] == "Engineering":
                # The GMP batch waits for the engineering batch and the go/no-go decision.
                start = release + dt.timedelta(days=rng.randint(5, 10))
            elif n > 0:
                start = start + dt.timedelta(days=gap)
            end = start + dt.timedelta(days=rng.randint(8, 14))
            release = end + dt.timedelta(days=rng.randint(18, 28))
            if release < issued:
                status = "complete" if batch_type == "Engineering" else "released"
            elif start <= issued:
                status = "in progress"
            else:
                status = "planned"
            rows.append(
                f"{prefix}-{26001 + n},{batch_type},{scale},{start.isoformat()},"
                f"{end.isoformat()},{release.isoformat()},{status}"
            )
        add(code, "Batch schedule", "Batch schedule.csv", shared, "\n".join(rows) + "\n", issued)

    # Raw material lead times: internal supply planning.
    for code, materials in (
        (
            "NVB-101-TT",
            ("2-chloro-5-fluoropyrimidine", "Pd(dppf)Cl2", "Boronic ester SM-2", "THF (anhydrous)"),
        ),
        (
            "SLV-204-LP",
            ("Payload precursor DX-3", "Val-Cit-PABC linker", "Maleimidocaproic acid", "DMF"),
        ),
        (
            "QLN-450-OLI",
            ("2'-MOE phosphoramidites (A, G, C, T)", "Solid support (CPG)", "Activator ETT"),
        ),
    ):
        rows = ["material,supplier,qualified,lead_time_weeks,risk"]
        for material in materials:
            weeks = rng.randint(3, 16)
            supplier = rng.choice(("Supplier A (CH)", "Supplier B (DE)", "Supplier C (IN)"))
            qualified = rng.choice(("yes", "yes", "in progress"))
            risk = "high" if weeks > 12 else "medium" if weeks > 8 else "low"
            rows.append(f'"{material}",{supplier},{qualified},{weeks},{risk}')
        add(
            code,
            "Raw material lead times",
            "Raw material lead times.csv",
            internal,
            "\n".join(rows) + "\n",
            projects[code].start_date + dt.timedelta(days=10),
        )

    # Kick-off minutes, shared with the sponsor.
    for code, decisions in (
        (
            "SLV-204-ADC",
            (
                "Target DAR 4.0 +/- 0.5; free payload limit 1.0% to be confirmed by sponsor.",
                "Antibody delivery: 2 x 60 g lots from the sponsor, cold chain 2-8 C.",
                "Weekly project call Tuesdays 15:00 CET; monthly steering committee.",
            ),
        ),
        (
            "ABR-011-TOX",
            (
                "Purity target for the tox batch >= 95.0% (HPLC area).",
                "Sponsor to provide the reference standard by week 3.",
                "Helvetia to propose GMP timeline for ABR-011-FIH at the month-2 review.",
            ),
        ),
    ):
        project = projects[code]
        lines = [
            f"Kick-off meeting minutes - {project.code} {project.title}",
            f"Date: {project.start_date.isoformat()}",
            "",
            "Decisions:",
        ]
        lines += [f"- {d}" for d in decisions]
        lines += ["", "Actions are tracked in the project action log."]
        add(
            code,
            "Kick-off meeting minutes",
            "Kick-off meeting minutes.txt",
            shared,
            "\n".join(lines) + "\n",
            project.start_date + dt.timedelta(days=2),
        )

    # An internal method transfer summary for the completed project.
    project = projects["KRW-2201-AMT"]
    rows = ["method,technique,protocol,result,report_date"]
    for n, (method, technique) in enumerate(
        (
            ("Assay and related substances", "HPLC-UV"),
            ("Residual solvents", "GC-HS"),
            ("Water content", "KF coulometric"),
            ("Particle size distribution", "Laser diffraction"),
            ("Identity", "FT-IR"),
            ("Chiral purity", "Chiral HPLC"),
        ),
        start=1,
    ):
        report = project.start_date + dt.timedelta(days=60 + 25 * n + rng.randint(0, 9))
        rows.append(f"{method},{technique},AMT-KRW-{n:03d},passed,{report.isoformat()}")
    add(
        "KRW-2201-AMT",
        "Method transfer results summary",
        "Method transfer results summary.csv",
        internal,
        "\n".join(rows) + "\n",
        project.start_date + dt.timedelta(days=230),  # after the last method's report
    )
    return tuple(docs)
