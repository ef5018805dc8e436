"""The access matrix: every route × every persona, with the status each one gets.

The expected statuses live in ``docs/access-matrix.md``, one row per route of the
inventories in ``tests/test_cross_tenant.py`` (``PAGES`` and ``API``), one column per
persona (``COLUMNS``). ``tests/test_access_matrix.py`` checks the table itself (every
route and column present, nothing that reads as a leak); ``tests/test_access_matrix_pages.py``
and ``tests/test_access_matrix_api.py`` make every request and compare.

The requests run on PostgreSQL only (the production database; about 10,000 of them). To
(re)write rows from what the app answers, on a PostgreSQL database::

    DATABASE_URL=postgres://... python -m tests.access_matrix --write      # missing rows
    DATABASE_URL=postgres://... python -m tests.access_matrix --write-all  # every row

It runs the matrix tests with ``ACCORD_ACCESS_MATRIX=write-new`` (or ``write-all``): they
write the observed statuses into the table, then check the table's invariants, and fail if
a written row reads as a leak; then it runs the table tests. Read the diff before committing.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.cookies import SimpleCookie
from pathlib import Path

TABLE_PATH = Path(__file__).resolve().parent.parent / "docs" / "access-matrix.md"
MODE_VARIABLE = "ACCORD_ACCESS_MATRIX"
WRITE_NEW = "write-new"
WRITE_ALL = "write-all"


@dataclass(frozen=True)
class Column:
    key: str  # a staff role code, or who asks for whose object
    header: str  # the table's column heading
    meaning: str  # the legend's words


COLUMNS: tuple[Column, ...] = (
    Column("business_development", "BD", "business development (staff)"),
    Column("project_manager", "PM", "project manager (staff; Alice, project_a's manager)"),
    Column("subject_matter_expert", "SME", "subject-matter expert (staff)"),
    Column("quality_assurance", "QA", "quality assurance (staff; Quinn, project_a's QA lead)"),
    Column("operations", "Ops", "operations (staff)"),
    Column("executive", "Exec", "executive (staff)"),
    Column("administrator", "Admin", "administrator (staff; Ada)"),
    Column("manager_own", "SM own", "sponsor A's manager asking for A's object"),
    Column("manager_other", "SM other", "sponsor B's manager asking for A's object"),
    Column("contact_own", "SC own", "sponsor A's contact (a member of project_a), A's object"),
    Column("contact_other", "SC other", "sponsor B's contact asking for A's object"),
    Column("anonymous", "Anon", "nobody signed in"),
)
STAFF_COLUMNS = tuple(c.key for c in COLUMNS[:7])
SPONSOR_COLUMNS = ("manager_own", "manager_other", "contact_own", "contact_other")
OTHER_COLUMNS = ("manager_other", "contact_other")
HEADER = ("Route", "Kind", *(c.header for c in COLUMNS))
LOGIN_REDIRECT = "302→login"

LEGEND = """\
# Access matrix: who gets what, route by route

Every page and API operation of Accord (one row each), asked for by every kind of user
(one column each), with the status the app answers. The suite makes every one of these
requests and compares (`tests/test_access_matrix_pages.py`, `tests/test_access_matrix_api.py`);
a route or column missing from this table, a row for a route that no longer exists, or a
cell that differs from what the app answers fails it. The table itself is checked too
(`tests/test_access_matrix.py`): another sponsor's object is always 404, a staff-only route
is 403 to every sponsor user, nobody signed out reaches anything but the public routes,
and no cell is a server error.

