"""Resource-constrained project scheduling (RCPSP): a pure library, no Django.

Renewable resources with constant capacity, finish-to-start precedence with zero lag.
See the "Resource-constrained scheduling (RCPSP)" section of ``docs/scheduling.md``.
"""

from accord.scheduling.rcpsp.baseline import single_pass_lft
from accord.scheduling.rcpsp.improve import schedule
from accord.scheduling.rcpsp.model import Instance, Result, critical_path_bound, validate
from accord.scheduling.rcpsp.sgs import backward_sgs, lft_priority_list, serial_sgs

__all__ = [
    "Instance",
    "Result",
    "backward_sgs",
    "critical_path_bound",
    "lft_priority_list",
    "schedule",
    "serial_sgs",
    "single_pass_lft",
    "validate",
]
