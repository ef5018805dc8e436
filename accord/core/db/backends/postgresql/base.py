"""Django's PostgreSQL backend with the deferred audit append (accord.core.db.appends)."""

from __future__ import annotations

from django.db.backends.postgresql import base

from accord.core.db.appends import DeferredAuditAppendMixin


class DatabaseWrapper(DeferredAuditAppendMixin, base.DatabaseWrapper):
    pass
