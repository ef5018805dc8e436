"""Shared set-up for the deviation tests: an approved quality agreement for sponsor A,
batches, a second QA approver, and a deviation raised the way QA would."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from django.utils import timezone

from accord.quality import services
from accord.quality.models import Batch, Capa, Deviation
from accord.quality.services.agreements import Contact, Terms
from accord.quality.services.deviations import Intake, deviation_raise
from tests.factories import PASSWORD, UserFactory

ZURICH = ZoneInfo("Europe/Zurich")


def agreement_for(world, sponsor=None, *, notify=None, summary_days: int = 10):
    sponsor = sponsor or world.sponsor_a
    draft = services.agreement_draft(
        actor=world.admin_ada,
        sponsor=sponsor,
        terms=Terms(
            title=f"{sponsor.name} quality agreement",
            effective_from=dt.date(2020, 1, 1),
            summary_days=summary_days,
            notify=notify if notify is not None else {"critical": 24, "major": 72},
            contacts=[Contact("Maya Aurora", "maya@aurora.example", "Head of QA")],
        ),
    )
    return services.agreement_approve(
        actor=world.qa_quinn,
        agreement=draft,
        username="qa.quinn",
        password=PASSWORD,
        version=draft.version,
        acknowledge=True,
    )


def batch(world, number: str, project=None) -> Batch:
    return Batch.objects.create(
        project=project or world.project_a,
        number=number,
        product="aurolimab drug substance",
        manufactured_on=dt.date(2026, 3, 1),
        registered_by=world.pm_alice,
    )


def second_qa(world):
    return UserFactory(
        organization=world.cdmo,
        username="qa.rhea",
        first_name="Rhea",
        last_name="Lind",
        role_codes=("quality_assurance",),
        site=world.site,
    )


def intake(world, **changes) -> Intake:
    discovered = changes.pop("discovered_at", timezone.now() - dt.timedelta(hours=2))
    fields = {
        "title": "Bioreactor temperature excursion",
        "description": "BR-2000 ran at 39.5 °C for 40 minutes against 37 ± 1 °C.",
        "occurred_at": discovered - dt.timedelta(hours=1),
        "discovered_at": discovered,
        "site": world.site,
        "area": "Suite 3",
        "equipment": "BR-2000",
        "process_step": "Production culture",
        "project": world.project_a,
        "containment": "Batch quarantined; bioreactor locked out.",
        "classification": "major",
        "classification_rationale": "Potential impact on product quality attributes.",
        "owner": world.pm_alice,
        **changes,
    }
    return Intake(**fields)


def raise_deviation(world, actor=None, **changes) -> Deviation:
    links = {k: changes.pop(k) for k in ("from_delay", "from_concern", "from_risk") if k in changes}
    return deviation_raise(actor=actor or world.pm_alice, intake=intake(world, **changes), **links)


def capa_for(world, deviation) -> Capa:
    return Capa.objects.create(
        number=f"CAPA-2026-{Capa.objects.count() + 1:04d}",
        title="Recalibrate BR-2000 probes",
        problem="Temperature probe drift.",
        deviation=deviation,
        sponsor=deviation.sponsor,
        owner=world.pm_alice,
        qa_approver=world.qa_quinn,
        due_date=dt.date(2026, 12, 31),
        created_by=world.qa_quinn,
    )
