"""API token scopes: read-only or read-write, optionally limited to some projects.

A read-only token is refused every unsafe method; a project-limited token sees only its
projects and what hangs off them (another project of the same sponsor answers 404), and
is refused what is not part of a project. An unlimited token sees exactly what its
user's session sees.
"""

from __future__ import annotations

import json
import re

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse

from accord.accounts import services
from accord.accounts.models import ApiToken
from accord.audit.models import AuditEvent
from accord.planning.services import task_create
from accord.projects.models import Project
from tests.conftest import World, client_for

pytestmark = pytest.mark.django_db

API = "/api/v1"


def _bearer(user, **scope) -> Client:
    _, secret = services.api_token_create(actor=user, name="scoped", **scope)
    return Client(HTTP_AUTHORIZATION=f"Bearer {secret}")


def _project_body(world: World, code: str = "AUR-404-NEW") -> dict:
    return {
        "sponsor_id": world.sponsor_a.pk,
        "site_id": world.site.pk,
        "code": code,
        "title": "Aurolimab new study",
        "modality": "biologic",
        "phase": "commercial",
        "start_date": "2027-01-04",
        "target_end_date": "2027-09-30",
    }


def _without_token(body):
    return {k: v for k, v in body.items() if k != "token"} if isinstance(body, dict) else body


def _codes(response) -> set[str]:
    assert response.status_code == 200, response.content
    return {item["code"] for item in response.json()["items"]}


# Read-only and read-write


def test_a_read_only_token_reads_but_is_refused_every_unsafe_method(world):
    api = _bearer(world.pm_alice, scope=ApiToken.Scope.READ_ONLY)
    region = f"{API}/sites/{world.site.pk}/calendar/region"
    assert "AUR-101-TT" in _codes(api.get(f"{API}/projects"))
    attempts = [
        api.post(f"{API}/projects", _project_body(world), content_type="application/json"),
        api.patch(f"{API}/notification-preferences", {}, content_type="application/json"),
        api.put(region, {}, content_type="application/json"),
        api.delete(f"{API}/projects/{world.project_a.pk}/team/members/{world.qa_quinn.pk}"),
    ]
    for response in attempts:
        assert response.status_code == 403, response.content
        assert response.json()["code"] == "permission_denied"
        assert response.json()["detail"] == "This token is read-only."
    assert not Project.objects.filter(code="AUR-404-NEW").exists()
    assert world.project_a.memberships.filter(user=world.qa_quinn).exists()


def test_a_read_write_token_writes_with_its_users_permissions(world):
    api = _bearer(world.pm_alice, scope=ApiToken.Scope.READ_WRITE)
    response = api.post(f"{API}/projects", _project_body(world), content_type="application/json")
    assert response.status_code == 201, response.content
    assert Project.objects.filter(code="AUR-404-NEW").exists()


def test_a_read_only_token_cannot_make_a_token(world):
    actor = services.api_token_authenticate(_secret_of(world.pm_alice, "reader", "read_only"))
    with pytest.raises(PermissionDenied, match="read-only"):
        services.api_token_create(actor=actor, name="escalated", scope="read_write")
    assert not ApiToken.objects.filter(name="escalated").exists()


def _secret_of(user, name: str, scope: str, projects=()) -> str:
    _, secret = services.api_token_create(actor=user, name=name, scope=scope, projects=projects)
    return secret


def test_an_unknown_scope_is_refused_naming_the_field(world):
    with pytest.raises(ValidationError) as caught:
        services.api_token_create(actor=world.pm_alice, name="odd", scope="admin")
    assert "scope" in caught.value.message_dict
    assert "Read-only" in caught.value.message_dict["scope"][0]
    assert not ApiToken.objects.filter(name="odd").exists()


# Limited to projects


def _a2_records(world: World) -> dict[str, str]:
    """Detail and list endpoints of project A (AUR-101-TT) and records hanging off it."""
    a = world.project_a
    return {
        "project": f"{API}/projects/{a.pk}",
        "documents of the project": f"{API}/projects/{a.pk}/documents",
        "document": f"{API}/documents/{world.doc_a_shared.pk}",
        "document download": f"{API}/documents/{world.doc_a_shared.pk}/download",
        "risks of the project": f"{API}/projects/{a.pk}/risks",
        "risk": f"{API}/risks/{world.risk_a_shared.pk}",
        "delays of the project": f"{API}/projects/{a.pk}/delays",
        "delay": f"{API}/delays/{world.delay_a_communicated.pk}",
        "change orders of the project": f"{API}/projects/{a.pk}/change-orders",
        "change order": f"{API}/change-orders/{world.change_order_a_sent.pk}",
        "meeting": f"{API}/meetings/{world.meeting_a_shared.pk}",
        "status report": f"{API}/status-reports/{world.status_report_a_published.pk}",
        "status reports of the project": f"{API}/projects/{a.pk}/status-reports",
        "team": f"{API}/projects/{a.pk}/team",
    }


