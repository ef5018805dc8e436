"""The demo meetings: a kickoff for every active project, then the weekly status calls, a
steering committee and a technical meeting of the weeks before the reference date.

Minutes quote the plan as it stands (what is in progress, the next milestone), decisions
are recorded, and action items are given to CDMO staff and to the sponsor's people: some
done, some open, a few overdue at the reference date and a few due in the days after it.
Most meetings are shared with the sponsor; internal reviews and internal notes are not.
Meetings are found again by (project, title), so loading twice creates nothing new.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass

from accord.accounts.models import User
from accord.core.dates import format_day
from accord.demo.data import ProjectSpec, reference_date
from accord.demo.projects import HEALTH, HEALTH_SINCE, PROJECTS
from accord.demo.story import Story, Tally, at, site_zone, tell
from accord.meetings.models import Meeting
from accord.meetings.services import (
    action_item_add,
    action_item_close,
    decision_add,
    meeting_record,
)
from accord.planning.models import Task
from accord.projects.models import Project

K = Meeting.Kind


@dataclass(frozen=True)
class Topics:
    """What a project's meetings talk about, beyond what its plan says."""

    scope: str  # what the kickoff agreed the project delivers
    package: str  # what the sponsor sends after the kickoff
    weekly: tuple[str, str]  # the subjects of the last two weekly calls
    technical: tuple[str, str, str]  # title, minutes, decision
    steering: tuple[str, str]  # minutes, decision
    sponsor_ask: str  # what the steering committee asked of the sponsor
    cdmo_ask: str  # what the last weekly call asked of the CDMO
    internal: str  # what the CDMO says only to itself
    technical_shared: bool = True


