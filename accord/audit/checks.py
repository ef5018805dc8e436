"""System check: every business table of Accord is registered for auditing (AT-5)."""

from __future__ import annotations

from django.apps import apps
from django.core.checks import Error, register

from accord.audit.registry import ACCORD_APP_PREFIX, NOT_BUSINESS_RECORDS, audited_types, type_label


@register()
def every_business_model_is_audited(app_configs, **kwargs) -> list[Error]:
    registered = audited_types()
    errors = []
    for model in apps.get_models():
        if not model.__module__.startswith(ACCORD_APP_PREFIX):
            continue
        label = type_label(model)
        if label in NOT_BUSINESS_RECORDS or label in registered:
            continue
        errors.append(
            Error(
                f"{label} is not registered for auditing.",
                hint="Call accord.audit.registry.register() for it in its app's ready().",
                obj=model,
                id="accord.audit.E001",
            )
        )
    return errors


@register()
def the_database_appends_audit_events(app_configs, **kwargs) -> list[Error]:
    """audit_record queues events on the connection; only Accord's backends append them."""
    from django.db import connections

    from accord.core.db.appends import DeferredAuditAppendMixin

    return [
        Error(
            f"The database {alias!r} does not use one of Accord's backends, so audit events "
            "would never be written.",
            hint="Use accord.core.db.backends.postgresql or accord.core.db.backends.sqlite3 "
            "(accord/settings.py does so from DATABASE_URL).",
            id="accord.audit.E002",
        )
        for alias in connections
        if not isinstance(connections[alias], DeferredAuditAppendMixin)
    ]
