"""What notifications cost: the fan-out of one event, the notification centre's pages and
the daily digest, on the demo data.

    python benchmarks/notifications.py [--people 200]

Builds a throw-away SQLite database with the demo data, then, in one run:

* sends one change order to a sponsor with ``--people`` managers, and compares the
  time of the whole service call (audited transition, schedule impact, and one
  notification with its audit event and queued e-mail per manager) with the same call
  with notifications switched off: the difference is what notifying adds to the request,
  per person told; then times the job that sends one of those e-mails (file backend);
* times the notification list (25 a page) and the portal home with its bell for the
  person with the most notifications, after giving them 1,000 more;
* times the daily digest for everybody (e-mails written to the throw-away folder).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _times(function, runs: int = 7) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return min(times), statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=200)
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="accord-notify-bench-")
    os.environ.update(
        DATABASE_URL=f"sqlite:///{folder}/bench.sqlite3",
        ACCORD_VAR_DIR=folder,
        ACCORD_ENV="development",
        DEBUG="false",
        ACCORD_BACKGROUND="inline",
        DJANGO_SETTINGS_MODULE="accord.settings",
    )
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.db.models import Count
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    from accord.accounts.models import Role, User
    from accord.changes.models import ChangeOrder
    from accord.changes.services import change_order_create, change_order_transition
    from accord.notifications import email as outbox
    from accord.notifications import events
    from accord.notifications.email import digest_send, email_delivery_send
    from accord.notifications.models import Notification
    from accord.notifications.services import Message, deliver

    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    call_command("demo", verbosity=0)
    count = Notification.objects.count()
    print(f"demo load: {time.perf_counter() - started:.1f} s, {count} notifications")

    sent = ChangeOrder.objects.filter(status=ChangeOrder.Status.SENT).select_related("project")
    project = sent.first().project
    sponsor = project.sponsor
    manager_role = Role.objects.get(code="sponsor_manager")
    for i in range(args.people):
        user = User.objects.create_user(
            username=f"bench.manager{i}",
            email=f"bench.manager{i}@sponsor.example",
            organization=sponsor,
            first_name="Bench",
            last_name=f"Manager {i}",
        )
        user.roles.add(manager_role)
    # Jobs are the worker's: collect the e-mails the requests queue, send them apart.
    queued: list[int] = []
    real_enqueue = outbox.enqueue
    outbox.enqueue = lambda func, delivery_id, **kwargs: queued.append(delivery_id)
    pm = User.objects.get(username="pm.alice")
    qa = User.objects.get(username="qa.quinn")

    def send_one() -> None:
        order = change_order_create(
            actor=pm,
            project=project,
            title="Benchmark change",
            sow_reference="SOW",
            scope_change="More work.",
            justification="Asked for.",
            price_change=1000,
            currency="CHF",
        )
        order = change_order_transition(actor=pm, change_order=order, name="submit")
        with transaction.atomic():
            change_order_transition(actor=qa, change_order=order, name="send")

    with CaptureQueriesContext(connection) as queries:
        before = Notification.objects.count()
        send_one()
    told = Notification.objects.count() - before
    on_best, on_median = _times(send_one, runs=5)
    builders = dict(events.EVENTS)
    events.EVENTS.clear()
    off_best, off_median = _times(send_one, runs=5)
    events.EVENTS.update(builders)
    per_person = (on_median - off_median) / max(told, 1) * 1000
    print(
        f"change order sent, {told} people told: {on_median * 1000:.0f} ms "
        f"(without notifications {off_median * 1000:.0f} ms; {per_person:.2f} ms and "
        f"{len(queries) / max(told, 1):.1f} queries per person told, all queries included)"
    )

    sample = queued[: min(50, len(queued))]
    started = time.perf_counter()
    for delivery_id in sample:
        email_delivery_send(delivery_id)
    each = (time.perf_counter() - started) / max(len(sample), 1) * 1000
    print(f"the job sending one of those e-mails: {each:.1f} ms (mean of {len(sample)})")
    outbox.enqueue = real_enqueue

    busiest = (
        User.objects.filter(notifications__isnull=False)
        .annotate(n=Count("notifications"))
        .order_by("-n")
        .first()
    )
    deliver(
        [
            Message("job_finished", busiest, None, f"Benchmark job {i} finished", "It ran.")
            for i in range(1000)
        ]
    )
    client = Client()
    client.force_login(busiest)
    total = Notification.objects.filter(recipient=busiest).count()
    for name, url in (
        ("notification list", reverse("notifications:list")),
        (
            "notification list, unread, search",
            reverse("notifications:list") + "?status=unread&q=job",
        ),
        ("home page with the bell", reverse("home:index")),
    ):
        client.get(url, follow=True)
        best, median = _times(lambda url=url: client.get(url, follow=True))
        print(
            f"{name} ({total} notifications): median {median * 1000:.0f} ms, "
            f"best {best * 1000:.0f} ms"
        )

    started = time.perf_counter()
    digests = digest_send()
    print(f"daily digest: {digests} e-mails in {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