TOPICS: dict[str, Topics] = {
    "NVB-101-TT": Topics(
        "Technology transfer of the NBX-101 route from the sponsor's kilo lab, one "
        "engineering batch and two GMP batches for the first-in-human study.",
        "the technology package: route description, analytical methods and the impurity "
        "history of the kilo-lab batches",
        (
            "Second-source starting material and engineering batch readiness",
            "Method transfer results and engineering batch slot",
        ),
        (
            "Impurity fate mapping and the engineering batch",
            "Spiking studies show the des-fluoro impurity purges below 0.05% after the "
            "second crystallization. DSC/ARC results of step 4 are within the safe operating "
            "window at the planned dosing rate.",
            "Run the engineering batch with the second-source starting material; keep the "
            "first-source lot as back-up.",
        ),
        (
            "Reviewed schedule and budget. The three-week slip of the second-source starting "
            "material moves the engineering batch; the GMP slot is held. No change to the "
            "quoted price.",
            "Hold the reserved GMP slot; the CDMO re-sequences the engineering batch.",
        ),
        "Confirm the release specification for the starting material (assay and des-fluoro limit)",
        "Send the updated engineering batch schedule with the new starting material date",
        "Sponsor cash position is tight; keep change orders small and talk to Rachel "
        "before anything is priced.",
    ),
    "SLV-204-ADC": Topics(
        "Conjugation process development, an engineering conjugation and one GMP "
        "conjugation of SLV-204 for the Phase 1 study, with release testing at Singen.",
        "the antibody supply plan, the linker-payload CoA history and the DAR method",
        (
            "Linker-payload identity failure and re-supply",
            "Re-supply date of the linker-payload and conjugation slot",
        ),
        (
            "DAR and free-drug methods before the engineering conjugation",
            "HIC-DAR method repeatability passed (RSD 1.2%). The free-drug method needs a new "
            "LLOQ after the payload supplier changed the salt form.",
            "Revalidate the free-drug LLOQ before the engineering conjugation.",
        ),
        (
            "The linker-payload lot failed identity testing; the supplier investigates and "
            "promises a new lot. The engineering conjugation moves until a lot passes. "
            "Options to protect the GMP date were presented.",
            "Solvantis asks the supplier for an expedited lot; the CDMO keeps the conjugation "
            "suite booked for four more weeks.",
        ),
        "Confirm the expedited linker-payload delivery date with the supplier",
        "Issue the deviation summary of the identity failure to Solvantis QA",
        "Suite hold costs us a week of OEB 5 capacity; Markus agreed to hold until the end "
        "of the month, no longer.",
        technical_shared=False,
    ),
    "SLV-204-LP": Topics(
        "Process development and GMP manufacture of the HPAPI linker-payload for the "
        "SLV-204 conjugate, under OEB 5 containment at Visp.",
        "the route scouting report and the impurity specification proposal",
        ("Step 5 yield and impurity profile", "Containment suite schedule and batch record"),
        (
            "Purge of the maleimide hydrolysis impurity",
            "Hydrolysis impurity at 0.8% after chromatography; a pH-controlled quench brings "
            "it to 0.3%. Cleaning verification swab limits agreed with the HPAPI toxicologist.",
            "Adopt the pH-controlled quench for the GMP batch.",
        ),
        (
            "Schedule is on track; the GMP campaign holds its slot in the containment suite. "
            "The identity failure of the other supplier's lot on SLV-204-ADC was discussed.",
            "Keep the GMP campaign in the planned slot.",
        ),
        "Approve the updated impurity specification for the linker-payload",
        "Share the cleaning verification report of the containment suite",
        "If SLV-204-ADC slips further, propose our linker-payload as the second source.",
    ),
    "SLV-204-DP": Topics(
        "Formulation development, media fill, engineering and GMP fill of the SLV-204 "
        "drug product in vials at Singen.",
        "the target product profile, the primary container choice and the formulation "
        "screening data",
        ("Formulation screening and vial selection", "Media fill booking and visual inspection"),
        (
            "Formulation robustness",
            "Histidine/sucrose buffer at pH 6.0 shows no aggregation after 4 weeks at 25 °C. "
            "Polysorbate 80 at 0.02% protects against shaking stress.",
            "Freeze the formulation for the engineering fill.",
        ),
        (
            "The drug product timeline depends on the conjugate release. Fill slot held in "
            "the second quarter; media fill booked.",
            "Keep the fill slot; revisit at the next steering committee.",
        ),
        "Approve the vial and stopper selection",
        "Book the media fill on the filling line",
        "Fill line utilization is high; ask Thomas before moving the slot.",
    ),
    "KRW-3307-CS": Topics(
        "Six commercial API campaigns under the supply agreement, with OTIF reporting and "
        "continued process verification.",
        "the twelve-month rolling forecast and the updated delivery addresses",
        ("Campaign 1 start", "Campaign 1 raw materials"),
        (
            "Continued process verification plan",
            "CPV trends for yield and the main impurity are stable over the last twelve "
            "batches. Proposed to reduce in-process testing of step 2 after six more batches.",
            "Keep the CPV sampling plan unchanged for campaign 1.",
        ),
        (
            "Supply agreement started; campaign 1 raw materials released. OTIF target 95%.",
            "Quarterly business reviews replace the monthly steering committee.",
        ),
        "Confirm the delivery schedule of campaign 1",
        "Send the campaign 1 raw material status",
        "Kerrowan procurement pushes for a price reduction at the next QBR.",
    ),
    "KRW-5512-PPQ": Topics(
        "Process performance qualification of the HPAPI: three PPQ batches, validation "
        "reports and the CMC module 3 support.",
        "the validation master plan and the control strategy",
        ("PPQ batch 1 results and batch 2 readiness", "Process change for PPQ batch 2"),
        (
            "Proposed change to the drying step",
            "PPQ batch 1 met all acceptance criteria but drying took 40% longer than "
            "planned. Proposed a higher jacket temperature, supported by DSC data; the change "
            "needs the sponsor's approval under the quality agreement.",
            "Prepare the change control and the comparability assessment for the drying step.",
        ),
        (
            "PPQ batch 2 waits for Kerrowan's decision on the drying change. Each week of "
            "waiting moves the validation report by a week.",
            "Kerrowan decides on the drying change by the end of the month.",
        ),
        "Decide on the drying-step process change for PPQ batch 2",
        "Send the comparability assessment of the drying change",
        "If Kerrowan decides late, the containment suite conflicts with the commercial "
        "campaign; escalate to Omar.",
    ),
    "KRW-7740-FF": Topics(
        "Sterile fill-finish of the Kerrowan drug product for the Phase 2 study: media "
        "fill, engineering fill, GMP fill and release.",
        "the drug substance shipping plan and the labelling requirements",
        ("Media fill results", "Engineering fill and visual inspection"),
        (
            "Visual inspection defect library",
            "Defect library assembled with 120 reject vials; inspector qualification "
            "scheduled. Particle results of the engineering fill are within limits.",
            "Qualify the inspectors with the new defect library before the GMP fill.",
        ),
        (
            "Media fill passed (0 positives in 5,100 units). GMP fill on track.",
            "Go ahead with the engineering fill as planned.",
        ),
        "Confirm the label text for the clinical vials",
        "Send the media fill report",
        "Kerrowan supplier quality audit expected next quarter; prepare the fill line.",
    ),
    "KRW-6120-DS": Topics(
        "Commercial drug substance campaign of the Kerrowan antibody on the 2,000 L "
        "single-use train, with release and stability.",
        "the annual demand forecast and the resin supply agreement",
        ("Protein A resin allocation", "Run 1 titre and harvest"),
        (
            "Protein A resin lifetime study",
            "Resin lifetime study supports 80 cycles; the allocated lot covers the first "
            "three runs. A second lot needs its own use test.",
            "Start the use test of the second resin lot as soon as it arrives.",
        ),
        (
            "Resin allocation covers only the first three runs; options were presented: a "
            "second lot with a use test, or an extended resin lifetime.",
            "Order the second resin lot now; Kerrowan pays the use test.",
        ),
        "Approve the purchase order for the use test of the second resin lot",
        "Confirm the delivery date of the second resin lot",
        "Resin supplier relationship is strained; Yuki handles the escalation.",
    ),
    "ABR-011-TOX": Topics(
        "Synthesis of the ABR-011 peptide toxicology batch with the analytical package for "
        "the GLP toxicology study.",
        "the peptide sequence, the research-grade synthesis report and the tox timeline",
        ("Solid-phase synthesis and cleavage", "Purification yield and tox batch release"),
        (
            "Purification of the tox batch",
            "Preparative HPLC gives 97.2% purity at 38% yield; the deletion sequence co-elutes "
            "and needs a shallower gradient.",
            "Use the shallower gradient; accept the lower yield for the tox batch.",
        ),
        (
            "The tox batch is on track for release before the GLP study start.",
            "Keep the GLP study start date.",
        ),
        "Confirm the GLP study start date with the toxicology CRO",
        "Send the certificate of analysis draft",
        "Aubrelle is a virtual biotech: explain each step; Julien relays to the board.",
    ),
    "ABR-040-CLD": Topics(
        "Cell line development for ABR-040: transfection, clone selection and the research "
        "cell bank.",
        "the sequence, the expression vector and the target quality profile",
        ("Clone screening", "Top clones and stability study"),
        (
            "Clone ranking",
            "Eight clones pass titre above 3 g/L; clone stability over 60 generations runs "
            "until next month.",
            "Carry eight clones into the stability study.",
        ),
        (
            "The SOW amendment is not signed yet, so the contract baseline is pending. "
            "Work continues at risk on the cell line.",
            "Continue at risk for four weeks while the amendment is signed.",
        ),
        "Sign the SOW amendment for the clone stability study",
        "Send the clone ranking report",
        "Work at risk: Markus approved four weeks, then we stop.",
        technical_shared=False,
    ),
    "HSZ-0904-DS": Topics(
        "Phase 2 drug substance of HSZ-0904: engineering run and GMP run at 2,000 L, "
        "release testing and stability.",
        "the process description, the reference standard and the comparability protocol",
        ("Engineering run planning", "Bioreactor capacity in the second quarter"),
        (
            "Comparability protocol after the PMDA consultation",
            "PMDA asked for extended characterization of charge variants. Added icIEF and a "
            "peptide map to the comparability protocol.",
            "Update the comparability protocol with the extended characterization.",
        ),
        (
            "The second-quarter capacity conflict on the 2,000 L train was presented with "
            "two options: run earlier on the first train, or move by five weeks.",
            "Hoshizora prefers the earlier run on the first train; the CDMO confirms.",
        ),
        "Confirm the choice between the two bioreactor options in writing",
        "Send the revised campaign schedule for the earlier run",
        "The other campaign belongs to a larger sponsor; keep names out of the minutes.",
    ),
    "HSZ-1120-CS": Topics(
        "Commercial supply of the HSZ-1120 API after the successful validation campaign.",
        "the annual forecast and the Japanese labelling requirements",
        ("Campaign 1 manufacture", "Release and shipment to Japan"),
        (
            "Shipping validation to Japan",
            "Temperature data loggers on the last shipment showed no excursion; the shipper "
            "qualification covers summer profiles.",
            "Keep the qualified shipper for the commercial shipments.",
        ),
        (
            "Commercial supply started on time; first campaign manufactured.",
            "Move to quarterly business reviews.",
        ),
        "Confirm the import licence holder for the first shipment",
        "Send the first campaign's certificates of analysis",
        "Hoshizora's audit found two minor observations; CAPA due next month.",
    ),
    "QLN-450-OLI": Topics(
        "Process development and the first GMP batch of the QLN-450 oligonucleotide for the "
        "first-in-human study.",
        "the sequence, the synthesis report and the impurity profile of the research batches",
        ("Synthesis scale-up", "Purification workshop outcome"),
        (
            "Anion-exchange purification",
            "The n-1 impurity is 1.8% after anion exchange; a second polishing step brings "
            "it to 0.9%. Desalting by ultrafiltration works at scale.",
            "Add the polishing step to the GMP process.",
        ),
        (
            "Process development on track; the purification workshop closed the open questions.",
            "Start the engineering batch as planned.",
        ),
        "Approve the n-1 impurity limit for the GMP batch",
        "Send the purification workshop minutes and the updated process description",
        "Erik prefers detail in writing; send minutes within a day.",
    ),
}

