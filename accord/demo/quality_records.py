"""The demo's year of GMP quality records, told through the services on the story's days
(the data is in ``accord.demo.quality_data``): each batch registered the day it was made
and given its final status; each deviation raised, told to its sponsor when its quality
agreement asks, assessed, checked for recurrence, approved by QA's signature,
investigated when major or critical, closed or left where the story stands today; each
CAPA opened, its actions done and verified, implemented, and checked for effectiveness
(one found not effective, which opens its follow-up on the later deviation).

A deviation and its CAPA are one story, so that their steps keep their order: a CAPA is
opened before the deviation that needs it is approved. Found again by (project, title,
discovery),
so loading twice gives nothing new.
"""

from __future__ import annotations

import datetime as dt
import heapq
import itertools
from collections.abc import Callable
from zoneinfo import ZoneInfo

from accord.accounts.models import Site, User
from accord.core import clock
from accord.delays.models import Delay
from accord.demo.concerns import story_end
from accord.demo.data import DEMO_PASSWORD
from accord.demo.quality_data import (
    BATCHES,
    CAPAS,
    DEVIATIONS,
    BatchSpec,
    CapaSpec,
    DeviationSpec,
)
from accord.demo.story import (
    WORKDAY_END,
    WORKDAY_START,
    Story,
    Tally,
    at,
    day,
    site_zone,
    weekday,
)
from accord.projects.models import Project
from accord.quality.models import Batch, Capa, Deviation
from accord.quality.services import batches as batch_services
from accord.quality.services import capa as capa_services
from accord.quality.services import deviation_notices as notices
from accord.quality.services import deviation_records as records
from accord.quality.services import deviation_requests as requests
from accord.quality.services import deviation_steps as steps
from accord.quality.services import deviations as intake

SIGN = {"password": DEMO_PASSWORD, "acknowledge": True}
# Who registers the batches of each site.
BATCH_CLERK = {"VSP": "stefan.zimmermann", "SGN": "julia.wagner"}


def _working(moment: dt.datetime, zone: str) -> dt.datetime:
    """``moment``, or the start of the next day's working hours when it falls outside
    them (QA tells sponsors on any day of the week: the plants run every day)."""
    local = moment.astimezone(ZoneInfo(zone))
    if local.time() > WORKDAY_END:
        local = local.replace(hour=8, minute=15) + dt.timedelta(days=1)
    elif local.time() < WORKDAY_START:
        local = local.replace(hour=8, minute=15)
    return local


def _site_of(code: str, sites: dict[str, Site]) -> Site:
    return sites[code]


def quality_record_stories(
    *,
    users: dict[str, User],
    projects: dict[str, Project],
    sites: dict[str, Site],
    counts: Tally,
    log,
) -> list[Story]:
    capas: dict[str, list[CapaSpec]] = {}
    for spec in CAPAS:
        capas.setdefault(spec.deviation, []).append(spec)
    found: dict[str, Deviation] = {}
    # Nothing happens after the demo's "now" (asked before the story is told).
    end = story_end()
    stories: list[Story] = [_batch_story(spec, users, projects, counts, end) for spec in BATCHES]
    stories += [
        _deviation_story(
            spec, capas.get(spec.key, []), users, projects, sites, counts, log, found, end
        )
        for spec in DEVIATIONS
    ]
    return stories


def _batch_story(
    spec: BatchSpec,
    users: dict[str, User],
    projects: dict[str, Project],
    counts: Tally,
    end: dt.datetime,
) -> Story:
    project = projects.get(spec.project)
    zone = site_zone(project.site.code if project else "")
    made = day(spec.manufactured)
    yield at(made, "07:45", key=spec.number, zone=zone)
    project = projects.get(spec.project)
    if project is None:
        return
    if Batch.objects.filter(number=spec.number).exists():
        counts.add("batches", False)
        return
    clerk = users[BATCH_CLERK.get(project.site.code, "stefan.zimmermann")]
    batch = batch_services.batch_register(
        actor=clerk, project=project, number=spec.number, manufactured_on=made
    )
    counts.add("batches", True)
    if spec.status == Batch.Status.IN_PROCESS:
        return
    # Quarantine at the end of manufacture; released or rejected by QA's disposition.
    settled = weekday(made + dt.timedelta(days=3 if spec.status == "quarantine" else 12))
    moment = at(settled, "15:30", key=f"{spec.number}-status", zone=zone)
    if moment > end:
        return
    yield moment
    batch_services.batch_set_status(
        actor=clerk,
        batch=batch,
        status=spec.status,
        version=batch.version,
        reason="Quality disposition recorded." if spec.status != "quarantine" else "",
    )


