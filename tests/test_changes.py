"""Change orders: numbered, their schedule impact computed on a copy of the plan, sent,
accepted or rejected by the sponsor manager with a signature, incorporated into the plan;
who sees which."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from accord.audit.models import AuditEvent
from accord.changes import selectors, services
from accord.changes.models import ChangeOrder
from accord.core.workflow import TransitionNotAllowed
from accord.planning.models import Dependency, Task
from accord.planning.scheduling import network_of
from accord.planning.services import plan_apply_template
from accord.signatures.models import Signature
from accord.signatures.selectors import manifest
from tests.conftest import World, client_for
from tests.factories import PASSWORD


def world_change_orders(world: World) -> ChangeOrder:
    """A change order on project A that has been sent to the sponsor (idempotent, by
    title), for the cross-tenant inventory: ``build_world()`` can store it on the world."""
    title = "Aurora extra validation batch"
    change_order = ChangeOrder.objects.filter(project=world.project_a, title=title).first()
    if change_order is None:
        change_order = _draft(world, title=title)
        change_order = _do(world.pm_alice, change_order, "submit")
        change_order = _do(world.qa_quinn, change_order, "send")
    return change_order


def _plan(world: World) -> dict[str, Task]:
    plan_apply_template(actor=None, project=world.project_a, template_code="small_molecule_tt")
    return {task.name: task for task in Task.objects.filter(project=world.project_a)}


def _draft(world: World, project=None, **overrides) -> ChangeOrder:
    fields = {
        "title": "Additional impurity study",
        "sow_reference": "SOW v2 §3.1",
        "scope_change": "Characterize two new impurities above 0.10 %.",
        "justification": "Requested by the sponsor after the engineering batch.",
        "price_change": Decimal("48500.00"),
        "currency": ChangeOrder.Currency.CHF,
    }
    fields.update(overrides)
    return services.change_order_create(
        actor=world.pm_alice, project=project or world.project_a, **fields
    )


def _do(user, change_order: ChangeOrder, name: str, **kwargs) -> ChangeOrder:
    return services.change_order_transition(
        actor=user, change_order=change_order, name=name, **kwargs
    )


def _sign(user, change_order: ChangeOrder, name: str, meaning: str, **kwargs) -> ChangeOrder:
    return _do(
        user,
        change_order,
        name,
        meaning=meaning,
        username=user.username,
        password=PASSWORD,
        acknowledge=True,
        **kwargs,
    )


def _sent(world: World, tasks: dict[str, Task]) -> ChangeOrder:
    change_order = _draft(world)
    services.plan_edit_add(
        actor=world.pm_alice,
        change_order=change_order,
        kind="add_days",
        task=tasks["Process development and optimization"],
        days=10,
    )
    services.plan_edit_add(
        actor=world.pm_alice,
        change_order=change_order,
        kind="new_task",
        name="Impurity characterization",
        duration_days=30,
        after=tasks["Batch released (CoA issued)"],
    )
    change_order = _do(world.pm_alice, change_order, "submit")
    return _do(world.qa_quinn, change_order, "send")


def _plan_state(world: World) -> list[tuple]:
    return list(
        Task.objects.filter(project=world.project_a)
        .order_by("uid")
        .values_list("uid", "duration_days", "early_finish")
    )


# --------------------------------------------------------------------------- impact


def test_schedule_impact_is_computed_on_a_copy_and_leaves_the_plan_alone(world):
    tasks = _plan(world)
    before = _plan_state(world)
    links = Dependency.objects.filter(project=world.project_a).count()
    change_order = _draft(world)
    finish = max(row[2] for row in before)
    assert (change_order.finish_before, change_order.finish_delta_days) == (finish, 0)

    # Process development is on the critical path (kick-off, PD, engineering batch ...):
    # ten more working days move the finish by exactly ten working days.
    services.plan_edit_add(
        actor=world.pm_alice,
        change_order=change_order,
        kind="add_days",
        task=tasks["Process development and optimization"],
        days=10,
    )
    change_order.refresh_from_db()
    calendar = network_of(world.project_a, list(tasks.values()), []).calendar
    assert change_order.finish_before == finish
    assert change_order.finish_delta_days == 10
    assert change_order.finish_after == calendar.add_working_days(finish, 10)

    # A 30-day task after the release outlasts the 20-day CMC documentation that ends the
    # plan by ten more working days.
    services.plan_edit_add(
        actor=world.pm_alice,
        change_order=change_order,
        kind="new_task",
        name="Impurity characterization",
        duration_days=30,
        after=tasks["Batch released (CoA issued)"],
    )
    change_order.refresh_from_db()
    assert change_order.finish_delta_days == 20

    assert _plan_state(world) == before
    assert Dependency.objects.filter(project=world.project_a).count() == links


def test_extra_days_on_a_task_with_float_do_not_move_the_finish(world):
    tasks = _plan(world)
    change_order = _draft(world)
    services.plan_edit_add(
        actor=world.pm_alice,
        change_order=change_order,
        kind="add_days",
        task=tasks["Analytical method transfer"],
        days=3,
    )
    change_order.refresh_from_db()
    assert change_order.finish_delta_days == 0
    assert change_order.finish_after == change_order.finish_before


def test_a_plan_edit_must_name_a_task_of_the_project_and_keep_a_duration(world):
    tasks = _plan(world)
    change_order = _draft(world)
    with pytest.raises(ValidationError) as error:
        services.plan_edit_add(
            actor=world.pm_alice,
            change_order=change_order,
            kind="add_days",
            task=tasks["Kick-off and technology package review"],
            days=-5,
        )
    assert "days" in error.value.message_dict
    with pytest.raises(ValidationError):
        services.plan_edit_add(
            actor=world.pm_alice,
            change_order=change_order,
            kind="add_days",
            task=tasks["Tech transfer complete"],
            days=2,
        )
    assert not change_order.edits.exists()


# --------------------------------------------------------------------------- numbering


def test_change_orders_are_numbered_per_project_without_gaps(world):
    first = _draft(world)
    second = _draft(world, title="Second change")
    other = _draft(world, project=world.project_b, title="Borealis change")
    already = int(first.reference.removeprefix("CO-")) - 1  # the world may hold one already
    assert [first.reference, second.reference, other.reference] == [
        f"CO-{already + 1:03d}",
        f"CO-{already + 2:03d}",
        "CO-001",
    ]
    event = AuditEvent.objects.get(action="changes.changeorder.created", target_id=str(first.pk))
    assert event.sponsor_id == world.sponsor_a.pk
    assert json.loads(event.changes)["price_change"] == [None, "48500.00"]


# --------------------------------------------------------------------------- workflow


@pytest.mark.req("AT-6")
def test_the_sponsor_manager_accepts_with_a_signature_and_the_pm_incorporates(world):
    tasks = _plan(world)
    before = _plan_state(world)
    change_order = _sent(world, tasks)
    assert change_order.status == ChangeOrder.Status.SENT
    assert _plan_state(world) == before

    change_order = _sign(world.sponsor_a_manager, change_order, "accept", "accepted")
    assert change_order.status == ChangeOrder.Status.APPROVED
    assert change_order.decided_by == world.sponsor_a_manager
    [line] = manifest(change_order)
    assert line.signature.meaning == "accepted" and line.matches
    assert line.signature.printed_name == world.sponsor_a_manager.printed_name
    assert _plan_state(world) == before, "nothing changes in the plan before incorporation"

    with pytest.raises(ValidationError):  # incorporating signs the new baseline
        _do(world.pm_alice, change_order, "incorporate")
    change_order = _sign(world.pm_alice, change_order, "incorporate", "authored")
    assert change_order.status == ChangeOrder.Status.INCORPORATED
    baseline = change_order.baseline
    assert baseline.name == f"Re-baseline after {change_order.reference}"
    assert baseline.finish == change_order.finish_after
    [baseline_signature] = manifest(baseline)
    assert baseline_signature.signature.meaning == "authored" and baseline_signature.matches
    assert baseline_signature.signature.signer == world.pm_alice
    pd = Task.objects.get(pk=tasks["Process development and optimization"].pk)
    assert pd.duration_days == 70
    new = Task.objects.get(project=world.project_a, name="Impurity characterization")
    assert Dependency.objects.filter(
        predecessor=tasks["Batch released (CoA issued)"], successor=new, type="FS"
    ).exists()
    finish = Task.objects.filter(project=world.project_a).order_by("-early_finish")[0]
    assert finish.early_finish == change_order.finish_after
    assert change_order.edits.get(kind="new_task").created_task == new

    event = AuditEvent.objects.get(
        action="changes.changeorder.incorporate", target_id=str(change_order.pk)
    )
    changes = json.loads(event.changes)
    assert changes["tasks_created"] == [None, [new.uid]]
    assert changes["baseline"] == [None, baseline.number]
    saved = AuditEvent.objects.get(action="planning.baseline.saved", target_id=str(baseline.pk))
    assert change_order.reference in saved.reason  # the trail links the two
    assert changes["plan_finish"][1] == change_order.finish_after.isoformat()
    task_event = AuditEvent.objects.get(action="planning.task.updated", target_id=str(pd.pk))
    assert change_order.reference in task_event.reason
    assert line.matches and manifest(change_order)[0].matches

    page = client_for(world.pm_alice).get(reverse("changes:detail", args=[change_order.pk]))
    assert f"/audit/changes.changeorder/{change_order.pk}/" in page.content.decode()
    assert f"the new baseline {baseline.number}" in page.content.decode()


def test_rejecting_needs_a_reason_and_is_signed(world):
    change_order = world_change_orders(world)
    with pytest.raises(ValidationError) as error:
        _sign(world.sponsor_a_manager, change_order, "reject", "rejected")
    assert "reason" in error.value.message_dict
    change_order = _sign(
        world.sponsor_a_manager,
        change_order,
        "reject",
        "rejected",
        reason="The budget for this year is spent.",
    )
    assert change_order.status == ChangeOrder.Status.REJECTED
    assert change_order.rejection_reason == "The budget for this year is spent."
    [line] = manifest(change_order)
    assert line.signature.meaning == "rejected"


def test_a_wrong_password_signs_nothing(world):
    change_order = world_change_orders(world)
    with pytest.raises(ValidationError):
        _do(
            world.sponsor_a_manager,
            change_order,
            "accept",
            meaning="accepted",
            username=world.sponsor_a_manager.username,
            password="wrong",
            acknowledge=True,
        )
    change_order.refresh_from_db()
    assert change_order.status == ChangeOrder.Status.SENT
    assert not Signature.objects.filter(record_type="changes.changeorder").exists()


@pytest.mark.parametrize("who", ["sponsor_a_contact", "pm_alice", "qa_quinn", "admin_ada"])
def test_only_the_sponsor_manager_may_accept(world, who):
    change_order = world_change_orders(world)
    with pytest.raises(PermissionDenied):
        _sign(getattr(world, who), change_order, "accept", "accepted")
    change_order.refresh_from_db()
    assert change_order.status == ChangeOrder.Status.SENT


def test_another_sponsors_manager_cannot_accept(world):
    change_order = world_change_orders(world)
    with pytest.raises(PermissionDenied):
        _sign(world.sponsor_b_manager, change_order, "accept", "accepted")


def test_a_sent_change_order_is_frozen_and_cannot_be_incorporated_before_approval(world):
    tasks = _plan(world)
    change_order = _sent(world, tasks)
    before = _plan_state(world)
    with pytest.raises(ValidationError):
        services.plan_edit_add(
            actor=world.pm_alice,
            change_order=change_order,
            kind="add_days",
            task=tasks["GMP batch manufacture"],
            days=5,
        )
    with pytest.raises(ValidationError) as error:
        services.change_order_update(
            actor=world.pm_alice, change_order=change_order, price_change=Decimal("1")
        )
    assert "price_change" in error.value.message_dict
    with pytest.raises(TransitionNotAllowed):
        _do(world.pm_alice, change_order, "incorporate")
    assert _plan_state(world) == before
    change_order.refresh_from_db()
    assert change_order.price_change == Decimal("48500.00")


def test_editing_in_internal_review_needs_a_reason(world):
    change_order = _do(world.pm_alice, _draft(world), "submit")
    with pytest.raises(ValidationError) as error:
        services.change_order_update(actor=world.pm_alice, change_order=change_order, title="New")
    assert "reason" in error.value.message_dict
    change_order = services.change_order_update(
        actor=world.pm_alice, change_order=change_order, title="New", reason="Sponsor's wording"
    )
    assert change_order.title == "New"


# --------------------------------------------------------------------------- visibility


def test_the_sponsor_never_sees_drafts_nor_internal_review(world):
    draft = _draft(world, title="Aurora draft only")
    review = _do(world.pm_alice, _draft(world, title="Aurora in review"), "submit")
    sent = world_change_orders(world)
    for user in (world.sponsor_a_manager, world.sponsor_a_contact):
        assert list(selectors.change_orders_visible_to(user)) == [sent]
        client = client_for(user)
        page = client.get(reverse("changes:project_changes", args=[world.project_a.pk]))
        assert page.status_code == 200
        assert sent.title in page.content.decode()
        assert "Aurora draft only" not in page.content.decode()
        assert "Aurora in review" not in page.content.decode()
        for hidden in (draft, review):
            assert client.get(reverse("changes:detail", args=[hidden.pk])).status_code == 404
            assert client.get(f"/api/v1/change-orders/{hidden.pk}").status_code == 404
        listed = client.get(f"/api/v1/projects/{world.project_a.pk}/change-orders").json()
        assert [item["reference"] for item in listed["items"]] == [sent.reference]


def test_another_sponsor_gets_404_on_pages_and_api(world):
    change_order = world_change_orders(world)
    client = client_for(world.sponsor_b_manager)
    for url in (
        reverse("changes:detail", args=[change_order.pk]),
        reverse("changes:transition", args=[change_order.pk, "accept"]),
        reverse("changes:project_changes", args=[world.project_a.pk]),
        f"/api/v1/change-orders/{change_order.pk}",
        f"/api/v1/projects/{world.project_a.pk}/change-orders",
    ):
        assert client.get(url).status_code == 404, url


def test_the_manager_accepts_from_the_portal_page_and_the_contact_cannot(world):
    change_order = world_change_orders(world)
    url = reverse("changes:transition", args=[change_order.pk, "accept"])
    assert client_for(world.sponsor_a_contact).get(url).status_code == 403
    detail = client_for(world.sponsor_a_contact).get(
        reverse("changes:detail", args=[change_order.pk])
    )
    assert url not in detail.content.decode()

    manager = client_for(world.sponsor_a_manager)
    assert url in manager.get(reverse("changes:detail", args=[change_order.pk])).content.decode()
    response = manager.post(
        url,
        {
            "meaning": "accepted",
            "username": world.sponsor_a_manager.username,
            "password": PASSWORD,
            "acknowledge": "on",
            "version": change_order.version,
        },
    )
    assert response.status_code == 302
    change_order.refresh_from_db()
    assert change_order.status == ChangeOrder.Status.APPROVED
    page = manager.get(reverse("changes:detail", args=[change_order.pk])).content.decode()
    assert "Accepted" in page and world.sponsor_a_manager.printed_name in page


def test_staff_pages_create_and_add_plan_edits(world):
    tasks = _plan(world)
    client = client_for(world.pm_alice)
    response = client.post(
        reverse("changes:create", args=[world.project_a.pk]),
        {
            "title": "Extra stability time point",
            "sow_reference": "SOW v2 §4.2",
            "scope_change": "Add a 9-month time point.",
            "justification": "Regulatory request.",
            "price_change": "3200.00",
            "currency": "EUR",
        },
    )
    change_order = ChangeOrder.objects.get(title="Extra stability time point")
    assert response.url == reverse("changes:detail", args=[change_order.pk])
    response = client.post(
        reverse("changes:edit_add", args=[change_order.pk]),
        {
            "kind": "add_days",
            "task": tasks["Process development and optimization"].pk,
            "days": 5,
            "version": change_order.version,
        },
    )
    assert response.status_code == 302
    change_order.refresh_from_db()
    assert change_order.finish_delta_days == 5
    edit = change_order.edits.get()
    client.post(reverse("changes:edit_remove", args=[change_order.pk, edit.pk]))
    change_order.refresh_from_db()
    assert change_order.finish_delta_days == 0 and not change_order.edits.exists()
    assert (
        client_for(world.sponsor_a_manager)
        .get(reverse("changes:create", args=[world.project_a.pk]))
        .status_code
        == 403
    )
    assert (
        "Change orders"
        in client.get(
            reverse("changes:project_changes", args=[world.project_a.pk])
        ).content.decode()
    )


def test_the_accepted_change_order_prints_as_a_pdf_with_its_signature(world):
    import io

    from pypdf import PdfReader

    tasks = _plan(world)
    change_order = _sign(world.sponsor_a_manager, _sent(world, tasks), "accept", "accepted")
    response = client_for(world.sponsor_a_manager).get(
        reverse("changes:pdf", args=[change_order.pk])
    )
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert f"{world.project_a.code}-{change_order.reference}.pdf" in response["Content-Disposition"]
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert change_order.reference in text and change_order.sow_reference in text
    assert "Approved by sponsor" in text and "Accepted" in text
    assert world.sponsor_a_manager.printed_name in text
    assert f"{change_order.finish_delta_days:+d} days" in text


@pytest.mark.req("AT-10")
def test_the_sponsor_reads_a_change_orders_history_from_when_it_was_sent(world):
    tasks = _plan(world)
    change_order = _draft(world)
    services.change_order_update(
        actor=world.pm_alice,
        change_order=change_order,
        price_change=Decimal("39999.00"),
        reason="Internal price iteration",
    )
    change_order = _do(world.pm_alice, change_order, "submit")
    change_order = _do(world.qa_quinn, change_order, "send")
    url = reverse("audit:history", args=["changes.changeorder", change_order.pk])
    sponsor = client_for(world.sponsor_a_manager).get(url).content.decode()
    staff = client_for(world.pm_alice).get(url).content.decode()
    assert "39999" in staff and "Internal price iteration" in staff
    assert "39999" not in sponsor and "Internal price iteration" not in sponsor
    assert "Change order sent" in sponsor  # the action as a sentence (accord.audit.display)
    del tasks
