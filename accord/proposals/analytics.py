"""Proposal analytics: win rates, why we lose, how long things take, what is in the
pipeline. ``facts_for`` reads the database once into plain ``RfpFacts``; every other
function is pure over a list of them, so the numbers are tested on hand-made data.

Definitions:

* **Win rate** = won / (won + lost), in percent to one decimal. Declined and withdrawn
  RFPs are not decisions on our offer and are left out. An RFP asking for several
  services counts once for each.
* **Loss reasons (Pareto)**: each reason of each postmortem counts once; largest first
  (ties in the order of the reason list), with the share and the cumulative share.
* **Cycle times**, in calendar days, grouped by the quarter the RFP was received:
  received -> first revision sent; first revision sent -> decision (won or lost). Median
  and mean, to one decimal.
* **Pipeline value**: per RFP status, the total of the RFP's latest revision (the latest
  proposal's highest revision, sent or not), summed per currency and converted to CHF at
  the fixed planning rates ``RATES_TO_CHF`` (1 EUR = 0.95 CHF, 1 USD = 0.90 CHF): an
  order of magnitude for comparison, not accounting.

Filters: received between two dates, and the sponsor type. RFPs have no site: a site
filter would only mean something for won projects, so there is none.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Min, QuerySet

from accord.accounts.models import Organization
from accord.projects.models import Project
from accord.proposals.models import (
    Currency,
    LossReason,
    Postmortem,
    ProposalRevision,
    Rfp,
    RfpOutcome,
    Service,
)

RATES_TO_CHF = {
    Currency.CHF: Decimal("1"),
    Currency.EUR: Decimal("0.95"),
    Currency.USD: Decimal("0.90"),
}
WON, LOST = Rfp.Status.WON, Rfp.Status.LOST


@dataclass(frozen=True)
class RfpFacts:
    number: str
    sponsor: str
    services: tuple[str, ...]
    modality: str
    sponsor_type: str
    status: str
    received_on: dt.date
    first_sent_on: dt.date | None = None
    decided_on: dt.date | None = None
    loss_reasons: tuple[str, ...] = ()
    value: Decimal | None = None
    currency: str = ""


def rfps_filter(
    rfps: QuerySet[Rfp],
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    sponsor_type: str = "",
) -> QuerySet[Rfp]:
    if start:
        rfps = rfps.filter(received_on__gte=start)
    if end:
        rfps = rfps.filter(received_on__lte=end)
    if sponsor_type:
        rfps = rfps.filter(sponsor__sponsor_type=sponsor_type)
    return rfps


def facts_for(rfps: QuerySet[Rfp]) -> list[RfpFacts]:
    """One ``RfpFacts`` per RFP, in five queries whatever the number of RFPs."""
    rows = list(
        rfps.order_by("received_on", "pk").values(
            "pk",
            "number",
            "sponsor__name",
            "services",
            "modality",
            "sponsor__sponsor_type",
            "status",
            "received_on",
        )
    )
    ids = [row["pk"] for row in rows]
    revisions = ProposalRevision.objects.filter(proposal__rfp_id__in=ids)
    first_sent = dict(
        revisions.filter(sent_on__isnull=False)
        .values("proposal__rfp_id")
        .annotate(first=Min("sent_on"))
        .values_list("proposal__rfp_id", "first")
    )
    latest: dict[int, tuple[Decimal, str]] = {}
    for rfp_id, total, currency in revisions.order_by(
        "proposal__rfp_id", "proposal__created_at", "proposal_id", "number"
    ).values_list("proposal__rfp_id", "total", "proposal__currency"):
        latest[rfp_id] = (total, currency)  # the last one wins
    decided = dict(RfpOutcome.objects.filter(rfp_id__in=ids).values_list("rfp_id", "decided_on"))
    reasons = dict(Postmortem.objects.filter(rfp_id__in=ids).values_list("rfp_id", "reasons"))
    return [
        RfpFacts(
            number=row["number"],
            sponsor=row["sponsor__name"],
            services=tuple(row["services"]),
            modality=row["modality"],
            sponsor_type=row["sponsor__sponsor_type"],
            status=row["status"],
            received_on=row["received_on"],
            first_sent_on=first_sent.get(row["pk"]),
            decided_on=decided.get(row["pk"]),
            loss_reasons=tuple(reasons.get(row["pk"], ())),
            value=latest.get(row["pk"], (None, ""))[0],
            currency=latest.get(row["pk"], (None, ""))[1],
        )
        for row in rows
    ]


def _pct(part: float, whole: float) -> float | None:
    return round(100 * part / whole, 1) if whole else None


_LABELS = {
    "service": dict(Service.choices),
    "modality": dict(Project.Modality.choices),
    "sponsor_type": {**dict(Organization.SponsorType.choices), "": "Not set"},
}


def win_rates(facts: Iterable[RfpFacts], by: str) -> list[dict[str, object]]:
    """Won, lost and the win rate per service, modality or sponsor type (``by``), in the
    order of the choices; groups without a decision are left out."""
    labels = _LABELS[by]
    won: Counter[str] = Counter()
    lost: Counter[str] = Counter()
    for fact in facts:
        if fact.status not in (WON, LOST):
            continue
        keys = fact.services if by == "service" else (getattr(fact, by),)
        for key in keys:
            (won if fact.status == WON else lost)[key] += 1
    return [
        {
            "key": key,
            "label": label,
            "won": won[key],
            "lost": lost[key],
            "decided": won[key] + lost[key],
            "rate": _pct(won[key], won[key] + lost[key]),
        }
        for key, label in labels.items()
        if won[key] + lost[key]
    ]


def loss_pareto(facts: Iterable[RfpFacts]) -> list[dict[str, object]]:
    counts = Counter(reason for fact in facts for reason in fact.loss_reasons)
    total = sum(counts.values())
    order = list(LossReason.values)
    bars, running = [], 0
    for reason in sorted(counts, key=lambda r: (-counts[r], order.index(r))):
        running += counts[reason]
        bars.append(
            {
                "reason": reason,
                "label": LossReason(reason).label,
                "count": counts[reason],
                "share": _pct(counts[reason], total),
                "cumulative": _pct(running, total),
            }
        )
    return bars


def quarter_of(day: dt.date) -> str:
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def _stats(values: Sequence[int]) -> tuple[float | None, float | None]:
    if not values:
        return None, None
    return round(float(statistics.median(values)), 1), round(statistics.fmean(values), 1)


def cycle_times(facts: Iterable[RfpFacts]) -> list[dict[str, object]]:
    """Per quarter of receipt: days from receipt to the first revision sent, and from
    then to the decision (won or lost), as count, median and mean."""
    to_send: dict[str, list[int]] = {}
    to_decision: dict[str, list[int]] = {}
    quarters: set[str] = set()
    for fact in facts:
        quarter = quarter_of(fact.received_on)
        quarters.add(quarter)
        if fact.first_sent_on:
            to_send.setdefault(quarter, []).append((fact.first_sent_on - fact.received_on).days)
            if fact.status in (WON, LOST) and fact.decided_on:
                to_decision.setdefault(quarter, []).append(
                    (fact.decided_on - fact.first_sent_on).days
                )
    rows = []
    for quarter in sorted(quarters):
        send, decide = to_send.get(quarter, []), to_decision.get(quarter, [])
        send_median, send_mean = _stats(send)
        decide_median, decide_mean = _stats(decide)
        rows.append(
            {
                "quarter": quarter,
                "sent_count": len(send),
                "sent_median": send_median,
                "sent_mean": send_mean,
                "decided_count": len(decide),
                "decided_median": decide_median,
                "decided_mean": decide_mean,
            }
        )
    return rows


def pipeline(facts: Iterable[RfpFacts]) -> list[dict[str, object]]:
    """Per RFP status (in workflow order, statuses with RFPs only): how many RFPs, the
    sum of their latest revision totals per currency, and that sum in CHF."""
    count: Counter[str] = Counter()
    sums: dict[str, dict[str, Decimal]] = {}
    for fact in facts:
        count[fact.status] += 1
        if fact.value is not None and fact.currency:
            by_currency = sums.setdefault(fact.status, {})
            by_currency[fact.currency] = by_currency.get(fact.currency, Decimal("0")) + fact.value
    rows = []
    for status, label in Rfp.Status.choices:
        if not count[status]:
            continue
        by_currency = sums.get(status, {})
        rows.append(
            {
                "status": status,
                "label": label,
                "rfps": count[status],
                **{code: by_currency.get(code, Decimal("0.00")) for code in Currency.values},
                "chf": sum(
                    (value * RATES_TO_CHF[code] for code, value in by_currency.items()),
                    Decimal("0"),
                ).quantize(Decimal("0.01")),
            }
        )
    return rows


def report(facts: Sequence[RfpFacts]) -> dict[str, list[dict[str, object]]]:
    """Every table of the page and the export."""
    return {
        "by_service": win_rates(facts, "service"),
        "by_modality": win_rates(facts, "modality"),
        "by_sponsor_type": win_rates(facts, "sponsor_type"),
        "pareto": loss_pareto(facts),
        "cycle_times": cycle_times(facts),
        "pipeline": pipeline(facts),
    }


def chart_data(tables: dict[str, list[dict[str, object]]]) -> dict[str, object]:
    """What the Chart.js script draws (plain JSON)."""

    def rates(rows):
        return {"labels": [r["label"] for r in rows], "rates": [r["rate"] for r in rows]}

    return {
        "by_service": rates(tables["by_service"]),
        "by_modality": rates(tables["by_modality"]),
        "by_sponsor_type": rates(tables["by_sponsor_type"]),
        "pareto": {
            "labels": [r["label"] for r in tables["pareto"]],
            "counts": [r["count"] for r in tables["pareto"]],
            "cumulative": [r["cumulative"] for r in tables["pareto"]],
        },
        "cycle_times": {
            "labels": [r["quarter"] for r in tables["cycle_times"]],
            "sent_median": [r["sent_median"] for r in tables["cycle_times"]],
            "decided_median": [r["decided_median"] for r in tables["cycle_times"]],
        },
        "pipeline": {
            "labels": [r["label"] for r in tables["pipeline"]],
            "chf": [float(r["chf"]) for r in tables["pipeline"]],
        },
    }
