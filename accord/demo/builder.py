"""A realistic, deterministic CDMO demo dataset (``accord demo``).

The data is fixed: the same organizations, people, projects and documents on every
machine, with dates relative to a reference date: the Monday of the week it is loaded in
(or of ``ACCORD_DEMO_DATE``), so the demo always looks live. Loading is idempotent: every
piece is looked up by its natural key (organization short name, site code, username,
project code, membership (project, user), document (project, title), meeting (project,
title)) and only what is missing is created. Existing users keep their passwords.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TextIO

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import timezone

from accord.accounts import roles as R
from accord.accounts.models import Organization, Role, Site, User
from accord.accounts.services import organization_create, site_create, user_create
from accord.demo.calendars import demo_calendars
from accord.demo.change_orders import demo_change_orders
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
from accord.demo.delays import demo_delays
from accord.demo.documents import demo_documents
from accord.demo.meetings import demo_meetings
from accord.demo.notifications import demo_notifications
from accord.demo.projects import HEALTH, PROJECTS
from accord.demo.proposals import demo_proposals
from accord.demo.reports import demo_reports
from accord.demo.risks import demo_risks
from accord.demo.schedules import demo_schedules
from accord.demo.teams import demo_teams
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
            self.health(spec, project)
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

    def health(self, spec: ProjectSpec, project: Project) -> None:
        """The health the project manager gives an active project that is not on track."""
        health = HEALTH.get(project.code)
        manager = self.users.get(spec.team[0][0])
        if health and manager is not None and manager.has_perm("projects.change_project"):
            project_update(
                actor=manager,
                project=project,
                health=health[0],
                health_reason=health[1],
                reason="Status review",
            )

    def document(self, spec: DocumentSpec) -> None:
        project = self.projects.get(spec.project)
        if project is None:
            return
        if ProjectDocument.objects.filter(project=project, title=spec.title).exists():
            self.summary.documents.existing += 1
            return
        project_spec = next(p for p in PROJECTS if p.code == spec.project)
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
        self.document_control(document, project_spec, uploader)

    def document_control(self, document, project_spec: ProjectSpec, author: User) -> None:
        """Shared documents go through review and approval; internal ones wait in review."""
        reviewer = next(
            (
                self.users[username]
                for username, _ in project_spec.team
                if username in self.users
                and username != author.username
                and self.users[username].has_perm("projects.approve_projectdocument")
            ),
            None,
        )
        try:
            document = document_transition(
                actor=author,
                document=document,
                name="submit",
                meaning="authored",
                username=author.username,
                password=DEMO_PASSWORD,
                acknowledge=True,
            )
            if document.visibility == ProjectDocument.Visibility.SHARED and reviewer:
                document_transition(
                    actor=reviewer,
                    document=document,
                    name="approve",
                    meaning="approved",
                    username=reviewer.username,
                    password=DEMO_PASSWORD,
                    acknowledge=True,
                )
        except ValidationError as exc:
            self.warn(f"{document.title!r} stays a draft: {exc.messages[0]}")

    # ---- everything

    def load(self) -> DemoSummary:
        wanted_roles = {c for u in USERS for c in u.roles}
        roles = {r.code: r for r in Role.objects.filter(code__in=wanted_roles)}
        missing = wanted_roles - set(roles)
        if missing:
            raise DemoConflict(
                f"Roles missing: {', '.join(sorted(missing))}. Run `accord migrate` first."
            )
        cdmo = self.organization(CDMO)
        for spec in SPONSORS:
            self.organization(spec)
        for spec in SITES:
            self.site(spec, cdmo)
        # Before the plans: they are scheduled on the sites' real public holidays.
        self.add(demo_calendars(sites=self.sites, log=self.log))
        for spec in USERS:
            self.user(spec, roles)
        for spec in PROJECTS:
            project = self.project(spec)
            if project is not None:
                self.team(spec, project)
        self.add(demo_schedules(users=self.users, projects=self.projects, log=self.log))
        for spec in demo_documents():
            self.document(spec)
        created, existing = demo_risks(users=self.users, projects=self.projects, log=self.log)
        self.summary.risks.created += created
        self.summary.risks.existing += existing
        created, existing = demo_delays(users=self.users, projects=self.projects, log=self.log)
        self.summary.delays.created += created
        self.summary.delays.existing += existing
        created, existing = demo_teams(users=self.users, projects=self.projects, log=self.log)
        self.summary.team_parts.created += created
        self.summary.team_parts.existing += existing
        self.add(demo_change_orders(users=self.users, projects=self.projects, log=self.log))
        from accord.demo.clients import demo_clients  # sponsor profiles, contacts, interactions

        demo_clients(users=self.users, sponsors=self.organizations, log=self.log)
        self.add(demo_meetings(users=self.users, projects=self.projects, log=self.log))
        self.add(demo_reports(users=self.users, projects=self.projects, log=self.log))
        # Last: a loss adds a follow-up to the sponsor's relationship, a win a project.
        self.add(demo_proposals(users=self.users, sponsors=self.organizations, log=self.log))
        demo_notifications(users=self.users, log=self.log)  # last: reminders, read marks, e-mails
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
    try:
        with transaction.atomic(), reference_date_set(reference), emails_held():
            return loader.load()
    except BaseException:
        # The rows are rolled back; the files written for them must not stay behind.
        for stored in loader.stored_files:
            stored.delete(save=False)
        raise
