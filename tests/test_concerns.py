"""Sponsor concerns, the R3 way: raised with a gap-free number and an owner from the
communication tree, acknowledged by that owner, contacted and contained, updated, paused
while waiting on the sponsor, resolved and confirmed or reopened; their SLA clocks in
the site's working time (Visp: Monday to Friday, 08:00-12:00 and 13:00-17:00, Zurich).

Steps run at past moments of the story clock, so every expected time below was counted
by hand on the calendar of late November 2026."""

from __future__ import annotations

import datetime as dt
import threading
from contextlib import contextmanager
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection, connections
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accord.audit.models import AuditEvent
from accord.clients import services as client_services
from accord.core import clock
from accord.core.workflow import TransitionNotAllowed
from accord.notifications.models import Notification
from accord.service import selectors, services, sweeps
from accord.service.clocks import ClockState
from accord.service.models import Concern, ConcernEntry, ConcernState
from accord.teams import services as team_services
from accord.teams.models import Matter
from accord.teams.services import EscalationLevel
from tests.conftest import World, build_world, client_for

ZURICH = ZoneInfo("Europe/Zurich")


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=ZURICH)


@contextmanager
def moment(text: str):
    """Run the block at a past moment (Zurich time), as the demo's story clock does."""
    with clock.story_clock(), clock.story_moment(at(text)):
        yield


def hours(delta: dt.timedelta) -> float:
    return round(delta.total_seconds() / 3600, 3)


def local(value: dt.datetime | None) -> str:
    return value.astimezone(ZURICH).strftime("%a %d %b %H:%M") if value else "none"


def _quality_ladder(world: World) -> None:
    """Quality events on project A go to QA first."""
    team_services.escalation_set(
        actor=world.pm_alice,
        project=world.project_a,
        matter=Matter.QUALITY_EVENT,
        levels=[EscalationLevel(cdmo_contact=world.qa_quinn, response_hours=4)],
    )


def _raise(world: World, **changes) -> Concern:
    fields = {
        "actor": world.sponsor_a_manager,
        "sponsor": world.sponsor_a,
        "project": world.project_a,
        "title": "Aurora batch record missing signatures",
        "description": "Two pages of the executed batch record came without QA signatures.",
        "category": "quality",
        "urgency": "high",
        **changes,
    }
    return services.concern_raise(**fields)


# --------------------------------------------------------------------------- recognize


def test_a_concern_gets_a_gap_free_number_and_an_owner_from_the_communication_tree(world):
    _quality_ladder(world)
    with moment("2026-11-24 10:00"):  # a Tuesday morning: Visp is at work
        first = _raise(world)
    assert first.number == f"CON-{first.year}-0001"
    assert first.owner == world.qa_quinn  # the first rung for quality events
    assert first.state == ConcernState.RAISED and first.channel == "portal"
    # No rung for schedule matters: the project manager owns it.
    second = _raise(world, category="schedule", title="Aurora release date moved")
    assert second.number == f"CON-{second.year}-0002" and second.owner == world.pm_alice
    # About the relationship, no project: the sponsor's account owner.
    client_services.sponsor_profile_save(
        actor=world.pm_alice, sponsor=world.sponsor_a, account_owner=world.qa_quinn
    )
    third = _raise(world, project=None, category="commercial", title="Aurora invoice terms")
    assert third.owner == world.qa_quinn and third.site == world.site  # the owner's site
    event = AuditEvent.objects.get(action="service.concern.raised", target_id=str(first.pk))
    assert event.sponsor_id == world.sponsor_a.pk
    assert list(first.entries.values_list("kind", flat=True)) == ["raised"]


@pytest.mark.req("RC-5")
def test_a_concern_with_bad_input_names_the_fields_and_takes_no_number(world):
    with pytest.raises(ValidationError) as refused:
        _raise(world, title=" ", category="weather", urgency="whenever", project=world.project_b)
    assert set(refused.value.message_dict) == {"title", "category", "urgency", "project"}
    assert not Concern.objects.exists()
    assert _raise(world).sequence == 1  # the refused one used no number


