"""The service dashboard: figures counted by hand on made-up concerns, then the page and
its exports for staff and for a sponsor, who sees only its own concerns."""

from __future__ import annotations

import csv
import datetime as dt
import io
from zoneinfo import ZoneInfo

import openpyxl
from django.urls import reverse

from accord.core import clock
from accord.service import dashboard, services
from accord.service.dashboard import ClockFacts, ConcernFacts
from tests.conftest import World, client_for

ZURICH = ZoneInfo("Europe/Zurich")
MET, LATE, RUN = "met", "breached", "running"


def _facts(number, sponsor, raised, closed=None, reopened=0, escalated=(), **clocks):
    return ConcernFacts(
        number=number,
        sponsor=sponsor,
        raised_on=dt.date.fromisoformat(raised),
        closed_on=dt.date.fromisoformat(closed) if closed else None,
        is_open=closed is None,
        reopened=reopened,
        clocks={kind: ClockFacts(*value) for kind, value in clocks.items()},
        escalated_on=tuple(dt.date.fromisoformat(day) for day in escalated),
    )


FACTS = [
    _facts(
        "CON-1",
        "Aurora",
        "2026-09-03",
        closed="2026-09-20",
        acknowledge=(MET, 1.0),
        first_contact=(MET, 3.0),
        update=(MET, 6.0),
        resolve=(MET, 30.0),
    ),
    _facts(
        "CON-2",
        "Aurora",
        "2026-10-14",
        closed="2026-11-02",
        reopened=1,
        escalated=("2026-10-15",),
        acknowledge=(LATE, 5.0),
        first_contact=(MET, 7.0),
        update=(LATE, 20.0),
        resolve=(MET, 50.0),
    ),
    _facts(
        "CON-3",
        "Borealis",
        "2026-11-05",
        acknowledge=(MET, 2.0),
        first_contact=(LATE, None),  # running, past due
        resolve=(RUN, None),
    ),
    # Raised before the period: only its closing counts (in September).
    _facts("CON-0", "Borealis", "2026-07-30", closed="2026-09-02", acknowledge=(MET, 4.0)),
]
START, END = dt.date(2026, 9, 1), dt.date(2026, 11, 30)


def test_figures_counted_by_hand():
    figures = dashboard.figures(FACTS, START, END)
    assert [(m.label, m.opened, m.closed, m.breaches, m.escalations) for m in figures.months] == [
        ("Sep 2026", 1, 2, 0, 0),
        ("Oct 2026", 1, 0, 2, 1),
        ("Nov 2026", 1, 1, 1, 0),
    ]
    assert (figures.raised, figures.open, figures.breaches, figures.escalations) == (3, 1, 3, 1)
    rows = {c.kind: c for c in figures.clocks}
    # Acknowledgement: met 1 h and 2 h, late 5 h -> 2 of 3 met, median of 1, 5, 2 = 2.
    assert (rows["acknowledge"].met, rows["acknowledge"].breached) == (2, 1)
    assert rows["acknowledge"].share_met == 66.7 and rows["acknowledge"].median_hours == 2.0
    # First contact: 3 h and 7 h met, one running past due (breached, no stop time).
    assert rows["first_contact"].share_met == 66.7 and rows["first_contact"].median_hours == 5.0
    # Updates: one met, one late; no median (an update clock restarts, it has no "time to").
    assert rows["update"].share_met == 50.0 and rows["update"].median_hours is None
    # Resolution: 30 h and 50 h met; one still running inside its target (no verdict yet).
    assert (rows["resolve"].met, rows["resolve"].pending) == (2, 1)
    assert rows["resolve"].share_met == 100.0 and rows["resolve"].median_hours == 40.0
    aurora, borealis = figures.sponsors
    assert (aurora.sponsor, aurora.raised, aurora.open, aurora.reopened) == ("Aurora", 2, 0, 1)
    assert (aurora.breaches, aurora.escalations, aurora.share_met) == (2, 1, 75.0)  # 6 of 8
    assert (aurora.median_acknowledge, aurora.median_resolve) == (3.0, 40.0)
    assert (borealis.raised, borealis.open, borealis.share_met) == (1, 1, 50.0)


def test_a_period_without_concerns_has_empty_months_and_no_shares():
    figures = dashboard.figures([], dt.date(2026, 1, 15), dt.date(2026, 2, 10))
    assert [m.label for m in figures.months] == ["Jan 2026", "Feb 2026"]
    assert all(c.share_met is None and c.median_hours is None for c in figures.clocks)
    assert figures.sponsors == []


