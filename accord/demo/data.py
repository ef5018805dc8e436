"""The fixed demo dataset: the CDMO, its sites, sponsors, people and projects."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from django.utils import timezone

from accord.accounts import roles as R
from accord.accounts.models import Organization

# A published demo password, printed by ``accord demo``: not a secret.
DEMO_PASSWORD = "accord-demo-2026!"  # noqa: S105

SEED = 20261125
# Pins the demo's "today" (YYYY-MM-DD) for reproducible data; unset, it is this week.
DEMO_DATE_VARIABLE = "ACCORD_DEMO_DATE"

CDMO_SHORT_NAME = "HBC"
CDMO_DOMAIN = "hbc-cdmo.example"


class DemoConflict(Exception):
    """Existing data contradicts the demo dataset (e.g. a short name used differently)."""


# --------------------------------------------------------------------------- the demo's today

_reference: ContextVar[dt.date | None] = ContextVar("demo_reference_date", default=None)


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def reference_date_for(today: dt.date | None = None) -> dt.date:
    """The demo's "today": the Monday of the week of ``today``, of the date in
    ``ACCORD_DEMO_DATE``, or of the current week.

    Every demo date is an offset from it, so the demo looks live whenever it is loaded,
    and a Monday keeps the plans' weekday alignment whatever the week.
    """
    if today is None:
        pinned = os.environ.get(DEMO_DATE_VARIABLE, "").strip()
        if pinned:
            try:
                today = dt.date.fromisoformat(pinned)
            except ValueError as exc:
                raise DemoConflict(
                    f"{DEMO_DATE_VARIABLE}={pinned!r} is not a date; write it as YYYY-MM-DD."
                ) from exc
        else:
            today = timezone.localdate()
    return monday_of(today)


def reference_date() -> dt.date:
    """The reference date of the load in progress (or the one a load would use now)."""
    return _reference.get() or reference_date_for()


@contextmanager
def reference_date_set(day: dt.date) -> Iterator[dt.date]:
    """Make ``day`` the demo's reference date for the duration of a load."""
    token = _reference.set(day)
    try:
        yield day
    finally:
        _reference.reset(token)


# --------------------------------------------------------------------------- specs


@dataclass(frozen=True)
class OrganizationSpec:
    short_name: str
    name: str
    kind: str
    country: str
    website: str
    sponsor_type: str = ""
    slug: str = ""  # sponsor usernames and e-mail domain

    @property
    def domain(self) -> str:
        return f"{self.slug}.example" if self.slug else CDMO_DOMAIN


@dataclass(frozen=True)
class SiteSpec:
    code: str
    name: str
    city: str
    country: str
    capabilities: str
    time_zone: str
    country_code: str = ""  # whose public holidays the site keeps (the holidays package)
    subdivision: str = ""


@dataclass(frozen=True)
class UserSpec:
    username: str
    first_name: str
    last_name: str
    roles: tuple[str, ...]
    job_title: str
    organization: str  # short name
    site: str | None = None  # site code (CDMO staff only)

    def email(self, domain: str) -> str:
        local = f"{_ascii(self.first_name)}.{_ascii(self.last_name)}".lower().replace(" ", "")
        return f"{local}@{domain}"


@dataclass(frozen=True)
class ProjectSpec:
    code: str
    sponsor: str  # short name
    title: str
    molecule: str
    modality: str
    phase: str
    status: str
    site: str
    start_offset: int  # days from the reference date
    duration: int  # days
    description: str
    team: tuple[tuple[str, str], ...]  # (username, responsibility)

    @property
    def start_date(self) -> dt.date:
        return reference_date() + dt.timedelta(days=self.start_offset)

    @property
    def target_end_date(self) -> dt.date:
        return self.start_date + dt.timedelta(days=self.duration)


@dataclass(frozen=True)
class DocumentSpec:
    project: str  # project code
    title: str
    filename: str
    visibility: str
    content: bytes
    day: int = 0  # uploaded on this day, from the reference date


def _ascii(text: str) -> str:
    table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "é": "e", "è": "e", "ç": "c"})
    return text.lower().translate(table)


SV = "virtual_biotech"
SB = "biotech"
SP = "big_pharma"

CDMO = OrganizationSpec(
    short_name=CDMO_SHORT_NAME,
    name="Helvetia Biologics & Chemistry AG",
    kind=Organization.Kind.CDMO,
    country="Switzerland",
    website=f"https://{CDMO_DOMAIN}",
)