# Meetings before the reference date, in days from it (the weeks' Tuesdays, Wednesdays
# and Thursdays), so the weekday of each meeting is the same whatever the week.
STEERING_ON = -25
WEEKLY_ON = (-13, -6)
TECHNICAL_ON = -12
INTERNAL_REVIEW_ON = -5


def _day(offset: int) -> dt.date:
    return reference_date() + dt.timedelta(days=offset)


def _weekday(day: dt.date) -> dt.date:
    return day + dt.timedelta(days=(7 - day.weekday()) % 7 if day.weekday() >= 5 else 0)


class _People:
    """The project's people by what they do, and how the minutes name them."""

    def __init__(self, spec: ProjectSpec, project: Project, users: dict[str, User]) -> None:
        team = [users[name] for name, _ in spec.team if name in users]
        staff = [u for u in team if u.organization_id != project.sponsor_id]
        sponsor = [u for u in team if u.organization_id == project.sponsor_id]
        self.staff, self.sponsor = staff, sponsor
        self.pm = staff[0]
        self.qa = next((u for u in staff if u.has_role("quality_assurance")), self.pm)
        self.sme = next((u for u in staff if u.has_role("subject_matter_expert")), self.pm)
        self.ops = next((u for u in staff if u.has_role("operations")), self.pm)
        manager = next(
            (
                u
                for u in users.values()
                if u.organization_id == project.sponsor_id and u.has_role("sponsor_manager")
            ),
            None,
        )
        self.sponsor_lead = next(iter(sponsor), manager)
        self.sponsor_manager = manager or self.sponsor_lead
        self.sponsor_name = project.sponsor.short_name

    def attendees(self, *, sponsor: bool = True) -> str:
        ours = ", ".join(f"{u.printed_name} ({u.job_title})" for u in self.staff)
        lines = [f"HBC: {ours}"]
        theirs = [u for u in (*self.sponsor, self.sponsor_manager) if u is not None]
        if sponsor and theirs:
            names = ", ".join(dict.fromkeys(f"{u.printed_name} ({u.job_title})" for u in theirs))
            lines.append(f"{self.sponsor_name}: {names}")
        return "\n".join(lines)