# --------------------------------------------------------------------------- pages


def _concern(world: World, *, actor, sponsor, project, title: str, when: str):
    with (
        clock.story_clock(),
        clock.story_moment(dt.datetime.fromisoformat(when).replace(tzinfo=ZURICH)),
    ):
        return services.concern_raise(
            actor=actor,
            sponsor=sponsor,
            project=project,
            title=title,
            description="What happened.",
            category="schedule",
            urgency="high",
        )


def _world_concerns(world: World):
    aurora = _concern(
        world,
        actor=world.sponsor_a_manager,
        sponsor=world.sponsor_a,
        project=world.project_a,
        title="Aurora slot moved",
        when="2026-11-24 10:00",
    )
    with clock.story_clock(), clock.story_moment(dt.datetime(2026, 11, 24, 10, 30, tzinfo=ZURICH)):
        services.concern_acknowledge(actor=world.pm_alice, concern=aurora, message="On it.")
    borealis = _concern(
        world,
        actor=world.sponsor_b_manager,
        sponsor=world.sponsor_b,
        project=world.project_b,
        title="Borealis slot moved",
        when="2026-11-25 09:00",
    )
    return aurora, borealis


def test_staff_see_every_sponsor_and_a_sponsor_only_itself(world):
    _world_concerns(world)
    query = {"start": "2026-11-01", "end": "2026-11-30"}
    staff = client_for(world.pm_alice).get(reverse("service:dashboard"), query)
    page = staff.content.decode()
    assert staff.status_code == 200
    assert "Aurora Therapeutics" in page and "Borealis Pharma" in page
    assert 'data-testid="sponsor-table"' in page
    sponsor = client_for(world.sponsor_b_manager).get(reverse("service:dashboard"), query)
    text = sponsor.content.decode()
    assert "How we serve you" in text and "Aurora" not in text
    assert 'data-testid="sponsor-table"' not in text
    # One concern raised in view for Borealis, none acknowledged yet.
    stats = text.split('data-testid="service-stats"')[1].split('data-testid="month-table"')[0]
    assert '<div class="stat-value">1</div><div class="stat-label">Concerns raised' in stats


def test_the_staff_filter_picks_one_sponsor_and_a_bad_period_is_named(world):
    _world_concerns(world)
    staff = client_for(world.pm_alice)
    one = staff.get(
        reverse("service:dashboard"),
        {"start": "2026-11-01", "end": "2026-11-30", "sponsor": world.sponsor_a.pk},
    ).content.decode()
    assert "for Aurora Therapeutics" in one
    table = one.split('data-testid="sponsor-table"')[1]
    assert "Aurora Therapeutics" in table and "Borealis Pharma" not in table
    bad = staff.get(reverse("service:dashboard"), {"start": "2026-11-30", "end": "2026-11-01"})
    assert "The period ends before it starts." in bad.content.decode()


def test_exports_carry_the_same_tables(world):
    _world_concerns(world)
    query = {"start": "2026-11-01", "end": "2026-11-30"}
    staff = client_for(world.pm_alice)
    book = openpyxl.load_workbook(
        io.BytesIO(staff.get(reverse("service:dashboard_export", args=["xlsx"]), query).content)
    )
    assert book.sheetnames == ["Per month", "Clocks", "Per sponsor", "Satisfaction"]
    months = list(book["Per month"].iter_rows(values_only=True))
    assert months == [
        ("Month", "Opened", "Closed", "Clocks breached", "Escalations"),
        ("Nov 2026", 2, 0, months[1][3], 0),
    ]
    clocks = {row[0]: row for row in book["Clocks"].iter_rows(min_row=2, values_only=True)}
    assert clocks["Acknowledgement"][1] == 1  # Aurora's, met in half an hour
    assert clocks["Acknowledgement"][5] == 0.5
    sponsors = [row[0] for row in book["Per sponsor"].iter_rows(min_row=2, values_only=True)]
    assert sorted(sponsors) == ["Aurora Therapeutics", "Borealis Pharma"]
    own = client_for(world.sponsor_b_manager).get(
        reverse("service:dashboard_export", args=["csv"]), query
    )
    rows = list(csv.reader(io.StringIO(own.content.decode("utf-8-sig"))))
    assert rows[0][0] == "Sponsor" and [r[0] for r in rows[1:]] == ["Borealis Pharma"]
    assert (
        client_for(world.pm_alice)
        .get(reverse("service:dashboard_export", args=["pdf"]))
        .status_code
        == 404
    )


