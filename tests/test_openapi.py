"""The OpenAPI document: readable with a token, one name per component, every error listed."""

from __future__ import annotations

from collections import defaultdict

import pytest
from django.test import Client
from ninja.constants import NOT_SET
from ninja.schema import NinjaGenerateJsonSchema

from accord.accounts import services
from accord.api import api
from accord.changes.models import ChangeOrder
from accord.core.openapi import API_VERSION
from accord.proposals.models import ProposalRevision, Rfp
from accord.reports.models import PublicationStatus
from accord.risks.models import Risk
from accord.service.models import ConcernState
from tests.conftest import client_for
from tests.factories import UserFactory

DOCUMENT = "/api/openapi.json"


def _bearer(user) -> Client:
    _, secret = services.api_token_create(actor=user, name="schema reader")
    return Client(HTTP_AUTHORIZATION=f"Bearer {secret}")


@pytest.fixture(scope="module")
def document() -> dict:
    return api.get_openapi_schema()


def _operations(document: dict):
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            yield path, method, operation


# --------------------------------------------------------------------------- who reads it


def test_a_token_reads_the_document(world):
    for user in (world.pm_alice, world.sponsor_a_contact):
        response = _bearer(user).get(DOCUMENT)
        assert response.status_code == 200, user
        assert response.json()["info"]["version"] == API_VERSION
        assert "/api/v1/change-orders/{change_order_id}" in response.json()["paths"]


def test_a_session_reads_the_document_and_the_docs_page(world):
    staff = client_for(world.pm_alice)
    assert staff.get(DOCUMENT).status_code == 200
    assert staff.get("/api/docs").status_code == 200


@pytest.mark.req("WEB-8")
def test_without_a_valid_token_the_document_is_a_401_not_a_login_page(world, client):
    for reader in (client, Client(HTTP_AUTHORIZATION="Bearer acc_not-a-real-token")):
        response = reader.get(DOCUMENT)
        assert response.status_code == 401
        assert response["WWW-Authenticate"] == "Bearer"
        assert response.json() == {
            "status": 401,
            "code": "not_authenticated",
            "detail": "Send a valid API token or session.",
            "errors": [],
        }


def test_a_revoked_token_no_longer_reads_it(db):
    user = UserFactory()
    token, secret = services.api_token_create(actor=user, name="schema reader")
    reader = Client(HTTP_AUTHORIZATION=f"Bearer {secret}")
    assert reader.get(DOCUMENT).status_code == 200
    services.api_token_revoke(actor=user, token=token)
    assert reader.get(DOCUMENT).status_code == 401


def test_the_docs_page_stays_for_signed_in_people(world, client):
    response = _bearer(world.pm_alice).get("/api/docs")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_the_description_points_to_the_changelog(document):
    assert "api-changelog" in document["info"]["description"]
    assert "/api/v1/" in document["info"]["description"]


# --------------------------------------------------------------------------- component names


def _name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def _enum_leaves(schema: dict, defs: dict, path: str = "", seen: tuple = ()) -> dict:
    """Every enum reachable from ``schema``, by the dotted path of property names to it."""
    leaves: dict[str, frozenset] = defaultdict(frozenset)
    if "$ref" in schema:
        name = _name(schema["$ref"])
        if name not in seen:
            for key, values in _enum_leaves(defs[name], defs, path, (*seen, name)).items():
                leaves[key] |= values
        return leaves
    if "enum" in schema:
        leaves[path] |= frozenset(schema["enum"])
    for key in ("anyOf", "allOf", "oneOf"):
        for option in schema.get(key, []):
            for where, values in _enum_leaves(option, defs, path, seen).items():
                leaves[where] |= values
    nested = [(f"{path}[]", schema.get("items"))]
    nested += [(f"{path}.{k}", v) for k, v in schema.get("properties", {}).items()]
    if isinstance(schema.get("additionalProperties"), dict):
        nested.append((f"{path}{{}}", schema["additionalProperties"]))
    for where, inner in nested:
        if isinstance(inner, dict):
            for key, values in _enum_leaves(inner, defs, where, seen).items():
                leaves[key] |= values
    return leaves


def _ninja_operations():
    for router in api._get_bound_routers():
        for path_view in router.path_operations.values():
            for operation in path_view.operations:
                yield api.get_openapi_operation_id(operation), operation


def _own_schema(model, mode: str) -> tuple[dict, dict]:
    """The model's schema made alone: pydantic keeps names apart within one call."""
    schema = model.model_json_schema(schema_generator=NinjaGenerateJsonSchema, mode=mode)
    return schema, schema.get("$defs", {})


