"""The demo's equipment at one site, on the story's days: fourteen pieces (suites, the
reactors R-101 and R-102, a filter dryer, chromatography, balances, a bioreactor ...),
each qualified by signed IQ, OQ and PQ records about a year and a half ago, with its
calibration and maintenance history since. Exactly one is on "Do not use": the floor
scale VSP-BAL-03, found out of tolerance at its last calibration, which raised a
deviation; exactly one has its calibration overdue: the UHPLC VSP-HPLC-02.

Each piece is a story (``accord.demo.story``): its steps run inside the story clock, so
the audit events and signatures fall on the story's days. Found again by code, so loading
twice gives nothing new.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from accord.accounts.models import Site, User
from accord.demo.data import DEMO_PASSWORD
from accord.demo.story import Story, Tally, at, site_zone, tell, weekday
from accord.equipment import services
from accord.equipment.models import Equipment, EquipmentKind, MaintenanceKind, Stage

LABEL = "equipment"

# Who does what; each is a key of ``staff_by_username``.
ENGINEER = "ops.omar"  # registers, executes the protocols, maintains
QA = "qa.quinn"  # approves the qualification records
LAB = "meilin.tan"  # calibrates the laboratory instruments
QUALIFIED_DAYS_AGO = 540  # IQ starts then; OQ and PQ follow


@dataclass(frozen=True)
class Spec:
    code: str
    name: str
    kind: str
    location: str
    manufacturer: str
    model: str
    calibration_days: int | None = None
    maintenance_days: int | None = None
    # Days ago of the last (good) calibration; its predecessors go back by the interval.
    calibrated_ago: int = 30
    lab: bool = False
    fate: str = ""  # "" (calibration current), "out_of_tolerance" or "overdue"
    in_use: bool = False  # a campaign runs on it (else: qualified and free)


SPECS = (
    Spec(
        "VSP-SUITE-A1",
        "API synthesis suite A1",
        EquipmentKind.SUITE,
        "Building 3, level 1",
        "",
        "",
        maintenance_days=365,
    ),
    Spec(
        "VSP-SUITE-B2",
        "HPAPI containment suite B2",
        EquipmentKind.SUITE,
        "Building 3, level 2",
        "",
        "",
        maintenance_days=365,
    ),
    Spec(
        "VSP-R-101",
        "Glass-lined reactor 1,000 L",
        EquipmentKind.REACTOR,
        "Suite A1",
        "De Dietrich",
        "AE 1000",
        365,
        180,
        calibrated_ago=75,
        in_use=True,
    ),
    Spec(
        "VSP-R-102",
        "Hastelloy reactor 630 L",
        EquipmentKind.REACTOR,
        "Suite B2",
        "Büchi",
        "HC 630",
        365,
        180,
        calibrated_ago=120,
    ),
    Spec(
        "VSP-AFD-4",
        "Agitated filter dryer AFD-4",
        EquipmentKind.OTHER,
        "Suite B2",
        "Heinkel",
        "Nutrex 0.6",
        365,
        180,
        calibrated_ago=200,
    ),
    Spec(
        "VSP-BR-201",
        "Single-use bioreactor 200 L",
        EquipmentKind.BIOREACTOR,
        "Suite A1",
        "Sartorius",
        "Biostat STR 200",
        365,
        180,
        calibrated_ago=90,
        in_use=True,
    ),
    Spec(
        "VSP-HPLC-01",
        "HPLC (assay and impurities)",
        EquipmentKind.CHROMATOGRAPHY,
        "QC laboratory, room 2.14",
        "Agilent",
        "1290 Infinity II",
        180,
        365,
        calibrated_ago=40,
        lab=True,
    ),
    Spec(
        "VSP-HPLC-02",
        "UHPLC (related substances)",
        EquipmentKind.CHROMATOGRAPHY,
        "QC laboratory, room 2.14",
        "Waters",
        "Acquity H-Class",
        180,
        365,
        calibrated_ago=195,
        lab=True,
        fate="overdue",
    ),
    Spec(
        "VSP-GC-01",
        "Gas chromatograph (residual solvents)",
        EquipmentKind.CHROMATOGRAPHY,
        "QC laboratory, room 2.16",
        "Agilent",
        "8890 with 7697A headspace",
        180,
        365,
        calibrated_ago=60,
        lab=True,
    ),
    Spec(
        "VSP-BAL-01",
        "Analytical balance 220 g",
        EquipmentKind.BALANCE,
        "QC laboratory, room 2.14",
        "Mettler Toledo",
        "XPR205",
        90,
        calibrated_ago=20,
        lab=True,
    ),
    Spec(
        "VSP-BAL-02",
        "Precision balance 6 kg",
        EquipmentKind.BALANCE,
        "Dispensing booth D1",
        "Mettler Toledo",
        "XSR6002S",
        90,
        calibrated_ago=35,
        lab=True,
    ),
    Spec(
        "VSP-BAL-03",
        "Floor scale 600 kg",
        EquipmentKind.BALANCE,
        "Dispensing booth D1",
        "Mettler Toledo",
        "PFK989",
        90,
        calibrated_ago=6,
        lab=True,
        fate="out_of_tolerance",
    ),
    Spec(
        "VSP-KF-01",
        "Karl Fischer titrator",
        EquipmentKind.OTHER,
        "QC laboratory, room 2.16",
        "Metrohm",
        "917 Coulometer",
        180,
        calibrated_ago=50,
        lab=True,
    ),
    Spec(
        "VSP-SC-01",
        "Stability chamber 25 °C / 60 % RH",
        EquipmentKind.OTHER,
        "Stability store, room 0.08",
        "Binder",
        "KBF 720",
        365,
        365,
        calibrated_ago=100,
    ),
)


def equipment_stories(
    *,
    site: Site | str,
    staff_by_username: dict[str, User],
    today: dt.date,
    password: str = DEMO_PASSWORD,
    counts: Tally | None = None,
) -> list[Story]:
    """One story per piece of equipment, for the demo loader's ``tell`` (so that its steps
    interleave with the rest of the demo in time order). ``site`` may be the site's code,
    and ``staff_by_username`` a dict still being filled: both are read when the first step
    runs. ``counts`` tallies the equipment created or found under "equipment"."""
    return [
        _story(
            spec,
            site,
            staff_by_username,
            today,
            password,
            counts if counts is not None else Tally(),
        )
        for spec in SPECS
    ]


def equipment_demo(
    *,
    site: Site,
    staff_by_username: dict[str, User],
    today: dt.date,
    password: str = DEMO_PASSWORD,
) -> list[Equipment]:
    """Load the demo's equipment at ``site`` on its own (days counted back from
    ``today``); returns it in code order. ``staff_by_username`` holds the ENGINEER, QA and
    LAB users. Inside the demo loader, pass ``equipment_stories`` to its ``tell`` instead:
    a separate ``tell`` after the rest would stamp every step after the rest's last one."""
    tell(
        equipment_stories(
            site=site, staff_by_username=staff_by_username, today=today, password=password
        )
    )
    return list(Equipment.objects.filter(code__in=[s.code for s in SPECS]).order_by("code"))


