"""The demo plans: CDMO work breakdowns of 50 to 300 tasks, built by fixed rules.

Each plan is composed from the blocks of the plan templates and of shared/domain.md
(technology transfer, process development, engineering run, GMP batches each with
manufacture, QC testing and QA release, stability pulls, regulatory CMC support), sized
by the project's :class:`PlanShape` (:mod:`accord.demo.plan_shapes`). Durations and
three-point estimates vary through one seeded generator per project, so the same project
always gets the same plan. The plans are pure data: :mod:`accord.demo.schedules` creates
them through the planning services.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from accord.demo.data import SEED
from accord.planning.models import Dependency, Task
from accord.planning.services import PlanLink, PlanTask

_T, _M, _D, _S = Task.Kind.TASK, Task.Kind.MILESTONE, Task.Kind.DECISION, Task.Kind.SUMMARY
FS, SS, FF = Dependency.Type.FS, Dependency.Type.SS, Dependency.Type.FF

PM = "Project management"
SUPPLY = "Supply chain"
QC = "QC / analytical"
CHEM = "Process chemistry"
SAFETY = "Process safety"
MFG = "Manufacturing"
QA = "QA"
STEER = "Steering committee"
REG = "Regulatory CMC"
SPONSOR = "Sponsor"
CLD = "Cell line development"
MONTH = 21  # working days


@dataclass(frozen=True)
class PlanShape:
    """What a project's plan is made of. ``family`` picks the work breakdown."""

    family: str  # api, supply, method_transfer, biologic, adc, adc_feasibility, fill_finish
    batches: int = 1
    batch_label: str = "GMP batch"
    steps: tuple[str, ...] = ()
    materials: tuple[str, ...] = ()
    methods: tuple[str, ...] = ()
    method_transfer: bool = True  # transfer the sponsor's methods, or develop new ones
    stability: tuple[int, ...] = (1, 3, 6, 12)  # pull months
    stability_batches: int = 1
    gmp: bool = True  # False: a non-GMP toxicology batch instead of GMP batches
    development: bool = True  # False: a validated process (commercial supply)
    cell_line: bool = True
    lyophilized: bool = False
    media_fills: int = 1
    batches_per_campaign: int = 1
    extras: tuple[str, ...] = ()


# A predecessor: its key (finish-to-start), or (key, link type, lag in working days).
Step = str | tuple[str, str, int]
Steps = Sequence[Step]


class PlanDraft:
    """A plan being written: tasks in outline order and the links between them."""

    def __init__(self, code: str) -> None:
        self.rng = random.Random(f"{SEED}:{code}")
        self.tasks: list[PlanTask] = []
        self.links: list[PlanLink] = []

    def _days(self, days: int) -> int:
        return max(1, round(days * self.rng.uniform(0.85, 1.2)))

    def _estimate(self, days: int) -> tuple[int | None, int | None, int | None]:
        if days < 3 or self.rng.random() > 0.6:
            return None, None, None
        optimistic = max(1, round(days * self.rng.uniform(0.7, 0.9)))
        pessimistic = max(days + 1, round(days * self.rng.uniform(1.2, 1.7)))
        return min(optimistic, days), days, pessimistic

    def _add(self, key: str, name: str, kind: str, parent: str | None, days: int, dept: str) -> str:
        if kind == _T:
            optimistic, likely, pessimistic = self._estimate(days)
        else:
            optimistic = likely = pessimistic = None
        self.tasks.append(
            PlanTask(key, name, kind, parent, days, optimistic, likely, pessimistic, dept)
        )
        return key

    def after(self, key: str, steps: Steps) -> None:
        for step in steps:
            predecessor, kind, lag = (step, FS, 0) if isinstance(step, str) else step
            self.links.append(PlanLink(predecessor, key, kind, lag))

    def summary(self, key: str, name: str, parent: str | None = None) -> str:
        return self._add(key, name, _S, parent, 0, "")

    def task(
        self,
        key: str,
        name: str,
        days: int,
        dept: str,
        parent: str,
        after: Steps = (),
        *,
        exact: bool = False,
    ) -> str:
        self._add(key, name, _T, parent, days if exact else self._days(days), dept)
        self.after(key, after)
        return key

    def milestone(self, key: str, name: str, parent: str, after: Steps, dept=PM) -> str:
        self._add(key, name, _M, parent, 0, dept)
        self.after(key, after)
        return key

    def decision(self, key: str, name: str, parent: str, after: Steps) -> str:
        self._add(key, name, _D, parent, 0, STEER)
        self.after(key, after)
        return key


# --------------------------------------------------------------------------- blocks


