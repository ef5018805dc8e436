"""Training: the trainee is told of new training and of training due or overdue, the
manager of a failed quiz, assessors of on-the-job training waiting for a verdict, and a
competency's holder and their manager of its expiry. All staff: sponsors never hear of
the CDMO's training."""

from __future__ import annotations

from accord.notifications.events import day, event, users_with_permission
from accord.notifications.services import Message


def person_url(person) -> str:
    return f"/training/people/{person.pk}/"


@event("training.assignment.assigned")
def training_assigned(assignment, *, actor=None, **context) -> list[Message]:
    if actor is not None and actor.pk == assignment.person_id:
        return []
    what = assignment.what_to_read or assignment.requirement.title
    return [
        Message(
            "training_assigned",
            assignment.person,
            assignment,
            f"Training to complete by {day(assignment.due_on)}: {what}",
            f"{assignment.get_reason_display()}"
            + (f" ({assignment.source})." if assignment.source else "."),
            person_url(assignment.person),
        )
    ]


@event("training.assignment.due")
def training_due(assignment, *, actor=None, overdue: bool = False, **context) -> list[Message]:
    title = assignment.what_to_read or assignment.requirement.title
    when = f"overdue since {day(assignment.due_on)}" if overdue else f"due {day(assignment.due_on)}"
    return [
        Message(
            "training_due",
            assignment.person,
            assignment,
            f"Training {when}: {title}",
            "Until it is complete you do not count as trained for the work that needs it.",
            person_url(assignment.person),
            dedupe_key=f"training_due:{assignment.pk}:{'overdue' if overdue else 'soon'}",
        )
    ]


@event("training.quiz.failed")
def quiz_failed(attempt, *, actor=None, attempts_left=None, **context) -> list[Message]:
    person = attempt.assignment.person
    if person.manager_id is None:
        return []
    left = (
        "no attempt left: decide what comes next"
        if attempts_left == 0
        else f"{attempts_left} attempt(s) left"
        if attempts_left is not None
        else "further attempts allowed"
    )
    return [
        Message(
            "training_quiz_failed",
            person.manager,
            attempt,
            f"{person.printed_name} failed {attempt.assignment.requirement.title}",
            f"Score {attempt.score}% (pass mark {attempt.assignment.requirement.pass_mark}%); "
            f"{left}. The training stays open.",
            person_url(person),
        )
    ]


@event("training.ojt.to_assess")
def ojt_to_assess(ojt, *, actor=None, **context) -> list[Message]:
    assessors = users_with_permission("training.assess_competency").exclude(
        pk__in=[ojt.trainee_id, ojt.trainer_id]
    )
    if ojt.trainee.site_id:
        assessors = assessors.filter(site_id=ojt.trainee.site_id)
    return [
        Message(
            "training_ojt_to_assess",
            assessor,
            ojt,
            f"On-the-job training to assess: {ojt.trainee.printed_name}, {ojt.competency.name}",
            f"{ojt.task}; trainer {ojt.trainer.printed_name}, {day(ojt.performed_on)}.",
            person_url(ojt.trainee),
        )
        for assessor in assessors
    ]


@event("training.competency.expiring")
def competency_expiring(record, *, actor=None, expired: bool = False, **context) -> list[Message]:
    when = (
        f"expired on {day(record.expires_on)}"
        if expired
        else f"expires on {day(record.expires_on)}"
    )
    people = [record.person]
    if record.person.manager_id:
        people.append(record.person.manager)
    return [
        Message(
            "competency_expiring",
            person,
            record,
            f"{record.competency.name} of {record.person.printed_name} {when}",
            "Renew it by an assessment (on-the-job training, observation or exam); an "
            "expired competency does not count for GMP work.",
            person_url(record.person),
            dedupe_key=f"competency_expiring:{record.pk}:{'expired' if expired else 'soon'}",
        )
        for person in people
    ]