class _Steps:
    """A deviation's steps and its CAPA's, each at its moment, run in time order."""

    def __init__(self, end: dt.datetime) -> None:
        self._queue: list[tuple[dt.datetime, int, Callable[[], None]]] = []
        self._order = itertools.count()
        self._end = end

    def add(self, moment: dt.datetime, step: Callable[[], None]) -> None:
        if moment <= self._end:
            heapq.heappush(self._queue, (moment, next(self._order), step))

    def __iter__(self):
        while self._queue:
            yield heapq.heappop(self._queue)[::2]


def _deviation_story(
    spec: DeviationSpec,
    capa_specs: list[CapaSpec],
    users: dict[str, User],
    projects: dict[str, Project],
    sites: dict[str, Site],
    counts: Tally,
    log,
    found: dict[str, Deviation],
    end: dt.datetime,
) -> Story:
    zone = site_zone(spec.site)
    discovered = at(day(spec.discovered), spec.discovered_time, zone=zone)
    yield discovered + dt.timedelta(minutes=25)
    project = projects.get(spec.project) if spec.project else None
    if spec.project and project is None:
        return
    existing = Deviation.objects.filter(
        project=project, title=spec.title, discovered_at=discovered
    ).first()
    if existing is not None:
        found[spec.key] = existing
        counts.add("deviations", False)
        return
    u = users.__getitem__
    owner, reporter, qa = u(spec.owner), u(spec.reporter), u(spec.approver)
    state: dict[str, object] = {}

    def current() -> Deviation:
        return Deviation.objects.get(pk=state["deviation"].pk)

    def when(days: float, time: str = "10:00") -> dt.datetime:
        """``days`` after discovery at ``time`` (manufacturing and QA work every day)."""
        return at(day(spec.discovered) + dt.timedelta(days=int(days)), time, zone=zone)

    origin = {}
    if spec.from_delay:
        origin["from_delay"] = Delay.objects.filter(project=project, title=spec.from_delay).first()
    deviation = intake.deviation_raise(
        actor=reporter,
        intake=intake.Intake(
            title=spec.title,
            description=spec.description,
            occurred_at=discovered - dt.timedelta(hours=spec.occurred_hours_before),
            discovered_at=discovered,
            site=_site_of(spec.site, sites),
            area=spec.area,
            equipment=spec.equipment,
            process_step=spec.step,
            project=project,
            batches=Batch.objects.filter(number__in=spec.batches),
            containment=spec.containment,
            classification=spec.classification,
            classification_rationale=spec.rationale,
            severity=spec.sod[0] if spec.sod else None,
            occurrence=spec.sod[1] if spec.sod else None,
            detectability=spec.sod[2] if spec.sod else None,
            owner=owner,
        ),
        **origin,
    )
    state["deviation"] = deviation
    found[spec.key] = deviation
    counts.add("deviations", True)
    log(f"  + {deviation.number} {deviation.get_classification_display()}: {spec.title}")

    plan = _Steps(end)
    if spec.cancellation:
        plan.add(
            when(0, "11:40"),
            lambda: requests.deviation_request(
                actor=reporter,
                deviation=current(),
                kind="cancellation",
                justification=spec.cancellation,
            ),
        )
        plan.add(when(1, "09:20"), lambda: _decide(qa, current()))
    else:
        _plan_deviation(spec, plan, state, current, when, owner, qa, zone, discovered, u, found)
        for capa_spec in capa_specs:
            _plan_capa(capa_spec, plan, state, current, when, u, found)
    for moment, step in plan:
        yield moment
        step()


def _decide(qa: User, deviation: Deviation) -> None:
    pending = deviation.requests.filter(status="pending").first()
    requests.deviation_request_decide(
        actor=qa,
        request=pending,
        approve=True,
        note="Justified.",
        username=qa.username,
        version=pending.version,
        **SIGN,
    )