@pytest.mark.req("AZ-2")
def test_sponsor_people_raise_for_their_own_company_only(world):
    with pytest.raises(PermissionDenied):
        _raise(world, actor=world.sponsor_b_manager)
    # A contact raises only on the projects it is on (it does not see the others).
    with pytest.raises(ValidationError) as refused:
        _raise(world, actor=world.sponsor_a_contact, project=world.project_a_unstaffed)
    assert set(refused.value.message_dict) == {"project"}
    assert not Concern.objects.exists()


def test_only_the_owner_acknowledges_with_a_personal_message(world):
    _quality_ladder(world)
    concern = _raise(world)
    with pytest.raises(PermissionDenied, match="Quinn Keller owns this concern"):
        services.concern_acknowledge(actor=world.pm_alice, concern=concern, message="Seen.")
    with pytest.raises(PermissionDenied):
        services.concern_acknowledge(
            actor=world.sponsor_a_manager, concern=concern, message="Seen."
        )
    with pytest.raises(ValidationError):
        services.concern_acknowledge(actor=world.qa_quinn, concern=concern, message=" ")
    concern = services.concern_acknowledge(
        actor=world.qa_quinn,
        concern=concern,
        message="Maya, I have your concern and I am on it; I call you before noon.",
    )
    assert concern.state == ConcernState.ACKNOWLEDGED and concern.acknowledged_at
    with pytest.raises(TransitionNotAllowed):
        services.concern_acknowledge(actor=world.qa_quinn, concern=concern, message="Again")


# --------------------------------------------------------------------------- the R3 path


@pytest.mark.req("AT-1")
def test_the_r3_path_stops_each_clock_in_working_time(world):
    _quality_ladder(world)
    # High priority on the shipped policy: acknowledge 2 h, contact 8 h, update every
    # 16 h, resolve 80 h (working hours).
    with moment("2026-11-27 16:30"):  # a Friday, half an hour before the site closes
        concern = _raise(world)
    with moment("2026-11-30 08:45"):
        services.concern_acknowledge(actor=world.qa_quinn, concern=concern, message="On it.")
    with moment("2026-11-30 15:00"):
        services.concern_contact(
            actor=world.qa_quinn,
            concern=concern,
            how="call",
            summary="Walked through the two pages with Maya.",
            containment="Batch 24-017 on hold until QA re-reviews the record.",
        )
    with moment("2026-12-01 10:00"):
        services.concern_wait(
            actor=world.qa_quinn, concern=concern, reason="The sponsor's copy of page 14"
        )
    with moment("2026-12-02 10:00"):
        services.concern_resume(
            actor=world.sponsor_a_manager, concern=concern, text="Page 14 attached."
        )
    concern.refresh_from_db()
    clocks = selectors.concern_clocks(concern, now=at("2026-12-03 09:00"))
    # Acknowledged: Fri 16:30-17:00 and Mon 08:00-08:45 = 1.25 h of 2.
    assert clocks["acknowledge"].state is ClockState.MET
    assert hours(clocks["acknowledge"].elapsed) == 1.25
    # First contact: Fri 0.5 h + Mon 08-12 and 13-15 = 6.5 h of 8.
    assert clocks["first_contact"].state is ClockState.MET
    assert hours(clocks["first_contact"].elapsed) == 6.5
    # Update clock from the contact (Mon 15:00): Mon 15-17, Tue 08-10 (4 h); waiting Tue
    # 10:00 to Wed 10:00 (8 working hours, added); Wed 10-12, 13-17 and Thu 08-12, 13-15
    # make the other 12 h: due Thu 15:00.
    update = clocks["update"]
    assert local(update.due_at) == "Thu 03 Dec 15:00"
    assert hours(update.paused) == 8 and update.state is ClockState.RUNNING
    with moment("2026-12-03 14:00"):
        services.concern_resolve(
            actor=world.qa_quinn,
            concern=concern,
            resolution="Pages re-reviewed and signed; batch released.",
            root_cause="The reviewer's scan skipped two pages.",
        )
    concern.refresh_from_db()
    clocks = selectors.concern_clocks(concern, now=at("2026-12-04 09:00"))
    assert clocks["update"].state is ClockState.MET  # stopped by the resolution at 14:00
    resolve = clocks["resolve"]
    # Fri 0.5 + Mon 8 + Tue 2 + Wed 6 + Thu 5 = 21.5 h of 80, 8 h paused.
    assert resolve.state is ClockState.MET and hours(resolve.elapsed) == 21.5
    assert hours(resolve.paused) == 8
    with moment("2026-12-04 09:30"):
        services.concern_confirm(actor=world.sponsor_a_manager, concern=concern)
    concern.refresh_from_db()
    assert concern.state == ConcernState.CLOSED
    assert [e.kind for e in concern.entries.all()] == [
        "raised",
        "acknowledgement",
        "contact",
        "waiting",
        "resumed",
        "resolution",
        "confirmed",
    ]
    actions = list(
        AuditEvent.objects.filter(target_id=str(concern.pk), target_type="service.concern")
        .order_by("seq")
        .values_list("action", flat=True)
    )
    assert actions == [
        "service.concern.raised",
        "service.concern.acknowledged",
        "service.concern.contacted",
        "service.concern.waiting",
        "service.concern.resumed",
        "service.concern.resolved",
        "service.concern.confirmed",
    ]


