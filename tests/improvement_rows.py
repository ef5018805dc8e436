"""Improvement records for tests: initiatives, audits and capabilities made through the
services, as people would."""

from __future__ import annotations

import datetime as dt

from accord.improvement import services
from accord.improvement.models import Initiative
from tests.factories import PASSWORD, UserFactory


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
