"""The catalogue of webhook events and the payload each subscriber may receive.

Accord's services already announce their changes through
``accord.notifications.services.notify(event, record)`` (the event being the change's
audit action); ``publish`` is called from there (and where a milestone is reached) and
maps those actions to the public event types below. For each active subscription to the
type it builds the payload with the eyes of the subscription's owner: the record must be
in that person's selector (the same one the pages and the API use), and a sponsor's
subscription only ever gets records of its own sponsor and portal-visible fields. The
delivery rows are written in the caller's transaction and their jobs queued when it
commits, so a change that rolls back sends nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from django.db import transaction
from django.utils import timezone

from accord.webhooks.models import (
    WebhookDelivery,
    WebhookDeliveryState,
    WebhookEventType,
    WebhookSubscription,
)


@dataclass(frozen=True)
class EventSpec:
    type: WebhookEventType
    description: str
    selector: str  # dotted path of the <records>_visible_to(user) the record must pass
    build: Callable[[object, bool], dict]  # (record, staff?) -> the "data" object


def _project(project) -> dict:
    return {"id": project.pk, "code": project.code, "title": project.title}


def _moment(value) -> str | None:
    return value.isoformat() if value else None


def _change_order(change_order, staff: bool) -> dict:
    data = {
        "id": change_order.pk,
        "reference": change_order.reference,
        "title": change_order.title,
        "project": _project(change_order.project),
        "sponsor_id": change_order.project.sponsor_id,
        "status": change_order.status,
        "status_label": change_order.get_status_display(),
        "price_change": str(change_order.price_change),
        "currency": change_order.currency,
        "finish_delta_days": change_order.finish_delta_days,
        "decided_on": _moment(change_order.decided_on),
    }
    if staff:
        data["internal"] = {"created_by": change_order.created_by.printed_name}
    return data


def _milestone(task, staff: bool) -> dict:
    data = {
        "id": task.pk,
        "name": task.name,
        "wbs": task.wbs,
        "project": _project(task.project),
        "sponsor_id": task.project.sponsor_id,
        "reached_on": _moment(task.actual_finish),
    }
    if staff:
        data["internal"] = {"department": task.department, "gmp": task.gmp}
    return data


def _deviation(deviation, staff: bool) -> dict:
    data = {
        "id": deviation.pk,
        "number": deviation.number,
        "title": deviation.title,
        "classification": deviation.classification,
        "classification_label": deviation.get_classification_display(),
        "project": _project(deviation.project) if deviation.project_id else None,
        "sponsor_id": deviation.sponsor_id,
        "notified_at": _moment(deviation.notified_at),
    }
    if staff:
        data["internal"] = {
            "owner": deviation.owner.printed_name,
            "impact_assessment": deviation.impact_assessment,
        }
    return data


def _concern(concern, staff: bool) -> dict:
    escalation = concern.escalations.order_by("-at", "-pk").first()
    data = {
        "id": concern.pk,
        "number": concern.number,
        "title": concern.title,
        "sponsor_id": concern.sponsor_id,
        "project": _project(concern.project) if concern.project_id else None,
        "state": concern.state,
        "state_label": concern.get_state_display(),
        "priority": concern.priority,
        "priority_label": concern.get_priority_display(),
        "resolved_at": _moment(concern.resolved_at),
        "resolution": concern.resolution,
        "breached_clock": escalation.clock if escalation else None,
    }
    if staff:
        data["internal"] = {
            "owner": concern.owner.printed_name if concern.owner_id else None,
            "escalation_level": concern.escalation_level,
        }
    return data


def _status_report(report, staff: bool) -> dict:
    data = {
        "id": report.pk,
        "reference": report.reference,
        "project": _project(report.project),
        "sponsor_id": report.project.sponsor_id,
        "period_start": _moment(report.period_start),
        "period_end": _moment(report.period_end),
        "published_at": _moment(report.published_at),
    }
    if staff:
        data["internal"] = {"created_by": report.created_by.printed_name}
    return data


def _document(document, staff: bool) -> dict:
    data = {
        "id": document.pk,
        "title": document.title,
        "project": _project(document.project),
        "sponsor_id": document.project.sponsor_id,
        "version": document.version,
        "status": document.status,
        "status_label": document.get_status_display(),
    }
    if staff:
        data["internal"] = {
            "visibility": document.visibility,
            "uploaded_by": document.uploaded_by.printed_name,
        }
    return data


CATALOGUE: dict[str, EventSpec] = {
    spec.type.value: spec
    for spec in (
        EventSpec(
            WebhookEventType.CHANGE_ORDER_SENT,
            "The CDMO sent a change order to the sponsor for its decision.",
            "accord.changes.selectors.change_orders_visible_to",
            _change_order,
        ),
        EventSpec(
            WebhookEventType.CHANGE_ORDER_APPROVED,
            "The sponsor accepted a change order.",
            "accord.changes.selectors.change_orders_visible_to",
            _change_order,
        ),
        EventSpec(
            WebhookEventType.MILESTONE_REACHED,
            "A milestone of a project plan got its actual finish.",
            "accord.planning.selectors.tasks_visible_to",
            _milestone,
        ),
        EventSpec(
            WebhookEventType.DEVIATION_NOTIFIED,
            "The CDMO told the sponsor of a deviation touching its product.",
            "accord.quality.selectors.deviations_visible_to",
            _deviation,
        ),
        EventSpec(
            WebhookEventType.CONCERN_BREACHED,
            "A clock of a concern broke its promise and the concern was escalated.",
            "accord.service.selectors.concerns_visible_to",
            _concern,
        ),
        EventSpec(
            WebhookEventType.CONCERN_RESOLVED,
            "The CDMO resolved a concern (the sponsor confirms or reopens it).",
            "accord.service.selectors.concerns_visible_to",
            _concern,
        ),
        EventSpec(
            WebhookEventType.STATUS_REPORT_PUBLISHED,
            "A project's status report was published to the portal.",
            "accord.reports.selectors.status_reports_visible_to",
            _status_report,
        ),
        EventSpec(
            WebhookEventType.DOCUMENT_APPROVED,
            "QA approved a project document.",
            "accord.projects.selectors.documents_visible_to",
            _document,
        ),
    )
}

# The audit actions (notify's event names) that are webhook events.
FROM_ACTION: dict[str, str] = {
    "changes.changeorder.send": WebhookEventType.CHANGE_ORDER_SENT,
    "changes.changeorder.accept": WebhookEventType.CHANGE_ORDER_APPROVED,
    "planning.task.milestone_reached": WebhookEventType.MILESTONE_REACHED,
    "quality.deviation.sponsor_notified": WebhookEventType.DEVIATION_NOTIFIED,
    "service.concern.escalated": WebhookEventType.CONCERN_BREACHED,
    "service.concern.resolved": WebhookEventType.CONCERN_RESOLVED,
    "reports.statusreport.published": WebhookEventType.STATUS_REPORT_PUBLISHED,
    "projects.document.approve": WebhookEventType.DOCUMENT_APPROVED,
}


def _visible(spec: EventSpec, owner, record) -> bool:
    from importlib import import_module

    module, _, name = spec.selector.rpartition(".")
    visible_to = getattr(import_module(module), name)
    return visible_to(owner).filter(pk=record.pk).exists()


def payload_for(
    subscription: WebhookSubscription, event_type: str, record, *, event_id: uuid.UUID, at
) -> dict | None:
    """What ``subscription`` is sent about ``record``, or None if its owner may not see it."""
    spec = CATALOGUE[event_type]
    owner = subscription.owner
    if not (owner.is_active and owner.organization_id == subscription.organization_id):
        return None
    staff = subscription.organization.is_cdmo
    sponsor_id = getattr(record, "audit_sponsor_id", None)
    if not staff and sponsor_id != subscription.organization_id:
        return None  # checked before the selector too: another sponsor's record never goes
    if not _visible(spec, owner, record):
        return None
    return {
        "id": str(event_id),
        "type": event_type,
        "created_at": at.isoformat(),
        "data": spec.build(record, staff),
    }


def publish(action: str, record) -> list[WebhookDelivery]:
    """One delivery per active subscription to the event ``action`` maps to, each with the
    payload its organization may see; their jobs are queued when the transaction commits."""
    event_type = FROM_ACTION.get(action)
    if event_type is None or record is None:
        return []
    # Filtered in Python: SQLite has no JSON "contains", and subscriptions are few.
    subscriptions = [
        subscription
        for subscription in WebhookSubscription.objects.filter(active=True).select_related(
            "organization", "owner__organization"
        )
        if event_type in subscription.events
    ]
    if not subscriptions:
        return []
    from accord.webhooks.delivery import delivery_enqueue

    event_id, now = uuid.uuid4(), timezone.now()
    created = []
    for subscription in subscriptions:
        payload = payload_for(subscription, event_type, record, event_id=event_id, at=now)
        if payload is None:
            continue
        delivery = WebhookDelivery.objects.create(
            subscription=subscription,
            event_id=event_id,
            event_type=event_type,
            payload=payload,
            state=WebhookDeliveryState.PENDING,
            next_attempt_at=now,
        )
        transaction.on_commit(partial(delivery_enqueue, delivery.pk))
        created.append(delivery)
    return created
