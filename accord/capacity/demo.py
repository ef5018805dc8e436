"""The demo's capacity: what each site can do, and what the demo plans ask of it.

Operations set up the resource register on the day Accord was set up, before any project:
the API suites, reactors and labour pools of Visp, the bioreactor trains, purification,
conjugation suite and fill line of Singen. Visp's suites A1 and B2 and their reactors are
linked to their register entries on the day the equipment was registered. Each plan, on
the day it was drafted, gets the demands a planner gives it: a batch holds its suite and
reactor, release testing two or three QC analysts, a batch record review a QA reviewer,
and so on (:data:`RULES`). Availability changes are recorded weeks before they take
effect: suite A2 down for two weeks of requalification, six QC analysts joining at Visp.

The allocation of work to Visp's suites holds the demo's one deliberate conflict: with A2
down, HSZ-1120's commercial campaign 2 was booked into suite A1 in the same weeks as
NVB-101's engineering batch, so A1 and its reactor R-101 are asked for well over what
they have in one month, about three months from the reference date. The campaign has
months of float: waiting for the engineering batch resolves the month.

Nothing here goes through ``accord.capacity.services`` (not on main when this was
written): each step writes its rows and their audit events in one transaction, as a
service would.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from django.db import transaction

from accord.accounts.models import Site, User
from accord.audit.services import audit_record, created, diff, snapshot
from accord.capacity.models import (
    Availability,
    Resource,
    ResourceCalendar,
    ResourceKind,
    ResourceRole,
    TaskDemand,
)
from accord.core import clock
from accord.demo.projects import PROJECTS
from accord.demo.schedules import created_on
from accord.demo.story import SETUP_ON, Story, Tally, at, day, site_zone, weekday
from accord.planning.models import Task
from accord.projects.models import Project

LABEL = "capacity"
KEEPERS = {"VSP": "ops.omar", "SGN": "thomas.krueger"}  # who keeps each site's register

_E, _L = ResourceKind.EQUIPMENT, ResourceKind.LABOUR
_SITE, _CONT = ResourceCalendar.SITE, ResourceCalendar.CONTINUOUS
_R = ResourceRole


@dataclass(frozen=True)
class ResourceSpec:
    code: str
    site: str
    name: str
    kind: str
    role: str
    capacity: int
    unit: str
    calendar: str = _SITE
    equipment: str = ""  # the code of its register entry, linked when that is registered
    description: str = ""


RESOURCES: tuple[ResourceSpec, ...] = (
    # --- Visp: API campus (small molecule, HPAPI, peptides and oligonucleotides)
    ResourceSpec(
        "VSP-SUITE-A1", "VSP", "API synthesis suite A1", _E, _R.GMP_SUITE, 1, "suite",
        equipment="VSP-SUITE-A1",
        description="Clinical-phase small-molecule API; reactor train around R-101 (1,000 L).",
    ),
    ResourceSpec(
        "VSP-SUITE-B1", "VSP", "Kilo-lab suite B1 (OEB 5 isolators)", _E, _R.GMP_SUITE, 1,
        "suite", description="Gram-to-kilogram GMP work: linker-payloads, small oligo lots.",
    ),
    ResourceSpec(
        "VSP-SUITE-B2", "VSP", "HPAPI containment suite B2 (OEB 5)", _E, _R.GMP_SUITE, 1,
        "suite", equipment="VSP-SUITE-B2",
        description="Isolator-contained HPAPI and linker-payload synthesis; R-102 and AFD-4.",
    ),
    ResourceSpec(
        "VSP-SUITE-A2", "VSP", "API synthesis suite A2", _E, _R.GMP_SUITE, 1, "suite",
        description="Small-molecule API at up to 2,500 L; HSZ-1120 commercial campaigns.",
    ),
    ResourceSpec(
        "VSP-SUITE-C3", "VSP", "Commercial API train C3", _E, _R.GMP_SUITE, 1, "suite",
        description="Validated commercial processes in campaigns; 2,500 L stainless train.",
    ),
    ResourceSpec(
        "VSP-SUITE-P4", "VSP", "Peptide and oligonucleotide suite P4", _E, _R.GMP_SUITE, 1,
        "suite", description="SPPS and oligonucleotide synthesizers, prep-HPLC, lyophilizer.",
    ),
    ResourceSpec(
        "VSP-R-101", "VSP", "Glass-lined reactor 1,000 L (suite A1)", _E, _R.REACTOR, 1,
        "reactor", equipment="VSP-R-101",
    ),
    ResourceSpec(
        "VSP-R-102", "VSP", "Hastelloy reactor 630 L (suite B2)", _E, _R.REACTOR, 1,
        "reactor", equipment="VSP-R-102",
    ),
    ResourceSpec(
        "VSP-QC", "VSP", "QC analysts, Visp", _L, _R.QC_ANALYSTS, 12, "analysts",
        description="Release, stability and method transfer testing for the API campus.",
    ),
    ResourceSpec(
        "VSP-PC", "VSP", "Process chemists, Visp", _L, _R.PROCESS_SCIENTISTS, 10, "chemists",
        description="Route scouting, optimization, kilo-lab and scale-up support.",
    ),
    ResourceSpec("VSP-QA", "VSP", "QA reviewers, Visp", _L, _R.QA_REVIEWERS, 3, "reviewers"),
    ResourceSpec(
        "VSP-STAB", "VSP", "Stability chambers (25/60, 30/65, 40/75)", _E, _R.STABILITY, 4,
        "chambers", _CONT, description="Walk-in ICH chambers, VSP-SC-01 among them.",
    ),
    # --- Singen: biologics drug substance, ADC conjugation, fill-finish
    ResourceSpec(
        "SGN-BR-2000-1", "SGN", "Bioreactor train 1 (2,000 L single-use)", _E, _R.BIOREACTOR,
        1, "train", _CONT, description="N-2/N-1 seed bioreactors and a 2,000 L production STR.",
    ),
    ResourceSpec(
        "SGN-BR-2000-2", "SGN", "Bioreactor train 2 (2,000 L single-use)", _E, _R.BIOREACTOR,
        1, "train", _CONT, description="N-2/N-1 seed bioreactors and a 2,000 L production STR.",
    ),
    ResourceSpec(
        "SGN-BR-0200", "SGN", "Pilot bioreactor 200 L (non-GMP)", _E, _R.BIOREACTOR, 1,
        "bioreactor", _CONT, description="Toxicology material and pilot runs.",
    ),
    ResourceSpec(
        "SGN-DSP-1", "SGN", "Purification train (Protein A, CEX/AEX, VF, UF/DF)", _E,
        _R.PURIFICATION, 1, "train",
    ),
    ResourceSpec(
        "SGN-ADC-1", "SGN", "ADC conjugation suite (OEB 5 isolator)", _E, _R.GMP_SUITE, 1,
        "suite", description="Conjugation, TFF and formulation of ADC drug substance.",
    ),
    ResourceSpec(
        "SGN-FILL-1", "SGN", "Aseptic fill line (vials, isolator)", _E, _R.FILL_LINE, 1, "line",
        description="Compounding, filling and stoppering; media fills and GMP fills.",
    ),
    ResourceSpec("SGN-QC", "SGN", "QC analysts, Singen", _L, _R.QC_ANALYSTS, 18, "analysts"),
    ResourceSpec("SGN-QA", "SGN", "QA reviewers, Singen", _L, _R.QA_REVIEWERS, 4, "reviewers"),
    ResourceSpec(
        "SGN-PD", "SGN", "Bioprocess and conjugation scientists", _L, _R.PROCESS_SCIENTISTS,
        10, "scientists", description="Cell line, upstream, downstream and conjugation labs.",
    ),
    ResourceSpec(
        "SGN-STAB", "SGN", "Stability chambers (5 °C, 25/60)", _E, _R.STABILITY, 3, "chambers",
        _CONT,
    ),
)  # fmt: skip

# Which Visp suite and reactor a project's batches take (the campaign allocation); the
# others take suite A1 and R-101. HSZ-1120-CS in A1 is the demo's conflict (see above).
SUITES = {
    "KRW-5512-PPQ": ("VSP-SUITE-B2", "VSP-R-102"),
    "SLV-204-LP": ("VSP-SUITE-B1", ""),
    "NVB-315-API": ("VSP-SUITE-B2", "VSP-R-102"),  # B2 is free after the PPQ campaign
    "HSZ-1120-CS": ("VSP-SUITE-A2", ""),
    "SLV-118-API": ("VSP-SUITE-A2", ""),
    "KRW-3307-CS": ("VSP-SUITE-C3", ""),
    "ABR-011-TOX": ("VSP-SUITE-P4", ""),
    "ABR-011-FIH": ("VSP-SUITE-P4", ""),
    "QLN-450-OLI": ("VSP-SUITE-P4", ""),
    "QLN-520-ASO": ("VSP-SUITE-B1", ""),  # P4 has QLN-450's GMP batch then
}
DEFAULT_SUITE = ("VSP-SUITE-A1", "VSP-R-101")
# Work booked elsewhere than its project's suite: (project, start of the task's name).
# Suite A2 is down for requalification in April, so HSZ-1120 campaign 2 went to A1.
MOVED = {("HSZ-1120-CS", "Campaign 2"): DEFAULT_SUITE}
# Singen's 2,000 L trains, by project; the 200 L runs go to the pilot bioreactor.
TRAINS = {"HSZ-0904-DS": "SGN-BR-2000-1", "KRW-6120-DS": "SGN-BR-2000-2"}


@dataclass(frozen=True)
class AvailabilitySpec:
    resource: str
    recorded: int  # days from the reference date
    starts: int
    ends: int | None
    units: int
    reason: str


AVAILABILITY = (
    AvailabilitySpec(
        "VSP-SUITE-A2", -70, 91, 104, 0,
        "Requalification after the replacement of the 2,500 L reactor's agitator and seals",
    ),
    AvailabilitySpec(
        "VSP-QC", -32, 56, None, 18,
        "Six QC analysts hired for the 2026 commercial and PPQ release work (offers signed); "
        "on the roster after four weeks of training",
    ),
)  # fmt: skip


# --------------------------------------------------------------------------- demand rules

# (department, pattern on the task's name, role, units); the first rule that matches wins,
# and a rule with role "" means: no demand. Sites take their own resource of the role.
Rule = tuple[str, str, str, int]
_NO_LAB = r"contract laboratory|external laboratory|review|report|protocol|strategy|evaluation"
_TWO_ANALYSTS = r"ipc and release testing|run: testing|(conjugation|fill) testing"
_QA_REVIEW = r"batch record review|qa release|disposition|qp certification|deviation review"
RULES: tuple[Rule, ...] = (
    ("Manufacturing", r"set-up and cleaning|changeover and cleaning", "suite", 1),
    ("Manufacturing", r"conjugation$", "conjugation", 1),
    ("Manufacturing", r"manufacture|\(demonstration\) batch$", "suite+reactor", 1),
    ("Upstream", r"production bioreactor", "train", 1),
    ("Upstream", r"seed train", "", 0),
    ("Upstream", r"", _R.PROCESS_SCIENTISTS, 1),
    ("Downstream", r"(engineering|gmp|commercial) run( \d+)?: harvest", _R.PURIFICATION, 1),
    ("Downstream", r"", _R.PROCESS_SCIENTISTS, 1),
    ("Conjugation", r"", _R.PROCESS_SCIENTISTS, 1),
    ("Cell line development", r"", _R.PROCESS_SCIENTISTS, 1),
    ("Formulation", r"", _R.PROCESS_SCIENTISTS, 1),
    ("Fill-finish", r"filling$|^engineering fill$", _R.FILL_LINE, 1),
    ("Process chemistry", r"", _R.PROCESS_SCIENTISTS, 1),
    ("QC / analytical", _NO_LAB, "", 0),  # desk work, or testing done outside
    ("QC / analytical", r"stability: .*(pull|set-down)", "stability", 1),
    ("QC / analytical", r"qc release testing|: release testing", _R.QC_ANALYSTS, 3),
    ("QC / analytical", _TWO_ANALYSTS, _R.QC_ANALYSTS, 2),
    ("QC / analytical", r"", _R.QC_ANALYSTS, 1),
    ("QA", _QA_REVIEW, _R.QA_REVIEWERS, 1),
)


def task_demands(task: Task, resources: dict[str, Resource]) -> list[tuple[Resource, int]]:
    """The demands a planner gives ``task`` of a plan at its project's site: by the first
    rule that matches its department and name, on the site's resource of the rule's role
    (none where the site has none, and none on summaries, milestones and decisions)."""
    if task.kind != Task.Kind.TASK:
        return []
    name = task.name.lower()
    role, units = next(
        ((role, units) for dept, pattern, role, units in RULES
         if task.department == dept and re.search(pattern, name)),
        ("", 0),
    )  # fmt: skip
    project, site = task.project, task.project.site.code
    if role == "suite+reactor":
        codes = _suite(task, site)
    elif role == "suite":
        codes = _suite(task, site)[:1]
    elif role == "conjugation":
        codes = ["SGN-ADC-1"] if site == "SGN" else []
    elif role == "train":
        codes = [TRAINS.get(project.code, "SGN-BR-0200")] if site == "SGN" else []
    elif role == "stability":
        codes = [f"{site}-STAB", f"{site}-QC"]
    else:
        codes = [r.code for r in resources.values() if r.site.code == site and r.role == role]
    return [(resources[c], units) for c in codes if c in resources]


def _suite(task: Task, site: str) -> list[str]:
    if site != "VSP":
        return []
    project = task.project.code
    moved = [v for (p, start), v in MOVED.items() if p == project and task.name.startswith(start)]
    suite = moved[0] if moved else SUITES.get(project, DEFAULT_SUITE)
    return [code for code in suite if code]


# --------------------------------------------------------------------------- the stories


def capacity_stories(
    *,
    users: dict[str, User],
    sites: dict[str, Site],
    projects: dict[str, Project],
    counts: Tally,
    log: Callable[[str], None],
) -> list[Story]:
    """The register on the set-up day, its equipment links, the availability changes and
    each plan's demands on the day the plan was made. ``users``, ``sites`` and
    ``projects`` are the loader's dicts, still being filled: read when each step runs."""
    resources: dict[str, Resource] = {}
    stories = [
        _register_story(users, sites, resources, counts, log),
        _link_story(users, resources, log),
    ]
    stories += [_availability_story(spec, users, resources, counts, log) for spec in AVAILABILITY]
    for spec in PROJECTS:
        made = weekday(created_on(spec) + dt.timedelta(days=1))
        moment = at(made, "11:30", key=spec.code, zone=site_zone(spec.site))
        stories.append(
            _demand_story(
                spec.code, spec.team[0][0], moment, users, projects, resources, counts, log
            )
        )
    for code, manager, decided in _won_projects():
        moment = at(decided, "11:30", key=code)
        stories.append(
            _demand_story(code, manager, moment, users, projects, resources, counts, log)
        )
    from accord.capacity.demo_checks import check_stories

    return stories + check_stories(users=users, counts=counts, log=log)


