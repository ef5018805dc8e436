"""The demo sponsor relationships: a profile, key contacts, logged interactions (with the
CDMO's rapport notes) and follow-ups for each of the six demo sponsors.

Interactions fall in the months before the reference date; some follow-ups are done,
some are overdue at the reference date and some are due in the week after it, so the
relationship health badges and "My work" have something to say. Everything goes through
the client services, with the sponsor's business development lead as the actor.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from accord.accounts.models import Organization, User
from accord.clients.models import FollowUp, Interaction, KeyContact, SponsorProfile
from accord.clients.services import (
    followup_add,
    followup_close,
    interaction_log,
    key_contact_add,
    sponsor_profile_save,
)
from accord.demo.data import reference_date
from accord.demo.story import SETUP_ON, Story, Tally, at, tell, weekday

_R = KeyContact.DecisionRole
_K = Interaction.Kind


@dataclass(frozen=True)
class ContactSpec:
    name: str
    title: str
    role: str
    phone: str
    username: str = ""  # their portal account, if any
    primary: bool = False


@dataclass(frozen=True)
class FollowUpSpec:
    description: str
    owner: str  # username
    due: int  # days from the reference date
    done: int | None = None  # days from the reference date; None: still open


@dataclass(frozen=True)
class InteractionSpec:
    kind: str
    on: int  # days from the reference date
    subject: str
    summary: str
    contacts: tuple[str, ...]
    attendees: tuple[str, ...]
    rapport_notes: str = ""
    concern: bool = False
    follow_ups: tuple[FollowUpSpec, ...] = ()


@dataclass(frozen=True)
class ClientSpec:
    sponsor: str  # short name
    lead: str  # the business development lead who keeps the records
    modalities: tuple[str, ...]
    regions: tuple[str, ...]
    cadence: str
    report_format: str
    time_zone: str
    language: str
    success: str
    resources: str
    readiness: str
    context: str
    strategies: str
    trendsetter: bool
    contacts: tuple[ContactSpec, ...]
    interactions: tuple[InteractionSpec, ...]


CLIENTS: tuple[ClientSpec, ...] = (
    ClientSpec(
        sponsor="NovaBridge",
        lead="bd.ben",
        modalities=("small_molecule", "monoclonal_antibody"),
        regions=("north_america", "europe"),
        cadence="weekly",
        report_format="slides",
        time_zone="America/New_York",
        language="en",
        success="NVB-101 Phase 1 material released on time for the IND amendment, and a "
        "partner who tells them early what they do not know about CMC.",
        resources="Four people in total; the CMC function is one VP and an associate "
        "director. Cash runway to the Series B close only.",
        readiness="Technology package from a CRO with gaps in IPC limits and impurity "
        "methods; no internal analytical lab.",
        context="Series B investors want Phase 1 dosing before the round closes.",
        strategies="Weekly steering call with a written decision log; we flag sponsor "
        "decisions two weeks ahead and propose a default for each.",
        trendsetter=False,
        contacts=(
            ContactSpec(
                "Rachel Whitfield",
                "VP CMC",
                _R.DECISION_MAKER,
                "+1 617 555 0142",
                "novabridge.manager",
                primary=True,
            ),
            ContactSpec(
                "Marcus Delgado",
                "Associate Director CMC",
                _R.TECHNICAL_LEAD,
                "+1 617 555 0178",
                "novabridge.contact",
            ),
            ContactSpec("Laura Chen", "Chief Financial Officer", _R.FINANCE, "+1 617 555 0101"),
        ),
        interactions=(
            InteractionSpec(
                _K.CALL,
                -40,
                "Gap list of the CRO technology package",
                "Walked through the eleven open gaps; NovaBridge answers the IPC questions "
                "within two weeks and asks the CRO for raw data on steps 2 and 5.",
                ("Rachel Whitfield", "Marcus Delgado"),
                ("bd.ben", "pm.alice", "sme.sam"),
                "Rachel is stretched thin and apologetic about the CRO package; keep the "
                "tone supportive, not a list of their failures.",
                follow_ups=(
                    FollowUpSpec(
                        "Send the annotated gap list with a proposed default per item",
                        "pm.alice",
                        -36,
                        -37,
                    ),
                ),
            ),
            InteractionSpec(
                _K.MEETING,
                -12,
                "Starting material slip: impact on the Phase 1 date",
                "Explained the three-week slip of the second-source lot and the recovery "
                "plan; NovaBridge worried about the Series B timeline.",
                ("Rachel Whitfield", "Laura Chen"),
                ("bd.ben", "pm.alice"),
                "The CFO joined unannounced: the slip is now a board topic. Rachel asked "
                "us off the record to help her with the story for investors.",
                concern=True,
                follow_ups=(
                    FollowUpSpec(
                        "Send a one-page recovery plan the CFO can show the board",
                        "pm.alice",
                        -5,
                    ),
                    FollowUpSpec(
                        "Offer a third starting-material source with qualification cost",
                        "bd.ben",
                        4,
                    ),
                ),
            ),
        ),
    ),
    ClientSpec(
        sponsor="Solvantis",
        lead="claire.dubois",
        modalities=("adc", "hpapi", "sterile_dp"),
        regions=("europe", "north_america"),
        cadence="biweekly",
        report_format="written",
        time_zone="Europe/Berlin",
        language="de",
        success="SLV-204 in the clinic with one CDMO for linker-payload, conjugation and "
        "fill-finish: one quality agreement, one schedule.",
        resources="A strong ADC process team but only one QA manager for all suppliers.",
        readiness="Conjugation process well understood; linker-payload supply chain "
        "fragile after the failed identity test.",
        context="A competitor's ADC against the same target reads out Phase 1 next year.",
        strategies="Integrated schedule across the three projects reviewed every two weeks; "
        "QA-to-QA call monthly to spread the load on their QA manager.",
        trendsetter=True,
        contacts=(
            ContactSpec(
                "Katharina Brandt",
                "Head of CMC",
                _R.DECISION_MAKER,
                "+49 89 5550 2210",
                "solvantis.manager",
                primary=True,
            ),
            ContactSpec(
                "Felix Hartmann",
                "ADC Process Scientist",
                _R.TECHNICAL_LEAD,
                "+49 89 5550 2234",
                "solvantis.contact",
            ),
            ContactSpec(
                "Anja Roth",
                "Quality Assurance Manager",
                _R.QUALITY,
                "+49 89 5550 2251",
                "solvantis.quality",
            ),
        ),
        interactions=(
            InteractionSpec(
                _K.VISIT,
                -55,
                "Solvantis visit to the Singen ADC suite",
                "Tour of the OEB 5 conjugation suite and the lyophilizer; agreed the "
                "integrated schedule format.",
                ("Katharina Brandt", "Felix Hartmann"),
                ("claire.dubois", "jonas.becker", "elena.petrova"),
                "Felix is the real technical decision maker; Katharina follows his lead "
                "on process questions.",
            ),
            InteractionSpec(
                _K.CALL,
                -8,
                "Linker-payload lot failed identity testing",
                "Told Solvantis of the failed identity test on the linker-payload lot and "
                "the re-supply plan; they asked for the investigation report.",
                ("Katharina Brandt", "Anja Roth"),
                ("claire.dubois", "jonas.becker", "sofia.marchetti"),
                "Anja was sharp on the call; she has been burned by a supplier before. "
                "Send documents before she has to ask.",
                concern=True,
                follow_ups=(
                    FollowUpSpec(
                        "Share the preliminary investigation summary with Solvantis QA",
                        "sofia.marchetti",
                        -3,
                    ),
                    FollowUpSpec(
                        "Propose revised conjugation dates once the re-supply is confirmed",
                        "jonas.becker",
                        3,
                    ),
                ),
            ),
        ),
    ),
    ClientSpec(
        sponsor="Kerrowan",
        lead="bd.ben",
        modalities=("small_molecule", "hpapi", "sterile_dp", "monoclonal_antibody"),
        regions=("europe", "north_america", "asia_pacific"),
        cadence="monthly",
        report_format="portal",
        time_zone="Europe/London",
        language="en",
        success="Supply on time in full every quarter, no critical audit finding, and a "
        "supplier scorecard in the top quartile.",
        resources="Procurement-led; many parallel projects compete for their attention.",
        readiness="Mature quality system; strict quality agreement with 24-hour "
        "notification of major deviations.",
        context="Consolidating their supplier base from nine CDMOs to four by 2028.",
        strategies="Quarterly business review with the scorecard; one PM as single point "
        "of contact across their projects.",
        trendsetter=True,
        contacts=(
            ContactSpec(
                "Oliver Pembroke",
                "External Manufacturing Director",
                _R.DECISION_MAKER,
                "+44 20 7946 0311",
                "kerrowan.manager",
                primary=True,
            ),
            ContactSpec(
                "Fiona MacLeod",
                "External Supply Manager",
                _R.PROJECT_LEAD,
                "+44 20 7946 0325",
                "kerrowan.contact",
            ),
            ContactSpec(
                "Samir Patel",
                "Supplier Quality Lead",
                _R.QUALITY,
                "+44 20 7946 0340",
                "kerrowan.quality",
            ),
            ContactSpec(
                "Gemma Hollis", "Category Manager, API", _R.PROCUREMENT, "+44 20 7946 0399"
            ),
        ),
        interactions=(
            InteractionSpec(
                _K.MEETING,
                -30,
                "Quarterly business review Q4",
                "Scorecard: OTIF 96 %, two minor audit observations closed. Kerrowan "
                "previewed the supplier consolidation programme.",
                ("Oliver Pembroke", "Fiona MacLeod", "Gemma Hollis"),
                ("bd.ben", "exec.erin", "pm.alice"),
                "Gemma hinted that price will decide between us and one other CDMO for "
                "the 2027 volumes; Oliver values reliability more.",
                follow_ups=(
                    FollowUpSpec(
                        "Send the capacity outlook for 2027-2028 commercial volumes",
                        "bd.ben",
                        -20,
                        -18,
                    ),
                ),
            ),
            InteractionSpec(
                _K.EMAIL,
                -6,
                "PPQ batch 2: process change decision",
                "Asked Kerrowan to decide on the proposed change to the crystallization "
                "hold time before batch 2.",
                ("Fiona MacLeod", "Samir Patel"),
                ("pm.alice",),
                follow_ups=(
                    FollowUpSpec(
                        "Chase the decision on the crystallization hold time",
                        "pm.alice",
                        1,
                    ),
                ),
            ),
        ),
    ),
    ClientSpec(
        sponsor="Aubrelle",
        lead="claire.dubois",
        modalities=("peptide", "monoclonal_antibody"),
        regions=("europe",),
        cadence="biweekly",
        report_format="email",
        time_zone="Europe/Paris",
        language="fr",
        success="Tox material for the peptide programme, then a credible CMC plan to show "
        "partners for the antibody.",
        resources="Virtual: the COO and a freelance CMC consultant; no lab.",
        readiness="Early: peptide route from academic work, antibody still at research cell line.",
        context="Looking for a pharma partner; the CMC plan is part of the data room.",
        strategies="We draft the CMC plan with them and explain each choice; short e-mail "
        "summaries in plain language after every call.",
        trendsetter=False,
        contacts=(
            ContactSpec(
                "Camille Laurent",
                "Chief Operating Officer",
                _R.DECISION_MAKER,
                "+33 1 70 55 01 12",
                "aubrelle.manager",
                primary=True,
            ),
            ContactSpec(
                "Julien Marchand",
                "CMC Consultant",
                _R.TECHNICAL_LEAD,
                "+33 6 55 01 77 30",
                "aubrelle.contact",
            ),
        ),
        interactions=(
            InteractionSpec(
                _K.CALL,
                -70,
                "Cell line development options for ABR-040",
                "Compared a transposase pool route with classic single-cell cloning; "
                "Aubrelle chose single-cell cloning for the partner data room.",
                ("Camille Laurent", "Julien Marchand"),
                ("claire.dubois", "katrin.vogel"),
                "Camille decides fast but needs the cost in one number.",
                follow_ups=(
                    FollowUpSpec(
                        "Send the cell line development quote as a single figure",
                        "claire.dubois",
                        -65,
                        -66,
                    ),
                ),
            ),
            InteractionSpec(
                _K.MEETING,
                -9,
                "Tox batch release and the board update",
                "Walked Camille through the tox batch certificate of analysis draft and the "
                "clone ranking; she takes both to the board with a green status.",
                ("Camille Laurent",),
                ("claire.dubois", "tobias.wenger"),
                "Happy with the weekly rhythm; wants the CoA a day before the board.",
                follow_ups=(
                    FollowUpSpec(
                        "Send the final tox batch CoA ahead of the board meeting",
                        "tobias.wenger",
                        4,
                    ),
                ),
            ),
        ),
    ),
    ClientSpec(
        sponsor="Hoshizora",
        lead="claire.dubois",
        modalities=("monoclonal_antibody", "small_molecule", "sterile_dp"),
        regions=("asia_pacific", "north_america", "europe"),
        cadence="monthly",
        report_format="written",
        time_zone="Asia/Tokyo",
        language="ja",
        success="Drug substance for the global Phase 3 without a single missed release, "
        "and documents their auditors accept first time.",
        resources="Large team, but decisions go through a committee in Tokyo.",
        readiness="Process locked; any change needs a formal change request on both sides.",
        context="First biologic they outsource to a European CDMO.",
        strategies="Monthly written report in advance of the call, translated summary "
        "page; decisions prepared two committee cycles ahead.",
        trendsetter=False,
        contacts=(
            ContactSpec(
                "Kenji Watanabe",
                "General Manager, CMC",
                _R.DECISION_MAKER,
                "+81 3 5555 0123",
                "hoshizora.manager",
                primary=True,
            ),
            ContactSpec(
                "Aiko Saito",
                "Biologics Technology Manager",
                _R.TECHNICAL_LEAD,
                "+81 3 5555 0187",
                "hoshizora.contact",
            ),
            ContactSpec(
                "Daisuke Mori",
                "GMP Auditor, Quality",
                _R.QUALITY,
                "+81 3 5555 0164",
                "hoshizora.quality",
            ),
        ),
        interactions=(
            InteractionSpec(
                _K.MEETING,
                -21,
                "Monthly review: bioreactor capacity in Q2",
                "Presented the Q2 capacity conflict and two options; Hoshizora takes "
                "them to the committee.",
                ("Kenji Watanabe", "Aiko Saito"),
                ("claire.dubois", "priya.raman", "markus.hoffmann"),
                "Watanabe-san will not say no in the meeting; read the follow-up e-mail "
                "from Aiko for the real answer.",
                follow_ups=(
                    FollowUpSpec(
                        "Send the capacity options in writing for the committee",
                        "priya.raman",
                        -17,
                        -18,
                    ),
                    FollowUpSpec(
                        "Confirm the committee's choice and rebook the suite",
                        "priya.raman",
                        6,
                    ),
                ),
            ),
        ),
    ),
    ClientSpec(
        sponsor="Quillon",
        lead="bd.ben",
        modalities=("oligonucleotide", "adc"),
        regions=("europe", "north_america"),
        cadence="biweekly",
        report_format="spreadsheet",
        time_zone="Europe/Stockholm",
        language="sv",
        success="A scalable oligonucleotide process that holds purity at kilogram scale.",
        resources="Own CMC team of six; tight budget for analytical development.",
        readiness="Solid-phase synthesis route at 10 g; purification not yet scaled.",
        context="Their ADC programme follows; they want one partner for both.",
        strategies="Shared spreadsheet tracker updated every two weeks; joint purification "
        "workshop before scale-up.",
        trendsetter=False,
        contacts=(
            ContactSpec(
                "Ingrid Sundqvist",
                "VP Technical Operations",
                _R.DECISION_MAKER,
                "+46 8 555 010 20",
                "quillon.manager",
                primary=True,
            ),
            ContactSpec(
                "Erik Holm",
                "Oligonucleotide CMC Lead",
                _R.TECHNICAL_LEAD,
                "+46 8 555 010 45",
                "quillon.contact",
            ),
        ),
        interactions=(
            InteractionSpec(
                _K.EMAIL,
                -100,
                "Purification workshop agenda",
                "Agreed the agenda of the purification workshop and the data Quillon sends ahead.",
                ("Erik Holm",),
                ("bd.ben", "sme.sam"),
                "Erik prefers detail in writing to calls.",
                follow_ups=(
                    FollowUpSpec(
                        "Propose workshop dates at Visp",
                        "bd.ben",
                        -60,
                    ),
                ),
            ),
        ),
    ),
)


def _day(offset: int) -> dt.date:
    return reference_date() + dt.timedelta(days=offset)


def _profile(spec: ClientSpec, sponsor: Organization, lead: User) -> int:
    if SponsorProfile.objects.filter(sponsor=sponsor).exists():
        return 0
    sponsor_profile_save(
        actor=lead,
        sponsor=sponsor,
        modalities=list(spec.modalities),
        regions=list(spec.regions),
        communication_cadence=spec.cadence,
        report_format=spec.report_format,
        time_zone=spec.time_zone,
        account_owner=lead,
        language=spec.language,
        success_definition=spec.success,
        barrier_resources=spec.resources,
        barrier_readiness=spec.readiness,
        barrier_context=spec.context,
        strategies=spec.strategies,
        is_trendsetter=spec.trendsetter,
    )
    return 1


def _contacts(
    spec: ClientSpec, sponsor: Organization, lead: User, users: dict[str, User], domain: str
) -> tuple[int, int]:
    created = existing = 0
    for contact in spec.contacts:
        if KeyContact.objects.filter(sponsor=sponsor, name=contact.name).exists():
            existing += 1
            continue
        user = users.get(contact.username)
        if user is not None and user.organization_id != sponsor.pk:
            user = None
        first, last = contact.name.lower().split(" ", 1)
        key_contact_add(
            actor=lead,
            sponsor=sponsor,
            name=contact.name,
            title=contact.title,
            decision_role=contact.role,
            email=user.email if user else f"{first}.{last.replace(' ', '')}@{domain}",
            phone=contact.phone,
            user=user,
            is_primary=contact.primary,
        )
        created += 1
    return created, existing


def _interaction_story(
    item, spec: ClientSpec, *, users: dict[str, User], sponsors, log, counts: Tally
) -> Story:
    """Logged by the sponsor's business development lead the day it happened, with its
    follow-ups; each follow-up closed by its owner the day it was done."""
    yield at(_day(item.on), "14:00", key=item.subject)
    sponsor = sponsors.get(spec.sponsor)
    lead = users.get(spec.lead)
    if sponsor is None or lead is None or not lead.has_perm("clients.add_interaction"):
        return
    interaction = Interaction.objects.filter(sponsor=sponsor, subject=item.subject).first()
    if interaction is not None:
        counts.add("relationship records", False)
    else:
        interaction = interaction_log(
            actor=lead,
            sponsor=sponsor,
            kind=item.kind,
            occurred_on=_day(item.on),
            subject=item.subject,
            summary=item.summary,
            contacts=KeyContact.objects.filter(sponsor=sponsor, name__in=item.contacts),
            attendees=[users[u] for u in item.attendees if u in users],
            is_concern=item.concern,
            rapport_notes=item.rapport_notes,
        )
        counts.add("relationship records", True)
        log(f"  + {sponsor.short_name} interaction: {interaction.subject}")
    closes = []
    for follow in item.follow_ups:
        if FollowUp.objects.filter(sponsor=sponsor, description=follow.description).exists():
            counts.add("relationship records", False)
            continue
        owner = users.get(follow.owner)
        if owner is None:
            continue
        followup = followup_add(
            actor=lead,
            sponsor=sponsor,
            interaction=interaction,
            description=follow.description,
            owner=owner,
            due_on=_day(follow.due),
        )
        counts.add("relationship records", True)
        if follow.done is not None and _day(follow.done) <= reference_date():
            closes.append((_day(follow.done), followup, owner))
    for done_on, followup, owner in sorted(closes, key=lambda close: close[0]):
        yield at(max(done_on, _day(item.on)), "16:30", key=followup.description)
        followup_close(actor=owner, followup=followup, done_on=done_on)


def _relationship_story(
    spec: ClientSpec, *, users: dict[str, User], sponsors, log, counts: Tally
) -> Story:
    """The profile and the key contacts, written when Accord was set up."""
    yield at(weekday(_day(SETUP_ON + 7)), "10:00", key=spec.sponsor)
    sponsor = sponsors.get(spec.sponsor)
    lead = users.get(spec.lead)
    if sponsor is None or lead is None or not lead.has_perm("clients.add_interaction"):
        log(f"  ! no business development lead for {spec.sponsor}; relationship skipped")
        return
    counts.add("relationship records", bool(_profile(spec, sponsor, lead)))
    domain = sponsor.website.removeprefix("https://") or "example.com"
    created, existing = _contacts(spec, sponsor, lead, users, domain)
    for _ in range(created):
        counts.add("relationship records", True)
    for _ in range(existing):
        counts.add("relationship records", False)


def client_stories(
    *,
    users: dict[str, User],
    sponsors: dict[str, Organization],
    log: Callable[[str], None],
    counts: Tally | None = None,
) -> list[Story]:
    counts = Tally() if counts is None else counts
    stories = []
    for spec in CLIENTS:
        people = {"users": users, "sponsors": sponsors, "log": log, "counts": counts}
        stories.append(_relationship_story(spec, **people))
        stories += [_interaction_story(item, spec, **people) for item in spec.interactions]
    return stories


def demo_clients(
    *,
    users: dict[str, User],
    sponsors: dict[str, Organization],
    log: Callable[[str], None],
) -> tuple[int, int]:
    """Create the demo relationship records that are missing; returns (created, present)."""
    counts = Tally()
    tell(client_stories(users=users, sponsors=sponsors, log=log, counts=counts))
    return counts.get("relationship records", (0, 0))