def test_an_unanswered_concern_breaches_and_says_by_how_much(world):
    with moment("2026-11-30 09:00"):
        concern = _raise(world, urgency="critical")  # acknowledge within 1 h
    morning = selectors.concern_clocks(concern, now=at("2026-11-30 09:50"))
    assert morning["acknowledge"].state is ClockState.AT_RISK  # past 75 %
    late = selectors.concern_clocks(concern, now=at("2026-11-30 13:30"))["acknowledge"]
    # Due 10:00; 10-12 and 13-13:30 later: late by 2.5 working hours (lunch not counted).
    assert late.state is ClockState.BREACHED and hours(late.late_by) == 2.5
    assert selectors.concern_clocks(concern, now=at("2026-11-30 13:30"))["update"] is None


def test_a_reopened_concern_restarts_its_update_clock(world):
    with moment("2026-11-30 09:00"):
        concern = _raise(world, category="schedule")
    with moment("2026-11-30 09:30"):
        services.concern_contact(
            actor=world.pm_alice,
            concern=concern,
            how="meeting",
            summary="Reviewed the new release date.",
            containment="Shipment booked on the earliest slot.",
        )
    with moment("2026-11-30 11:00"):
        services.concern_resolve(actor=world.pm_alice, concern=concern, resolution="New date.")
    with pytest.raises(PermissionDenied):
        services.concern_confirm(actor=world.pm_alice, concern=concern)
    with pytest.raises(ValidationError):
        services.concern_reopen(actor=world.sponsor_a_manager, concern=concern, reason="")
    with moment("2026-11-30 14:00"):
        services.concern_reopen(
            actor=world.sponsor_a_manager, concern=concern, reason="The date is still a guess."
        )
    concern.refresh_from_db()
    assert concern.state == ConcernState.IN_PROGRESS and concern.reopened == 1
    assert concern.resolved_at is None
    update = selectors.concern_clocks(concern, now=at("2026-11-30 15:00"))["update"]
    assert hours(update.elapsed) == 1  # from the reopening at 14:00


# --------------------------------------------------------------------------- who sees what


@pytest.mark.req("AZ-2")
def test_sponsors_see_their_own_concerns_and_never_the_internal_notes(world):
    with moment("2026-11-24 10:00"):  # in working hours: no after-hours notice
        mine = _raise(world, actor=world.sponsor_a_contact)  # the contact is on project A
    services.concern_note(
        actor=world.pm_alice, concern=mine, text="Aurora internal: reviewer was new."
    )
    assert list(selectors.concerns_visible_to(world.sponsor_a_contact)) == [mine]
    assert list(selectors.concerns_visible_to(world.sponsor_a_manager)) == [mine]
    assert not selectors.concerns_visible_to(world.sponsor_b_manager).exists()
    assert not selectors.concerns_visible_to(world.sponsor_b_contact).exists()
    kinds = [e.kind for e in selectors.concern_entries_visible_to(world.sponsor_a_manager)]
    assert kinds == ["raised"]
    staff = selectors.concern_entries_visible_to(world.pm_alice)
    assert [e.kind for e in staff] == ["raised", "note"]
    with pytest.raises(PermissionDenied):
        services.concern_confirm(actor=world.sponsor_b_manager, concern=mine)
    with pytest.raises(PermissionDenied):
        services.concern_note(actor=world.sponsor_a_manager, concern=mine, text="Hi")
    assert ConcernEntry.objects.filter(concern=mine).count() == 2