SPONSORS: tuple[OrganizationSpec, ...] = (
    OrganizationSpec(
        "NovaBridge",
        "NovaBridge Therapeutics Inc.",
        Organization.Kind.SPONSOR,
        "United States",
        "https://novabridge.example",
        SV,
        "novabridge",
    ),
    OrganizationSpec(
        "Solvantis",
        "Solvantis Biotherapeutics GmbH",
        Organization.Kind.SPONSOR,
        "Germany",
        "https://solvantis.example",
        SB,
        "solvantis",
    ),
    OrganizationSpec(
        "Kerrowan",
        "Kerrowan Pharmaceuticals plc",
        Organization.Kind.SPONSOR,
        "United Kingdom",
        "https://kerrowan.example",
        SP,
        "kerrowan",
    ),
    OrganizationSpec(
        "Aubrelle",
        "Aubrelle Bio SAS",
        Organization.Kind.SPONSOR,
        "France",
        "https://aubrelle.example",
        SV,
        "aubrelle",
    ),
    OrganizationSpec(
        "Hoshizora",
        "Hoshizora Pharmaceutical Co., Ltd.",
        Organization.Kind.SPONSOR,
        "Japan",
        "https://hoshizora.example",
        SP,
        "hoshizora",
    ),
    OrganizationSpec(
        "Quillon",
        "Quillon Therapeutics AB",
        Organization.Kind.SPONSOR,
        "Sweden",
        "https://quillon.example",
        SB,
        "quillon",
    ),
)

SITES: tuple[SiteSpec, ...] = (
    SiteSpec(
        "VSP",
        "Visp API Campus",
        "Visp",
        "Switzerland",
        "Small-molecule API, HPAPI (OEB 5 containment), process chemistry, process safety "
        "(DSC/ARC), peptides and oligonucleotides, analytical development and QC",
        "Europe/Zurich",
        "CH",
        "VS",  # Valais
    ),
    SiteSpec(
        "SGN",
        "Singen Biologics & ADC Center",
        "Singen",
        "Germany",
        "Mammalian cell culture (2 x 2,000 L single-use), mAb downstream processing, "
        "ADC conjugation (OEB 5), sterile fill-finish (vials), biologics QC",
        "Europe/Berlin",
        "DE",
        "BW",  # Baden-Württemberg
    ),
)

PM = R.PROJECT_MANAGER
QA = R.QUALITY_ASSURANCE
SME = R.SUBJECT_MATTER_EXPERT
OPS = R.OPERATIONS
BD = R.BUSINESS_DEVELOPMENT
EXE = R.EXECUTIVE
ADM = R.ADMINISTRATOR
SMGR = R.SPONSOR_MANAGER
SCON = R.SPONSOR_CONTACT


def _staff(username, first, last, role, title, site) -> UserSpec:
    return UserSpec(username, first, last, (role,), title, CDMO_SHORT_NAME, site)