def _kick_off(p: PlanDraft, kick_off: str = "Kick-off meeting with the sponsor") -> str:
    p.summary("pm", "Project management and governance")
    p.task("ko", kick_off, 2, PM, "pm", exact=True)
    p.task("pmp", "Project plan and communication plan", 5, PM, "pm", ["ko"])
    p.milestone("qag", "Quality agreement signed", "pm", [("ko", FS, 10)], QA)
    p.milestone("cbase", "Contract baseline agreed", "pm", ["pmp"])
    return "ko"


def _close_out(p: PlanDraft, after: Steps) -> None:
    p.task("close", "Close-out report and lessons learned", 5, PM, "pm", after)
    p.milestone("closed", "Project closed", "pm", ["close"])


def _materials(p: PlanDraft, parent: str, names: tuple[str, ...], start: str) -> list[str]:
    p.summary("rm", "Raw material sourcing and qualification", parent)
    released = []
    for n, name in enumerate(names, start=1):
        lead = p.rng.randint(35, 60) if n == 1 else p.rng.randint(15, 40)
        p.task(f"rm{n}q", f"{name}: supplier qualification", 10, SUPPLY, "rm", [start])
        p.task(f"rm{n}o", f"{name}: purchase order and delivery", lead, SUPPLY, "rm", [f"rm{n}q"])
        released.append(
            p.task(f"rm{n}r", f"{name}: receipt and release testing", 8, QC, "rm", [f"rm{n}o"])
        )
    return released


def _methods(p: PlanDraft, parent: str | None, shape: PlanShape, start: str) -> list[str]:
    if shape.method_transfer:
        p.summary("amt", "Analytical method transfer", parent)
        stages = (("transfer protocol", 5), ("comparative testing", 10), ("transfer report", 3))
    else:
        p.summary("amt", "Analytical method development and qualification", parent)
        stages = (("method development", 20), ("qualification", 10), ("qualification report", 3))
    done = []
    for n, method in enumerate(shape.methods, start=1):
        previous = start
        for s, (stage, days) in enumerate(stages, start=1):
            previous = p.task(f"amt{n}.{s}", f"{method}: {stage}", days, QC, "amt", [previous])
        done.append(previous)
    return done


def _release(
    p: PlanDraft,
    key: str,
    label: str,
    made: str,
    *,
    testing: tuple[str, int] = ("QC release testing", 20),
    approval: str = "QA batch record review and release",
    released: str = "released (CoA issued)",
) -> str:
    """After a batch is made: deviations closed, QC tests, QA releases (finishing at most
    three days after the last result), and the release milestone."""
    p.task(f"{key}dv", f"{label}: deviation review and closure", 5, QA, key, [made])
    p.task(f"{key}qc", f"{label}: {testing[0]}", testing[1], QC, key, [made])
    p.task(f"{key}qa", f"{label}: {approval}", 7, QA, key, [f"{key}dv", (f"{key}qc", FF, 3)])
    return p.milestone(f"{key}rel", f"{label} {released}", key, [f"{key}qa"], QA)


def _batches(
    p: PlanDraft, parent: str, shape: PlanShape, go: str, make_days: int
) -> list[tuple[str, str]]:
    """Each batch: dispensing, manufacture, then its release."""
    released = []
    for n in range(1, shape.batches + 1):
        key, label = f"b{n}", f"{shape.batch_label} {n}"
        p.summary(key, label, parent)
        start = [go] if n == 1 else [(f"b{n - 1}m", FS, 3)]
        p.task(f"b{n}d", f"{label}: dispensing and line clearance", 2, MFG, key, start, exact=True)
        p.task(f"b{n}m", f"{label}: manufacture", make_days, MFG, key, [f"b{n}d"])
        released.append((_release(p, key, label, f"b{n}m"), label))
    return released


def _stability(
    p: PlanDraft, shape: PlanShape, released: list[tuple[str, str]], protocol_after: Steps
) -> list[str]:
    """T0 after release, then a pull and test at each month of the protocol.

    ``released``: (release milestone key, batch label) of the batches put on stability.
    """
    p.summary("stab", "Stability programme")
    p.task("stp", "Stability protocol approval", 5, QA, "stab", protocol_after)
    last = []
    for n, (release, label) in enumerate(released[: shape.stability_batches], start=1):
        t0 = p.task(
            f"st{n}t0", f"{label} stability: T0 set-down and testing", 5, QC, "stab",
            [release, "stp"],
        )  # fmt: skip
        pull = t0
        for month in shape.stability:
            pull = p.task(
                f"st{n}m{month}",
                f"{label} stability: {month}-month pull and testing",
                10,
                QC,
                "stab",
                [(t0, SS, month * MONTH)],
            )
            p.task(
                f"st{n}r{month}", f"{label} stability: {month}-month data review", 3, QC,
                "stab", [pull],
            )  # fmt: skip
        last.append(f"st{n}r{shape.stability[-1]}")
    final = max(shape.stability)
    p.milestone("stdata", f"{final}-month stability data reported", "stab", last, QC)
    return ["stdata"]