def _plan_deviation(spec, plan, state, current, when, owner, qa, zone, discovered, u, found):
    ends = spec.ends
    if spec.told_after_hours is not None:
        told = _working(discovered + dt.timedelta(hours=spec.told_after_hours), zone)

        def tell() -> None:
            deviation = current()
            contacts = (
                ", ".join(c.name for c in deviation.agreement.contacts.all())
                if deviation.agreement
                else deviation.sponsor.name
            )
            notices.deviation_notify_sponsor(
                actor=qa,
                deviation=deviation,
                sent_at=clock.now(),
                recipients=contacts or deviation.sponsor.name,
                how=spec.told_how,
                content=f"{deviation.get_classification_display()} deviation {deviation.number}: "
                f"{deviation.title}. {deviation.containment}",
            )

        plan.add(told, tell)
    if spec.reclassify:
        after, new_class, reason = spec.reclassify
        plan.add(
            when(after, "14:10"),
            lambda: intake.deviation_reclassify(
                actor=qa,
                deviation=current(),
                classification=new_class,
                reason=reason,
                username=qa.username,
                version=current().version,
                **SIGN,
            ),
        )
    if ends == "assessment":
        return
    # QA reclassifies while reviewing the submitted assessment: nothing it signed moves on.
    assessed_on = max(spec.submitted_after - 1, 1)

    def assess() -> None:
        deviation = intake.deviation_assess(
            actor=owner,
            deviation=current(),
            impact_assessment=spec.impact,
            capa_required=spec.capa_required,
            capa_rationale=spec.capa_rationale,
            cause_category=spec.cause,
            version=current().version,
        )
        earlier, why = None, "None of the suggested deviations shares the cause or the setting."
        if spec.recurrence_of:
            earlier, why = found[spec.recurrence_of[0]], spec.recurrence_of[1]
        records.recurrence_record(
            actor=owner, deviation=deviation, earlier=earlier, justification=why, version=None
        )

    plan.add(when(assessed_on, "15:00"), assess)
    submit_on = max(spec.submitted_after, assessed_on)
    plan.add(
        when(submit_on, "16:30"),
        lambda: steps.deviation_submit(actor=owner, deviation=current(), version=None),
    )
    if ends == "assessment_review":
        return
    approve_on = max(spec.approved_after, submit_on + 1)
    investigation = spec.investigation
    if investigation is None:
        if ends == "closed":
            plan.add(when(approve_on, "11:00"), lambda: _approve(qa, current()))
        if spec.extension:
            after, more, why = spec.extension
            plan.add(
                when(after, "10:30"),
                lambda: requests.deviation_request(
                    actor=owner,
                    deviation=current(),
                    kind="extension",
                    justification=why,
                    new_due_date=current().due_date + dt.timedelta(days=more),
                ),
            )
            plan.add(when(after + 1, "09:40"), lambda: _decide(qa, current()))
        return
    plan.add(when(approve_on, "11:00"), lambda: _approve(qa, current()))
    started = approve_on + investigation.started_after

    def investigate(conclusion: str = "") -> None:
        records.investigation_update(
            actor=owner,
            deviation=current(),
            team=[u(name) for name in investigation.team],
            method=investigation.method,
            analysis=investigation.analysis,
            root_cause_category=investigation.cause,
            root_cause=investigation.root_cause,
            product_impact=investigation.product_impact,
            conclusion=conclusion,
            version=None,
        )

    plan.add(when(started, "14:15"), investigate)
    for index, other in enumerate(investigation.other_batches):
        batch = Batch.objects.filter(number=other.item).first()
        plan.add(
            when(started + 1, f"1{index + 1}:00"),
            lambda other=other, batch=batch: records.other_batch_assess(
                actor=owner,
                deviation=current(),
                item=other.item,
                affected=other.affected,
                conclusion=other.conclusion,
                batch=batch,
                version=None,
            ),
        )
    if spec.summary_after_days is not None and investigation.preliminary_summary:
        plan.add(
            when(spec.summary_after_days, "16:00"),
            lambda: notices.deviation_send_summary(
                actor=qa,
                deviation=current(),
                sent_at=clock.now(),
                recipients=current().sponsor.name,
                how="email",
                content=investigation.preliminary_summary,
            ),
        )
    if investigation.submitted_after is None:
        return
    plan.add(
        when(investigation.submitted_after, "14:00"),
        lambda: investigate(investigation.conclusion),
    )
    plan.add(
        when(investigation.submitted_after, "16:40"),
        lambda: steps.deviation_submit(actor=owner, deviation=current(), version=None),
    )
    if ends == "closed" and investigation.approved_after is not None:
        plan.add(when(investigation.approved_after, "11:30"), lambda: _approve(qa, current()))