def _plan_status(project: Project) -> str:
    """One paragraph of the plan as of the data date: what runs, what comes next."""
    tasks = Task.objects.filter(project=project).exclude(kind=Task.Kind.SUMMARY)
    running = list(
        tasks.filter(actual_start__isnull=False, actual_finish__isnull=True).order_by(
            "actual_start", "sort_order"
        )[:3]
    )
    done = tasks.filter(actual_finish__isnull=False).count()
    upcoming = (
        tasks.filter(actual_finish__isnull=True, kind=Task.Kind.MILESTONE)
        .exclude(early_finish__isnull=True)
        .order_by("early_finish", "sort_order")
        .first()
    )
    parts = [f"Plan: {done} of {tasks.count()} activities complete."]
    if running:
        parts.append(
            "In progress: "
            + "; ".join(f"{t.name} ({t.percent_complete or 0}%)" for t in running)
            + "."
        )
    if upcoming is not None:
        parts.append(
            f"Next milestone: {upcoming.name}, forecast {format_day(upcoming.early_finish)}."
        )
    return " ".join(parts)


@dataclass
class _Action:
    description: str
    owner: User | None
    due: dt.date
    done: dt.date | None = None


class _Writer:
    """Collects the project's meetings as steps of its story: each meeting recorded on
    the day it was held (minutes written that afternoon), each action item closed by its
    owner on the day it was done."""

    def __init__(
        self, project: Project, people: _People, log: Callable[[str], None], zone: str
    ) -> None:
        self.project, self.people, self.log, self.zone = project, people, log, zone
        self.created = self.existing = self.items_created = self.items_existing = 0
        # Done before the reference date, like the progress; never after the real today.
        self.today = reference_date()
        self.steps: list[tuple[dt.datetime, Callable[[], None]]] = []

    def meeting(
        self,
        *,
        kind: str,
        title: str,
        held_on: dt.date,
        agenda: str,
        minutes: str | Callable[[], str],
        shared: bool = True,
        internal_notes: str = "",
        decisions: tuple[tuple[str, str], ...] = (),
        actions: tuple[_Action, ...] = (),
    ) -> None:
        items: dict[int, object] = {}

        def record() -> None:
            if Meeting.objects.filter(project=self.project, title=title).exists():
                self.existing += 1
                self.items_existing += len(actions)
                return
            pm = self.people.pm
            meeting = meeting_record(
                actor=pm,
                project=self.project,
                kind=kind,
                title=title,
                held_on=held_on,
                attendees=self.people.attendees(sponsor=shared),
                agenda=agenda,
                minutes=minutes() if callable(minutes) else minutes,
                shared_with_sponsor=shared,
                internal_notes=internal_notes,
            )
            for text, decided_by in decisions:
                decision_add(actor=pm, meeting=meeting, text=text, decided_by=decided_by)
            for index, action in enumerate(actions):
                if action.owner is None:
                    continue
                items[index] = action_item_add(
                    actor=pm,
                    meeting=meeting,
                    description=action.description,
                    owner=action.owner,
                    due_on=max(action.due, held_on),
                )
                self.items_created += 1
            self.created += 1
            shared_label = "shared" if shared else "internal"
            self.log(
                f"  + {self.project.code} meeting {meeting.reference}: {title} ({shared_label})"
            )

        def close(index: int, action: _Action) -> None:
            item = items.get(index)
            if item is None:
                return  # recorded by an earlier load
            closer = action.owner if _may_close(action.owner) else self.people.pm
            action_item_close(actor=closer, item=item, done_on=action.done)

        self.steps.append((at(held_on, "17:00", key=title, zone=self.zone), record))
        for index, action in enumerate(actions):
            if action.owner is None or action.done is None:
                continue
            if held_on <= action.done < self.today:
                time = "17:45" if action.done == held_on else "16:00"
                moment = at(action.done, time, key=action.description, zone=self.zone)
                self.steps.append((moment, lambda i=index, a=action: close(i, a)))


