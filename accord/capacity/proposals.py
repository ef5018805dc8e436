"""A proposal's timeline against the capacity already committed at a site.

The revision's timeline (its plan template, duration factor and batches) becomes jobs of
the lowest priority, released at the sponsor's desired start (today at the earliest); the
open work of the site's projects is *fixed where the plans have it*: a proposal is not
allowed to move what was promised to other sponsors. The leveler then places the
proposal's work in what capacity is left. From that:

- the finish with our capacity, against the finish if nothing else were planned;
- the waits: which activity waits for which resource, from when to when, and behind
  which committed work (project and sponsor, for the CDMO's eyes only);
- the earliest start without waiting: the desired start pushed by the waits until nothing
  waits (at most a few rounds of the single-pass leveler);
- P50 and P80 with capacity: the engine's Monte Carlo on the site's calendar, each
  waiting activity held at its leveled start;
- whether the desired delivery is met, and if not, the turn-down reason "Capacity conflict
  with prior commitments" suggested with its evidence.

The sponsor's version names no other project, sponsor or resource code: a role ("GMP
manufacturing suite") and "prior commitments to other clients".
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict

from django.core.exceptions import ValidationError

from accord.capacity.load import Calendars, resource_capacity
from accord.capacity.models import Availability, Resource, ResourceRole
from accord.capacity.problem import snapshot
from accord.core import clock
from accord.core.dates import format_day
from accord.planning.calendars import site_calendar
from accord.planning.plan_templates import TEMPLATES
from accord.proposals.timeline import ITERATIONS, SEED, _steps, network_for
from accord.scheduling import Network, simulate
from accord.scheduling import schedule as cpm
from accord.scheduling.leveling import Job, Precedence, Problem, early_schedule, level, single_pass

PREFIX = "proposal:"
ROUNDS = 8  # rounds of pushing the start by the waits, for "earliest start without waiting"
SCHEDULES = 40  # leveler passes for the proposal's placement (deterministic: no time limit)


def template_roles(template_code: str) -> dict[str, int]:
    """Role -> largest units any step of the template demands (none for a revision whose
    timeline was not built from a template: ``check_compute`` then says so)."""
    out: dict[str, int] = {}
    template = TEMPLATES.get(template_code)
    for step in template.steps if template else ():
        for role, units in getattr(step, "demands", ()):
            out[role] = max(out.get(role, 0), units)
    return out


def suggested_site(template_code: str):
    """The site whose active resources cover most of the roles the template demands."""
    from accord.accounts.models import Site

    roles = set(template_roles(template_code))
    best, score = None, -1
    for site in Site.objects.order_by("name"):
        have = set(
            Resource.objects.filter(site=site, active=True, role__in=roles).values_list(
                "role", flat=True
            )
        )
        if len(have) > score:
            best, score = site, len(have)
    return best


def _site_resources(site) -> dict[str, Resource]:
    """Role -> the site's first active resource of that role (by code)."""
    out: dict[str, Resource] = {}
    for resource in Resource.objects.filter(site=site, active=True).order_by("code"):
        out.setdefault(resource.role, resource)
    return out


