"""The input boundary (accord.core.input): control characters and numbers too large for
the database are refused with a clear answer naming the field, never a server error.

A generic battery walks every API operation and every page of the route inventory
(tests/test_cross_tenant.py), the way the cross-tenant test does, so a new route is
covered the day it is added.
"""

from __future__ import annotations

import pytest
from django.urls import reverse

from accord.api import api
from accord.core.api import InputSchema
from accord.projects.models import Project
from tests.conftest import client_for
from tests.test_cross_tenant import API, PAGES, _api_url, _page_url

HUGE = "9" * 30
NUL = "\x00"
# Integer parameters the pages read (filters, pagination); each list reads some of them.
PAGE_INTEGERS = ("page", "per_page", "sponsor", "site", "project", "owner", "sponsor_id")


def _integer_and_text_parameters(
    schema: dict, path: str, method: str
) -> tuple[list[str], list[str]]:
    operation = schema["paths"][path][method.lower()]
    integers, texts = [], []
    for parameter in operation.get("parameters", []):
        schema = parameter.get("schema", {})
        types = {option.get("type") for option in schema.get("anyOf", [schema])}
        if "integer" in types:
            integers.append((parameter["name"], parameter["in"]))
        elif "string" in types and parameter["in"] == "query":
            texts.append(parameter["name"])
    return integers, texts


def _names(response) -> set[str]:
    body = response.json()
    assert body["status"] == 422 and body["code"] == "validation_error", body
    return {error["field"] for error in body["errors"]}


@pytest.mark.req("WEB-6")
@pytest.mark.req("WEB-7")
def test_every_api_operation_refuses_odd_parameters_with_422_naming_them(world):
    client = client_for(world.pm_alice)
    checked = 0
    schema = api.get_openapi_schema()
    for key, route in API.items():
        method, path = key.split(" ", 1)
        if method != "GET":
            continue
        url = _api_url(world, key, route)
        integers, texts = _integer_and_text_parameters(schema, path, method)
        for name, where in integers:
            if where == "path":
                response = client.get(_api_url(world, key.replace(f"{{{name}}}", HUGE), route))
            else:
                response = client.get(url, {**route.query(world), name: HUGE})
            assert response.status_code == 422, (key, name, response.status_code)
            assert name in _names(response), (key, name)
            checked += 1
        for name in texts:
            response = client.get(url, {**route.query(world), name: f"Aur{NUL}"})
            assert response.status_code == 422, (key, name, response.status_code)
            assert name in _names(response), (key, name)
            checked += 1
    assert checked >= 40


@pytest.mark.req("WEB-6")
def test_a_page_number_beyond_any_list_is_refused_by_name(world):
    response = client_for(world.pm_alice).get("/api/v1/projects", {"page": 10**12})
    assert response.status_code == 422 and _names(response) == {"page"}


HEALTH_CHECKS = {"healthz", "readyz"}


def control_ignored(client, url: str) -> bool:
    response = client.get(url, {"q": f"Aur{NUL}"})
    return response.status_code == 200 and response.json() == {"status": "ok"}


@pytest.mark.req("WEB-7")
def test_no_page_answers_a_server_error_to_odd_parameters(world):
    client = client_for(world.pm_alice)
    checked = 0
    for name, route in PAGES.items():
        if route.method != "get" or name.startswith("api-"):
            continue
        url = _page_url(world, name, route)
        huge = client.get(url, {**route.query(world), **dict.fromkeys(PAGE_INTEGERS, HUGE)})
        assert huge.status_code < 500, (name, huge.status_code)
        if name in HEALTH_CHECKS:
            # Answered before any middleware reads the request; parameters are ignored.
            assert control_ignored(client, url), name
            continue
        control = client.get(url, {**route.query(world), "q": f"Aur{NUL}"})
        assert control.status_code == 400, (name, control.status_code)
        text = control.content.decode()
        assert "This address cannot be used" in text and "In “q”" in text
        assert "U+0000" in text
        checked += 1
    assert checked >= 100


@pytest.mark.req("WEB-6")
def test_the_sponsor_list_and_search_refuse_a_nul_with_a_friendly_page(world):
    client = client_for(world.pm_alice)
    for url in (reverse("sponsors:list"), reverse("search:results"), "/api/v1/sponsors"):
        response = client.get(f"{url}?q=%00")
        assert response.status_code in (400, 422), url
    assert client.get("/projects/%00/").status_code == 400


def _project_form(world, **changes) -> dict:
    return {
        "sponsor": world.sponsor_b.pk,
        "code": "BOR-720",
        "title": "Stability study",
        "modality": "small_molecule",
        "phase": "clinical",
        "site": world.site.pk,
        **changes,
    }


@pytest.mark.req("WEB-6")
@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("title", "Stability\x00study", "U+0000"),
        ("title", "Stability\x1bstudy", "U+001B"),
        ("title", "Stability\nstudy", "remove a line break"),
        ("title", "Stability\tstudy", "remove a tab"),
        ("description", "Bell\x07", "U+0007"),
    ],
)
def test_a_form_refuses_control_characters_on_the_field_and_keeps_the_input(
    world, field, value, message
):
    response = client_for(world.pm_alice).post(
        reverse("projects:create"), _project_form(world, **{field: value})
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert list(form.errors) == [field]
    assert message in form.errors[field][0]
    assert form[field].value() == value  # what the user typed is still there
    assert not Project.objects.filter(code="BOR-720").exists()


@pytest.mark.req("WEB-6")
def test_a_multi_line_field_keeps_its_line_breaks_and_tabs(world):
    description = "Step 1:\tdissolve\r\nStep 2:\tfilter at 4 °C"
    response = client_for(world.pm_alice).post(
        reverse("projects:create"), _project_form(world, description=description)
    )
    assert response.status_code == 302
    assert Project.objects.get(code="BOR-720").description == description


def _api_project(world, **changes) -> dict:
    return {
        "sponsor_id": world.sponsor_b.pk,
        "site_id": world.site.pk,
        "code": "BOR-721",
        "title": "Via the API",
        "modality": "biologic",
        "phase": "preclinical",
        **changes,
    }


@pytest.mark.req("WEB-6")
@pytest.mark.parametrize(
    ("field", "value"),
    [("title", "A\x00B title"), ("molecule", "mAb\x7f"), ("description", "\ud800 lone")],
)
def test_the_api_refuses_control_characters_with_422_naming_the_field(world, field, value):
    response = client_for(world.pm_alice).post(
        "/api/v1/projects", _api_project(world, **{field: value}), content_type="application/json"
    )
    assert response.status_code == 422, response.content
    assert _names(response) == {field}
    assert not Project.objects.filter(code="BOR-721").exists()


def test_the_api_accepts_line_breaks_in_text(world):
    response = client_for(world.pm_alice).post(
        "/api/v1/projects",
        _api_project(world, description="Line one\nLine two"),
        content_type="application/json",
    )
    assert response.status_code == 201


def test_every_api_request_body_goes_through_the_input_boundary():
    bodies = []
    for _, router in api._routers:
        for path_view in router.path_operations.values():
            for operation in path_view.operations:
                for model in operation.models:
                    if model.__ninja_param_source__ != "body":
                        continue
                    for field in model.model_fields.values():
                        bodies.append((operation.view_func.__name__, field.annotation))
    assert bodies, "no API operation takes a body?"
    loose = [name for name, schema in bodies if not issubclass(schema, InputSchema)]
    assert not loose, f"request bodies not derived from InputSchema: {loose}"