def _status_minutes(project: Project, subject: str) -> str:
    return f"{subject}. {_plan_status(project)}"


def _may_close(user: User) -> bool:
    return user.has_perm("meetings.close_actionitem")


def _project_meetings(project: Project, topics: Topics, people: _People, writer: _Writer) -> None:
    start = project.start_date
    health = HEALTH.get(project.code)
    kickoff = _weekday(start)
    writer.meeting(
        kind=K.KICKOFF,
        title="Project kickoff",
        held_on=kickoff,
        agenda="Introductions and roles\nScope and deliverables\nPlan and milestones\n"
        "Communication plan and escalation\nQuality agreement: deviations and changes\n"
        "Technology transfer package",
        minutes=f"Scope: {topics.scope} The teams walked through the draft plan, the "
        "milestones the sponsor cares about and the escalation path. Deviations that may "
        "affect product quality are notified to the sponsor within one working day, as the "
        "quality agreement says.",
        decisions=(
            (
                "Weekly status call on Tuesdays; monthly steering committee; minutes within "
                "two working days.",
                "Both project managers",
            ),
            (
                f"{people.sponsor_name} sends {topics.package} within two weeks.",
                people.sponsor_manager.printed_name if people.sponsor_manager else "",
            ),
        ),
        actions=(
            _Action(
                "Issue the project plan and the communication plan for review",
                people.pm,
                kickoff + dt.timedelta(days=7),
                kickoff + dt.timedelta(days=5),
            ),
            _Action(
                f"Send {topics.package}",
                people.sponsor_lead,
                kickoff + dt.timedelta(days=14),
                kickoff + dt.timedelta(days=16),
            ),
            _Action(
                "Review the technology package and list the gaps",
                people.sme,
                kickoff + dt.timedelta(days=21),
                kickoff + dt.timedelta(days=20),
            ),
        ),
    )
    if start <= _day(STEERING_ON) - dt.timedelta(days=14):
        decision = topics.steering[1]
        health_then = health and HEALTH_SINCE[project.code] <= STEERING_ON
        writer.meeting(
            kind=K.STEERING_COMMITTEE,
            title="Steering committee",
            held_on=_day(STEERING_ON),
            agenda="Schedule and milestones\nBudget and change orders\nTop risks\n"
            "Decisions needed from the sponsor",
            minutes=topics.steering[0]
            + (f" Project health: {health[0]} ({health[1]})." if health_then else ""),
            internal_notes=topics.internal,
            decisions=((decision, "Steering committee"),),
            actions=(
                _Action(
                    topics.sponsor_ask,
                    people.sponsor_manager,
                    _day(-4),
                ),
                _Action(
                    "Update the cost-to-complete forecast and the change order log",
                    people.pm,
                    _day(-11),
                    _day(-12),
                ),
            ),
        )
    if start <= _day(TECHNICAL_ON):
        title, minutes, decision = topics.technical
        writer.meeting(
            kind=K.TECHNICAL,
            title=title if topics.technical_shared else f"Internal technical review: {title}",
            held_on=_day(TECHNICAL_ON),
            agenda=f"{title}\nData review\nNext experiments",
            minutes=minutes,
            shared=topics.technical_shared,
            internal_notes="" if topics.technical_shared else topics.internal,
            decisions=((decision, people.sme.printed_name),),
            actions=(
                _Action(
                    f"Write up the data of '{title.lower()}' as a technical report",
                    people.sme,
                    _day(-5),
                    _day(-6),
                ),
                _Action(
                    "Review the technical report against the quality agreement",
                    people.qa,
                    _day(3),
                ),
            ),
        )
    if health and start <= _day(INTERNAL_REVIEW_ON):
        color, reason = health
        writer.meeting(
            kind=K.OTHER,
            title="Internal project review",
            held_on=_day(INTERNAL_REVIEW_ON),
            agenda="Health and recovery options\nCapacity and people\nWhat we tell the sponsor",
            minutes=f"Health {color}: {reason}. Reviewed the recovery options, the effect on "
            "the suite and equipment bookings, and what goes to the sponsor at the next "
            "weekly call.",
            shared=False,
            internal_notes=topics.internal,
            decisions=(
                (
                    "Present the recovery options to the sponsor at the next weekly call.",
                    people.pm.printed_name,
                ),
            ),
            actions=(
                _Action("Cost the recovery options for the sponsor discussion", people.pm, _day(1)),
                _Action(
                    "Check the effect on the suite and equipment bookings",
                    people.ops,
                    _day(-2),
                    _day(-3),
                ),
            ),
        )
    for number, (offset, subject) in enumerate(zip(WEEKLY_ON, topics.weekly, strict=True)):
        if start > _day(offset):
            continue
        last = number == len(WEEKLY_ON) - 1
        if last:
            actions = (
                _Action(topics.cdmo_ask, people.pm, _day(2)),
                _Action(
                    "Confirm the QC release testing slots and the stability pull schedule",
                    people.ops,
                    _day(9),
                ),
            )
            minutes = functools.partial(_status_minutes, project, subject)
        else:
            actions = (
                _Action(
                    "Circulate the updated deviation and change control log",
                    people.qa,
                    _day(offset + 5),
                    _day(offset + 4),
                ),
                _Action(
                    "Return the comments on the draft batch record",
                    people.sponsor_lead,
                    _day(1),
                ),
            )
            minutes = (
                f"{subject}. Open deviations reviewed: none affects the schedule. "
                "Action items of the previous call reviewed."
            )
        writer.meeting(
            kind=K.WEEKLY_STATUS,
            title=f"Weekly status: {subject}",
            held_on=_day(offset),
            agenda="Action items of the last call\nProgress against plan\nDeviations and "
            "changes\nRisks\nNext two weeks",
            minutes=minutes,
            decisions=((topics.steering[1], "Both project managers"),) if last and health else (),
            actions=actions,
        )