@pytest.mark.req("AZ-2")
def test_a_concerns_history_shows_the_sponsor_a_note_was_made_never_its_text(world):
    concern = _raise(world)
    services.concern_note(
        actor=world.pm_alice, concern=concern, text="Aurora internal: reviewer was new."
    )
    history = reverse("audit:history", args=["service.concern", concern.pk])
    sponsor = client_for(world.sponsor_a_manager).get(history)
    assert sponsor.status_code == 200 and "reviewer was new" not in sponsor.content.decode()
    assert "reviewer was new" in client_for(world.pm_alice).get(history).content.decode()


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concerns_raised_at_the_same_moment_get_gap_free_unique_numbers():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: several people raising concerns at the same moment")
    world = build_world()
    start = threading.Barrier(6)
    errors: list[Exception] = []

    def worker(n: int) -> None:
        try:
            start.wait()
            for i in range(5):
                _raise(world, title=f"Aurora concern {n}-{i}")
        except Exception as exc:  # reported by the assertion below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors
    assert sorted(Concern.objects.values_list("sequence", flat=True)) == list(range(1, 31))


# --------------------------------------------------------------------------- pages


def _post(client, concern: Concern, action: str, **fields):
    data = {"action": action, **{f"{action}-{name}": value for name, value in fields.items()}}
    return client.post(reverse("service:concern", args=[concern.pk]), data)


def test_the_r3_path_on_the_pages_as_both_sides(world):
    _quality_ladder(world)
    sponsor, qa = client_for(world.sponsor_a_manager), client_for(world.qa_quinn)
    form = sponsor.get(reverse("service:concern_create")).content.decode()
    assert "How urgent is it for you" in form and world.project_b.code not in form
    raised = sponsor.post(
        reverse("service:concern_create"),
        {
            "project": world.project_a.pk,
            "title": "Aurora CoA has the wrong lot",
            "description": "The certificate of analysis names lot 17, we received lot 18.",
            "category": "quality",
            "urgency": "high",
        },
    )
    concern = Concern.objects.get()
    assert raised.status_code == 302 and raised["Location"].endswith(f"/concerns/{concern.pk}/")
    page = sponsor.get(raised["Location"]).content.decode()
    assert "Quinn Keller" in page and "Acknowledgement" in page and "Running" in page
    # The sponsor waits for us now: it may add a file, nothing else.
    assert page.count('data-testid="action-') == 1 and 'data-testid="action-attach"' in page

    assert (
        _post(
            qa, concern, "acknowledge", message="I have it; I call you at 11.", version=1
        ).status_code
        == 302
    )
    stale = _post(qa, concern, "contact", how="call", summary="x", containment="y", version=1)
    assert (
        stale.status_code == 409 and "Someone else changed this concern" in stale.content.decode()
    )
    assert (
        _post(
            qa,
            concern,
            "contact",
            how="call",
            summary="Agreed to re-issue the CoA.",
            containment="Lot 18 quarantined at the sponsor until the CoA is fixed.",
            version=2,
        ).status_code
        == 302
    )
    _post(qa, concern, "note", text="Aurora internal: label printer mix-up at packing.")
    assert "label printer" not in sponsor.get(raised["Location"]).content.decode()
    assert "label printer" in qa.get(raised["Location"]).content.decode()
    _post(qa, concern, "wait", reason="The photo of the received label")
    answer = sponsor.get(raised["Location"]).content.decode()
    assert 'data-testid="action-answer"' in answer and "Paused" in answer
    assert (
        _post(sponsor, concern, "answer", text="Photo attached to the e-mail.").status_code == 302
    )
    concern.refresh_from_db()
    assert (
        _post(
            qa,
            concern,
            "resolve",
            resolution="CoA re-issued for lot 18.",
            root_cause="",
            version=concern.version,
        ).status_code
        == 302
    )
    assert _post(sponsor, concern, "confirm", text="").status_code == 302
    concern.refresh_from_db()
    assert concern.state == ConcernState.CLOSED
    closed = sponsor.get(raised["Location"]).content.decode()
    assert "Resolution confirmed" in closed and "CoA re-issued for lot 18." in closed


