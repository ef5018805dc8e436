"""Every write of the service app: service levels (``levels``), concerns (``concerns``)
and what a concern carries, its links and files (``concern_records``). Each one audits
itself in its transaction."""

from accord.service.services.concern_records import concern_attach, concern_link
from accord.service.services.concerns import (
    concern_acknowledge,
    concern_assign,
    concern_confirm,
    concern_contact,
    concern_note,
    concern_raise,
    concern_reopen,
    concern_resolve,
    concern_resume,
    concern_update,
    concern_wait,
)
from accord.service.services.levels import (
    DEFAULT_POLICY_NAME,
    DEFAULT_TARGETS_HOURS,
    KINDS,
    MAX_MINUTES,
    default_targets,
    service_hours_set,
    sla_defaults_ensure,
    sla_policy_remove,
    sla_policy_save,
    targets_of,
)

__all__ = [
    "DEFAULT_POLICY_NAME",
    "DEFAULT_TARGETS_HOURS",
    "KINDS",
    "MAX_MINUTES",
    "concern_acknowledge",
    "concern_assign",
    "concern_attach",
    "concern_confirm",
    "concern_contact",
    "concern_link",
    "concern_note",
    "concern_raise",
    "concern_reopen",
    "concern_resolve",
    "concern_resume",
    "concern_update",
    "concern_wait",
    "default_targets",
    "service_hours_set",
    "sla_defaults_ensure",
    "sla_policy_remove",
    "sla_policy_save",
    "targets_of",
]
