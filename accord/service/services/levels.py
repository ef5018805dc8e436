"""Every write to SLA policies and service hours. Each one audits itself in its transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from accord.accounts.models import Organization, Site, User
from accord.audit.services import audit_record, created, diff
from accord.core import concurrency
from accord.core.permissions import require
from accord.service.clocks import describe
from accord.service.models import (
    WEEKDAYS,
    ClockKind,
    Priority,
    ServiceHours,
    SlaPolicy,
    SlaTarget,
)

KINDS = tuple(kind.value for kind in ClockKind)
# The order of a concern's life: it is acknowledged before it is contacted, and both
# before it is resolved.
_SEQUENCE = (ClockKind.ACKNOWLEDGE, ClockKind.FIRST_CONTACT, ClockKind.RESOLVE)
# A policy can fill at most a year of working time per clock (more is a typing mistake).
MAX_MINUTES = 2080 * 60


def _authorize(actor: User, permission: str) -> None:
    require(actor, permission)
    if not actor.is_cdmo_staff:
        raise PermissionDenied("Only CDMO staff set service levels.")


def _targets_text(targets: Mapping[str, Mapping[str, int]]) -> dict[str, str]:
    """The targets as a reader of the audit trail needs them: one line per priority."""
    return {
        Priority(priority).label: "; ".join(
            f"{ClockKind(kind).label} {describe(_minutes(minutes))}"
            for kind, minutes in targets[priority].items()
        )
        for priority in Priority.values
        if priority in targets
    }


def _minutes(value: int) -> dt.timedelta:
    return dt.timedelta(minutes=value)


def _check_targets(targets: Mapping[str, Mapping[str, int]]) -> dict[str, dict[str, int]]:
    """Every priority with all four clocks, positive, in the order of a concern's life,
    and a more urgent priority never promised later than a less urgent one."""
    errors: list[str] = []
    clean: dict[str, dict[str, int]] = {}
    for priority in Priority:
        given = targets.get(priority.value)
        if given is None:
            errors.append(f"Give the targets of {priority.label.lower()} concerns.")
            continue
        row: dict[str, int] = {}
        for kind in ClockKind:
            value = given.get(kind.value)
            if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
                errors.append(f"{priority.label}: {kind.label.lower()} needs a positive time.")
            elif value > MAX_MINUTES:
                errors.append(
                    f"{priority.label}: {kind.label.lower()} is more than a year of working time."
                )
            else:
                row[kind.value] = value
        if len(row) == len(ClockKind):
            for earlier, later in zip(_SEQUENCE, _SEQUENCE[1:], strict=False):
                if row[earlier.value] > row[later.value]:
                    errors.append(
                        f"{priority.label}: the {later.label.lower()} cannot be due before the "
                        f"{earlier.label.lower()}."
                    )
        clean[priority.value] = row
    if not errors:
        order = list(Priority)
        for urgent, relaxed in zip(order, order[1:], strict=False):
            for kind in ClockKind:
                if clean[urgent.value][kind.value] > clean[relaxed.value][kind.value]:
                    errors.append(
                        f"{urgent.label} concerns cannot wait longer for the {kind.label.lower()} "
                        f"than {relaxed.label.lower()} ones."
                    )
    if errors:
        raise ValidationError({"targets": errors})
    return clean


def targets_of(policy: SlaPolicy) -> dict[str, dict[str, int]]:
    return {
        target.priority: {kind: getattr(target, f"{kind}_minutes") for kind in KINDS}
        for target in policy.targets.all()
    }


def _policy_state(policy: SlaPolicy) -> dict[str, object]:
    return {
        "name": policy.name,
        "warn_at_percent": policy.warn_at_percent,
        "confirm_days": policy.confirm_days,
    }


@transaction.atomic
def sla_policy_save(
    *,
    actor: User,
    sponsor: Organization | None,
    name: str,
    targets: Mapping[str, Mapping[str, int]],
    warn_at_percent: int = 75,
    confirm_days: int = 5,
    reason: str = "",
    version: int | None = None,
) -> SlaPolicy:
    """Create or change the policy of ``sponsor`` (``None``: the CDMO-wide one).

    ``targets`` maps each priority to its four clocks in working minutes. Changing a
    policy needs the ``version`` the editor read; the clocks of open concerns are
    recomputed from their events under the new targets."""
    if sponsor is not None and sponsor.kind != Organization.Kind.SPONSOR:
        raise ValidationError({"sponsor": ["An SLA policy is for a sponsor."]})
    existing = SlaPolicy.objects.filter(sponsor=sponsor).first()
    _authorize(actor, "service.change_slapolicy" if existing else "service.add_slapolicy")
    clean = _check_targets(targets)
    if existing is None:
        policy = SlaPolicy(
            sponsor=sponsor,
            name=name.strip(),
            warn_at_percent=warn_at_percent,
            confirm_days=confirm_days,
        )
        policy.full_clean()
        policy.save()
        for priority, row in clean.items():
            SlaTarget.objects.create(
                policy=policy, priority=priority, **{f"{k}_minutes": v for k, v in row.items()}
            )
        audit_record(
            actor=actor,
            action="service.slapolicy.created",
            target=policy,
            parent=sponsor,
            changes=created({**_policy_state(policy), **_targets_text(clean)}),
            reason=reason,
        )
        return policy
    policy = concurrency.locked(existing, version)
    before = {**_policy_state(policy), **_targets_text(targets_of(policy))}
    policy.name = name.strip()
    policy.warn_at_percent = warn_at_percent
    policy.confirm_days = confirm_days
    policy.full_clean()
    after = {**_policy_state(policy), **_targets_text(clean)}
    changes = diff(before, after)
    if not changes:
        return policy
    concurrency.bump(policy)
    policy.updated_at = timezone.now()
    policy.save()
    for target in policy.targets.all():
        for kind, minutes in clean[target.priority].items():
            setattr(target, f"{kind}_minutes", minutes)
        target.save()
    audit_record(
        actor=actor,
        action="service.slapolicy.changed",
        target=policy,
        parent=sponsor,
        changes=changes,
        reason=reason,
    )
    return policy


@transaction.atomic
def sla_policy_remove(*, actor: User, policy: SlaPolicy, reason: str) -> None:
    """Take a sponsor's own policy away: the CDMO-wide one applies to it again."""
    _authorize(actor, "service.delete_slapolicy")
    policy = concurrency.locked(policy, None)
    if policy.is_default:
        raise ValidationError(
            "The CDMO-wide policy applies to every sponsor without one: change it, never remove it."
        )
    if not reason.strip():
        raise ValidationError({"reason": ["Say why the sponsor's own service levels end."]})
    sponsor = policy.sponsor
    audit_record(
        actor=actor,
        action="service.slapolicy.removed",
        target=policy,
        parent=sponsor,
        changes=diff({**_policy_state(policy)}, {}),
        reason=reason,
    )
    policy.delete()


