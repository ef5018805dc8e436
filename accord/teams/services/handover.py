"""What a person holds in a project's team structure, and handing it over when they leave.

The rule (also on the Team page and in ``docs/planning.md``): RACI letters, steering
seats and rungs of the communication tree belong to members of the team, so they end
with the membership. A successor from the same side of the team takes them over; without
one, what the structure cannot lose (the Accountable of a deliverable, its only
Responsible, the CDMO contact of a rung) keeps the person on the team. Open action items
of a sponsor contact, who would no longer see the project, are reassigned or closed in
the meetings first. CDMO colleagues keep their action items: they still see the project.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from accord.accounts.models import User
from accord.accounts.roles import SPONSOR_MANAGER
from accord.audit.services import audit_record
from accord.meetings.models import ActionItem
from accord.projects.models import Project
from accord.teams.models import EscalationContact, Matter, RaciAssignment, SteeringMember
from accord.teams.services.structure import _ladder_state, _raci_write, _steering_write

# A successor who already holds a letter keeps the stronger of the two.
_STRENGTH = {"A": 4, "R": 3, "C": 2, "I": 1}


def loses_sight_of_project(user: User) -> bool:
    """Whether leaving the team hides the project from ``user`` (a sponsor contact)."""
    return user.is_sponsor_user and not user.has_role(SPONSOR_MANAGER)


@dataclass(frozen=True)
class Duties:
    """Everything ``person`` holds on ``project`` besides the membership itself."""

    project: Project
    person: User
    raci: list[RaciAssignment] = field(default_factory=list)
    steering: SteeringMember | None = None
    rungs: list[EscalationContact] = field(default_factory=list)
    open_actions: list[ActionItem] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (self.raci or self.steering or self.rungs or self.open_actions)

    def lines(self) -> list[str]:
        """What the person holds, as a reader of the removal page needs it."""
        letters = {"A": "Accountable", "R": "Responsible", "C": "Consulted", "I": "Informed"}
        out = [
            f"{letters[a.role]} for {a.deliverable.reference} {a.deliverable.title}"
            for a in self.raci
        ]
        if self.steering is not None:
            out.append(f"Seat on the steering committee ({self.steering.role})")
        out += [
            f"Level {rung.level} of the {rung.get_matter_display().lower()} ladder"
            for rung in self.rungs
        ]
        out += [
            f"Open action item {item.reference}: {item.description[:80]}"
            for item in self.open_actions
        ]
        return out

    def needs_successor(self) -> list[str]:
        """What cannot be left empty: the person stays unless someone takes it over."""
        name = self.person.printed_name
        reasons = []
        for a in self.raci:
            ref = a.deliverable.reference
            if a.role == RaciAssignment.Role.ACCOUNTABLE:
                reasons.append(f"{name} is Accountable for {ref}")
            elif a.role == RaciAssignment.Role.RESPONSIBLE and not any(
                other.user_id != self.person.pk and other.role == RaciAssignment.Role.RESPONSIBLE
                for other in a.deliverable.raci.all()
            ):
                reasons.append(f"{name} is the only Responsible for {ref}")
        for rung in self.rungs:
            if rung.cdmo_contact_id == self.person.pk:
                reasons.append(
                    f"{name} is the CDMO contact at level {rung.level} of the "
                    f"{rung.get_matter_display().lower()} ladder"
                )
        return reasons

    def blockers(self) -> list[str]:
        """What no successor settles here: open action items of a sponsor contact."""
        if not self.open_actions:
            return []
        refs = ", ".join(item.reference for item in self.open_actions)
        return [
            f"{self.person.printed_name} owns open action items ({refs}) and would no longer "
            "see the project: reassign them or mark them done in the meetings first."
        ]


def duties_of(project: Project, person: User) -> Duties:
    raci = list(
        RaciAssignment.objects.filter(deliverable__project=project, user=person)
        .select_related("deliverable")
        .prefetch_related("deliverable__raci")
        .order_by("deliverable__sort_order", "deliverable__number")
    )
    steering = SteeringMember.objects.filter(project=project, user=person).first()
    rungs = list(
        EscalationContact.objects.filter(project=project, cdmo_contact=person)
        | EscalationContact.objects.filter(project=project, sponsor_contact=person)
    )
    actions = []
    if loses_sight_of_project(person):
        actions = list(
            ActionItem.objects.filter(
                project=project, owner=person, status=ActionItem.Status.OPEN
            ).order_by("number")
        )
    return Duties(project, person, raci, steering, rungs, actions)


def duties_hand_over(
    *, actor: User | None, duties: Duties, successor: User | None, reason: str
) -> dict[str, list[str]]:
    """Move ``duties`` to ``successor`` (or drop what may be dropped); runs in the
    caller's transaction after its checks. Returns what moved, for the audit event."""
    project, person = duties.project, duties.person
    moved: dict[str, list[str]] = {}
    for assignment in duties.raci:
        deliverable = assignment.deliverable
        wanted = {a.user_id: a.role for a in deliverable.raci.all() if a.user_id != person.pk}
        if successor is not None:
            theirs = wanted.get(successor.pk, "")
            if _STRENGTH[assignment.role] > _STRENGTH.get(theirs, 0):
                wanted[successor.pk] = assignment.role
        _raci_write(actor=actor, deliverable=deliverable, wanted=wanted, reason=reason)
        moved.setdefault("raci", []).append(deliverable.reference)
    if duties.steering is not None:
        seats = list(SteeringMember.objects.filter(project=project).select_related("user"))
        seated = {seat.user_id for seat in seats}
        members = []
        for seat in seats:
            if seat.user_id != person.pk:
                members.append((seat.user, seat.role))
            elif successor is not None and successor.pk not in seated:
                members.append((successor, seat.role))
        _steering_write(actor=actor, project=project, members=members, reason=reason)
        moved["steering"] = [duties.steering.role]
    for matter in sorted({rung.matter for rung in duties.rungs}):
        before = _ladder_state(project, matter)
        for rung in EscalationContact.objects.filter(project=project, matter=matter):
            if person.pk in (rung.cdmo_contact_id, rung.sponsor_contact_id):
                if rung.cdmo_contact_id == person.pk:
                    rung.cdmo_contact = successor
                if rung.sponsor_contact_id == person.pk:
                    rung.sponsor_contact = successor
                rung.save(update_fields=["cdmo_contact", "sponsor_contact"])
        audit_record(
            actor=actor,
            action="teams.escalation.set",
            target=project,
            parent=project.sponsor,
            changes={f"escalation.{matter}": [before, _ladder_state(project, matter)]},
            reason=reason,
        )
        moved.setdefault("escalation", []).append(Matter(matter).label)
    return moved