def check_compute(revision, site, *, today: dt.date | None = None) -> dict:
    """Everything a capacity check stores (see the module's rules)."""
    today = today or clock.today()
    if not revision.timeline_template or revision.timeline_template not in TEMPLATES:
        raise ValidationError("Build the revision's timeline from a plan template first.")
    rfp = revision.proposal.rfp
    desired = rfp.desired_start or revision.timeline_start or today
    start = max(desired, today)
    template = TEMPLATES[revision.timeline_template]
    network = network_for(
        template, start, scale=revision.timeline_scale, batches=revision.timeline_batches
    )
    steps = {activity_id: step for step, activity_id, _ in _steps(template, _batches(revision))}
    by_role = _site_resources(site)
    demands: dict[str, dict[str, int]] = {}
    missing: set[str] = set()
    for activity in network.activities:
        step = steps.get(activity.id)
        for role, units in getattr(step, "demands", ()) if step else ():
            resource = by_role.get(role)
            if resource is None:
                missing.add(ResourceRole(role).label)
                continue
            demands.setdefault(activity.id, {})[str(resource.pk)] = units

    snap = snapshot(start=today, site=site)
    problem, calendar_index = _with_proposal(snap, site, network, demands, start, today)
    placed = level(problem, time_limit=None, max_schedules=SCHEDULES, seed=0)
    free = early_schedule(problem)
    waits = _waits(snap, problem, network, placed, free, demands, today)
    earliest = _earliest_start(snap, site, network, demands, start, today, waits)
    calendar = site_calendar(site)
    if earliest is not None:
        earliest = calendar.next_working_day(earliest)  # work starts on a working day
    free_finish = cpm(dataclasses.replace(network, calendar=calendar)).project_finish
    holds = {
        a.id: snap.day(placed.start[PREFIX + a.id])
        for a in network.activities
        if placed.start[PREFIX + a.id] > free.start[PREFIX + a.id]
    }
    held = Network(
        activities=[
            dataclasses.replace(a, level_start=holds.get(a.id)) for a in network.activities
        ],
        links=network.links,
        project_start=start,
        calendar=calendar,
        name=network.name,
    )
    plan = cpm(held)
    risk = simulate(held, iterations=ITERATIONS, seed=SEED)
    p50, p80 = risk.percentiles["P50"], risk.percentiles["P80"]
    delivery = rfp.desired_delivery
    meets = None if delivery is None else p80 <= delivery
    result = {
        "site": site.name,
        "today": today.isoformat(),
        "desired_start": desired.isoformat(),
        "start": start.isoformat(),
        "free_finish": free_finish.isoformat(),
        "capacity_finish": plan.project_finish.isoformat(),
        "p50": p50.isoformat(),
        "p80": p80.isoformat(),
        "earliest_start": earliest.isoformat() if earliest else None,
        "waits": waits,
        "missing_roles": sorted(missing),
        "critical_path": [a for a in plan.critical_path],
        "to_start_earlier": _blockers(waits),
    }
    result["sponsor"] = _sponsor_text(result, site, delivery, meets)
    if meets is False:
        result["suggested_reason"] = {
            "code": "capacity",
            "label": "Capacity conflict with prior commitments",
            "evidence": _evidence(result, delivery),
        }
    return result


def _batches(revision) -> int:
    template = TEMPLATES[revision.timeline_template]
    repeated = revision.timeline_batches > 1 and any(s.key == "GMP" for s in template.steps)
    return revision.timeline_batches if repeated else 1


def _with_proposal(snap, site, network, demands, start, today):
    """The site's problem with its work fixed where planned, plus the proposal's jobs."""
    problem = snap.problem
    jobs = []
    for job in problem.jobs:
        task = snap.tasks[job.id]
        planned = task.early_start or snap.release_dates[job.id]
        fixed = job.fixed_start if job.fixed_start is not None else max((planned - today).days, 0)
        jobs.append(dataclasses.replace(job, fixed_start=fixed))
    horizon = max(len(problem.calendars[0]), (start - today).days + 3 * 366)
    calendars = Calendars(today, horizon)
    masks = list(problem.calendars) + [calendars.site(site)]
    site_index = len(masks) - 1
    capacity = dict(problem.capacity)
    needed = {rid for d in demands.values() for rid in d} - set(capacity)
    changes = defaultdict(list)
    for change in Availability.objects.filter(resource_id__in=[int(r) for r in needed]):
        changes[change.resource_id].append(change)
    for rid in needed:
        resource = Resource.objects.get(pk=int(rid))
        capacity[rid] = resource_capacity(resource, calendars, changes[resource.pk])
    release = (start - today).days
    for activity in network.activities:
        jobs.append(
            Job(
                id=PREFIX + activity.id,
                duration=activity.duration,
                calendar=site_index,
                release=release,
                demands=demands.get(activity.id, {}),
                priority=-1,
                group="proposal",
            )
        )
    links = list(problem.links) + [
        Precedence(PREFIX + link.predecessor, PREFIX + link.successor, str(link.type), link.lag)
        for link in network.links
    ]
    return Problem(calendars=masks, capacity=capacity, jobs=jobs, links=links), site_index


