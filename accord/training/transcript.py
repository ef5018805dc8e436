"""A person's training record: the job roles they hold, what those roles require and
where they stand on each, their assignments, competencies, on-the-job training and the
signatures behind them. One context for the page and the transcript PDF an inspector
reads (with its signatures manifest: printed name, meaning, time)."""

from __future__ import annotations

import datetime as dt

from django.db.models import Q
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.http import content_disposition_header

from accord.accounts.models import User
from accord.core import clock
from accord.signatures.models import Signature
from accord.training.models import (
    Assignment,
    CompetencyRecord,
    OjtRecord,
    Requirement,
    RoleHolding,
)
from accord.training.status import cells, required_pairs


def _label(record_type: str) -> str:
    return {
        "training.assignment": "Training",
        "training.competencyrecord": "Competency",
        "training.ojtrecord": "On-the-job training",
    }.get(record_type, record_type)


def record_context(person: User, on: dt.date | None = None) -> dict[str, object]:
    on = on or clock.today()
    holdings = list(
        RoleHolding.objects.filter(person=person)
        .select_related("job_role", "site", "assigned_by")
        .order_by("ended_on", "-assigned_on")
    )
    required_ids = {r for _, r in required_pairs([person.pk], on)}
    requirements = list(
        Requirement.objects.filter(Q(pk__in=required_ids) | Q(assignments__person=person))
        .select_related("document", "competency")
        .distinct()
        .order_by("kind", "code")
    )
    found = cells([person], requirements, on)
    standing = [(r, found[(person.pk, r.pk)]) for r in requirements]
    assignments = list(
        Assignment.objects.filter(person=person)
        .select_related("requirement", "document_version__document", "assigned_by")
        .order_by("status", "due_on", "-completed_on")
    )
    open_assignments = [a for a in assignments if a.status == Assignment.Status.OPEN]
    done = [a for a in assignments if a.status == Assignment.Status.COMPLETED]
    cancelled = [a for a in assignments if a.status == Assignment.Status.CANCELLED]
    records = list(
        CompetencyRecord.objects.filter(person=person)
        .select_related("competency", "assessor")
        .order_by("competency__name", "-assessed_on", "-pk")
    )
    latest: dict[int, CompetencyRecord] = {}
    for record in sorted(records, key=lambda r: (r.assessed_on, r.pk)):
        latest[record.competency_id] = record
    competencies = sorted(latest.values(), key=lambda r: r.competency.name)
    for record in competencies:
        record.current = record.is_current(on)
    ojt = list(
        OjtRecord.objects.filter(Q(trainee=person) | Q(trainer=person))
        .select_related("competency", "trainee", "trainer", "assessor")
        .order_by("-performed_on", "-pk")
    )
    parts = (
        [("training.assignment", a.pk) for a in assignments]
        + [("training.competencyrecord", r.pk) for r in records]
        + [("training.ojtrecord", o.pk) for o in ojt if o.trainee_id == person.pk]
    )
    names = {("training.assignment", a.pk): a.requirement.title for a in assignments}
    names.update(
        {
            ("training.competencyrecord", r.pk): f"{r.competency.name} (level {r.level})"
            for r in records
        }
    )
    names.update({("training.ojtrecord", o.pk): f"OJT: {o.task}" for o in ojt})
    condition = Q(pk__in=[])
    by_type: dict[str, list[int]] = {}
    for record_type, record_id in parts:
        by_type.setdefault(record_type, []).append(record_id)
    for record_type, ids in by_type.items():
        condition |= Q(record_type=record_type, record_id__in=ids)
    signatures = [
        {
            "what": names.get((s.record_type, s.record_id), ""),
            "kind": _label(s.record_type),
            "signature": s,
        }
        for s in Signature.objects.filter(condition).order_by("signed_at", "pk")
    ]
    gaps = [r for r, cell in standing if cell.state in ("due", "overdue", "expired", "missing")]
    return {
        "person": person,
        "on": on,
        "holdings": holdings,
        "current_holdings": [h for h in holdings if h.ended_on is None or h.ended_on > on],
        "standing": standing,
        "gap_count": len(gaps),
        "qualified_count": sum(cell.is_qualified for _, cell in standing),
        "open_assignments": open_assignments,
        "done_assignments": done,
        "cancelled_assignments": cancelled,
        "competencies": competencies,
        "competency_history": records,
        "ojt": ojt,
        "signatures": signatures,
        "generated_at": clock.now(),
    }


def transcript_pdf(person: User) -> bytes:
    from weasyprint import HTML

    html = render_to_string("training/transcript_pdf.html", record_context(person))
    return HTML(string=html).write_pdf()


def transcript_response(person: User) -> HttpResponse:
    response = HttpResponse(transcript_pdf(person), content_type="application/pdf")
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=f"training-record-{person.username}.pdf"
    )
    return response