def _won_projects() -> list[tuple[str, str, dt.date]]:
    """(code, project manager, the day it was won and planned) of the projects the demo
    wins from a proposal: their plan is the proposal's timeline, made on the win (at 10:00,
    in the demo's own time zone)."""
    from accord.demo.proposals import RFPS

    return [
        (spec.win.code, spec.win.pm, weekday(day(spec.decided)))
        for spec in RFPS
        if spec.win is not None
    ]


def _register_story(users, sites, resources, counts: Tally, log) -> Story:
    yield at(weekday(day(SETUP_ON), back=True), "11:00")
    for spec in RESOURCES:
        found = Resource.objects.filter(code=spec.code).select_related("site").first()
        if found is not None:
            resources[spec.code] = found
            counts.add(LABEL, False)
            continue
        keeper = users.get(KEEPERS[spec.site])
        with transaction.atomic():
            resource = Resource.objects.create(
                code=spec.code,
                name=spec.name,
                kind=spec.kind,
                role=spec.role,
                site=sites[spec.site],
                capacity=spec.capacity,
                unit=spec.unit,
                calendar=spec.calendar,
                description=spec.description,
                created_at=clock.now(),  # the model's default reads the wall clock
            )
            audit_record(
                actor=keeper,
                action="capacity.resource.created",
                target=resource,
                changes=created(snapshot(resource, _RESOURCE_FIELDS)),
            )
        resources[spec.code] = resource
        counts.add(LABEL, True)
        log(f"  + resource {resource.code}: {resource.name} ({spec.capacity} {spec.unit})")