def _waits(snap, problem, network, placed, free, demands, today) -> list[dict]:
    """Each proposal activity that starts later than it could: for which resource, from
    when to when, behind which committed work."""
    resources = {
        r.pk: r
        for r in Resource.objects.filter(pk__in=[int(r) for d in demands.values() for r in d])
    }
    logic = _logic_starts(problem, placed)
    out = []
    for activity in network.activities:
        jid = PREFIX + activity.id
        es, ls = logic[jid], placed.start[jid]
        if ls <= es or not demands.get(activity.id):
            continue
        for rid, units in demands[activity.id].items():
            holders = []
            for job in problem.jobs:
                if job.group == "proposal" or rid not in job.demands:
                    continue
                s, f = placed.start[job.id], placed.finish[job.id]
                if s < ls and f > es:
                    task = snap.tasks[job.id]
                    holders.append(
                        {
                            "project": task.project.code,
                            "sponsor": task.project.sponsor.name,
                            "task": task.name,
                            "start": snap.day(s).isoformat(),
                            "finish": snap.day(max(f - 1, s)).isoformat(),
                            "units": job.demands[rid],
                        }
                    )
            if not holders:
                continue
            resource = resources[int(rid)]
            out.append(
                {
                    "activity": activity.name,
                    "resource": resource.code,
                    "resource_name": resource.name,
                    "role": resource.get_role_display(),
                    "units": units,
                    "capacity": resource.capacity,
                    "could_start": snap.day(es).isoformat(),
                    "starts": snap.day(ls).isoformat(),
                    "days": ls - es,
                    "behind": holders,
                }
            )
    return out


def _logic_starts(problem: Problem, placed) -> dict[str, int]:
    """Each proposal activity's earliest start by its links alone, its predecessors where
    leveling put them: an activity that starts later than that waits for a resource; one
    pushed only by a late predecessor does not (its predecessor does)."""
    mine = [j for j in problem.jobs if j.group == "proposal"]
    links = [
        link
        for link in problem.links
        if link.predecessor.startswith(PREFIX) and link.successor.startswith(PREFIX)
    ]
    out: dict[str, int] = {}
    for job in mine:
        jobs = [
            dataclasses.replace(other, demands={}, fixed_start=placed.start[other.id])
            if other.id != job.id
            else dataclasses.replace(job, demands={})
            for other in mine
        ]
        alone = Problem(calendars=problem.calendars, capacity={}, jobs=jobs, links=links)
        out[job.id] = early_schedule(alone).start[job.id]
    return out


def _earliest_start(snap, site, network, demands, start, today, waits) -> dt.date | None:
    """The desired start pushed by the proposal's waits until nothing waits (None if it
    still waits after ``ROUNDS`` rounds)."""
    if not waits:
        return start
    candidate = start + dt.timedelta(days=max(w["days"] for w in waits))
    for _ in range(ROUNDS):
        shifted = network_for_start(network, candidate)
        problem, _ = _with_proposal(snap, site, shifted, demands, candidate, today)
        placed, free = single_pass(problem), early_schedule(problem)
        late = max(
            (placed.start[PREFIX + a.id] - free.start[PREFIX + a.id] for a in shifted.activities),
            default=0,
        )
        if late <= 0:
            return candidate
        candidate += dt.timedelta(days=int(late))
    return None


def network_for_start(network: Network, start: dt.date) -> Network:
    return dataclasses.replace(network, project_start=start)


