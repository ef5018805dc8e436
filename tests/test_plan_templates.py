"""Plan templates name resource demands by role; a plan made from one at a site holds that
site's resources, and says which demands the site had nothing for."""

from __future__ import annotations

import json

import pytest

from accord.audit.models import AuditEvent
from accord.capacity.models import Resource, ResourceKind, ResourceRole, TaskDemand
from accord.planning import services
from accord.planning.models import Task
from accord.planning.plan_templates import TEMPLATES


def _resource(site, code: str, role: str, capacity: int = 1, **extra) -> Resource:
    kind = ResourceKind.LABOUR if capacity > 1 else ResourceKind.EQUIPMENT
    return Resource.objects.create(
        code=code, name=code, kind=kind, role=role, site=site, capacity=capacity, **extra
    )


@pytest.mark.parametrize("code", sorted(TEMPLATES))
def test_every_template_demands_known_roles_on_tasks_only(code):
    steps = TEMPLATES[code].steps
    demanding = [step for step in steps if step.demands]
    assert demanding, f"{code} demands nothing"
    for step in demanding:
        assert step.kind == "task", step.name
        for role, units in step.demands:
            assert role in ResourceRole.values and units >= 1


def test_a_template_plan_holds_the_sites_first_resource_of_each_role(world):
    site = world.project_a.site
    _resource(site, "VSP-SUITE-B2", ResourceRole.GMP_SUITE)
    first_suite = _resource(site, "VSP-SUITE-A1", ResourceRole.GMP_SUITE)
    _resource(site, "VSP-SUITE-A0", ResourceRole.GMP_SUITE, active=False)  # retired
    qc = _resource(site, "VSP-QC", ResourceRole.QC_ANALYSTS, 8)
    qa = _resource(site, "VSP-QA", ResourceRole.QA_REVIEWERS, 3)
    chemists = _resource(site, "VSP-PC", ResourceRole.PROCESS_SCIENTISTS, 6)
    stability = _resource(site, "VSP-STAB", ResourceRole.STABILITY, 3)
    # No reactor at this site: the template's two reactor demands cannot be placed.

    result = services.plan_apply_template(
        actor=world.pm_alice, project=world.project_a, template_code="small_molecule_tt"
    )

    tasks = Task.objects.filter(project=world.project_a)
    assert result == tasks.count() == 16  # still the number of tasks, as callers read it
    held = {
        (d.task.name, d.resource.code): d.units
        for d in TaskDemand.objects.filter(task__project=world.project_a).select_related(
            "task", "resource"
        )
    }
    assert held == {
        ("Analytical method transfer", qc.code): 1,
        ("Process development and optimization", chemists.code): 2,
        ("Engineering (demonstration) batch", first_suite.code): 1,
        ("GMP batch manufacture", first_suite.code): 1,
        ("QC release testing", qc.code): 3,
        ("QA batch record review and release (CoA)", qa.code): 1,
        ("Stability study start (T0)", stability.code): 1,
        ("Stability study start (T0)", qc.code): 1,
    }
    assert result.unplaced == (
        "Engineering (demonstration) batch: needs 1 of reactor train; Visp API plant has none",
        "GMP batch manufacture: needs 1 of reactor train; Visp API plant has none",
    )
    assert AuditEvent.objects.filter(action="capacity.demand.created").count() == len(held)
    event = AuditEvent.objects.get(action="planning.plan.created_from_template")
    assert json.loads(event.changes)["demands not placed"][1] == list(result.unplaced)


def test_a_site_without_resources_gets_the_plan_and_every_demand_reported(world):
    result = services.plan_apply_template(
        actor=world.pm_alice, project=world.project_a, template_code="sterile_ff"
    )

    assert result == Task.objects.filter(project=world.project_a).count() == 8
    assert not TaskDemand.objects.filter(task__project=world.project_a).exists()
    wanted = sum(len(step.demands) for step in TEMPLATES["sterile_ff"].steps)
    assert len(result.unplaced) == wanted == 5
    assert "GMP fill: needs 1 of fill-finish line; Visp API plant has none" in result.unplaced
