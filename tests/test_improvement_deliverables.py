"""Deliverables an initiative's owner or champion adds to a DMAIC stage beyond the
standard checklist: the gate waits for them too; one added can be taken off while it is
not done, a standard one never."""

from __future__ import annotations

import json

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from accord.audit.models import AuditEvent
from accord.improvement import services
from accord.improvement.models import Deliverable
from tests.conftest import client_for
from tests.improvement_rows import champion, finish_stage, initiative, pass_gate, sign, small_world

pytestmark = pytest.mark.django_db


# The module's shared world (tests/conftest.py) is this small one.
build_shared_world = small_world


def _add(world, item, stage="define", name="Supplier interview", actor=None):
    return services.deliverable_add(
        actor=actor or world.pm_alice, initiative=item, stage=stage, name=name
    )


def test_the_owner_adds_a_deliverable_and_the_gate_waits_for_it(world):
    item = initiative(world)
    added = _add(world, item)
    finish_stage(world, item)  # ticks every one of the stage, the added one too
    services.deliverable_set_done(actor=world.pm_alice, deliverable=added, done=False)
    item.refresh_from_db()

    assert not added.is_standard and added.added_by == world.pm_alice
    assert services.gate_gaps(item) == ["deliverables not done: Supplier interview"]
    with pytest.raises(ValidationError) as refused:
        services.initiative_pass_gate(
            actor=champion(world), initiative=item, version=item.version, **sign(champion(world))
        )
    assert "Supplier interview" in str(refused.value)
    item.refresh_from_db()
    assert item.stage == "define"
    event = AuditEvent.objects.get(action="improvement.deliverable.added")
    assert json.loads(event.changes)["name"] == [None, "Supplier interview"]


def test_the_champion_adds_one_to_a_later_stage(world):
    item = initiative(world)
    added = _add(world, item, stage="control", name="Training of the shift", actor=champion(world))

    assert added.stage == "control" and added.added_by == champion(world)
    assert item.deliverables.filter(stage="control").count() == 3


@pytest.mark.parametrize(
    ("name", "problem"), [("   ", "Name the deliverable."), ("x" * 201, "200 characters")]
)
def test_a_deliverable_needs_a_name(world, name, problem):
    item = initiative(world)
    with pytest.raises(ValidationError) as refused:
        _add(world, item, name=name)
    assert problem in str(refused.value.message_dict["name"])
    assert not item.deliverables.filter(is_standard=False).exists()


def test_a_past_stage_takes_no_new_deliverable(world):
    item = initiative(world)
    pass_gate(world, item)

    with pytest.raises(ValidationError) as refused:
        _add(world, item, stage="define")

    assert refused.value.message_dict["stage"] == [
        "The Define stage is past: add to the current stage (Measure) or a later one."
    ]


def test_the_same_name_twice_on_a_stage_is_refused(world):
    item = initiative(world)
    with pytest.raises(ValidationError) as refused:
        _add(world, item, name="sipoc map")
    assert "already on the Define checklist" in str(refused.value)


def test_only_the_owner_or_the_champion_changes_the_checklist(world):
    item = initiative(world)
    with pytest.raises(PermissionDenied) as refused:
        _add(world, item, actor=world.qa_quinn)
    assert "Alice Morgan" in str(refused.value) and "Otto Imboden" in str(refused.value)
    added = _add(world, item)
    with pytest.raises(PermissionDenied):
        services.deliverable_remove(actor=world.qa_quinn, deliverable=added)
    assert Deliverable.objects.filter(pk=added.pk).exists()


def test_a_kaizen_has_no_stage_checklist(world):
    item = initiative(world, method="kaizen")
    with pytest.raises(ValidationError) as refused:
        _add(world, item)
    assert "Only a DMAIC initiative" in str(refused.value)


def test_an_added_deliverable_not_done_is_removed_with_an_audit_event(world):
    item = initiative(world)
    added = _add(world, item)

    services.deliverable_remove(actor=champion(world), deliverable=added, reason="Not needed")

    assert not Deliverable.objects.filter(pk=added.pk).exists()
    event = AuditEvent.objects.get(action="improvement.deliverable.removed")
    assert json.loads(event.changes)["name"] == ["Supplier interview", None]
    assert event.reason == "Not needed"