STAFF: tuple[UserSpec, ...] = (
    _staff("admin", "Daniel", "Brunner", ADM, "Business Systems Administrator", "VSP"),
    _staff("exec.erin", "Erin", "Lindqvist", EXE, "Chief Executive Officer", "VSP"),
    _staff("markus.hoffmann", "Markus", "Hoffmann", EXE, "Site Head, Singen", "SGN"),
    _staff("bd.ben", "Benjamin", "Okafor", BD, "Director Business Development", "VSP"),
    _staff(
        "claire.dubois", "Claire", "Dubois", BD, "Business Development Manager, Biologics", "SGN"
    ),
    _staff("pm.alice", "Alice", "Keller", PM, "Senior Project Manager", "VSP"),
    _staff("tobias.wenger", "Tobias", "Wenger", PM, "Project Manager", "VSP"),
    _staff("priya.raman", "Priya", "Raman", PM, "Senior Project Manager, Biologics", "SGN"),
    _staff("jonas.becker", "Jonas", "Becker", PM, "Project Manager, ADC", "SGN"),
    _staff("qa.quinn", "Quinn", "Fischer", QA, "Head of QA", "VSP"),
    _staff("lukas.meier", "Lukas", "Meier", QA, "QA Specialist, API", "VSP"),
    _staff("sofia.marchetti", "Sofia", "Marchetti", QA, "QA Manager, Batch Release (QP)", "SGN"),
    _staff("hannah.schulz", "Hannah", "Schulz", QA, "QA Specialist, Biologics", "SGN"),
    _staff("sme.sam", "Samuel", "Rossi", SME, "Process Chemistry Lead", "VSP"),
    _staff("meilin.tan", "Mei Lin", "Tan", SME, "Analytical Development Lead", "VSP"),
    _staff("rafael.costa", "Rafael", "Costa", SME, "Process Safety Specialist", "VSP"),
    _staff("nora.aebischer", "Nora", "Aebischer", SME, "Regulatory CMC Lead", "VSP"),
    _staff("katrin.vogel", "Katrin", "Vogel", SME, "Upstream Process Development Lead", "SGN"),
    _staff("ahmed.haddad", "Ahmed", "Haddad", SME, "Downstream Process Development Lead", "SGN"),
    _staff("elena.petrova", "Elena", "Petrova", SME, "Conjugation Chemistry Lead", "SGN"),
    _staff("ops.omar", "Omar", "Benali", OPS, "Head of Manufacturing Operations", "VSP"),
    _staff("stefan.zimmermann", "Stefan", "Zimmermann", OPS, "Production Manager, HPAPI", "VSP"),
    _staff("yuki.nakamura", "Yuki", "Nakamura", OPS, "Supply Chain Manager", "VSP"),
    _staff("julia.wagner", "Julia", "Wagner", OPS, "QC Laboratory Manager, Biologics", "SGN"),
    _staff("thomas.krueger", "Thomas", "Krüger", OPS, "Fill-Finish Operations Manager", "SGN"),
)


def _sponsor(username, first, last, role, title, org) -> UserSpec:
    return UserSpec(username, first, last, (role,), title, org)


SPONSOR_USERS: tuple[UserSpec, ...] = (
    _sponsor("novabridge.manager", "Rachel", "Whitfield", SMGR, "VP CMC", "NovaBridge"),
    _sponsor(
        "novabridge.contact", "Marcus", "Delgado", SCON, "Associate Director CMC", "NovaBridge"
    ),
    _sponsor("solvantis.manager", "Katharina", "Brandt", SMGR, "Head of CMC", "Solvantis"),
    _sponsor("solvantis.contact", "Felix", "Hartmann", SCON, "ADC Process Scientist", "Solvantis"),
    _sponsor("solvantis.quality", "Anja", "Roth", SCON, "Quality Assurance Manager", "Solvantis"),
    _sponsor(
        "kerrowan.manager",
        "Oliver",
        "Pembroke",
        SMGR,
        "External Manufacturing Director",
        "Kerrowan",
    ),
    _sponsor("kerrowan.contact", "Fiona", "MacLeod", SCON, "External Supply Manager", "Kerrowan"),
    _sponsor("kerrowan.quality", "Samir", "Patel", SCON, "Supplier Quality Lead", "Kerrowan"),
    _sponsor("aubrelle.manager", "Camille", "Laurent", SMGR, "Chief Operating Officer", "Aubrelle"),
    _sponsor("aubrelle.contact", "Julien", "Marchand", SCON, "CMC Consultant", "Aubrelle"),
    _sponsor("hoshizora.manager", "Kenji", "Watanabe", SMGR, "General Manager, CMC", "Hoshizora"),
    _sponsor(
        "hoshizora.contact", "Aiko", "Saito", SCON, "Biologics Technology Manager", "Hoshizora"
    ),
    _sponsor("hoshizora.quality", "Daisuke", "Mori", SCON, "GMP Auditor, Quality", "Hoshizora"),
    _sponsor("quillon.manager", "Ingrid", "Sundqvist", SMGR, "VP Technical Operations", "Quillon"),
    _sponsor("quillon.contact", "Erik", "Holm", SCON, "Oligonucleotide CMC Lead", "Quillon"),
)

USERS: tuple[UserSpec, ...] = STAFF + SPONSOR_USERS

_LOGIN_USERNAMES: tuple[str, ...] = (
    "admin",
    "exec.erin",
    "bd.ben",
    "pm.alice",
    "qa.quinn",
    "sme.sam",
    "ops.omar",
    "novabridge.manager",
    "novabridge.contact",
    "solvantis.manager",
    "solvantis.contact",
    "kerrowan.manager",
)
