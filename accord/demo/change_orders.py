"""The demo change orders: out-of-scope work in every state of the workflow.

Each is drafted by the project manager with its plan edits, and taken as far as its
``state`` through the change order services: submitted for internal review, sent,
accepted or rejected by the sponsor's manager with a signature, incorporated into the
plan. Incorporating saves a re-baseline the project manager signs, so projects with an
incorporated change order and a contract baseline have two baselines.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from accord.accounts.models import User
from accord.changes.models import ChangeOrder, ChangeOrderPlanEdit
from accord.changes.services import change_order_create, change_order_transition, plan_edit_add
from accord.demo.data import DEMO_PASSWORD, SPONSORS, DemoConflict
from accord.demo.projects import PROJECTS
from accord.demo.story import Story, Tally, at, day, site_zone, tell, weekday
from accord.planning.models import Task
from accord.projects.models import Project
from accord.signatures.models import Meaning

_S = ChangeOrder.Status
# The transitions that take a new change order to each state.
_PATH = {
    _S.DRAFT: (),
    _S.INTERNAL_REVIEW: ("submit",),
    _S.SENT: ("submit", "send"),
    _S.APPROVED: ("submit", "send", "accept"),
    _S.REJECTED: ("submit", "send", "reject"),
    _S.INCORPORATED: ("submit", "send", "accept", "incorporate"),
}
_SIGNED = {"accept": Meaning.ACCEPTED, "reject": Meaning.REJECTED}


@dataclass(frozen=True)
class ChangeOrderSpec:
    project: str
    title: str
    sow_reference: str
    scope_change: str
    justification: str
    price: str
    currency: str
    # ("days", task name, working days) or ("new", task name, duration, after task name)
    edits: tuple[tuple, ...]
    state: str
    redrafted: str = ""  # sent back from internal review once, for this reason
    rejected: str = ""  # the sponsor's reason


CHANGE_ORDERS: tuple[ChangeOrderSpec, ...] = (
    ChangeOrderSpec(
        "NVB-101-TT",
        "Use test of the second-source starting material lot",
        "SOW v1 §3.2 (raw materials)",
        "Use test of the second supplier's 2-chloro-5-fluoropyrimidine lot at 2 x 50 g "
        "before it is released for the engineering batch; engineering batch extended by "
        "three days for the additional in-process sampling.",
        "The second-source lot slipped three weeks and comes from a new plant; the quality "
        "agreement requires a use test for a new manufacturing site.",
        "18500.00",
        ChangeOrder.Currency.USD,
        (
            (
                "new",
                "Use test of the second-source starting material lot (2 x 50 g)",
                8,
                "2-chloro-5-fluoropyrimidine: receipt and release testing",
            ),
            ("days", "Engineering batch manufacture", 3),
        ),  # fmt: skip
        _S.INCORPORATED,
    ),
    ChangeOrderSpec(
        "NVB-101-TT",
        "Third source for the step 1 starting material",
        "SOW v1 §3.2 (raw materials)",
        "Audit and qualify a third supplier of 2-chloro-5-fluoropyrimidine, with one use "
        "test lot, ahead of the Phase 2 volumes.",
        "Both current suppliers had delivery problems this year; Phase 2 needs 60 kg.",
        "24000.00",
        ChangeOrder.Currency.USD,
        (
            (
                "new",
                "Third-source supplier audit and qualification",
                20,
                "2-chloro-5-fluoropyrimidine: supplier qualification",
            ),
        ),  # fmt: skip
        _S.SENT,
    ),
    ChangeOrderSpec(
        "SLV-204-ADC",
        "Linker-payload re-supply after the failed identity test",
        "SOW v2 §2.4 (materials)",
        "Identity re-test of the SLV-LP7 lot against the corrected reference spectrum and, "
        "if it fails, receipt testing of the replacement lot from Visp.",
        "The receiving identity test used the wrong reference spectrum; the re-test and the "
        "replacement lot are outside the agreed scope.",
        "14500.00",
        ChangeOrder.Currency.EUR,
        (
            ("days", "Linker-payload receipt and identity testing", 10),
            (
                "new",
                "Identity re-test with the corrected reference spectrum",
                3,
                "Linker-payload receipt and identity testing",
            ),
        ),  # fmt: skip
        _S.APPROVED,
    ),
    ChangeOrderSpec(
        "SLV-204-LP",
        "Rework of the demonstration batch by recrystallization",
        "SOW v1 §4.1 (engineering batch)",
        "Recrystallize the held demonstration batch to bring the des-methyl impurity below "
        "0.15%, with release testing of the reworked material.",
        "The batch is out of specification (0.21%); rework saves six weeks against a new batch.",
        "38000.00",
        ChangeOrder.Currency.CHF,
        (
            (
                "new",
                "Engineering batch rework by recrystallization",
                6,
                "Engineering batch IPC and release testing",
            ),
        ),  # fmt: skip
        _S.INTERNAL_REVIEW,
    ),
    ChangeOrderSpec(
        "KRW-5512-PPQ",
        "Dryer end-point change in the PPQ protocol",
        "SOW v3 §5 (process performance qualification)",
        "Amend the PPQ protocol for a dryer end-point 5 °C higher and extend drying of PPQ "
        "batches 2 and 3 by two days each.",
        "PPQ batch 1 showed the laboratory end-point under-estimates the solvent load.",
        "42000.00",
        ChangeOrder.Currency.CHF,
        (
            ("days", "PPQ batch 2: manufacture", 2),
            ("days", "PPQ batch 3: manufacture", 2),
        ),
        _S.INCORPORATED,
    ),
    ChangeOrderSpec(
        "KRW-5512-PPQ",
        "Additional swab sites for cleaning verification",
        "SOW v3 §6 (cleaning validation)",
        "Twelve additional swab sites on the shared equipment train after PPQ batch 3.",
        "Proposed by our QA after the swab recovery study of the amended protocol.",
        "9800.00",
        ChangeOrder.Currency.CHF,
        (
            (
                "new",
                "Additional swab sampling and analysis (12 sites)",
                4,
                "PPQ batch 3: manufacture",
            ),
        ),  # fmt: skip
        _S.REJECTED,
        rejected="The approved cleaning validation protocol already covers these surfaces; "
        "Kerrowan QA sees no need for extra sites.",
    ),
    ChangeOrderSpec(
        "KRW-7740-FF",
        "Third GMP fill for the Phase 3 extension",
        "SOW v1 §3 (GMP fills)",
        "One more GMP fill of 6,000 vials with visual inspection, release and QP certification.",
        "Kerrowan extended the Phase 3 study to Japan and needs more clinical supply.",
        "145000.00",
        ChangeOrder.Currency.EUR,
        (
            (
                "new",
                "GMP fill 3 (extension): compounding, filling and inspection",
                10,
                "GMP fill 2: 100% visual inspection",
            ),
        ),  # fmt: skip
        _S.SENT,
    ),
    ChangeOrderSpec(
        "KRW-3307-CS",
        "Seventh campaign for the 2026 forecast increase",
        "Supply agreement 2026, schedule A",
        "A seventh campaign of three batches in November 2026.",
        "Kerrowan's December forecast rose by 18% for the second half of the year.",
        "1180000.00",
        ChangeOrder.Currency.CHF,
        (
            (
                "new",
                "Campaign 7: manufacture and release (3 batches)",
                35,
                "Campaign 6: shipment to the sponsor",
            ),
        ),  # fmt: skip
        _S.DRAFT,
    ),
    ChangeOrderSpec(
        "HSZ-0904-DS",
        "PMDA consultation on the comparability protocol",
        "SOW v2 §7 (comparability)",
        "Update the comparability protocol after the PMDA consultation and extend the "
        "comparability study by eight days for the added attributes.",
        "Hoshizora's regulatory team consulted PMDA before the engineering run; the advice "
        "adds two quality attributes to the comparison.",
        "22000.00",
        ChangeOrder.Currency.EUR,
        (
            (
                "new",
                "Comparability protocol update after the PMDA consultation",
                5,
                "MCB identity and adventitious agent testing (contract laboratory)",
            ),
            ("days", "Comparability study to the sponsor's Japanese site material", 8),
        ),  # fmt: skip
        _S.INCORPORATED,
    ),
    ChangeOrderSpec(
        "HSZ-0904-DS",
        "Extended characterization for comparability (HDX-MS, SPR)",
        "SOW v2 §7 (comparability)",
        "Higher-order structure by HDX-MS and FcRn/FcγR binding by SPR on the engineering "
        "run and two reference lots.",
        "Strengthens the comparability package for the EU filing.",
        "68000.00",
        ChangeOrder.Currency.EUR,
        (
            (
                "new",
                "Extended characterization: HDX-MS and SPR",
                20,
                "Comparability study to the sponsor's Japanese site material",
            ),
        ),  # fmt: skip
        _S.REJECTED,
        rejected="Hoshizora will run HDX-MS and SPR in its own laboratories in Osaka.",
    ),
    ChangeOrderSpec(
        "QLN-450-OLI",
        "Additional 10 mmol development run",
        "SOW v1 §2.3 (process development)",
        "One more 10 mmol synthesis and purification run to confirm the new coupling times.",
        "The second development run showed lower full-length product with the shorter "
        "coupling time.",
        "27000.00",
        ChangeOrder.Currency.CHF,
        (
            (
                "new",
                "Additional 10 mmol development run",
                10,
                "Step 1 (Solid-phase synthesis (10 mmol)): kilo-lab demonstration",
            ),
        ),  # fmt: skip
        _S.DRAFT,
        redrafted="Price to be aligned with the framework agreement rates before it goes "
        "to Quillon.",
    ),
    ChangeOrderSpec(
        "ABR-011-TOX",
        "Second preparative HPLC pass to reach 95% purity",
        "SOW v1 §3 (toxicology batch)",
        "A second preparative HPLC pass of the crude peptide, adding four days to the "
        "toxicology batch.",
        "One pass gives 93-94% purity; the tox study needs at least 95%.",
        "16000.00",
        ChangeOrder.Currency.EUR,
        (("days", "Toxicology batch manufacture", 4),),
        _S.APPROVED,
    ),
    ChangeOrderSpec(
        "KRW-6120-DS",
        "Use test of a second protein A resin lot",
        "Supply agreement, schedule B (materials)",
        "Use test of a second protein A resin lot at 200 L scale with the engineering run "
        "harvest, so that commercial runs 4 to 6 can go ahead.",
        "The resin supplier allocates only one lot for 2026.",
        "31000.00",
        ChangeOrder.Currency.EUR,
        (
            (
                "new",
                "Second protein A resin lot: use test at 200 L scale",
                10,
                "Engineering run: harvest and purification",
            ),
        ),  # fmt: skip
        _S.INTERNAL_REVIEW,
    ),
    ChangeOrderSpec(
        "HSZ-1120-CS",
        "Japanese labelling and packaging for campaign 2",
        "Supply agreement 2026, schedule A",
        "Japanese market labels and secondary packaging for the campaign 2 batches.",
        "Campaign 2 supplies the Japanese market; the agreement covers EU labelling only.",
        "12400.00",
        ChangeOrder.Currency.CHF,
        (
            (
                "new",
                "Campaign 2: Japanese labelling and packaging",
                4,
                "Campaign 2 released (CoA issued)",
            ),
        ),  # fmt: skip
        _S.INCORPORATED,
    ),
)


def _sponsor_manager(project: Project, users: dict[str, User]) -> User | None:
    slug = next(o.slug for o in SPONSORS if o.short_name == project.sponsor.short_name)
    return users.get(f"{slug}.manager")


def _edit(actor: User, order: ChangeOrder, edit: tuple) -> None:
    tasks = Task.objects.filter(project=order.project)
    if edit[0] == "days":
        _, name, days = edit
        plan_edit_add(
            actor=actor,
            change_order=order,
            kind=ChangeOrderPlanEdit.Kind.ADD_DAYS,
            task=tasks.get(name=name),
            days=days,
        )
    else:
        _, name, duration, after = edit
        plan_edit_add(
            actor=actor,
            change_order=order,
            kind=ChangeOrderPlanEdit.Kind.NEW_TASK,
            name=name,
            duration_days=duration,
            after=tasks.get(name=after),
        )


# The day each change order was drafted, from the reference date; then, in working
# days: internal review the next day, sent the day after, the sponsor's answer within a
# week and the incorporation a few days later (each step where its state goes).
DRAFTED: dict[str, int] = {
    "Use test of the second-source starting material lot": -35,
    "Third source for the step 1 starting material": -6,
    "Linker-payload re-supply after the failed identity test": -5,
    "Rework of the demonstration batch by recrystallization": -4,
    "Dryer end-point change in the PPQ protocol": -14,
    "Additional swab sites for cleaning verification": -40,
    "Third GMP fill for the Phase 3 extension": -9,
    "Seventh campaign for the 2026 forecast increase": -2,
    "PMDA consultation on the comparability protocol": -33,
    "Extended characterization for comparability (HDX-MS, SPR)": -60,
    "Additional 10 mmol development run": -8,
    "Second preparative HPLC pass to reach 95% purity": -20,
    "Use test of a second protein A resin lot": -12,
    "Japanese labelling and packaging for campaign 2": -25,
}
# Working days from the draft to each step, and the time of day it happens.
_STEP_DAYS = {
    "redraft": (0, "16:30"),
    "submit": (1, "09:30"),
    "send": (2, "10:00"),
    "accept": (6, "15:00"),
    "reject": (6, "15:00"),
    "incorporate": (8, "11:00"),
}
# Decided by the sponsor on the reference day, after the last status report: the
# report of the fortnight before still shows it waiting for the sponsor's decision.
DECIDED_TODAY = frozenset(
    {
        "Dryer end-point change in the PPQ protocol",
        "Linker-payload re-supply after the failed identity test",
    }
)


def _working_days_after(start: dt.date, count: int) -> dt.date:
    date = start
    for _ in range(count):
        date = weekday(date + dt.timedelta(days=1))
    return date


def _step_moment(spec: ChangeOrderSpec, name: str, zone: str) -> dt.datetime:
    drafted = weekday(day(DRAFTED[spec.title]))
    if spec.title in DECIDED_TODAY and name in ("accept", "incorporate"):
        return at(day(0), "11:00" if name == "accept" else "15:00", key=spec.title, zone=zone)
    offset, time = _STEP_DAYS[name]
    date = _working_days_after(drafted, offset)
    if date > day(0):
        raise DemoConflict(f"The change order {spec.title!r} would reach {name} in the future.")
    return at(date, time, key=spec.title, zone=zone)


def change_order_story(
    spec: ChangeOrderSpec, *, users: dict[str, User], projects: dict[str, Project], log, counts
) -> Story:
    project_spec = next(p for p in PROJECTS if p.code == spec.project)
    zone = site_zone(project_spec.site)
    yield at(weekday(day(DRAFTED[spec.title])), "10:00", key=spec.title, zone=zone)
    project = projects.get(spec.project)
    manager = users.get(project_spec.team[0][0])
    sponsor = _sponsor_manager(project, users) if project else None
    if project is None or manager is None or sponsor is None:
        return
    if ChangeOrder.objects.filter(project=project, title=spec.title).exists():
        counts.add("change orders", False)
        return
    project.refresh_from_db()
    counts.add("change orders", True)
    order = change_order_create(
        actor=manager,
        project=project,
        title=spec.title,
        sow_reference=spec.sow_reference,
        scope_change=spec.scope_change,
        justification=spec.justification,
        price_change=Decimal(spec.price),
        currency=spec.currency,
    )
    for edit in spec.edits:
        _edit(manager, order, edit)
    if spec.redrafted:
        yield _step_moment(spec, "redraft", zone)
        order = change_order_transition(actor=manager, change_order=order, name="submit")
        order = change_order_transition(
            actor=manager, change_order=order, name="redraft", reason=spec.redrafted
        )
    for name in _PATH[spec.state]:
        yield _step_moment(spec, name, zone)
        order.refresh_from_db()
        if name in _SIGNED:
            order = change_order_transition(
                actor=sponsor,
                change_order=order,
                name=name,
                meaning=_SIGNED[name],
                reason=spec.rejected,
                username=sponsor.username,
                password=DEMO_PASSWORD,
                acknowledge=True,
            )
        elif name == "incorporate":  # the PM signs the re-baseline it saves
            order = change_order_transition(
                actor=manager,
                change_order=order,
                name=name,
                meaning=Meaning.AUTHORED,
                username=manager.username,
                password=DEMO_PASSWORD,
                acknowledge=True,
            )
        else:
            order = change_order_transition(actor=manager, change_order=order, name=name)
    log(f"  + {project.code} change order {order.reference}: {order.title} ({order.status})")


def change_order_stories(
    *, users: dict[str, User], projects: dict[str, Project], log, counts: Tally
) -> list[Story]:
    return [
        change_order_story(spec, users=users, projects=projects, log=log, counts=counts)
        for spec in CHANGE_ORDERS
    ]


def demo_change_orders(
    *, users: dict[str, User], projects: dict[str, Project], log: Callable[[str], None]
) -> Tally:
    counts = Tally()
    tell(change_order_stories(users=users, projects=projects, log=log, counts=counts))
    return counts
