"""The benchmark's baseline: one serial SGS pass over the LFT priority list."""

from __future__ import annotations

from accord.scheduling.rcpsp.model import Instance, Result
from accord.scheduling.rcpsp.sgs import Kernel, lft_priority_list


def single_pass_lft(instance: Instance) -> Result:
    """Serial SGS with the latest-finish-time rule: one schedule, no improvement."""
    kernel = Kernel(instance)
    starts = kernel.forward(lft_priority_list(instance))
    return Result(tuple(starts), kernel.makespan(starts), 1)
