"""Every periodic sweep of Accord, declared in one place.

Each entry names a function (a dotted path to a callable taking no arguments) and how
often it runs. The job runner (``accord.core.jobs``) makes each entry run once per period
whatever the number of workers; apps add their sweeps here rather than scheduling work
themselves, so an operator reads one list to know what runs when.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Periodic:
    name: str  # unique and stable, e.g. "notifications.digest"
    func: str  # dotted path of a function that takes no arguments
    description: str  # what it does, for operators (shown on the jobs page)
    every: dt.timedelta | None = None  # run every this long ...
    daily_at: dt.time | None = None  # ... or once a day at this local time (TIME_ZONE)

    def __post_init__(self) -> None:
        if (self.every is None) == (self.daily_at is None):
            raise ValueError(f"{self.name}: give either every= or daily_at=, not both.")
        if self.every is not None and (
            self.every < dt.timedelta(minutes=1) or self.every % dt.timedelta(minutes=1)
        ):
            raise ValueError(f"{self.name}: every= is a whole number of minutes.")


SCHEDULE: tuple[Periodic, ...] = (
    Periodic(
        name="core.jobs.recover",
        func="accord.core.jobs.jobs_recover",
        description="Recover background jobs whose worker stopped, and retry failed attempts",
        every=dt.timedelta(minutes=1),
    ),
    Periodic(
        name="core.jobs.purge",
        func="accord.core.jobs.jobs_purge",
        description="Delete finished background jobs past their keeping time",
        daily_at=dt.time(3, 15),
    ),
    Periodic(
        name="core.idempotency_keys_purge",
        func="accord.core.idempotency.idempotency_keys_purge",
        description="Forget the API's idempotency keys (and their stored answers) older "
        "than ACCORD_IDEMPOTENCY_KEY_HOURS",
        daily_at=dt.time(3, 20),
    ),
    Periodic(
        name="core.form_submissions_purge",
        func="accord.core.submissions.form_submissions_purge",
        description="Forget the ids of page form submissions (the double-submit guard) "
        "older than 24 hours",
        daily_at=dt.time(3, 22),
    ),
    Periodic(
        name="core.rate_counters_purge",
        func="accord.core.ratelimit.rate_counters_purge",
        description="Delete the API request counts of rate windows that ended a day ago",
        daily_at=dt.time(3, 25),
    ),
    Periodic(
        name="uploads.pending_sweep",
        func="accord.core.uploads.pending_files_sweep",
        description="Remove the files of uploads whose record never committed "
        "(a failed save or a process that died); never a file a record points to.",
        every=dt.timedelta(hours=1),
    ),
    # Notifications (docs/notifications.md): reminders first, then the digest that carries them.
    Periodic(
        "notifications.action_item_reminders",
        "accord.notifications.sweeps.action_item_reminders",
        "Tell owners of open action items that are due within two days or overdue.",
        daily_at=dt.time(6, 45),
    ),
    Periodic(
        "notifications.risk_review_reminders",
        "accord.notifications.sweeps.risk_review_reminders",
        "Tell risk owners that a live risk is past its review date.",
        daily_at=dt.time(6, 50),
    ),
    Periodic(
        "notifications.follow_up_reminders",
        "accord.notifications.sweeps.follow_up_reminders",
        "Tell owners of sponsor follow-ups that are due today or overdue.",
        daily_at=dt.time(6, 55),
    ),
    Periodic(
        "notifications.digest",
        "accord.notifications.email.digest_send",
        "E-mail each person the unread notifications they chose to get in a daily digest.",
        daily_at=dt.time(7, 30),
    ),
    Periodic(
        "notifications.email_retry",
        "accord.notifications.email.email_retry_due",
        "Send again the e-mails that failed (after 5 min, 30 min, 2 h) or whose job was lost.",
        every=dt.timedelta(minutes=5),
    ),
    # Sponsor concerns (docs/service.md): warnings before a clock breaks, escalation after.
    Periodic(
        "service.concern_clocks",
        "accord.service.sweeps.concern_clock_sweep",
        "Warn owners of concern clocks at risk, escalate concerns whose clocks broke, and "
        "close resolutions left unconfirmed past the sponsor's window.",
        every=dt.timedelta(minutes=5),
    ),
    # Deviations (docs/quality.md): warnings before a sponsor's notification clock lapses.
    Periodic(
        "quality.deviation_clocks",
        "accord.quality.sweeps.deviation_clock_sweep",
        "Warn a deviation's owner, the project's QA lead and QA's approvers before the time "
        "to tell the sponsor, or to send it the preliminary summary, runs out, and when it has.",
        every=dt.timedelta(minutes=15),
    ),
    # CAPA (docs/quality.md): checks of effectiveness whose window opened, or overdue.
    Periodic(
        "quality.capa_check_reminders",
        "accord.quality.capa_sweeps.capa_check_reminders",
        "Tell QA approvers and owners that a CAPA's check of effectiveness is due or overdue.",
        daily_at=dt.time(7, 0),
    ),
    # Training (docs/training.md): periodic retraining, reminders, competency expiry.
    Periodic(
        "training.sweep",
        "accord.training.sweeps.training_sweep",
        "Open periodic retraining a month before a completion runs out, remind people of "
        "training due within a week or overdue, and warn of competencies expiring within "
        "30 days or just expired.",
        daily_at=dt.time(6, 40),
    ),
    # Equipment (docs/equipment.md): calibration and maintenance due soon or overdue.
    Periodic(
        "equipment.due_reminders",
        "accord.equipment.sweeps.equipment_due_reminders",
        "Tell equipment owners and their site's QA of calibrations and maintenance due "
        "within 14 days, and again once overdue.",
        daily_at=dt.time(7, 5),
    ),
    # Continuous improvement (docs/improvement.md): 5S actions due soon or overdue.
    Periodic(
        "improvement.five_s_action_reminders",
        "accord.improvement.sweeps.five_s_action_reminders",
        "Tell the owners of 5S audit actions due within 7 days, and again once overdue.",
        daily_at=dt.time(7, 10),
    ),
    # Lessons learned (docs/lessons.md): projects on hold for good need their review.
    Periodic(
        "lessons.hold_sweep",
        "accord.lessons.sweeps.lessons_hold_sweep",
        "Tell project managers that a project on hold for more than 90 days needs its "
        "lessons-learned review.",
        daily_at=dt.time(7, 10),
    ),
    # Sponsor surveys (docs/service.md): reminders and closing, then the quarter's surveys.
    Periodic(
        "surveys.reminders",
        "accord.surveys.sweeps.survey_sweep",
        "Remind sponsor people who have not answered a survey, and close surveys whose time "
        "to answer is over.",
        daily_at=dt.time(8, 0),
    ),
    Periodic(
        "surveys.quarterly",
        "accord.surveys.sweeps.relationship_survey_sweep",
        "Send each sponsor with a running project its relationship survey (NPS), once a quarter.",
        daily_at=dt.time(8, 30),
    ),
    # Scorecards (docs/scorecards.md): each closed period frozen once, for its executive.
    Periodic(
        "scorecards.freeze",
        "accord.scorecards.services.scorecards_freeze_due",
        "Freeze the scorecards of the period that just ended (every template in use, every "
        "scope it scores) with their inputs, and tell the executives they wait for a signature.",
        daily_at=dt.time(6, 20),
    ),
    Periodic(
        name="core.sessions_purge",
        func="accord.core.sessions.sessions_purge",
        description="Delete expired sign-in sessions (signed out, timed out or past their "
        "absolute lifetime).",
        daily_at=dt.time(3, 35),
    ),
    Periodic(
        name="accounts.signin_locks_purge",
        func="accord.accounts.access.signin_locks_purge",
        description="Forget sign-in failure counts whose window and lock are over.",
        daily_at=dt.time(3, 30),
    ),
    # Webhooks (docs/webhooks.md): the next attempt of deliveries whose back-off is over.
    Periodic(
        "webhooks.retry_due",
        "accord.webhooks.delivery.webhook_retry_due",
        "Send again the webhook deliveries whose back-off after a failed attempt is over.",
        every=dt.timedelta(minutes=1),
    ),
)