def _regulatory(p: PlanDraft, first_release: str, title: str) -> str:
    p.summary("reg", "Regulatory CMC support")
    p.task("cmc", title, 20, REG, "reg", [(first_release, SS, 0)])
    p.task("cmcr", "Sponsor review of the CMC sections", 10, SPONSOR, "reg", ["cmc"])
    p.task("cmcf", "CMC sections finalized after sponsor comments", 5, REG, "reg", ["cmcr"])
    return p.milestone("fil", "Filing support delivered", "reg", ["cmcf"], REG)


# --------------------------------------------------------------------------- families


def _api(p: PlanDraft, shape: PlanShape) -> None:
    """Small molecule, HPAPI, peptide or oligonucleotide API: tech transfer to release."""
    ko = _kick_off(p)
    p.summary("tt", "Technology transfer")
    p.task("tp", "Technology package review and gap analysis", 8, CHEM, "tt", [ko])
    p.task("fmea", "Process description and criticality assessment (FMEA)", 10, CHEM, "tt", ["tp"])
    materials = _materials(p, "tt", shape.materials, "tp")
    methods = _methods(p, "tt", shape, "tp")
    p.task("ref", "Reference standard qualification", 10, QC, "tt", ["tp"])
    p.milestone("ttc", "Tech transfer complete", "tt", ["fmea", "ref", *methods])

    p.summary("pd", "Process development and optimization")
    previous = None
    demonstrated = []
    for n, step in enumerate(shape.steps, start=1):
        start = ["fmea"] if previous is None else [(previous, SS, 5)]
        name = f"Step {n} ({step})"
        previous = p.task(f"pd{n}", f"{name}: laboratory optimization", 15, CHEM, "pd", start)
        demonstrated.append(
            p.task(f"pd{n}k", f"{name}: kilo-lab demonstration", 5, CHEM, "pd", [previous])
        )
    p.task("fate", "Impurity fate and purge study", 15, CHEM, "pd", [demonstrated[-1]])
    p.task("psa", "Process safety assessment (DSC/ARC)", 10, SAFETY, "pd", [("pd1", SS, 20)])
    p.task("doe", "Robustness DoE on the critical steps", 15, CHEM, "pd", [previous])
    extras = [
        p.task(f"x{n}", extra, 12, CHEM, "pd", [("pd1", SS, 10)])
        for n, extra in enumerate(shape.extras, start=1)
    ]
    p.task(
        "pdr", "Process development report", 5, CHEM, "pd",
        ["fate", "psa", "doe", *extras, *demonstrated],
    )  # fmt: skip
    p.milestone("frozen", "Process frozen for scale-up", "pd", ["pdr"], CHEM)

    eng = "Engineering (demonstration) batch" if shape.gmp else "Toxicology batch (non-GMP)"
    word = "Engineering" if shape.gmp else "Toxicology"
    make = 4 + 2 * len(shape.steps)
    p.summary("eng", eng)
    p.task("ebr", f"{word} batch record drafting", 8, QA, "eng", [("pdr", FS, -3)])
    p.task("eeq", "Equipment train set-up and cleaning verification", 5, MFG, "eng", ["ebr"])
    p.task(
        "em", f"{word} batch manufacture", make, MFG, "eng", ["eeq", "frozen", "ttc", *materials]
    )
    p.task("et", f"{word} batch IPC and release testing", 12, QC, "eng", ["em"])
    p.task("er", f"{word} batch report", 5, CHEM, "eng", ["et"])
    p.milestone("ebc", f"{word} batch complete", "eng", ["er"], MFG)
    if shape.gmp:
        p.summary("gmp", "GMP manufacturing" if shape.batches > 1 else "GMP manufacture")
        p.task("mbr", "Master batch record drafting and approval", 15, QA, "gmp", [("em", SS, 5)])
        p.decision("go", "Go/no-go decision for GMP manufacture", "gmp", ["ebc", "mbr"])
        released = _batches(p, "gmp", shape, "go", make + 2)
        stab_after: list[Step] = ["mbr"]
    else:
        p.task("tship", "Toxicology batch shipment to the CRO", 3, SUPPLY, "eng", ["ebc"])
        released = [("ebc", "Toxicology batch")]
        stab_after = ["er"]
    final = _stability(p, shape, released, stab_after)
    filed = _regulatory(p, released[0][0], _filing_title(shape))
    _close_out(p, [filed, *final])


