"""5S areas, audits and their actions, and the technology register through the API: the
same services as the pages, CDMO staff only, bad input named with nothing written."""

from __future__ import annotations

import datetime as dt
from dataclasses import fields

import pytest

from accord.accounts.models import User
from accord.audit.models import AuditEvent
from accord.improvement.models import Capability, CapabilitySite, FiveSAction, FiveSArea
from tests.conftest import World, client_for

pytestmark = pytest.mark.django_db

JSON = "application/json"
SCORES = {"sort": 4, "set_in_order": 3, "shine": 5, "standardize": 2, "sustain": 3}


def _staff_with(world: World, *permissions: str) -> User:
    for f in fields(world):
        user = getattr(world, f.name)
        if isinstance(user, User) and user.is_cdmo_staff and user.has_perms(permissions):
            return user
    raise AssertionError(f"nobody in the world may {permissions}")


def _errors(response) -> set[str]:
    return {error["field"] for error in response.json()["errors"]}


def test_a_5s_area_is_audited_and_its_action_done_through_the_api(world):
    auditor = _staff_with(world, "improvement.add_fivesaudit", "improvement.change_fivesaudit")
    client = client_for(auditor)
    area = client.post(
        "/api/v1/improvement/areas",
        {"site_id": world.site.pk, "name": "QC sample receipt", "description": "Room 1.12"},
        content_type=JSON,
    )
    assert area.status_code == 201, area.content
    area_id = area.json()["id"]
    twice = client.post(
        "/api/v1/improvement/areas",
        {"site_id": world.site.pk, "name": "QC sample receipt"},
        content_type=JSON,
    )
    assert twice.status_code == 422 and _errors(twice) == {"name"}
    assert FiveSArea.objects.filter(name="QC sample receipt").count() == 1

    audit = client.post(
        f"/api/v1/improvement/areas/{area_id}/audits",
        {"audited_on": "2026-03-02", "auditor_id": auditor.pk, "scores": SCORES},
        content_type=JSON,
    )
    assert audit.status_code == 201, audit.content
    audit_id = audit.json()["id"]
    listed = client.get("/api/v1/improvement/areas", {"site_id": world.site.pk}).json()
    row = next(r for r in listed if r["id"] == area_id)
    assert row["audits"] == 1 and row["last_total"] == sum(SCORES.values())

    no_owner = client.post(
        f"/api/v1/improvement/audits/{audit_id}/actions",
        {"what": "Label the shelves", "owner_id": 987654, "due_on": "2026-03-20"},
        content_type=JSON,
    )
    assert no_owner.status_code == 404
    action = client.post(
        f"/api/v1/improvement/audits/{audit_id}/actions",
        {"what": "Label the shelves", "owner_id": world.pm_alice.pk, "due_on": "2026-03-20"},
        content_type=JSON,
    )
    assert action.status_code == 201, action.content
    detail = client.get(f"/api/v1/improvement/audits/{audit_id}").json()
    assert [a["what"] for a in detail["actions"]] == ["Label the shelves"]
    assert detail["scores"] == SCORES

    # Its owner marks it done (no audit rights needed for one's own action).
    done = client_for(world.pm_alice).post(
        f"/api/v1/improvement/audit-actions/{action.json()['id']}/done",
        {"done_on": "2026-03-18"},
        content_type=JSON,
    )
    assert done.status_code == 200, done.content
    assert FiveSAction.objects.get(pk=action.json()["id"]).done_on == dt.date(2026, 3, 18)
    assert AuditEvent.objects.filter(action="improvement.fivesaction.done", channel="api").exists()


def test_the_technology_register_through_the_api(world):
    keeper = client_for(
        _staff_with(world, "improvement.add_capability", "improvement.change_capability")
    )
    made = keeper.post(
        "/api/v1/improvement/capabilities",
        {"name": "Continuous flow hydrogenation", "category": "chemistry"},
        content_type=JSON,
    )
    assert made.status_code == 201, made.content
    capability_id = made.json()["id"]
    assert made.json()["category_label"] == "Chemical process"
    url = f"/api/v1/improvement/capabilities/{capability_id}/sites/{world.site.pk}"
    unproven = keeper.put(url, {"status": "qualified"}, content_type=JSON)
    assert unproven.status_code == 422
    assert _errors(unproven) == {"qualified_on", "evidence"}
    assert not CapabilitySite.objects.filter(capability_id=capability_id).exists()
    planned = keeper.put(url, {"status": "planned"}, content_type=JSON)
    assert planned.status_code == 200, planned.content
    entry = CapabilitySite.objects.get(capability_id=capability_id)
    stale = keeper.put(
        url,
        {"status": "qualified", "qualified_on": "2026-04-01", "evidence": "QR-2026-014"},
        content_type=JSON,
        headers={"If-Match": f'"{entry.version + 5}"'},
    )
    assert stale.status_code == 412
    qualified = keeper.put(
        url,
        {"status": "qualified", "qualified_on": "2026-04-01", "evidence": "QR-2026-014"},
        content_type=JSON,
        headers={"If-Match": f'"{entry.version}"'},
    )
    assert qualified.status_code == 200, qualified.content
    [site] = qualified.json()["sites"]
    assert site["status"] == "qualified" and site["qualified_on"] == "2026-04-01"
    bad = keeper.post(
        "/api/v1/improvement/capabilities",
        {"name": "Something", "category": "alchemy"},
        content_type=JSON,
    )
    assert bad.status_code == 422 and _errors(bad) == {"category"}
    assert Capability.objects.filter(name="Something").count() == 0


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("get", "/api/v1/improvement/areas", None),
        ("post", "/api/v1/improvement/areas", {"site_id": 1, "name": "x"}),
        ("get", "/api/v1/improvement/audits/1", None),
        ("post", "/api/v1/improvement/capabilities", {"name": "x", "category": "digital"}),
    ],
)
def test_sponsor_users_are_refused_before_any_lookup(world, method, path, body):
    client = client_for(world.sponsor_a_manager)
    response = client.get(path) if body is None else client.post(path, body, content_type=JSON)
    assert response.status_code == 403
