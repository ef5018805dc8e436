"""Named personas and a small two-sponsor world shared by the suite.

Sponsor A and sponsor B are two client companies of one CDMO. Cross-tenant tests log in
as B's people and ask for A's things.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from django.db import transaction
from django.test import Client, override_settings

from accord.accounts.models import Organization, Site, User
from accord.changes.models import ChangeOrder
from accord.delays.models import Delay
from accord.meetings.models import ActionItem, Meeting
from accord.projects.models import Project, ProjectDocument
from accord.proposals.models import Proposal, ProposalRevision, Rfp
from accord.reports.models import StatusReport
from accord.risks.models import Risk
from accord.teams.models import Deliverable
from tests.factories import (
    PASSWORD,
    CdmoFactory,
    OrganizationFactory,
    ProjectFactory,
    SiteFactory,
    UserFactory,
    make_document,
)

_TRACE: dict[str, dict] = {}


def _requirements_on_reports(items: list[pytest.Item]) -> None:
    # Carried on each report, so that the matrix is also built where reports arrive from
    # pytest-xdist's workers (the controller collects nothing itself).
    for item in items:
        reqs = sorted({m.args[0] for m in item.iter_markers("req")})
        if reqs:
            item.user_properties.append(("requirements", reqs))


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """Collect each test's requirement markers and outcome for the traceability matrix."""
    reqs = dict(report.user_properties).get("requirements")
    if not reqs:
        return
    entry = _TRACE.setdefault(
        report.nodeid, {"nodeid": report.nodeid, "requirements": reqs, "outcome": "not run"}
    )
    if report.failed:
        entry["outcome"] = "failed"
    elif report.skipped and entry["outcome"] != "failed":
        entry["outcome"] = "skipped"
    elif report.when == "call" and report.passed and entry["outcome"] == "not run":
        entry["outcome"] = "passed"


def pytest_sessionfinish(session: pytest.Session) -> None:
    if not _TRACE or getattr(session.config, "workerinput", None) is not None:
        return
    from django.conf import settings
    from django.db import connection

    from accord.core.traceability import results_write
    from accord.core.validation_pack import run_facts

    outcomes = [entry["outcome"] for entry in _TRACE.values()]
    results_write(
        settings.VAR_DIR / f"traceability-{connection.vendor}.json",
        connection.vendor,
        sorted(_TRACE.values(), key=lambda entry: entry["nodeid"]),
        run={
            **run_facts(connection),
            "tests_collected": session.testscollected,
            "tests_failed": session.testsfailed,
            "marked": {o: outcomes.count(o) for o in ("passed", "failed", "skipped", "not run")},
        },
    )


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path) -> None:
    settings.MEDIA_ROOT = tmp_path / "media"


@dataclass
class World:
    cdmo: Organization
    site: Site
    sponsor_a: Organization
    sponsor_b: Organization
    admin_ada: User
    pm_alice: User
    qa_quinn: User
    sponsor_a_manager: User
    sponsor_a_contact: User
    sponsor_b_manager: User
    sponsor_b_contact: User
    project_a: Project
    project_a_unstaffed: Project
    project_b: Project
    doc_a_shared: ProjectDocument
    doc_a_internal: ProjectDocument
    doc_b_shared: ProjectDocument
    delay_a_communicated: Delay
    delay_a_internal: Delay
    delay_b_communicated: Delay
    risk_a_shared: Risk | None = None
    risk_a_internal: Risk | None = None
    change_order_a_sent: ChangeOrder | None = None
    deliverable_a: Deliverable | None = None
    status_report_a_published: StatusReport | None = None
    meeting_a_shared: Meeting | None = None
    meeting_a_internal: Meeting | None = None
    action_item_a: ActionItem | None = None
    rfp_a: Rfp | None = None
    proposal_a: Proposal | None = None
    revision_a_sent: ProposalRevision | None = None