@pytest.mark.req("AZ-2")
def test_a_token_limited_to_one_project_does_not_see_the_sponsors_other_project(world):
    # Maya manages Aurora: both its projects are hers. Her token is limited to AUR-202-PD.
    maya = world.sponsor_a_manager
    limited = _bearer(maya, scope="read_only", projects=[world.project_a_unstaffed])
    unlimited = _bearer(maya, scope="read_only")

    assert _codes(limited.get(f"{API}/projects")) == {"AUR-202-PD"}
    assert _codes(unlimited.get(f"{API}/projects")) == {"AUR-101-TT", "AUR-202-PD"}
    assert limited.get(f"{API}/projects/{world.project_a_unstaffed.pk}").status_code == 200
    for what, url in _a2_records(world).items():
        assert unlimited.get(url).status_code == 200, f"{what}: Maya sees it with her session"
        response = limited.get(url)
        assert response.status_code == 404, f"{what} answered {response.status_code}"
        assert response.json()["code"] == "not_found"
    for listing in ("meetings", "status-reports"):
        assert unlimited.get(f"{API}/{listing}").json()["count"] >= 1
        assert limited.get(f"{API}/{listing}").json()["count"] == 0, listing


@pytest.mark.req("AZ-2")
def test_a_project_limited_staff_token_is_narrowed_too(world):
    alice = world.pm_alice
    task = task_create(actor=alice, project=world.project_a, name="Engineering batch")
    limited = _bearer(alice, scope="read_write", projects=[world.project_b])
    assert _codes(limited.get(f"{API}/projects")) == {"BOR-301-GMP"}
    assert limited.get(f"{API}/tasks/{task.pk}/skills").status_code == 404
    assert limited.get(f"{API}/projects/{world.project_a.pk}/plan/lapses").status_code == 404
    assert _bearer(alice).get(f"{API}/tasks/{task.pk}/skills").status_code == 200
    # Writing into a project outside the token is a 404 as well, and writes nothing.
    response = limited.post(
        f"{API}/projects/{world.project_a.pk}/team/members",
        {"user_id": world.admin_ada.pk, "role": "project_manager"},
        content_type="application/json",
    )
    assert response.status_code == 404
    assert not world.project_a.memberships.filter(user=world.admin_ada).exists()


def test_a_project_limited_token_is_refused_records_that_are_not_part_of_a_project(world):
    limited = _bearer(world.sponsor_a_manager, projects=[world.project_a_unstaffed])
    for url in ("/sponsors", "/concerns", "/quality-agreements", "/search?q=aur", "/users"):
        response = limited.get(f"{API}{url}")
        assert response.status_code == 403, url
        assert response.json()["code"] == "permission_denied"
        assert response.json()["detail"] == (
            "This token is limited to projects AUR-202-PD; this record is not part of a project."
        )
    assert limited.get(f"{API}/me").json()["username"] == "aurora.manager"


def test_a_project_limited_token_cannot_create_projects(world):
    limited = _bearer(world.pm_alice, scope="read_write", projects=[world.project_a])
    response = limited.post(
        f"{API}/projects", _project_body(world), content_type="application/json"
    )
    assert response.status_code == 403
    assert "cannot create projects" in response.json()["detail"]
    assert not Project.objects.filter(code="AUR-404-NEW").exists()


def test_a_token_can_only_be_limited_to_projects_its_user_sees(world):
    with pytest.raises(ValidationError) as caught:
        services.api_token_create(
            actor=world.sponsor_a_contact, name="peek", projects=[world.project_b]
        )
    assert caught.value.message_dict["projects"] == ["Choose only among the projects you can see."]
    assert not ApiToken.objects.filter(name="peek").exists()


def test_a_project_limited_token_cannot_make_an_unlimited_one(world):
    secret = _secret_of(world.pm_alice, "limited", "read_write", [world.project_b])
    actor = services.api_token_authenticate(secret)
    with pytest.raises(ValidationError) as caught:
        services.api_token_create(actor=actor, name="wider", scope="read_write")
    assert "limit the new token" in caught.value.message_dict["projects"][0]
    with pytest.raises(ValidationError):
        services.api_token_create(actor=actor, name="other", projects=[world.project_a])
    assert not ApiToken.objects.filter(name__in=["wider", "other"]).exists()


