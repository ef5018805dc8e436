"""The demo's continuous improvement, told on its days.

* The technology register: ten capabilities, qualified at Visp and Singen over the last
  two years (each "in qualification" about two months before), a few still planned or in
  qualification.
* Initiatives in every DMAIC stage: "Cut QC release time for peptide batches" took its
  baseline from the delays register (release delays at Visp), passed its five signed
  gates and closed with its measured savings; others wait in Control, Improve, Analyse,
  Measure and Define (that one's Define gate waits for its champion). A Kaizen on line
  clearance at Singen, closed; a 5S programme in the Visp QC laboratories. Sponsor-facing
  initiatives for Solvantis, NovaBridge, Hoshizora and Kerrowan.
* 5S audits, quarterly over the last year, in four areas, their scores improving, with
  the actions each raised (the latest ones still open, one of them overdue).

Every record is found again by its natural key (capability name, initiative title, area
name, audit day), so loading twice adds nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from accord.accounts.models import Organization, Site, User
from accord.demo.data import DEMO_PASSWORD
from accord.demo.story import SETUP_ON, Story, Tally, at, day, site_zone, weekday
from accord.improvement import services
from accord.improvement.models import Capability, FiveSArea, FiveSAudit, Initiative, Stage
from accord.lessons.models import Lesson
from accord.projects.models import Project

LABEL_CAPABILITIES = "capabilities"
LABEL_INITIATIVES = "ci initiatives"
LABEL_AUDITS = "five s audits"
REGISTRAR = "qa.quinn"
FIRST_DAY = SETUP_ON + 15  # the register starts after the set-up day


def _on(offset: int, time: str, key: str, site: str = "VSP") -> dt.datetime:
    return at(weekday(day(offset), back=True), time, key=key, zone=site_zone(site))


# --------------------------------------------------------------------------- register


@dataclass(frozen=True)
class CapabilitySpec:
    name: str
    category: str
    description: str
    # (site code, status, days from the reference date it was reached, evidence)
    sites: tuple[tuple[str, str, int, str], ...]


CAPABILITIES = (
    CapabilitySpec(
        "High-potency (OEB 5) handling",
        "containment",
        "Isolator-based handling of compounds with an OEL below 1 µg/m³.",
        (
            ("VSP", "qualified", -560, "QR-VSP-HP-014: suite B2 isolators, SMEPAC surrogate test"),
            ("SGN", "qualified", -430, "QR-SGN-HP-003: conjugation suite isolator train"),
        ),
    ),
    CapabilitySpec(
        "Flow chemistry",
        "chemistry",
        "Continuous-flow reactors for hazardous and fast chemistry, to 50 kg/day.",
        (("VSP", "qualified", -520, "QR-VSP-FC-002: plug-flow skid IQ/OQ/PQ"),),
    ),
    CapabilitySpec(
        "ADC conjugation",
        "biologics",
        "Cysteine and lysine conjugation of antibody-drug conjugates, 10 to 300 g.",
        (("SGN", "qualified", -470, "QR-SGN-ADC-001: conjugation train PQ, three runs"),),
    ),
    CapabilitySpec(
        "Lyophilisation",
        "formulation",
        "Freeze-drying of vials, 20 m² shelf area, with controlled nucleation.",
        (("SGN", "qualified", -300, "QR-SGN-LYO-007: lyophiliser PQ and media fills"),),
    ),
    CapabilitySpec(
        "Peptide solid-phase synthesis",
        "chemistry",
        "SPPS to 15 mol scale with preparative HPLC purification.",
        (("VSP", "qualified", -200, "QR-VSP-SPPS-004: 15 mol synthesiser PQ"),),
    ),
    CapabilitySpec(
        "Oligonucleotide synthesis",
        "chemistry",
        "Solid-phase oligonucleotide synthesis to 1 mol, with AEX purification.",
        (("VSP", "qualified", -90, "QR-VSP-OLI-001: synthesiser and AEX PQ"),),
    ),
    CapabilitySpec(
        "Process analytical technology (in-line Raman)",
        "analytical",
        "In-line Raman and FTIR monitoring of reactions and crystallisations.",
        (
            ("VSP", "qualified", -40, "QR-VSP-PAT-002: Raman probe qualification"),
            ("SGN", "planned", -40, ""),
        ),
    ),
    CapabilitySpec(
        "Continuous manufacturing (drug substance)",
        "manufacturing",
        "End-to-end continuous API manufacture, flow chemistry to crystallisation.",
        (("VSP", "in_qualification", -60, "Protocol QP-VSP-CM-001 in execution"),),
    ),
    CapabilitySpec(
        "mRNA-LNP formulation",
        "formulation",
        "Microfluidic mixing of lipid nanoparticles for mRNA, to 50 L.",
        (("SGN", "in_qualification", -25, "Protocol QP-SGN-LNP-001 in execution"),),
    ),
    CapabilitySpec(
        "Spray drying",
        "formulation",
        "Amorphous solid dispersions for poorly soluble APIs.",
        (("VSP", "planned", -120, "Budget approved for 2027"),),
    ),
)


def _capability_story(spec: CapabilitySpec, users: dict[str, User], counts: Tally) -> Story:
    steps = []
    for site, status, offset, evidence in spec.sites:
        if status == "qualified":
            # In qualification about two months before, never before the set-up.
            steps.append((max(offset - 60, FIRST_DAY), site, "in_qualification", None, ""))
        qualified_on = weekday(day(offset), back=True) if status == "qualified" else None
        steps.append((offset, site, status, qualified_on, evidence))
    steps.sort(key=lambda step: step[0])
    yield _on(steps[0][0], "10:00", spec.name)
    if Capability.objects.filter(name=spec.name).exists():
        counts.add(LABEL_CAPABILITIES, False)
        return
    counts.add(LABEL_CAPABILITIES, True)
    qa = users[REGISTRAR]
    capability = services.capability_create(
        actor=qa, name=spec.name, category=spec.category, description=spec.description
    )
    for offset, site, status, qualified_on, evidence in steps:
        yield _on(offset, "14:00", f"{spec.name}{site}{status}", site)
        services.capability_site_set(
            actor=qa,
            capability=capability,
            site=Site.objects.get(code=site),
            status=status,
            qualified_on=qualified_on,
            evidence=evidence or "Qualification protocol in execution",
        )


# --------------------------------------------------------------------------- initiatives


@dataclass(frozen=True)
class InitiativeSpec:
    title: str
    method: str
    site: str
    owner: str
    champion: str
    started: int
    problem: str
    team: tuple[str, ...] = ()
    sponsor: str = ""
    project: str = ""
    metric: tuple[str, str, str, str] = ("", "", "", "")  # name, value, unit, how
    target: str = ""
    # A baseline from delays: (cause, site code, from, to) in days from the reference.
    baseline: tuple[str, str, int, int] | None = None
    gates: tuple[int, ...] = ()  # the days its gates were signed, Define first
    # Deliverables of the stage it stands in that are done (names).
    done_now: tuple[str, ...] = ()
    result: dict = field(default_factory=dict)  # result_value, days_saved ... and "on"
    event: tuple[int, int, str, str] | None = None  # Kaizen: from, to, before, after
    closed: int | None = None  # a Kaizen or 5S initiative closed on this day
    lesson: str = ""  # the title of the lesson learned it was started from


def _result(value: str, on: int, **gains: str) -> dict:
    return {"result_value": Decimal(value), "on": on, **{k: Decimal(v) for k, v in gains.items()}}


INITIATIVES = (
    InitiativeSpec(
        "Cut QC release time for peptide batches",
        "dmaic",
        "VSP",
        "meilin.tan",
        "qa.quinn",
        -250,
        "Peptide batches wait for QC release: review queues, late out-of-specification "
        "investigations and batch records returned for corrections cost sponsors working "
        "days on every campaign.",
        team=("lukas.meier", "ops.omar"),
        target="1.00",
        baseline=("release_delay", "VSP", -330, -241),
        gates=(-235, -200, -165, -120, -70),
        result=_result("0.00", -75, days_saved="14", cost_saved="48000", rft_points="6.5"),
    ),
    InitiativeSpec(
        "Right-first-time batch records for ADC conjugation",
        "dmaic",
        "SGN",
        "elena.petrova",
        "sofia.marchetti",
        -115,
        "Three in ten conjugation batch records came back from QA review with corrections, "
        "each adding two days to the release of the SLV-204 runs.",
        team=("hannah.schulz", "thomas.krueger"),
        sponsor="Solvantis",
        project="SLV-204-ADC",
        metric=("Batch records right first time", "70", "%", "QA review outcome, last 20 records"),
        target="95",
        gates=(-105, -85, -60, -30),
        done_now=("Control plan",),
    ),
    InitiativeSpec(
        "Fewer weighing errors in dispensing booth D1",
        "dmaic",
        "VSP",
        "yuki.nakamura",
        "qa.quinn",
        -150,
        "Weighing errors in booth D1 raised four deviations in a quarter; each re-dispense "
        "costs half a shift.",
        team=("stefan.zimmermann",),
        metric=("Weighing deviations per quarter", "4", "deviations", "Deviation register"),
        target="0",
        gates=(-130, -100, -60),
        done_now=("Pilot run",),
    ),
    InitiativeSpec(
        "Faster answers to technology package gaps",
        "dmaic",
        "VSP",
        "pm.alice",
        "ops.omar",
        -38,
        "Gaps in the sponsors' technology packages wait weeks for answers, holding the "
        "route freeze of tech transfers.",
        team=("sme.sam", "nora.aebischer"),
        sponsor="NovaBridge",
        project="NVB-101-TT",
        baseline=("sponsor_wait", "VSP", -330, -39),
        target="0.50",
        gates=(-30, -12),
        # Started the week Kerrowan's method transfer published this lesson.
        lesson="Plan the sponsor's protocol approvals in the joint plan",
    ),
    InitiativeSpec(
        "Shorter changeover between HPAPI campaigns in suite B2",
        "dmaic",
        "VSP",
        "stefan.zimmermann",
        "ops.omar",
        -40,
        "Cleaning and changeover between two HPAPI campaigns in suite B2 take nine working "
        "days; the market standard is five.",
        team=("rafael.costa",),
        metric=("Changeover time", "9", "working days", "Suite B2 log, last six changeovers"),
        target="5",
        gates=(-20,),
        done_now=("Baseline data",),
    ),
    InitiativeSpec(
        "Cell bank release data package in one pass",
        "dmaic",
        "SGN",
        "katrin.vogel",
        "markus.hoffmann",
        -15,
        "Hoshizora's cell bank release packages needed two rounds of questions before "
        "the sponsor's QA accepted them.",
        sponsor="Hoshizora",
        project="HSZ-0904-DS",
        done_now=("Project charter", "SIPOC map", "Voice of the customer"),
    ),
    InitiativeSpec(
        "Kaizen: line clearance in the fill-finish suite",
        "kaizen",
        "SGN",
        "thomas.krueger",
        "julia.wagner",
        -75,
        "Line clearance between fill-finish batches takes 90 minutes, with checks repeated "
        "by two people who do not share a checklist.",
        sponsor="Kerrowan",
        project="KRW-7740-FF",
        metric=("Line clearance time", "90", "minutes", "Stopwatch, ten clearances"),
        target="45",
        event=(
            -68,
            -64,
            "Two operators check the line in turn from memory; QA re-checks everything.",
            "One visual checklist, zones split between the two operators, QA checks a sample.",
        ),
        result=_result("40", -50, days_saved="3", rft_points="4"),
        closed=-45,
    ),
    InitiativeSpec(
        "5S in the Visp QC laboratories",
        "five_s",
        "VSP",
        "meilin.tan",
        "qa.quinn",
        -380,
        "Searching for standards, columns and glassware costs analysts an hour a day; the "
        "2025 inspection noted unlabelled reagents.",
        team=("lukas.meier",),
        metric=("5S score of the QC laboratory", "9", "points of 25", "Quarterly 5S audit"),
        target="20",
    ),
)


def _initiative_story(spec: InitiativeSpec, users: dict[str, User], counts: Tally) -> Story:
    yield _on(spec.started, "09:30", spec.title, spec.site)
    if Initiative.objects.filter(title=spec.title).exists():
        counts.add(LABEL_INITIATIVES, False)
        return
    counts.add(LABEL_INITIATIVES, True)
    owner, champion = users[spec.owner], users[spec.champion]
    name, value, unit, how = spec.metric
    item = services.initiative_create(
        actor=owner,
        title=spec.title,
        problem_statement=spec.problem,
        method=spec.method,
        owner=owner,
        champion=champion,
        team=[users[u] for u in spec.team],
        site=Site.objects.get(code=spec.site),
        sponsor=Organization.objects.get(short_name=spec.sponsor) if spec.sponsor else None,
        project=Project.objects.get(code=spec.project) if spec.project else None,
        started_on=weekday(day(spec.started), back=True),
        lesson=Lesson.objects.get(title=spec.lesson) if spec.lesson else None,
        baseline_metric=name,
        baseline_value=Decimal(value) if value else None,
        unit=unit,
        baseline_method=how,
        target_value=Decimal(spec.target) if spec.target else None,
        event_start=day(spec.event[0]) if spec.event else None,
        event_end=day(spec.event[1]) if spec.event else None,
    )
    sign = {"username": champion.username, "password": DEMO_PASSWORD, "acknowledge": True}

    def refresh() -> Initiative:
        return Initiative.objects.get(pk=item.pk)

    if spec.baseline:
        cause, site, start, end = spec.baseline
        yield _on(spec.started + 3, "10:30", spec.title, spec.site)
        current = refresh()
        services.initiative_baseline_from_delays(
            actor=owner,
            initiative=current,
            cause=cause,
            start=day(start),
            end=day(end),
            site=Site.objects.get(code=site) if site else None,
            version=current.version,
        )
    for index, gate_day in enumerate(spec.gates):
        stage = list(Stage)[index]
        if stage == Stage.CONTROL and spec.result:
            yield _on(spec.result["on"], "11:00", f"{spec.title}result", spec.site)
            _record_result(owner, refresh(), spec.result)
        yield _on(gate_day - 2, "15:00", f"{spec.title}{stage}", spec.site)
        current = refresh()
        for deliverable in current.deliverables.filter(stage=stage):
            services.deliverable_set_done(actor=owner, deliverable=deliverable, done=True)
        yield _on(gate_day, "16:30", f"{spec.title}{stage}gate", spec.site)
        current = refresh()
        services.initiative_pass_gate(
            actor=champion, initiative=current, version=current.version, **sign
        )
    if spec.done_now:
        yield _on(-3, "11:30", f"{spec.title}now", spec.site)
        current = refresh()
        for deliverable in current.deliverables.filter(stage=current.stage, name__in=spec.done_now):
            services.deliverable_set_done(actor=owner, deliverable=deliverable, done=True)
    if spec.event:
        yield _on(spec.event[1], "17:00", f"{spec.title}event", spec.site)
        current = refresh()
        services.initiative_update(
            actor=owner,
            initiative=current,
            version=current.version,
            before=spec.event[2],
            after=spec.event[3],
        )
    if spec.closed is not None:
        yield _on(spec.result["on"], "11:00", f"{spec.title}result", spec.site)
        _record_result(owner, refresh(), spec.result)
        yield _on(spec.closed, "16:00", f"{spec.title}close", spec.site)
        current = refresh()
        services.initiative_close(
            actor=champion, initiative=current, version=current.version, **sign
        )


def _record_result(owner: User, item: Initiative, result: dict) -> None:
    gains = {k: v for k, v in result.items() if k != "on"}
    services.initiative_update(
        actor=owner,
        initiative=item,
        version=item.version,
        result_measured_on=weekday(day(result["on"]), back=True),
        **gains,
    )


# --------------------------------------------------------------------------- 5S


@dataclass(frozen=True)
class AreaSpec:
    site: str
    name: str
    description: str
    auditor: str
    action_owner: str
    start: int  # total score of the first audit; each quarter adds about two points
    five_s_initiative: str = ""


AREAS = (
    AreaSpec(
        "VSP",
        "Visp building 2 QC lab",
        "HPLC, GC and wet chemistry, rooms 2.14 to 2.16.",
        "lukas.meier",
        "meilin.tan",
        9,
        "5S in the Visp QC laboratories",
    ),
    AreaSpec(
        "VSP",
        "Visp suite B kilo-lab",
        "Kilo-lab and HPAPI suite B2 anteroom.",
        "lukas.meier",
        "stefan.zimmermann",
        12,
    ),
    AreaSpec(
        "SGN",
        "Singen fill line warehouse",
        "Components and finished goods for the fill-finish line.",
        "hannah.schulz",
        "thomas.krueger",
        11,
    ),
    AreaSpec(
        "SGN",
        "Singen biologics QC lab",
        "Cell-based assays and microbiology.",
        "hannah.schulz",
        "julia.wagner",
        13,
    ),
)
AUDIT_DAYS = (-360, -270, -180, -90, -4)
ACTIONS = (
    "Red-tag and remove unused glassware and expired standards",
    "Shadow boards for tools and labelled shelf positions",
    "Daily cleaning checklist posted at each bench",
    "Visual standard photos for every workstation",
    "Monthly self-audit by the area lead, results on the board",
)


def _scores(total: int, key: int) -> dict[str, int]:
    """``total`` points spread over the five S (Sustain lags, as it does)."""
    names = ["sort", "set_in_order", "shine", "standardize", "sustain"]
    base, extra = divmod(total, 5)
    scores = {name: base for name in names}
    for index in range(extra):
        scores[names[(index + key) % 4]] += 1
    return {k: min(v, 5) for k, v in scores.items()}


def _area_story(spec: AreaSpec, users: dict[str, User], counts: Tally) -> Story:
    yield _on(AUDIT_DAYS[0] - 5, "08:30", spec.name, spec.site)
    auditor, owner = users[spec.auditor], users[spec.action_owner]
    area = FiveSArea.objects.filter(name=spec.name).first() or services.five_s_area_create(
        actor=auditor,
        site=Site.objects.get(code=spec.site),
        name=spec.name,
        description=spec.description,
    )
    for quarter, offset in enumerate(AUDIT_DAYS):
        yield _on(offset, "10:00", f"{spec.name}{offset}", spec.site)
        audited_on = weekday(day(offset), back=True)
        if FiveSAudit.objects.filter(area=area, audited_on=audited_on).exists():
            counts.add(LABEL_AUDITS, False)
            continue
        counts.add(LABEL_AUDITS, True)
        initiative = (
            Initiative.objects.filter(title=spec.five_s_initiative).first()
            if spec.five_s_initiative
            else None
        )
        latest = quarter == len(AUDIT_DAYS) - 1
        due = 21 if latest else 28
        audit = services.five_s_audit_record(
            actor=auditor,
            area=area,
            auditor=auditor,
            audited_on=audited_on,
            initiative=initiative if initiative and initiative.site_id == area.site_id else None,
            scores=_scores(spec.start + 2 * quarter + (quarter == 3), quarter),
            notes={"sustain": "Self-audits not yet a habit." if quarter < 3 else ""},
            actions=[
                {
                    "what": ACTIONS[quarter],
                    "owner": owner,
                    # The fourth audit's action slipped: it is overdue today.
                    "due_on": audited_on + dt.timedelta(days=due if quarter != 3 else 60),
                }
            ],
        )
        if quarter < 3:
            action = audit.actions.get()
            yield _on(offset + 25, "15:30", f"{spec.name}{offset}done", spec.site)
            services.five_s_action_done(actor=owner, action=action)


def improvement_stories(*, users: dict[str, User], counts: Tally) -> list[Story]:
    """The register, the initiatives and the 5S areas, one story each, for ``tell``;
    ``users`` may still be filling (read when each story's first step runs)."""
    return [
        *(_capability_story(spec, users, counts) for spec in CAPABILITIES),
        *(_initiative_story(spec, users, counts) for spec in INITIATIVES),
        *(_area_story(spec, users, counts) for spec in AREAS),
    ]
