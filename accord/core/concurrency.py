"""No lost updates: a save made from a stale copy of a record is refused, never applied.

Every record a person edits carries a version number that goes up with each change. An
edit page carries the version it was opened at (``VersionField``, a hidden input); the
service reads the row again under a row lock (``locked``), compares (``check``) and, if
someone else saved in between, raises ``StaleEdit``. Nothing is written then, and no audit
event. ``StaleEdit`` is a ``ValidationError`` of no field, so a page shows it above the
form with what the user typed still in it; the API answers 409 Conflict, or 412
Precondition Failed when the client sent ``If-Match`` (``expected_version``). API detail
responses carry the version as their ``ETag`` (``set_etag``).

``version=None`` skips the comparison (not the lock): for internal callers that change
a record without having shown it to anyone (the demo loader, imports, commands). Pages
and the API always pass the version they read.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from contextvars import ContextVar
from typing import TypeVar

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.utils import formats

M = TypeVar("M", bound=models.Model)

VERSION_LOST = "This form lost the version it was opened at; reload the page."

# Set on the request when the client made its write conditional with If-Match, so that
# the API answers a stale write with 412 rather than 409.
_IF_MATCH_ATTRIBUTE = "accord_if_match"


def version_field_name(model: type[models.Model] | models.Model) -> str:
    """The column that counts a record's changes: ``version`` unless the model names
    another (a document's ``version`` counts changes of its signed content only)."""
    return getattr(model, "concurrency_field", "version")


def version_of(record: models.Model) -> int:
    return getattr(record, version_field_name(record))


def bump(record: models.Model) -> None:
    """Count one more change of ``record`` (in memory; the caller saves it)."""
    name = version_field_name(record)
    setattr(record, name, getattr(record, name) + 1)


def what_of(record: models.Model) -> str:
    return str(record._meta.verbose_name)


class StaleEdit(ValidationError):
    """The record changed since the editor read it; nothing was saved."""

    def __init__(
        self,
        record: models.Model | None = None,
        *,
        what: str | None = None,
        current_version: int | None = None,
        field: str = "version",
    ) -> None:
        self.what = what or what_of(record)
        self.current_version = version_of(record) if record is not None else current_version
        # The column compared; a document names it edit_version (its "version" is another).
        self.field = version_field_name(record) if record is not None else field
        super().__init__(
            f"Someone else changed this {self.what} while you were working on it{self._now}, "
            f"so nothing you sent was saved. Reload the page to see their changes, then make "
            f"yours again.",
            code="stale",
        )

    def __reduce__(self):
        # Exceptions are copied and pickled through their constructor.
        return (_rebuild, (self.what, self.current_version, self.field))

    @property
    def _now(self) -> str:
        # A page shows a record's "version"; another counter's number would only confuse.
        if self.current_version is None or self.field != "version":
            return ""
        return f" (it is now at version {self.current_version})"

    @property
    def form_message(self) -> str:
        """The message above an edit form that kept what the user typed."""
        return (
            f"Someone else changed this {self.what} while you were editing it{self._now}, so "
            f"your changes were not saved. What you entered is still in the form below, and "
            f"what differs from the {self.what} as stored now is listed. Reload the page to "
            f"edit the current version, then make your changes again."
        )

    @property
    def api_detail(self) -> str:
        return (
            f"Someone else changed this {self.what} since you read it{self._now}; nothing was "
            f"saved. Read it again and resend your change with the new version."
        )


def _rebuild(what: str, current_version: int | None, field: str) -> StaleEdit:
    return StaleEdit(what=what, current_version=current_version, field=field)


class PreconditionRequired(Exception):
    """An API write to an existing record said neither ``If-Match`` nor ``version``."""

    detail = (
        "Send If-Match with the ETag of the record you read (or its version in the body), "
        "so that a change someone made meanwhile is never overwritten."
    )


def check(current: models.Model, version: int | None, *, what: str | None = None) -> None:
    """Refuse unless ``current`` is still at ``version`` (``None``: no comparison)."""
    if version is not None and version != version_of(current):
        raise StaleEdit(current, what=what)


def locked(
    record: M,
    version: int | None,
    *,
    queryset: models.QuerySet[M] | None = None,
    what: str | None = None,
) -> M:
    """``record``'s row read again under a row lock (held until the transaction ends),
    refused with ``StaleEdit`` if it changed since ``version`` was read.

    Call inside the service's transaction, before reading anything to write back.
    ``queryset`` adds ``select_related`` and the like; only the record's own row is locked.
    """
    rows = queryset if queryset is not None else type(record)._default_manager.all()
    current = rows.select_for_update(of=("self",)).get(pk=record.pk)
    check(current, version, what=what)
    return current


def state_token(state: object) -> str:
    """A short fingerprint of a set of rows that is replaced whole (a RACI row, a
    committee, a ladder) and has no version column of its own: the edit page carries the
    token of what it showed, the service compares it with the token of what is stored."""
    canonical = json.dumps(state, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]


def check_token(current: str, token: str | None, *, what: str) -> None:
    """Refuse unless the ``state_token`` of what is stored now (read under the caller's
    lock) is still the one the editor read (``None``: no comparison)."""
    if token is not None and token != current:
        raise StaleEdit(what=what)


class StateTokenField(forms.CharField):
    """The hidden input that carries the ``state_token`` an edit page was opened at."""

    widget = forms.HiddenInput
    default_error_messages = {"required": VERSION_LOST}

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("max_length", 64)
        super().__init__(**kwargs)


class VersionField(forms.IntegerField):
    """The hidden input that carries the version an edit page was opened at."""

    widget = forms.HiddenInput
    default_error_messages = {"required": VERSION_LOST, "invalid": VERSION_LOST}

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("min_value", 0)
        super().__init__(**kwargs)


# Set while a request refused a stale edit on a page: the response then answers 409.
_refused_on_page: ContextVar[bool] = ContextVar("accord_stale_refused", default=False)


def _shown(field: forms.Field, value: object) -> str:
    """A stored or entered value as a person reads it: labels, names, dates."""
    if value in (None, "", [], ()):
        return "—"
    if isinstance(field, forms.ModelMultipleChoiceField):
        keys = [getattr(v, "pk", v) for v in value]
        return ", ".join(str(o) for o in field.queryset.filter(pk__in=keys)) or "—"
    if isinstance(field, forms.ModelChoiceField):
        found = (
            value if isinstance(value, models.Model) else field.queryset.filter(pk=value).first()
        )
        return str(found) if found is not None else "—"
    if isinstance(field, forms.ChoiceField):
        labels = {}
        for key, label in field.choices:
            labels.update(dict(label) if isinstance(label, list | tuple) else {key: label})
        items = value if isinstance(value, list | tuple) else [value]
        return ", ".join(str(labels.get(v, labels.get(str(v), v))) for v in items)
    if isinstance(field, forms.BooleanField):
        return "Yes" if value else "No"
    if isinstance(value, dt.date):
        return formats.date_format(value, "j M Y")
    return str(value)


def stale_differences(form: forms.Form) -> list[tuple[str, str, str]]:
    """(label, stored now, you entered) for each field where the two differ.

    An edit page's initial values are the record as stored when the refused request
    read it, so this shows the user what the other person's save left next to what
    they typed (fields with no stored value, such as a reason, are left out)."""
    rows = []
    for name in form.changed_data:
        field = form.fields[name]
        if field.widget.is_hidden or name not in form.initial:
            continue
        stored = form.get_initial_for_field(field, name)
        entered = form.cleaned_data.get(name) if hasattr(form, "cleaned_data") else None
        rows.append(
            (
                str(field.label or name.replace("_", " ").capitalize()),
                _shown(field, stored),
                _shown(field, entered),
            )
        )
    return rows


def refuse_on_form(form: forms.Form, error: StaleEdit) -> None:
    """Show a stale edit on the page: the message above the form (which keeps what the
    user typed), the fields that differ from what is stored now, and status 409."""
    form.add_error(None, error.form_message)
    form.stale_differences = stale_differences(form)
    _refused_on_page.set(True)


class StaleEditStatusMiddleware:
    """A page that refused a stale edit answers 409 Conflict (with the form and the
    differences in it), so clients and monitoring see the refusal, not a plain 200."""

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        token = _refused_on_page.set(False)
        try:
            response = self.get_response(request)
            if _refused_on_page.get() and response.status_code == 200:
                response.status_code = 409
            return response
        finally:
            _refused_on_page.reset(token)


def etag(record: models.Model) -> str:
    return f'"{version_of(record)}"'


def set_etag(response: HttpResponse, record: models.Model) -> None:
    """Give an API response the record's version as its ``ETag`` (for ``If-Match``)."""
    response["ETag"] = etag(record)


def _parse_if_match(header: str) -> int | None:
    """The version an ``If-Match`` names; ``None`` for ``*`` (any current version)."""
    value = header.strip()
    if value == "*":
        return None
    # A weak tag never matches under If-Match (RFC 9110, 13.1.1): strong comparison.
    if value.startswith('"') and value.endswith('"') and value[1:-1].isdigit():
        return int(value[1:-1])
    return -1  # a tag that names no version of ours: never current


def expected_version(request: HttpRequest, version: int | None) -> int | None:
    """The version an API write to an existing record was made from.

    ``If-Match`` wins (a stale one answers 412); else the body's ``version`` (a stale one
    answers 409); with neither the write is refused with 428 rather than applied blind.
    ``If-Match: *`` says "whatever its version" and skips the comparison.
    """
    header = request.headers.get("If-Match")
    if header is not None:
        setattr(request, _IF_MATCH_ATTRIBUTE, True)
        expected = _parse_if_match(header)
        if expected is not None and version is not None and version != expected:
            raise ValidationError({"version": ["The version does not match If-Match."]})
        return expected
    if version is None:
        raise PreconditionRequired()
    return version


def expected_token(request: HttpRequest, token: str | None) -> str | None:
    """The ``state_token`` an API write to a record without a version was made from:
    like ``expected_version``, ``If-Match`` (the token quoted) wins, else the body's
    ``token``, and with neither the write is refused with 428."""
    header = request.headers.get("If-Match")
    if header is not None:
        setattr(request, _IF_MATCH_ATTRIBUTE, True)
        value = header.strip()
        if value == "*":
            return None
        # Strong comparison: a weak or unquoted tag names nothing of ours.
        expected = value[1:-1] if len(value) > 1 and value[0] == value[-1] == '"' else "(none)"
        if token is not None and token != expected:
            raise ValidationError({"token": ["The token does not match If-Match."]})
        return expected
    if token is None:
        raise PreconditionRequired()
    return token


def made_with_if_match(request: HttpRequest) -> bool:
    return getattr(request, _IF_MATCH_ATTRIBUTE, False)