def _approve(qa: User, deviation: Deviation) -> None:
    steps.deviation_approve(
        actor=qa, deviation=deviation, username=qa.username, version=deviation.version, **SIGN
    )


def _plan_capa(spec: CapaSpec, plan, state, current, when, u, found) -> None:
    owner, approver = u(spec.owner), u(spec.approver)
    opened = spec.opened_after
    holder: dict[str, Capa] = {}

    def capa() -> Capa:
        return Capa.objects.get(pk=holder["capa"].pk)

    def open_capa() -> None:
        if spec.follows:
            # Opened by the check of the CAPA it follows, which was found not effective.
            holder["capa"] = (
                Capa.objects.filter(follows__title=_title_of(spec.follows)).order_by("-pk").first()
            )
            return
        holder["capa"] = capa_services.capa_open(
            actor=owner,
            title=spec.title,
            problem=spec.problem,
            owner=owner,
            qa_approver=approver,
            due_date=clock.today() + dt.timedelta(days=60),
            success_criteria=spec.criteria,
            deviation=current(),
            effectiveness_after_days=spec.check_after_days,
            requires_retraining=spec.requires_retraining,
        )

    plan.add(when(opened, "09:30"), open_capa)
    for index, action in enumerate(spec.actions):
        actor = u(action.owner)
        holder_key = f"action-{index}"

        def add(action=action, holder_key=holder_key) -> None:
            holder[holder_key] = capa_services.capa_action_add(
                actor=owner,
                capa=capa(),
                action_type=action.kind,
                description=action.description,
                owner=u(action.owner),
                qa_approver=approver,
                due_date=clock.today() + dt.timedelta(days=action.due_after),
            )

        plan.add(when(opened, f"1{index}:15"), add)
        if action.done_after is None:
            continue
        plan.add(
            when(opened + action.done_after, "14:20"),
            lambda actor=actor, action=action, holder_key=holder_key: (
                capa_services.capa_action_done(
                    actor=actor, action=holder[holder_key], evidence=action.evidence
                )
            ),
        )
        plan.add(
            when(opened + action.done_after + 1, "10:05"),
            lambda holder_key=holder_key: capa_services.capa_action_verify(
                actor=approver, action=holder[holder_key], username=approver.username, **SIGN
            ),
        )
    if spec.implemented_after is None:
        return
    implemented = opened + spec.implemented_after
    plan.add(
        when(implemented, "15:10"),
        lambda: capa_services.capa_implement(
            actor=approver, capa=capa(), username=approver.username, **SIGN
        ),
    )
    if not spec.verdict:
        return
    follow_up = None
    if spec.verdict != "effective":
        later = next(s for s in CAPAS if s.follows == spec.key)
        follow_up = (later.title, later.problem, later.criteria, later.deviation)
    checked = implemented + spec.check_after_days + 5

    def check() -> None:
        wording = None
        if follow_up is not None:
            title, problem, criteria, deviation_key = follow_up
            wording = capa_services.FollowUp(
                title=title,
                problem=problem,
                success_criteria=criteria,
                deviation=found.get(deviation_key),
            )
        capa_services.effectiveness_record(
            actor=approver,
            capa=capa(),
            evidence=spec.check_evidence,
            verdict=spec.verdict,
            rating=spec.rating,
            username=approver.username,
            follow_up=wording,
            **SIGN,
        )

    plan.add(when(checked, "13:30"), check)


def _title_of(key: str) -> str:
    return next(s.title for s in CAPAS if s.key == key)
