"""Database triggers that make the audit table append-only at the database level."""

from __future__ import annotations

MESSAGE = "audit events are append-only"

POSTGRES_INSTALL = f"""
CREATE OR REPLACE FUNCTION accord_audit_refuse() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION '{MESSAGE} (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
DROP TRIGGER IF EXISTS accord_audit_no_update ON audit_auditevent;
DROP TRIGGER IF EXISTS accord_audit_no_delete ON audit_auditevent;
DROP TRIGGER IF EXISTS accord_audit_no_truncate ON audit_auditevent;
CREATE TRIGGER accord_audit_no_update BEFORE UPDATE ON audit_auditevent
    FOR EACH ROW EXECUTE FUNCTION accord_audit_refuse();
CREATE TRIGGER accord_audit_no_delete BEFORE DELETE ON audit_auditevent
    FOR EACH ROW EXECUTE FUNCTION accord_audit_refuse();
CREATE TRIGGER accord_audit_no_truncate BEFORE TRUNCATE ON audit_auditevent
    FOR EACH STATEMENT EXECUTE FUNCTION accord_audit_refuse();
"""

POSTGRES_REMOVE = """
DROP TRIGGER IF EXISTS accord_audit_no_update ON audit_auditevent;
DROP TRIGGER IF EXISTS accord_audit_no_delete ON audit_auditevent;
DROP TRIGGER IF EXISTS accord_audit_no_truncate ON audit_auditevent;
DROP FUNCTION IF EXISTS accord_audit_refuse();
"""

SQLITE_INSTALL = [
    f"""CREATE TRIGGER IF NOT EXISTS accord_audit_no_update BEFORE UPDATE ON audit_auditevent
        BEGIN SELECT RAISE(ABORT, '{MESSAGE} (UPDATE refused)'); END""",
    f"""CREATE TRIGGER IF NOT EXISTS accord_audit_no_delete BEFORE DELETE ON audit_auditevent
        BEGIN SELECT RAISE(ABORT, '{MESSAGE} (DELETE refused)'); END""",
]

SQLITE_REMOVE = [
    "DROP TRIGGER IF EXISTS accord_audit_no_update",
    "DROP TRIGGER IF EXISTS accord_audit_no_delete",
]


def install(connection) -> None:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(POSTGRES_INSTALL)
        elif connection.vendor == "sqlite":
            for statement in SQLITE_INSTALL:
                cursor.execute(statement)
        else:
            raise NotImplementedError(f"No audit triggers for {connection.vendor}")


def remove(connection) -> None:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(POSTGRES_REMOVE)
        else:
            for statement in SQLITE_REMOVE:
                cursor.execute(statement)