def meeting_story(
    spec: ProjectSpec, *, users: dict[str, User], projects: dict[str, Project], log, counts: Tally
) -> Story:
    """The meetings of an active project and the closing of their action items."""
    zone = site_zone(spec.site)
    yield at(_weekday(spec.start_date), "08:00", key=spec.code, zone=zone)
    project = projects.get(spec.code)
    topics = TOPICS.get(spec.code)
    if project is None or topics is None or project.status != Project.Status.ACTIVE:
        return
    people = _People(spec, project, users)
    if not people.pm.has_perm("meetings.add_meeting"):
        log(f"  ! no one on {project.code} may record meetings; meetings skipped")
        return
    writer = _Writer(project, people, log, zone)
    _project_meetings(project, topics, people, writer)
    for moment, step in sorted(writer.steps, key=lambda pair: pair[0]):
        yield moment
        step()
    for _ in range(writer.created):
        counts.add("meetings", True)
    for _ in range(writer.existing):
        counts.add("meetings", False)
    for _ in range(writer.items_created):
        counts.add("action items", True)
    for _ in range(writer.items_existing):
        counts.add("action items", False)


def meeting_stories(
    *, users: dict[str, User], projects: dict[str, Project], log, counts: Tally
) -> list[Story]:
    return [
        meeting_story(spec, users=users, projects=projects, log=log, counts=counts)
        for spec in PROJECTS
    ]


def demo_meetings(
    *, users: dict[str, User], projects: dict[str, Project], log: Callable[[str], None]
) -> Tally:
    """Create the demo meetings that are missing; (created, present) of meetings and items."""
    counts = Tally()
    tell(meeting_stories(users=users, projects=projects, log=log, counts=counts))
    return counts
