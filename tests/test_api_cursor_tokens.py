"""Cursor pagination, your own tokens through the API, and what the OpenAPI document says
about conventions every operation shares (Idempotency-Key on POSTs, 429 with Retry-After).
"""

from __future__ import annotations

import pytest
from django.test import Client

from accord.accounts import services
from accord.accounts.models import ApiToken
from accord.api import api
from accord.audit.models import AuditEvent
from accord.core.api import encode_cursor
from accord.projects.models import Project
from tests.conftest import client_for

pytestmark = pytest.mark.django_db

API = "/api/v1"


def _bearer(user, **scope) -> Client:
    _, secret = services.api_token_create(actor=user, name="script", **scope)
    return Client(HTTP_AUTHORIZATION=f"Bearer {secret}")


def _walk(client: Client, path: str, **query) -> tuple[list[dict], list[dict]]:
    """Every item of a list by cursor, and the answers that carried them."""
    items, answers, cursor = [], [], ""
    while cursor is not None:
        response = client.get(f"{API}{path}", {**query, "cursor": cursor})
        assert response.status_code == 200, response.content
        body = response.json()
        answers.append(body)
        items += body["items"]
        cursor = body["next_cursor"]
        assert len(answers) < 50, "the walk does not end"
    return items, answers


# --------------------------------------------------------------------------- cursor


def test_a_cursor_walks_a_list_by_id_to_its_end(world):
    items, answers = _walk(client_for(world.pm_alice), "/projects", page_size=2)
    ids = [item["id"] for item in items]
    visible = Project.objects.filter(code__in=["AUR-101-TT", "AUR-202-PD", "BOR-301-GMP"])
    assert ids == sorted(visible.values_list("pk", flat=True))
    assert [answer["page"] for answer in answers] == [1, 2]
    assert {answer["pages"] for answer in answers} == {2}
    assert {answer["count"] for answer in answers} == {3}
    assert answers[-1]["next_cursor"] is None


def test_a_record_made_during_a_walk_neither_repeats_nor_shifts_it(world):
    client = client_for(world.pm_alice)
    first = client.get(f"{API}/projects", {"cursor": "", "page_size": 2}).json()
    # A new project appears at the end of the id order, never inside the pages walked.
    newer = Project.objects.create(
        sponsor=world.sponsor_a,
        site=world.site,
        code="AUR-909-NEW",
        title="Newer",
        modality="biologic",
        phase="preclinical",
    )
    rest = client.get(f"{API}/projects", {"cursor": first["next_cursor"], "page_size": 2})
    ids = [item["id"] for item in first["items"] + rest.json()["items"]]
    assert len(ids) == len(set(ids))
    assert ids[-1] == newer.pk and ids == sorted(ids)


def test_a_cursor_keeps_the_filters_and_the_sponsor_wall(world):
    items, _ = _walk(client_for(world.pm_alice), "/projects", sponsor_id=world.sponsor_b.pk)
    assert {item["code"] for item in items} == {"BOR-301-GMP"}
    items, _ = _walk(client_for(world.sponsor_a_manager), "/projects", page_size=1)
    assert {item["code"] for item in items} == {"AUR-101-TT", "AUR-202-PD"}


@pytest.mark.parametrize("cursor", ["not-ours", encode_cursor(-1, 1), encode_cursor(3, 0)])
def test_a_cursor_the_api_did_not_make_is_refused_by_name(world, cursor):
    response = client_for(world.pm_alice).get(f"{API}/projects", {"cursor": cursor})
    assert response.status_code == 422
    assert [error["field"] for error in response.json()["errors"]] == ["cursor"]


def test_page_numbers_still_follow_the_lists_own_order(world):
    body = client_for(world.pm_alice).get(f"{API}/projects", {"page_size": 2}).json()
    assert body["next_cursor"] is None and body["page"] == 1 and len(body["items"]) == 2


# --------------------------------------------------------------------------- tokens


def test_a_token_made_through_the_api_is_read_only_unless_chosen_and_shown_once(world):
    client = client_for(world.pm_alice)
    response = client.post(f"{API}/tokens", {"name": "warehouse"}, content_type="application/json")
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["scope"] == "read_only" and body["scope_label"] == "Read-only"
    assert body["secret"].startswith("acc_") and body["project_ids"] == []
    token = ApiToken.objects.get(pk=body["id"])
    assert token.digest != body["secret"] and body["secret"] not in str(
        list(AuditEvent.objects.filter(action="accounts.api_token.created").values())
    )
    listed = client.get(f"{API}/tokens").json()["items"]
    assert [row["id"] for row in listed] == [token.pk]
    assert "secret" not in listed[0]
    # The new token works, and /me says which token and scope a request used.
    me = Client(HTTP_AUTHORIZATION=f"Bearer {body['secret']}").get(f"{API}/me").json()
    assert me["token"]["id"] == token.pk and me["token"]["scope"] == "read_only"
    assert client.get(f"{API}/me").json()["token"] is None  # a session has no token


