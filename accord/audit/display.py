"""How an audit event reads to a person: sentences for actions, labels for values.

The trail stores what the services wrote: action codes (``proposals.rfp.created``),
field names and plain JSON values (choice codes, foreign-key ids, ISO dates, a
simulation's result as a mapping). Every page and PDF that shows events goes through
this module, so that a person reads "RFP created", "Status: Draft → In review",
"Project: NVB-101-TT NVB-101 tech transfer ..." and a readable result, never a code or a
Python value. The machine-readable exports (JSON, the chain itself) keep the raw values.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
from collections.abc import Iterable

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils.module_loading import import_string

from accord.audit.models import AuditEvent
from accord.audit.selectors import REDACTED, Change
from accord.core.dates import format_day, format_moment

EMPTY = "—"
# Words that are written in capitals wherever they appear in a label.
ACRONYMS = {
    "rfp": "RFP",
    "rfps": "RFPs",
    "sow": "SOW",
    "raci": "RACI",
    "qa": "QA",
    "capa": "CAPA",
    "qc": "QC",
    "pdf": "PDF",
    "id": "ID",
    "ip": "IP",
    "url": "URL",
    "api": "API",
    "csv": "CSV",
    "mfa": "MFA",
    "otp": "OTP",
    "pm": "PM",
    "sha256": "SHA-256",
    "gmp": "GMP",
    "cdmo": "CDMO",
    "ich": "ICH",
    "p50": "P50",
    "p80": "P80",
    "p90": "P90",
    "p95": "P95",
}


def words(text: str) -> str:
    """``health_reason`` -> ``Health reason``; ``rfp`` -> ``RFP``."""
    parts = [ACRONYMS.get(part.lower(), part) for part in text.replace("_", " ").split()]
    if not parts:
        return ""
    first = parts[0]
    parts[0] = first if first.isupper() else first[:1].upper() + first[1:]
    return " ".join(parts)


CHANNELS = {
    "ui": "the web pages",
    "api": "the API",
    "cli": "the command line",
    "job": "a background job",
    "system": "Accord itself",
}


# Lists of codes kept in JSON fields (no choices on the field itself): their labels.
JSON_CHOICES = {
    ("proposals.rfp", "services"): "accord.proposals.models.rfps.Service",
    ("proposals.postmortem", "reasons"): "accord.proposals.models.outcomes.LossReason",
    ("proposals.complexityassessment", "required_reviews"): (
        "accord.proposals.models.reviews.ReviewKind"
    ),
    ("proposals.proposalrevision", "reviews_invalidated"): (
        "accord.proposals.models.reviews.ReviewKind"
    ),
    ("clients.sponsorprofile", "modalities"): "accord.clients.models.Modality",
    ("clients.sponsorprofile", "regions"): "accord.clients.models.Region",
}


# Codes of plain text fields that have no choices of their own.
VALUE_LABELS = {
    ("planning.simulation", "distribution"): {"pert": "PERT-beta", "triangular": "Triangular"},
}


def _json_choices(target_type: str, name: str) -> dict[str, str]:
    if (target_type, name) in VALUE_LABELS:
        return VALUE_LABELS[(target_type, name)]
    path = JSON_CHOICES.get((target_type, name))
    if path is None:
        return {}
    try:
        choices = import_string(path)
    except ImportError:
        return {}
    return {str(code): str(label) for code, label in choices.choices}


def channel_words(channel: str) -> str:
    return CHANNELS.get(channel, words(channel))


def _model(label: str) -> type[models.Model] | None:
    try:
        return apps.get_model(label)
    except (LookupError, ValueError):
        return None


# Workflow transitions are named as commands; the trail says what happened.
PAST = {
    "approve": "approved",
    "submit": "submitted for review",
    "send": "sent",
    "accept": "accepted",
    "reject": "rejected",
    "decline": "declined",
    "incorporate": "incorporated",
    "redraft": "sent back to draft",
    "qualify": "qualified",
    "publish": "published",
    "withdraw": "withdrawn",
    "close": "closed",
    "reopen": "reopened",
    "obsolete": "made obsolete",
    "revise": "revised",
    "cancel": "cancelled",
}


def action_sentence(action: str) -> str:
    """``proposals.rfp.created`` -> ``RFP created``; ``proposals.scopeitem.added`` ->
    ``Scope item added``: the record's own name, then what happened to it."""
    parts = action.split(".")
    if len(parts) < 3:
        return words(" ".join(parts[1:] or parts))
    app_label, entity, *what = parts
    model = _model(f"{app_label}.{entity}")
    name = str(model._meta.verbose_name) if model is not None else entity
    verb = " ".join(PAST.get(part, part) for part in what)
    return words(f"{name} {verb}")


