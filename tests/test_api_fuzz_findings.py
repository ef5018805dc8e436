"""What fuzzing the live API (scripts/api_fuzz.py) found, each kept fixed: a body that is
not JSON is a 422 naming ``body`` (it was an undocumented 400), and the document lists a
404 for a body that names a record and 409/412/428 for a settings record written with its
``version`` (both were answered but undocumented)."""

import pytest

from accord.api import api
from tests.conftest import client_for


@pytest.mark.req("WEB-6")
def test_a_body_that_is_not_json_is_a_422_naming_the_body(world):
    response = client_for(world.admin_ada).post(
        "/api/v1/sponsors", data=b"\xff{not json", content_type="application/json"
    )
    assert response.status_code == 422
    body = response.json()
    assert body["code"] == "validation_error"
    assert body["errors"] == [{"field": "body", "message": "Not a valid JSON body."}]


@pytest.mark.req("WEB-6")
def test_a_record_named_in_the_body_and_not_found_is_a_documented_404(world):
    response = client_for(world.admin_ada).post(
        "/api/v1/batches",
        data={"project_id": 2**40, "number": "R-002", "manufactured_on": "2026-01-05"},
        content_type="application/json",
    )
    assert response.status_code == 404
    document = api.get_openapi_schema()
    creates = document["paths"]["/api/v1/batches"]["post"]["responses"]
    assert "404" in {str(status) for status in creates}
    settings = document["paths"]["/api/v1/survey-settings"]["put"]["responses"]
    assert {"409", "412", "428"} <= {str(status) for status in settings}