def _story(
    spec: Spec,
    site: Site | str,
    staff: dict[str, User],
    today: dt.date,
    password: str,
    counts: Tally,
) -> Story:
    zone = site_zone(site if isinstance(site, str) else site.code)

    def date(days_ago: int) -> dt.date:
        return weekday(today - dt.timedelta(days=days_ago), back=True)

    def on(days_ago: int, time: str) -> dt.datetime:
        return at(date(days_ago), time, key=spec.code, zone=zone)

    yield on(QUALIFIED_DAYS_AGO + 20, "09:00")
    if isinstance(site, str):
        site = Site.objects.get(code=site)
    engineer, qa = staff[ENGINEER], staff[QA]
    calibrator = staff[LAB] if spec.lab else engineer
    if Equipment.objects.filter(code=spec.code).exists():
        counts.add(LABEL, False)
        return
    counts.add(LABEL, True)
    equipment = services.equipment_register(
        actor=engineer,
        details=services.EquipmentDetails(
            code=spec.code,
            name=spec.name,
            kind=spec.kind,
            site=site,
            location=spec.location,
            manufacturer=spec.manufacturer,
            model=spec.model,
            owner=calibrator,
            calibration_interval_days=spec.calibration_days,
            maintenance_interval_days=spec.maintenance_days,
        ),
    )
    steps: list[tuple[int, str, object]] = []
    for offset, stage in ((0, Stage.IQ), (14, Stage.OQ), (35, Stage.PQ)):
        steps.append((QUALIFIED_DAYS_AGO - offset, "14:00", ("qualify", stage)))
    if spec.calibration_days:
        # Calibrated before IQ, then on its interval up to its last good calibration.
        steps.append((QUALIFIED_DAYS_AGO + 5, "11:00", ("calibrate", "in_tolerance")))
        last_good = spec.calibrated_ago
        if spec.fate == "out_of_tolerance":
            last_good += spec.calibration_days
            steps.append((spec.calibrated_ago, "15:30", ("calibrate", "out_of_tolerance")))
        days_ago = last_good
        while days_ago <= QUALIFIED_DAYS_AGO - 40:
            steps.append((days_ago, "11:00", ("calibrate", "in_tolerance")))
            days_ago += spec.calibration_days
    if spec.maintenance_days:
        days_ago = QUALIFIED_DAYS_AGO - 60
        while days_ago > 3:
            steps.append((days_ago, "08:00", ("maintain", None)))
            days_ago -= spec.maintenance_days
    if spec.in_use:
        steps.append((10, "16:00", ("use", None)))
    for days_ago, time, (what, detail) in sorted(steps, key=lambda s: (-s[0], s[1])):
        yield on(days_ago, time)
        if what == "qualify":
            record = services.qualification_record(
                actor=engineer,
                equipment=equipment,
                stage=detail,
                protocol=f"{detail.upper()}-{spec.code.removeprefix('VSP-')}-01",
                executed_on=date(days_ago),
                result="pass",
                summary=_summary(detail, spec),
            )
            yield on(days_ago - 2, "10:30")
            services.qualification_approve(
                actor=qa, record=record, username=qa.username, password=password, acknowledge=True
            )
        elif what == "calibrate":
            _calibrate(equipment, calibrator, date(days_ago), detail, investigator=qa)
        elif what == "maintain":
            services.maintenance_record(
                actor=engineer,
                equipment=equipment,
                performed_on=date(days_ago),
                kind=MaintenanceKind.PREVENTIVE,
                description="Preventive maintenance to the maintenance plan: seals, drives "
                "and sensors checked; nothing found.",
                performed_by=engineer,
            )
        else:
            equipment.refresh_from_db()
            services.equipment_set_status(
                actor=engineer,
                equipment=equipment,
                status="in_use",
                reason="The current campaign runs on it.",
                version=None,
            )


