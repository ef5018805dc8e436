"""The variables the scorecards app computes itself, each from the selectors of the app
that owns the records: ``perform`` (milestones, delays, batches, concerns, surveys,
change orders) and the training half of ``transform``. CI initiatives, technologies and
lessons are registered by their own apps."""

from __future__ import annotations


def register_figures() -> None:
    from accord.scorecards.figures import changes, delivery, quality, service, training
    from accord.scorecards.variables import register

    register(
        *delivery.VARIABLES,
        *quality.VARIABLES,
        *service.VARIABLES,
        *changes.VARIABLES,
        *training.VARIABLES,
    )
