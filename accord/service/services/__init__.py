"""Every write of the service app: service levels (``levels``) and concerns (``concerns``).
Each one audits itself in its transaction."""

from accord.service.services.concerns import (
    concern_acknowledge,
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
    "concern_confirm",
    "concern_contact",
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
