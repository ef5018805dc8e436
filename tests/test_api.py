"""The REST API: tokens, one error shape, pagination, filters, strict input."""

from __future__ import annotations

import json

import pytest
from django.test import Client

from accord.accounts import services
from accord.projects.models import Project
from tests.conftest import client_for


def _bearer(user) -> Client:
    _, secret = services.api_token_create(actor=user, name="test")
    return Client(HTTP_AUTHORIZATION=f"Bearer {secret}")


def _project_body(world, **overrides) -> dict:
    body = {
        "sponsor_id": world.sponsor_a.pk,
        "site_id": world.site.pk,
        "code": "AUR-303-VAL",
        "title": "Aurolimab process validation",
        "modality": "biologic",
        "phase": "commercial",
        "start_date": "2027-01-04",
        "target_end_date": "2027-09-30",
    }
    body.update(overrides)
    return body


def test_openapi_document_lists_the_v1_operations(world):
    spec = client_for(world.pm_alice).get("/api/openapi.json").json()
    assert spec["openapi"].startswith("3.")
    assert "/api/v1/projects" in spec["paths"]
    assert {"get", "post"} <= set(spec["paths"]["/api/v1/projects"])


@pytest.mark.req("WEB-8")
def test_api_docs_are_for_signed_in_users_only(world, client):
    assert client.get("/api/docs").status_code == 302
    assert client.get("/api/openapi.json").status_code == 401
    assert client_for(world.pm_alice).get("/api/docs").status_code == 200


def test_a_token_authenticates_and_a_bad_one_gets_the_error_shape(world):
    assert _bearer(world.pm_alice).get("/api/v1/me").json()["username"] == "pm.alice"
    response = Client(HTTP_AUTHORIZATION="Bearer acc_not-a-real-token").get("/api/v1/me")
    assert response.status_code == 401
    assert response.json() == {
        "status": 401,
        "code": "not_authenticated",
        "detail": "Send a valid API token or session.",
        "errors": [],
    }


def test_me_lists_roles_and_permissions(world):
    body = _bearer(world.qa_quinn).get("/api/v1/me").json()
    assert body["roles"] == ["quality_assurance"]
    assert "projects.approve_project" in body["permissions"]
    assert body["organization"]["kind"] == "cdmo"


def test_lists_are_paginated(world):
    api = _bearer(world.pm_alice)
    first = api.get("/api/v1/projects", {"page_size": 2}).json()
    assert first["count"] == 3 and first["pages"] == 2 and len(first["items"]) == 2
    second = api.get("/api/v1/projects", {"page_size": 2, "page": 2}).json()
    assert len(second["items"]) == 1
    codes = {p["code"] for p in first["items"] + second["items"]}
    assert codes == {"AUR-101-TT", "AUR-202-PD", "BOR-301-GMP"}


def test_lists_are_filterable(world):
    api = _bearer(world.pm_alice)
    by_sponsor = api.get("/api/v1/projects", {"sponsor_id": world.sponsor_b.pk}).json()
    assert [p["code"] for p in by_sponsor["items"]] == ["BOR-301-GMP"]
    by_status = api.get("/api/v1/projects", {"status": "planned"}).json()
    assert [p["code"] for p in by_status["items"]] == ["AUR-202-PD"]
    by_text = api.get("/api/v1/projects", {"q": "borecit"}).json()
    assert by_text["count"] == 1


def test_a_bad_filter_value_gets_422_naming_it(world):
    response = _bearer(world.pm_alice).get("/api/v1/projects", {"status": "bogus", "page": 0})
    assert response.status_code == 422
    fields = {e["field"] for e in response.json()["errors"]}
    assert {"status", "page"} <= fields


def test_staff_creates_a_project_through_the_api(world):
    response = _bearer(world.pm_alice).post(
        "/api/v1/projects", _project_body(world), content_type="application/json"
    )
    assert response.status_code == 201, response.content
    assert response.json()["code"] == "AUR-303-VAL"
    assert response.json()["status"] == "planned"
    assert Project.objects.filter(code="AUR-303-VAL", sponsor=world.sponsor_a).exists()


@pytest.mark.req("RC-5")
def test_malformed_input_gets_422_naming_every_bad_field_and_writes_nothing(world):
    body = _project_body(world, code="", modality="powder", start_date="31/12/2026")
    del body["title"]
    response = _bearer(world.pm_alice).post(
        "/api/v1/projects", body, content_type="application/json"
    )
    assert response.status_code == 422
    payload = response.json()
    assert payload["code"] == "validation_error"
    assert {"code", "modality", "start_date", "title"} <= {e["field"] for e in payload["errors"]}
    assert Project.objects.count() == 3


@pytest.mark.req("AZ-3")
def test_unknown_fields_and_protected_fields_are_rejected(world):
    body = _project_body(world, status="completed", sponsor={"id": 1}, is_admin=True)
    response = _bearer(world.pm_alice).post(
        "/api/v1/projects", body, content_type="application/json"
    )
    assert response.status_code == 422
    assert {"status", "sponsor", "is_admin"} <= {e["field"] for e in response.json()["errors"]}
    assert not Project.objects.filter(code="AUR-303-VAL").exists()


def test_cross_field_rules_come_back_as_422_on_the_field(world):
    body = _project_body(world, target_end_date="2026-01-01")
    response = _bearer(world.pm_alice).post(
        "/api/v1/projects", body, content_type="application/json"
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "target_end_date"


def test_a_duplicate_code_is_a_clear_422(world):
    body = _project_body(world, code="AUR-101-TT")
    response = _bearer(world.pm_alice).post(
        "/api/v1/projects", body, content_type="application/json"
    )
    assert response.status_code == 422
    assert "already in use" in response.json()["errors"][0]["message"]


def test_permission_errors_are_403_in_the_same_shape(world):
    response = _bearer(world.qa_quinn).post(
        "/api/v1/projects", _project_body(world), content_type="application/json"
    )
    assert response.status_code == 403
    assert response.json()["code"] == "permission_denied"


def test_not_found_is_404_in_the_same_shape(world):
    response = _bearer(world.pm_alice).get("/api/v1/projects/999999")
    assert response.status_code == 404
    assert response.json() == {
        "status": 404,
        "code": "not_found",
        "detail": "Not found.",
        "errors": [],
    }


def test_an_oversized_body_is_refused_with_413(world, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    body = _project_body(world, description="x" * 20_000)
    response = _bearer(world.pm_alice).post(
        "/api/v1/projects", json.dumps(body), content_type="application/json"
    )
    assert response.status_code == 413
    assert response.json()["code"] == "payload_too_large"
    assert not Project.objects.filter(code="AUR-303-VAL").exists()


@pytest.mark.req("WEB-1")
def test_session_writes_need_a_csrf_token(world):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(world.pm_alice)
    response = browser.post(
        "/api/v1/projects", _project_body(world), content_type="application/json"
    )
    assert response.status_code in (401, 403)
    assert not Project.objects.filter(code="AUR-303-VAL").exists()


def test_document_download_returns_the_file(world):
    response = _bearer(world.sponsor_a_manager).get(
        f"/api/v1/documents/{world.doc_a_shared.pk}/download"
    )
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"AUR batch schedule"


def test_search_finds_only_what_the_caller_may_see(world):
    body = _bearer(world.sponsor_b_manager).get("/api/v1/search", {"q": "tech"}).json()
    found = {group["type"]: [hit["title"] for hit in group["items"]] for group in body["groups"]}
    assert "projects" not in found
    assert found["documents"] == ["Borealis tech package index"]
