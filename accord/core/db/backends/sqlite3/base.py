"""Django's SQLite backend with the deferred audit append (accord.core.db.appends)."""

from __future__ import annotations

from django.db.backends.sqlite3 import base

from accord.core.db.appends import DeferredAuditAppendMixin


class DatabaseWrapper(DeferredAuditAppendMixin, base.DatabaseWrapper):
    def get_new_connection(self, conn_params):
        connection = super().get_new_connection(conn_params)
        from accord.audit.chain import register_sqlite_functions

        register_sqlite_functions(connection)
        return connection
