"""Named people and records for the CAPA tests: a CDMO with QA (Quinn, Rita), a project
manager who owns actions (Alice), an operator (Otto), sponsors Aurora and Borealis, and
deviations made directly (the deviation services are built elsewhere)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db import transaction

from accord.accounts.models import Organization, Site, User
from accord.core import clock
from accord.projects.models import Project
from accord.quality.models import Deviation
from accord.quality.services.capa import capa_action_add, capa_open
from accord.quality.services.numbers import next_number
from tests.factories import (
    CdmoFactory,
    OrganizationFactory,
    ProjectFactory,
    SiteFactory,
    UserFactory,
)


@dataclass
class CapaWorld:
    cdmo: Organization
    site: Site
    sponsor_a: Organization
    sponsor_b: Organization
    qa_quinn: User
    qa_rita: User
    pm_alice: User
    op_otto: User
    sponsor_a_manager: User
    sponsor_b_manager: User
    project_a: Project
    project_b: Project


def build_capa_world() -> CapaWorld:
    cdmo = CdmoFactory()
    site = SiteFactory(organization=cdmo, code="VSP", name="Visp API plant")
    sponsor_a = OrganizationFactory(name="Aurora Therapeutics", short_name="AUR")
    sponsor_b = OrganizationFactory(name="Borealis Pharma", short_name="BOR")

    def staff(username: str, first: str, last: str, role: str) -> User:
        return UserFactory(
            organization=cdmo,
            username=username,
            first_name=first,
            last_name=last,
            role_codes=(role,),
            site=site,
        )

    return CapaWorld(
        cdmo=cdmo,
        site=site,
        sponsor_a=sponsor_a,
        sponsor_b=sponsor_b,
        qa_quinn=staff("qa.quinn", "Quinn", "Keller", "quality_assurance"),
        qa_rita=staff("qa.rita", "Rita", "Brunner", "quality_assurance"),
        pm_alice=staff("pm.alice", "Alice", "Morgan", "project_manager"),
        op_otto=staff("op.otto", "Otto", "Imboden", "operations"),
        sponsor_a_manager=UserFactory(
            organization=sponsor_a, username="aurora.manager", role_codes=("sponsor_manager",)
        ),
        sponsor_b_manager=UserFactory(
            organization=sponsor_b, username="borealis.manager", role_codes=("sponsor_manager",)
        ),
        project_a=ProjectFactory(sponsor=sponsor_a, site=site, code="AUR-101-TT"),
        project_b=ProjectFactory(sponsor=sponsor_b, site=site, code="BOR-301-GMP"),
    )


def _number(kind: str, year: int) -> str:
    """The next real number, so rows made here never take one the services give."""
    with transaction.atomic():
        return next_number(kind, year)


def make_deviation(
    project: Project,
    reporter: User,
    *,
    classification: str = "minor",
    notified: bool = True,
    title: str = "Aurora filling line stopped",
) -> Deviation:
    now = clock.now()
    return Deviation.objects.create(
        number=_number("DEV", now.year),
        title=title,
        description="The filling line stopped for 40 minutes.",
        occurred_at=now - dt.timedelta(hours=3),
        discovered_at=now - dt.timedelta(hours=2),
        site=project.site,
        area="Suite 3",
        equipment="Filler F-12",
        project=project,
        sponsor=project.sponsor,
        containment="Line stopped and vials quarantined.",
        classification=classification,
        classification_rationale="As assessed.",
        reporter=reporter,
        owner=reporter,
        due_date=clock.today() + dt.timedelta(days=30),
        notified_at=now if notified else None,
    )


def open_capa(w: CapaWorld, deviation: Deviation | None = None, **changes):
    fields = {
        "actor": w.qa_quinn,
        "title": "Aurora filler torque drift",
        "problem": "The capping torque drifted out of range on filler F-12.",
        "owner": w.pm_alice,
        "qa_approver": w.qa_quinn,
        "due_date": clock.today() + dt.timedelta(days=60),
        "success_criteria": "No torque excursion in the next 20 batches.",
        "deviation": deviation,
        "effectiveness_after_days": 0,
        **changes,
    }
    return capa_open(**fields)


def add_action(w: CapaWorld, capa, action_type: str = "corrective", **changes):
    fields = {
        "actor": w.pm_alice,
        "capa": capa,
        "action_type": action_type,
        "description": "Recalibrate the torque head and add it to the PM plan.",
        "owner": w.op_otto,
        "qa_approver": w.qa_rita,
        "due_date": clock.today() + dt.timedelta(days=20),
        **changes,
    }
    return capa_action_add(**fields)
