"""Structured logs: one JSON object per line, and one access line per request.

Every line carries the moment in UTC with its offset, the level, the logger and the
message, and, inside a request, the request id, the user's id and tenant (the sponsor
organization's id, or ``cdmo`` for the CDMO's own people) and the request's method and
path. The access line (logger ``accord.access``, written by ``RequestIdMiddleware``) adds
the status and the duration in milliseconds. Nothing else about the person is written: no
user name, no e-mail, no query string (it may carry a token), no header.

``ACCORD_LOG_FORMAT=plain`` keeps the readable one-line text of development.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from contextvars import ContextVar
from typing import Any

from django.http import HttpRequest

from accord.core import context

# The request being served, so that any log line written while serving it names it.
current_request: ContextVar[HttpRequest | None] = ContextVar("accord_current_request", default=None)

_FIELDS = ("request_id", "user_id", "tenant", "method", "path", "status", "duration_ms")


def request_user_fields(request: HttpRequest) -> dict[str, Any]:
    """The user id and tenant of ``request``, if its user is already known.

    Nothing is queried here: a request whose session was not read (a health probe, a
    failed database) logs no user, and a tenant not yet seen loaded logs none."""
    user = getattr(request, "_cached_user", None)  # set by AuthenticationMiddleware once read
    if user is None:
        user = request.__dict__.get("user")
        wrapped = getattr(user, "_wrapped", None)
        if user is not None and hasattr(user, "_setupfunc"):
            from django.utils.functional import empty

            user = None if wrapped is empty else wrapped
    if user is None or not getattr(user, "is_authenticated", False):
        return {"user_id": None, "tenant": None}
    return {"user_id": user.pk, "tenant": _tenant(user)}


# Organization id -> tenant, learnt from organizations already loaded (an organization
# never changes between CDMO and sponsor), so that logging never runs a query.
_tenants: dict[int, str] = {}


def _tenant(user: Any) -> str | None:
    organization_id = getattr(user, "organization_id", None)
    field = getattr(type(user), "organization", None)
    if organization_id not in _tenants and field is not None and field.is_cached(user):
        organization = user.organization
        _tenants[organization_id] = str(organization.pk) if organization.is_sponsor else "cdmo"
    return _tenants.get(organization_id)


class JsonFormatter(logging.Formatter):
    """One JSON object per line (see the module's docstring for the fields)."""

    def format(self, record: logging.LogRecord) -> str:
        moment = dt.datetime.fromtimestamp(record.created, tz=dt.UTC)
        entry: dict[str, Any] = {
            "time": moment.isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        request = current_request.get()
        if request is not None:
            entry["request_id"] = getattr(request, "request_id", "") or context.request_id.get()
            entry["method"] = request.method
            entry["path"] = request.path
            entry.update(request_user_fields(request))
        elif context.request_id.get():
            entry["request_id"] = context.request_id.get()
        for name in _FIELDS:
            if hasattr(record, name):
                entry[name] = getattr(record, name)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


class PlainFormatter(logging.Formatter):
    """The readable line of development, with the request id when there is one."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        request_id = context.request_id.get()
        return f"{line} [request {request_id}]" if request_id else line
