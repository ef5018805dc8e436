"""Every GET operation, fuzzed from the live OpenAPI document with schemathesis.

The requests go through Django's WSGI handler in this process, as a staff member and as
a sponsor manager of the shared world, each with an API token. Each operation gets a few
deterministic examples of valid input (filters, pagination, ids); the ids of the world's
records replace the generated ones, so that details answer with a record and not only 404.
A failure is a server error, a status or body the document does not describe, or valid
input refused (a 422 for a value the document allows).
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    positive_data_acceptance,
    response_schema_conformance,
    status_code_conformance,
)

from accord.accounts import services
from accord.accounts.models import User
from accord.api import api
from accord.search.registry import types_for

schema = schemathesis.openapi.from_dict(api.get_openapi_schema())
schema.app = get_wsgi_application()
schema.config.generation.update(
    modes=[GenerationMode.POSITIVE], max_examples=3, deterministic=True, allow_x00=False
)

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    positive_data_acceptance,
]

# Path parameters answered with a record of the world (sponsor A's, so both readers see it).
WORLD_IDS = {
    "project_id": lambda w: w.project_a.pk,
    "sponsor_id": lambda w: w.sponsor_a.pk,
    "site_id": lambda w: w.site.pk,
    "document_id": lambda w: w.doc_a_shared.pk,
    "delay_id": lambda w: w.delay_a_communicated.pk,
    "risk_id": lambda w: w.risk_a_shared.pk,
    "change_order_id": lambda w: w.change_order_a_sent.pk,
    "report_id": lambda w: w.status_report_a_published.pk,
    "meeting_id": lambda w: w.meeting_a_shared.pk,
    "rfp_id": lambda w: w.rfp_a.pk,
    "proposal_id": lambda w: w.proposal_a.pk,
    "revision_id": lambda w: w.revision_a_sent.pk,
    "item_id": lambda w: w.action_item_a.pk,
    "number": lambda w: 1,
}


@pytest.fixture(autouse=True)
def _keep_the_test_connection():
    """The WSGI handler closes the database connection after each request, as a server
    must; here the test's transaction lives on it (Django's test client does the same)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@dataclass
class Reader:
    user: User
    headers: dict[str, str]


@pytest.fixture(params=["pm_alice", "sponsor_a_manager"])
def reader(request, world, db) -> Reader:
    # ``db`` by name too: pytest-django sets the test database up only for the tests that
    # name it (``world`` asks for it at run time).
    user = getattr(world, request.param)
    _, secret = services.api_token_create(actor=user, name="fuzz")
    return Reader(user, {"Authorization": f"Bearer {secret}"})


def _searchable_type(case, user: User) -> None:
    """The document lists every search type; a sponsor user may search fewer, and one it
    may not search is unknown to it (a 422, as on the search page: AZ-2)."""
    if case.operation.path != "/api/v1/search" or not case.query:
        return
    if case.query.get("type") not in {search_type.key for search_type in types_for(user)}:
        case.query["type"] = ""


def _cursor_from_a_previous_answer(case) -> None:
    """A cursor is opaque: a client has only the empty one (the start) and those the API
    handed out. Any other string is refused by name (a 422), which is right, not a bug."""
    if case.query and case.query.get("cursor"):
        case.query["cursor"] = ""


@schema.include(method="GET").parametrize()
@settings(
    max_examples=3,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_get_operations_answer_as_documented(case, world, reader):
    for name in case.path_parameters or {}:
        if name in WORLD_IDS:
            case.path_parameters[name] = WORLD_IDS[name](world)
    _searchable_type(case, reader.user)
    _cursor_from_a_previous_answer(case)
    case.call_and_validate(headers=reader.headers, checks=CHECKS)