def _field(model: type[models.Model] | None, name: str):
    if model is None:
        return None
    try:
        return model._meta.get_field(name)
    except FieldDoesNotExist:
        return None


def field_label(model: type[models.Model] | None, name: str) -> str:
    field = _field(model, name)
    verbose = getattr(field, "verbose_name", None)
    return words(str(verbose)) if verbose else words(name)


_CODE = re.compile(r"[a-z]+(_[a-z0-9]+)+")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:\d{2}|Z)?")


class _Names:
    """Names of related records, looked up once per page."""

    def __init__(self) -> None:
        self.cache: dict[tuple[type[models.Model], object], str] = {}

    def name(self, model: type[models.Model], pk: object) -> str:
        if not str(pk).isdigit():
            return _structured(pk)  # some services store the related record's name itself
        key = (model, pk)
        if key not in self.cache:
            record = model._base_manager.filter(pk=pk).first() if pk not in (None, "") else None
            self.cache[key] = str(record) if record is not None else f"(removed, #{pk})"
        return self.cache[key]


def _structured(value: object) -> str:
    """A mapping or list (a simulation's result, a ladder of contacts, a plan edit) as
    readable text: keys as words, codes as words, one entry after the other."""
    if isinstance(value, dict):
        return "; ".join(f"{words(str(key))}: {_structured(item)}" for key, item in value.items())
    if isinstance(value, list | tuple):
        joiner = " | " if any(isinstance(item, dict | list) for item in value) else ", "
        return joiner.join(_structured(item) for item in value) or EMPTY
    if isinstance(value, str) and _CODE.fullmatch(value):
        return words(value)
    if isinstance(value, str):
        with contextlib.suppress(ValueError):
            if _ISO_MOMENT.fullmatch(value):
                return format_moment(dt.datetime.fromisoformat(value))
            if _ISO_DAY.fullmatch(value):
                return format_day(dt.date.fromisoformat(value))
    return _plain(value)


def _plain(value: object) -> str:
    if value is None or value == "":
        return EMPTY
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    return str(value)


def value_text(
    model: type[models.Model] | None,
    name: str,
    value: object,
    names: _Names,
    target_type: str = "",
) -> str:
    """One stored value as a person reads it, by what the field is."""
    if value is None or value == "" or value == []:
        return EMPTY
    if value == REDACTED:
        return REDACTED
    field = _field(model, name)
    labels = _json_choices(target_type, name)
    if labels and isinstance(value, list):
        return ", ".join(labels.get(str(item), words(str(item))) for item in value)
    if labels and isinstance(value, str):
        return labels.get(value, words(value))
    if isinstance(value, str) and value[:1] in "{[":
        with contextlib.suppress(ValueError):
            value = json.loads(value)
    if field is not None and getattr(field, "flatchoices", None):
        labels = {str(code): str(label) for code, label in field.flatchoices}
        if isinstance(value, list):
            return ", ".join(labels.get(str(item), words(str(item))) for item in value)
        return labels.get(str(value), words(str(value)))
    # A foreign key or many-to-many of the record itself holds ids; a reverse relation
    # (a deliverable's RACI, a change order's edits) holds its own readable summary.
    forward = field is not None and field.is_relation and field.concrete
    if forward and field.related_model is not None:
        related = field.related_model
        if isinstance(value, list):
            return "; ".join(names.name(related, pk) for pk in value) or EMPTY
        return names.name(related, value)
    if isinstance(field, models.DateTimeField) and isinstance(value, str):
        try:
            return format_moment(dt.datetime.fromisoformat(value))
        except ValueError:
            return value
    if isinstance(field, models.DateField) and isinstance(value, str):
        try:
            return format_day(dt.date.fromisoformat(value))
        except ValueError:
            return value
    if isinstance(field, models.BooleanField):
        return "Yes" if value else "No"
    return _structured(value)


def changes_shown(
    event: AuditEvent, *, hide: frozenset[str] = frozenset(), names: _Names | None = None
) -> list[Change]:
    """The event's changes with human field labels and values."""
    names = names or _Names()
    model = _model(event.target_type)
    values = json.loads(event.changes or "{}")
    shown = []
    for name, (old, new) in sorted(values.items()):
        label = field_label(model, name)
        if name in hide:
            shown.append(Change(label, REDACTED, REDACTED))
            continue
        shown.append(
            Change(
                label,
                value_text(model, name, old, names, event.target_type),
                value_text(model, name, new, names, event.target_type),
            )
        )
    return shown


def rows_shown(
    events: Iterable[AuditEvent], *, hide: frozenset[str] = frozenset()
) -> list[tuple[AuditEvent, list[Change]]]:
    """``(event, changes)`` for a page of events, related names looked up once."""
    names = _Names()
    return [(event, changes_shown(event, hide=hide, names=names)) for event in events]