def _filing_title(shape: PlanShape) -> str:
    if shape.gmp:
        return "CMC documentation for the filing (IMPD / IND Module 3)"
    return "Batch analysis and CMC summary for the IND-enabling package"


def _supply(p: PlanDraft, shape: PlanShape) -> None:
    """Commercial supply of a validated API: campaigns of batches, stability, CPV."""
    ko = _kick_off(p, "Annual supply kick-off and forecast review")
    p.summary("sp", "Supply planning")
    p.milestone("fc", "Rolling 12-month forecast agreed", "sp", [ko], SUPPLY)
    p.task("cap", "Campaign schedule and capacity reservation", 5, SUPPLY, "sp", ["fc"])
    p.task("apqr", "Annual product quality review (APQR) of the previous year", 15, QA, "sp", [ko])
    p.task("sqa", "Supplier requalification audits", 20, QA, "sp", [ko])
    released = []
    per = shape.batches_per_campaign
    for c in range(1, shape.batches + 1):
        s = f"c{c}"
        p.summary(s, f"Campaign {c}")
        buy = ["cap"] if c == 1 else [(f"c{c - 1}rm", SS, 40)]
        p.task(f"c{c}rm", f"Campaign {c}: raw material procurement", 25, SUPPLY, s, buy)
        p.task(f"c{c}rmt", f"Campaign {c}: raw material release testing", 8, QC, s, [f"c{c}rm"])
        change = ["cap"] if c == 1 else [f"c{c - 1}b{per}m"]
        p.task(f"c{c}co", f"Campaign {c}: equipment changeover and cleaning", 4, MFG, s, change)
        p.task(f"c{c}bri", f"Campaign {c}: batch record issuance", 2, QA, s, [f"c{c}co"])
        for b in range(1, per + 1):
            k, name = f"c{c}b{b}", f"Campaign {c}, batch {b}"
            p.summary(k, name, s)
            start = [f"c{c}rmt", f"c{c}bri"] if b == 1 else [(f"c{c}b{b - 1}m", FS, 1)]
            p.task(f"{k}d", f"{name}: dispensing and line clearance", 1, MFG, k, start, exact=True)
            p.task(f"{k}m", f"{name}: manufacture", 8, MFG, k, [f"{k}d"])
            p.task(f"{k}ipc", f"{name}: in-process control testing", 3, QC, k, [(f"{k}m", SS, 2)])
            p.task(f"{k}qc", f"{name}: QC release testing", 15, QC, k, [f"{k}m"])
            p.task(f"{k}br", f"{name}: executed batch record review", 4, QA, k, [f"{k}m"])
            p.task(f"{k}qa", f"{name}: QA release", 3, QA, k, [f"{k}br", (f"{k}qc", FF, 3)])
        last_qa = [f"c{c}b{b}qa" for b in range(1, per + 1)]
        p.task(
            f"c{c}dev", f"Campaign {c}: deviation review and closure", 5, QA, s, [f"c{c}b{per}m"]
        )
        p.milestone(
            f"c{c}rel", f"Campaign {c} released (CoA issued)", s, [*last_qa, f"c{c}dev"], QA
        )
        p.task(f"c{c}sh", f"Campaign {c}: shipment to the sponsor", 3, SUPPLY, s, [f"c{c}rel"])
        p.milestone(f"c{c}otif", f"Campaign {c} delivered", s, [f"c{c}sh"], SUPPLY)
        released.append((f"c{c}rel", f"Campaign {c}, batch 1"))
    p.summary("cpv", "Continued process verification")
    for q in range(1, 5):
        p.task(f"cpv{q}", f"Quarterly CPV trend report Q{q}", 5, QA, "cpv", [("apqr", SS, 63 * q)])
    final = _stability(p, shape, released, ["apqr"])
    _close_out(p, [*final, "cpv4", f"c{shape.batches}otif"])


