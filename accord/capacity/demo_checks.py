"""The demo's proposal capacity checks: business development checks each proposal's
timeline against the committed work on the afternoon it is sent (so the sponsor's portal
shows the sentence the check wrote), and each draft still open on the afternoon it was
made. Each check reads the plans as they stood at that moment of the story. Then one
leveling run of Visp, left as a proposal for someone to apply or discard."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from accord.accounts.models import Site, User
from accord.capacity.models import CapacityCheck
from accord.capacity.proposals import capacity_check_run
from accord.demo.story import Story, Tally, at, day, weekday
from accord.proposals.models import ProposalRevision

LABEL = "capacity"
DRAFT_STAGES = ("draft", "in_review")


def check_stories(*, users: dict[str, User], counts: Tally, log: Callable[[str], None]) -> list:
    from accord.demo.proposals import RFPS, _day, _weekday

    stories = []
    for spec in RFPS:
        if spec.offer is None:
            continue
        if spec.sent:
            # The afternoon each revision is sent (at 16:30 by the proposals story).
            moment = at(_day(spec.sent), "15:00", key=spec.title)
            stories.append(_check(spec.title, 1, moment, users, counts, log))
            if spec.revised_sent:
                moment = at(_day(spec.revised_sent), "15:00", key=spec.title)
                stories.append(_check(spec.title, 2, moment, users, counts, log))
        elif spec.stage in DRAFT_STAGES:
            # The afternoon of the day the draft was made (10:00) with its timeline.
            made = _weekday(_day(spec.received) + dt.timedelta(days=5))
            moment = at(made, "15:00", key=spec.title)
            stories.append(_check(spec.title, 1, moment, users, counts, log))
    return [*stories, _leveling_story(users, counts, log)]


def _leveling_story(users, counts: Tally, log) -> Story:
    """Operations at Visp levels the site on the last working afternoon before the demo's
    day, after suite A1 showed double-booked: a proposal waiting for a decision."""
    from accord.capacity.leveling import leveling_request
    from accord.capacity.models import LevelingRun

    yield at(weekday(day(-1), back=True), "17:00")
    if LevelingRun.objects.exists():
        counts.add(LABEL, False)
        return
    site = Site.objects.filter(code="VSP").first()
    if site is None:
        return
    leveling_request(
        actor=users["ops.omar"], site=site, note="Suite A1 and reactor R-101 double-booked"
    )
    counts.add(LABEL, True)


def _check(title: str, number: int, moment, users, counts: Tally, log) -> Story:
    yield moment
    revision = (
        ProposalRevision.objects.filter(proposal__rfp__title=title, number=number)
        .exclude(timeline_template="")
        .first()
    )
    if revision is None:
        log(f"No timeline to check for “{title}”.")
        return
    if CapacityCheck.objects.filter(revision=revision).exists():
        counts.add(LABEL, False)
        return
    check = capacity_check_run(actor=users["bd.ben"], revision=revision)
    counts.add(LABEL, True)
    if check.meets_delivery is False:
        log(f"{revision}: the committed work makes it miss the desired delivery.")
