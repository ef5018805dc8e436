"""The access matrix, pages: every page × every persona answers as docs/access-matrix.md says.

See tests/access_matrix.py; the API operations are in tests/test_access_matrix_api.py (a
file of their own, so that pytest-xdist runs the two halves side by side).
"""

import pytest
from django.conf import settings

from tests.access_matrix import check_or_write, report
from tests.test_cross_tenant import PAGES

# About 10,000 requests: they run on PostgreSQL, the production database. On SQLite the
# table's own checks (tests/test_access_matrix.py) and the cross-tenant tests still run.
pytestmark = pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"),
    reason="the live access matrix runs on PostgreSQL",
)


@pytest.mark.req("AZ-1")
@pytest.mark.req("AZ-2")
def test_every_page_answers_every_persona_as_the_matrix_says(world):
    problems = check_or_write(world, list(PAGES))
    assert not problems, report(problems, "cells of docs/access-matrix.md (pages)")