def _method_transfer(p: PlanDraft, shape: PlanShape) -> None:
    ko = _kick_off(p)
    p.summary("amt", "Analytical method transfer")
    p.task("strat", "Transfer strategy and gap assessment", 8, QC, "amt", [ko])
    p.task("iq", "Receiving instruments: IQ/OQ and calibration check", 15, QC, "amt", [ko])
    p.task("refs", "Reference standards import and qualification", 10, QC, "amt", ["strat"])
    reports = []
    for n, method in enumerate(shape.methods, start=1):
        key = f"m{n}"
        p.summary(key, method, "amt")
        start = ["strat"] if n == 1 else [(f"m{n - 1}c", FS, -5)]
        p.task(f"m{n}p", f"{method}: transfer protocol drafting", 5, QC, key, start)
        p.task(f"m{n}a", f"{method}: protocol approval by the sponsor", 5, SPONSOR, key, [f"m{n}p"])
        p.task(f"m{n}t", f"{method}: analyst training", 3, QC, key, [f"m{n}p"])
        p.task(
            f"m{n}c", f"{method}: comparative testing (3 lots)", 10, QC, key,
            [f"m{n}a", f"m{n}t", "iq", "refs"],
        )  # fmt: skip
        p.task(
            f"m{n}e",
            f"{method}: data evaluation against acceptance criteria",
            4,
            QC,
            key,
            [f"m{n}c"],
        )
        reports.append(
            p.task(f"m{n}r", f"{method}: transfer report approved", 5, QA, key, [f"m{n}e"])
        )
    p.milestone("done", "All methods transferred", "amt", reports, QC)
    p.task(
        "sop", "Release and stability SOPs issued at the receiving site", 10, QA, "amt", ["done"]
    )
    _close_out(p, ["sop"])


def _biologic(p: PlanDraft, shape: PlanShape) -> None:
    """Monoclonal antibody drug substance: cell line or cell bank to released runs."""
    ko = _kick_off(p)
    if shape.cell_line:
        p.summary("cld", "Cell line development")
        p.task("vec", "Expression vector construction", 15, CLD, "cld", [ko])
        p.task(
            "tfx",
            "Transfection and stable pool selection",
            25,
            CLD,
            "cld",
            ["vec"],
        )
        p.task("scc", "Single-cell cloning and imaging", 20, CLD, "cld", ["tfx"])
        p.task(
            "scr",
            "Clone screening in fed-batch (ambr 15)",
            30,
            CLD,
            "cld",
            ["scc"],
        )
        p.task(
            "cst", "Top-clone productivity and stability study (60 generations)", 45,
            CLD, "cld", ["scr"],
        )  # fmt: skip
        p.decision("lead", "Lead clone selection", "cld", [("cst", SS, 15)])
        p.task("rcb", "Research cell bank", 15, "Cell banking", "cld", ["lead"])
        p.summary("cb", "Cell banking")
        p.task("mcb", "Master cell bank manufacture", 15, "Cell banking", "cb", ["rcb"])
        p.task("mcbt", "MCB characterization and adventitious agent testing", 60, QC, "cb", ["mcb"])
        usp_start: list[Step] = [("scr", SS, 20)]
    else:
        p.summary("cb", "Cell bank transfer")
        p.task("mcb", "Master cell bank receipt from the sponsor", 5, SUPPLY, "cb", [ko])
        p.task(
            "mcbt", "MCB identity and adventitious agent testing (contract laboratory)", 40, QC,
            "cb", ["mcb"],
        )  # fmt: skip
        usp_start = [ko]
    p.task("wcb", "Working cell bank manufacture", 15, "Cell banking", "cb", ["mcbt"])
    p.task("wcbt", "Working cell bank release testing", 30, QC, "cb", ["wcb"])
    p.milestone("cbr", "Cell banks released", "cb", ["wcbt"], QA)
    ready: list[Step] = ["cbr"]
    if shape.development:
        p.summary("usp", "Upstream process development")
        p.task("med", "Media and feed screening", 20, "Upstream", "usp", usp_start)
        p.task("bio", "Bioreactor process optimization (ambr 250)", 30, "Upstream", "usp", ["med"])
        p.task("sdm", "Scale-down model qualification", 20, "Upstream", "usp", ["bio"])
        p.task("pil", "Pilot run at 200 L", 15, "Upstream", "usp", ["bio"])
        p.summary("dsp", "Downstream process development")
        p.task("pra", "Protein A capture optimization", 15, "Downstream", "dsp", [("med", SS, 10)])
        p.task("vin", "Low-pH viral inactivation", 10, "Downstream", "dsp", ["pra"])
        p.task("pol", "Polishing chromatography (CEX/AEX)", 20, "Downstream", "dsp", ["pra"])
        p.task("vf", "Viral filtration and UF/DF", 15, "Downstream", "dsp", ["pol", "vin"])
        p.task("pilp", "Pilot purification at 200 L scale", 12, "Downstream", "dsp", ["pil", "vf"])
        p.task("vcs", "Viral clearance study (external laboratory)", 40, QC, "dsp", ["pilp"])
        p.task("pcr", "Process characterization report", 10, "Downstream", "dsp", ["pilp", "sdm"])
        ready.append("pcr")
    ready += _methods(p, None, shape, ko)
    scale = "2,000 L" if shape.gmp else "200 L"
    word = "Engineering" if shape.gmp else "Toxicology"
    p.summary("eng", f"{word} run at {scale}" + ("" if shape.gmp else " (non-GMP)"))
    p.task("ebr", f"{word} run batch record", 8, QA, "eng", [("cbr", FS, -8)])
    p.task("es", f"{word} run: seed train expansion", 15, "Upstream", "eng", ["ebr", *ready])
    p.task("ep", f"{word} run: production bioreactor", 14, "Upstream", "eng", ["es"], exact=True)
    p.task("eh", f"{word} run: harvest and purification", 10, "Downstream", "eng", ["ep"])
    p.task("et", f"{word} run: testing", 20, QC, "eng", ["eh"])
    p.task("er", f"{word} run report", 5, "Downstream", "eng", ["et"])
    p.milestone("ebc", f"{word} run complete", "eng", ["er"], MFG)
    if shape.gmp:
        p.summary("gmp", "GMP drug substance manufacturing")
        p.task("mbr", "Master batch record drafting and approval", 15, QA, "gmp", [("ep", SS, 5)])
        go_after: list[Step] = ["ebc", "mbr"] + (["vcs"] if shape.development else [])
        p.decision("go", "Go/no-go decision for GMP", "gmp", go_after)
        released = []
        label = shape.batch_label
        for n in range(1, shape.batches + 1):
            key = f"r{n}"
            p.summary(key, f"{label} {n}", "gmp")
            start = ["go"] if n == 1 else [(f"r{n - 1}p", SS, 0)]
            p.task(f"r{n}s", f"{label} {n}: seed train expansion", 15, "Upstream", key, start)
            p.task(
                f"r{n}p", f"{label} {n}: production bioreactor", 14, "Upstream", key,
                [f"r{n}s"], exact=True,
            )  # fmt: skip
            p.task(
                f"r{n}h",
                f"{label} {n}: harvest and purification",
                10,
                "Downstream",
                key,
                [f"r{n}p"],
            )
            done = _release(
                p,
                key,
                f"{label} {n}",
                f"r{n}h",
                testing=("QC release testing", 38),
                approval="QA disposition",
                released="drug substance released",
            )
            released.append((done, f"{label} {n}"))
        stab_after: list[Step] = ["mbr"]
    else:
        p.task("tship", "Toxicology material shipment to the CRO", 3, SUPPLY, "eng", ["ebc"])
        released = [("ebc", "Toxicology run")]
        stab_after = ["er"]
    # Studies on the engineering run's material that the filing needs (comparability ...).
    extras = [
        p.task(f"x{n}", extra, 25, QC, "eng", ["et"]) for n, extra in enumerate(shape.extras, 1)
    ]
    final = _stability(p, shape, released, stab_after)
    filed = _regulatory(p, released[0][0], _filing_title(shape))
    p.after("cmcf", extras)
    _close_out(p, [filed, *final])


