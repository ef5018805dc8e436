"""Every write of quality records. One module per concept; the quality agreements'
services stay importable from ``accord.quality.services``."""

from accord.quality.services.agreements import (
    APPROVE,
    KEEP,
    Contact,
    Terms,
    agreement_approve,
    agreement_draft,
    agreement_rewrite,
)

__all__ = [
    "APPROVE",
    "KEEP",
    "Contact",
    "Terms",
    "agreement_approve",
    "agreement_draft",
    "agreement_rewrite",
]