_RESOURCE_FIELDS = ("code", "name", "kind", "role", "site", "capacity", "unit", "calendar")


def _link_story(users, resources: dict[str, Resource], log) -> Story:
    """The day the equipment demo registers Visp's equipment (560 days back), after it."""
    from accord.equipment.demo import QUALIFIED_DAYS_AGO
    from accord.equipment.models import Equipment

    registered = weekday(day(-(QUALIFIED_DAYS_AGO + 20)), back=True)
    yield at(registered, "13:00", zone=site_zone("VSP"))
    for spec in RESOURCES:
        resource = resources.get(spec.code)
        if not spec.equipment or resource is None or resource.equipment_id is not None:
            continue
        equipment = Equipment.objects.filter(code=spec.equipment).first()
        if equipment is None:
            continue
        with transaction.atomic():
            before = snapshot(resource, ("equipment",))
            resource.equipment = equipment
            resource.version += 1
            resource.save(update_fields=["equipment", "version"])
            audit_record(
                actor=users.get(KEEPERS["VSP"]),
                action="capacity.resource.updated",
                target=resource,
                changes=diff(before, snapshot(resource, ("equipment",))),
                reason=f"Linked to the register entry {equipment.code}",
            )
        log(f"  + resource {resource.code} linked to equipment {equipment.code}")


