"""factory_boy factories that create through the services: tests use the real write path."""

from __future__ import annotations

import datetime as dt

import factory
from django.core.files.uploadedfile import SimpleUploadedFile

from accord.accounts import services as account_services
from accord.accounts.models import Organization, Role, Site, User
from accord.projects import services as project_services
from accord.projects.models import Project, ProjectDocument

PASSWORD = "correct-horse-battery-staple-42"


class ServiceFactory(factory.Factory):
    class Meta:
        abstract = True


class OrganizationFactory(ServiceFactory):
    class Meta:
        model = Organization

    kind = Organization.Kind.SPONSOR
    name = factory.Sequence(lambda n: f"Sponsor {n} Therapeutics")
    short_name = factory.Sequence(lambda n: f"SP{n}")
    sponsor_type = Organization.SponsorType.BIOTECH
    country = "Switzerland"

    @classmethod
    def _create(cls, model_class, **kwargs) -> Organization:
        return account_services.organization_create(actor=None, **kwargs)


class CdmoFactory(OrganizationFactory):
    kind = Organization.Kind.CDMO
    name = "Helvetia Biologics & Chemistry AG"
    short_name = "HBC"
    sponsor_type = ""


class SiteFactory(ServiceFactory):
    class Meta:
        model = Site

    organization = factory.SubFactory(CdmoFactory)
    code = factory.Sequence(lambda n: f"S{n:02d}")
    name = factory.Sequence(lambda n: f"Site {n}")
    city = "Visp"
    country = "Switzerland"

    @classmethod
    def _create(cls, model_class, **kwargs) -> Site:
        return account_services.site_create(actor=None, **kwargs)


class UserFactory(ServiceFactory):
    class Meta:
        model = User

    organization = factory.SubFactory(OrganizationFactory)
    username = factory.Sequence(lambda n: f"user{n}")
    first_name = "Pat"
    last_name = factory.Sequence(lambda n: f"Person{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.com")
    password = PASSWORD
    role_codes = ("sponsor_contact",)

    @classmethod
    def _create(cls, model_class, role_codes, **kwargs) -> User:
        roles = Role.objects.filter(code__in=role_codes)
        return account_services.user_create(actor=None, roles=roles, **kwargs)


class ProjectFactory(ServiceFactory):
    class Meta:
        model = Project

    code = factory.Sequence(lambda n: f"PRJ-{n:03d}")
    title = factory.Sequence(lambda n: f"Tech transfer and GMP batch {n}")
    modality = Project.Modality.SMALL_MOLECULE
    phase = Project.Phase.FIRST_IN_HUMAN
    status = Project.Status.ACTIVE
    start_date = dt.date(2026, 1, 5)
    target_end_date = dt.date(2026, 12, 18)

    @classmethod
    def _create(cls, model_class, members=(), **kwargs) -> Project:
        project = project_services.project_create(actor=None, **kwargs)
        for member in members:
            # A person, or (person, project role).
            user, role = member if isinstance(member, tuple) else (member, None)
            project_services.project_member_add(actor=None, project=project, user=user, role=role)
        return project


def make_document(
    *, actor: User, project: Project, title: str, visibility: str, content: bytes = b"hello"
) -> ProjectDocument:
    upload = SimpleUploadedFile(f"{title.lower().replace(' ', '-')}.txt", content)
    return project_services.document_upload(
        actor=actor, project=project, title=title, upload=upload, visibility=visibility
    )


def lessons_review_submitted(*, actor, project: Project):
    """The project's lessons review, written and signed by ``actor`` (a project manager),
    so that the project may be completed or cancelled."""
    from accord.lessons import services as lessons

    review = lessons.review_start(actor=actor, project=project)
    review = lessons.review_update(
        actor=actor,
        review=review,
        went_well="Tech transfer on time.",
        went_badly="Raw material release slipped two weeks.",
        root_causes="Single supplier for the starting material.",
        recommendations="Qualify a second supplier before the first GMP batch.",
        process_rating=4,
        quality_rating=4,
        schedule_rating=3,
        sponsor_satisfaction=4,
    )
    lessons.review_finding_add(
        actor=actor,
        review=review,
        title="Qualify a second supplier early",
        what_happened="The only supplier's release slipped two weeks.",
        recommendation="Qualify a second starting-material supplier before the first batch.",
        cause="supply_chain",
    )
    return lessons.review_submit(
        actor=actor, review=review, username=actor.username, password=PASSWORD, acknowledge=True
    )
