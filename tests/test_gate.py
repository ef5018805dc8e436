"""The qualification gate on plan tasks (R-TRN-5): a GMP task takes only people qualified
in what it requires, an authorized person may override with a signed reason, the gate is
asked again when the task starts, and the plan shows who will lapse before their task."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from accord.accounts.models import Role, User
from accord.audit.models import AuditEvent
from accord.core import clock
from accord.notifications.models import Notification
from accord.planning import assignments, services
from accord.planning.models import Task, TaskAssignment
from accord.signatures.models import Signature
from accord.training.gate import GateBlocked
from accord.training.models import Competency, CompetencyRecord, QualificationOverride
from tests.conftest import client_for
from tests.factories import PASSWORD, UserFactory
from tests.quality_rows import make_batch

pytestmark = pytest.mark.req("R-TRN-5")


def grant_override(role_code: str = "quality_assurance") -> None:
    """The lead grants the override to QA and operations; tests grant it themselves."""
    permission = Permission.objects.get(
        content_type__app_label="training", codename="override_gate"
    )
    Role.objects.get(code=role_code).permissions.add(permission)


def competency(code: str = "aseptic-gowning", name: str = "Aseptic gowning") -> Competency:
    return Competency.objects.get_or_create(
        code=code, defaults={"name": name, "validity_months": 12}
    )[0]


def qualify(person: User, what: Competency, level: int, assessed_on: dt.date, expires_on=None):
    return CompetencyRecord.objects.create(
        person=person,
        competency=what,
        level=level,
        method="observation",
        assessor=User.objects.get(username="qa.quinn"),
        evidence="Observed in suite 3.",
        assessed_on=assessed_on,
        expires_on=expires_on,
        recorded_at=clock.now(),
    )


def operator(world, username: str = "op.oscar", first: str = "Oscar") -> User:
    return UserFactory(
        organization=world.cdmo,
        username=username,
        first_name=first,
        last_name="Operator",
        role_codes=("operations",),
        site=world.site,
    )


def batch_step(world, *, starts_in: int = 30, name: str = "Fill batch B01") -> Task:
    """A GMP batch step of project A, starting ``starts_in`` days from today, requiring
    aseptic gowning at level 3."""
    today = clock.today()
    batch = make_batch(world.project_a, world.qa_quinn, f"AUR-{name[-3:]}", today)
    task = services.task_create(
        actor=world.pm_alice,
        project=world.project_a,
        name=name,
        duration_days=3,
        batch=batch,
        constraint_type=Task.ConstraintType.SNET,
        constraint_date=today + dt.timedelta(days=starts_in),
    )
    assignments.task_skill_set(
        actor=world.pm_alice, task=task, competency=competency(), min_level=3
    )
    return Task.objects.get(pk=task.pk)


def fresh(user: User) -> User:
    return User.objects.get(pk=user.pk)


def test_a_batch_step_is_gmp_work_of_its_project(world):
    task = batch_step(world)
    assert task.gmp is True
    assert task.early_start >= clock.today() + dt.timedelta(days=30)


def test_assigning_someone_without_the_competency_is_refused_with_the_gap_named(world):
    task = batch_step(world)
    oscar = operator(world)
    with pytest.raises(GateBlocked) as refused:
        assignments.task_assign(
            actor=world.pm_alice, task=task, person=oscar, role_on_task="Operator"
        )
    assert refused.value.gaps == ["Aseptic gowning: no record (level 3 needed)"]
    assert "Oscar Operator is not qualified" in refused.value.message_dict["person"][0]
    assert not TaskAssignment.objects.exists()


def test_an_expired_competency_and_a_level_too_low_are_named(world):
    task = batch_step(world)
    oscar, olga = operator(world), operator(world, "op.olga", "Olga")
    today = clock.today()
    qualify(oscar, competency(), 3, today - dt.timedelta(days=400), today - dt.timedelta(days=35))
    qualify(olga, competency(), 2, today - dt.timedelta(days=10))
    for person, gap in (
        (oscar, "Aseptic gowning: level 3 expired on"),
        (olga, "Aseptic gowning: level 2, level 3 needed"),
    ):
        with pytest.raises(GateBlocked) as refused:
            assignments.task_assign(
                actor=world.pm_alice, task=task, person=person, role_on_task="Operator"
            )
        assert refused.value.gaps[0].startswith(gap)


def test_a_competency_that_expires_before_the_task_starts_is_a_gap_today(world):
    task = batch_step(world, starts_in=60)
    oscar = operator(world)
    today = clock.today()
    qualify(oscar, competency(), 3, today - dt.timedelta(days=300), today + dt.timedelta(days=20))
    with pytest.raises(GateBlocked) as refused:
        assignments.task_assign(
            actor=world.pm_alice, task=task, person=oscar, role_on_task="Operator"
        )
    assert "expired on" in refused.value.gaps[0]


def test_a_qualified_person_is_assigned_audited_and_told(world):
    task = batch_step(world)
    oscar = operator(world)
    qualify(oscar, competency(), 3, clock.today() - dt.timedelta(days=10))
    assignment = assignments.task_assign(
        actor=world.pm_alice, task=task, person=oscar, role_on_task="Operator"
    )
    assert assignment.override is None
    event = AuditEvent.objects.get(action="planning.task.person_assigned")
    assert "Oscar Operator" in event.changes
    note = Notification.objects.get(recipient=oscar)
    assert note.title.startswith("AUR-101-TT: you are on “Fill batch B01” as Operator")


def test_a_task_that_is_not_gmp_takes_anyone_on_the_staff(world):
    task = services.task_create(
        actor=world.pm_alice, project=world.project_a, name="Kick-off", duration_days=1
    )
    assignments.task_skill_set(actor=world.pm_alice, task=task, competency=competency())
    assignment = assignments.task_assign(
        actor=world.pm_alice, task=task, person=operator(world), role_on_task="Note taker"
    )
    assert assignment.override is None


def test_a_sponsor_user_is_never_put_on_a_task(world):
    task = batch_step(world)
    with pytest.raises(Exception) as refused:
        assignments.task_assign(
            actor=world.pm_alice,
            task=task,
            person=world.sponsor_a_contact,
            role_on_task="Observer",
        )
    assert "CDMO's staff" in str(refused.value)


def test_qa_overrides_with_a_signed_reason_which_is_audited_and_shown(world):
    grant_override()
    quinn = fresh(world.qa_quinn)
    task = batch_step(world)
    oscar = operator(world)
    assignment = assignments.task_assign(
        actor=quinn,
        task=task,
        person=oscar,
        role_on_task="Operator",
        override_reason="Override: qualified by supervision of a level 4 operator",
        username="qa.quinn",
        password=PASSWORD,
        acknowledge=True,
    )
    override = assignment.override
    assert override.gaps == ["Aseptic gowning: no record (level 3 needed)"]
    assert override.overridden_by == quinn
    signature = Signature.objects.get(record_type="training.qualificationoverride")
    assert signature.meaning == "override"
    assert signature.printed_name == quinn.printed_name
    assert AuditEvent.objects.filter(action="training.gate.overridden").exists()
    page = client_for(world.pm_alice).get(reverse("planning:plan", args=[world.project_a.pk]))
    text = page.content.decode()
    assert "overridden" in text
    assert "qualified by supervision of a level 4 operator" in text
    people = client_for(world.pm_alice).get(reverse("planning:task_people", args=[task.pk]))
    assert "Signed by Quinn Keller".lower() in people.content.decode().lower()


def test_an_override_needs_the_permission_a_reason_and_the_password(world):
    task = batch_step(world)
    oscar = operator(world)
    with pytest.raises(PermissionDenied):
        assignments.task_assign(
            actor=world.pm_alice,
            task=task,
            person=oscar,
            role_on_task="Operator",
            override_reason="Supervised",
            username="pm.alice",
            password=PASSWORD,
        )
    grant_override()
    with pytest.raises(Exception) as wrong:
        assignments.task_assign(
            actor=fresh(world.qa_quinn),
            task=task,
            person=oscar,
            role_on_task="Operator",
            override_reason="Supervised",
            username="qa.quinn",
            password="not-the-password",
            acknowledge=True,
        )
    assert "password" in str(wrong.value)
    assert not TaskAssignment.objects.exists()
    assert not QualificationOverride.objects.exists()


def test_starting_a_task_rechecks_the_gate(world):
    task = batch_step(world, starts_in=0)
    oscar = operator(world)
    today = clock.today()
    record = qualify(oscar, competency(), 3, today - dt.timedelta(days=100))
    assignments.task_assign(actor=world.pm_alice, task=task, person=oscar, role_on_task="Operator")
    # The qualification is withdrawn before the task starts: a later record, expired.
    yesterday = today - dt.timedelta(days=1)  # the last working day before today
    while yesterday.weekday() >= 5:
        yesterday -= dt.timedelta(days=1)
    qualify(oscar, competency(), 3, record.assessed_on + dt.timedelta(days=1), yesterday)
    task = Task.objects.get(pk=task.pk)
    with pytest.raises(GateBlocked) as refused:
        services.task_update(actor=world.pm_alice, task=task, actual_start=yesterday)
    assert (
        "Oscar Operator (Operator): Aseptic gowning: level 3 expired on"
        in (refused.value.message_dict["actual_start"][0])
    )
    assert Task.objects.get(pk=task.pk).actual_start is None
    with pytest.raises(GateBlocked):
        services.plan_progress_record(
            actor=world.pm_alice,
            project=world.project_a,
            data_date=today,
            progress={task: {"actual_start": yesterday, "percent_complete": 10}},
        )
    # QA overrides for the person; the task may then start.
    grant_override()
    assignment = TaskAssignment.objects.get(task=task)
    assignments.task_assignment_override(
        actor=fresh(world.qa_quinn),
        assignment=assignment,
        reason="Qualified by supervision until the requalification on Friday",
        username="qa.quinn",
        password=PASSWORD,
        acknowledge=True,
    )
    services.plan_progress_record(
        actor=world.pm_alice,
        project=world.project_a,
        data_date=today,
        progress={task: {"actual_start": yesterday, "percent_complete": 10}},
    )
    assert Task.objects.get(pk=task.pk).actual_start == yesterday
    assert AuditEvent.objects.filter(action="planning.task.gate_overridden").exists()


def test_the_start_check_names_the_refusal_on_the_task_page(world):
    task = batch_step(world, starts_in=0)
    oscar = operator(world)
    today = clock.today()
    qualify(oscar, competency(), 3, today - dt.timedelta(days=100), today + dt.timedelta(days=1))
    assignments.task_assign(actor=world.pm_alice, task=task, person=oscar, role_on_task="Operator")
    task = Task.objects.get(pk=task.pk)
    form = {
        "name": task.name,
        "kind": "task",
        "duration_days": 3,
        "percent_complete": 0,
        "actual_start": (today + dt.timedelta(days=1)).isoformat(),
        "constraint_type": task.constraint_type,
        "constraint_date": task.constraint_date.isoformat(),
        "gmp": "on",
        "batch": task.batch_id,
        "calendar": task.calendar,
        "version": task.version,
    }
    response = client_for(world.pm_alice).post(reverse("planning:task_edit", args=[task.pk]), form)
    assert response.status_code == 200
    assert "cannot start" in response.content.decode()
    assert Task.objects.get(pk=task.pk).actual_start is None


def test_the_plan_shows_people_who_will_lapse_before_their_task_starts(world):
    task = batch_step(world, starts_in=60)
    oscar, olga = operator(world), operator(world, "op.olga", "Olga")
    today = clock.today()
    qualify(oscar, competency(), 3, today - dt.timedelta(days=300), today + dt.timedelta(days=90))
    qualify(olga, competency(), 3, today - dt.timedelta(days=300), today + dt.timedelta(days=200))
    for person in (oscar, olga):
        assignments.task_assign(
            actor=world.pm_alice, task=task, person=person, role_on_task="Operator"
        )
    assert assignments.plan_lapses(world.project_a) == []
    # Oscar's record is replaced by one that ends in 20 days: before the task starts.
    qualify(oscar, competency(), 3, today - dt.timedelta(days=1), today + dt.timedelta(days=20))
    lapses = assignments.plan_lapses(world.project_a)
    assert [(lapse.person.username, lapse.competencies) for lapse in lapses] == [
        ("op.oscar", ["Aseptic gowning"])
    ]
    assert lapses[0].lapses_on == today + dt.timedelta(days=20)
    page = client_for(world.pm_alice).get(reverse("planning:plan", args=[world.project_a.pk]))
    text = page.content.decode()
    assert "Qualifications that lapse before their task starts" in text
    assert 'data-testid="plan-lapses"' in text
    sponsor = client_for(world.sponsor_a_manager).get(
        reverse("planning:plan", args=[world.project_a.pk])
    )
    assert "Oscar Operator" not in sponsor.content.decode()
    assert "GMP" in sponsor.content.decode()


def test_unassigning_is_audited_and_editors_only(world):
    task = batch_step(world)
    oscar = operator(world)
    qualify(oscar, competency(), 3, clock.today() - dt.timedelta(days=1))
    assignment = assignments.task_assign(
        actor=world.pm_alice, task=task, person=oscar, role_on_task="Operator"
    )
    with pytest.raises(PermissionDenied):
        assignments.task_unassign(actor=world.qa_quinn, assignment=assignment)
    assignments.task_unassign(actor=world.pm_alice, assignment=assignment, reason="Shift swap")
    assert not TaskAssignment.objects.exists()
    assert AuditEvent.objects.filter(action="planning.task.person_unassigned").exists()


def test_the_people_page_refuses_with_the_gaps_then_takes_a_signed_override(world):
    grant_override()
    task = batch_step(world)
    oscar = operator(world)
    url = reverse("planning:task_people", args=[task.pk])
    refused = client_for(world.pm_alice).post(url, {"person": oscar.pk, "role_on_task": "Operator"})
    text = refused.content.decode()
    assert "Aseptic gowning: no record (level 3 needed)" in text
    assert "ask QA or a supervisor to override" in text
    assert 'name="password"' not in text
    quinn = client_for(world.qa_quinn)
    asked = quinn.post(url, {"person": oscar.pk, "role_on_task": "Operator"})
    assert 'name="password"' in asked.content.decode()
    done = quinn.post(
        url,
        {
            "person": oscar.pk,
            "role_on_task": "Operator",
            "override": "1",
            "meaning": "override",
            "reason": "Qualified by supervision",
            "username": "qa.quinn",
            "password": PASSWORD,
            "acknowledge": "on",
        },
    )
    assert done.status_code == 302
    assert TaskAssignment.objects.get().override.reason == "Qualified by supervision"


def test_required_competencies_are_set_on_the_people_page(world):
    task = services.task_create(
        actor=world.pm_alice, project=world.project_a, name="QC release testing", duration_days=4
    )
    client = client_for(world.pm_alice)
    client.post(
        reverse("planning:task_skill_add", args=[task.pk]),
        {"competency": competency().pk, "min_level": 2},
    )
    page = client.get(reverse("planning:task_people", args=[task.pk]))
    assert "Aseptic gowning" in page.content.decode()
    assert task.skills.get().min_level == 2
    assert AuditEvent.objects.filter(action="planning.task.skill_required").exists()


def test_the_tasks_history_shows_its_people_and_requirements(world):
    task = batch_step(world)
    oscar = operator(world)
    qualify(oscar, competency(), 3, clock.today() - dt.timedelta(days=1))
    assignments.task_assign(actor=world.pm_alice, task=task, person=oscar, role_on_task="Operator")
    page = client_for(world.pm_alice).get(reverse("audit:history", args=["planning.task", task.pk]))
    text = page.content.decode()
    assert "Oscar Operator" in text
    assert "Aseptic gowning" in text
