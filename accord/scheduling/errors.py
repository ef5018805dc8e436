"""The scheduling engine's own exceptions.

Every problem a user can cause (a bad plan, a loop in the logic, an unreadable file) is
a :class:`SchedulingError` with a message that names the activity or the file, so the
command line and the web layer can show it as one line instead of a traceback.
"""

from __future__ import annotations


class SchedulingError(ValueError):
    """Base class: the input cannot be scheduled as given."""


class InvalidNetworkError(SchedulingError):
    """An activity, link or calendar is malformed (duplicate id, negative duration ...)."""


class UnknownActivityError(InvalidNetworkError):
    """A link (or a parent reference) names an activity that is not in the network."""

    def __init__(self, message: str, activity_id: str) -> None:
        super().__init__(message)
        self.activity_id = activity_id


class CycleError(SchedulingError):
    """The logic loops back on itself; ``activities`` lists one loop in link order."""

    def __init__(self, activities: list[str], names: list[str] | None = None) -> None:
        self.activities = activities
        labels = (
            activities
            if names is None
            else [
                f"{aid} ({name})" if name and name != aid else aid
                for aid, name in zip(activities, names, strict=True)
            ]
        )
        super().__init__("the logic has a cycle: " + " -> ".join([*labels, labels[0]]))


class MspdiError(SchedulingError):
    """A file is not a Microsoft Project XML (MSPDI) document we can read."""