def _adc(p: PlanDraft, shape: PlanShape) -> None:
    """Antibody-drug conjugate: materials, conjugation development, engineering and GMP."""
    ko = _kick_off(p)
    p.summary("mat", "Materials")
    p.task("ab", "Antibody intermediate supply from the sponsor", 20, SPONSOR, "mat", [ko])
    p.task("abt", "Antibody intermediate receipt and release testing", 10, QC, "mat", ["ab"])
    p.task("lp", "Linker-payload sourcing (HPAPI, long lead)", 60, SUPPLY, "mat", [ko])
    p.task("lpt", "Linker-payload receipt and identity testing", 5, QC, "mat", ["lp"])
    p.task("sua", "Single-use assemblies and excipients", 25, SUPPLY, "mat", [ko])
    p.summary("cpd", "Conjugation process development")
    p.task("red", "Reduction screening (TCEP equivalents)", 10, "Conjugation", "cpd", ["abt"])
    p.task("cs", "Conjugation screening (DAR targeting)", 15, "Conjugation", "cpd", ["red", "lpt"])
    p.task("tff", "Quench and TFF purification development", 10, "Conjugation", "cpd", ["cs"])
    p.task("form", "Formulation and hold-time study", 15, "Conjugation", "cpd", ["tff"])
    p.task("rob", "Process robustness DoE", 15, "Conjugation", "cpd", ["tff"])
    p.task(
        "oeb",
        "Containment and process safety assessment (OEB 5)",
        5,
        SAFETY,
        "cpd",
        [("cs", SS, 5)],
    )
    p.task("cpr", "Conjugation process report", 5, "Conjugation", "cpd", ["form", "rob", "oeb"])
    methods = _methods(p, None, shape, "abt")
    p.summary("eng", "Engineering run (conjugation)")
    p.task("ebr", "Engineering conjugation batch record", 8, QA, "eng", [("cpr", FS, -3)])
    p.task("ec", "Engineering conjugation", 15, MFG, "eng", ["ebr", "cpr", "sua", *methods])
    p.task("et", "Engineering conjugation testing", 15, QC, "eng", ["ec"])
    p.task("er", "Engineering conjugation report", 5, "Conjugation", "eng", ["et"])
    p.milestone("ebc", "Engineering conjugation complete", "eng", ["er"], MFG)
    p.summary("gmp", "GMP conjugation")
    p.task("mbr", "Master batch record drafting and approval", 15, QA, "gmp", [("ec", SS, 5)])
    p.decision("go", "Go/no-go decision for GMP", "gmp", ["ebc", "mbr"])
    released = []
    label = shape.batch_label
    for n in range(1, shape.batches + 1):
        key = f"b{n}"
        p.summary(key, f"{label} {n}", "gmp")
        start = ["go"] if n == 1 else [(f"b{n - 1}c", FS, 5)]
        p.task(f"b{n}c", f"{label} {n}: conjugation", 15, MFG, key, start)
        done = _release(
            p,
            key,
            f"{label} {n}",
            f"b{n}c",
            testing=("release testing (DAR, free drug)", 30),
            approval="QP certification",
            released="released",
        )
        released.append((done, f"{label} {n}"))
    final = _stability(p, shape, released, ["mbr"])
    filed = _regulatory(p, released[0][0], "CMC documentation for the filing (IMPD / IND Module 3)")
    _close_out(p, [filed, *final])