@transaction.atomic
def service_hours_set(
    *,
    actor: User,
    site: Site,
    week: Mapping[str, str],
    reason: str = "",
    version: int | None = None,
) -> ServiceHours:
    """Set when a site's people answer sponsors, per weekday ("08:00-12:00, 13:00-17:00";
    an empty day is a day off). The SLA clocks of the site count these hours."""
    _authorize(actor, "service.change_servicehours")
    hours = ServiceHours.objects.filter(site=site).first()
    is_new = hours is None
    hours = ServiceHours(site=site) if is_new else concurrency.locked(hours, version)
    before = {day: getattr(hours, day) for day in WEEKDAYS} if not is_new else {}
    for day in WEEKDAYS:
        setattr(hours, day, ", ".join(p.strip() for p in week.get(day, "").split(",") if p.strip()))
    hours.full_clean(exclude=["site"])
    if not any(getattr(hours, day) for day in WEEKDAYS):
        raise ValidationError({"monday": ["A site that never works cannot keep any clock."]})
    after = {day: getattr(hours, day) for day in WEEKDAYS}
    changes = diff(before, after)
    if not changes:
        return hours
    if not is_new:
        concurrency.bump(hours)
    hours.save()
    audit_record(
        actor=actor,
        action="service.servicehours.set",
        target=hours,
        parent=site,
        changes={day.capitalize(): change for day, change in changes.items()},
        reason=reason,
    )
    return hours


# The CDMO-wide policy Accord ships with, in working hours (a working day is 8 hours):
# priority -> acknowledge, first substantive contact, periodic update, resolution.
DEFAULT_TARGETS_HOURS = {
    Priority.CRITICAL: (1, 4, 8, 40),
    Priority.HIGH: (2, 8, 16, 80),
    Priority.MEDIUM: (4, 16, 24, 120),
    Priority.LOW: (8, 24, 40, 200),
}
DEFAULT_POLICY_NAME = "Helpdesk standard"


def default_targets() -> dict[str, dict[str, int]]:
    return {
        priority.value: {kind: hours * 60 for kind, hours in zip(KINDS, row, strict=True)}
        for priority, row in DEFAULT_TARGETS_HOURS.items()
    }


def sla_defaults_ensure(*args: object, using: str = "default", **kwargs: object) -> None:
    """Create the CDMO-wide policy when there is none, like the shipped roles: a default
    Accord ships with, not a change someone made (the first change is audited)."""
    if SlaPolicy.objects.using(using).filter(sponsor__isnull=True).exists():
        return
    with transaction.atomic(using=using):
        policy = SlaPolicy.objects.using(using).create(sponsor=None, name=DEFAULT_POLICY_NAME)
        for priority, row in default_targets().items():
            SlaTarget.objects.using(using).create(
                policy=policy, priority=priority, **{f"{k}_minutes": v for k, v in row.items()}
            )
