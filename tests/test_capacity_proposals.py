"""A proposal checked against the committed capacity: when the site's only GMP suite is
taken by a committed project in the weeks the sponsor wants, the check says the GMP batch
waits, for which resource and behind whom (to the CDMO), when the work could start without
waiting, the P50/P80 with capacity, and that the desired delivery is missed, suggesting the
turn-down reason "capacity" with its evidence; the sponsor's sentence names no other client."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from accord.audit.models import AuditEvent
from accord.capacity.models import CapacityCheck, Resource, TaskDemand
from accord.capacity.proposals import capacity_check_run, template_roles
from accord.planning import services as plans
from accord.planning.services import PlanTask
from accord.proposals.models import ProposalRevision
from tests.conftest import client_for
from tests.factories import ProjectFactory
from tests.test_capacity_leveling import next_monday


def test_the_templates_name_what_their_steps_demand():
    assert template_roles("small_molecule_tt") == {
        "gmp_suite": 1,
        "reactor": 1,
        "qc_analysts": 3,
        "qa_reviewers": 1,
        "process_scientists": 2,
        "stability": 1,
    }


def resources(world) -> dict[str, Resource]:
    made = {}
    for code, role, units in (
        ("VSP-SUITE-A1", Resource.Role.GMP_SUITE, 1),
        ("VSP-R-101", Resource.Role.REACTOR, 2),
        ("VSP-QC", Resource.Role.QC_ANALYSTS, 6),
        ("VSP-QA", Resource.Role.QA_REVIEWERS, 2),
        ("VSP-PS", Resource.Role.PROCESS_SCIENTISTS, 6),
        ("VSP-STAB", Resource.Role.STABILITY, 4),
    ):
        made[role] = Resource.objects.create(
            code=code,
            name=code,
            kind=Resource.Kind.EQUIPMENT,
            role=role,
            site=world.site,
            capacity=units,
        )
    return made


def committed_campaign(world, suite: Resource, weeks: int = 16):
    """Borealis's committed campaign holds the suite for ``weeks`` from next Monday."""
    project = ProjectFactory(
        sponsor=world.sponsor_b,
        site=world.site,
        code="BOR-CAMP",
        start_date=next_monday(),
        target_end_date=next_monday() + dt.timedelta(days=300),
        members=[(world.pm_alice, "project_manager")],
    )
    plans.plan_create(
        actor=world.pm_alice,
        project=project,
        tasks=[PlanTask("CAMP", "Validation campaign (3 batches)", duration_days=5 * weeks)],
        links=[],
    )
    task = project.tasks.get()
    TaskDemand.objects.create(task=task, resource=suite, units=1)
    return project


@pytest.fixture
def revision(world):
    rev = world.revision_a_sent
    ProposalRevision.objects.filter(pk=rev.pk).update(
        timeline_template="small_molecule_tt",
        timeline_start=next_monday(),
        timeline_scale=Decimal("1.00"),
        timeline_batches=1,
    )
    rfp = rev.proposal.rfp
    type(rfp).objects.filter(pk=rfp.pk).update(
        desired_start=next_monday(), desired_delivery=next_monday() + dt.timedelta(days=365)
    )
    rev.refresh_from_db()
    return rev


def test_a_free_site_meets_the_timeline_and_nothing_waits(world, revision):
    resources(world)
    check = capacity_check_run(actor=world.pm_alice, revision=revision)
    assert check.site == world.site
    assert check.result["waits"] == []
    assert check.capacity_finish == check.free_finish
    assert check.earliest_start == next_monday()
    assert check.meets_delivery is True
    assert "suggested_reason" not in check.result


def test_a_suite_committed_to_another_client_delays_the_batch_and_says_why(world, revision):
    made = resources(world)
    free = capacity_check_run(actor=world.pm_alice, revision=revision)
    # The sponsor wants it three days after the free P80: met without the campaign, not with it.
    rfp = revision.proposal.rfp
    type(rfp).objects.filter(pk=rfp.pk).update(
        desired_delivery=dt.date.fromisoformat(free.result["p80"]) + dt.timedelta(days=3)
    )
    committed_campaign(world, made[Resource.Role.GMP_SUITE])
    check = capacity_check_run(actor=world.pm_alice, revision=revision)
    waits = check.result["waits"]
    assert [w["resource"] for w in waits] == ["VSP-SUITE-A1"]
    # The engineering batch is the first work on the suite; the GMP batch follows it.
    assert waits[0]["activity"] == "Engineering (demonstration) batch"
    assert waits[0]["behind"][0]["project"] == "BOR-CAMP"
    assert check.result["p80"] > free.result["p80"]
    assert check.capacity_finish > check.free_finish
    assert check.earliest_start > next_monday()
    assert check.result["to_start_earlier"][0]["task"] == "Validation campaign (3 batches)"
    assert check.meets_delivery is False
    reason = check.result["suggested_reason"]
    assert reason["code"] == "capacity" and "VSP-SUITE-A1" in reason["evidence"]
    assert "BOR-CAMP" in reason["evidence"]
    sponsor = check.result["sponsor"]
    assert "GMP manufacturing suite" in sponsor and "prior work for other clients" in sponsor
    for secret in ("BOR-CAMP", "Borealis", "VSP-SUITE-A1", world.sponsor_b.name):
        assert secret not in sponsor
    assert AuditEvent.objects.filter(action="capacity.check.made", target_id=str(check.pk)).exists()


def test_the_revision_pages_show_the_check_to_each_side(world, revision):
    made = resources(world)
    committed_campaign(world, made[Resource.Role.GMP_SUITE])
    staff = client_for(world.pm_alice)
    response = staff.post(reverse("capacity:proposal_check", args=[revision.pk]), {"site": ""})
    assert response.status_code == 302
    check = CapacityCheck.objects.get()
    page = staff.get(reverse("proposals:revision_detail", args=[revision.pk])).content.decode()
    assert "Against our capacity" in page and "BOR-CAMP" in page
    detail = staff.get(reverse("capacity:proposal_check_detail", args=[check.pk])).content.decode()
    assert "Validation campaign (3 batches)" in detail
    # The sponsor reads the sentence of a check made before the revision was sent (on its day).
    CapacityCheck.objects.filter(pk=check.pk).update(
        requested_at=dt.datetime.combine(revision.sent_on, dt.time(8), tzinfo=dt.UTC)
    )
    sponsor = client_for(world.sponsor_a_manager)
    portal = sponsor.get(reverse("proposals:revision_detail", args=[revision.pk])).content.decode()
    assert "prior work for other clients" in portal
    assert "BOR-CAMP" not in portal and "VSP-SUITE-A1" not in portal
    evidence = reverse("capacity:proposal_check_detail", args=[check.pk])
    assert sponsor.get(evidence).status_code == 403


def test_sponsor_users_cannot_check(world, revision):
    with pytest.raises(PermissionDenied):
        capacity_check_run(actor=world.sponsor_a_manager, revision=revision)
