"""The sponsor's quality page in the portal, and the deviation package PDF.

The page shows a sponsor's people what the quality agreement entitles them to and
nothing more: the deviations they were told of (``deviations_visible_to``: their own
company's, from ``notified_at``), each with its class and what the class means, the
description, its batches, the impact, the status, the investigation's summary (the
conclusion once QA approved it; before that the preliminary summary once sent; never
the working analysis), its CAPA; their clocks; the quality agreement in force; and the
changes waiting for their approval (filled by change control through
:func:`register_changes_waiting`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.contrib.auth.decorators import login_required
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from accord.accounts.decorators import sponsor_required
from accord.core import clock
from accord.quality import selectors
from accord.quality.models import CLASS_DEFINITIONS, Deviation, DeviationClass
from accord.quality.package import package_pdf_response

# --------------------------------------------------------------------------- changes waiting

# Change control registers here what waits for a sponsor's approval. A provider takes the
# signed-in sponsor user and returns the changes waiting for their company's signature,
# each a mapping with at least "number", "title" and "url" (and optionally "since", a
# date, and "products", a text). The page lists them in the "Changes waiting for your
# approval" block (template ``quality/_changes_waiting.html``).
ChangesWaiting = Callable[[object], Iterable[dict]]
_CHANGES_WAITING: list[ChangesWaiting] = []


def register_changes_waiting(provider: ChangesWaiting) -> ChangesWaiting:
    """Add a provider of the changes waiting for a sponsor's approval (idempotent);
    usable as a decorator."""
    if provider not in _CHANGES_WAITING:
        _CHANGES_WAITING.append(provider)
    return provider


def changes_waiting_for(user) -> list[dict]:
    """Every registered provider's changes waiting for ``user``'s company."""
    return [change for provider in _CHANGES_WAITING for change in provider(user)]


# --------------------------------------------------------------------------- clocks


@dataclass(frozen=True)
class Clock:
    """One of the sponsor's clocks on a deviation: the deadline, when it was met (or
    not yet), and how it stands."""

    label: str
    due: dt.datetime | dt.date | None
    done: dt.datetime | None
    standing: str  # "On time", "Late", "Running", "Overdue"
    tone: str

    @classmethod
    def of(cls, label: str, due, done, now: dt.datetime) -> Clock | None:
        if due is None:
            return None
        if isinstance(due, dt.datetime):
            late = (done or now) > due
        else:
            late = (timezone.localdate(done) if done else timezone.localdate(now)) > due
        if done is not None:
            standing, tone = ("Late", "danger") if late else ("On time", "success")
        else:
            standing, tone = ("Overdue", "danger") if late else ("Running", "warning")
        return cls(label, due, done, standing, tone)


def _clocks(deviation: Deviation, now: dt.datetime) -> list[Clock]:
    return [
        clock
        for clock in (
            Clock.of("Notification", deviation.notify_by, deviation.notified_at, now),
            Clock.of("Preliminary summary", deviation.summary_due, deviation.summary_sent_at, now),
        )
        if clock is not None
    ]


def _summary(deviation: Deviation) -> tuple[str, str]:
    """(what it is, the text) of the investigation a sponsor may read, or ("", "")."""
    investigation = getattr(deviation, "investigation", None)
    if investigation is None:
        return "", ""
    if investigation.approved_at and investigation.conclusion:
        return "Investigation conclusion (approved by QA)", investigation.conclusion
    if deviation.summary_sent_at and investigation.preliminary_summary:
        return "Preliminary investigation summary", investigation.preliminary_summary
    return "", ""


@sponsor_required
def sponsor_quality(request: HttpRequest) -> HttpResponse:
    user = request.user
    now = clock.now()
    own_batches = selectors.batches_visible_to(user).order_by("number")
    capas = (
        selectors.capas_visible_to(user)
        .prefetch_related("actions")
        .select_related("effectiveness", "follows")
    )
    deviations = list(
        selectors.deviations_visible_to(user)
        .select_related("investigation")
        .prefetch_related(
            Prefetch("batches", queryset=own_batches, to_attr="own_batches"),
            Prefetch("capas", queryset=capas.order_by("number"), to_attr="visible_capas"),
        )
        .order_by("-notified_at", "-number")
    )
    rows = []
    for deviation in deviations:
        summary_title, summary = _summary(deviation)
        rows.append(
            {
                "deviation": deviation,
                "definition": CLASS_DEFINITIONS.get(DeviationClass(deviation.classification), "")
                if deviation.classification in DeviationClass.values
                else "",
                "batches": deviation.own_batches,
                "clocks": _clocks(deviation, now),
                "summary_title": summary_title,
                "summary": summary,
                "capas": deviation.visible_capas,
            }
        )
    all_capas = list(capas.order_by("-created_at", "-number"))
    for capa in all_capas:
        capa.done_actions = [
            a for a in capa.actions.all() if a.state in (a.State.DONE, a.State.VERIFIED)
        ]
    agreement = selectors.agreement_in_force(user.organization, timezone.localdate(now))
    return render(
        request,
        "quality/portal.html",
        {
            "rows": rows,
            "capas": all_capas,
            "agreement": agreement,
            "batch_count": own_batches.count(),
            "changes_waiting": changes_waiting_for(user),
            "open_count": sum(d.is_open for d in deviations),
        },
    )


@login_required
def deviation_package(request: HttpRequest, pk: int) -> HttpResponse:
    """The deviation package PDF; another sponsor's deviation (or one its sponsor was not
    yet told of) is 404."""
    deviation = get_object_or_404(
        selectors.deviations_visible_to(request.user).select_related("investigation"), pk=pk
    )
    return package_pdf_response(deviation, request.user)
