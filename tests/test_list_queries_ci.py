"""The list pages of scorecards, lessons, improvement and business reviews read a fixed
number of queries however many rows they show: each page is read with a few rows, then
with three times as many, and both readings must take the same number of queries."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse, reverse_lazy
from django.utils import timezone

from accord.improvement import services as improvement
from accord.lessons.models import Lesson, LessonsReview
from accord.notifications.models import Notification
from accord.qbr import services as qbr
from accord.scorecards.models import Scorecard
from accord.scorecards.services import template_create
from accord.scorecards.variables import SPONSOR, Period
from accord.service.services import concern_raise
from tests.conftest import client_for
from tests.factories import PASSWORD, OrganizationFactory, ProjectFactory, UserFactory
from tests.improvement_rows import initiative, pass_gate, small_world
from tests.scorecard_fixtures import BANDS, SPONSOR_CRITERIA

pytestmark = pytest.mark.django_db

# The module's shared world (tests/conftest.py) is the small one of improvement tests.
build_shared_world = small_world

FEW = 2
_serial = itertools.count(1)


def _queries(client, url: str) -> tuple[int, str]:
    # The header's bell counts unread notifications once there are more than it lists;
    # the rows made here notify people, and the bell is not the list under test.
    Notification.objects.filter(read_at__isnull=True).update(read_at=timezone.now())
    client.get(url)  # warm caches that any first request fills (content types ...)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response.content.decode()


def _flat(client, url: str, add_rows, marker: str) -> None:
    """Read ``url`` with FEW rows, then with three times as many: the same queries, and
    every row on the page."""
    add_rows(FEW)
    few, body = _queries(client, url)
    assert body.count(marker) >= FEW
    add_rows(2 * FEW)
    many, body = _queries(client, url)
    assert body.count(marker) >= 3 * FEW
    assert many == few, f"{url}: {few} queries with {FEW} rows, {many} with {3 * FEW}"


def _staff(world, role: str = "executive"):
    return UserFactory(
        organization=world.cdmo,
        username=f"{role}.{next(_serial)}",
        role_codes=(role,),
        site=world.site,
    )


# ------------------------------------------------------------------ improvement


def _initiatives(world, sponsor=None):
    def add(count: int) -> None:
        for _ in range(count):
            n = next(_serial)
            item = initiative(
                world,
                title=f"Initiative row {n}",
                sponsor=sponsor or (world.sponsor_a if n % 2 else None),
                project=world.project_a if (sponsor or n % 2) else None,
            )
            if n % 3 == 0:
                pass_gate(world, item)

    return add


def test_the_initiative_list_reads_the_same_queries_for_more_rows(world):
    _flat(
        client_for(world.pm_alice),
        reverse("improvement:list"),
        _initiatives(world),
        "Initiative row",
    )


def test_the_portal_initiative_list_reads_the_same_queries_for_more_rows(world):
    _flat(
        client_for(world.sponsor_a_manager),
        reverse("improvement:portal_list"),
        _initiatives(world, sponsor=world.sponsor_a),
        "Initiative row",
    )


def test_the_initiative_api_list_reads_the_same_queries_for_more_rows(world):
    _flat(
        client_for(world.pm_alice),
        "/api/v1/improvement/initiatives",
        _initiatives(world),
        "Initiative row",
    )


def test_the_5s_areas_list_reads_the_same_queries_for_more_rows(world):
    def add(count: int) -> None:
        for _ in range(count):
            n = next(_serial)
            area = improvement.five_s_area_create(
                actor=world.pm_alice,
                site=world.site if n % 2 else world.other_site,
                name=f"Area row {n}",
            )
            for day in (1, 2):
                improvement.five_s_audit_record(
                    actor=world.pm_alice,
                    area=area,
                    auditor=world.qa_quinn,
                    audited_on=dt.date(2026, 3, day),
                    scores={
                        "sort": 3,
                        "set_in_order": 2,
                        "shine": 4,
                        "standardize": 1,
                        "sustain": day,
                    },
                    actions=[
                        {"what": "Label the shelves", "owner": world.pm_alice,
                         "due_on": dt.date(2026, 4, 1)},
                    ],
                )  # fmt: skip

    _flat(client_for(world.pm_alice), reverse("improvement:areas"), add, "Area row")


def test_the_capability_register_reads_the_same_queries_for_more_rows(world):
    registrar = _staff(world, "quality_assurance")

    def add(count: int) -> None:
        for _ in range(count):
            capability = improvement.capability_create(
                actor=registrar, name=f"Capability row {next(_serial)}", category="chemistry"
            )
            for site, status in ((world.site, "qualified"), (world.other_site, "planned")):
                improvement.capability_site_set(
                    actor=registrar,
                    capability=capability,
                    site=site,
                    status=status,
                    qualified_on=dt.date(2025, 6, 1) if status == "qualified" else None,
                    evidence="PQ-2025-014" if status == "qualified" else "",
                )

    _flat(client_for(world.pm_alice), reverse("improvement:capabilities"), add, "Capability row")


# ------------------------------------------------------------------ lessons


def _reviewed_project(world, n: int):
    project = ProjectFactory(
        sponsor=world.sponsor_a if n % 2 else world.sponsor_b,
        site=world.site,
        code=f"ROW-{n:03d}",
        title=f"Review row {n}",
    )
    now = timezone.now()
    submitted = {"submitted_by": world.pm_alice, "submitted_at": now} if n % 2 else {}
    return LessonsReview.objects.create(
        project=project,
        drafted_by=world.pm_alice,
        created_at=now,
        status="submitted" if n % 2 else "draft",
        went_well="Tech transfer on time.",
        **submitted,
    )


@pytest.mark.parametrize(
    "url", [reverse_lazy("lessons:library"), "/api/v1/lessons"], ids=["page", "api"]
)
def test_the_lessons_library_reads_the_same_queries_for_more_rows(world, url):
    def add(count: int) -> None:
        for _ in range(count):
            n = next(_serial)
            review = _reviewed_project(world, n)
            now = timezone.now()
            published = {"published_by": world.qa_quinn, "published_at": now} if n % 2 else {}
            source = {"source_kind": "project_review", "review": review}
            if n % 2:
                source = {
                    "source_kind": "concern",
                    "concern": concern_raise(
                        actor=world.sponsor_a_manager,
                        sponsor=world.sponsor_a,
                        project=world.project_a,
                        title=f"Release dates keep moving {n}",
                        description="QC release waits a week.",
                        category="schedule",
                        urgency="high",
                    ),
                }
            Lesson.objects.create(
                number=f"LL-2026-{n:03d}",
                title=f"Lesson row {n}",
                what_happened="Release waited on QC review.",
                recommendation="Book the QC review with the batch.",
                **source,
                cause="communication",
                modality="small_molecule",
                status="published" if n % 2 else "draft",
                recorded_by=world.pm_alice,
                recorded_at=now,
                **published,
            )

    _flat(client_for(world.pm_alice), str(url), add, "Lesson row")


@pytest.mark.parametrize(
    "url", [reverse_lazy("lessons:reviews"), "/api/v1/lessons-reviews"], ids=["page", "api"]
)
def test_the_lessons_review_list_reads_the_same_queries_for_more_rows(world, url):
    def add(count: int) -> None:
        for _ in range(count):
            _reviewed_project(world, next(_serial))

    _flat(client_for(world.pm_alice), str(url), add, "ROW-")


# ------------------------------------------------------------------ business reviews


def _quarters():
    start = dt.date(2026, 4, 1)
    while True:
        yield start
        start = (start.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
        start = dt.date(start.year, 3 * ((start.month - 1) // 3) + 1, 1)


def _business_reviews(world):
    quarters = _quarters()
    signer = _staff(world, "business_development")

    def add(count: int) -> None:
        for _ in range(count):
            start = next(quarters)
            for sponsor in (world.sponsor_a, world.sponsor_b):
                review = qbr.business_review_prepare(
                    actor=world.pm_alice,
                    sponsor=sponsor,
                    quarter_start=start,
                    summary=f"Business row {start:%Y-%m}",
                )
                if sponsor == world.sponsor_a or start.month == 1:
                    qbr.business_review_publish(
                        actor=signer,
                        review=review,
                        meaning="authored",
                        username=signer.username,
                        password=PASSWORD,
                        acknowledge=True,
                    )

    return add


def test_the_business_review_list_reads_the_same_queries_for_more_rows(world):
    _flat(
        client_for(world.pm_alice),
        reverse("qbr:list"),
        _business_reviews(world),
        'href="/business-reviews/',
    )


def test_the_sponsor_business_review_list_reads_the_same_queries_for_more_rows(world):
    _flat(
        client_for(world.sponsor_a_manager),
        reverse("qbr:list"),
        _business_reviews(world),
        'href="/business-reviews/',
    )


# ------------------------------------------------------------------ scorecards


def _scorecards(world):
    template = template_create(
        actor=_staff(world),
        name="Sponsor service",
        scope_kind=SPONSOR,
        period_kind="quarter",
        criteria=SPONSOR_CRITERIA,
        bands=BANDS,
    )
    quarters = _quarters()
    executive = _staff(world)

    def add(count: int) -> None:
        for _ in range(count):
            period = Period("quarter", next(quarters))
            for sponsor in (world.sponsor_a, world.sponsor_b, OrganizationFactory()):
                now = timezone.now()
                Scorecard.objects.create(
                    template=template,
                    template_name=template.name,
                    scope_kind=SPONSOR,
                    scope_key=str(sponsor.pk),
                    scope_label=f"Scorecard row {sponsor.name}",
                    sponsor=sponsor,
                    period_kind="quarter",
                    period_start=period.start,
                    period_end=period.end,
                    score=80.0,
                    perform=40.0,
                    transform=40.0,
                    standing="Good",
                    standing_colour="#0d6efd",
                    criteria=[],
                    bands=BANDS,
                    state="signed",
                    frozen_at=now,
                    frozen_by=executive,
                    signed_at=now,
                    signed_by=executive,
                )

    return add


@pytest.mark.parametrize(
    "url", [reverse_lazy("scorecards:list"), "/api/v1/scorecards"], ids=["page", "api"]
)
def test_the_scorecard_list_reads_the_same_queries_for_more_rows(world, url):
    _flat(
        client_for(_staff(world)),
        f"{url}?per_page=100",
        _scorecards(world),
        "Scorecard row",
    )


def test_the_sponsor_scorecards_read_the_same_queries_for_more_rows(world):
    _flat(
        client_for(world.sponsor_a_manager),
        reverse("scorecards:portal"),
        _scorecards(world),
        'href="/scorecards/ours/',
    )


def test_the_scorecard_dashboard_reads_the_same_queries_for_more_sponsors(world):
    add_scorecards = _scorecards(world)

    def add(count: int) -> None:
        add_scorecards(count)
        for _ in range(count):
            ProjectFactory(
                sponsor=OrganizationFactory(name=f"Dashboard sponsor {next(_serial)}"),
                site=world.site,
            )

    _flat(client_for(_staff(world)), reverse("scorecards:dashboard"), add, "Dashboard sponsor")


def test_the_scorecard_templates_list_reads_the_same_queries_for_more_rows(world):
    author = _staff(world)

    def add(count: int) -> None:
        for _ in range(count):
            template_create(
                actor=author,
                name=f"Template row {next(_serial)}",
                scope_kind=SPONSOR,
                period_kind="quarter",
                criteria=SPONSOR_CRITERIA,
                bands=BANDS,
            )

    _flat(client_for(author), reverse("scorecards:templates"), add, "Template row")