def _blockers(waits: list[dict]) -> list[dict]:
    """The committed work that would have to move for the proposal to start earlier."""
    seen: dict[tuple, dict] = {}
    for wait in waits:
        for holder in wait["behind"]:
            key = (holder["project"], holder["task"], wait["resource"])
            seen.setdefault(key, {**holder, "resource": wait["resource"]})
    return sorted(seen.values(), key=lambda h: (h["start"], h["project"]))


def _sponsor_text(result: dict, site, delivery, meets) -> str:
    finish = format_day(dt.date.fromisoformat(result["capacity_finish"]))
    p80 = format_day(dt.date.fromisoformat(result["p80"]))
    text = (
        f"With the work already committed at {site.name}, this work would start on "
        f"{format_day(dt.date.fromisoformat(result['start']))} and finish on {finish} "
        f"(80 % chance by {p80})."
    )
    if result["waits"]:
        roles = sorted({w["role"] for w in result["waits"]})
        first = min(dt.date.fromisoformat(w["could_start"]) for w in result["waits"])
        last = max(dt.date.fromisoformat(w["starts"]) for w in result["waits"])
        text += (
            f" Part of it waits for our {', '.join(_lower_first(r) for r in roles)} from "
            f"{format_day(first)} to {format_day(last)}, which are committed to prior work "
            "for other clients."
        )
    if meets is False:
        text += f" We cannot deliver by your desired date of {format_day(delivery)}."
    elif meets:
        text += f" That meets your desired delivery of {format_day(delivery)}."
    return text


def _lower_first(label: str) -> str:
    """ "QC analysts" stays, "Reactor train" becomes "reactor train"."""
    if len(label) > 1 and label[1].isupper():
        return label
    return label[:1].lower() + label[1:]


def _evidence(result: dict, delivery) -> str:
    waits = "; ".join(
        f"{w['activity']} waits {w['days']} days for {w['resource']} "
        f"({', '.join(sorted({h['project'] for h in w['behind']}))})"
        for w in result["waits"]
    )
    return (
        f"P80 finish with capacity {result['p80']} is after the desired delivery "
        f"{delivery.isoformat()}." + (f" {waits}." if waits else "")
    )


def capacity_check_run(*, actor, revision, site=None):
    """Check a revision's timeline against a site's committed capacity and keep the result."""
    from django.core.exceptions import PermissionDenied
    from django.db import transaction

    from accord.audit.services import audit_record, created
    from accord.capacity.models import CapacityCheck
    from accord.core.permissions import require
    from accord.proposals.selectors import revisions_visible_to

    require(actor, "capacity.view_resource")
    if not actor.is_cdmo_staff:
        raise PermissionDenied("Only CDMO staff check proposals against capacity.")
    revision = revisions_visible_to(actor).select_related("proposal__rfp").get(pk=revision.pk)
    site = site or suggested_site(revision.timeline_template or "")
    if site is None:
        raise ValidationError({"site": ["Choose the site that would do the work."]})
    result = check_compute(revision, site)
    rfp = revision.proposal.rfp
    with transaction.atomic():
        check = CapacityCheck.objects.create(
            revision=revision,
            site=site,
            requested_by=actor,
            requested_at=clock.now(),
            desired_start=rfp.desired_start,
            desired_delivery=rfp.desired_delivery,
            free_finish=dt.date.fromisoformat(result["free_finish"]),
            capacity_finish=dt.date.fromisoformat(result["capacity_finish"]),
            earliest_start=_date(result["earliest_start"]),
            meets_delivery=(
                None if rfp.desired_delivery is None else "suggested_reason" not in result
            ),
            result=result,
        )
        audit_record(
            actor=actor,
            action="capacity.check.made",
            target=check,
            parent=revision,
            changes=created(
                {
                    "site": site.name,
                    "finish with capacity": format_day(check.capacity_finish),
                    "finish if nothing else were planned": format_day(check.free_finish),
                    "P80 with capacity": result["p80"],
                    "waits": len(result["waits"]),
                }
            ),
        )
    return check


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None
