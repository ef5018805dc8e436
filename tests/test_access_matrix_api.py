"""The access matrix, API: every operation × every persona answers as docs/access-matrix.md says.

See tests/access_matrix.py; the pages are in tests/test_access_matrix_pages.py.
"""

import pytest
from django.conf import settings

from tests.access_matrix import check_or_write, report
from tests.test_cross_tenant import API

# About 10,000 requests: they run on PostgreSQL, the production database. On SQLite the
# table's own checks (tests/test_access_matrix.py) and the cross-tenant tests still run.
pytestmark = pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"),
    reason="the live access matrix runs on PostgreSQL",
)


@pytest.mark.req("AZ-1")
@pytest.mark.req("AZ-2")
def test_every_api_operation_answers_every_persona_as_the_matrix_says(world):
    problems = check_or_write(world, list(API))
    assert not problems, report(problems, "cells of docs/access-matrix.md (API)")