def build_world() -> World:
    from tests.test_delays import world_delays  # lazy: test_delays imports this module

    cdmo = CdmoFactory()
    site = SiteFactory(organization=cdmo, code="VSP", name="Visp API plant")
    sponsor_a = OrganizationFactory(name="Aurora Therapeutics", short_name="AUR")
    sponsor_b = OrganizationFactory(
        name="Borealis Pharma", short_name="BOR", sponsor_type="big_pharma"
    )

    def staff(username: str, first: str, last: str, *roles: str) -> User:
        return UserFactory(
            organization=cdmo,
            username=username,
            first_name=first,
            last_name=last,
            role_codes=roles,
            site=site,
        )

    def sponsor_user(org: Organization, username: str, first: str, last: str, role: str) -> User:
        return UserFactory(
            organization=org,
            username=username,
            first_name=first,
            last_name=last,
            role_codes=(role,),
        )

    admin_ada = staff("admin.ada", "Ada", "Admin", "administrator")
    pm_alice = staff("pm.alice", "Alice", "Morgan", "project_manager")
    qa_quinn = staff("qa.quinn", "Quinn", "Keller", "quality_assurance")
    a_manager = sponsor_user(sponsor_a, "aurora.manager", "Maya", "Aurora", "sponsor_manager")
    a_contact = sponsor_user(sponsor_a, "aurora.contact", "Cole", "Aurora", "sponsor_contact")
    b_manager = sponsor_user(sponsor_b, "borealis.manager", "Bea", "Borealis", "sponsor_manager")
    b_contact = sponsor_user(sponsor_b, "borealis.contact", "Ben", "Borealis", "sponsor_contact")

    project_a = ProjectFactory(
        sponsor=sponsor_a,
        site=site,
        code="AUR-101-TT",
        title="Aurolimab tech transfer",
        molecule="aurolimab",
        members=[(pm_alice, "project_manager"), (qa_quinn, "qa_lead"), a_contact],
    )
    project_a_unstaffed = ProjectFactory(
        sponsor=sponsor_a,
        site=site,
        code="AUR-202-PD",
        title="Aurostat process development",
        status=Project.Status.PLANNED,
    )
    project_b = ProjectFactory(
        sponsor=sponsor_b,
        site=site,
        code="BOR-301-GMP",
        title="Borecitinib GMP campaign",
        molecule="borecitinib",
        members=[(pm_alice, "project_manager"), b_contact],
    )
    world = World(
        cdmo=cdmo,
        site=site,
        sponsor_a=sponsor_a,
        sponsor_b=sponsor_b,
        admin_ada=admin_ada,
        pm_alice=pm_alice,
        qa_quinn=qa_quinn,
        sponsor_a_manager=a_manager,
        sponsor_a_contact=a_contact,
        sponsor_b_manager=b_manager,
        sponsor_b_contact=b_contact,
        project_a=project_a,
        project_a_unstaffed=project_a_unstaffed,
        project_b=project_b,
        doc_a_shared=make_document(
            actor=pm_alice,
            project=project_a,
            title="Aurora batch schedule",
            visibility="shared",
            content=b"AUR batch schedule",
        ),
        doc_a_internal=make_document(
            actor=pm_alice,
            project=project_a,
            title="Aurora internal cost sheet",
            visibility="internal",
            content=b"internal",
        ),
        doc_b_shared=make_document(
            actor=pm_alice,
            project=project_b,
            title="Borealis tech package index",
            visibility="shared",
            content=b"BOR index",
        ),
        **world_delays(actor=pm_alice, project_a=project_a, project_b=project_b),
    )
    from tests.test_risks import add_world_risks  # lazy: test_risks imports this module

    world.risk_a_shared, world.risk_a_internal = add_world_risks(world)
    from tests.test_changes import world_change_orders  # lazy: test_changes imports this module

    world.change_order_a_sent = world_change_orders(world)
    from tests.test_teams import world_team  # lazy: test_teams imports this module

    world.deliverable_a = world_team(world)["deliverable_a"]
    from tests.test_reports import world_status_report  # lazy: test_reports imports this module

    world.status_report_a_published = world_status_report(world)
    from tests.test_meetings import world_meetings  # lazy: test_meetings imports this module

    meetings = world_meetings(world)
    world.meeting_a_shared = meetings["meeting_a_shared"]
    world.meeting_a_internal = meetings["meeting_a_internal"]
    world.action_item_a = meetings["action_item_a"]
    from tests.test_proposals import world_proposals  # lazy: test_proposals imports this module

    proposals = world_proposals(world)
    world.rfp_a = proposals["rfp_a"]
    world.proposal_a = proposals["proposal_a"]
    world.revision_a_sent = proposals["revision_a_sent"]
    return world


