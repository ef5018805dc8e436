"""Which record types the search finds, and how each one is searched and shown.

Each app declares its own types in its ``search.py`` with ``register(SearchType(...))``;
the search app imports every installed app's ``search`` module when Django starts (see
``apps.py``), so a new app adds itself without touching the search. A type's candidates
always come from the app's visibility selector (``visible_to``), so a record is exactly
as findable as it is visible; fields marked ``internal`` are searched and shown to CDMO
staff only. On PostgreSQL each type needs its full-text indexes (``AddSearchIndex`` in a
migration, named by ``index_name``); ``docs/search.md`` says how to add a type.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db import models
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.formats import date_format

# The text-search configuration of every vector, index and query: Accord's records are
# written in English. Changing it needs new indexes (the index and the query must agree).
SEARCH_CONFIG = "english"
WEIGHTS = ("A", "B", "C", "D")


@dataclass(frozen=True)
class SearchField:
    """A text column of the type's own table.

    ``weight`` orders matches on PostgreSQL (A: the title or number, B: the main text,
    C/D: the rest); on SQLite a match in an A field puts a record first. ``internal``
    fields are searched and shown to CDMO staff only (internal notes, pricing notes).
    """

    name: str
    weight: str = "B"
    internal: bool = False

    def __post_init__(self) -> None:
        if self.weight not in WEIGHTS:
            raise ValueError(f"Search field {self.name}: weight must be one of {WEIGHTS}.")


def _empty(_record: Any) -> str:
    return ""


@dataclass(frozen=True)
class SearchType:
    key: str  # the type filter's value (page and API): stable, lower case, plural
    label: str  # "Risks": the group's heading
    model: type[models.Model]
    visible_to: Callable[[Any], QuerySet]  # the app's selector: what this user may see
    fields: tuple[SearchField, ...]
    url: Callable[[Any, Any], str]  # (record, user) -> the record's page for this user
    title_field: str | None = None  # highlighted as the title; else ``title(record)``
    title: Callable[[Any], str] | None = None
    reference: Callable[[Any], str] = _empty  # a short code shown before the title
    context: Callable[[Any], str] = _empty  # one line of where it belongs (project, date)
    date_field: str = "updated_at"  # recency: the tie-break, and the SQLite ranking
    icon: str = "bi-file-earmark-text"
    staff_only: bool = False  # the whole type is CDMO-internal (no sponsor ever sees one)
    order: int = 100  # position among the groups

    def __post_init__(self) -> None:
        if not self.fields:
            raise ValueError(f"Search type {self.key}: declare at least one field.")
        if self.title_field is None and self.title is None:
            raise ValueError(f"Search type {self.key}: give a title_field or a title.")
        if self.title_field is not None and self.title_field not in self.field_names:
            raise ValueError(f"Search type {self.key}: the title field must be a search field.")
        if not self.public_fields:
            raise ValueError(f"Search type {self.key}: at least one field must be non-internal.")

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    @property
    def public_fields(self) -> tuple[SearchField, ...]:
        return tuple(f for f in self.fields if not f.internal)

    @property
    def internal_fields(self) -> tuple[SearchField, ...]:
        return tuple(f for f in self.fields if f.internal)

    def available_to(self, user) -> bool:
        if not (user and user.is_authenticated and user.is_active):
            return False
        return user.is_cdmo_staff or not self.staff_only

    def fields_for(self, user) -> tuple[SearchField, ...]:
        """The fields this user's search looks in and shows: internal ones for staff only."""
        return self.fields if user.is_cdmo_staff else self.public_fields

    def index_name(self, part: str) -> str:
        """The PostgreSQL GIN index of the ``public`` or the ``internal`` fields."""
        return f"search_{self.model._meta.db_table}_{part}"[:63]

    def display_title(self, record: Any) -> str:
        if self.title is not None:
            return self.title(record)
        return str(getattr(record, self.title_field) or "")


_REGISTRY: dict[str, SearchType] = {}


def register(search_type: SearchType) -> SearchType:
    existing = _REGISTRY.get(search_type.key)
    if existing is not None and existing.model is not search_type.model:
        raise ValueError(f"Search type {search_type.key!r} is already registered.")
    _REGISTRY[search_type.key] = search_type
    return search_type


def search_types() -> list[SearchType]:
    return sorted(_REGISTRY.values(), key=lambda t: (t.order, t.label))


def search_type(key: str) -> SearchType | None:
    return _REGISTRY.get(key)


def types_for(user) -> list[SearchType]:
    return [t for t in search_types() if t.available_to(user)]


def day(value: dt.date | dt.datetime | None) -> str:
    """A date for a result's context line, as the pages write it ("7 Oct 2026")."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = timezone.localdate(value)
    return date_format(value, "j M Y")