def test_a_project_limited_token_makes_only_narrower_tokens(world):
    limited = _bearer(world.pm_alice, projects=[world.project_a])
    refused = limited.post(f"{API}/tokens", {"name": "all"}, content_type="application/json")
    assert refused.status_code == 422
    assert [error["field"] for error in refused.json()["errors"]] == ["projects"]
    made = limited.post(
        f"{API}/tokens",
        {"name": "one", "scope": "read_write", "project_ids": [world.project_a.pk]},
        content_type="application/json",
    )
    assert made.status_code == 201, made.content
    assert made.json()["project_codes"] == [world.project_a.code]
    other = limited.post(
        f"{API}/tokens",
        {"name": "other", "project_ids": [world.project_b.pk]},
        content_type="application/json",
    )
    assert other.status_code == 422
    assert ApiToken.objects.filter(user=world.pm_alice, name="other").count() == 0


def test_a_read_only_token_makes_no_token(world):
    reader = _bearer(world.pm_alice, scope=ApiToken.Scope.READ_ONLY)
    response = reader.post(f"{API}/tokens", {"name": "x"}, content_type="application/json")
    assert response.status_code == 403
    assert response.json()["detail"] == "This token is read-only."


def test_tokens_are_revoked_by_their_owner_only(world):
    token, secret = services.api_token_create(actor=world.pm_alice, name="old")
    other = client_for(world.qa_quinn).post(f"{API}/tokens/{token.pk}/revoke")
    assert other.status_code == 404
    assert client_for(world.qa_quinn).get(f"{API}/tokens").json()["items"] == []
    response = client_for(world.pm_alice).post(f"{API}/tokens/{token.pk}/revoke")
    assert response.status_code == 200 and response.json()["is_active"] is False
    gone = Client(HTTP_AUTHORIZATION=f"Bearer {secret}").get(f"{API}/me")
    assert gone.status_code == 401
    active = client_for(world.pm_alice).get(f"{API}/tokens", {"active": "true"}).json()
    assert active["items"] == []


def test_bad_token_input_names_the_field_and_makes_nothing(world):
    client = client_for(world.pm_alice)
    response = client.post(
        f"{API}/tokens", {"name": "x", "scope": "admin"}, content_type="application/json"
    )
    assert response.status_code == 422
    assert [error["field"] for error in response.json()["errors"]] == ["scope"]
    assert not ApiToken.objects.filter(user=world.pm_alice).exists()


# --------------------------------------------------------------------------- document


@pytest.fixture(scope="module")
def document() -> dict:
    return api.get_openapi_schema()


def test_every_post_takes_an_idempotency_key_header(document):
    posts = [
        (path, operations["post"])
        for path, operations in document["paths"].items()
        if "post" in operations
    ]
    assert len(posts) > 50
    for path, operation in posts:
        headers = [p for p in operation["parameters"] if p["in"] == "header"]
        assert [p["name"] for p in headers] == ["Idempotency-Key"], path
        assert headers[0]["required"] is False and headers[0]["schema"]["maxLength"] == 255
        assert 409 in operation["responses"], path
    for path, operations in document["paths"].items():
        for method in set(operations) - {"post"}:
            names = [p["name"] for p in operations[method].get("parameters", [])]
            assert "Idempotency-Key" not in names, (method, path)


def test_every_operation_documents_the_rate_limit(document):
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            answer = operation["responses"][429]
            assert "Retry-After" in answer["headers"], (method, path)
            example = answer["content"]["application/json"]["example"]
            assert example["code"] == "rate_limited", (method, path)


def test_lists_document_the_cursor(document):
    parameters = document["paths"]["/api/v1/projects"]["get"]["parameters"]
    assert "cursor" in {p["name"] for p in parameters}
    out = document["components"]["schemas"]["PagedProjectOut"]["properties"]
    assert "next_cursor" in out


def test_a_cursor_walks_a_list_ordered_outside_the_database(world):
    """Concerns by due time are ordered in Python (due times are computed, not stored):
    a cursor still walks them by id, every one once."""
    from accord.service import services

    for title in ("Late CoA", "Missing batch record", "Slow answer on the deviation"):
        services.concern_raise(
            actor=world.sponsor_a_manager,
            sponsor=world.sponsor_a,
            project=world.project_a,
            title=title,
            description="Raised by the sponsor for the cursor walk.",
            category="schedule",
            urgency="high",
        )
    client = client_for(world.pm_alice)
    items, answers = _walk(client, "/concerns", order="due", page_size=2)
    ids = [item["id"] for item in items]
    listed = client.get(f"{API}/concerns", {"order": "due", "page_size": 200}).json()["items"]
    assert len(ids) >= 3 and ids == sorted(ids)
    assert set(ids) == {item["id"] for item in listed}
    assert len(answers) == answers[0]["pages"]