**Columns.** Staff columns are one user with that single role; staff see every sponsor, so
they ask for sponsor A's object. *SM* is a sponsor manager, *SC* a sponsor contact;
*own* is sponsor A's person asking for A's object, *other* is sponsor B's person asking for
the same object of A (for lists, searches and exports: with A's filters). *Anon* is nobody
signed in.

**Kinds** (from the route inventory in `tests/test_cross_tenant.py`): *public* (anyone),
*secret* (no sign-in, a secret in the URL; the probe uses a wrong one), *own* (about the
signed-in user), *reference* (CDMO reference data), *staff* (CDMO staff only), *object*
(one sponsor-owned object), *list* (lists, searches, exports of the caller's own data).

**Cells.** The HTTP status: 200 shown, 201 created, 204 done, `302→login` sent to sign in,
302 another redirect (a form that saved, or a page that moved), 400/422 the probe's input
refused, 401 not signed in (API), 403 not allowed, 404 not found (or not yours), 405
method not allowed, 409 the probe's version or state conflicts. Writes use the
inventory's probe bodies, which are often deliberately incomplete or point at an id that
does not exist, so a staff 404, 409 or 422 on a write usually means "allowed, but this
probe is refused"; a 403 means the role may not. Every request runs inside a savepoint
rolled back afterwards, so no cell sees another's writes.

**Regenerating rows.** After adding a route to the inventory, run
`python -m tests.access_matrix --write` (rows missing from this table are written from the
app's answers) or `--write-all` (every row); the invariants above still run on what was
written, and a leak fails. Review the new rows by eye before committing (see
[development.md](development.md#tests)).

"""


def row_key(cell: str) -> str | None:
    """The route named in a row's first cell (between backticks), or None for a heading."""
    match = re.match(r"`([^`]+)`", cell.strip())
    return match.group(1) if match else None


def _split(line: str) -> list[str]:
    return [part.strip() for part in line.strip().strip("|").split("|")]


@dataclass
class Table:
    header: list[str]
    rows: dict[str, dict[str, str]]  # route -> column key (and "kind") -> cell


def read_table(path: Path = TABLE_PATH) -> Table:
    header: list[str] = []
    rows: dict[str, dict[str, str]] = {}
    if not path.exists():
        return Table(list(HEADER), rows)
    for line in path.read_text().splitlines():
        if not line.startswith("|"):
            continue
        cells = _split(line)
        if cells and cells[0] == "Route":
            header = cells
            continue
        key = row_key(cells[0]) if cells else None
        if key is None or not header:
            continue
        keys = ["route", "kind", *(_column_key(h) for h in header[2:])]
        rows[key] = dict(zip(keys[1:], cells[1:], strict=False))
    return Table(header, rows)


def _column_key(header: str) -> str:
    for column in COLUMNS:
        if column.header == header:
            return column.key
    return header  # unknown: reported as an extra column


def area(key: str) -> tuple[int, str]:
    """Where a row sits: pages by URL namespace, API operations by their first segment."""
    if " /api/" in key:
        path = key.split(" ", 1)[1]
        return 1, "API " + path.removeprefix("/api/v1/").split("/", 1)[0].split("{", 1)[0]
    namespace = key.split(":", 1)[0] if ":" in key else "site"
    return 0, "Pages " + namespace


def page_path(name: str) -> str:
    """A page's URL pattern, with its parameters written as {name}."""
    from django.urls import get_resolver

    from tests.test_cross_tenant import _walk

    for path, pattern_name, _ in _walk(get_resolver().url_patterns):
        if pattern_name == name:
            return "/" + re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", path)
    return ""


def write_table(rows: dict[str, dict[str, str]], path: Path = TABLE_PATH) -> None:
    """Write the whole file: the legend, then one table grouped by area."""
    from tests.test_cross_tenant import API, PAGES

    lines = [LEGEND.rstrip("\n"), ""]
    lines.append("| " + " | ".join(HEADER) + " |")
    lines.append("|" + "|".join(["---", "---"] + [":-:"] * len(COLUMNS)) + "|")
    current = None
    empty = [""] * (len(HEADER) - 1)
    for key in sorted(rows, key=lambda k: (area(k), k)):
        group = area(key)[1]
        if group != current:
            lines.append("| " + " | ".join([f"**{group}**", *empty]) + " |")
            current = group
        row = rows[key]
        route = PAGES.get(key) or API.get(key)
        label = f"`{key}`"
        if key in PAGES:
            label += f" {route.method.upper()} {page_path(key)}".replace("|", "\\|")
        elif route is not None and route.method.upper() != key.split(" ", 1)[0]:
            label += f" (asked with {route.method.upper()})"
        cells = [label, row.get("kind", ""), *(row.get(c.key, "") for c in COLUMNS)]
        lines.append("| " + " | ".join(cells) + " |")
    path.write_text("\n".join(lines) + "\n")


@contextlib.contextmanager
def locked_table(path: Path = TABLE_PATH) -> Iterator[None]:
    """Serialize rewrites of the table (workers of pytest-xdist may write at once)."""
    with open(Path(tempfile.gettempdir()) / "accord-access-matrix.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def mode() -> str:
    value = os.environ.get(MODE_VARIABLE, "")
    if value not in ("", WRITE_NEW, WRITE_ALL):
        raise ValueError(f"{MODE_VARIABLE} must be {WRITE_NEW} or {WRITE_ALL}, not {value!r}")
    return value


# ---------------------------------------------------------------------------------------
# Invariants: what no table may say, whatever the app answers.


def _is_2xx(cell: str) -> bool:
    return cell.startswith("2")


def violations(key: str, kind: str, row: dict[str, str], own_status: int = 200) -> list[str]:
    """The reasons this row reads as a leak or a bug (empty when it is sound)."""
    from tests.test_cross_tenant import LIST, OBJECT, OWN, PUBLIC, REFERENCE, SECRET, STAFF

    found = []

    def bad(column: str, why: str) -> None:
        found.append(f"{key} · {_header(column)} = {row.get(column)!r}: {why}")

    for column in (c.key for c in COLUMNS):
        if row.get(column, "").startswith("5"):
            bad(column, "a server error is a bug, never an expected answer")
    anonymous = row.get("anonymous", "")
    if kind == PUBLIC:
        if anonymous != "200":
            bad("anonymous", "a public route answers 200 to anyone")
    elif kind == SECRET:
        if anonymous != "404":
            bad("anonymous", "a wrong secret answers 404")
    elif key.startswith(("GET /api/v1", "POST /api/v1")):
        if anonymous != "401":
            bad("anonymous", "the API answers 401 to nobody signed in")
    elif anonymous not in (LOGIN_REDIRECT, "401", "403", "404"):
        bad("anonymous", f"only {LOGIN_REDIRECT}, 401, 403 or 404 to nobody signed in")
    if kind == STAFF:
        for column in SPONSOR_COLUMNS:
            if row.get(column) != "403":
                bad(column, "a staff-only route answers 403 to every sponsor user")
    if kind == OBJECT:
        for column in OTHER_COLUMNS:
            if row.get(column) != "404":
                bad(column, "another sponsor's object answers 404, as if it did not exist")
        if row.get("manager_own") != str(own_status):
            bad("manager_own", f"the inventory's positive control says {own_status}")
    if kind == LIST:
        for column in (*OTHER_COLUMNS, "manager_own"):
            if row.get(column) != "200":
                bad(column, "a list answers 200 (showing only the caller's own data)")
    # Own and reference routes serve another sponsor's manager as anyone signed in (a 403
    # is a refusal, never a leak, so a sponsor contact may get one where the role lacks it).
    served = ("200", "201", "302", LOGIN_REDIRECT, "404", "405")
    if kind in (OWN, REFERENCE) and row.get("manager_other") not in served:
        bad("manager_other", "own and reference routes serve every signed-in user")
    return found


def _header(column: str) -> str:
    return next((c.header for c in COLUMNS if c.key == column), column)


# ---------------------------------------------------------------------------------------
# Observation: make every request as every persona.


def persona_users(world) -> dict[str, object | None]:
    """The user behind each column (staff roles the world lacks are made here)."""
    from accord.accounts.models import User
    from tests.factories import UserFactory

    by_role = {
        "project_manager": world.pm_alice,
        "quality_assurance": world.qa_quinn,
        "administrator": world.admin_ada,
    }
    users: dict[str, object | None] = {}
    for role in STAFF_COLUMNS:
        users[role] = by_role.get(role) or (
            User.objects.filter(username=f"matrix.{role}").first()
            or UserFactory(
                organization=world.cdmo,
                username=f"matrix.{role}",
                first_name="Matrix",
                last_name=role.replace("_", " ").title(),
                role_codes=(role,),
                site=world.site,
            )
        )
    users["manager_own"] = world.sponsor_a_manager
    users["manager_other"] = world.sponsor_b_manager
    users["contact_own"] = world.sponsor_a_contact
    users["contact_other"] = world.sponsor_b_contact
    users["anonymous"] = None
    return users


def _session_keys(users: dict[str, object | None]) -> dict[str, str | None]:
    from django.conf import settings
    from django.test import Client

    keys = {}
    for column, user in users.items():
        if user is None:
            keys[column] = None
            continue
        client = Client()
        client.force_login(user)
        keys[column] = client.cookies[settings.SESSION_COOKIE_NAME].value
    return keys


def cell(response) -> str:
    from django.conf import settings
    from django.urls import reverse

    status = response.status_code
    if status in (301, 302, 303, 307, 308):
        login = reverse(settings.LOGIN_URL)
        if response.get("Location", "").split("?", 1)[0].endswith(login):
            return f"{status}→login"
    return str(status)


def observe(world, keys: list[str], columns: tuple[str, ...] | None = None):
    """{route: {column: cell}} for ``keys`` of the inventories, each request in a savepoint
    rolled back afterwards (so a permitted write leaves the world as it was)."""
    from django.conf import settings
    from django.test import Client

    from tests.test_cross_tenant import API, PAGES, _api_url, _page_url

    columns = columns or tuple(c.key for c in COLUMNS)
    sessions = _session_keys({k: v for k, v in persona_users(world).items() if k in columns})
    client = Client(raise_request_exception=False)
    observed: dict[str, dict[str, str]] = {}
    for key in keys:
        route = PAGES.get(key) or API[key]
        url = _page_url(world, key, route) if key in PAGES else _api_url(world, key, route)
        query = route.query(world)
        row: dict[str, str] = {"kind": route.kind}
        for column in columns:
            client.cookies = SimpleCookie()
            if sessions[column]:
                client.cookies[settings.SESSION_COOKIE_NAME] = sessions[column]
            response = _in_savepoint(lambda r=route, u=url, q=query: _send(client, r, u, q, world))
            row[column] = cell(response)
        observed[key] = row
    return observed


def _send(client, route, url: str, query: dict, world):
    if route.method == "get":
        return client.get(url, query)
    send = getattr(client, route.method)
    if route.multipart:
        return send(url, data=route.body(world))
    return send(url, data=route.body(world), content_type="application/json")


def _in_savepoint(request: Callable):
    from django.db import transaction

    block = transaction.atomic()
    # Like a test case's own block: writes inside behave as in production (their audit
    # events are appended as they end, durable blocks are allowed), then all is undone.
    block._from_testcase = True
    with block:
        try:
            return request()
        finally:
            transaction.set_rollback(True)


def compare(
    observed: dict[str, dict[str, str]], table: Table, columns: tuple[str, ...] | None = None
) -> list[str]:
    columns = columns or tuple(c.key for c in COLUMNS)
    mismatches = []
    for key, row in observed.items():
        expected = table.rows.get(key)
        if expected is None:
            mismatches.append(f"{key}: no row in docs/access-matrix.md")
            continue
        for column in columns:
            if expected.get(column) != row[column]:
                mismatches.append(
                    f"{key} · {_header(column)}: table says {expected.get(column)!r}, "
                    f"the app answers {row[column]!r}"
                )
    return mismatches


def check_or_write(world, keys: list[str], columns: tuple[str, ...] | None = None) -> list[str]:
    """Observe ``keys`` and compare with the table; in a write mode, write them first.

    Returns the problems found (mismatches, or in a write mode the leaks written)."""
    from tests.test_cross_tenant import API, PAGES

    write = mode()
    table = read_table()
    if write == WRITE_NEW:
        keys = [key for key in keys if key not in table.rows]
    observed = observe(world, keys, columns)
    if not write:
        return compare(observed, table, columns)
    with locked_table():
        rows = read_table().rows
        for key, row in observed.items():
            rows[key] = {**rows.get(key, {}), **row}
        inventory = {**PAGES, **API}
        rows = {key: row for key, row in rows.items() if key in inventory}
        write_table(rows)
    problems = []
    for key in observed:
        route = PAGES.get(key) or API[key]
        problems += violations(key, route.kind, rows[key], route.own_status)
    return problems


def report(problems: list[str], what: str) -> str:
    return f"{len(problems)} {what}:\n  " + "\n  ".join(problems)


def main(argv: list[str]) -> int:
    choices = {"--write": WRITE_NEW, "--write-all": WRITE_ALL}
    if len(argv) != 1 or argv[0] not in choices:
        print(__doc__)
        return 2
    env = {**os.environ, MODE_VARIABLE: choices[argv[0]]}
    here = Path(__file__).resolve().parent
    run = [sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", "--reuse-db"]
    written = subprocess.call(
        [*run, str(here / "test_access_matrix_pages.py"), str(here / "test_access_matrix_api.py")],
        env=env,
        cwd=here.parent,
    )
    env.pop(MODE_VARIABLE)
    checked = subprocess.call([*run, str(here / "test_access_matrix.py")], env=env, cwd=here.parent)
    return written or checked


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
