"""A realistic, deterministic CDMO demo dataset (``accord demo``).

The data is fixed: the same organizations, people, projects and documents on every
machine, with dates relative to a reference date: the Monday of the week it is loaded in
(or of ``ACCORD_DEMO_DATE``), so the demo always looks live. Loading is idempotent: every
piece is looked up by its natural key (organization short name, site code, username,
project code, membership (project, user), document (project, title), meeting (project,
title)) and only what is missing is created. Existing users keep their passwords.

The load is one story told in time (:mod:`accord.demo.story`): each part is a story
whose steps run in the order of their days, under the demo-only story clock
(:func:`accord.core.clock.story_clock`), so every record, signature and audit event is
dated by the step that made it. See docs/demo.md.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import zlib
from dataclasses import dataclass, field
from typing import TextIO

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import timezone

from accord.accounts import roles as R
from accord.accounts.models import Organization, Role, Site, User
from accord.accounts.services import organization_create, site_create, user_create
from accord.capacity.demo import capacity_stories
from accord.core import clock
from accord.demo.calendars import demo_calendars
from accord.demo.change_controls import change_control_stories
from accord.demo.change_orders import change_order_stories
from accord.demo.clients import client_stories
from accord.demo.data import (
    _LOGIN_USERNAMES,
    CDMO,
    DEMO_PASSWORD,
    SITES,
    SPONSORS,
    USERS,
    DemoConflict,
    DocumentSpec,
    OrganizationSpec,
    ProjectSpec,
    SiteSpec,
    UserSpec,
    reference_date_for,
    reference_date_set,
)
from accord.demo.delays import delay_stories
from accord.demo.documents import demo_documents
from accord.demo.improvement import improvement_stories
from accord.demo.lessons import lessons_stories
from accord.demo.meetings import meeting_stories
from accord.demo.notifications import demo_notifications
from accord.demo.projects import HEALTH, HEALTH_SINCE, PROJECTS
from accord.demo.proposals import proposal_stories
from accord.demo.qbr import qbr_stories
from accord.demo.quality import quality_stories
from accord.demo.quality_records import quality_record_stories
from accord.demo.recognition import recognition_stories
from accord.demo.reports import report_stories
from accord.demo.risks import risk_stories
from accord.demo.schedules import created_on, schedule_story
from accord.demo.scorecards import scorecard_stories
from accord.demo.service import service_stories
from accord.demo.story import SETUP_ON, Story, Tally, at, day, site_zone, tell, weekday
from accord.demo.surveys import survey_stories
from accord.demo.teams import team_stories
from accord.demo.training import training_stories
from accord.equipment.demo import equipment_stories
from accord.notifications.services import emails_held
from accord.projects.models import Project, ProjectDocument, ProjectMembership
from accord.projects.services import (
    document_transition,
    document_upload,
    project_create,
    project_member_add,
    project_update,
)

# --------------------------------------------------------------------------- summary


@dataclass
class Count:
    created: int = 0
    existing: int = 0

    @property
    def total(self) -> int:
        return self.created + self.existing


@dataclass
class DemoSummary:
    reference_date: dt.date | None = None
    organizations: Count = field(default_factory=Count)
    sites: Count = field(default_factory=Count)
    users: Count = field(default_factory=Count)
    projects: Count = field(default_factory=Count)
    memberships: Count = field(default_factory=Count)
    plans: Count = field(default_factory=Count)
    baselines: Count = field(default_factory=Count)
    status_updates: Count = field(default_factory=Count)
    decisions: Count = field(default_factory=Count)
    documents: Count = field(default_factory=Count)
    risks: Count = field(default_factory=Count)
    delays: Count = field(default_factory=Count)
    team_parts: Count = field(default_factory=Count)
    change_orders: Count = field(default_factory=Count)
    meetings: Count = field(default_factory=Count)
    action_items: Count = field(default_factory=Count)
    status_reports: Count = field(default_factory=Count)
    rfps: Count = field(default_factory=Count)
    proposals: Count = field(default_factory=Count)
    site_holidays: Count = field(default_factory=Count)
    service_levels: Count = field(default_factory=Count)
    kudos: Count = field(default_factory=Count)
    concerns: Count = field(default_factory=Count)
    survey_answers: Count = field(default_factory=Count)
    quality_agreements: Count = field(default_factory=Count)
    batches: Count = field(default_factory=Count)
    deviations: Count = field(default_factory=Count)
    change_controls: Count = field(default_factory=Count)
    job_roles_held: Count = field(default_factory=Count)
    equipment: Count = field(default_factory=Count)
    capabilities: Count = field(default_factory=Count)
    ci_initiatives: Count = field(default_factory=Count)
    five_s_audits: Count = field(default_factory=Count)
    scorecards: Count = field(default_factory=Count)
    business_reviews: Count = field(default_factory=Count)
    lessons: Count = field(default_factory=Count)
    lesson_applications: Count = field(default_factory=Count)
    capacity: Count = field(default_factory=Count)
    warnings: list[str] = field(default_factory=list)

    def _counts(self) -> list[tuple[str, Count]]:
        return [
            ("organizations", self.organizations),
            ("sites", self.sites),
            ("site holidays", self.site_holidays),
            ("users", self.users),
            ("projects", self.projects),
            ("team memberships", self.memberships),
            ("project plans", self.plans),
            ("signed baselines", self.baselines),
            ("status updates", self.status_updates),
            ("signed go/no-go decisions", self.decisions),
            ("documents", self.documents),
            ("risks", self.risks),
            ("delays", self.delays),
            ("team records (SOW, RACI, steering, escalation)", self.team_parts),
            ("change orders", self.change_orders),
            ("meetings", self.meetings),
            ("action items", self.action_items),
            ("status reports", self.status_reports),
            ("RFPs", self.rfps),
            ("proposals", self.proposals),
            ("service levels (SLA policies, site service hours)", self.service_levels),
            ("kudos", self.kudos),
            ("sponsor concerns", self.concerns),
            ("survey answers (CSAT and NPS)", self.survey_answers),
            ("quality agreements", self.quality_agreements),
            ("batches", self.batches),
            ("deviations (with their CAPA)", self.deviations),
            ("change controls", self.change_controls),
            ("job roles held (with their training records)", self.job_roles_held),
            ("equipment (with qualification and calibration records)", self.equipment),
            ("technology capabilities (with their site qualifications)", self.capabilities),
            ("CI initiatives", self.ci_initiatives),
            ("5S audits", self.five_s_audits),
            ("scorecards (frozen quarters, signed)", self.scorecards),
            ("business reviews (with their comments)", self.business_reviews),
            ("lessons learned (project reviews and library lessons)", self.lessons),
            ("lessons applied", self.lesson_applications),
            ("capacity records (resources, availability changes, plans' demands)", self.capacity),
        ]

    @property
    def created(self) -> int:
        return sum(c.created for _, c in self._counts())

    @property
    def existing(self) -> int:
        return sum(c.existing for _, c in self._counts())

    def __str__(self) -> str:
        parts = ", ".join(f"{c.total} {label}" for label, c in self._counts())
        if self.created == 0:
            tail = "0 created, all already present"
        elif self.existing == 0:
            tail = f"{self.created} created"
        else:
            tail = f"{self.created} created, {self.existing} already present"
        day = f" as of {self.reference_date:%a %d %b %Y}" if self.reference_date else ""
        return f"Demo data{day}: {parts} ({tail})"


# --------------------------------------------------------------------------- loading


def demo_logins() -> list[tuple[str, str, str]]:
    """(username, role and organization, password) of the demo logins worth printing."""
    role_names = {d.code: d.name for d in R.ROLE_DEFINITIONS}
    orgs = {o.short_name: o for o in (CDMO, *SPONSORS)}
    specs = {u.username: u for u in USERS}
    rows = []
    for username in _LOGIN_USERNAMES:
        spec = specs[username]
        org = orgs[spec.organization]
        role = ", ".join(role_names[c] for c in spec.roles)
        if org.kind == Organization.Kind.CDMO:
            city = next(s.city for s in SITES if s.code == spec.site)
            where = f"{org.name}, {city}"
        else:
            where = f"{org.name} ({Organization.SponsorType(org.sponsor_type).label.lower()})"
        rows.append((username, f"{role} - {where}", DEMO_PASSWORD))
    return rows


class _Loader:
    def __init__(self, stdout: TextIO | None) -> None:
        self.stdout = stdout
        self.summary = DemoSummary()
        self.organizations: dict[str, Organization] = {}
        self.sites: dict[str, Site] = {}
        self.users: dict[str, User] = {}
        self.projects: dict[str, Project] = {}
        self.stored_files: list = []
        self.schedules = Tally()

    def log(self, message: str) -> None:
        if self.stdout is not None:
            self.stdout.write(message + "\n")

    def warn(self, message: str) -> None:
        self.summary.warnings.append(message)
        self.log(f"  ! {message}")

    # ---- organizations and sites

    def organization(self, spec: OrganizationSpec) -> Organization:
        org = Organization.objects.filter(short_name=spec.short_name).first()
        if org is None:
            org = Organization.objects.filter(name=spec.name).first()
        if org is not None:
            if org.kind != spec.kind:
                raise DemoConflict(
                    f"Organization {org.short_name!r} ({org.name}) already exists as a "
                    f"{org.get_kind_display()}, but the demo needs it to be a {spec.kind}."
                )
            self.summary.organizations.existing += 1
        else:
            org = organization_create(
                actor=None,
                kind=spec.kind,
                name=spec.name,
                short_name=spec.short_name,
                sponsor_type=spec.sponsor_type,
                country=spec.country,
                website=spec.website,
            )
            self.summary.organizations.created += 1
            self.log(f"  + organization {org.short_name}: {org.name}")
        self.organizations[spec.short_name] = org
        return org

    def site(self, spec: SiteSpec, cdmo: Organization) -> Site:
        site = Site.objects.filter(code=spec.code).first()
        if site is not None:
            if site.organization_id != cdmo.pk:
                raise DemoConflict(
                    f"Site code {spec.code} already belongs to {site.organization}, not to {cdmo}."
                )
            self.summary.sites.existing += 1
        else:
            site = site_create(
                actor=None,
                organization=cdmo,
                code=spec.code,
                name=spec.name,
                city=spec.city,
                country=spec.country,
                capabilities=spec.capabilities,
                time_zone=spec.time_zone,
                country_code=spec.country_code,
                subdivision=spec.subdivision,
            )
            self.summary.sites.created += 1
            self.log(f"  + site {site.code}: {site.name}")
        self.sites[spec.code] = site
        return site

    # ---- people

    def user(self, spec: UserSpec, roles: dict[str, Role]) -> User:
        org = self.organizations[spec.organization]
        user = (
            User.objects.select_related("organization")
            .filter(username__iexact=spec.username)
            .first()
        )
        if user is not None:
            self.summary.users.existing += 1
            if user.organization_id != org.pk:
                self.warn(
                    f"User {user.username} already exists in {user.organization}, not in "
                    f"{org}; left as it is and kept off the demo project teams."
                )
                return user
        else:
            domain = next(o.domain for o in (CDMO, *SPONSORS) if o.short_name == spec.organization)
            user = user_create(
                actor=None,
                organization=org,
                username=spec.username,
                first_name=spec.first_name,
                last_name=spec.last_name,
                email=spec.email(domain),
                password=DEMO_PASSWORD,
                roles=[roles[c] for c in spec.roles],
                job_title=spec.job_title,
                site=self.sites[spec.site] if spec.site else None,
            )
            self.summary.users.created += 1
            self.log(f"  + user {user.username}: {user.printed_name}, {user.job_title}")
        self.users[spec.username] = user
        return user

    # ---- projects, teams, documents

    def project(self, spec: ProjectSpec) -> Project | None:
        sponsor = self.organizations[spec.sponsor]
        project = Project.objects.filter(code=spec.code).first()
        if project is not None:
            self.summary.projects.existing += 1
            if project.sponsor_id != sponsor.pk:
                self.warn(
                    f"Project {project.code} already exists for {project.sponsor}, not for "
                    f"{sponsor}; its team and documents are left as they are."
                )
                return None
        else:
            project = project_create(
                actor=None,
                sponsor=sponsor,
                code=spec.code,
                title=spec.title,
                modality=spec.modality,
                phase=spec.phase,
                site=self.sites[spec.site],
                molecule=spec.molecule,
                status=spec.status,
                start_date=spec.start_date,
                target_end_date=spec.target_end_date,
                description=spec.description,
            )
            self.summary.projects.created += 1
            self.log(f"  + project {project.code}: {project.title}")
        self.projects[spec.code] = project
        return project

    def team(self, spec: ProjectSpec, project: Project) -> None:
        for username, responsibility in spec.team:
            user = self.users.get(username)
            if user is None:
                continue  # exists in another organization (warned about already)
            if ProjectMembership.objects.filter(project=project, user=user).exists():
                self.summary.memberships.existing += 1
                continue
            project_member_add(
                actor=None, project=project, user=user, responsibility=responsibility
            )
            self.summary.memberships.created += 1
            self.log(f"  + {project.code} team: {user.username} ({responsibility})")

    def health_story(self, spec: ProjectSpec) -> Story:
        """The day the project manager judges an active project no longer on track."""
        health = HEALTH.get(spec.code)
        if health is None:
            return
        yield at(day(HEALTH_SINCE[spec.code]), "17:00", key=spec.code, zone=site_zone(spec.site))
        project = self.projects.get(spec.code)
        manager = self.users.get(spec.team[0][0])
        if project is None or manager is None or not manager.has_perm("projects.change_project"):
            return
        project.refresh_from_db()
        if project.health == health[0]:
            return  # judged by an earlier load
        project_update(
            actor=manager,
            project=project,
            health=health[0],
            health_reason=health[1],
            reason="Status review",
        )

    def document_story(self, spec: DocumentSpec) -> Story:
        """Uploaded and submitted by the project manager on its day; a shared document
        is approved by a reviewer of the team one or two working days later."""
        project_spec = next(p for p in PROJECTS if p.code == spec.project)
        zone = site_zone(project_spec.site)
        uploaded = weekday(day(spec.day))
        yield at(uploaded, "10:30", key=spec.title, zone=zone)
        project = self.projects.get(spec.project)
        if project is None:
            return
        if ProjectDocument.objects.filter(project=project, title=spec.title).exists():
            self.summary.documents.existing += 1
            return
        uploader = self.users.get(project_spec.team[0][0])  # the project manager
        if uploader is None or not uploader.has_perm("projects.add_projectdocument"):
            self.warn(
                f"No project manager who may attach documents on {project.code}; "
                f"{spec.title!r} skipped."
            )
            return
        document = document_upload(
            actor=uploader,
            project=project,
            title=spec.title,
            upload=SimpleUploadedFile(spec.filename, spec.content),
            visibility=spec.visibility,
        )
        self.stored_files.append(document.file)
        self.summary.documents.created += 1
        self.log(f"  + {project.code} document: {document.title} ({document.visibility})")
        yield at(uploaded, "14:00", key=spec.title, zone=zone)
        document = self.document_step(document, author=uploader, name="submit")
        reviewer = next(
            (
                self.users[username]
                for username, _ in project_spec.team
                if username in self.users
                and username != uploader.username
                and self.users[username].has_perm("projects.approve_projectdocument")
            ),
            None,
        )
        shared = document is not None and document.visibility == ProjectDocument.Visibility.SHARED
        if not shared or reviewer is None:
            return  # internal documents wait in review
        gap = 1 + zlib.crc32(spec.title.encode()) % 2
        yield at(weekday(uploaded + dt.timedelta(days=gap)), "11:00", key=spec.title, zone=zone)
        self.document_step(document, author=reviewer, name="approve")

    def document_step(self, document, *, author: User, name: str):
        meaning = "authored" if name == "submit" else "approved"
        try:
            return document_transition(
                actor=author,
                document=document,
                name=name,
                meaning=meaning,
                username=author.username,
                password=DEMO_PASSWORD,
                acknowledge=True,
            )
        except ValidationError as exc:
            self.warn(f"{document.title!r} stays as it is: {exc.messages[0]}")
            return None

    # ---- the story, part by part

    def notification_story(self) -> Story:
        """At the end of the reference day: the day's reminders, read marks and e-mails."""
        yield at(weekday(day(0), back=True), "18:00")
        demo_notifications(users=self.users, log=self.log)

    def setup_story(self, roles: dict[str, Role]) -> Story:
        """The CDMO sets Accord up: organizations, sites and people, before any project."""
        yield at(weekday(day(SETUP_ON), back=True), "08:00")
        cdmo = self.organization(CDMO)
        for spec in SPONSORS:
            self.organization(spec)
        for spec in SITES:
            self.site(spec, cdmo)
        # Before the plans: they are scheduled on the sites' real public holidays.
        self.add(demo_calendars(sites=self.sites, log=self.log))
        for spec in USERS:
            self.user(spec, roles)

    def project_story(self, spec: ProjectSpec) -> Story:
        """Set up three weeks before work starts, with its team; then its plan."""
        yield at(created_on(spec), "09:00", key=spec.code, zone=site_zone(spec.site))
        project = self.project(spec)
        if project is None:
            return
        self.team(spec, project)
        yield from schedule_story(
            spec, project, users=self.users, counts=self.schedules, log=self.log
        )

    # ---- everything

    def load(self) -> DemoSummary:
        wanted_roles = {c for u in USERS for c in u.roles}
        roles = {r.code: r for r in Role.objects.filter(code__in=wanted_roles)}
        missing = wanted_roles - set(roles)
        if missing:
            raise DemoConflict(
                f"Roles missing: {', '.join(sorted(missing))}. Run `accord migrate` first."
            )
        people = {"users": self.users, "projects": self.projects, "log": self.log}
        counts = {
            name: Tally()
            for name in (
                "risks",
                "delays",
                "teams",
                "orders",
                "meetings",
                "reports",
                "rfps",
                "service",
                "kudos",
                "surveys",
                "quality",
                "quality records",
                "training",
                "equipment",
                "improvement",
                "scorecards",
                "business reviews",
                "lessons",
                "capacity",
            )
        }
        tell(
            [
                self.setup_story(roles),
                # Job roles, curricula and the e-signature training on the set-up day,
                # before anyone signs; then a year and a half of training records.
                *training_stories(
                    users=self.users,
                    sites=self.sites,
                    counts=counts["training"],
                    log=self.log,
                    projects=self.projects,
                ),
                *(self.project_story(spec) for spec in PROJECTS),
                *(self.health_story(spec) for spec in PROJECTS),
                *(self.document_story(spec) for spec in demo_documents()),
                *risk_stories(**people, counts=counts["risks"]),
                *delay_stories(**people, counts=counts["delays"]),
                *team_stories(**people, counts=counts["teams"]),
                *change_order_stories(**people, counts=counts["orders"]),
                # Sponsor profiles, contacts, interactions (a loss adds a follow-up).
                *client_stories(users=self.users, sponsors=self.organizations, log=self.log),
                *meeting_stories(**people, counts=counts["meetings"]),
                *report_stories(**people, counts=counts["reports"]),
                *proposal_stories(
                    users=self.users,
                    sponsors=self.organizations,
                    log=self.log,
                    counts=counts["rfps"],
                ),
                # Service levels, then the sponsors' concerns served under them.
                *service_stories(
                    users=self.users,
                    sponsors=self.organizations,
                    sites=self.sites,
                    projects=self.projects,
                    counts=counts["service"],
                    log=self.log,
                ),
                # Who reports to whom, then the thanks of the last months.
                *recognition_stories(users=self.users, counts=counts["kudos"], log=self.log),
                # Quarterly relationship surveys, answers, reminders, follow-ups called back.
                *survey_stories(
                    users=self.users, sponsors=self.organizations, counts=counts["surveys"]
                ),
                # Each sponsor's quality agreement, drafted by QA and signed by its head.
                *quality_stories(
                    users=self.users, sponsors=self.organizations, counts=counts["quality"]
                ),
                # A year of batches, deviations and CAPA, told to sponsors on time (or not).
                *quality_record_stories(
                    users=self.users,
                    projects=self.projects,
                    sites=self.sites,
                    counts=counts["quality records"],
                    log=self.log,
                ),
                # Change controls: one closed, one waiting for its sponsor, one assessed.
                *change_control_stories(
                    users=self.users, projects=self.projects, counts=counts["quality"]
                ),
                # Lessons learned: each closed project's signed review before it closes,
                # the lost proposals' postmortems, a deviation, a CAPA and a concern; newer
                # work of the same modality applies them; one becomes training.
                *lessons_stories(**people, counts=counts["lessons"]),
                # Equipment: qualified over the last years, calibrated on their days, one
                # balance on "do not use" after an out-of-tolerance result, one HPLC overdue.
                *equipment_stories(
                    site="VSP",
                    staff_by_username=self.users,
                    today=day(0),
                    counts=counts["equipment"],
                ),
                # Capacity: the resource register on the set-up day, its equipment linked
                # when registered, availability changes, each plan's demands on its day.
                *capacity_stories(
                    users=self.users,
                    sites=self.sites,
                    projects=self.projects,
                    counts=counts["capacity"],
                    log=self.log,
                ),
                # Continuous improvement: the technology register qualified over two
                # years, initiatives in every DMAIC stage, a Kaizen, quarterly 5S audits.
                *improvement_stories(users=self.users, counts=counts["improvement"]),
                # Each closed quarter frozen from the records above, then signed.
                *scorecard_stories(
                    users=self.users,
                    sites=self.sites,
                    counts=counts["scorecards"],
                    log=self.log,
                ),
                # Each sponsor's review of the last closed quarter, prepared in the weeks
                # after it, published with a signature, commented on by the sponsor.
                *qbr_stories(
                    users=self.users,
                    sponsors=self.organizations,
                    counts=counts["business reviews"],
                    log=self.log,
                ),
                self.notification_story(),
            ]
        )
        self.add(self.schedules)
        for tally in counts.values():
            self.add(tally)
        return self.summary

    def add(self, tally: dict[str, tuple[int, int]]) -> None:
        for label, (created, existing) in tally.items():
            count = getattr(self.summary, label.replace(" ", "_"))
            count.created += created
            count.existing += existing


def demo_load(*, stdout: TextIO | None = None, today: dt.date | None = None) -> DemoSummary:
    """Create whatever part of the demo dataset is missing; one transaction.

    Dates are offsets from the Monday of the week of ``today`` (default: the date in
    ``ACCORD_DEMO_DATE``, else the current week), which must not lie ahead: the demo
    records meetings, reports and progress that have happened. ``stdout``, if given,
    receives one line per object created. Raises :class:`DemoConflict` when existing data
    contradicts the demo dataset.
    """
    reference = reference_date_for(today)
    if reference > timezone.localdate():
        raise DemoConflict(
            f"The demo date {reference:%d %b %Y} lies in the future; the demo records what "
            "has happened, so choose a week that has begun (ACCORD_DEMO_DATE)."
        )
    loader = _Loader(stdout)
    loader.summary.reference_date = reference
    # The story clock (demo only, refused in production) dates every step by its day.
    story = clock.story_clock() if clock.story_clock_allowed() else contextlib.nullcontext()
    try:
        with transaction.atomic(), reference_date_set(reference), emails_held(), story:
            return loader.load()
    except BaseException:
        # The rows are rolled back; the files written for them must not stay behind.
        for stored in loader.stored_files:
            stored.delete(save=False)
        raise