# A sponsor's token sees what its user sees


def _parameterless_lists() -> list[str]:
    from accord.api import api

    spec = api.get_openapi_schema()
    return sorted(
        path
        for path, operations in spec["paths"].items()
        if "get" in operations and "{" not in path and path.startswith("/api/v1/")
    )


@pytest.mark.parametrize("persona", ["sponsor_a_manager", "sponsor_a_contact"])
def test_a_sponsors_token_answers_exactly_what_its_session_answers(world, persona):
    user = getattr(world, persona)
    session = client_for(user)
    token = _bearer(user, scope="read_only")
    # /tokens lists the token itself, whose last use this very walk moves.
    urls = [url for url in _parameterless_lists() if url != "/api/v1/tokens"]
    assert {"/api/v1/projects", "/api/v1/concerns", "/api/v1/meetings"} <= set(urls)
    for project in Project.objects.order_by("code"):
        for records in ("documents", "risks", "delays", "change-orders", "status-reports"):
            urls.append(f"/api/v1/projects/{project.pk}/{records}")
    seen = 0
    for url in urls:
        by_session, by_token = session.get(url), token.get(url)
        assert by_token.status_code == by_session.status_code, url
        if by_session["Content-Type"].startswith("application/json"):
            if url.endswith("/me"):  # /me also says which token a request used
                assert by_token.json()["token"]["scope"] == "read_only"
                assert by_session.json()["token"] is None
            assert _without_token(by_token.json()) == _without_token(by_session.json()), url
            seen += by_session.status_code == 200 and bool(by_session.json())
    assert seen >= 10


def test_a_sponsors_token_lists_the_same_projects_as_the_portal_page(world):
    user = world.sponsor_a_contact
    page = client_for(user).get(reverse("projects:list")).content.decode()
    on_page = {code for code in Project.objects.values_list("code", flat=True) if code in page}
    assert on_page == {"AUR-101-TT"}
    assert _codes(_bearer(user).get(f"{API}/projects")) == on_page


# The account page


def test_the_token_form_defaults_to_read_only_and_offers_only_visible_projects(world):
    page = client_for(world.sponsor_a_contact).get(reverse("accounts:tokens")).content.decode()
    checked = re.search(r'<input[^>]*value="read_only"[^>]*>', page).group(0)
    assert "checked" in checked
    assert "Read and write" in page
    assert "AUR-101-TT" in page
    assert "AUR-202-PD" not in page and "BOR-301-GMP" not in page


@pytest.mark.req("AT-2")
def test_the_page_makes_a_limited_token_lists_it_with_labels_and_audits_the_scope(world):
    client = client_for(world.pm_alice)
    response = client.post(
        reverse("accounts:tokens"),
        {"name": "LIMS sync", "scope": "read_write", "projects": [world.project_b.pk]},
    )
    page = response.content.decode()
    assert "cannot show it again" in page
    token = ApiToken.objects.get(name="LIMS sync")
    assert token.scope == ApiToken.Scope.READ_WRITE
    assert list(token.projects.all()) == [world.project_b]
    row = page[page.index("LIMS sync", page.index("Your tokens")) :]
    row = row[: row.index("</tr>")]
    assert "Read and write" in row and "BOR-301-GMP" in row and "read_write" not in row
    event = AuditEvent.objects.get(action="accounts.api_token.created", target_id=str(token.pk))
    changes = json.loads(event.changes)
    assert changes["scope"] == [None, "read_write"]
    assert changes["projects"] == [None, [world.project_b.pk]]


def test_a_token_made_on_the_page_without_a_choice_is_read_only_for_all_projects(world):
    client = client_for(world.pm_alice)
    client.post(reverse("accounts:tokens"), {"name": "Dashboard"})
    token = ApiToken.objects.get(name="Dashboard")
    assert token.scope == ApiToken.Scope.READ_ONLY and not token.projects.exists()
    page = client.get(reverse("accounts:tokens")).content.decode()
    row = page[page.index("Dashboard") :]
    assert "Read-only" in row[: row.index("</tr>")]
    assert "All you can see" in row[: row.index("</tr>")]


def test_the_page_refuses_a_project_the_user_does_not_see(world):
    client = client_for(world.sponsor_a_contact)
    response = client.post(
        reverse("accounts:tokens"), {"name": "Peek", "projects": [world.project_b.pk]}
    )
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not ApiToken.objects.filter(name="Peek").exists()