def test_the_queue_puts_the_nearest_due_clock_first_and_filters(world):
    with moment("2026-11-30 09:00"):
        later = _raise(world, urgency="low", title="Aurora low one")  # acknowledge in 8 h
    with moment("2026-11-30 10:00"):
        sooner = _raise(world, urgency="critical", title="Aurora critical one")  # in 1 h
    queue = client_for(world.pm_alice).get(reverse("service:concerns")).content.decode()
    assert queue.index("Aurora critical one") < queue.index("Aurora low one")
    assert "Breached" in queue  # both are long past due by now
    mine = client_for(world.pm_alice).get(reverse("service:concerns"), {"mine": "1"})
    assert "Aurora critical one" in mine.content.decode()  # the PM owns schedule concerns
    none = client_for(world.qa_quinn).get(reverse("service:concerns"), {"mine": "1"})
    assert "No concerns match these filters" in none.content.decode()
    assert later.sequence < sooner.sequence
    sponsor_b = client_for(world.sponsor_b_manager).get(reverse("service:concerns"))
    assert "You have no open concern with us" in sponsor_b.content.decode()


# --------------------------------------------------------------------------- told and swept


def _inbox(user, kind: str) -> list[Notification]:
    return list(Notification.objects.filter(recipient=user, kind=kind).order_by("pk"))


def test_each_side_is_told_what_waits_for_it(world):
    _quality_ladder(world)
    with moment("2026-11-24 10:00"):  # in working hours: no after-hours notice
        concern = _raise(world)
    [raised] = _inbox(world.qa_quinn, "concern_raised")
    assert raised.title == f"Concern {concern.number} of Aurora Therapeutics for you to acknowledge"
    services.concern_acknowledge(actor=world.qa_quinn, concern=concern, message="On it.")
    [news] = _inbox(world.sponsor_a_manager, "concern_news")
    assert news.title == f"Concern {concern.number}: acknowledged by Quinn Keller"
    assert not _inbox(world.sponsor_b_manager, "concern_news")
    services.concern_wait(actor=world.qa_quinn, concern=concern, reason="Your photo")
    services.concern_resume(actor=world.sponsor_a_manager, concern=concern, text="Sent.")
    [answered] = _inbox(world.qa_quinn, "concern_answered")
    assert answered.title == f"Concern {concern.number}: the sponsor answered"


def _ladder_of_two(world: World) -> None:
    team_services.escalation_set(
        actor=world.pm_alice,
        project=world.project_a,
        matter=Matter.QUALITY_EVENT,
        levels=[
            EscalationLevel(cdmo_contact=world.qa_quinn, response_hours=4),
            EscalationLevel(cdmo_contact=world.pm_alice, response_hours=2),
        ],
    )


