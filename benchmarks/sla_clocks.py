"""SLA clocks in working time: Accord's clock maths against businesstimedelta.

    python -m benchmarks.sla_clocks [--clocks 2000] [--repeats 5]

The peer is businesstimedelta (PyPI), the package a Python helpdesk would reach for:
working-day rules, a lunch rule and holiday rules, with pytz time zones. Both get the
same seeded clocks (start moments spread over 2026, targets drawn per shape) and work
out (1) the due time, start + target in working time, and (2) the working time between
the start and a later moment. Three shapes, because one can hide the slow case:

* office: Mon-Fri 08:00-12:00 and 13:00-17:00 in Zurich, targets of 1-8 working hours
  (acknowledge and first-contact clocks);
* resolution: the same office with the Valais public holidays of 2026-2027, targets of
  5-20 working days (40-160 hours);
* line: a round-the-clock production line, targets of 1-72 hours, which crosses both
  daylight-saving changes.

Besides the times, the script counts the clocks on which the two disagree and prints the
first few, worked out by hand in docs/service.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import businesstimedelta as btd  # noqa: E402
import holidays  # noqa: E402
import pytz  # noqa: E402

from accord.service.clocks import WorkingTime, add_working_time, working_time_between  # noqa: E402
from benchmarks.common import best_of, machine, report  # noqa: E402

ZONE = "Europe/Zurich"


def _shapes() -> dict[str, tuple[WorkingTime, btd.Rules, tuple[int, int]]]:
    tz = pytz.timezone(ZONE)
    weekdays = [0, 1, 2, 3, 4]
    office_rules = [
        btd.WorkDayRule(dt.time(8), dt.time(17), working_days=weekdays, tz=tz),
        btd.LunchTimeRule(dt.time(12), dt.time(13), working_days=weekdays, tz=tz),
    ]
    valais = holidays.country_holidays("CH", subdiv="VS", years=[2026, 2027])
    return {
        "office": (
            WorkingTime.weekly(ZONE, "08:00-12:00, 13:00-17:00"),
            btd.Rules(office_rules),
            (60, 8 * 60),
        ),
        "resolution": (
            WorkingTime.weekly(ZONE, "08:00-12:00, 13:00-17:00", holidays=list(valais)),
            btd.Rules([*office_rules, btd.HolidayRule(valais, tz=tz)]),
            (5 * 8 * 60, 20 * 8 * 60),
        ),
        "line": (
            WorkingTime.weekly(ZONE, "00:00-24:00", days=range(7)),
            btd.Rules([btd.WorkDayRule(dt.time(0), dt.time(23, 59, 59), range(7), tz=tz)]),
            (60, 72 * 60),
        ),
    }


def _clocks(count: int, minutes: tuple[int, int], seed: int) -> list[tuple[dt.datetime, int]]:
    rng = random.Random(seed)
    zone = ZoneInfo(ZONE)
    first = dt.datetime(2026, 1, 1, tzinfo=zone)
    clocks = []
    for _ in range(count):
        start = first + dt.timedelta(minutes=rng.randrange(0, 365 * 24 * 60, 5))
        clocks.append((start.astimezone(zone), rng.randrange(minutes[0], minutes[1] + 1, 5)))
    return clocks


def _compare(name: str, working: WorkingTime, rules: btd.Rules, clocks, repeats: int) -> None:
    tz = pytz.timezone(ZONE)
    # The peer wants pytz-localized moments: converted before the clock starts.
    peer_clocks = [(start.astimezone(tz), m) for start, m in clocks]
    ours = [add_working_time(working, s, dt.timedelta(minutes=m)) for s, m in clocks]
    theirs = [s + btd.BusinessTimeDelta(rules, seconds=m * 60) for s, m in peer_clocks]
    later = [due + dt.timedelta(hours=30) for due in ours]
    peer_later = [moment.astimezone(tz) for moment in later]

    due_times = best_of(
        {
            "accord": lambda: [
                add_working_time(working, s, dt.timedelta(minutes=m)) for s, m in clocks
            ],
            "businesstimedelta": lambda: [
                s + btd.BusinessTimeDelta(rules, seconds=m * 60) for s, m in peer_clocks
            ],
        },
        repeats,
    )
    report(f"{name}: due time of {len(clocks)} clocks", due_times)
    spent = best_of(
        {
            "accord": lambda: [
                working_time_between(working, s, end)
                for (s, _), end in zip(clocks, later, strict=True)
            ],
            "businesstimedelta": lambda: [
                rules.difference(s, end)
                for (s, _), end in zip(peer_clocks, peer_later, strict=True)
            ],
        },
        repeats,
    )
    report(f"{name}: working time between start and due + 30 h", spent)
    measured = [
        (s, end, working_time_between(working, s, end), rules.difference(s2, end2).timedelta)
        for (s, _), end, (s2, _), end2 in zip(clocks, later, peer_clocks, peer_later, strict=True)
    ]
    apart = [row for row in measured if abs((row[2] - row[3]).total_seconds()) >= 60]
    print(f"  working times that differ by a minute or more: {len(apart)} of {len(clocks)}")
    for s, end, a, b in apart[:3]:
        print(
            f"    {s.astimezone(tz):%a %Y-%m-%d %H:%M} to {end.astimezone(tz):%a %Y-%m-%d %H:%M}"
            f": accord {a}, businesstimedelta {b}"
        )
    differ = [
        (s, m, a, b)
        for (s, m), a, b in zip(clocks, ours, theirs, strict=True)
        if abs((a - b).total_seconds()) >= 60
    ]
    print(f"  due times that differ by a minute or more: {len(differ)} of {len(clocks)}")
    for s, m, a, b in differ[:3]:
        print(
            f"    start {s:%a %Y-%m-%d %H:%M %Z} + {m / 60:g} h: accord "
            f"{a.astimezone(tz):%a %Y-%m-%d %H:%M %Z}, businesstimedelta "
            f"{b.astimezone(tz):%a %Y-%m-%d %H:%M %Z}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clocks", type=int, default=2000)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    print(f"SLA clocks, {args.clocks} clocks per shape, best of {args.repeats}: {machine()}")
    for seed, (name, (working, rules, minutes)) in enumerate(_shapes().items(), start=1):
        _compare(name, working, rules, _clocks(args.clocks, minutes, seed), args.repeats)


if __name__ == "__main__":
    main()
