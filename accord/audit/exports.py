"""Hand-over copies of an audit trail: CSV and JSON (electronic) and PDF (human-readable)."""

from __future__ import annotations

import json
from collections.abc import Iterable

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone

from accord.audit.display import rows_shown
from accord.audit.models import AuditEvent
from accord.audit.selectors import changes_of
from accord.core.exports import csv_response

FORMATS = ("csv", "json", "pdf")
CSV_COLUMNS = (
    "seq",
    "occurred_at_utc",
    "actor_username",
    "actor_name",
    "channel",
    "action",
    "target_type",
    "target_id",
    "target_label",
    "parent_type",
    "parent_id",
    "parent_label",
    "field",
    "old_value",
    "new_value",
    "reason",
    "request_id",
    "hash",
    "prev_hash",
)


def _row_base(event: AuditEvent) -> dict:
    return {
        "seq": event.seq,
        "occurred_at_utc": event.occurred_at.isoformat(timespec="microseconds"),
        "actor_username": event.actor_username,
        "actor_name": event.actor_name,
        "channel": event.channel,
        "action": event.action,
        "target_type": event.target_type,
        "target_id": event.target_id,
        "target_label": event.target_label,
        "parent_type": event.parent_type,
        "parent_id": event.parent_id,
        "parent_label": event.parent_label,
        "reason": event.reason,
        "request_id": event.request_id,
        "hash": event.hash,
        "prev_hash": event.prev_hash,
    }


def _filename(stem: str, extension: str) -> str:
    return f"{stem}-{timezone.localtime():%Y%m%d-%H%M}.{extension}"


def _change_cell(value: object) -> object:
    # Numbers stay numbers; anything else as its JSON text, exactly as recorded.
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    return json.dumps(value, ensure_ascii=False)


def as_csv(events: Iterable[AuditEvent], stem: str, hide: frozenset[str]) -> HttpResponse:
    """One row per changed field (one row for an event without field changes)."""

    def rows():
        for event in events:
            base = _row_base(event)
            for change in changes_of(event, hide=hide) or [None]:
                row = {
                    **base,
                    "field": change.field if change else "",
                    "old_value": _change_cell(change.old) if change else "",
                    "new_value": _change_cell(change.new) if change else "",
                }
                yield [row[column] for column in CSV_COLUMNS]

    return csv_response(_filename(stem, "csv"), CSV_COLUMNS, rows())


def as_json(
    events: Iterable[AuditEvent], stem: str, hide: frozenset[str], about: dict
) -> HttpResponse:
    body = {
        "exported_at": timezone.now().isoformat(timespec="seconds"),
        "about": about,
        "events": [
            {
                **_row_base(event),
                "changes": {c.field: [c.old, c.new] for c in changes_of(event, hide=hide)},
            }
            for event in events
        ],
    }
    response = HttpResponse(
        json.dumps(body, indent=2, ensure_ascii=False), content_type="application/json"
    )
    response["Content-Disposition"] = f'attachment; filename="{_filename(stem, "json")}"'
    return response


def as_pdf(
    events: Iterable[AuditEvent], stem: str, hide: frozenset[str], about: dict, request
) -> HttpResponse:
    from weasyprint import HTML

    rows = rows_shown(events, hide=hide)
    html = render_to_string(
        "audit/trail_pdf.html",
        {"rows": rows, "about": about, "printed_at": timezone.now(), "printed_by": request.user},
    )
    pdf = HTML(string=html, base_url=request.build_absolute_uri("/")).write_pdf()
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{_filename(stem, "pdf")}"'
    return response
