"""Every write of continuous improvement; each one audits itself in its transaction.

Initiatives and their deliverables are in ``initiatives`` (the ones added beyond the
standard checklist in ``deliverables``), the signed stage gates and the
closure in ``gates``, the baseline read from the delays in ``baseline``, 5S areas, audits
and actions in ``fives``, the technology register in ``capabilities``.
"""

from accord.improvement.services.baseline import (
    baseline_from_delays,
    initiative_baseline_from_delays,
)
from accord.improvement.services.capabilities import capability_create, capability_site_set
from accord.improvement.services.deliverables import deliverable_add, deliverable_remove
from accord.improvement.services.fives import (
    five_s_action_add,
    five_s_action_done,
    five_s_area_create,
    five_s_audit_record,
)
from accord.improvement.services.gates import (
    gate_gaps,
    initiative_cancel,
    initiative_close,
    initiative_pass_gate,
)
from accord.improvement.services.initiatives import (
    deliverable_set_done,
    initiative_create,
    initiative_update,
)

__all__ = [
    "baseline_from_delays",
    "capability_create",
    "capability_site_set",
    "deliverable_add",
    "deliverable_remove",
    "deliverable_set_done",
    "five_s_action_add",
    "five_s_action_done",
    "five_s_area_create",
    "five_s_audit_record",
    "gate_gaps",
    "initiative_baseline_from_delays",
    "initiative_cancel",
    "initiative_close",
    "initiative_create",
    "initiative_pass_gate",
    "initiative_update",
]