def _is_transactional(item: pytest.Item) -> bool:
    marker = item.get_closest_marker("django_db")
    if marker is not None and (
        marker.kwargs.get("transaction") or marker.kwargs.get("serialized_rollback")
    ):
        return True
    names = getattr(item, "fixturenames", ())
    return "transactional_db" in names or "live_server" in names


@pytest.fixture(scope="module")
def _module_world(request, django_db_setup, django_db_blocker, tmp_path_factory) -> Iterator[tuple]:
    """The world built once per test module, inside a block rolled back after its tests.

    Each test that asks for ``world`` runs in a savepoint inside this block (pytest-django's
    ``db``) and gets its own deep copy of the objects, so a test's writes and in-memory
    changes never reach the next test, as when each test built its own world. The block is
    marked like a test case's own, so audit events are appended as each write ends.
    A module may build a world of its own instead: ``build_shared_world = small_world``.
    """
    build = getattr(request.module, "build_shared_world", build_world)
    media = tmp_path_factory.mktemp("world-media")
    outer = transaction.atomic()
    outer._from_testcase = True
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media):
        outer.__enter__()
        try:
            world = build()
        except BaseException:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            raise
    _SHARED_WORLD_ACTIVE.append(media.name)
    try:
        yield world, media
    finally:
        _SHARED_WORLD_ACTIVE.clear()
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


_SHARED_WORLD_ACTIVE: list[str] = []  # the module whose shared world is open, if any


@pytest.fixture
def world(request, settings) -> World:
    """Sponsors A and B with their projects and records (see ``build_world``)."""
    if _is_transactional(request.node):
        if _SHARED_WORLD_ACTIVE:
            raise RuntimeError(
                f"{request.node.nodeid} commits, but the shared world of "
                f"{_SHARED_WORLD_ACTIVE[0]} is still open: it must run before the tests "
                "that share it (see pytest_collection_modifyitems)."
            )
        request.getfixturevalue("transactional_db")
        return getattr(request.module, "build_shared_world", build_world)()
    shared, media = request.getfixturevalue("_module_world")
    request.getfixturevalue("db")  # this test's savepoint inside the module's block
    settings.MEDIA_ROOT = media
    return copy.deepcopy(shared)


def _shares_world(item: pytest.Item) -> bool:
    return "world" in getattr(item, "fixturenames", ()) and not _is_transactional(item)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    _requirements_on_reports(items)
    # Within each module, the tests that share the module's world run last, after the
    # tests that need an empty database or commit (those never see the shared world).
    first_of_module: dict[str, int] = {}
    keys = {}
    for index, item in enumerate(items):
        module = item.nodeid.split("::", 1)[0]
        first_of_module.setdefault(module, index)
        keys[id(item)] = (first_of_module[module], _shares_world(item), index)
        names = item.fixturenames
        if _shares_world(item):
            # Opened before the test's own fixtures (its database block among them), so
            # that the test's block nests inside the module's.
            if "_module_world" in names:
                names.remove("_module_world")
            names.insert(0, "_module_world")
            if "db" not in names:
                names.insert(1, "db")  # pytest-django sets up the databases tests name
        elif "world" in names and "transactional_db" not in names:
            names.append("transactional_db")
    items.sort(key=lambda item: keys[id(item)])


def client_for(user: User, **kwargs) -> Client:
    client = Client(**kwargs)
    client.force_login(user)
    return client


@pytest.fixture
def password() -> str:
    return PASSWORD