def _calibrate(
    equipment: Equipment, calibrator: User, day: dt.date, result: str, investigator: User
) -> None:
    short = equipment.code.removeprefix("VSP-")
    if result == "in_tolerance":
        services.calibration_record(
            actor=calibrator,
            equipment=equipment,
            performed_on=day,
            performed_by=calibrator,
            result=result,
            as_found="Every test point within tolerance.",
            as_left="No adjustment needed.",
            certificate=f"CAL-{short}-{day:%y%m%d}",
        )
        return
    services.calibration_record(
        actor=calibrator,
        equipment=equipment,
        performed_on=day,
        performed_by=calibrator,
        result=result,
        as_found="300 kg test weight read 301.2 kg (tolerance ± 0.6 kg); linearity out at "
        "the upper range.",
        as_left="Not adjusted: the load cell is to be replaced by the vendor.",
        certificate=f"CAL-{short}-{day:%y%m%d}",
        deviation=services.DeviationRequest(
            classification="minor",
            rationale="Dispensed quantities since the last good calibration were weighed "
            "with a second balance check; the impact is expected to be nil but is assessed.",
            owner=investigator,
        ),
    )


SUMMARIES = {
    Stage.IQ: "Installed to the approved drawings; utilities, materials of construction and "
    "documentation verified.",
    Stage.OQ: "Operated over its full operating ranges; alarms and interlocks challenged; "
    "all acceptance criteria met.",
    Stage.PQ: "Three consecutive runs under routine conditions met the acceptance criteria.",
}


def _summary(stage: str, spec: Spec) -> str:
    return f"{spec.name}: {SUMMARIES[Stage(stage)]}"