def _adc_feasibility(p: PlanDraft, shape: PlanShape) -> None:
    """Feasibility conjugations with several linker-payloads, then a selection."""
    ko = _kick_off(p)
    p.summary("mat", "Materials")
    p.task("ab", "Antibody supply from the sponsor (research grade)", 15, SPONSOR, "mat", [ko])
    p.task("abt", "Antibody characterization on receipt", 8, QC, "mat", ["ab"])
    methods = _methods(p, None, shape, "abt")
    selections = []
    for n, option in enumerate(shape.materials, start=1):
        p.task(f"lp{n}", f"{option}: linker-payload sourcing", 25, SUPPLY, "mat", [ko])
        key = f"o{n}"
        p.summary(key, f"Linker option {n}: {option}")
        p.task(
            f"o{n}c",
            f"{option}: conjugation at 1 g scale",
            10,
            "Conjugation",
            key,
            [f"lp{n}", "abt"],
        )
        p.task(f"o{n}a", f"{option}: DAR and free drug analytics", 8, QC, key, [f"o{n}c", *methods])
        p.task(
            f"o{n}s", f"{option}: aggregation and 2-week stress stability", 12, QC, key, [f"o{n}c"]
        )
        p.task(f"o{n}p", f"{option}: in-vitro potency (sponsor)", 15, SPONSOR, key, [f"o{n}a"])
        selections.append(
            p.task(f"o{n}d", f"{option}: data package", 3, "Conjugation", key, [f"o{n}s", f"o{n}p"])
        )
    p.summary("sel", "Selection and scale-up proposal")
    p.decision("pick", "Linker chemistry and DAR selection", "sel", selections)
    p.task("rep", "Feasibility report", 10, "Conjugation", "sel", ["pick"])
    p.task("tox", "Toxicology batch proposal and quote", 5, PM, "sel", ["pick"])
    _close_out(p, ["rep", "tox"])


