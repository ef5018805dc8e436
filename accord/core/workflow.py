"""Declared workflows: a record's states, transitions, who may take them, which need an
electronic signature, and which fields freeze in which state, in one place.

Services ask the declaration before they change anything, so an illegal transition is
refused with a clear error and leaves the record as it was; pages ask it which actions
to offer a user.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError


class TransitionNotAllowed(Exception):
    """The record is not in a state this transition starts from (HTTP 409)."""


@dataclass(frozen=True)
class Transition:
    name: str
    label: str
    sources: tuple[str, ...]
    target: str
    permission: str
    signature: str | None = None  # the meaning an electronic signature must carry
    reason_required: bool = False
    author_may_not_take: bool = False  # segregation of duties (AZ-5)
    style: str = "primary"
    # A branch of the workflow: the transition applies only to records for which this
    # holds (a minor deviation closes at QA approval, a major one goes on to investigation).
    applies: Callable[[object], bool] | None = None
    # Shown when it does not apply, e.g. "Only major and critical deviations are investigated."
    applies_note: str = ""


@dataclass(frozen=True)
class Workflow:
    states: dict[str, str]
    initial: str
    transitions: tuple[Transition, ...]
    frozen: dict[str, frozenset[str]] = field(default_factory=dict)
    state_field: str = "status"
    # States after submission: any change then needs a reason (audit trail, AT-2).
    reason_after: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        names = [t.name for t in self.transitions]
        if len(names) != len(set(names)):
            raise ValueError("Transition names must be unique.")
        for transition in self.transitions:
            unknown = {*transition.sources, transition.target} - set(self.states)
            if unknown:
                raise ValueError(f"{transition.name}: unknown states {sorted(unknown)}")

    def state_of(self, record) -> str:
        return getattr(record, self.state_field)

    def transition(self, name: str) -> Transition:
        for transition in self.transitions:
            if transition.name == name:
                return transition
        raise TransitionNotAllowed(f"There is no action called {name!r}.")

    def check(self, record, name: str, user, *, author_id: int | None = None) -> Transition:
        """The transition if ``user`` may take it on ``record`` now; otherwise raise."""
        transition = self.transition(name)
        state = self.state_of(record)
        if state not in transition.sources:
            raise TransitionNotAllowed(
                f"Cannot {transition.label.lower()} a record that is {self.states[state].lower()}."
            )
        if transition.applies is not None and not transition.applies(record):
            raise TransitionNotAllowed(
                transition.applies_note or f"{transition.label} does not apply to this record."
            )
        if not user.has_perm(transition.permission):
            raise PermissionDenied(f"Your roles do not allow you to {transition.label.lower()}.")
        if transition.author_may_not_take and author_id is not None and author_id == user.pk:
            raise PermissionDenied(
                f"The author cannot {transition.label.lower()} their own record; "
                "another person must."
            )
        return transition

    def available(self, record, user, *, author_id: int | None = None) -> list[Transition]:
        allowed = []
        for transition in self.transitions:
            try:
                self.check(record, transition.name, user, author_id=author_id)
            except (TransitionNotAllowed, PermissionDenied):
                continue
            allowed.append(transition)
        return allowed

    def check_edit(self, record, changed: Iterable[str], reason: str) -> None:
        """Refuse edits to frozen fields, and edits after submission without a reason."""
        state = self.state_of(record)
        changed = set(changed)
        locked = sorted(changed & self.frozen.get(state, frozenset()))
        if locked:
            raise ValidationError(
                {
                    name: [f"Cannot change this while the record is {self.states[state].lower()}."]
                    for name in locked
                }
            )
        if changed and state in self.reason_after and not reason.strip():
            raise ValidationError({"reason": ["Give a reason for changing a submitted record."]})
