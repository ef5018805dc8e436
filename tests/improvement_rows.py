"""Improvement records for tests: initiatives, audits and capabilities made through the
services, as people would."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from accord.improvement import services
from accord.improvement.models import Initiative
from tests.factories import (
    PASSWORD,
    CdmoFactory,
    OrganizationFactory,
    ProjectFactory,
    SiteFactory,
    UserFactory,
)


def small_world() -> SimpleNamespace:
    """The few records improvement tests need: a CDMO with two sites, two sponsors with a
    project each, a project manager, QA, an operations champion and each sponsor's
    manager (the shared ``world`` fixture builds much more)."""
    cdmo = CdmoFactory()
    site = SiteFactory(organization=cdmo, code="VSP", name="Visp API plant")
    other_site = SiteFactory(organization=cdmo, code="SGB", name="Saint-Gobain fill-finish")
    sponsor_a = OrganizationFactory(name="Aurora Therapeutics", short_name="AUR")
    sponsor_b = OrganizationFactory(name="Borealis Pharma", short_name="BOR")

    def staff(username: str, first: str, last: str, role: str):
        return UserFactory(
            organization=cdmo,
            username=username,
            first_name=first,
            last_name=last,
            role_codes=(role,),
            site=site,
        )

    def manager(org, username: str):
        return UserFactory(organization=org, username=username, role_codes=("sponsor_manager",))

    pm = staff("pm.alice", "Alice", "Morgan", "project_manager")
    return SimpleNamespace(
        cdmo=cdmo,
        site=site,
        other_site=other_site,
        sponsor_a=sponsor_a,
        sponsor_b=sponsor_b,
        pm_alice=pm,
        qa_quinn=staff("qa.quinn", "Quinn", "Keller", "quality_assurance"),
        sponsor_a_manager=manager(sponsor_a, "aurora.manager"),
        sponsor_b_manager=manager(sponsor_b, "borealis.manager"),
        project_a=ProjectFactory(
            sponsor=sponsor_a, site=site, code="AUR-101-TT", members=[(pm, "project_manager")]
        ),
        project_b=ProjectFactory(
            sponsor=sponsor_b, site=site, code="BOR-301-GMP", members=[(pm, "project_manager")]
        ),
    )


def sign(user) -> dict:
    return {"username": user.username, "password": PASSWORD, "acknowledge": True}


def champion(world, username: str = "ops.otto"):
    """An operations lead at the world's site: champions initiatives, signs their gates."""
    from accord.accounts.models import User

    found = User.objects.filter(username=username).first()
    return found or UserFactory(
        organization=world.cdmo,
        username=username,
        first_name="Otto",
        last_name="Imboden",
        role_codes=("operations",),
        site=world.site,
    )


def initiative(world, *, title: str = "Cut QC release time", method: str = "dmaic", **fields):
    values = {
        "problem_statement": "Release of peptide batches waits on QC review.",
        "owner": world.pm_alice,
        "champion": champion(world),
        "site": world.site,
        "started_on": dt.date(2026, 1, 12),
        **fields,
    }
    return services.initiative_create(actor=world.pm_alice, title=title, method=method, **values)


def finish_stage(world, item: Initiative) -> None:
    for deliverable in item.deliverables.filter(stage=item.stage):
        services.deliverable_set_done(actor=world.pm_alice, deliverable=deliverable, done=True)


def pass_gate(world, item: Initiative) -> None:
    finish_stage(world, item)
    item.refresh_from_db()
    services.initiative_pass_gate(
        actor=champion(world), initiative=item, version=item.version, **sign(champion(world))
    )
    item.refresh_from_db()
