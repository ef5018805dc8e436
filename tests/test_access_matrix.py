"""The access matrix itself (docs/access-matrix.md): complete, and never reading as a leak.

These tests read the table only (no requests): every route of the inventories in
tests/test_cross_tenant.py has its row, every persona its column, and no cell says what
isolation forbids. The requests are made by tests/test_access_matrix_pages.py and
tests/test_access_matrix_api.py; rows are written by ``python -m tests.access_matrix``.
"""

import pytest

from tests.access_matrix import COLUMNS, HEADER, TABLE_PATH, read_table, report, violations
from tests.test_cross_tenant import API, PAGES

REWRITE = "python -m tests.access_matrix --write"


@pytest.mark.req("AZ-1")
def test_the_matrix_has_one_column_per_persona():
    header = read_table().header
    missing = [h for h in HEADER if h not in header]
    extra = [h for h in header if h not in HEADER]
    assert not missing and not extra and header == list(HEADER), (
        f"{TABLE_PATH.name}: the header must be {' | '.join(HEADER)}; "
        f"missing columns {missing}, unknown columns {extra} (rewrite it with `{REWRITE}-all`)"
    )


@pytest.mark.req("AZ-1")
def test_the_matrix_has_one_row_per_route_and_a_cell_per_persona():
    rows = read_table().rows
    inventory = {**PAGES, **API}
    missing = [key for key in inventory if key not in rows]
    assert not missing, (
        f"These routes have no row in docs/{TABLE_PATH.name}: {', '.join(missing)}. "
        f"Run `{REWRITE}` to add their rows from the app's answers, review them "
        "(who may see what?), and commit the table."
    )
    stale = [key for key in rows if key not in inventory]
    assert not stale, (
        f"docs/{TABLE_PATH.name} has rows for routes that no longer exist: "
        f"{', '.join(stale)}. Delete them (or run `{REWRITE}`)."
    )
    problems = []
    for key, row in rows.items():
        if row.get("kind") != inventory[key].kind:
            problems.append(
                f"{key}: kind {row.get('kind')!r} in the table, {inventory[key].kind!r} "
                "in tests/test_cross_tenant.py"
            )
        empty = [c.header for c in COLUMNS if not row.get(c.key)]
        if empty:
            problems.append(f"{key}: no status for {', '.join(empty)}")
    assert not problems, report(problems, f"incomplete rows in docs/{TABLE_PATH.name}")


@pytest.mark.req("AZ-1")
@pytest.mark.req("AZ-2")
def test_the_matrix_never_encodes_a_leak():
    """Another sponsor's object is 404, a staff-only route 403 to every sponsor user, the
    signed-out reach only public routes, lists answer everyone (their content is checked
    by the marker test), and no cell is a server error."""
    problems = []
    for key, row in read_table().rows.items():
        route = PAGES.get(key) or API.get(key)
        if route is not None:
            problems += violations(key, route.kind, row, route.own_status)
    assert not problems, report(problems, f"cells of docs/{TABLE_PATH.name} that read as a leak")
