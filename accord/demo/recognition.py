"""The demo's recognition: who reports to whom at the CDMO, and the thanks of the last
months. Sponsors' people thank project managers, QA, scientists and operations people of
their projects, some on a meeting or a milestone they saw; colleagues thank each other.
Kudos are found again by (giver, message), so loading twice gives nothing new."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db.models import Q

from accord.accounts.models import User
from accord.accounts.services import user_update
from accord.demo.data import USERS
from accord.demo.story import SETUP_ON, Story, Tally, at, day, site_zone, weekday
from accord.meetings.models import Meeting
from accord.planning.models import Task
from accord.projects.models import Project
from accord.recognition.models import Kudos, KudosCategory
from accord.recognition.services import kudos_give

C = KudosCategory

# Whom each member of the staff reports to (the chief executive reports to nobody).
MANAGERS: dict[str, str] = {
    "markus.hoffmann": "exec.erin",
    "admin": "exec.erin",
    "bd.ben": "exec.erin",
    "claire.dubois": "bd.ben",
    "pm.alice": "exec.erin",
    "tobias.wenger": "pm.alice",
    "priya.raman": "markus.hoffmann",
    "jonas.becker": "priya.raman",
    "qa.quinn": "exec.erin",
    "lukas.meier": "qa.quinn",
    "sofia.marchetti": "qa.quinn",
    "hannah.schulz": "sofia.marchetti",
    "sme.sam": "exec.erin",
    "meilin.tan": "sme.sam",
    "rafael.costa": "sme.sam",
    "nora.aebischer": "sme.sam",
    "katrin.vogel": "markus.hoffmann",
    "ahmed.haddad": "markus.hoffmann",
    "elena.petrova": "markus.hoffmann",
    "ops.omar": "exec.erin",
    "stefan.zimmermann": "ops.omar",
    "yuki.nakamura": "ops.omar",
    "julia.wagner": "markus.hoffmann",
    "thomas.krueger": "markus.hoffmann",
}


@dataclass(frozen=True)
class KudosSpec:
    giver: str
    recipient: str
    day: int  # from the reference date
    category: str
    message: str
    project: str = ""  # the project whose meeting or milestone it is given on
    meeting: bool = False  # on the project's latest shared meeting before the day
    milestone: str = ""  # on this milestone of the project, reached before the day


KUDOS: tuple[KudosSpec, ...] = (
    KudosSpec(
        "kerrowan.contact",
        "tobias.wenger",
        -150,
        C.RESPONSIVENESS,
        "Tobias closed the PPQ tech transfer on the day he promised and answered our batch "
        "sequence question the same afternoon. That is the service our supply planning "
        "depends on.",
        "KRW-5512-PPQ",
        milestone="Tech transfer complete",
    ),
    KudosSpec(
        "hoshizora.quality",
        "qa.quinn",
        -100,
        C.QUALITY,
        "Quinn's release of the third validation batch came with a complete, right-first-time "
        "record; our supplier audit closed in one day with no major finding.",
        "HSZ-1120-SSQ",
        milestone="Validation batch 3 released (CoA issued)",
    ),
    KudosSpec(
        "kerrowan.manager",
        "priya.raman",
        -70,
        C.EXTRA_MILE,
        "Priya reorganised the suite schedule so that our drug substance campaign kept its "
        "slot despite the bioreactor repair. Thank you for fighting for our timeline.",
        "KRW-6120-DS",
        meeting=True,
    ),
    KudosSpec(
        "qa.quinn",
        "lukas.meier",
        -60,
        C.QUALITY,
        "Lukas took over the PPQ protocol review at two days' notice and found the sampling "
        "gap before the sponsor did. Calm, thorough and on time.",
    ),
    KudosSpec(
        "solvantis.contact",
        "elena.petrova",
        -55,
        C.EXPERTISE,
        "Elena's conjugation data answered our DAR questions before we had finished asking "
        "them. Her explanation of the free-drug results was the clearest we have had.",
        "SLV-204-ADC",
        meeting=True,
    ),
    KudosSpec(
        "hoshizora.manager",
        "katrin.vogel",
        -45,
        C.EXPERTISE,
        "Katrin's upstream work got the titre where our Phase 3 supply needs it. Our CMC "
        "team learned a lot from her comparability argument.",
        "HSZ-0904-DS",
        meeting=True,
    ),
    KudosSpec(
        "novabridge.manager",
        "pm.alice",
        -40,
        C.EXTRA_MILE,
        "Alice rebuilt the plan around the second-source starting material within a week and "
        "walked us through every consequence. Exactly the partner a virtual biotech needs.",
        "NVB-101-TT",
        meeting=True,
    ),
    KudosSpec(
        "pm.alice",
        "ops.omar",
        -35,
        C.TEAMWORK,
        "Omar found a reactor slot for the NovaBridge engineering batch when the plan had "
        "none. The sponsor never had to hear about the clash.",
    ),
    KudosSpec(
        "kerrowan.quality",
        "julia.wagner",
        -33,
        C.QUALITY,
        "Julia's QC team turned the release testing around three days early, with a complete "
        "and right-first-time data package. Our QP signed without a single query.",
        "KRW-7740-FF",
        meeting=True,
    ),
    KudosSpec(
        "priya.raman",
        "ahmed.haddad",
        -28,
        C.EXPERTISE,
        "Ahmed's viral clearance study design convinced the sponsor's regulatory team in one "
        "meeting. Thank you for the hours on the slides.",
    ),
    KudosSpec(
        "solvantis.quality",
        "sofia.marchetti",
        -25,
        C.QUALITY,
        "Sofia's batch record review was thorough and on time, and the release package "
        "needed no rework on our side.",
    ),
    KudosSpec(
        "aubrelle.manager",
        "hannah.schulz",
        -20,
        C.COMMUNICATION,
        "Hannah explained the cell bank release testing to our small team patiently and in "
        "plain words. We finally understand what we are waiting for and why.",
        "ABR-040-CLD",
        meeting=True,
    ),
    KudosSpec(
        "aubrelle.contact",
        "tobias.wenger",
        -15,
        C.RESPONSIVENESS,
        "Tobias sent the tox batch certificate the morning we needed it for the study start. "
        "Thank you for keeping our animal study on its date.",
    ),
    KudosSpec(
        "kerrowan.quality",
        "thomas.krueger",
        -9,
        C.TEAMWORK,
        "Thomas and the fill-finish team completed the transfer of our fill line on "
        "schedule, and invited us to every critical step. A model tech transfer.",
        "KRW-7740-FF",
        milestone="Tech transfer complete",
    ),
    KudosSpec(
        "novabridge.contact",
        "meilin.tan",
        -8,
        C.EXPERTISE,
        "Mei Lin's method transfer report answered every question our CRO had raised; the "
        "comparison tables saved us a round of queries.",
        "NVB-101-TT",
        milestone="Tech transfer complete",
    ),
    KudosSpec(
        "quillon.contact",
        "pm.alice",
        -10,
        C.COMMUNICATION,
        "Alice's weekly notes are the clearest of all our suppliers: what happened, what is "
        "next, what she needs from us. Our oligo team reads them first.",
        "QLN-450-OLI",
        meeting=True,
    ),
    KudosSpec(
        "ops.omar",
        "stefan.zimmermann",
        -8,
        C.EXTRA_MILE,
        "Stefan came in on Saturday to finish the containment checks so that the HPAPI "
        "campaign could start on Monday as promised.",
    ),
    KudosSpec(
        "solvantis.manager",
        "jonas.becker",
        -6,
        C.COMMUNICATION,
        "Jonas told us about the lyophilizer issue the day it happened, with a recovery plan. "
        "Bad news early and honestly: thank you.",
        "SLV-204-DP",
        meeting=True,
    ),
    KudosSpec(
        "kerrowan.contact",
        "yuki.nakamura",
        -3,
        C.RESPONSIVENESS,
        "Yuki found a qualified cold-chain carrier within hours when ours cancelled. The "
        "commercial shipment left on time.",
    ),
)


def recognition_stories(
    *, users: dict[str, User], counts: Tally, log: Callable[[str], None]
) -> list[Story]:
    # The people exist once the setup story has run: looked up then.
    return [_managers(users, log), *(_kudos(spec, users, counts, log) for spec in KUDOS)]


def _managers(users: dict[str, User], log: Callable[[str], None]) -> Story:
    """The day after the setup: the administrator records who reports to whom."""
    yield at(weekday(day(SETUP_ON + 1)), "09:00", key="managers")
    admin = users.get("admin")
    for username, manager_name in MANAGERS.items():
        person, manager = users.get(username), users.get(manager_name)
        if admin is None or person is None or manager is None:
            continue
        person.refresh_from_db()
        if person.manager_id is not None:
            continue  # set by an earlier load, or by the CDMO itself: theirs to keep
        user_update(
            actor=admin,
            user=person,
            first_name=person.first_name,
            last_name=person.last_name,
            email=person.email,
            job_title=person.job_title,
            roles=person.roles.all(),
            is_active=person.is_active,
            site=person.site,
            manager=manager,
        )
        log(f"  + {person.username} reports to {manager.username}")


def _context(spec: KudosSpec, on: dt.date) -> dict[str, object]:
    """The record it is given on: the project's latest shared meeting before ``on``, or
    the named milestone if it was reached before ``on``."""
    project = Project.objects.filter(code=spec.project).first() if spec.project else None
    if project is None:
        return {}
    if spec.meeting:
        meeting = (
            Meeting.objects.filter(project=project, shared_with_sponsor=True, held_on__lt=on)
            .order_by("-held_on", "-number")
            .first()
        )
        return {"meeting": meeting} if meeting else {}
    milestone = (
        Task.objects.filter(project=project, kind=Task.Kind.MILESTONE, name=spec.milestone)
        .filter(Q(actual_finish__lt=on) | Q(early_finish__lt=on))
        .first()
    )
    return {"milestone": milestone} if spec.milestone and milestone else {}


def _kudos(
    spec: KudosSpec, users: dict[str, User], counts: Tally, log: Callable[[str], None]
) -> Story:
    given = weekday(day(spec.day))
    site = next(person.site for person in USERS if person.username == spec.recipient)
    yield at(given, "11:00", key=spec.message, zone=site_zone(site))
    giver, recipient = users.get(spec.giver), users.get(spec.recipient)
    if giver is None or recipient is None:
        return
    if Kudos.objects.filter(giver=giver, message=spec.message).exists():
        counts.add("kudos", False)
        return
    try:
        kudos_give(
            actor=giver,
            recipient=recipient,
            message=spec.message,
            category=spec.category,
            **_context(spec, given),
        )
    except ValidationError as exc:
        log(f"  ! kudos from {giver.username} to {recipient.username} skipped: {exc.messages[0]}")
        return
    counts.add("kudos", True)
    log(f"  + kudos from {giver.username} to {recipient.username}")
