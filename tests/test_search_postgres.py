"""What the search does on PostgreSQL only: full-text GIN indexes for every type, used by
the very query the search runs, word forms (stemming), and snippets cut around the match.

The plans are checked on the search's own filter (``full_text_filter``) with sequential
scans switched off: on a test database of a few rows the planner rightly prefers reading
the table or joining from the sponsor, so the question here is whether the index *can*
answer the filter (its expression is the index's). On realistic volumes the planner
chooses it by itself for the whole query: ``benchmarks/search.py`` shows the plans.
"""

from __future__ import annotations

import pytest
from django.db import connection

from accord.search.query import search_text_parse
from accord.search.registry import search_types
from accord.search.selectors import full_text_filter
from tests.conftest import client_for

pytestmark = pytest.mark.postgres


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: full-text search and its GIN indexes")


@pytest.fixture
def no_seqscan():
    with connection.cursor() as cursor:
        cursor.execute("SET enable_seqscan = off")
    yield
    with connection.cursor() as cursor:
        cursor.execute("RESET enable_seqscan")


def _indexes() -> dict[str, str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname, indexdef FROM pg_indexes WHERE indexname LIKE 'search_%'")
        return dict(cursor.fetchall())


def test_every_search_type_has_its_full_text_indexes(db):
    indexes = _indexes()
    for search_type in search_types():
        assert "USING gin" in indexes[search_type.index_name("public")], search_type.key
        if search_type.internal_fields:
            assert "USING gin" in indexes[search_type.index_name("internal")], search_type.key
        else:
            assert search_type.index_name("internal") not in indexes


def test_the_search_filter_of_every_type_is_answered_by_its_index(world, no_seqscan):
    text = search_text_parse("batch release")
    for search_type in search_types():
        records = search_type.model.objects.all()
        plan = full_text_filter(records, search_type, world.pm_alice, text).explain()
        assert f"Bitmap Index Scan on {search_type.index_name('public')}" in plan, (
            search_type.key,
            plan,
        )
        if search_type.internal_fields:
            assert f"Bitmap Index Scan on {search_type.index_name('internal')}" in plan


def test_a_sponsor_users_query_never_looks_at_the_internal_index(world, no_seqscan):
    text = search_text_parse("batch release")
    for search_type in search_types():
        if search_type.staff_only:
            continue
        records = search_type.model.objects.all()
        plan = full_text_filter(records, search_type, world.sponsor_a_manager, text).explain()
        assert search_type.index_name("internal") not in plan, search_type.key


def test_words_match_in_other_forms(world):
    staff = client_for(world.pm_alice)
    body = staff.get("/api/v1/search", {"q": "slipping", "type": "delays"}).json()
    assert [hit["title"] for hit in body["groups"][0]["items"]] == ["Aurora resin delivery slipped"]
    assert (
        body["groups"][0]["items"][0]["title_html"] == "Aurora resin delivery <mark>slipped</mark>"
    )


def test_a_number_written_with_hyphens_is_found_whole(world):
    # PostgreSQL reads "RFP-AUR-2026-001" as 'rfp-aur', 'rfp', 'aur', '2026', '-001'.
    staff = client_for(world.pm_alice)
    body = staff.get("/api/v1/search", {"q": world.rfp_a.number, "type": "rfps"}).json()
    assert [hit["reference"] for hit in body["groups"][0]["items"]] == [world.rfp_a.number]


def test_a_long_text_gives_a_snippet_around_the_match(world):
    from tests.test_risks import make_risk

    filler = " ".join(["The campaign runs in the large-scale suite as planned."] * 30)
    make_risk(world, title="Campaign capacity", cause=f"{filler} Nitrosamine limits tighten.")
    body = client_for(world.pm_alice).get("/api/v1/search", {"q": "nitrosamine"}).json()
    snippet = body["groups"][0]["items"][0]["snippet_html"]
    assert "<mark>Nitrosamine</mark> limits tighten" in snippet
    assert len(snippet) < 400


def test_too_many_matches_to_rank_come_newest_first_and_the_page_says_so(world, monkeypatch):
    from django.urls import reverse

    from accord.search import selectors

    monkeypatch.setattr(selectors, "RANK_AT_MOST", 1)
    staff = client_for(world.pm_alice)
    group = staff.get("/api/v1/search", {"q": "Aurora", "type": "delays"}).json()["groups"][0]
    assert group["count"] == 2 and group["ranked"] is False
    page = staff.get(reverse("search:results"), {"q": "Aurora", "type": "delays"})
    assert "More than 1 delays match: the newest come first." in page.content.decode()