def test_the_document_is_built_without_one_component_overwriting_another(document):
    assert api.openapi_conflicts == []
    names = document["components"]["schemas"]
    assert "Status" not in names and "Kind" not in names
    assert {"ChangeOrderStatus", "RiskStatus", "ProjectStatus", "InitiativeStatus"} <= set(names)


def test_every_enum_in_the_document_is_the_one_its_model_declares(document):
    """Wherever a ``$ref`` points, the values are those of the model the operation uses."""
    components = document["components"]["schemas"]
    by_id = {op["operationId"]: (path, op) for path, _, op in _operations(document)}
    compared = 0
    for operation_id, operation in _ninja_operations():
        _, described = by_id[operation_id]
        for status, model in operation.response_models.items():
            if model in (None, NOT_SET) or status not in described["responses"]:
                continue
            own, own_defs = _own_schema(model, "serialization")
            expected = _enum_leaves(own["properties"]["response"], own_defs)
            content = described["responses"][status]["content"]["application/json"]
            assert _enum_leaves(content["schema"], components) == expected, (operation_id, status)
            compared += len(expected)
        parameters = {p["name"]: p["schema"] for p in described.get("parameters", [])}
        for model in operation.models:
            if model.__ninja_param_source__ != "query":
                continue
            own, own_defs = _own_schema(model, "validation")
            for where, values in _enum_leaves(own, own_defs).items():
                name = where.rsplit(".", 1)[-1]
                assert _enum_leaves(parameters[name], components)[""] == values, (
                    operation_id,
                    name,
                )
                compared += 1
    assert compared > 100


@pytest.mark.parametrize(
    ("path", "field", "states"),
    [
        ("/api/v1/change-orders/{change_order_id}", "status", ChangeOrder.Status),
        ("/api/v1/risks/{risk_id}", "status", Risk.Status),
        ("/api/v1/rfps/{rfp_id}", "status", Rfp.Status),
        ("/api/v1/proposal-revisions/{revision_id}", "status", ProposalRevision.Status),
        ("/api/v1/status-reports/{report_id}", "status", PublicationStatus),
        ("/api/v1/concerns/{concern_id}", "state", ConcernState),
    ],
)
def test_a_records_detail_lists_its_own_states(document, path, field, states):
    components = document["components"]["schemas"]
    schema = document["paths"][path]["get"]["responses"][200]["content"]["application/json"]
    assert _enum_leaves(schema["schema"], components)[f".{field}"] == frozenset(states.values)


def test_a_sent_change_order_conforms_to_its_own_states(world, document):
    components = document["components"]["schemas"]
    order = world.change_order_a_sent
    body = client_for(world.pm_alice).get(f"/api/v1/change-orders/{order.pk}").json()
    assert body["status"] == "sent"
    assert "sent" in components["ChangeOrderStatus"]["enum"]


# --------------------------------------------------------------------------- error responses


def test_every_operation_lists_its_errors_in_the_one_shape(document):
    error = {"$ref": "#/components/schemas/ErrorOut"}
    assert set(document["components"]["schemas"]["ErrorOut"]["required"]) == {
        "status",
        "code",
        "detail",
    }
    for path, method, operation in _operations(document):
        statuses = {int(status) for status in operation["responses"]}
        expected = {401, 403}
        if "{" in path:
            expected.add(404)
        if operation.get("parameters") or "requestBody" in operation:
            expected.add(422)
        if method != "get" and "{" in path:
            expected |= {409, 412, 428}
        assert expected <= statuses, (method, path, expected - statuses)
        for status in expected:
            response = operation["responses"][status]
            if status in (404, 422) and "content" not in response:
                continue  # the operation declared it itself, without a body
            schema = response["content"]["application/json"]["schema"]
            assert schema == error or _name(schema.get("$ref", "")) == "ErrorOut", (path, status)


def test_an_undeclared_404_is_documented_with_an_example(document):
    operation = document["paths"]["/api/v1/change-orders/{change_order_id}"]["get"]
    content = operation["responses"][404]["content"]["application/json"]
    assert content["example"]["code"] == "not_found"
    assert "not yours to see" in operation["responses"][404]["description"]


def test_every_component_is_titled_with_its_own_name(document):
    """Client generators name classes after titles: a ``Status`` title on every record's
    states made them collide (openapi-python-client refused the document)."""
    components = document["components"]["schemas"]
    assert {name: schema["title"] for name, schema in components.items()} == {
        name: name for name in components
    }


def test_operation_ids_are_unique_and_read_well(document):
    """A generated client names its functions after operation ids: the view's name, with
    its module's in front only where two views share one."""
    ids = [operation["operationId"] for _, _, operation in _operations(document)]
    assert len(ids) == len(set(ids))
    assert document["paths"]["/api/v1/projects"]["get"]["operationId"] == "list_projects"
    assert not [i for i in ids if i.startswith("accord_")]
