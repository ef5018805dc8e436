"""Quality records made directly with the ORM for the read-side tests (batches, the QA
dashboard, the sponsor's quality page, the deviation package): the deviation and CAPA
services are written elsewhere, and these tests read whatever rows exist."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from django.db import transaction

from accord.quality.models import (
    Batch,
    Capa,
    CapaAction,
    Deviation,
    EffectivenessCheck,
    Investigation,
    OtherBatchAssessment,
    SponsorNotice,
)
from accord.quality.services.numbers import next_number

ZURICH = ZoneInfo("Europe/Zurich")


def _number(kind: str, year: int) -> str:
    """The next real number, so rows made here never take one the services give."""
    with transaction.atomic():
        return next_number(kind, year)


def at(day: dt.date, hour: int = 9) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, tzinfo=ZURICH)


def make_batch(project, actor, number: str, manufactured_on: dt.date, **fields) -> Batch:
    return Batch.objects.create(
        project=project,
        number=number,
        product=fields.pop("product", project.molecule or "product"),
        manufactured_on=manufactured_on,
        registered_by=actor,
        **fields,
    )


def make_deviation(
    *,
    project,
    owner,
    title: str,
    discovered: dt.date,
    classification: str = "minor",
    batches=(),
    notified: bool = False,
    due_date: dt.date | None = None,
    **fields,
) -> Deviation:
    deviation = Deviation.objects.create(
        number=fields.pop("number", None) or _number("DEV", discovered.year),
        title=title,
        description=fields.pop("description", f"{title}: what happened."),
        occurred_at=at(discovered, 7),
        discovered_at=at(discovered),
        site=project.site,
        area=fields.pop("area", "Suite 3"),
        project=project,
        sponsor=project.sponsor,
        containment=fields.pop("containment", "Batch put in quarantine."),
        classification=classification,
        classification_rationale=fields.pop("classification_rationale", "As assessed."),
        reporter=owner,
        owner=owner,
        due_date=due_date or discovered + dt.timedelta(days=30),
        notified_at=at(discovered, 15) if notified else None,
        **fields,
    )
    deviation.batches.set(batches)
    return deviation


def make_investigation(deviation, **fields) -> Investigation:
    return Investigation.objects.create(deviation=deviation, **fields)


def make_other_batch(investigation, item: str, batch=None, affected=False, conclusion="No impact."):
    return OtherBatchAssessment.objects.create(
        investigation=investigation,
        item=item,
        batch=batch,
        affected=affected,
        conclusion=conclusion,
    )


def make_notice(deviation, actor, kind: str = "notification", **fields) -> SponsorNotice:
    return SponsorNotice.objects.create(
        deviation=deviation,
        kind=kind,
        sent_at=fields.pop("sent_at", deviation.notified_at or deviation.discovered_at),
        recipients=fields.pop("recipients", "Head of QA"),
        how=fields.pop("how", "email"),
        content=fields.pop("content", "We tell you of the deviation."),
        recorded_by=actor,
        **fields,
    )


def make_capa(*, deviation, owner, qa_approver, title: str, due_date: dt.date, **fields) -> Capa:
    return Capa.objects.create(
        number=fields.pop("number", None) or _number("CAPA", due_date.year),
        title=title,
        problem=fields.pop("problem", f"{title}: the problem."),
        deviation=deviation,
        sponsor=deviation.sponsor if deviation else fields.pop("sponsor", None),
        owner=owner,
        qa_approver=qa_approver,
        due_date=due_date,
        created_by=owner,
        created_at=fields.pop("created_at", deviation.discovered_at if deviation else at(due_date)),
        **fields,
    )


def make_action(capa, description: str, **fields) -> CapaAction:
    return CapaAction.objects.create(
        capa=capa,
        action_type=fields.pop("action_type", "corrective"),
        description=description,
        owner=fields.pop("owner", capa.owner),
        qa_approver=fields.pop("qa_approver", capa.qa_approver),
        due_date=fields.pop("due_date", capa.due_date),
        **fields,
    )


def make_check(capa, **fields) -> EffectivenessCheck:
    return EffectivenessCheck.objects.create(
        capa=capa,
        success_criteria=fields.pop("success_criteria", "No recurrence in three months."),
        starts_on=fields.pop("starts_on", capa.due_date),
        due_date=fields.pop("due_date", capa.due_date + dt.timedelta(days=90)),
        **fields,
    )