def test_the_sweep_warns_then_escalates_up_the_tree_once_per_broken_clock(world):
    _ladder_of_two(world)
    client_services.sponsor_profile_save(
        actor=world.pm_alice, sponsor=world.sponsor_a, account_owner=world.admin_ada
    )
    with moment("2026-11-30 09:00"):
        concern = _raise(world, urgency="critical")  # acknowledge 1 h, contact 4 h
    # 09:50: 50 of 60 minutes used, past the warning point.
    assert sweeps.concern_clock_sweep(now=at("2026-11-30 09:50")) == 1
    [warning] = _inbox(world.qa_quinn, "concern_clock")
    assert "the acknowledgement is due 30 Nov 2026, 10:00 CET" in warning.title
    assert sweeps.concern_clock_sweep(now=at("2026-11-30 09:55")) == 0  # warned once
    # 10:30: not acknowledged, the promise is broken: one rung up, to the PM.
    assert sweeps.concern_clock_sweep(now=at("2026-11-30 10:30")) == 1
    concern.refresh_from_db()
    assert concern.escalation_level == 2
    [escalation] = concern.escalations.all()
    assert (escalation.to, escalation.clock, escalation.level) == (
        world.pm_alice,
        "acknowledge",
        2,
    )
    entry = concern.entries.get(kind="escalated")
    assert entry.author is None and "late by 30 min: Alice Morgan now follows" in entry.text
    assert not entry.internal  # the sponsor sees the escalation
    assert _inbox(world.pm_alice, "concern_clock")[0].title.endswith("broke its promise")
    news = _inbox(world.sponsor_a_manager, "concern_news")
    assert news[-1].title == f"Concern {concern.number}: escalated to Alice Morgan"
    assert sweeps.concern_clock_sweep(now=at("2026-11-30 11:00")) == 0  # once per clock
    # 14:30: the first contact (4 h, due 14:00) broke too; no rung above: the account owner.
    assert sweeps.concern_clock_sweep(now=at("2026-11-30 14:30")) == 1
    last = concern.escalations.order_by("pk").last()
    assert (last.to, last.clock) == (world.admin_ada, "first_contact")
    assert AuditEvent.objects.filter(action="service.concern.escalated").count() == 2


def test_a_sweep_narrowed_to_some_concerns_leaves_the_others_alone(world):
    client_services.sponsor_profile_save(
        actor=world.pm_alice, sponsor=world.sponsor_a, account_owner=world.admin_ada
    )
    with moment("2026-11-30 09:00"):
        first = _raise(world, urgency="critical")  # acknowledge within 1 h
        second = _raise(world, urgency="critical", title="Aurora second")
    only_first = Concern.objects.filter(pk=first.pk)
    assert sweeps.concern_clock_sweep(now=at("2026-11-30 10:30"), concerns=only_first) == 1
    assert first.escalations.get().to == world.admin_ada
    assert not second.escalations.exists()


def test_a_resolution_left_unanswered_closes_after_the_sponsors_window(world):
    with moment("2026-11-30 09:00"):
        concern = _raise(world, category="schedule")
    with moment("2026-11-30 09:30"):
        services.concern_contact(
            actor=world.pm_alice,
            concern=concern,
            how="call",
            summary="Agreed a new date.",
            containment="Slot held.",
        )
    with moment("2026-11-30 11:00"):
        services.concern_resolve(actor=world.pm_alice, concern=concern, resolution="New date.")
    # Five working days after Monday 30 Nov: Tue to Fri, then Mon 7 Dec, until 17:00.
    assert sweeps.concern_clock_sweep(now=at("2026-12-07 16:59")) == 0
    assert sweeps.concern_clock_sweep(now=at("2026-12-07 17:01")) == 1
    concern.refresh_from_db()
    assert concern.state == ConcernState.CLOSED
    assert "No answer within 5 working days" in concern.entries.get(kind="closed").text
    news = _inbox(world.sponsor_a_manager, "concern_news")
    assert news[-1].title == f"Concern {concern.number}: closed without your answer"
    assert sweeps.concern_clock_sweep(now=at("2026-12-08 09:00")) == 0


def test_the_queue_reads_each_policy_and_calendar_once_however_many_concerns(world):
    # QA reads the queue: the concerns go to the PM, so QA's own bell stays the same.
    client = client_for(world.qa_quinn)

    def queries() -> int:
        client.get(reverse("service:concerns"))  # the session settles on a first visit
        with CaptureQueriesContext(connection) as captured:
            assert client.get(reverse("service:concerns")).status_code == 200
        return len(captured)

    _raise(world, title="Aurora first")
    few = queries()
    for n in range(5):
        _raise(world, title=f"Aurora more {n}", category="schedule")
    assert queries() == few