def test_a_standard_deliverable_cannot_be_removed(world):
    item = initiative(world)
    charter = item.deliverables.get(name="Project charter")
    with pytest.raises(ValidationError) as refused:
        services.deliverable_remove(actor=world.pm_alice, deliverable=charter)
    assert "Project charter is a standard DMAIC deliverable" in str(refused.value)
    assert Deliverable.objects.filter(pk=charter.pk).exists()


def test_a_done_deliverable_cannot_be_removed(world):
    item = initiative(world)
    added = _add(world, item)
    services.deliverable_set_done(actor=world.pm_alice, deliverable=added, done=True)
    with pytest.raises(ValidationError) as refused:
        services.deliverable_remove(actor=world.pm_alice, deliverable=added)
    assert "Supplier interview is done: mark it not done before removing it." in str(refused.value)
    assert Deliverable.objects.filter(pk=added.pk).exists()


def test_the_owner_adds_and_removes_one_on_the_initiative_page(world):
    item = initiative(world)
    owner = client_for(world.pm_alice)
    page = owner.get(reverse("improvement:detail", args=[item.pk])).content.decode()
    assert 'data-testid="add-deliverable"' in page
    assert '<label class="form-label small" for="id_stage">Stage</label>' in page

    response = owner.post(
        reverse("improvement:deliverable_add", args=[item.pk]),
        {"stage": "measure", "name": "Gauge R&R of the HPLC"},
        follow=True,
    )

    body = response.content.decode()
    assert "Gauge R&amp;R of the HPLC is added to the Measure checklist." in body
    added = item.deliverables.get(name="Gauge R&R of the HPLC")
    assert "Remove Gauge R&amp;R of the HPLC from the Measure checklist" in body
    response = owner.post(
        reverse("improvement:deliverable_remove", args=[item.pk, added.pk]), follow=True
    )
    assert "is removed from the checklist" in response.content.decode()
    assert not item.deliverables.filter(is_standard=False).exists()


def test_the_page_names_the_problem_and_offers_no_form_to_others(world):
    item = initiative(world)
    response = client_for(world.pm_alice).post(
        reverse("improvement:deliverable_add", args=[item.pk]),
        {"stage": "define", "name": "Project charter"},
        follow=True,
    )
    assert "Project charter is already on the Define checklist." in response.content.decode()
    other = client_for(world.qa_quinn)
    page = other.get(reverse("improvement:detail", args=[item.pk])).content.decode()
    assert 'data-testid="add-deliverable"' not in page
    refused = other.post(
        reverse("improvement:deliverable_add", args=[item.pk]), {"stage": "define", "name": "X"}
    )
    assert refused.status_code == 403


def test_the_api_adds_and_removes_a_deliverable(world):
    item = initiative(world)
    owner = client_for(world.pm_alice)
    url = f"/api/v1/improvement/initiatives/{item.pk}/deliverables"

    created = owner.post(
        url, {"stage": "improve", "name": "Operator training"}, content_type="application/json"
    )

    assert created.status_code == 201
    added = [d for d in created.json()["deliverables"] if not d["is_standard"]]
    assert [(d["stage"], d["name"]) for d in added] == [("improve", "Operator training")]
    empty = owner.post(url, {"stage": "improve", "name": " "}, content_type="application/json")
    assert empty.status_code == 422 and "Name the deliverable." in empty.content.decode()
    charter = item.deliverables.get(name="Project charter")
    standard = owner.delete(f"{url}/{charter.pk}")
    assert standard.status_code in (400, 422) and "standard" in standard.content.decode()
    removed = owner.delete(f"{url}/{added[0]['id']}")
    assert removed.status_code == 200
    assert all(d["is_standard"] for d in removed.json()["deliverables"])
    # Ticking one off still works on the same path.
    ticked = owner.post(f"{url}/{charter.pk}", {"done": True}, content_type="application/json")
    assert ticked.status_code == 200


def test_the_api_refuses_a_sponsor_and_someone_not_leading_it(world):
    item = initiative(world, sponsor=world.sponsor_a)
    url = f"/api/v1/improvement/initiatives/{item.pk}/deliverables"
    body = {"stage": "define", "name": "Sponsor visit"}
    sponsor = client_for(world.sponsor_a_manager)
    assert sponsor.post(url, body, content_type="application/json").status_code == 403
    assert (
        client_for(world.qa_quinn).post(url, body, content_type="application/json").status_code
        == 403
    )
    assert not item.deliverables.filter(is_standard=False).exists()