def test_the_figures_read_the_database_a_fixed_number_of_times(world):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from accord.service.models import Concern

    _world_concerns(world)
    with CaptureQueriesContext(connection) as two:
        dashboard.facts_for(Concern.objects.all())
    for n in range(4):
        _concern(
            world,
            actor=world.sponsor_a_manager,
            sponsor=world.sponsor_a,
            project=world.project_a,
            title=f"Aurora concern {n}",
            when="2026-11-26 10:00",
        )
    with CaptureQueriesContext(connection) as six:
        facts = dashboard.facts_for(Concern.objects.all())
    assert len(facts) == 6
    assert len(six.captured_queries) == len(two.captured_queries)


def test_a_late_update_stays_late_after_the_next_one(world):
    """Each interval between updates is an update clock of its own: the late one keeps
    its verdict once the next update restarted the clock (and the current one counts)."""
    from accord.service.models import Concern

    concern = _concern(
        world,
        actor=world.sponsor_a_manager,
        sponsor=world.sponsor_a,
        project=world.project_a,
        title="Aurora slot moved",
        when="2026-11-02 09:00",
    )

    def at(text: str):
        return clock.story_moment(dt.datetime.fromisoformat(text).replace(tzinfo=ZURICH))

    with clock.story_clock():
        with at("2026-11-02 09:30"):
            services.concern_contact(
                actor=world.pm_alice, concern=concern, how="call", summary="s", containment="c"
            )
        with at("2026-11-20 10:00"):  # three weeks without an update: late
            services.concern_update(actor=world.pm_alice, concern=concern, text="Late news")
        with at("2026-11-20 10:10"):  # ten minutes later: kept
            services.concern_update(actor=world.pm_alice, concern=concern, text="More news")
        with at("2026-11-20 10:20"):
            services.concern_resolve(actor=world.pm_alice, concern=concern, resolution="Done")
        [facts] = dashboard.facts_for(
            Concern.objects.all(), now=dt.datetime(2026, 11, 20, 11, 0, tzinfo=ZURICH)
        )
    assert [c.state for c in facts.past_updates] == ["breached", "met"]
    assert facts.clocks["update"].state == "met"  # the last one, stopped by the resolution
    update = {c.kind: c for c in dashboard.clock_rows([facts])}["update"]
    assert (update.met, update.breached, update.share_met) == (2, 1, 66.7)


def test_what_sponsors_said_and_their_thanks_each_sponsor_its_own(world):
    """A confirmed concern's satisfaction answer and a sponsor's kudos reach the staff
    dashboard and that sponsor's own; another sponsor sees neither."""
    from django.utils import timezone

    from accord.recognition import services as kudos_services
    from accord.surveys import services as survey_services
    from accord.surveys.models import Survey

    concern = _concern(
        world,
        actor=world.sponsor_a_manager,
        sponsor=world.sponsor_a,
        project=world.project_a,
        title="Aurora slot moved",
        when="2026-11-24 10:00",
    )
    services.concern_contact(
        actor=world.pm_alice, concern=concern, how="call", summary="s", containment="c"
    )
    services.concern_resolve(actor=world.pm_alice, concern=concern, resolution="Done")
    services.concern_confirm(actor=world.sponsor_a_manager, concern=concern)
    survey = Survey.objects.get(concern=concern)
    survey_services.survey_answer(actor=world.sponsor_a_manager, survey=survey, score=5)
    kudos_services.kudos_give(
        actor=world.sponsor_a_manager, recipient=world.pm_alice, message="Thanks, Alice."
    )
    today = timezone.localdate()
    query = {"start": "2026-11-01", "end": today.isoformat()}
    staff = client_for(world.pm_alice).get(reverse("service:dashboard"), query).content.decode()
    figures = staff.split('data-testid="voice-figures"')[1].split("</div></div>")[0]
    assert "100.0%</span> CSAT" in figures and "(1 answer)" in figures
    row = staff.split('data-testid="sponsor-table"')[1].split("Aurora Therapeutics")[1]
    cells = row.split("</tr>")[0]
    assert cells.endswith(
        '<td class="text-end">100.0%</td><td class="text-end">—</td><td class="text-end">1</td>'
    )
    own = client_for(world.sponsor_a_manager).get(reverse("service:dashboard"), query)
    assert "100.0%</span> CSAT" in own.content.decode()
    other = client_for(world.sponsor_b_manager).get(reverse("service:dashboard"), query)
    text = other.content.decode()
    assert "No survey answered in this period." in text and "—</span> CSAT" in text
    assert "0 in the period" in text