def _fill_finish(p: PlanDraft, shape: PlanShape) -> None:
    """Sterile drug product: transfer, media fills, engineering and GMP fills, release."""
    ko = _kick_off(p)
    p.summary("tt", "Technology transfer")
    p.task("frm", "Formulation and compounding instructions review", 5, "Formulation", "tt", [ko])
    p.task("cc", "Vials and stoppers procurement (long lead)", 40, SUPPLY, "tt", [ko])
    p.task("cci", "Container closure integrity method transfer", 15, QC, "tt", ["frm"])
    p.task("flt", "Filter validation (bacterial retention)", 25, "Formulation", "tt", ["frm"])
    p.task("el", "Extractables and leachables assessment", 30, QC, "tt", ["frm"])
    methods = _methods(p, "tt", shape, "frm")
    p.milestone("ttc", "Tech transfer complete", "tt", ["cci", "flt", *methods])
    p.summary("fd", "Formulation development")
    p.task("mix", "Compounding and mixing study", 10, "Formulation", "fd", ["frm"])
    p.task("hold", "Filter compatibility and hold-time study", 15, "Formulation", "fd", ["mix"])
    ready: list[Step] = ["hold", "ttc", "cc"]
    if shape.lyophilized:
        p.task("lyo", "Lyophilization cycle development", 30, "Formulation", "fd", ["mix"])
        p.task("lyoc", "Lyophilization cycle confirmation run", 10, "Formulation", "fd", ["lyo"])
        ready.append("lyoc")
    p.task("ship", "Shipping study (2-8 °C)", 10, SUPPLY, "fd", ["hold"])
    p.summary("mf", "Aseptic process simulation (media fills)")
    for n in range(1, shape.media_fills + 1):
        start = ["cc"] if n == 1 else [(f"mf{n - 1}f", FS, 2)]
        p.task(f"mf{n}f", f"Media fill {n}: filling", 2, "Fill-finish", "mf", start, exact=True)
        p.task(
            f"mf{n}i",
            f"Media fill {n}: 14-day incubation",
            14,
            "Fill-finish",
            "mf",
            [f"mf{n}f"],
            exact=True,
        )
        p.task(f"mf{n}r", f"Media fill {n}: reading and report", 3, QA, "mf", [f"mf{n}i"])
    p.milestone("mfok", "Media fills passed", "mf", [f"mf{shape.media_fills}r"], QA)
    p.summary("eng", "Engineering run (fill)")
    p.task("ebr", "Engineering fill batch record", 5, QA, "eng", ready)
    p.task("ef", "Engineering fill", 2, "Fill-finish", "eng", ["ebr", "mfok"], exact=True)
    last: Step = "ef"
    if shape.lyophilized:
        last = p.task("efl", "Engineering lyophilization cycle", 4, "Fill-finish", "eng", ["ef"])
    p.task("et", "Engineering fill testing", 10, QC, "eng", [last])
    p.task("er", "Engineering fill report", 5, "Fill-finish", "eng", ["et"])
    p.milestone("ebc", "Engineering fill complete", "eng", ["er"], MFG)
    p.summary("gmp", "GMP fills")
    p.task("mbr", "Master batch record drafting and approval", 10, QA, "gmp", [("ef", SS, 3)])
    p.decision("go", "Go/no-go decision for GMP", "gmp", ["ebc", "mbr"])
    packed = []
    label = shape.batch_label
    for n in range(1, shape.batches + 1):
        key = f"f{n}"
        p.summary(key, f"{label} {n}", "gmp")
        start = ["go"] if n == 1 else [(f"f{n - 1}v", FS, 0)]
        fill = p.task(
            f"f{n}f", f"{label} {n}: compounding and filling", 3, "Fill-finish", key, start
        )
        if shape.lyophilized:
            fill = p.task(f"f{n}l", f"{label} {n}: lyophilization", 4, "Fill-finish", key, [fill])
        p.task(f"f{n}v", f"{label} {n}: 100% visual inspection", 5, "Fill-finish", key, [fill])
        _release(
            p,
            key,
            f"{label} {n}",
            f"f{n}v",
            testing=("release testing", 20),
            approval="QP certification",
            released="released",
        )
        packed.append(
            p.task(
                f"f{n}pk",
                f"{label} {n}: labelling and packaging",
                5,
                "Fill-finish",
                key,
                [f"f{n}rel"],
            )
        )
    released = [(f"f{n}rel", f"{label} {n}") for n in range(1, shape.batches + 1)]
    final = _stability(p, shape, released, ["mbr"])
    filed = _regulatory(p, "f1rel", "Drug product CMC sections (IMPD / IND Module 3)")
    _close_out(p, [filed, *final, packed[-1]])


FAMILIES = {
    "api": _api,
    "supply": _supply,
    "method_transfer": _method_transfer,
    "biologic": _biologic,
    "adc": _adc,
    "adc_feasibility": _adc_feasibility,
    "fill_finish": _fill_finish,
}


def demo_plan(code: str, shape: PlanShape) -> tuple[list[PlanTask], list[PlanLink]]:
    """The tasks and links of one project's plan (the same on every run)."""
    draft = PlanDraft(code)
    FAMILIES[shape.family](draft, shape)
    return draft.tasks, draft.links
