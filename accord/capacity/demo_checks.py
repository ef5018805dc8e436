"""The demo's proposal capacity checks: business development checks each proposal's
timeline against the committed work on the morning it is sent (so the sponsor's portal
shows the sentence the check wrote), and the drafts still open yesterday afternoon. Each
check reads the plans as they stood at that moment of the story."""

from __future__ import annotations

from collections.abc import Callable

from accord.accounts.models import User
from accord.capacity.models import CapacityCheck
from accord.capacity.proposals import capacity_check_run
from accord.demo.story import Story, Tally, at, day, weekday
from accord.proposals.models import ProposalRevision

LABEL = "capacity"
DRAFT_STAGES = ("draft", "in_review")


def check_stories(*, users: dict[str, User], counts: Tally, log: Callable[[str], None]) -> list:
    from accord.demo.proposals import RFPS

    stories = []
    for spec in RFPS:
        if spec.offer is None:
            continue
        if spec.sent:
            moment = at(weekday(day(spec.sent)), "08:30", key=spec.title)
        elif spec.stage in DRAFT_STAGES:
            moment = at(weekday(day(-1), back=True), "16:00", key=spec.title)
        else:
            continue
        stories.append(_check(spec.title, moment, users, counts, log))
    return stories


def _check(title: str, moment, users, counts: Tally, log) -> Story:
    yield moment
    revision = (
        ProposalRevision.objects.filter(proposal__rfp__title=title)
        .exclude(timeline_template="")
        .order_by("-number")
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