def _availability_story(spec: AvailabilitySpec, users, resources, counts: Tally, log) -> Story:
    site = spec.resource.split("-", 1)[0]
    yield at(weekday(day(spec.recorded)), "14:00", key=spec.reason, zone=site_zone(site))
    resource = resources.get(spec.resource)
    if resource is None:
        return
    starts = day(spec.starts)
    if Availability.objects.filter(resource=resource, starts_on=starts).exists():
        counts.add(LABEL, False)
        return
    keeper = users[KEEPERS[site]]
    with transaction.atomic():
        change = Availability.objects.create(
            resource=resource,
            starts_on=starts,
            ends_on=day(spec.ends) if spec.ends is not None else None,
            units=spec.units,
            reason=spec.reason,
            recorded_by=keeper,
            recorded_at=clock.now(),
        )
        audit_record(
            actor=keeper,
            action="capacity.availability.created",
            target=change,
            parent=resource,
            changes=created(snapshot(change, ("starts_on", "ends_on", "units", "reason"))),
        )
    counts.add(LABEL, True)
    log(f"  + {resource.code}: {spec.units} {resource.unit} from {starts} ({spec.reason})")


def _demand_story(
    code: str, manager: str, moment: dt.datetime, users, projects, resources, counts, log
) -> Story:
    """At ``moment``: an hour or more after the plan was drafted, on the same day."""
    yield moment
    project = projects.get(code) or Project.objects.filter(code=code).first()
    actor = users.get(manager)
    if project is None or actor is None:
        return
    tasks = list(
        Task.objects.filter(project=project, kind=Task.Kind.TASK).select_related(
            "project", "project__site"
        )
    )
    if not tasks:
        return
    if TaskDemand.objects.filter(task__project=project).exists():
        counts.add(LABEL, False)
        return
    rows = [(task, r, units) for task in tasks for r, units in task_demands(task, resources)]
    with transaction.atomic():
        for task, resource, units in rows:
            demand = TaskDemand.objects.create(task=task, resource=resource, units=units)
            audit_record(
                actor=actor,
                action="capacity.demand.created",
                target=demand,
                parent=task,
                changes=created({"resource": resource.code, "units": units}),
            )
    counts.add(LABEL, True)
    log(f"  + {project.code} resource demands: {len(rows)} on {len({t for t, _, _ in rows})} tasks")
