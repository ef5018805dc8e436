"""The demo's quality agreements: every sponsor's, drafted by a QA specialist and
approved by the Head of QA with a signature, on the story's days. Kerrowan, the big
pharma sponsor, tightened its terms this year: its second revision took over from its
effective date, the first stays for the events before. Found again by (sponsor,
revision), so loading twice gives nothing new."""

from __future__ import annotations

from dataclasses import dataclass

from accord.accounts.models import Organization, User
from accord.demo.data import DEMO_PASSWORD
from accord.demo.story import SETUP_ON, Story, Tally, at, day, weekday
from accord.quality.models import QualityAgreement
from accord.quality.services import Contact, Terms, agreement_approve, agreement_draft

ALL = ""  # every product of the sponsor


@dataclass(frozen=True)
class AgreementSpec:
    sponsor: str
    revision: int
    drafted_on: int  # days from the reference date
    approved_after: int  # days later
    effective_after: int  # days after approval
    drafter: str
    title: str
    summary_days: int
    notify: dict[str, int]
    approvals: tuple[tuple[str, str], ...]
    contacts: tuple[str, ...]  # usernames of the sponsor's quality contacts


AGREEMENTS: tuple[AgreementSpec, ...] = (
    AgreementSpec(
        "Kerrowan",
        1,
        SETUP_ON + 20,
        6,
        7,
        "lukas.meier",
        "Kerrowan Pharmaceuticals quality agreement (API and drug product)",
        10,
        {"critical": 24, "major": 72},
        (("process", ALL), ("specification", ALL), ("supplier", ALL)),
        ("kerrowan.quality", "kerrowan.manager"),
    ),
    AgreementSpec(
        "Kerrowan",
        2,
        -150,
        8,
        14,
        "sofia.marchetti",
        "Kerrowan Pharmaceuticals quality agreement, revision 2 (schedule 4 service levels)",
        5,
        {"critical": 24, "major": 48},
        (
            ("process", ALL),
            ("specification", ALL),
            ("supplier", ALL),
            ("equipment", ALL),
            ("computerized_system", ALL),
        ),
        ("kerrowan.quality", "kerrowan.manager"),
    ),
    AgreementSpec(
        "NovaBridge",
        1,
        -80,
        5,
        3,
        "lukas.meier",
        "NovaBridge Therapeutics quality agreement (clinical supply)",
        15,
        {"critical": 48, "major": 72},
        (("process", ALL), ("specification", ALL)),
        ("novabridge.manager",),
    ),
    AgreementSpec(
        "Solvantis",
        1,
        SETUP_ON + 120,
        7,
        7,
        "sofia.marchetti",
        "Solvantis Biotherapeutics quality agreement (ADC drug substance and product)",
        10,
        {"critical": 24, "major": 72},
        (("process", ALL), ("method", ALL), ("supplier", "linker-payload")),
        ("solvantis.quality", "solvantis.manager"),
    ),
    AgreementSpec(
        "Aubrelle",
        1,
        SETUP_ON + 200,
        4,
        10,
        "hannah.schulz",
        "Aubrelle Bio quality agreement (cell line development)",
        15,
        {"critical": 72},
        (("method", ALL),),
        ("aubrelle.manager",),
    ),
    AgreementSpec(
        "Hoshizora",
        1,
        SETUP_ON + 60,
        9,
        5,
        "lukas.meier",
        "Hoshizora Pharmaceutical quality agreement (API second source)",
        10,
        {"critical": 24, "major": 72, "minor": 240},
        (
            ("process", ALL),
            ("specification", ALL),
            ("facility", ALL),
            ("document", "SSQ batch records"),
        ),
        ("hoshizora.quality", "hoshizora.manager"),
    ),
    AgreementSpec(
        "Quillon",
        1,
        SETUP_ON + 300,
        5,
        7,
        "hannah.schulz",
        "Quillon Therapeutics quality agreement (oligonucleotide API)",
        10,
        {"critical": 24, "major": 72},
        (("process", ALL), ("supplier", "phosphoramidites")),
        ("quillon.manager",),
    ),
)


def quality_stories(
    *, users: dict[str, User], sponsors: dict[str, Organization], counts: Tally
) -> list[Story]:
    return [_agreement(spec, users, sponsors, counts) for spec in AGREEMENTS]


def _agreement(
    spec: AgreementSpec, users: dict[str, User], sponsors: dict[str, Organization], counts: Tally
) -> Story:
    drafted = weekday(day(spec.drafted_on))
    yield at(drafted, "10:30", key=f"qag-{spec.sponsor}-{spec.revision}-draft")
    sponsor = sponsors[spec.sponsor]
    existing = QualityAgreement.objects.filter(sponsor=sponsor, revision=spec.revision).first()
    if existing is not None:
        counts.add("quality agreements", False)
        return
    approved_on = weekday(day(spec.drafted_on + spec.approved_after))
    contacts = [users[name] for name in spec.contacts]
    draft = agreement_draft(
        actor=users[spec.drafter],
        sponsor=sponsor,
        terms=Terms(
            title=spec.title,
            effective_from=day(spec.drafted_on + spec.approved_after + spec.effective_after),
            summary_days=spec.summary_days,
            notify=spec.notify,
            approvals=spec.approvals,
            contacts=[
                Contact(u.printed_name, u.email, u.job_title, user=u) for u in contacts if u.email
            ],
        ),
    )
    yield at(approved_on, "15:45", key=f"qag-{spec.sponsor}-{spec.revision}-approve")
    agreement_approve(
        actor=users["qa.quinn"],
        agreement=draft,
        username="qa.quinn",
        password=DEMO_PASSWORD,
        version=draft.version,
        acknowledge=True,
    )
    counts.add("quality agreements", True)
