"""Proposal analytics: exact numbers on a hand-made dataset (win rates, the loss Pareto,
cycle times, pipeline value), the same from the database, and the page and exports."""

from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal

from django.urls import reverse
from openpyxl import load_workbook

from accord.proposals import analytics, selectors
from accord.proposals.analytics import RfpFacts
from tests.conftest import client_for
from tests.test_proposal_outcomes import lose, sent_with_timeline
from tests.test_proposals import bd_blake

D = dt.date


def dataset() -> list[RfpFacts]:
    return [
        RfpFacts("A", "Aurora", ("process_development", "clinical_manufacturing"), "small_molecule",
                 "biotech", "won", D(2026, 1, 5), D(2026, 1, 25), D(2026, 2, 24), (),
                 Decimal("100000"), "CHF"),
        RfpFacts("B", "Borealis", ("process_development",), "small_molecule", "big_pharma",
                 "lost", D(2026, 2, 10), D(2026, 3, 2), D(2026, 3, 12), ("cost", "timing"),
                 Decimal("200000"), "EUR"),
        RfpFacts("C", "Aurora", ("clinical_manufacturing",), "biologic", "biotech", "lost",
                 D(2026, 3, 1), D(2026, 3, 11), D(2026, 4, 30), ("cost",), Decimal("50000"),
                 "USD"),
        RfpFacts("D", "Aurora", ("stability",), "biologic", "biotech", "proposal_sent",
                 D(2026, 4, 2), D(2026, 4, 12), None, (), Decimal("10000"), "USD"),
        RfpFacts("E", "Cirrus", ("stability",), "biologic", "", "declined", D(2026, 4, 20),
                 None, D(2026, 4, 21)),
        RfpFacts("F", "Borealis", ("fill_finish",), "biologic", "big_pharma", "in_preparation",
                 D(2026, 5, 1), None, None, (), Decimal("30000"), "EUR"),
    ]  # fmt: skip


def _rates(rows):
    return [(r["key"], r["won"], r["lost"], r["rate"]) for r in rows]


def test_win_rates_count_decisions_only_and_each_service_asked_for():
    facts = dataset()
    assert _rates(analytics.win_rates(facts, "service")) == [
        ("process_development", 1, 1, 50.0),
        ("clinical_manufacturing", 1, 1, 50.0),
    ]
    assert _rates(analytics.win_rates(facts, "modality")) == [
        ("small_molecule", 1, 1, 50.0),
        ("biologic", 0, 1, 0.0),
    ]
    assert _rates(analytics.win_rates(facts, "sponsor_type")) == [
        ("biotech", 1, 1, 50.0),
        ("big_pharma", 0, 1, 0.0),
    ]


def test_loss_pareto_is_largest_first_with_the_cumulative_share():
    assert [
        (b["reason"], b["count"], b["share"], b["cumulative"])
        for b in analytics.loss_pareto(dataset())
    ] == [("cost", 2, 66.7, 66.7), ("timing", 1, 33.3, 100.0)]


def test_cycle_times_per_quarter_received():
    rows = analytics.cycle_times(dataset())
    assert rows == [
        {
            "quarter": "2026-Q1",
            "sent_count": 3,
            "sent_median": 20.0,
            "sent_mean": 16.7,
            "decided_count": 3,
            "decided_median": 30.0,
            "decided_mean": 30.0,
        },
        {
            "quarter": "2026-Q2",
            "sent_count": 1,
            "sent_median": 10.0,
            "sent_mean": 10.0,
            "decided_count": 0,
            "decided_median": None,
            "decided_mean": None,
        },
    ]


def test_pipeline_sums_latest_revisions_per_stage_and_converts_at_fixed_rates():
    rows = analytics.pipeline(dataset())
    assert [(r["status"], r["rfps"], r["CHF"], r["EUR"], r["USD"], r["chf"]) for r in rows] == [
        ("in_preparation", 1, 0, Decimal("30000"), 0, Decimal("28500.00")),
        ("proposal_sent", 1, 0, 0, Decimal("10000"), Decimal("9000.00")),
        ("won", 1, Decimal("100000"), 0, 0, Decimal("100000.00")),
        ("lost", 2, 0, Decimal("200000"), Decimal("50000"), Decimal("235000.00")),
        ("declined", 1, 0, 0, 0, Decimal("0.00")),
    ]


def test_facts_come_from_the_database_as_recorded(world):
    revision = sent_with_timeline(world, received_on=D(2026, 1, 12))
    lose(world, revision.proposal.rfp, reasons=["capacity"], follow_up_on=None)
    rfps = analytics.rfps_filter(
        selectors.rfps_visible_to(bd_blake(world)), start=D(2026, 1, 1), end=D(2026, 3, 31)
    )
    [fact] = analytics.facts_for(rfps)
    today = dt.date.today()
    assert (fact.status, fact.loss_reasons, fact.value, fact.currency) == (
        "lost",
        ("capacity",),
        Decimal("510000.00"),
        "CHF",
    )
    assert fact.first_sent_on == today and fact.decided_on == today
    assert analytics.rfps_filter(rfps, sponsor_type="virtual_biotech").count() in (0, 1)


def test_the_page_and_exports_show_the_same_tables(world):
    revision = sent_with_timeline(world, received_on=D(2026, 1, 12))
    lose(world, revision.proposal.rfp, reasons=["capacity", "cost"], follow_up_on=None)
    client = client_for(bd_blake(world))
    page = client.get(reverse("proposals:analytics"))
    body = page.content.decode()
    assert page.status_code == 200 and 'id="proposal-analytics-data"' in body
    assert "Capacity conflict with prior commitments" in body
    book = load_workbook(io.BytesIO(client.get(reverse("proposals:analytics_xlsx")).content))
    assert book.sheetnames == [
        "RFPs",
        "Win rate by service",
        "Win rate by modality",
        "Win rate by sponsor type",
        "Loss reasons",
        "Cycle times",
        "Pipeline",
    ]
    reasons = [row for row in book["Loss reasons"].iter_rows(values_only=True)]
    assert reasons[1:] == [
        ("Capacity conflict with prior commitments", 1, 50.0, 50.0),
        ("Cost", 1, 50.0, 100.0),
    ]
    response = client.get(
        reverse("proposals:analytics_csv"), {"start": "2026-01-01", "end": "2026-01-31"}
    )
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][0] == "RFP" and len(rows) == 2 and rows[1][5] == "Lost"
    assert (
        client_for(world.sponsor_a_manager).get(reverse("proposals:analytics")).status_code == 403
    )
