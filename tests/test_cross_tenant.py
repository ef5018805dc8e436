"""Fail-closed sponsor isolation, route by route.

Every URL pattern and every API operation must be classified in ``PAGES`` or ``API``
below; an unclassified route fails ``test_every_route_is_classified``, so a new route
cannot ship without someone deciding who may see it. Then, logged in as sponsor B's
people, each route is asked for sponsor A's things:

* object routes answer 404 for A's object, the same as for an id that does not exist
  (positive control: A's manager gets 200 for the same URL);
* list, search and export routes never show A's markers, even when their filters point
  at A (positive control: A's manager sees the markers);
* staff-only routes answer 403 whatever the id.

What every route answers to every kind of user (each staff role, sponsor managers and
contacts of A and B, nobody signed in) is the access matrix: docs/access-matrix.md,
checked by tests/test_access_matrix*.py, which also covers anonymous users.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from accord.api import api
from tests.conftest import World, client_for

PUBLIC = "public"  # anyone, signed in or not
OWN = "own"  # about the signed-in user only; serves no sponsor data
REFERENCE = "reference"  # signed-in users; CDMO reference data, no sponsor data
STAFF = "staff"  # CDMO staff only: sponsor users get 403
OBJECT = "object"  # one sponsor-owned object: another sponsor gets 404
LIST = "list"  # lists, search, exports: only the caller's own sponsor data
SECRET = "secret"  # no sign-in: a secret in the URL is the credential (a wrong one is 404)

MISSING_ID = 987_654
SIGN = {"username": "x", "password": "y", "version": 1}


@dataclass(frozen=True)
class Route:
    kind: str
    kwargs: Callable[[World], dict] | None = None
    query: Callable[[World], dict] = field(default=lambda w: {})
    method: str = "get"
    body: Callable[[World], dict] = field(default=lambda w: {})
    own_status: int = 200  # what sponsor A's manager gets (the positive control)
    multipart: bool = False  # the body is a form with files, not JSON


def _project(w: World) -> dict:
    return {"pk": w.project_a.pk}


def _change_order(w: World) -> dict:
    return {"pk": w.change_order_a_sent.pk}


def _simulation(w: World) -> dict:
    from accord.planning.models import Simulation

    run = Simulation.objects.filter(project=w.project_a).first() or Simulation.objects.create(
        project=w.project_a, requested_by=w.pm_alice, iterations=1000, distribution="pert", seed=1
    )
    return {"pk": w.project_a.pk, "run": run.pk}


def _sponsor_a_token(w: World) -> int:
    from accord.accounts.models import ApiToken
    from accord.accounts.services import api_token_create

    token = ApiToken.objects.filter(user=w.sponsor_a_manager, name="cross-tenant").first()
    return (token or api_token_create(actor=w.sponsor_a_manager, name="cross-tenant")[0]).pk


def _plan_task_api(w: World) -> dict:
    """A task of sponsor A's plan (the plan made once from a template)."""
    from accord.planning.models import Task
    from accord.planning.services import plan_apply_template

    if not Task.objects.filter(project=w.project_a).exists():
        plan_apply_template(
            actor=w.pm_alice, project=w.project_a, template_code="small_molecule_tt"
        )
    return {"task_id": Task.objects.filter(project=w.project_a).order_by("uid").first().pk}


def _plan_api(w: World) -> dict:
    _plan_task_api(w)
    return {"project_id": w.project_a.pk}


def _a_role(w: World) -> int:
    """A role's id (roles are made by a migration; their ids differ between databases)."""
    from accord.accounts.models import Role

    return Role.objects.order_by("code").values_list("pk", flat=True).first()


def _plan_task_ids(w: World) -> list[int]:
    """Sponsor A's plan's task ids in plan order (the same on every database)."""
    from accord.planning.models import Task

    _plan_task_api(w)
    return list(
        Task.objects.filter(project=w.project_a).order_by("uid").values_list("pk", flat=True)
    )


def _plan_link_id(w: World) -> int:
    """A link of sponsor A's plan (its first, by id)."""
    from accord.planning.models import Dependency

    _plan_task_api(w)
    return Dependency.objects.filter(successor__project=w.project_a).order_by("pk").first().pk


def _risk_run_api(w: World) -> dict:
    return {"run_id": _simulation(w)["run"]}


def _mspdi_upload(w: World) -> dict:
    from django.core.files.uploadedfile import SimpleUploadedFile

    return {"file": SimpleUploadedFile("plan.xml", b"<Project/>", content_type="application/xml")}


def _meeting(w: World) -> dict:
    return {"pk": w.meeting_a_shared.pk}


def _action_item(w: World) -> dict:
    return {"pk": w.action_item_a.pk}


def _status_report(w: World) -> dict:
    return {"pk": w.project_a.pk, "report_id": w.status_report_a_published.pk}


def _aurora_review(w: World):
    """Sponsor A's published business review of Q3 2026 (made once)."""
    from accord.qbr.models import BusinessReview
    from tests.test_qbr import published

    return BusinessReview.objects.filter(sponsor=w.sponsor_a).first() or published(w)


def _review(w: World) -> dict:
    return {"pk": _aurora_review(w).pk}


def _review_api(w: World) -> dict:
    return {"review_id": _aurora_review(w).pk}


def _aurora_review_comment(w: World):
    """A standing comment of sponsor A's manager on A's review (a new one once withdrawn)."""
    from accord.qbr import services

    review = _aurora_review(w)
    return review.comments.filter(
        author=w.sponsor_a_manager, withdrawn_at__isnull=True
    ).first() or services.review_comment_add(
        actor=w.sponsor_a_manager, review=review, text="Aurora asks about the batch yields."
    )


def _review_comment(w: World) -> dict:
    comment = _aurora_review_comment(w)
    return {"pk": comment.review_id, "comment_id": comment.pk}


def _review_comment_api(w: World) -> dict:
    comment = _aurora_review_comment(w)
    return {"review_id": comment.review_id, "comment_id": comment.pk}


def _review_query(w: World) -> dict:
    _aurora_review(w)
    return {"sponsor": w.sponsor_a.pk}


def _review_api_query(w: World) -> dict:
    _aurora_review(w)
    return {"sponsor_id": w.sponsor_a.pk}


def _member(w: World) -> dict:
    return {"pk": w.project_a.pk, "user_id": w.sponsor_a_contact.pk}


def _site_day(w: World) -> dict:
    return {"pk": w.site.pk, "date": "2026-12-24"}


def _site_api(w: World) -> dict:
    return {"site_id": w.site.pk, "date": "2026-12-24"}


def _aurora_levels(w: World):
    """Sponsor A's own service levels (made once), named after it."""
    from accord.service import services
    from accord.service.models import SlaPolicy

    return SlaPolicy.objects.filter(sponsor=w.sponsor_a).first() or services.sla_policy_save(
        actor=w.admin_ada,
        sponsor=w.sponsor_a,
        name="Aurora Therapeutics quality agreement",
        targets=services.default_targets(),
    )


def _aurora_levels_query(w: World) -> dict:
    _aurora_levels(w)
    return {"q": "Aur"}


def _aurora_concern(w: World):
    """A concern of sponsor A's manager (made once), with markers in its title."""
    from accord.service import services
    from accord.service.models import Concern

    title = "Aurora batch schedule keeps moving"
    return Concern.objects.filter(
        sponsor=w.sponsor_a, title=title
    ).first() or services.concern_raise(
        actor=w.sponsor_a_manager,
        sponsor=w.sponsor_a,
        project=w.project_a,
        title=title,
        description="Aurora Therapeutics needs a firm date.",
        category="schedule",
        urgency="high",
    )


def _pdf_upload(name: str):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, b"%PDF-1.4 Aurora", content_type="application/pdf")


def _aurora_concern_file(w: World) -> dict:
    """A file of sponsor A's concern (added once)."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from accord.service import services

    concern = _aurora_concern(w)
    attachment = concern.attachments.first() or services.concern_attach(
        actor=w.sponsor_a_manager,
        concern=concern,
        upload=SimpleUploadedFile("aurora-photo.pdf", b"%PDF-1.4 Aurora"),
    )
    return {"pk": concern.pk, "file_id": attachment.pk}


def _aurora_dashboard_query(w: World) -> dict:
    """The service dashboard pointed at sponsor A (a staff filter; sponsors' is ignored)."""
    _aurora_concern(w)
    return {"sponsor": w.sponsor_a.pk}


def _aurora_agreement(w: World):
    """Sponsor A's quality agreement, approved by QA (made once)."""
    import datetime as dt

    from accord.quality import services
    from accord.quality.models import QualityAgreement
    from tests.factories import PASSWORD

    existing = QualityAgreement.objects.filter(sponsor=w.sponsor_a).first()
    if existing is not None:
        return existing
    draft = services.agreement_draft(
        actor=w.admin_ada,
        sponsor=w.sponsor_a,
        terms=services.Terms(
            title="Aurora Therapeutics quality agreement",
            effective_from=dt.date(2026, 1, 1),
            summary_days=10,
            notify={"critical": 24, "major": 72},
        ),
    )
    return services.agreement_approve(
        actor=w.qa_quinn,
        agreement=draft,
        username="qa.quinn",
        password=PASSWORD,
        version=draft.version,
        acknowledge=True,
    )


def _aurora_deviations(w: World, *, told: str, untold: str):
    """Two deviations of sponsor A's project: one its people were told of, one not yet."""
    import datetime as dt

    from django.utils import timezone

    from accord.quality.models import Deviation
    from accord.quality.services import deviation_notices, deviations

    made = []
    for title in (told, untold):
        deviation = Deviation.objects.filter(title=title).first()
        if deviation is None:
            discovered = timezone.now() - dt.timedelta(hours=3)
            deviation = deviations.deviation_raise(
                actor=w.pm_alice,
                intake=deviations.Intake(
                    title=title,
                    description="Aurora Therapeutics batch: temperature excursion.",
                    occurred_at=discovered - dt.timedelta(hours=1),
                    discovered_at=discovered,
                    site=w.site,
                    area="Suite 3",
                    containment="Batch quarantined.",
                    classification="major",
                    classification_rationale="Possible impact on quality.",
                    project=w.project_a,
                ),
            )
            if title == told:
                deviation_notices.deviation_notify_sponsor(
                    actor=w.pm_alice,
                    deviation=deviation,
                    sent_at=timezone.now() - dt.timedelta(hours=1),
                    recipients="Maya Aurora",
                    how="email",
                    content="A deviation concerns your batch.",
                )
        made.append(deviation)
    return made


def _aurora_deviation(w: World):
    """Sponsor A's deviation, which its people were told of (made once)."""
    return _aurora_deviations(
        w, told="Aurora Therapeutics excursion", untold="Aurora spill not yet told"
    )[0]


def _aurora_deviation_api(w: World) -> dict:
    return {"deviation_id": _aurora_deviation(w).pk}


def _aurora_deviation_request(w: World) -> dict:
    from accord.quality.services import deviation_requests

    deviation = _aurora_deviation(w)
    asked = deviation.requests.first() or deviation_requests.deviation_request(
        actor=w.pm_alice, deviation=deviation, kind="cancellation", justification="Duplicate."
    )
    return {"deviation_id": deviation.pk, "request_id": asked.pk}


def _signed(w: World) -> dict:
    return {"username": "x", "password": "y", "version": 1}


def _aurora_change(w: World):
    """A change control on sponsor A's project (made once): its plan approved by QA, it
    waits for A's approval (asked directly here: A's agreement names no change type)."""
    import datetime as dt

    from accord.quality.models import ChangeControl, SponsorApproval
    from accord.quality.services import changes as services
    from tests.factories import PASSWORD

    existing = ChangeControl.objects.filter(title__startswith="Aurora Therapeutics").first()
    if existing is not None:
        return existing
    change = services.change_control_raise(
        actor=w.pm_alice,
        details=services.ChangeDetails(
            title="Aurora Therapeutics: second resin supplier",
            current_state="One resin supplier.",
            proposed_state="Two qualified resin suppliers.",
            justification="Supply risk.",
            change_type="supplier",
            classification="major",
            site=w.site,
            owner=w.pm_alice,
            projects=[w.project_a],
            filing="none",
            filing_rationale="Same resin grade.",
            risk_assessment="Low: same grade.",
            risk_level="low",
        ),
    )
    assessment = services.change_control_request_assessment(
        actor=w.pm_alice, change=change, department="qa", assessor=w.qa_quinn
    )
    services.change_control_add_action(
        actor=w.pm_alice,
        change=change,
        kind="other",
        description="Qualify the second supplier.",
        owner=w.pm_alice,
        due_date=dt.date(2027, 6, 1),
    )
    services.change_control_submit(actor=w.pm_alice, change=change)
    services.change_control_assess(
        actor=w.qa_quinn,
        assessment=assessment,
        impact="low",
        text="Supplier audit first.",
        username="qa.quinn",
        password=PASSWORD,
        acknowledge=True,
    )
    change.refresh_from_db()
    change = services.change_control_approve_plan(
        actor=w.qa_quinn,
        change=change,
        username="qa.quinn",
        password=PASSWORD,
        version=change.version,
        acknowledge=True,
    )
    ChangeControl.objects.filter(pk=change.pk).update(state="sponsor_approval", approved_at=None)
    SponsorApproval.objects.create(
        change=change, sponsor=w.sponsor_a, agreement=_aurora_agreement(w), products="aurolimab"
    )
    change.refresh_from_db()
    return change


def _aurora_change_approval(w: World) -> dict:
    return {"pk": _aurora_change(w).sponsor_approvals.get().pk}


def _aurora_change_query(w: World) -> dict:
    _aurora_change(w)
    return {"q": "Aurora", "sponsor": w.sponsor_a.pk}


def _aurora_agreement_query(w: World) -> dict:
    _aurora_agreement(w)
    return {"q": "Aurora", "sponsor": w.sponsor_a.pk}


def _aurora_quality(w: World) -> dict:
    """Sponsor A's batch and a deviation on it that A was told of (made once)."""
    import datetime as dt

    from accord.quality.models import Batch, Deviation
    from tests.quality_rows import make_batch, make_deviation

    batch = Batch.objects.filter(number="AUR-101-TT-B01").first() or make_batch(
        w.project_a, w.qa_quinn, "AUR-101-TT-B01", dt.date(2026, 3, 2)
    )
    told = Deviation.objects.filter(sponsor=w.sponsor_a, notified_at__isnull=False)
    deviation = told.first() or make_deviation(
        project=w.project_a,
        owner=w.qa_quinn,
        title="Aurora batch schedule slipped: filter integrity failure",
        discovered=dt.date(2026, 3, 3),
        classification="major",
        batches=[batch],
        notified=True,
    )
    return {"batch": batch, "deviation": deviation}


def _aurora_capa(w: World):
    """A CAPA of sponsor A's deviation, which A was told of (made once), with one action
    done with an evidence file."""
    import datetime as dt

    from django.core.files.uploadedfile import SimpleUploadedFile

    from accord.quality.models import Capa
    from accord.quality.services import capa as capa_services
    from tests.capa_fixtures import make_deviation

    title = "Aurora capping torque drift"
    found = Capa.objects.filter(title=title).first()
    if found is not None:
        return found
    deviation = make_deviation(w.project_a, w.pm_alice, classification="major")
    capa = capa_services.capa_open(
        actor=w.qa_quinn,
        title=title,
        problem="Aurora Therapeutics batches saw the capping torque drift.",
        owner=w.pm_alice,
        qa_approver=w.qa_quinn,
        due_date=dt.date.today() + dt.timedelta(days=60),
        success_criteria="No torque excursion in 20 batches.",
        deviation=deviation,
    )
    action = capa_services.capa_action_add(
        actor=w.pm_alice,
        capa=capa,
        action_type="corrective",
        description="Recalibrate the torque head.",
        owner=w.pm_alice,
        qa_approver=w.qa_quinn,
        due_date=dt.date.today() + dt.timedelta(days=20),
    )
    capa_services.capa_action_done(
        actor=w.pm_alice,
        action=action,
        evidence="Recalibrated.",
        upload=SimpleUploadedFile("aurora-torque.pdf", b"%PDF-1.4 Aurora"),
    )
    return capa


def _capa(w: World) -> dict:
    return {"pk": _aurora_capa(w).pk}


def _capa_action(w: World) -> dict:
    capa = _aurora_capa(w)
    return {"pk": capa.pk, "action_id": capa.actions.first().pk}


def _capa_api(w: World) -> dict:
    return {"capa_id": _aurora_capa(w).pk}


def _capa_action_api(w: World) -> dict:
    capa = _aurora_capa(w)
    return {"capa_id": capa.pk, "action_id": capa.actions.first().pk}


def _aurora_capa_query(w: World) -> dict:
    _aurora_capa(w)
    return {"q": "Aur", "sponsor": w.sponsor_a.pk, "state": "active"}


def _signed_body(w: World) -> dict:
    return {"username": "x", "password": "y", "version": 1}


def _aurora_concern_query(w: World) -> dict:
    _aurora_concern(w)
    return {"state": "all"}


def _aurora_concern_api(w: World) -> dict:
    return {"concern_id": _aurora_concern(w).pk}


def _aurora_concern_api_query(w: World) -> dict:
    _aurora_concern(w)
    return {"q": "Aurora", "sponsor_id": w.sponsor_a.pk}


def _aurora_kudos(w: World):
    """Thanks from sponsor A's manager (made once), on A's concern."""
    from accord.recognition import services
    from accord.recognition.models import Kudos

    return Kudos.objects.filter(giver=w.sponsor_a_manager).first() or services.kudos_give(
        actor=w.sponsor_a_manager,
        recipient=w.qa_quinn,
        message="Aurora Therapeutics thanks Quinn for the batch record review.",
        category="responsiveness",
        concern=_aurora_concern(w),
    )


def _aurora_kudos_query(w: World) -> dict:
    _aurora_kudos(w)
    return {"q": "Aur", "sponsor_id": w.sponsor_a.pk}


def _aurora_contact_kudos(w: World):
    """Thanks from sponsor A's contact (made once): A's manager sees them, may not withdraw
    them (403); B's people do not see them (404)."""
    from accord.recognition import services
    from accord.recognition.models import Kudos

    return Kudos.objects.filter(giver=w.sponsor_a_contact).first() or services.kudos_give(
        actor=w.sponsor_a_contact,
        recipient=w.pm_alice,
        message="Aurora's contact thanks Alice for the clear plan.",
        meeting=w.meeting_a_shared,
    )


def _aurora_survey(w: World):
    """The satisfaction survey of sponsor A's concern (made once): its manager confirmed
    the resolution, so the survey went to them, titled after the concern."""
    from accord.service import services
    from accord.surveys.models import Survey

    existing = Survey.objects.filter(sponsor=w.sponsor_a).first()
    if existing is not None:
        return existing
    # A concern of its own: the one of _aurora_concern stays open for the other routes.
    concern = services.concern_raise(
        actor=w.sponsor_a_manager,
        sponsor=w.sponsor_a,
        project=w.project_a,
        title="Aurora label reprint",
        description="Aurora Therapeutics needs the labels reprinted.",
        category="quality",
        urgency="medium",
    )
    services.concern_contact(
        actor=w.pm_alice, concern=concern, how="call", summary="Called.", containment="Held."
    )
    services.concern_resolve(actor=w.pm_alice, concern=concern, resolution="Date fixed.")
    services.concern_confirm(actor=w.sponsor_a_manager, concern=concern)
    return Survey.objects.get(concern=concern)


def _aurora_survey_query(w: World) -> dict:
    _aurora_survey(w)
    return {"state": ""}


def _survey_settings_body(w: World) -> dict:
    return {
        "concern_csat": False,
        "milestone_kinds": [],
        "milestone_words": [],
        "quarterly_nps": False,
        "project_close_nps": False,
        "remind_after_days": 1,
        "reminders": 0,
        "version": 1,
    }


def _sponsor_a(w: World) -> dict:
    return {"pk": w.sponsor_a.pk}


def _client_record(w: World, name: str) -> dict:
    """Sponsor A's relationship records (profile, contact, interaction, follow-up)."""
    from tests.test_clients import world_clients  # lazy: test_clients imports this module

    return {"pk": world_clients(w)[name].pk}


def _a_notification(w: World) -> dict:
    """A notification of sponsor A's manager (the change order sent to them)."""
    from accord.notifications.models import Notification

    return {"pk": Notification.objects.filter(recipient=w.sponsor_a_manager).first().pk}


def _a_filters(w: World) -> dict:
    return {"q": "AUR", "sponsor": w.sponsor_a.pk, "sponsor_id": w.sponsor_a.pk}


def _rfp(w: World) -> dict:
    return {"pk": w.rfp_a.pk}


def _revision(w: World, **extra) -> dict:
    return {"pk": w.revision_a_sent.pk, **extra}


def _aurora_equipment(w: World):
    """A piece of the CDMO's equipment with a qualification record (made once)."""
    from accord.equipment.models import Equipment
    from tests.equipment_rows import register

    return Equipment.objects.filter(code="VSP-CT-01").first() or register(w, "VSP-CT-01")


def _equipment(w: World) -> dict:
    return {"pk": _aurora_equipment(w).pk}


def _equipment_api(w: World) -> dict:
    return {"equipment_id": _aurora_equipment(w).pk}


def _equipment_record(w: World) -> int:
    from accord.equipment import services
    from tests.equipment_rows import engineer

    equipment = _aurora_equipment(w)
    record = equipment.qualifications.first() or services.qualification_record(
        actor=engineer(w),
        equipment=equipment,
        stage="iq",
        protocol="IQ-CT-01",
        executed_on=equipment.created_at.date(),
        result="pass",
        summary="Installed as designed.",
    )
    return record.pk


def _aurora_initiative(w: World):
    """A sponsor-facing improvement initiative for sponsor A (made once)."""
    from accord.improvement.models import Initiative
    from tests.improvement_rows import initiative

    found = Initiative.objects.filter(title="Aurora release right first time").first()
    return found or initiative(
        w, title="Aurora release right first time", sponsor=w.sponsor_a, project=w.project_a
    )


def _initiative(w: World) -> dict:
    return {"pk": _aurora_initiative(w).pk}


def _initiative_api(w: World) -> dict:
    return {"initiative_id": _aurora_initiative(w).pk}


def _aurora_scorecard(w: World):
    """Sponsor A's scorecard of the last closed quarter, frozen and signed (made once)."""
    from django.utils import timezone

    from accord.scorecards import services
    from accord.scorecards.models import Scorecard
    from accord.scorecards.variables import SPONSOR, Period, Scope
    from tests.factories import PASSWORD, UserFactory
    from tests.scorecard_fixtures import BANDS, SPONSOR_CRITERIA

    found = Scorecard.objects.filter(sponsor=w.sponsor_a).first()
    if found is not None:
        return found
    template = services.template_create(
        actor=None, name="Sponsor scorecard", scope_kind="sponsor", period_kind="quarter",
        criteria=SPONSOR_CRITERIA, bands=BANDS,
    )  # fmt: skip
    frozen = services.scorecard_freeze(
        actor=None,
        template=template,
        scope=Scope(SPONSOR, w.sponsor_a.pk, w.sponsor_a.name),
        period=Period.containing("quarter", timezone.localdate()).previous(),
    )
    executive = UserFactory(
        organization=w.cdmo, username="exec.scorer", role_codes=("executive",), site=w.site
    )
    return services.scorecard_sign(
        actor=executive, scorecard=frozen, meaning="reviewed", username="exec.scorer",
        password=PASSWORD, acknowledge=True,
    )  # fmt: skip


def _scorecard(w: World) -> dict:
    return {"pk": _aurora_scorecard(w).pk}


def _scorecard_api(w: World) -> dict:
    return {"scorecard_id": _aurora_scorecard(w).pk}


def _scorecard_template_api(w: World) -> dict:
    return {"template_id": _aurora_scorecard(w).template_id}


def _template_body(w: World) -> dict:
    from tests.scorecard_fixtures import BANDS, SPONSOR_CRITERIA

    return {
        "name": "Injected",
        "scope_kind": "sponsor",
        "criteria": SPONSOR_CRITERIA,
        "bands": BANDS,
    }


def _aurora_webhook(w: World):
    """Sponsor A's webhook subscription, kept by its manager (made when missing)."""
    from accord.webhooks.models import WebhookSubscription
    from accord.webhooks.services import subscription_create

    found = WebhookSubscription.objects.filter(organization=w.sponsor_a).first()
    if found is None:
        found, _ = subscription_create(
            actor=w.sponsor_a_manager,
            url="https://hooks.aurora.example/accord",
            events=["change_order.sent"],
        )
    return found


def _aurora_webhook_delivery(w: World):
    import uuid

    from accord.webhooks.models import WebhookDelivery

    hook = _aurora_webhook(w)
    return hook.deliveries.first() or WebhookDelivery.objects.create(
        subscription=hook, event_id=uuid.uuid4(), event_type="change_order.sent", payload={}
    )


def _aurora_resource(w: World):
    """A resource at the world's site with an availability change, and a demand of a task
    of sponsor A's plan on it (made once)."""
    from accord.capacity.models import Resource
    from tests.capacity_rows import add_resource, work_task

    found = Resource.objects.filter(code="VSP-CT-SUITE").first()
    if found is None:
        from accord.capacity import services
        from tests.equipment_rows import engineer

        found = add_resource(w, "VSP-CT-SUITE", name="Cross-tenant suite")
        services.availability_add(
            actor=engineer(w),
            resource=found,
            starts_on=found.created_at.date(),
            ends_on=None,
            units=0,
            reason="Requalification",
        )
        services.task_demand_set(actor=w.pm_alice, task=work_task(w), resource=found, units=1)
    return found


def _resource(w: World) -> dict:
    return {"pk": _aurora_resource(w).pk}


def _resource_api(w: World) -> dict:
    return {"resource_id": _aurora_resource(w).pk}


def _availability(w: World) -> dict:
    return {"pk": _aurora_resource(w).availability.get().pk}


def _availability_api(w: World) -> dict:
    resource = _aurora_resource(w)
    return {"resource_id": resource.pk, "change_id": resource.availability.get().pk}


def _aurora_demand(w: World):
    return _aurora_resource(w).demands.get()


def _demand_api(w: World) -> dict:
    demand = _aurora_demand(w)
    return {"project_id": demand.task.project_id, "task_id": demand.task_id}


def _capacity_resource(w: World) -> dict:
    """A suite Aurora's plan demands: its load names AUR-101-TT (made once)."""
    from accord.capacity.models import Resource
    from tests.test_capacity_load import capacity_world

    suite = Resource.objects.filter(code="SUITE-1").first() or capacity_world(w)["suite"]
    return {"resource_id": suite.pk}


PAGES: dict[str, Route] = {
    "accounts:login": Route(PUBLIC),
    "healthz": Route(PUBLIC),
    "accounts:logout": Route(OWN, method="post"),
    "accounts:mfa_setup": Route(OWN),
    "accounts:mfa_verify": Route(OWN),
    "accounts:password_change": Route(OWN),
    "accounts:profile": Route(OWN),
    "accounts:tokens": Route(OWN),
    "accounts:token_revoke": Route(OWN, kwargs=lambda w: {"pk": MISSING_ID}, method="post"),
    "home:index": Route(OWN),
    "home:portal": Route(LIST),
    "home:work": Route(STAFF),
    "manage:users": Route(STAFF),
    "manage:user_create": Route(STAFF),
    "manage:user_edit": Route(STAFF, kwargs=lambda w: {"pk": w.sponsor_a_manager.pk}),
    "manage:user_mfa_reset": Route(
        STAFF, kwargs=lambda w: {"pk": w.sponsor_a_manager.pk}, method="post"
    ),
    "manage:user_password_reset": Route(
        STAFF, kwargs=lambda w: {"pk": w.sponsor_a_manager.pk}, method="post"
    ),
    "manage:roles": Route(STAFF),
    "manage:role_edit": Route(STAFF, kwargs=lambda w: {"pk": _a_role(w)}),
    "jobs:list": Route(STAFF),
    "jobs:detail": Route(STAFF, kwargs=lambda w: {"pk": MISSING_ID}),
    "jobs:retry": Route(STAFF, kwargs=lambda w: {"pk": MISSING_ID}, method="post"),
    "sponsors:list": Route(LIST, query=lambda w: {"q": "Aur"}),
    "sponsors:detail": Route(OBJECT, kwargs=lambda w: {"pk": w.sponsor_a.pk}),
    "clients:profile": Route(STAFF, kwargs=_sponsor_a),
    "clients:profile_edit": Route(STAFF, kwargs=_sponsor_a),
    "clients:contacts": Route(STAFF, kwargs=_sponsor_a),
    "clients:contact_create": Route(STAFF, kwargs=_sponsor_a),
    "clients:contact_edit": Route(STAFF, kwargs=lambda w: _client_record(w, "contact")),
    "clients:interactions": Route(STAFF, kwargs=_sponsor_a),
    "clients:interaction_create": Route(STAFF, kwargs=_sponsor_a),
    "clients:interaction_detail": Route(STAFF, kwargs=lambda w: _client_record(w, "interaction")),
    "clients:interaction_edit": Route(STAFF, kwargs=lambda w: _client_record(w, "interaction")),
    "clients:followups": Route(STAFF, kwargs=_sponsor_a),
    "clients:followup_create": Route(STAFF, kwargs=_sponsor_a),
    "clients:followup_close": Route(
        STAFF, kwargs=lambda w: _client_record(w, "followup"), method="post"
    ),
    "clients:timeline": Route(STAFF, kwargs=_sponsor_a),
    "projects:list": Route(LIST, query=_a_filters),
    "projects:export": Route(LIST, query=_a_filters),
    "projects:create": Route(STAFF),
    "projects:edit": Route(STAFF, kwargs=_project),
    "projects:detail": Route(OBJECT, kwargs=_project),
    "projects:document_upload": Route(STAFF, kwargs=_project),
    "projects:document_download": Route(OBJECT, kwargs=lambda w: {"pk": w.doc_a_shared.pk}),
    "projects:document_detail": Route(OBJECT, kwargs=lambda w: {"pk": w.doc_a_shared.pk}),
    "projects:document_record": Route(OBJECT, kwargs=lambda w: {"pk": w.doc_a_shared.pk}),
    "projects:document_edit": Route(STAFF, kwargs=lambda w: {"pk": w.doc_a_shared.pk}),
    "projects:document_transition": Route(
        STAFF, kwargs=lambda w: {"pk": w.doc_a_shared.pk, "name": "submit"}
    ),
    "audit:trail": Route(STAFF),
    "audit:trail_export": Route(STAFF, kwargs=lambda w: {"fmt": "csv"}),
    "audit:history": Route(
        OBJECT, kwargs=lambda w: {"type_label": "projects.project", "object_id": w.project_a.pk}
    ),
    "audit:history_export": Route(
        OBJECT,
        kwargs=lambda w: {
            "type_label": "projects.project",
            "object_id": w.project_a.pk,
            "fmt": "csv",
        },
    ),
    "delays:project_delays": Route(OBJECT, kwargs=_project),
    "delays:export": Route(OBJECT, kwargs=_project),
    "delays:create": Route(STAFF, kwargs=_project),
    "delays:portfolio": Route(STAFF),
    "delays:detail": Route(OBJECT, kwargs=lambda w: {"pk": w.delay_a_communicated.pk}),
    "delays:edit": Route(STAFF, kwargs=lambda w: {"pk": w.delay_a_communicated.pk}),
    "delays:communicate": Route(STAFF, kwargs=lambda w: {"pk": w.delay_a_communicated.pk}),
    "risks:register": Route(OBJECT, kwargs=_project),
    "risks:export": Route(OBJECT, kwargs=_project),
    "risks:create": Route(STAFF, kwargs=_project),
    "risks:detail": Route(OBJECT, kwargs=lambda w: {"pk": w.risk_a_shared.pk}),
    "risks:edit": Route(STAFF, kwargs=lambda w: {"pk": w.risk_a_shared.pk}),
    "risks:review": Route(STAFF, kwargs=lambda w: {"pk": w.risk_a_shared.pk}),
    "risks:close": Route(STAFF, kwargs=lambda w: {"pk": w.risk_a_shared.pk}),
    "changes:project_changes": Route(OBJECT, kwargs=_project),
    "changes:create": Route(STAFF, kwargs=_project),
    "changes:detail": Route(OBJECT, kwargs=_change_order),
    "changes:pdf": Route(OBJECT, kwargs=_change_order),
    "changes:edit": Route(STAFF, kwargs=_change_order),
    "changes:edit_add": Route(STAFF, kwargs=_change_order),
    "changes:edit_remove": Route(
        STAFF,
        kwargs=lambda w: {"pk": w.change_order_a_sent.pk, "edit_pk": MISSING_ID},
        method="post",
    ),
    # A's manager gets the signature form (200); B gets 404.
    "changes:transition": Route(
        OBJECT, kwargs=lambda w: {"pk": w.change_order_a_sent.pk, "name": "accept"}
    ),
    "reports:project_reports": Route(OBJECT, kwargs=_project),
    "reports:create": Route(STAFF, kwargs=_project),
    "reports:detail": Route(OBJECT, kwargs=_status_report),
    "reports:pdf": Route(OBJECT, kwargs=_status_report),
    "reports:edit": Route(STAFF, kwargs=_status_report),
    "reports:refresh": Route(STAFF, kwargs=_status_report, method="post"),
    "reports:publish": Route(STAFF, kwargs=_status_report),
    "qbr:list": Route(LIST, query=_review_query),
    "qbr:export": Route(STAFF, kwargs=lambda w: {"fmt": "csv"}),
    "qbr:prepare": Route(STAFF),
    "qbr:detail": Route(OBJECT, kwargs=_review),
    "qbr:pdf": Route(OBJECT, kwargs=_review),
    "qbr:edit": Route(STAFF, kwargs=_review),
    "qbr:regenerate": Route(STAFF, kwargs=_review, method="post"),
    "qbr:publish": Route(STAFF, kwargs=_review),
    # A's manager comments on A's review (the form answers with a redirect); B gets 404.
    "qbr:comment": Route(OBJECT, kwargs=_review, method="post", own_status=302),
    "qbr:comment_edit": Route(OBJECT, kwargs=_review_comment),
    "qbr:comment_withdraw": Route(OBJECT, kwargs=_review_comment, method="post", own_status=302),
    "teams:project_team": Route(OBJECT, kwargs=_project),
    "teams:deliverable_create": Route(STAFF, kwargs=_project),
    "teams:steering": Route(STAFF, kwargs=_project),
    "teams:escalation": Route(
        STAFF, kwargs=lambda w: {"pk": w.project_a.pk, "matter": "batch_failure"}
    ),
    "teams:deliverable_edit": Route(STAFF, kwargs=lambda w: {"pk": w.deliverable_a.pk}),
    "teams:raci": Route(STAFF, kwargs=lambda w: {"pk": w.deliverable_a.pk}),
    "teams:member_add": Route(STAFF, kwargs=lambda w: {"pk": w.project_a.pk, "side": "sponsor"}),
    "teams:member_role": Route(STAFF, kwargs=_member),
    "teams:member_remove": Route(STAFF, kwargs=_member),
    "meetings:project_meetings": Route(OBJECT, kwargs=_project),
    "meetings:create": Route(STAFF, kwargs=_project),
    "meetings:detail": Route(OBJECT, kwargs=_meeting),
    "meetings:edit": Route(STAFF, kwargs=_meeting),
    "meetings:decision_add": Route(STAFF, kwargs=_meeting),
    "meetings:action_add": Route(STAFF, kwargs=_meeting),
    "meetings:actions": Route(STAFF, query=lambda w: {"project": w.project_a.pk}),
    "meetings:action_edit": Route(STAFF, kwargs=_action_item),
    # A's manager owns the item, so gets the form (200); B gets 404.
    "meetings:action_close": Route(OBJECT, kwargs=_action_item),
    "meetings:action_reopen": Route(STAFF, kwargs=_action_item),
    "planning:plan": Route(OBJECT, kwargs=_project),
    "planning:gantt": Route(OBJECT, kwargs=_project),
    "planning:plan_export": Route(OBJECT, kwargs=lambda w: {"pk": w.project_a.pk, "fmt": "xlsx"}),
    "planning:plan_import": Route(STAFF, kwargs=_project, method="post"),
    "planning:risk": Route(OBJECT, kwargs=_project),
    "planning:simulation_progress": Route(OBJECT, kwargs=lambda w: _simulation(w)),
    "planning:gantt_data": Route(OBJECT, kwargs=_project),
    "planning:apply_template": Route(STAFF, kwargs=_project, method="post"),
    "planning:feeds": Route(STAFF, kwargs=_project),
    "planning:feed_revoke": Route(STAFF, kwargs=lambda w: {"pk": 1}, method="post"),
    "planning:feed_ics": Route(SECRET, kwargs=lambda w: {"secret": "not-a-real-secret"}),
    "planning:baseline_save": Route(STAFF, kwargs=_project),
    "planning:task_create": Route(STAFF, kwargs=_project),
    "planning:task_edit": Route(STAFF, kwargs=lambda w: {"pk": 1}),
    "planning:task_move": Route(STAFF, kwargs=lambda w: {"pk": 1}, method="post"),
    "planning:decision_record": Route(STAFF, kwargs=lambda w: {"pk": 1}),
    "planning:dependency_add": Route(STAFF, kwargs=lambda w: {"pk": 1}, method="post"),
    "planning:dependency_remove": Route(STAFF, kwargs=lambda w: {"pk": 1}, method="post"),
    "planning:task_people": Route(STAFF, kwargs=lambda w: {"pk": 1}),
    "planning:task_skill_add": Route(STAFF, kwargs=lambda w: {"pk": 1}, method="post"),
    "planning:task_skill_remove": Route(STAFF, kwargs=lambda w: {"pk": 1}, method="post"),
    "planning:task_unassign": Route(STAFF, kwargs=lambda w: {"pk": 1}, method="post"),
    "planning:assignment_override": Route(STAFF, kwargs=lambda w: {"pk": 1}),
    "planning:task_equipment_book": Route(STAFF, kwargs=lambda w: {"pk": 1}, method="post"),
    "planning:task_equipment_release": Route(STAFF, kwargs=lambda w: {"pk": 1}, method="post"),
    "planning:task_equipment_override": Route(STAFF, kwargs=lambda w: {"pk": 1}),
    "planning:calendars": Route(STAFF),
    "planning:site_calendar": Route(STAFF, kwargs=lambda w: {"pk": w.site.pk}),
    "planning:site_region": Route(STAFF, kwargs=lambda w: {"pk": w.site.pk}),
    "planning:holiday_import": Route(STAFF, kwargs=lambda w: {"pk": w.site.pk}),
    "planning:calendar_day_edit": Route(STAFF, kwargs=_site_day),
    "planning:calendar_day_remove": Route(STAFF, kwargs=_site_day),
    "planning:project_calendar": Route(STAFF, kwargs=_project),
    "proposals:rfp_list": Route(LIST, query=_a_filters),
    "proposals:rfp_create": Route(STAFF, query=lambda w: {"sponsor": w.sponsor_a.pk}),
    # A sponsor user's own form: the sponsor is their company, whatever they send.
    "proposals:rfp_submit": Route(OWN),
    "proposals:rfp_detail": Route(OBJECT, kwargs=_rfp),
    "proposals:rfp_edit": Route(STAFF, kwargs=_rfp),
    "proposals:rfp_transition": Route(
        STAFF, kwargs=lambda w: _rfp(w) | {"name": "qualify"}, method="post"
    ),
    "proposals:proposal_create": Route(STAFF, kwargs=_rfp),
    "proposals:proposal_list": Route(STAFF),
    "proposals:proposal_detail": Route(OBJECT, kwargs=lambda w: {"pk": w.proposal_a.pk}),
    "proposals:proposal_edit": Route(STAFF, kwargs=lambda w: {"pk": w.proposal_a.pk}),
    "proposals:revision_new": Route(STAFF, kwargs=lambda w: {"pk": w.proposal_a.pk}, method="post"),
    "proposals:revision_detail": Route(OBJECT, kwargs=_revision),
    "proposals:revision_edit": Route(STAFF, kwargs=_revision),
    "proposals:item_add": Route(STAFF, kwargs=_revision),
    "proposals:item_edit": Route(
        STAFF,
        kwargs=lambda w: _revision(w, item_pk=w.revision_a_sent.scope_items.first().pk),
    ),
    "proposals:item_remove": Route(
        STAFF,
        kwargs=lambda w: _revision(w, item_pk=w.revision_a_sent.scope_items.first().pk),
        method="post",
    ),
    "proposals:milestone_add": Route(STAFF, kwargs=_revision),
    "proposals:milestone_edit": Route(
        STAFF,
        kwargs=lambda w: _revision(w, milestone_pk=w.revision_a_sent.milestones.first().pk),
    ),
    "proposals:milestone_remove": Route(
        STAFF,
        kwargs=lambda w: _revision(w, milestone_pk=w.revision_a_sent.milestones.first().pk),
        method="post",
    ),
    "proposals:timeline": Route(STAFF, kwargs=_revision),
    "proposals:complexity": Route(STAFF, kwargs=_revision),
    "proposals:review": Route(STAFF, kwargs=lambda w: _revision(w, kind="quality")),
    "proposals:revision_transition": Route(STAFF, kwargs=lambda w: _revision(w, name="send")),
    # A's manager may comment on the sent revision (an empty comment: back to the page).
    "proposals:comment_add": Route(OBJECT, kwargs=_revision, method="post", own_status=302),
    "proposals:revision_pdf": Route(OBJECT, kwargs=_revision),
    # A's manager gets the signing form; B's people 404 whatever their role.
    "proposals:revision_accept": Route(OBJECT, kwargs=_revision),
    "proposals:revision_decline": Route(OBJECT, kwargs=_revision),
    "proposals:outcome_win": Route(STAFF, kwargs=_rfp),
    "proposals:outcome_lose": Route(STAFF, kwargs=_rfp),
    "proposals:outcome_close": Route(STAFF, kwargs=lambda w: _rfp(w) | {"name": "decline"}),
    "proposals:lessons": Route(STAFF),
    "proposals:postmortem_detail": Route(STAFF, kwargs=lambda w: {"pk": 1}),
    "proposals:analytics": Route(STAFF),
    "proposals:analytics_xlsx": Route(STAFF),
    "proposals:analytics_csv": Route(STAFF),
    "notifications:list": Route(LIST, query=lambda w: {"q": "Aur"}),
    "service:levels": Route(LIST, query=_aurora_levels_query),
    "service:levels_export": Route(
        LIST, kwargs=lambda w: {"fmt": "csv"}, query=_aurora_levels_query
    ),
    "service:level_create": Route(STAFF),
    "service:level_edit": Route(STAFF, kwargs=lambda w: {"pk": _aurora_levels(w).pk}),
    "service:level_remove": Route(STAFF, kwargs=lambda w: {"pk": _aurora_levels(w).pk}),
    "service:hours": Route(STAFF),
    "service:concerns": Route(LIST, query=_aurora_concern_query),
    "service:concern_create": Route(OWN),
    "service:concern": Route(OBJECT, kwargs=lambda w: {"pk": _aurora_concern(w).pk}),
    "service:concern_file": Route(OBJECT, kwargs=_aurora_concern_file),
    "quality:agreements": Route(LIST, query=_aurora_agreement_query),
    "quality:agreements_export": Route(
        LIST, kwargs=lambda w: {"fmt": "csv"}, query=_aurora_agreement_query
    ),
    "quality:agreement": Route(OBJECT, kwargs=lambda w: {"pk": _aurora_agreement(w).pk}),
    "quality:agreement_create": Route(STAFF),
    "quality:agreement_edit": Route(STAFF, kwargs=lambda w: {"pk": _aurora_agreement(w).pk}),
    "quality:agreement_approve": Route(STAFF, kwargs=lambda w: {"pk": _aurora_agreement(w).pk}),
    "quality:changes": Route(LIST, query=_aurora_change_query),
    "quality:changes_export": Route(
        LIST, kwargs=lambda w: {"fmt": "csv"}, query=_aurora_change_query
    ),
    "quality:change": Route(OBJECT, kwargs=lambda w: {"pk": _aurora_change(w).pk}),
    "quality:change_create": Route(STAFF),
    "quality:change_edit": Route(STAFF, kwargs=lambda w: {"pk": _aurora_change(w).pk}),
    "quality:change_request_assessment": Route(
        STAFF, kwargs=lambda w: {"pk": _aurora_change(w).pk}
    ),
    "quality:change_assess": Route(
        STAFF,
        kwargs=lambda w: {
            "pk": _aurora_change(w).pk,
            "assessment_pk": _aurora_change(w).assessments.get().pk,
        },
    ),
    "quality:change_action_add": Route(STAFF, kwargs=lambda w: {"pk": _aurora_change(w).pk}),
    "quality:change_action_done": Route(
        STAFF,
        kwargs=lambda w: {
            "pk": _aurora_change(w).pk,
            "action_pk": _aurora_change(w).actions.get().pk,
        },
    ),
    "quality:change_approve_plan": Route(STAFF, kwargs=lambda w: {"pk": _aurora_change(w).pk}),
    "quality:change_reject": Route(STAFF, kwargs=lambda w: {"pk": _aurora_change(w).pk}),
    "quality:change_close": Route(STAFF, kwargs=lambda w: {"pk": _aurora_change(w).pk}),
    "quality:change_transition": Route(
        STAFF, kwargs=lambda w: {"pk": _aurora_change(w).pk, "name": "cancel"}
    ),
    "quality:change_decide": Route(OBJECT, kwargs=_aurora_change_approval),
    "quality:capas": Route(LIST, query=_aurora_capa_query),
    "quality:capas_export": Route(LIST, kwargs=lambda w: {"fmt": "csv"}, query=_aurora_capa_query),
    "quality:capa": Route(OBJECT, kwargs=_capa),
    "quality:capa_evidence": Route(OBJECT, kwargs=_capa_action),
    "quality:capa_create": Route(STAFF),
    "quality:capa_action_create": Route(STAFF, kwargs=_capa),
    "quality:capa_action_done": Route(STAFF, kwargs=_capa_action),
    "quality:capa_action_verify": Route(STAFF, kwargs=_capa_action),
    "quality:capa_action_return": Route(STAFF, kwargs=_capa_action),
    "quality:capa_action_cancel": Route(STAFF, kwargs=_capa_action),
    "quality:capa_implement": Route(STAFF, kwargs=_capa),
    "quality:capa_close": Route(STAFF, kwargs=_capa),
    "quality:capa_check": Route(STAFF, kwargs=_capa),
    "quality:capa_cancel": Route(STAFF, kwargs=_capa),
    "quality:capa_retraining": Route(STAFF, kwargs=_capa),
    "quality:deviations": Route(STAFF),
    "quality:deviations_export": Route(STAFF, kwargs=lambda w: {"fmt": "csv"}),
    "quality:deviation_raise": Route(STAFF),
    "quality:deviation": Route(OBJECT, kwargs=lambda w: {"pk": _aurora_deviation(w).pk}),
    "quality:deviation_step": Route(
        STAFF, kwargs=lambda w: {"pk": _aurora_deviation(w).pk, "step": "assess"}
    ),
    "quality:deviation_request_decide": Route(
        STAFF,
        kwargs=lambda w: {
            "pk": _aurora_deviation(w).pk,
            "request_id": _aurora_deviation_request(w)["request_id"],
            "decision": "approve",
        },
    ),
    "quality:batches": Route(
        LIST, query=lambda w: {"project": _aurora_quality(w)["batch"].project_id, "q": "AUR"}
    ),
    "quality:batches_export": Route(
        LIST,
        kwargs=lambda w: {"fmt": "csv"},
        query=lambda w: {"sponsor": _aurora_quality(w)["batch"].project.sponsor_id},
    ),
    "quality:batch_register": Route(STAFF),
    "quality:batch": Route(OBJECT, kwargs=lambda w: {"pk": _aurora_quality(w)["batch"].pk}),
    "quality:dashboard": Route(STAFF),
    "quality:management_review": Route(STAFF, kwargs=lambda w: {"fmt": "xlsx"}),
    "quality:portal": Route(LIST, query=lambda w: _aurora_quality(w) and {}),
    "quality:deviation_package": Route(
        OBJECT, kwargs=lambda w: {"pk": _aurora_quality(w)["deviation"].pk}
    ),
    # Training (accord.training): the CDMO's own records; sponsor users get 403.
    "training:home": Route(STAFF),
    "training:matrix": Route(STAFF),
    "training:matrix_export": Route(STAFF, kwargs=lambda w: {"fmt": "xlsx"}),
    "training:person": Route(STAFF, kwargs=lambda w: {"pk": w.qa_quinn.pk}),
    "training:person_transcript": Route(STAFF, kwargs=lambda w: {"pk": w.qa_quinn.pk}),
    "training:job_role_assign": Route(STAFF, kwargs=lambda w: {"pk": w.qa_quinn.pk}),
    "training:job_role_end": Route(
        STAFF, kwargs=lambda w: {"pk": w.qa_quinn.pk, "holding_pk": 1}, method="post"
    ),
    "training:assignments": Route(STAFF),
    "training:assignments_export": Route(STAFF, kwargs=lambda w: {"fmt": "csv"}),
    "training:assign": Route(STAFF),
    "training:assignment": Route(STAFF, kwargs=lambda w: {"pk": 1}),
    "training:assignment_sign": Route(STAFF, kwargs=lambda w: {"pk": 1}),
    "training:assignment_course": Route(STAFF, kwargs=lambda w: {"pk": 1}),
    "training:assignment_cancel": Route(STAFF, kwargs=lambda w: {"pk": 1}),
    "training:quiz_start": Route(STAFF, kwargs=lambda w: {"pk": 1}, method="post"),
    "training:quiz": Route(STAFF, kwargs=lambda w: {"pk": 1, "attempt_pk": 1}),
    "training:requirement": Route(STAFF, kwargs=lambda w: {"pk": 1}),
    "training:curriculum": Route(STAFF, kwargs=lambda w: {"pk": 1}),
    "training:effectiveness_review": Route(STAFF, kwargs=lambda w: {"pk": 1}),
    "training:job_role": Route(STAFF, kwargs=lambda w: {"pk": 1}),
    "training:competency": Route(STAFF, kwargs=lambda w: {"pk": 1}),
    "training:competency_record": Route(STAFF),
    "training:document": Route(STAFF, kwargs=lambda w: {"pk": 1}),
    "training:document_version": Route(STAFF, kwargs=lambda w: {"pk": 1}),
    "training:ojt_list": Route(STAFF),
    "training:ojt_export": Route(STAFF, kwargs=lambda w: {"fmt": "csv"}),
    "training:ojt_start": Route(STAFF),
    "training:ojt": Route(STAFF, kwargs=lambda w: {"pk": 1}),
    "training:ojt_sign": Route(STAFF, kwargs=lambda w: {"pk": 1}),
    "training:ojt_assess": Route(STAFF, kwargs=lambda w: {"pk": 1}),
    "training:requirements": Route(STAFF),
    "training:requirements_export": Route(STAFF, kwargs=lambda w: {"fmt": "csv"}),
    "training:requirement_create": Route(STAFF),
    "training:requirement_edit": Route(STAFF, kwargs=lambda w: {"pk": 1}),
    "training:curricula": Route(STAFF),
    "training:curricula_export": Route(STAFF, kwargs=lambda w: {"fmt": "csv"}),
    "training:curriculum_create": Route(STAFF),
    "training:curriculum_edit": Route(STAFF, kwargs=lambda w: {"pk": 1}),
    "training:job_roles": Route(STAFF),
    "training:job_roles_export": Route(STAFF, kwargs=lambda w: {"fmt": "csv"}),
    "training:job_role_create": Route(STAFF),
    "training:job_role_edit": Route(STAFF, kwargs=lambda w: {"pk": 1}),
    "training:competencies": Route(STAFF),
    "training:competencies_export": Route(STAFF, kwargs=lambda w: {"fmt": "csv"}),
    "training:competency_create": Route(STAFF),
    "training:competency_edit": Route(STAFF, kwargs=lambda w: {"pk": 1}),
    "training:documents": Route(STAFF),
    "training:documents_export": Route(STAFF, kwargs=lambda w: {"fmt": "csv"}),
    "training:document_create": Route(STAFF),
    "service:dashboard": Route(LIST, query=_aurora_dashboard_query),
    "service:dashboard_export": Route(
        LIST, kwargs=lambda w: {"fmt": "csv"}, query=_aurora_dashboard_query
    ),
    "service:hours_edit": Route(STAFF, kwargs=lambda w: {"pk": w.site.pk}),
    "recognition:wall": Route(STAFF),
    "recognition:wall_export": Route(STAFF, kwargs=lambda w: {"fmt": "csv"}),
    "recognition:person": Route(STAFF, kwargs=lambda w: {"pk": w.qa_quinn.pk}),
    # A user's own form: the people offered are those they may thank, records come
    # through their selectors (another sponsor's in the address answers 404).
    "recognition:give": Route(OWN),
    "recognition:ours": Route(LIST, query=_aurora_kudos_query),
    "recognition:kudos": Route(OBJECT, kwargs=lambda w: {"pk": _aurora_kudos(w).pk}),
    # A's manager sees the contact's kudos but only the giver withdraws them (403).
    "recognition:withdraw": Route(
        OBJECT,
        kwargs=lambda w: {"pk": _aurora_contact_kudos(w).pk},
        method="post",
        own_status=403,
    ),
    "surveys:list": Route(LIST, query=_aurora_survey_query),
    "surveys:detail": Route(OBJECT, kwargs=lambda w: {"pk": _aurora_survey(w).pk}),
    # A's manager was asked: it gets the form (200); B gets 404.
    "surveys:answer": Route(OBJECT, kwargs=lambda w: {"pk": _aurora_survey(w).pk}),
    "surveys:close": Route(STAFF, kwargs=lambda w: {"pk": _aurora_survey(w).pk}),
    "surveys:results": Route(STAFF),
    "surveys:results_export": Route(STAFF, kwargs=lambda w: {"fmt": "csv"}),
    "surveys:settings": Route(STAFF),
    "surveys:settings_edit": Route(STAFF),
    "surveys:link": Route(SECRET, kwargs=lambda w: {"token": "not-a-real-secret"}),
    "notifications:bell": Route(OWN),
    "notifications:read_all": Route(OWN, method="post"),
    "notifications:preferences": Route(OWN),
    "notifications:read": Route(OBJECT, kwargs=_a_notification, method="post", own_status=302),
    # Equipment is the CDMO's own: sponsor users get 403 on every route, whatever the id.
    "equipment:list": Route(STAFF),
    "equipment:export": Route(STAFF, kwargs=lambda w: {"fmt": "csv"}),
    "equipment:create": Route(STAFF),
    "equipment:detail": Route(STAFF, kwargs=_equipment),
    "equipment:edit": Route(STAFF, kwargs=_equipment),
    "equipment:status": Route(STAFF, kwargs=_equipment),
    "equipment:qualification_add": Route(STAFF, kwargs=_equipment),
    "equipment:qualification_approve": Route(
        STAFF, kwargs=lambda w: {**_equipment(w), "record_pk": _equipment_record(w)}
    ),
    "equipment:calibration_add": Route(STAFF, kwargs=_equipment),
    "equipment:maintenance_add": Route(STAFF, kwargs=_equipment),
    "improvement:list": Route(STAFF),
    "improvement:export": Route(STAFF, kwargs=lambda w: {"fmt": "csv"}),
    "improvement:create": Route(STAFF),
    "improvement:detail": Route(STAFF, kwargs=_initiative),
    "improvement:pdf": Route(STAFF, kwargs=_initiative),
    "improvement:edit": Route(STAFF, kwargs=_initiative),
    "improvement:baseline": Route(STAFF, kwargs=_initiative),
    "improvement:deliverable": Route(
        STAFF, kwargs=lambda w: {**_initiative(w), "deliverable_pk": MISSING_ID}, method="post"
    ),
    "improvement:deliverable_add": Route(STAFF, kwargs=_initiative, method="post"),
    "improvement:deliverable_remove": Route(
        STAFF, kwargs=lambda w: {**_initiative(w), "deliverable_pk": MISSING_ID}, method="post"
    ),
    "improvement:gate": Route(STAFF, kwargs=_initiative),
    "improvement:close": Route(STAFF, kwargs=_initiative),
    "improvement:cancel": Route(STAFF, kwargs=_initiative),
    "improvement:portal_list": Route(LIST, query=lambda w: _aurora_initiative(w) and {}),
    "improvement:portal_detail": Route(OBJECT, kwargs=_initiative),
    "improvement:portal_pdf": Route(OBJECT, kwargs=_initiative),
    "improvement:areas": Route(STAFF),
    "improvement:audit_export": Route(STAFF, kwargs=lambda w: {"fmt": "csv"}),
    "improvement:area_create": Route(STAFF),
    "improvement:area_detail": Route(STAFF, kwargs=lambda w: {"pk": MISSING_ID}),
    "improvement:audit_create": Route(STAFF, kwargs=lambda w: {"pk": MISSING_ID}),
    "improvement:audit_detail": Route(STAFF, kwargs=lambda w: {"pk": MISSING_ID}),
    "improvement:action_add": Route(STAFF, kwargs=lambda w: {"pk": MISSING_ID}),
    "improvement:action_done": Route(STAFF, kwargs=lambda w: {"pk": MISSING_ID}, method="post"),
    "improvement:capabilities": Route(STAFF),
    "improvement:capability_export": Route(STAFF, kwargs=lambda w: {"fmt": "csv"}),
    "improvement:capability_create": Route(STAFF),
    "improvement:capability_detail": Route(STAFF, kwargs=lambda w: {"pk": MISSING_ID}),
    # Scorecards: the company's, the sites' and every sponsor's are the CDMO's own; a
    # sponsor reads only its own signed sponsor scorecards, in its portal.
    "scorecards:dashboard": Route(STAFF),
    "scorecards:site": Route(STAFF, kwargs=lambda w: {"key": w.site.pk}),
    "scorecards:sponsor": Route(STAFF, kwargs=lambda w: {"key": w.sponsor_a.pk}),
    "scorecards:list": Route(STAFF),
    "scorecards:export": Route(STAFF, kwargs=lambda w: {"fmt": "csv"}),
    "scorecards:detail": Route(STAFF, kwargs=_scorecard),
    "scorecards:pdf": Route(STAFF, kwargs=_scorecard),
    "scorecards:sign": Route(STAFF, kwargs=_scorecard),
    "scorecards:templates": Route(STAFF),
    "scorecards:template_create": Route(STAFF),
    "scorecards:template": Route(STAFF, kwargs=lambda w: {"pk": _aurora_scorecard(w).template_id}),
    "scorecards:template_edit": Route(
        STAFF, kwargs=lambda w: {"pk": _aurora_scorecard(w).template_id}
    ),
    "scorecards:portal": Route(LIST, query=lambda w: {"_": _aurora_scorecard(w).pk}),
    "scorecards:portal_detail": Route(OBJECT, kwargs=_scorecard),
    "scorecards:portal_pdf": Route(OBJECT, kwargs=_scorecard),
    # Lessons learned are the CDMO's own: sponsor users get 403 on every route, whatever
    # the id (a project's review page included).
    "lessons:library": Route(STAFF),
    "lessons:export": Route(STAFF, kwargs=lambda w: {"fmt": "csv"}),
    "lessons:detail": Route(STAFF, kwargs=lambda w: {"pk": 1}),
    "lessons:edit": Route(STAFF, kwargs=lambda w: {"pk": 1}),
    "lessons:publish": Route(STAFF, kwargs=lambda w: {"pk": 1}, method="post"),
    "lessons:curriculum": Route(STAFF, kwargs=lambda w: {"pk": 1}),
    "lessons:apply": Route(
        STAFF, kwargs=lambda w: {"pk": 1, "target": "project", "target_pk": w.project_a.pk}
    ),
    "lessons:from_source": Route(
        STAFF, kwargs=lambda w: {"kind": "concern", "source_pk": _aurora_concern(w).pk}
    ),
    "lessons:reviews": Route(STAFF),
    "lessons:review_export": Route(STAFF, kwargs=lambda w: {"fmt": "xlsx"}),
    "lessons:review": Route(STAFF, kwargs=_project),
    "lessons:review_pdf": Route(STAFF, kwargs=_project),
    "lessons:review_start": Route(STAFF, kwargs=_project, method="post"),
    "lessons:review_edit": Route(STAFF, kwargs=_project),
    "lessons:review_finding": Route(STAFF, kwargs=_project),
    "lessons:review_submit": Route(STAFF, kwargs=_project),
    "search:results": Route(LIST, query=lambda w: {"q": "Aur"}),
    "api-1.0.0:api-root": Route(REFERENCE),
    "api-1.0.0:openapi-json": Route(REFERENCE),
    "api-1.0.0:openapi-view": Route(REFERENCE),
    # --- webhooks (issue 15): an organization's own subscriptions; another's is 404.
    "webhooks:list": Route(OWN),
    "webhooks:create": Route(OWN),
    "webhooks:detail": Route(OBJECT, kwargs=lambda w: {"pk": _aurora_webhook(w).pk}),
    "webhooks:edit": Route(OBJECT, kwargs=lambda w: {"pk": _aurora_webhook(w).pk}),
    "webhooks:rotate": Route(OBJECT, kwargs=lambda w: {"pk": _aurora_webhook(w).pk}, method="post"),
    "webhooks:redeliver": Route(
        OBJECT,
        kwargs=lambda w: {"pk": _aurora_webhook_delivery(w).pk},
        method="post",
        own_status=302,
    ),
    "webhooks:toggle": Route(
        OBJECT, kwargs=lambda w: {"pk": _aurora_webhook(w).pk}, method="post", own_status=302
    ),
    "webhooks:delete": Route(
        OBJECT, kwargs=lambda w: {"pk": _aurora_webhook(w).pk}, method="post", own_status=302
    ),
    # --- recs: document file versions (issue 15)
    "projects:document_version_add": Route(STAFF, kwargs=lambda w: {"pk": w.doc_a_shared.pk}),
    "projects:document_version_download": Route(
        OBJECT, kwargs=lambda w: {"pk": w.doc_a_shared.pk, "number": 1}
    ),
    # --- Capacity: leveling runs, proposal checks (issue 16)
    "capacity:leveling_list": Route(STAFF),
    "capacity:leveling_detail": Route(STAFF, kwargs=lambda w: {"pk": MISSING_ID}),
    "capacity:leveling_progress": Route(STAFF, kwargs=lambda w: {"pk": MISSING_ID}),
    "capacity:leveling_apply": Route(STAFF, kwargs=lambda w: {"pk": MISSING_ID}, method="post"),
    "capacity:leveling_discard": Route(STAFF, kwargs=lambda w: {"pk": MISSING_ID}, method="post"),
    "capacity:leveling_export": Route(STAFF, kwargs=lambda w: {"pk": MISSING_ID, "fmt": "csv"}),
    "capacity:project_leveling": Route(OBJECT, kwargs=lambda w: {"project_pk": w.project_a.pk}),
    "capacity:proposal_check": Route(STAFF, kwargs=_revision, method="post"),
    "capacity:proposal_check_detail": Route(STAFF, kwargs=lambda w: {"pk": MISSING_ID}),
    # Capacity register
    "capacity:resource_list": Route(STAFF),
    "capacity:resource_export": Route(STAFF, kwargs=lambda w: {"fmt": "csv"}),
    "capacity:resource_create": Route(STAFF),
    "capacity:resource_detail": Route(STAFF, kwargs=_resource),
    "capacity:resource_edit": Route(STAFF, kwargs=_resource),
    "capacity:resource_retire": Route(STAFF, kwargs=_resource),
    "capacity:resource_reactivate": Route(STAFF, kwargs=_resource),
    "capacity:resource_history": Route(STAFF, kwargs=_resource),
    "capacity:availability_add": Route(STAFF, kwargs=_resource, method="post"),
    "capacity:availability_edit": Route(STAFF, kwargs=_availability),
    "capacity:availability_remove": Route(STAFF, kwargs=_availability, method="post"),
    "capacity:task_demands": Route(STAFF, kwargs=lambda w: {"pk": _aurora_demand(w).task_id}),
    "capacity:demand_remove": Route(
        STAFF, kwargs=lambda w: {"pk": _aurora_demand(w).pk}, method="post"
    ),
    # Capacity view (issue 16): every resource's load is every sponsor's work; staff only.
    "capacity:load": Route(STAFF),
    "capacity:load_export": Route(STAFF, kwargs=lambda w: {"fmt": "csv"}),
    "capacity:load_resource": Route(STAFF, kwargs=_capacity_resource),
    # Production server and health (issue 17): readiness reveals only which check failed;
    # the slow request of the graceful-shutdown test is routed only under ACCORD_ENV=test.
    "readyz": Route(PUBLIC),
    "test_slow": Route(PUBLIC),
}

API: dict[str, Route] = {
    "GET /api/v1/me": Route(OWN),
    # Your own API tokens: nobody else's is listed, and another's is 404.
    "GET /api/v1/tokens": Route(OWN),
    "POST /api/v1/tokens": Route(OWN, method="post", body=lambda w: {"name": "cross-tenant"}),
    "POST /api/v1/tokens/{token_id}/revoke": Route(
        OBJECT, method="post", kwargs=lambda w: {"token_id": _sponsor_a_token(w)}
    ),
    "GET /api/v1/sites": Route(REFERENCE),
    "GET /api/v1/sponsors": Route(LIST, query=lambda w: {"q": "Aur"}),
    "GET /api/v1/sponsors/{sponsor_id}": Route(
        OBJECT, kwargs=lambda w: {"sponsor_id": w.sponsor_a.pk}
    ),
    "GET /api/v1/sponsors/{sponsor_id}/profile": Route(
        STAFF, kwargs=lambda w: {"sponsor_id": w.sponsor_a.pk}
    ),
    "GET /api/v1/sponsors/{sponsor_id}/interactions": Route(
        STAFF, kwargs=lambda w: {"sponsor_id": w.sponsor_a.pk}
    ),
    "GET /api/v1/interactions/{interaction_id}": Route(
        STAFF,
        kwargs=lambda w: {"interaction_id": _client_record(w, "interaction")["pk"]},
    ),
    "GET /api/v1/users": Route(LIST, query=lambda w: {"organization_id": w.sponsor_a.pk}),
    "GET /api/v1/projects": Route(LIST, query=_a_filters),
    "POST /api/v1/projects": Route(
        STAFF,
        method="post",
        body=lambda w: {
            "sponsor_id": w.sponsor_a.pk,
            "site_id": w.site.pk,
            "code": "AUR-999",
            "title": "Injected project",
            "modality": "small_molecule",
            "phase": "preclinical",
        },
    ),
    "GET /api/v1/projects/{project_id}": Route(
        OBJECT, kwargs=lambda w: {"project_id": w.project_a.pk}
    ),
    "GET /api/v1/projects/{project_id}/documents": Route(
        OBJECT, kwargs=lambda w: {"project_id": w.project_a.pk}
    ),
    "GET /api/v1/documents/{document_id}": Route(
        OBJECT, kwargs=lambda w: {"document_id": w.doc_a_shared.pk}
    ),
    "POST /api/v1/documents/{document_id}/transitions/{name}": Route(
        OBJECT,
        method="post",
        kwargs=lambda w: {"document_id": w.doc_a_shared.pk, "name": "submit"},
        body=lambda w: {"meaning": "authored", "username": "x", "password": "y"},
        own_status=403,  # A's manager sees the document but may not change its state
    ),
    "GET /api/v1/projects/{project_id}/delays": Route(
        OBJECT, kwargs=lambda w: {"project_id": w.project_a.pk}
    ),
    "GET /api/v1/delays/{delay_id}": Route(
        OBJECT, kwargs=lambda w: {"delay_id": w.delay_a_communicated.pk}
    ),
    "GET /api/v1/projects/{project_id}/risks": Route(
        OBJECT, kwargs=lambda w: {"project_id": w.project_a.pk}
    ),
    "GET /api/v1/risks/{risk_id}": Route(OBJECT, kwargs=lambda w: {"risk_id": w.risk_a_shared.pk}),
    "GET /api/v1/projects/{project_id}/change-orders": Route(
        OBJECT, kwargs=lambda w: {"project_id": w.project_a.pk}
    ),
    "GET /api/v1/change-orders/{change_order_id}": Route(
        OBJECT, kwargs=lambda w: {"change_order_id": w.change_order_a_sent.pk}
    ),
    "GET /api/v1/status-reports": Route(LIST),
    "GET /api/v1/projects/{project_id}/status-reports": Route(
        OBJECT, kwargs=lambda w: {"project_id": w.project_a.pk}
    ),
    "GET /api/v1/status-reports/{report_id}": Route(
        OBJECT, kwargs=lambda w: {"report_id": w.status_report_a_published.pk}
    ),
    "GET /api/v1/status-reports/{report_id}/pdf": Route(
        OBJECT, kwargs=lambda w: {"report_id": w.status_report_a_published.pk}
    ),
    "GET /api/v1/business-reviews": Route(LIST, query=_review_api_query),
    "GET /api/v1/business-reviews/{review_id}": Route(OBJECT, kwargs=_review_api),
    "GET /api/v1/business-reviews/{review_id}/pdf": Route(OBJECT, kwargs=_review_api),
    "POST /api/v1/business-reviews": Route(
        STAFF,
        method="post",
        body=lambda w: {"sponsor_id": w.sponsor_a.pk, "quarter_start": "2026-04-01"},
    ),
    "POST /api/v1/business-reviews/{review_id}/regenerate": Route(
        STAFF, method="post", kwargs=_review_api, body=lambda w: {"version": 1}
    ),
    "PATCH /api/v1/business-reviews/{review_id}": Route(
        STAFF, method="patch", kwargs=_review_api, body=lambda w: {"summary": "Injected"}
    ),
    "POST /api/v1/business-reviews/{review_id}/publish": Route(
        STAFF, method="post", kwargs=_review_api, body=_signed_body
    ),
    "POST /api/v1/business-reviews/{review_id}/comments": Route(
        OBJECT,
        method="post",
        kwargs=_review_api,
        body=lambda w: {"text": "Aurora asks about yields."},
        own_status=201,
    ),
    "PATCH /api/v1/business-reviews/{review_id}/comments/{comment_id}": Route(
        OBJECT,
        method="patch",
        kwargs=_review_comment_api,
        body=lambda w: {
            "text": "Aurora asks about the yields per batch.",
            "version": _aurora_review_comment(w).version,
        },
    ),
    "POST /api/v1/business-reviews/{review_id}/comments/{comment_id}/withdraw": Route(
        OBJECT,
        method="post",
        kwargs=_review_comment_api,
        body=lambda w: {"version": _aurora_review_comment(w).version},
    ),
    "GET /api/v1/projects/{project_id}/team": Route(
        OBJECT, kwargs=lambda w: {"project_id": w.project_a.pk}
    ),
    # The team's structure is written by CDMO staff only: 403 before any lookup.
    "POST /api/v1/projects/{project_id}/team/deliverables": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"project_id": w.project_a.pk},
        body=lambda w: {"title": "Injected", "department": "manufacturing"},
    ),
    "PATCH /api/v1/team-deliverables/{deliverable_id}": Route(
        STAFF,
        method="patch",
        kwargs=lambda w: {"deliverable_id": w.deliverable_a.pk},
        body=lambda w: {"title": "Injected", "version": 1},
    ),
    "PUT /api/v1/team-deliverables/{deliverable_id}/raci": Route(
        STAFF,
        method="put",
        kwargs=lambda w: {"deliverable_id": w.deliverable_a.pk},
        body=lambda w: {"assignments": {}, "token": "x"},
    ),
    "PUT /api/v1/projects/{project_id}/team/steering": Route(
        STAFF,
        method="put",
        kwargs=lambda w: {"project_id": w.project_a.pk},
        body=lambda w: {"members": [], "token": "x"},
    ),
    "PUT /api/v1/projects/{project_id}/team/escalation/{matter}": Route(
        STAFF,
        method="put",
        kwargs=lambda w: {"project_id": w.project_a.pk, "matter": "commercial"},
        body=lambda w: {"levels": [], "token": "x"},
    ),
    "GET /api/v1/documents/{document_id}/download": Route(
        OBJECT, kwargs=lambda w: {"document_id": w.doc_a_shared.pk}
    ),
    "GET /api/v1/meetings": Route(LIST, query=lambda w: {"project_id": w.project_a.pk}),
    "GET /api/v1/meetings/{meeting_id}": Route(
        OBJECT, kwargs=lambda w: {"meeting_id": w.meeting_a_shared.pk}
    ),
    "GET /api/v1/rfps": Route(LIST, query=_a_filters),
    "GET /api/v1/rfps/{rfp_id}": Route(OBJECT, kwargs=lambda w: {"rfp_id": w.rfp_a.pk}),
    "GET /api/v1/proposals": Route(LIST, query=lambda w: {"rfp_id": w.rfp_a.pk}),
    "GET /api/v1/proposals/{proposal_id}": Route(
        OBJECT, kwargs=lambda w: {"proposal_id": w.proposal_a.pk}
    ),
    "GET /api/v1/proposal-revisions/{revision_id}": Route(
        OBJECT, kwargs=lambda w: {"revision_id": w.revision_a_sent.pk}
    ),
    "GET /api/v1/proposal-revisions/{revision_id}/pdf": Route(
        OBJECT, kwargs=lambda w: {"revision_id": w.revision_a_sent.pk}
    ),
    "GET /api/v1/proposal-revisions/{revision_id}/internal": Route(
        STAFF, kwargs=lambda w: {"revision_id": w.revision_a_sent.pk}
    ),
    "GET /api/v1/search": Route(LIST, query=lambda w: {"q": "Aur"}),
    "GET /api/v1/project-roles": Route(REFERENCE),
    "GET /api/v1/projects/{project_id}/team/members": Route(
        OBJECT, kwargs=lambda w: {"project_id": w.project_a.pk}
    ),
    "POST /api/v1/projects/{project_id}/team/members": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"project_id": w.project_a.pk},
        body=lambda w: {"user_id": w.sponsor_b_contact.pk, "role": "sponsor_cmc_lead"},
    ),
    "PATCH /api/v1/projects/{project_id}/team/members/{user_id}": Route(
        STAFF,
        method="patch",
        kwargs=lambda w: {"project_id": w.project_a.pk, "user_id": w.sponsor_a_contact.pk},
        body=lambda w: {"role": "sponsor_qa"},
    ),
    "DELETE /api/v1/projects/{project_id}/team/members/{user_id}": Route(
        STAFF,
        method="delete",
        kwargs=lambda w: {"project_id": w.project_a.pk, "user_id": w.sponsor_a_contact.pk},
        body=lambda w: {"reason": "Injected"},
    ),
    "GET /api/v1/tasks/{task_id}/assignments": Route(STAFF, kwargs=lambda w: {"task_id": 1}),
    "POST /api/v1/tasks/{task_id}/assignments": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"task_id": 1},
        body=lambda w: {"person_id": w.pm_alice.pk, "role_on_task": "Operator"},
    ),
    "DELETE /api/v1/tasks/{task_id}/assignments/{assignment_id}": Route(
        STAFF, method="delete", kwargs=lambda w: {"task_id": 1, "assignment_id": 1}
    ),
    "GET /api/v1/tasks/{task_id}/skills": Route(STAFF, kwargs=lambda w: {"task_id": 1}),
    "POST /api/v1/tasks/{task_id}/skills": Route(
        STAFF, method="post", kwargs=lambda w: {"task_id": 1}, body=lambda w: {"competency_id": 1}
    ),
    "DELETE /api/v1/tasks/{task_id}/skills/{skill_id}": Route(
        STAFF, method="delete", kwargs=lambda w: {"task_id": 1, "skill_id": 1}
    ),
    "GET /api/v1/projects/{project_id}/plan/lapses": Route(
        STAFF, kwargs=lambda w: {"project_id": w.project_a.pk}
    ),
    "GET /api/v1/tasks/{task_id}/equipment": Route(STAFF, kwargs=lambda w: {"task_id": 1}),
    "POST /api/v1/tasks/{task_id}/equipment": Route(
        STAFF, method="post", kwargs=lambda w: {"task_id": 1}, body=lambda w: {"equipment_id": 1}
    ),
    "DELETE /api/v1/tasks/{task_id}/equipment/{booking_id}": Route(
        STAFF, method="delete", kwargs=lambda w: {"task_id": 1, "booking_id": 1}
    ),
    "POST /api/v1/tasks/{task_id}/equipment/{booking_id}/override": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"task_id": 1, "booking_id": 1},
        body=lambda w: {"override_reason": "Injected", "password": "x"},
    ),
    "GET /api/v1/projects/{project_id}/plan/equipment-lapses": Route(
        STAFF, kwargs=lambda w: {"project_id": w.project_a.pk}
    ),
    "GET /api/v1/sites/{site_id}/calendar": Route(STAFF, kwargs=_site_api),
    "POST /api/v1/sites/{site_id}/calendar/days": Route(
        STAFF,
        method="post",
        kwargs=_site_api,
        body=lambda w: {"date": "2026-12-24", "kind": "holiday", "name": "Injected"},
    ),
    "PATCH /api/v1/sites/{site_id}/calendar/days/{date}": Route(
        STAFF, method="patch", kwargs=_site_api, body=lambda w: {"name": "Injected"}
    ),
    "DELETE /api/v1/sites/{site_id}/calendar/days/{date}": Route(
        STAFF, method="delete", kwargs=_site_api, body=lambda w: {"reason": "Injected"}
    ),
    "GET /api/v1/sla-policies": Route(LIST, query=_aurora_levels_query),
    "GET /api/v1/sla-policies/{policy_id}": Route(
        OBJECT, kwargs=lambda w: {"policy_id": _aurora_levels(w).pk}
    ),
    "POST /api/v1/sla-policies": Route(
        STAFF,
        method="post",
        body=lambda w: {"sponsor_id": w.sponsor_b.pk, "name": "Injected", "targets": {}},
    ),
    "PUT /api/v1/sla-policies/{policy_id}": Route(
        STAFF,
        method="put",
        kwargs=lambda w: {"policy_id": _aurora_levels(w).pk},
        body=lambda w: {"name": "Injected", "targets": {}, "version": 1},
    ),
    "DELETE /api/v1/sla-policies/{policy_id}": Route(
        STAFF,
        method="delete",
        kwargs=lambda w: {"policy_id": _aurora_levels(w).pk},
        body=lambda w: {"reason": "Injected"},
    ),
    "GET /api/v1/sites/{site_id}/service-hours": Route(
        STAFF, kwargs=lambda w: {"site_id": w.site.pk}
    ),
    "PUT /api/v1/sites/{site_id}/service-hours": Route(
        STAFF,
        method="put",
        kwargs=lambda w: {"site_id": w.site.pk},
        body=lambda w: {"monday": "08:00-17:00"},
    ),
    "PUT /api/v1/sites/{site_id}/calendar/region": Route(
        STAFF, method="put", kwargs=_site_api, body=lambda w: {"country_code": "CH"}
    ),
    "GET /api/v1/sites/{site_id}/calendar/public-holidays": Route(
        STAFF, kwargs=_site_api, query=lambda w: {"year": 2026}
    ),
    "POST /api/v1/sites/{site_id}/calendar/public-holidays": Route(
        STAFF, method="post", kwargs=_site_api, body=lambda w: {"year": 2026}
    ),
    "GET /api/v1/projects/{project_id}/calendar": Route(
        STAFF, kwargs=lambda w: {"project_id": w.project_a.pk}
    ),
    "GET /api/v1/concerns": Route(LIST, query=_aurora_concern_api_query),
    "GET /api/v1/concerns/{concern_id}": Route(OBJECT, kwargs=_aurora_concern_api),
    # Naming a sponsor one may not see is 404; A's manager raises one for A (201).
    "POST /api/v1/concerns": Route(
        OBJECT,
        method="post",
        body=lambda w: {
            "sponsor_id": w.sponsor_a.pk,
            "title": "Aurora label wording",
            "description": "Injected for Aurora Therapeutics.",
            "category": "other",
            "urgency": "low",
        },
        own_status=201,
    ),
    "POST /api/v1/concerns/{concern_id}/acknowledge": Route(
        STAFF,
        method="post",
        kwargs=_aurora_concern_api,
        body=lambda w: {"message": "Injected", "version": 1},
    ),
    "POST /api/v1/concerns/{concern_id}/contact": Route(
        STAFF,
        method="post",
        kwargs=_aurora_concern_api,
        body=lambda w: {"how": "call", "summary": "x", "containment": "y", "version": 1},
    ),
    "POST /api/v1/concerns/{concern_id}/updates": Route(
        STAFF, method="post", kwargs=_aurora_concern_api, body=lambda w: {"text": "Injected"}
    ),
    "POST /api/v1/concerns/{concern_id}/notes": Route(
        STAFF, method="post", kwargs=_aurora_concern_api, body=lambda w: {"text": "Injected"}
    ),
    "POST /api/v1/concerns/{concern_id}/wait": Route(
        STAFF, method="post", kwargs=_aurora_concern_api, body=lambda w: {"reason": "Injected"}
    ),
    "POST /api/v1/concerns/{concern_id}/resolve": Route(
        STAFF,
        method="post",
        kwargs=_aurora_concern_api,
        body=lambda w: {"resolution": "Injected", "version": 1},
    ),
    # The sponsor's own steps: A's manager is told the raised concern is not waiting on
    # it (422) or not resolved (409); B's people get 404.
    "POST /api/v1/concerns/{concern_id}/resume": Route(
        OBJECT,
        method="post",
        kwargs=_aurora_concern_api,
        body=lambda w: {"text": "Injected"},
        own_status=422,
    ),
    "POST /api/v1/concerns/{concern_id}/confirm": Route(
        OBJECT, method="post", kwargs=_aurora_concern_api, own_status=409
    ),
    "POST /api/v1/concerns/{concern_id}/reopen": Route(
        OBJECT,
        method="post",
        kwargs=_aurora_concern_api,
        body=lambda w: {"reason": "Injected"},
        own_status=409,
    ),
    "POST /api/v1/concerns/{concern_id}/assign": Route(
        STAFF,
        method="post",
        kwargs=_aurora_concern_api,
        body=lambda w: {"priority": "critical", "reason": "Injected", "version": 1},
    ),
    "POST /api/v1/concerns/{concern_id}/links": Route(
        STAFF,
        method="post",
        kwargs=_aurora_concern_api,
        body=lambda w: {"delay_ids": [w.delay_a_communicated.pk]},
    ),
    # A file for A's concern: A's manager adds it (201), B's people get 404.
    "POST /api/v1/concerns/{concern_id}/files": Route(
        OBJECT,
        method="post",
        kwargs=_aurora_concern_api,
        body=lambda w: {"file": _pdf_upload("aurora-note.pdf")},
        own_status=201,
        multipart=True,
    ),
    "GET /api/v1/kudos": Route(LIST, query=_aurora_kudos_query),
    "GET /api/v1/kudos/{kudos_id}": Route(
        OBJECT, kwargs=lambda w: {"kudos_id": _aurora_kudos(w).pk}
    ),
    # Only the giver takes kudos back: A's manager sees its contact's, may not (403).
    "POST /api/v1/kudos/{kudos_id}/withdraw": Route(
        OBJECT,
        method="post",
        kwargs=lambda w: {"kudos_id": _aurora_contact_kudos(w).pk},
        own_status=403,
    ),
    # Giving is the caller's own act; a record of another sponsor in it answers 404.
    "POST /api/v1/kudos": Route(
        OWN,
        method="post",
        body=lambda w: {
            "recipient_id": w.pm_alice.pk,
            "message": "Injected",
            "concern_id": _aurora_concern(w).pk,
        },
    ),
    "GET /api/v1/quality-agreements": Route(
        LIST, query=lambda w: {"sponsor_id": _aurora_agreement(w).sponsor_id}
    ),
    "GET /api/v1/quality-agreements/{agreement_id}": Route(
        OBJECT, kwargs=lambda w: {"agreement_id": _aurora_agreement(w).pk}
    ),
    "POST /api/v1/quality-agreements": Route(
        STAFF,
        method="post",
        body=lambda w: {
            "sponsor_id": w.sponsor_a.pk,
            "title": "Injected",
            "effective_from": "2026-01-01",
            "summary_days": 5,
        },
    ),
    "PUT /api/v1/quality-agreements/{agreement_id}": Route(
        STAFF,
        method="put",
        kwargs=lambda w: {"agreement_id": _aurora_agreement(w).pk},
        body=lambda w: {"title": "Injected", "effective_from": "2026-01-01", "summary_days": 5},
    ),
    "POST /api/v1/quality-agreements/{agreement_id}/approve": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"agreement_id": _aurora_agreement(w).pk},
        body=lambda w: {"username": "x", "password": "y", "version": 1},
    ),
    "GET /api/v1/deviations": Route(
        LIST, query=lambda w: {"sponsor_id": _aurora_deviation(w).sponsor_id}
    ),
    "GET /api/v1/deviations/{deviation_id}": Route(OBJECT, kwargs=_aurora_deviation_api),
    "POST /api/v1/deviations": Route(
        STAFF,
        method="post",
        body=lambda w: {
            "title": "Injected",
            "description": "x",
            "occurred_at": "2026-01-01T08:00:00Z",
            "discovered_at": "2026-01-01T09:00:00Z",
            "site_id": w.site.pk,
            "area": "x",
            "project_id": w.project_a.pk,
            "containment": "x",
            "classification": "minor",
            "classification_rationale": "x",
        },
    ),
    "PATCH /api/v1/deviations/{deviation_id}": Route(
        STAFF,
        method="patch",
        kwargs=_aurora_deviation_api,
        body=lambda w: {"title": "Injected", "version": 1},
    ),
    "POST /api/v1/deviations/{deviation_id}/assess": Route(
        STAFF,
        method="post",
        kwargs=_aurora_deviation_api,
        body=lambda w: {"impact_assessment": "x", "capa_required": True, "version": 1},
    ),
    "GET /api/v1/deviations/{deviation_id}/recurrence-suggestions": Route(
        STAFF, kwargs=_aurora_deviation_api
    ),
    "POST /api/v1/deviations/{deviation_id}/recurrence": Route(
        STAFF,
        method="post",
        kwargs=_aurora_deviation_api,
        body=lambda w: {"justification": "x", "version": 1},
    ),
    "POST /api/v1/deviations/{deviation_id}/submit": Route(
        STAFF, method="post", kwargs=_aurora_deviation_api, body=lambda w: {"version": 1}
    ),
    "POST /api/v1/deviations/{deviation_id}/approve": Route(
        STAFF, method="post", kwargs=_aurora_deviation_api, body=_signed
    ),
    "POST /api/v1/deviations/{deviation_id}/send-back": Route(
        STAFF,
        method="post",
        kwargs=_aurora_deviation_api,
        body=lambda w: {"reason": "x", "version": 1},
    ),
    "POST /api/v1/deviations/{deviation_id}/reclassify": Route(
        STAFF,
        method="post",
        kwargs=_aurora_deviation_api,
        body=lambda w: {**_signed(w), "classification": "critical", "reason": "x"},
    ),
    "PUT /api/v1/deviations/{deviation_id}/investigation": Route(
        STAFF, method="put", kwargs=_aurora_deviation_api, body=lambda w: {"version": 1}
    ),
    "POST /api/v1/deviations/{deviation_id}/other-batches": Route(
        STAFF,
        method="post",
        kwargs=_aurora_deviation_api,
        body=lambda w: {"item": "x", "affected": False, "conclusion": "x", "version": 1},
    ),
    "POST /api/v1/deviations/{deviation_id}/requests": Route(
        STAFF,
        method="post",
        kwargs=_aurora_deviation_api,
        body=lambda w: {"kind": "cancellation", "justification": "x"},
    ),
    "POST /api/v1/deviations/{deviation_id}/requests/{request_id}/decide": Route(
        STAFF,
        method="post",
        kwargs=_aurora_deviation_request,
        body=lambda w: {**_signed(w), "approve": True},
    ),
    "POST /api/v1/deviations/{deviation_id}/notices": Route(
        STAFF,
        method="post",
        kwargs=_aurora_deviation_api,
        body=lambda w: {
            "kind": "notification",
            "sent_at": "2026-01-01T09:00:00Z",
            "recipients": "x",
            "how": "email",
            "content": "x",
        },
    ),
    "GET /api/v1/batches": Route(
        LIST, query=lambda w: {"sponsor_id": _aurora_quality(w)["batch"].project.sponsor_id}
    ),
    "GET /api/v1/batches/{batch_id}": Route(
        OBJECT, kwargs=lambda w: {"batch_id": _aurora_quality(w)["batch"].pk}
    ),
    "POST /api/v1/batches": Route(
        STAFF,
        method="post",
        body=lambda w: {
            "project_id": w.project_a.pk,
            "number": "INJECTED-1",
            "manufactured_on": "2026-03-01",
        },
    ),
    "POST /api/v1/batches/{batch_id}/status": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"batch_id": _aurora_quality(w)["batch"].pk},
        body=lambda w: {"status": "released", "version": 1},
    ),
    "GET /api/v1/capa": Route(
        LIST, query=lambda w: {"sponsor_id": _aurora_capa(w).sponsor_id, "q": "Aur"}
    ),
    "GET /api/v1/capa/{capa_id}": Route(OBJECT, kwargs=_capa_api),
    "POST /api/v1/capa": Route(
        STAFF,
        method="post",
        body=lambda w: {
            "title": "Injected",
            "problem": "Injected",
            "owner_id": w.pm_alice.pk,
            "qa_approver_id": w.qa_quinn.pk,
            "due_date": "2027-01-01",
            "deviation_id": _aurora_capa(w).deviation_id,
        },
    ),
    "POST /api/v1/capa/{capa_id}/actions": Route(
        STAFF,
        method="post",
        kwargs=_capa_api,
        body=lambda w: {
            "action_type": "corrective",
            "description": "Injected",
            "owner_id": w.pm_alice.pk,
            "qa_approver_id": w.qa_quinn.pk,
            "due_date": "2027-01-01",
            "version": 1,
        },
    ),
    "POST /api/v1/capa/{capa_id}/actions/{action_id}/done": Route(
        STAFF,
        method="post",
        kwargs=_capa_action_api,
        body=lambda w: {"evidence": "Injected", "version": 1},
        multipart=True,
    ),
    "POST /api/v1/capa/{capa_id}/actions/{action_id}/verify": Route(
        STAFF, method="post", kwargs=_capa_action_api, body=_signed_body
    ),
    "POST /api/v1/capa/{capa_id}/actions/{action_id}/return": Route(
        STAFF,
        method="post",
        kwargs=_capa_action_api,
        body=lambda w: {"reason": "Injected", "version": 1},
    ),
    "POST /api/v1/capa/{capa_id}/actions/{action_id}/cancel": Route(
        STAFF,
        method="post",
        kwargs=_capa_action_api,
        body=lambda w: {"reason": "Injected", "version": 1},
    ),
    "POST /api/v1/capa/{capa_id}/implement": Route(
        STAFF, method="post", kwargs=_capa_api, body=_signed_body
    ),
    "POST /api/v1/capa/{capa_id}/check": Route(
        STAFF,
        method="post",
        kwargs=_capa_api,
        body=lambda w: {**_signed_body(w), "evidence": "x", "verdict": "effective", "rating": 5},
    ),
    "POST /api/v1/capa/{capa_id}/close": Route(
        STAFF, method="post", kwargs=_capa_api, body=lambda w: {**_signed_body(w), "reason": "x"}
    ),
    "POST /api/v1/capa/{capa_id}/cancel": Route(
        STAFF, method="post", kwargs=_capa_api, body=lambda w: {**_signed_body(w), "reason": "x"}
    ),
    "GET /api/v1/change-controls": Route(
        LIST, query=lambda w: {"sponsor_id": _aurora_change(w) and w.sponsor_a.pk}
    ),
    "GET /api/v1/change-controls/{change_id}": Route(
        OBJECT, kwargs=lambda w: {"change_id": _aurora_change(w).pk}
    ),
    "POST /api/v1/change-controls": Route(
        STAFF,
        method="post",
        body=lambda w: {
            "title": "Injected",
            "current_state": "a",
            "proposed_state": "b",
            "justification": "c",
            "change_type": "process",
            "classification": "minor",
            "site_id": w.site.pk,
            "owner_id": w.pm_alice.pk,
            "project_ids": [w.project_a.pk],
        },
    ),
    "PUT /api/v1/change-controls/{change_id}": Route(
        STAFF,
        method="put",
        kwargs=lambda w: {"change_id": _aurora_change(w).pk},
        body=lambda w: {
            "title": "Injected",
            "current_state": "a",
            "proposed_state": "b",
            "justification": "c",
            "change_type": "process",
            "classification": "minor",
            "site_id": w.site.pk,
            "owner_id": w.pm_alice.pk,
        },
    ),
    "POST /api/v1/change-controls/{change_id}/assessments": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"change_id": _aurora_change(w).pk},
        body=lambda w: {"department": "qc", "assessor_id": w.pm_alice.pk},
    ),
    "POST /api/v1/change-controls/{change_id}/assessments/{assessment_id}/sign": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {
            "change_id": _aurora_change(w).pk,
            "assessment_id": _aurora_change(w).assessments.get().pk,
        },
        body=lambda w: {"impact": "low", "assessment": "x", **SIGN},
    ),
    "POST /api/v1/change-controls/{change_id}/actions": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"change_id": _aurora_change(w).pk},
        body=lambda w: {
            "kind": "other",
            "description": "Injected",
            "owner_id": w.pm_alice.pk,
            "due_date": "2027-01-01",
        },
    ),
    "POST /api/v1/change-controls/{change_id}/actions/{action_id}/done": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {
            "change_id": _aurora_change(w).pk,
            "action_id": _aurora_change(w).actions.get().pk,
        },
        body=lambda w: {"evidence": "Injected"},
    ),
    "POST /api/v1/change-controls/{change_id}/approve-plan": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"change_id": _aurora_change(w).pk},
        body=lambda w: SIGN,
    ),
    "POST /api/v1/change-controls/{change_id}/reject": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"change_id": _aurora_change(w).pk},
        body=lambda w: {"reason": "Injected", **SIGN},
    ),
    "POST /api/v1/change-controls/{change_id}/close": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"change_id": _aurora_change(w).pk},
        body=lambda w: {
            "objectives_met": True,
            "no_adverse_impact": True,
            "evidence": "Injected",
            **SIGN,
        },
    ),
    "POST /api/v1/change-controls/{change_id}/steps/{name}": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"change_id": _aurora_change(w).pk, "name": "cancel"},
        body=lambda w: {"reason": "Injected"},
    ),
    # A's manager signs with a wrong password: 422, nothing signed; B's people get 404.
    "POST /api/v1/change-approvals/{approval_id}/decide": Route(
        OBJECT,
        method="post",
        kwargs=lambda w: {"approval_id": _aurora_change_approval(w)["pk"]},
        body=lambda w: {"decision": "approved", **SIGN},
        own_status=422,
    ),
    "GET /api/v1/notifications": Route(LIST, query=lambda w: {"q": "Aur"}),
    "POST /api/v1/notifications/{notification_id}/read": Route(
        OBJECT,
        method="post",
        kwargs=lambda w: {"notification_id": _a_notification(w)["pk"]},
    ),
    "GET /api/v1/surveys": Route(LIST, query=_aurora_survey_query),
    "GET /api/v1/surveys/{survey_id}": Route(
        OBJECT, kwargs=lambda w: {"survey_id": _aurora_survey(w).pk}
    ),
    "POST /api/v1/surveys/{survey_id}/close": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"survey_id": _aurora_survey(w).pk},
        body=lambda w: {"reason": "Injected"},
    ),
    # A's manager was asked, so its answer is taken (201); B's people get 404.
    "POST /api/v1/surveys/{survey_id}/answers": Route(
        OBJECT,
        method="post",
        kwargs=lambda w: {"survey_id": _aurora_survey(w).pk},
        body=lambda w: {"score": 4, "comment": "Injected"},
        own_status=201,
    ),
    "GET /api/v1/survey-results": Route(STAFF, query=lambda w: {"sponsor_id": w.sponsor_a.pk}),
    "GET /api/v1/survey-settings": Route(STAFF),
    "PUT /api/v1/survey-settings": Route(STAFF, method="put", body=_survey_settings_body),
    "POST /api/v1/notifications/read-all": Route(OWN, method="post"),
    "GET /api/v1/notification-preferences": Route(OWN),
    "PATCH /api/v1/notification-preferences": Route(OWN),  # its GET twin answers a plain GET
    "GET /api/v1/training/assignments": Route(STAFF),
    "GET /api/v1/training/assignments/{assignment_id}": Route(
        STAFF, kwargs=lambda w: {"assignment_id": 1}
    ),
    "POST /api/v1/training/assignments/{assignment_id}/read-and-understood": Route(
        STAFF, kwargs=lambda w: {"assignment_id": 1}, method="post", body=lambda w: SIGN
    ),
    "POST /api/v1/training/assignments/{assignment_id}/quiz-attempts": Route(
        STAFF, kwargs=lambda w: {"assignment_id": 1}, method="post"
    ),
    "POST /api/v1/training/quiz-attempts/{attempt_id}/answers": Route(
        STAFF, kwargs=lambda w: {"attempt_id": 1}, method="post", body=lambda w: {"answers": {}}
    ),
    "GET /api/v1/training/competency-records": Route(STAFF),
    "POST /api/v1/training/competency-records": Route(
        STAFF,
        method="post",
        body=lambda w: {
            **SIGN,
            "person_id": w.qa_quinn.pk,
            "competency_id": 1,
            "level": 3,
            "method": "exam",
            "evidence": "x",
        },
    ),
    "GET /api/v1/training/matrix": Route(STAFF),
    "POST /api/v1/training/role-holdings": Route(
        STAFF,
        method="post",
        body=lambda w: {"person_id": w.qa_quinn.pk, "job_role_id": 1, "site_id": w.site.pk},
    ),
    "POST /api/v1/training/documents/{document_id}/versions": Route(
        STAFF, kwargs=lambda w: {"document_id": 1}, method="post", body=lambda w: {"summary": "x"}
    ),
    "GET /api/v1/scorecard-templates": Route(STAFF),
    "GET /api/v1/scorecard-templates/{template_id}": Route(STAFF, kwargs=_scorecard_template_api),
    "POST /api/v1/scorecard-templates": Route(STAFF, method="post", body=_template_body),
    "PUT /api/v1/scorecard-templates/{template_id}": Route(
        STAFF, method="put", kwargs=_scorecard_template_api, body=_template_body
    ),
    "GET /api/v1/scorecards": Route(LIST, query=lambda w: {"_": _aurora_scorecard(w).pk}),
    "GET /api/v1/scorecards/{scorecard_id}": Route(OBJECT, kwargs=_scorecard_api),
    "GET /api/v1/scorecards/{scorecard_id}/pdf": Route(OBJECT, kwargs=_scorecard_api),
    "POST /api/v1/scorecards/{scorecard_id}/sign": Route(
        STAFF, method="post", kwargs=_scorecard_api, body=lambda w: SIGN
    ),
    "GET /api/v1/lessons": Route(STAFF),
    "GET /api/v1/lessons/{lesson_id}": Route(STAFF, kwargs=lambda w: {"lesson_id": 1}),
    "PATCH /api/v1/lessons/{lesson_id}": Route(
        STAFF, method="patch", kwargs=lambda w: {"lesson_id": 1}, body=lambda w: {"title": "x"}
    ),
    "POST /api/v1/lessons": Route(
        STAFF,
        method="post",
        body=lambda w: {
            "source_kind": "concern",
            "source_id": _aurora_concern(w).pk,
            "title": "Injected",
            "what_happened": "x",
            "recommendation": "y",
            "cause": "scope",
        },
    ),
    "POST /api/v1/lessons/{lesson_id}/publish": Route(
        STAFF, method="post", kwargs=lambda w: {"lesson_id": 1}
    ),
    "GET /api/v1/lessons/{lesson_id}/applications": Route(STAFF, kwargs=lambda w: {"lesson_id": 1}),
    "POST /api/v1/lessons/{lesson_id}/applications": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"lesson_id": 1},
        body=lambda w: {"project_id": w.project_a.pk, "how": "Injected"},
    ),
    "GET /api/v1/lessons-reviews": Route(STAFF),
    "GET /api/v1/projects/{project_id}/lessons-review": Route(
        STAFF, kwargs=lambda w: {"project_id": w.project_a.pk}
    ),
    "POST /api/v1/projects/{project_id}/lessons-review": Route(
        STAFF, method="post", kwargs=lambda w: {"project_id": w.project_a.pk}
    ),
    "PUT /api/v1/projects/{project_id}/lessons-review": Route(
        STAFF,
        method="put",
        kwargs=lambda w: {"project_id": w.project_a.pk},
        body=lambda w: {"went_well": "Injected"},
    ),
    "POST /api/v1/projects/{project_id}/lessons-review/findings": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"project_id": w.project_a.pk},
        body=lambda w: {
            "title": "t",
            "what_happened": "w",
            "recommendation": "r",
            "cause": "scope",
        },
    ),
    "POST /api/v1/projects/{project_id}/lessons-review/submit": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"project_id": w.project_a.pk},
        body=lambda w: {"username": "x", "password": "y", "version": 1},
    ),
    "GET /api/v1/equipment": Route(STAFF),
    "GET /api/v1/equipment/{equipment_id}": Route(STAFF, kwargs=_equipment_api),
    "GET /api/v1/equipment/{equipment_id}/gaps": Route(STAFF, kwargs=_equipment_api),
    "POST /api/v1/equipment": Route(
        STAFF,
        method="post",
        body=lambda w: {"code": "X-1", "name": "Injected", "kind": "other", "site_id": w.site.pk},
    ),
    "PUT /api/v1/equipment/{equipment_id}": Route(
        STAFF,
        method="put",
        kwargs=_equipment_api,
        body=lambda w: {"code": "X-1", "name": "Injected", "kind": "other", "site_id": w.site.pk},
    ),
    "POST /api/v1/equipment/{equipment_id}/status": Route(
        STAFF,
        method="post",
        kwargs=_equipment_api,
        body=lambda w: {"status": "do_not_use", "reason": "Injected", "version": 1},
    ),
    "POST /api/v1/equipment/{equipment_id}/qualifications": Route(
        STAFF,
        method="post",
        kwargs=_equipment_api,
        body=lambda w: {
            "stage": "iq",
            "protocol": "Injected",
            "executed_on": "2026-01-05",
            "result": "pass",
            "summary": "Injected",
        },
    ),
    "POST /api/v1/equipment/{equipment_id}/qualifications/{record_id}/approve": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {**_equipment_api(w), "record_id": _equipment_record(w)},
        body=lambda w: SIGN,
    ),
    "POST /api/v1/equipment/{equipment_id}/calibrations": Route(
        STAFF,
        method="post",
        kwargs=_equipment_api,
        body=lambda w: {
            "performed_on": "2026-01-05",
            "performed_by_id": w.pm_alice.pk,
            "result": "out_of_tolerance",
            "as_found": "Injected",
        },
    ),
    "POST /api/v1/equipment/{equipment_id}/maintenance": Route(
        STAFF,
        method="post",
        kwargs=_equipment_api,
        body=lambda w: {
            "performed_on": "2026-01-05",
            "kind": "corrective",
            "description": "Injected",
            "performed_by_id": w.pm_alice.pk,
        },
    ),
    "GET /api/v1/improvement/initiatives": Route(
        LIST, query=lambda w: _aurora_initiative(w) and {}
    ),
    "GET /api/v1/improvement/initiatives/{initiative_id}": Route(OBJECT, kwargs=_initiative_api),
    "PATCH /api/v1/improvement/initiatives/{initiative_id}": Route(
        STAFF, method="patch", kwargs=_initiative_api, body=lambda w: {"title": "Injected"}
    ),
    "POST /api/v1/improvement/initiatives/{initiative_id}/cancel": Route(
        STAFF, method="post", kwargs=_initiative_api, body=lambda w: {"reason": "Injected"}
    ),
    "POST /api/v1/improvement/initiatives": Route(
        STAFF,
        method="post",
        body=lambda w: {
            "title": "Injected",
            "problem_statement": "Injected",
            "method": "kaizen",
            "owner_id": w.pm_alice.pk,
            "champion_id": w.qa_quinn.pk,
            "site_id": w.site.pk,
        },
    ),
    "POST /api/v1/improvement/initiatives/{initiative_id}/result": Route(
        STAFF,
        method="post",
        kwargs=_initiative_api,
        body=lambda w: {"result_value": "1", "result_measured_on": "2026-01-05", "version": 1},
    ),
    "POST /api/v1/improvement/initiatives/{initiative_id}/deliverables/{deliverable_id}": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {**_initiative_api(w), "deliverable_id": MISSING_ID},
        body=lambda w: {"done": True},
    ),
    "POST /api/v1/improvement/initiatives/{initiative_id}/deliverables": Route(
        STAFF,
        method="post",
        kwargs=_initiative_api,
        body=lambda w: {"stage": "control", "name": "Injected"},
    ),
    "DELETE /api/v1/improvement/initiatives/{initiative_id}/deliverables/{deliverable_id}": Route(
        STAFF,
        method="delete",
        kwargs=lambda w: {**_initiative_api(w), "deliverable_id": MISSING_ID},
    ),
    "POST /api/v1/improvement/initiatives/{initiative_id}/gate": Route(
        STAFF, method="post", kwargs=_initiative_api, body=lambda w: SIGN
    ),
    "POST /api/v1/improvement/initiatives/{initiative_id}/close": Route(
        STAFF, method="post", kwargs=_initiative_api, body=lambda w: SIGN
    ),
    "POST /api/v1/improvement/initiatives/{initiative_id}/baseline-from-delays": Route(
        STAFF,
        method="post",
        kwargs=_initiative_api,
        body=lambda w: {"cause": "release_delay", "start": "2026-01-01", "end": "2026-03-31"},
    ),
    "GET /api/v1/improvement/areas/{area_id}/audits": Route(
        STAFF, kwargs=lambda w: {"area_id": MISSING_ID}
    ),
    "POST /api/v1/improvement/areas/{area_id}/audits": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"area_id": MISSING_ID},
        body=lambda w: {
            "audited_on": "2026-01-05",
            "auditor_id": w.pm_alice.pk,
            "scores": {"sort": 1, "set_in_order": 1, "shine": 1, "standardize": 1, "sustain": 1},
        },
    ),
    "GET /api/v1/improvement/areas": Route(STAFF),
    "POST /api/v1/improvement/areas": Route(
        STAFF, method="post", body=lambda w: {"site_id": w.site.pk, "name": "Injected"}
    ),
    "GET /api/v1/improvement/audits/{audit_id}": Route(STAFF, kwargs=lambda w: {"audit_id": 1}),
    "POST /api/v1/improvement/audits/{audit_id}/actions": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"audit_id": 1},
        body=lambda w: {"what": "x", "owner_id": w.pm_alice.pk, "due_on": "2026-02-02"},
    ),
    "POST /api/v1/improvement/audit-actions/{action_id}/done": Route(
        STAFF, method="post", kwargs=lambda w: {"action_id": 1}
    ),
    "POST /api/v1/improvement/capabilities": Route(
        STAFF, method="post", body=lambda w: {"name": "Injected", "category": "analytical"}
    ),
    "PUT /api/v1/improvement/capabilities/{capability_id}/sites/{site_id}": Route(
        STAFF,
        method="put",
        kwargs=lambda w: {"capability_id": 1, "site_id": w.site.pk},
        body=lambda w: {"status": "planned"},
    ),
    "GET /api/v1/improvement/capabilities": Route(STAFF),
    # --- sponsors, relationships, RFPs and proposals: writes (issue 15)
    "POST /api/v1/sponsors": Route(
        STAFF,
        method="post",
        body=lambda w: {"name": "Injected", "short_name": "INJ", "sponsor_type": "biotech"},
    ),
    "PATCH /api/v1/sponsors/{sponsor_id}": Route(
        STAFF,
        method="patch",
        kwargs=lambda w: {"sponsor_id": w.sponsor_a.pk},
        body=lambda w: {"name": "Injected", "token": "x"},
    ),
    "PUT /api/v1/sponsors/{sponsor_id}/profile": Route(
        STAFF,
        method="put",
        kwargs=lambda w: {"sponsor_id": w.sponsor_a.pk},
        body=lambda w: {"version": 1},
    ),
    "GET /api/v1/sponsors/{sponsor_id}/contacts": Route(
        STAFF, kwargs=lambda w: {"sponsor_id": w.sponsor_a.pk}
    ),
    "POST /api/v1/sponsors/{sponsor_id}/contacts": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"sponsor_id": w.sponsor_a.pk},
        body=lambda w: {"name": "Injected", "decision_role": "quality"},
    ),
    "GET /api/v1/contacts/{contact_id}": Route(
        STAFF, kwargs=lambda w: {"contact_id": _client_record(w, "contact")["pk"]}
    ),
    "PATCH /api/v1/contacts/{contact_id}": Route(
        STAFF,
        method="patch",
        kwargs=lambda w: {"contact_id": _client_record(w, "contact")["pk"]},
        body=lambda w: {"name": "Injected", "version": 1},
    ),
    "POST /api/v1/sponsors/{sponsor_id}/interactions": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"sponsor_id": w.sponsor_a.pk},
        body=lambda w: {"kind": "call", "occurred_on": "2026-01-05", "subject": "Injected"},
    ),
    "PATCH /api/v1/interactions/{interaction_id}": Route(
        STAFF,
        method="patch",
        kwargs=lambda w: {"interaction_id": _client_record(w, "interaction")["pk"]},
        body=lambda w: {"subject": "Injected", "version": 1},
    ),
    "GET /api/v1/sponsors/{sponsor_id}/follow-ups": Route(
        STAFF, kwargs=lambda w: {"sponsor_id": w.sponsor_a.pk}
    ),
    "POST /api/v1/sponsors/{sponsor_id}/follow-ups": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"sponsor_id": w.sponsor_a.pk},
        body=lambda w: {"description": "Injected", "due_on": "2026-01-05"},
    ),
    "GET /api/v1/follow-ups/{followup_id}": Route(
        STAFF, kwargs=lambda w: {"followup_id": _client_record(w, "followup")["pk"]}
    ),
    "POST /api/v1/follow-ups/{followup_id}/close": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"followup_id": _client_record(w, "followup")["pk"]},
    ),
    # A sponsor user submits an RFP for its own company only: another's id is 404.
    "POST /api/v1/rfps": Route(
        OBJECT,
        method="post",
        body=lambda w: {
            "sponsor_id": w.sponsor_a.pk,
            "title": "Aurora injected RFP",
            "services": ["stability"],
            "modality": "small_molecule",
            "phase": "preclinical",
        },
        own_status=201,
    ),
    "PATCH /api/v1/rfps/{rfp_id}": Route(
        STAFF,
        method="patch",
        kwargs=lambda w: {"rfp_id": w.rfp_a.pk},
        body=lambda w: {"title": "Injected", "version": 1},
    ),
    "POST /api/v1/rfps/{rfp_id}/qualify": Route(
        STAFF, method="post", kwargs=lambda w: {"rfp_id": w.rfp_a.pk}
    ),
    "POST /api/v1/rfps/{rfp_id}/proposals": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"rfp_id": w.rfp_a.pk},
        body=lambda w: {"title": "Injected"},
    ),
    "PATCH /api/v1/proposals/{proposal_id}": Route(
        STAFF,
        method="patch",
        kwargs=lambda w: {"proposal_id": w.proposal_a.pk},
        body=lambda w: {"title": "Injected", "version": 1},
    ),
    "POST /api/v1/proposals/{proposal_id}/revisions": Route(
        STAFF, method="post", kwargs=lambda w: {"proposal_id": w.proposal_a.pk}
    ),
    "PATCH /api/v1/proposal-revisions/{revision_id}": Route(
        STAFF,
        method="patch",
        kwargs=lambda w: {"revision_id": w.revision_a_sent.pk},
        body=lambda w: {"summary": "Injected", "version": 1},
    ),
    "POST /api/v1/proposal-revisions/{revision_id}/scope-items": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"revision_id": w.revision_a_sent.pk},
        body=lambda w: {
            "service": "stability",
            "description": "Injected",
            "unit": "study",
            "quantity": "1",
            "unit_price": "1",
        },
    ),
    "PATCH /api/v1/proposal-revisions/{revision_id}/scope-items/{item_id}": Route(
        STAFF,
        method="patch",
        kwargs=lambda w: {"revision_id": w.revision_a_sent.pk, "item_id": MISSING_ID},
        body=lambda w: {"description": "Injected", "version": 1},
    ),
    "DELETE /api/v1/proposal-revisions/{revision_id}/scope-items/{item_id}": Route(
        STAFF,
        method="delete",
        kwargs=lambda w: {"revision_id": w.revision_a_sent.pk, "item_id": MISSING_ID},
    ),
    "POST /api/v1/proposal-revisions/{revision_id}/milestones": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"revision_id": w.revision_a_sent.pk},
        body=lambda w: {"name": "Injected", "trigger": "Injected", "percent": "10"},
    ),
    "PATCH /api/v1/proposal-revisions/{revision_id}/milestones/{milestone_id}": Route(
        STAFF,
        method="patch",
        kwargs=lambda w: {"revision_id": w.revision_a_sent.pk, "milestone_id": MISSING_ID},
        body=lambda w: {"name": "Injected", "version": 1},
    ),
    "DELETE /api/v1/proposal-revisions/{revision_id}/milestones/{milestone_id}": Route(
        STAFF,
        method="delete",
        kwargs=lambda w: {"revision_id": w.revision_a_sent.pk, "milestone_id": MISSING_ID},
    ),
    "PUT /api/v1/proposal-revisions/{revision_id}/timeline": Route(
        STAFF,
        method="put",
        kwargs=lambda w: {"revision_id": w.revision_a_sent.pk},
        body=lambda w: {"template_code": "x", "start": "2026-01-05", "version": 1},
    ),
    "PUT /api/v1/proposal-revisions/{revision_id}/complexity": Route(
        STAFF,
        method="put",
        kwargs=lambda w: {"revision_id": w.revision_a_sent.pk},
        body=lambda w: {
            "high_potency": 0,
            "novel_modality": 0,
            "flow_chemistry": 0,
            "scale": 0,
            "regulatory_path": 0,
            "tight_timeline": 0,
            "analytical": 0,
            "cold_chain_controlled": 0,
            "version": 1,
        },
    ),
    "POST /api/v1/proposal-revisions/{revision_id}/submit": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"revision_id": w.revision_a_sent.pk},
        body=lambda w: {"version": 1},
    ),
    "POST /api/v1/proposal-revisions/{revision_id}/redraft": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"revision_id": w.revision_a_sent.pk},
        body=lambda w: {"reason": "Injected", "version": 1},
    ),
    "POST /api/v1/proposal-revisions/{revision_id}/send": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"revision_id": w.revision_a_sent.pk},
        body=lambda w: {**SIGN, "meaning": "authored"},
    ),
    "POST /api/v1/proposal-revisions/{revision_id}/reviews": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"revision_id": w.revision_a_sent.pk},
        body=lambda w: {**SIGN, "kind": "quality", "decision": "reviewed"},
    ),
    # Sponsor A's manager answers its own offer (a wrong password: 422); B's is 404.
    "POST /api/v1/proposal-revisions/{revision_id}/answer": Route(
        OBJECT,
        method="post",
        kwargs=lambda w: {"revision_id": w.revision_a_sent.pk},
        body=lambda w: {**SIGN, "meaning": "accepted", "acknowledge": True},
        own_status=422,
    ),
    "POST /api/v1/proposal-revisions/{revision_id}/comments": Route(
        OBJECT,
        method="post",
        kwargs=lambda w: {"revision_id": w.revision_a_sent.pk},
        body=lambda w: {"text": "Aurora asks about the stability pulls."},
        own_status=201,
    ),
    "GET /api/v1/rfps/{rfp_id}/outcome": Route(STAFF, kwargs=lambda w: {"rfp_id": w.rfp_a.pk}),
    "POST /api/v1/rfps/{rfp_id}/win": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"rfp_id": w.rfp_a.pk},
        body=lambda w: {
            "username": "x",
            "password": "y",
            "revision_id": w.revision_a_sent.pk,
            "pm_id": w.pm_alice.pk,
            "project_code": "AUR-998",
            "start_date": "2026-03-02",
        },
    ),
    "POST /api/v1/rfps/{rfp_id}/lose": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"rfp_id": w.rfp_a.pk},
        body=lambda w: {"reasons": ["cost"]},
    ),
    "POST /api/v1/rfps/{rfp_id}/decline": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"rfp_id": w.rfp_a.pk},
        body=lambda w: {"reason": "Injected"},
    ),
    "POST /api/v1/rfps/{rfp_id}/withdraw": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"rfp_id": w.rfp_a.pk},
        body=lambda w: {"reason": "Injected"},
    ),
    # --- webhooks (issue 15)
    "GET /api/v1/webhook-events": Route(REFERENCE),
    "GET /api/v1/webhooks": Route(OWN),
    "POST /api/v1/webhooks": Route(OWN),  # its GET twin answers a plain GET
    "GET /api/v1/webhooks/{webhook_id}": Route(
        OBJECT, kwargs=lambda w: {"webhook_id": _aurora_webhook(w).pk}
    ),
    "PATCH /api/v1/webhooks/{webhook_id}": Route(
        OBJECT,
        method="patch",
        kwargs=lambda w: {"webhook_id": _aurora_webhook(w).pk},
        body=lambda w: {"description": "Injected", "version": _aurora_webhook(w).version},
    ),
    "GET /api/v1/webhooks/{webhook_id}/deliveries": Route(
        OBJECT, kwargs=lambda w: {"webhook_id": _aurora_webhook(w).pk}
    ),
    "POST /api/v1/webhook-deliveries/{delivery_id}/redeliver": Route(
        OBJECT,
        method="post",
        kwargs=lambda w: {"delivery_id": _aurora_webhook_delivery(w).pk},
        own_status=202,
    ),
    "DELETE /api/v1/webhooks/{webhook_id}": Route(
        OBJECT,
        method="delete",
        kwargs=lambda w: {"webhook_id": _aurora_webhook(w).pk},
        own_status=204,
    ),
    # --- plans (issue 15)
    "GET /api/v1/projects/{project_id}/plan/tasks": Route(OBJECT, kwargs=_plan_api),
    "POST /api/v1/projects/{project_id}/plan/tasks": Route(
        STAFF, method="post", kwargs=_plan_api, body=lambda w: {"name": "Injected"}
    ),
    "GET /api/v1/tasks/{task_id}": Route(OBJECT, kwargs=_plan_task_api),
    "PATCH /api/v1/tasks/{task_id}": Route(
        STAFF, method="patch", kwargs=_plan_task_api, body=lambda w: {"name": "X", "version": 1}
    ),
    "POST /api/v1/tasks/{task_id}/move": Route(
        STAFF, method="post", kwargs=_plan_task_api, body=lambda w: {"start": "2026-02-02"}
    ),
    "POST /api/v1/projects/{project_id}/plan/progress": Route(
        STAFF,
        method="post",
        kwargs=_plan_api,
        body=lambda w: {"data_date": "2026-02-02", "items": [{"task_id": _plan_task_ids(w)[0]}]},
    ),
    "GET /api/v1/projects/{project_id}/plan/links": Route(OBJECT, kwargs=_plan_api),
    "POST /api/v1/projects/{project_id}/plan/links": Route(
        STAFF,
        method="post",
        kwargs=_plan_api,
        body=lambda w: {
            "predecessor_id": _plan_task_ids(w)[0],
            "successor_id": _plan_task_ids(w)[1],
        },
    ),
    "DELETE /api/v1/projects/{project_id}/plan/links/{link_id}": Route(
        STAFF, method="delete", kwargs=lambda w: {**_plan_api(w), "link_id": _plan_link_id(w)}
    ),
    "POST /api/v1/projects/{project_id}/plan/bulk": Route(
        STAFF,
        method="post",
        kwargs=_plan_api,
        body=lambda w: {"items": [{"op": "link_remove", "link_id": _plan_link_id(w)}]},
    ),
    "GET /api/v1/projects/{project_id}/plan/milestones": Route(OBJECT, kwargs=_plan_api),
    "GET /api/v1/projects/{project_id}/plan/gantt": Route(OBJECT, kwargs=_plan_api),
    "GET /api/v1/projects/{project_id}/plan/baselines": Route(OBJECT, kwargs=_plan_api),
    "POST /api/v1/projects/{project_id}/plan/baselines": Route(
        STAFF,
        method="post",
        kwargs=_plan_api,
        body=lambda w: {"name": "Injected", "username": "x", "password": "y"},
    ),
    "GET /api/v1/projects/{project_id}/plan/decisions": Route(OBJECT, kwargs=_plan_api),
    "POST /api/v1/tasks/{task_id}/decision": Route(
        STAFF,
        method="post",
        kwargs=_plan_task_api,
        body=lambda w: {
            "options": "A or B",
            "outcome": "go",
            "rationale": "Injected",
            "decided_on": "2026-02-02",
            "username": "x",
            "password": "y",
        },
    ),
    "GET /api/v1/projects/{project_id}/schedule-risk-runs": Route(
        OBJECT, kwargs=lambda w: {"project_id": w.project_a.pk}
    ),
    "POST /api/v1/projects/{project_id}/schedule-risk-runs": Route(
        STAFF, method="post", kwargs=_plan_api, body=lambda w: {"iterations": 1000}
    ),
    "GET /api/v1/schedule-risk-runs/{run_id}": Route(OBJECT, kwargs=_risk_run_api),
    "GET /api/v1/projects/{project_id}/calendar-feeds": Route(
        STAFF, kwargs=lambda w: {"project_id": w.project_a.pk}
    ),
    "POST /api/v1/projects/{project_id}/calendar-feeds": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"project_id": w.project_a.pk},
        body=lambda w: {"name": "Injected"},
    ),
    "POST /api/v1/projects/{project_id}/calendar-feeds/{feed_id}/revoke": Route(
        STAFF, method="post", kwargs=lambda w: {"project_id": w.project_a.pk, "feed_id": 1}
    ),
    "GET /api/v1/projects/{project_id}/plan/export.xml": Route(OBJECT, kwargs=_plan_api),
    "GET /api/v1/projects/{project_id}/plan/export.xlsx": Route(OBJECT, kwargs=_plan_api),
    "GET /api/v1/projects/{project_id}/plan/export.ics": Route(OBJECT, kwargs=_plan_api),
    "POST /api/v1/projects/{project_id}/plan/import": Route(
        STAFF, method="post", kwargs=_plan_api, body=_mspdi_upload, multipart=True
    ),
    # --- recs: record writes (issue 15)
    # Every write of the CDMO is refused to sponsor users (403) before any lookup; the
    # reads and the sponsor's own steps (accept, reject, closing its action item) are
    # objects: A's manager reaches them, B's people get 404.
    "POST /api/v1/projects/{project_id}/documents": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"project_id": w.project_a.pk},
        body=lambda w: {"title": "Injected", "file": _pdf_upload("injected.pdf")},
        multipart=True,
    ),
    "PATCH /api/v1/documents/{document_id}": Route(
        STAFF,
        method="patch",
        kwargs=lambda w: {"document_id": w.doc_a_shared.pk},
        body=lambda w: {"title": "Injected", "edit_version": 1},
    ),
    "GET /api/v1/documents/{document_id}/versions": Route(
        OBJECT, kwargs=lambda w: {"document_id": w.doc_a_shared.pk}
    ),
    "POST /api/v1/documents/{document_id}/versions": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"document_id": w.doc_a_shared.pk},
        body=lambda w: {"file": _pdf_upload("injected.pdf"), "edit_version": "1"},
        multipart=True,
    ),
    "GET /api/v1/documents/{document_id}/versions/{number}/download": Route(
        OBJECT, kwargs=lambda w: {"document_id": w.doc_a_shared.pk, "number": 1}
    ),
    "GET /api/v1/delays": Route(STAFF),
    "POST /api/v1/projects/{project_id}/delays": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"project_id": w.project_a.pk},
        body=lambda w: {
            "title": "Injected",
            "cause": "other",
            "occurred_on": "2026-01-05",
            "days_lost": 1,
            "description": "Injected",
        },
    ),
    "PATCH /api/v1/delays/{delay_id}": Route(
        STAFF,
        method="patch",
        kwargs=lambda w: {"delay_id": w.delay_a_communicated.pk},
        body=lambda w: {"title": "Injected", "version": 1},
    ),
    "POST /api/v1/delays/{delay_id}/communicated": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"delay_id": w.delay_a_communicated.pk},
        body=lambda w: {
            "informed_on": "2026-01-05",
            "how": "call",
            "informed_by_id": w.pm_alice.pk,
            "version": 1,
        },
    ),
    "POST /api/v1/projects/{project_id}/risks": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"project_id": w.project_a.pk},
        body=lambda w: {
            "title": "Injected",
            "category": "supply",
            "cause": "Injected",
            "effect": "Injected",
            "likelihood": 1,
            "impact": 1,
            "owner_id": w.pm_alice.pk,
            "next_review_date": "2027-01-05",
        },
    ),
    "PATCH /api/v1/risks/{risk_id}": Route(
        STAFF,
        method="patch",
        kwargs=lambda w: {"risk_id": w.risk_a_shared.pk},
        body=lambda w: {"title": "Injected", "version": 1},
    ),
    "POST /api/v1/risks/{risk_id}/close": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"risk_id": w.risk_a_shared.pk},
        body=lambda w: {"reason": "Injected", "version": 1},
    ),
    "GET /api/v1/risks/{risk_id}/reviews": Route(
        OBJECT, kwargs=lambda w: {"risk_id": w.risk_a_shared.pk}
    ),
    "POST /api/v1/risks/{risk_id}/reviews": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"risk_id": w.risk_a_shared.pk},
        body=lambda w: {"comment": "Injected", "next_review_date": "2027-01-05", "version": 1},
    ),
    "POST /api/v1/projects/{project_id}/change-orders": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"project_id": w.project_a.pk},
        body=lambda w: {
            "title": "Injected",
            "sow_reference": "SOW",
            "scope_change": "Injected",
            "justification": "Injected",
            "price_change": "1.00",
        },
    ),
    "GET /api/v1/change-orders/{change_order_id}/pdf": Route(
        OBJECT, kwargs=lambda w: {"change_order_id": w.change_order_a_sent.pk}
    ),
    "PATCH /api/v1/change-orders/{change_order_id}": Route(
        STAFF,
        method="patch",
        kwargs=lambda w: {"change_order_id": w.change_order_a_sent.pk},
        body=lambda w: {"title": "Injected", "version": 1},
    ),
    "POST /api/v1/change-orders/{change_order_id}/plan-edits": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"change_order_id": w.change_order_a_sent.pk},
        body=lambda w: {"kind": "new_task", "name": "Injected", "duration_days": 1, "version": 1},
    ),
    "DELETE /api/v1/change-orders/{change_order_id}/plan-edits/{edit_id}": Route(
        STAFF,
        method="delete",
        kwargs=lambda w: {"change_order_id": w.change_order_a_sent.pk, "edit_id": MISSING_ID},
    ),
    "POST /api/v1/change-orders/{change_order_id}/submit": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"change_order_id": w.change_order_a_sent.pk},
        body=lambda w: {"version": 1},
    ),
    "POST /api/v1/change-orders/{change_order_id}/redraft": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"change_order_id": w.change_order_a_sent.pk},
        body=lambda w: {"reason": "Injected", "version": 1},
    ),
    "POST /api/v1/change-orders/{change_order_id}/send": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"change_order_id": w.change_order_a_sent.pk},
        body=lambda w: {"version": 1},
    ),
    "POST /api/v1/change-orders/{change_order_id}/incorporate": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"change_order_id": w.change_order_a_sent.pk},
        body=lambda w: SIGN,
    ),
    # The sponsor's decision: A's manager reaches it (refused only for the missing
    # acknowledgement or reason: nothing is signed), B's people get 404.
    "POST /api/v1/change-orders/{change_order_id}/accept": Route(
        OBJECT,
        method="post",
        kwargs=lambda w: {"change_order_id": w.change_order_a_sent.pk},
        body=lambda w: {**SIGN, "version": w.change_order_a_sent.version},
        own_status=422,
    ),
    "POST /api/v1/change-orders/{change_order_id}/reject": Route(
        OBJECT,
        method="post",
        kwargs=lambda w: {"change_order_id": w.change_order_a_sent.pk},
        body=lambda w: {**SIGN, "version": w.change_order_a_sent.version},
        own_status=422,
    ),
    "POST /api/v1/projects/{project_id}/status-reports": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"project_id": w.project_a.pk},
        body=lambda w: {"period_start": "2026-01-01", "period_end": "2026-01-14"},
    ),
    "PATCH /api/v1/status-reports/{report_id}": Route(
        STAFF,
        method="patch",
        kwargs=lambda w: {"report_id": w.status_report_a_published.pk},
        body=lambda w: {"summary": "Injected", "version": 1},
    ),
    "POST /api/v1/status-reports/{report_id}/refresh": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"report_id": w.status_report_a_published.pk},
        body=lambda w: {"version": 1},
    ),
    "POST /api/v1/status-reports/{report_id}/publish": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"report_id": w.status_report_a_published.pk},
        body=lambda w: SIGN,
    ),
    "POST /api/v1/projects/{project_id}/meetings": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"project_id": w.project_a.pk},
        body=lambda w: {
            "kind": "other",
            "title": "Injected",
            "held_on": "2026-01-05",
            "attendees": "Injected",
        },
    ),
    "PATCH /api/v1/meetings/{meeting_id}": Route(
        STAFF,
        method="patch",
        kwargs=lambda w: {"meeting_id": w.meeting_a_shared.pk},
        body=lambda w: {"title": "Injected", "version": 1},
    ),
    "POST /api/v1/meetings/{meeting_id}/decisions": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"meeting_id": w.meeting_a_shared.pk},
        body=lambda w: {"text": "Injected"},
    ),
    "POST /api/v1/meetings/{meeting_id}/action-items": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"meeting_id": w.meeting_a_shared.pk},
        body=lambda w: {
            "description": "Injected",
            "owner_id": w.sponsor_b_manager.pk,
            "due_on": "2027-01-05",
        },
    ),
    "GET /api/v1/action-items": Route(STAFF),
    "GET /api/v1/action-items/{item_id}": Route(
        OBJECT, kwargs=lambda w: {"item_id": w.action_item_a.pk}
    ),
    "PATCH /api/v1/action-items/{item_id}": Route(
        STAFF,
        method="patch",
        kwargs=lambda w: {"item_id": w.action_item_a.pk},
        body=lambda w: {"description": "Injected", "version": 1},
    ),
    # A's manager owns the item: it reaches it (a stale version: nothing is written).
    "POST /api/v1/action-items/{item_id}/close": Route(
        OBJECT,
        method="post",
        kwargs=lambda w: {"item_id": w.action_item_a.pk},
        body=lambda w: {"version": MISSING_ID},
        own_status=409,
    ),
    "POST /api/v1/action-items/{item_id}/reopen": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"item_id": w.action_item_a.pk},
        body=lambda w: {"reason": "Injected", "version": 1},
    ),
    # --- training (issue 15): the catalogue, assignments made and cancelled, on-the-job
    # training and a person's record; CDMO-internal, so sponsor users get 403.
    "GET /api/v1/training/requirements": Route(STAFF),
    "POST /api/v1/training/requirements": Route(
        STAFF,
        method="post",
        body=lambda w: {"code": "ct-req", "title": "Injected", "kind": "course"},
    ),
    "GET /api/v1/training/requirements/{requirement_id}": Route(
        STAFF, kwargs=lambda w: {"requirement_id": 1}
    ),
    "PATCH /api/v1/training/requirements/{requirement_id}": Route(
        STAFF, method="patch", kwargs=lambda w: {"requirement_id": 1}, body=lambda w: {"title": "x"}
    ),
    "GET /api/v1/training/curricula": Route(STAFF),
    "POST /api/v1/training/curricula": Route(
        STAFF,
        method="post",
        body=lambda w: {"code": "ct-cur", "name": "Injected", "requirement_ids": [1]},
    ),
    "GET /api/v1/training/curricula/{curriculum_id}": Route(
        STAFF, kwargs=lambda w: {"curriculum_id": 1}
    ),
    "PATCH /api/v1/training/curricula/{curriculum_id}": Route(
        STAFF, method="patch", kwargs=lambda w: {"curriculum_id": 1}, body=lambda w: {"name": "x"}
    ),
    "GET /api/v1/training/job-roles": Route(STAFF),
    "POST /api/v1/training/job-roles": Route(
        STAFF,
        method="post",
        body=lambda w: {
            "code": "ct-role",
            "name": "Injected",
            "department": "manufacturing",
            "curriculum_ids": [1],
        },
    ),
    "GET /api/v1/training/job-roles/{job_role_id}": Route(
        STAFF, kwargs=lambda w: {"job_role_id": 1}
    ),
    "PATCH /api/v1/training/job-roles/{job_role_id}": Route(
        STAFF, method="patch", kwargs=lambda w: {"job_role_id": 1}, body=lambda w: {"name": "x"}
    ),
    "GET /api/v1/training/competencies": Route(STAFF),
    "POST /api/v1/training/competencies": Route(
        STAFF, method="post", body=lambda w: {"code": "ct-comp", "name": "Injected"}
    ),
    "GET /api/v1/training/competencies/{competency_id}": Route(
        STAFF, kwargs=lambda w: {"competency_id": 1}
    ),
    "PATCH /api/v1/training/competencies/{competency_id}": Route(
        STAFF, method="patch", kwargs=lambda w: {"competency_id": 1}, body=lambda w: {"name": "x"}
    ),
    "GET /api/v1/training/documents": Route(STAFF),
    "POST /api/v1/training/documents": Route(
        STAFF, method="post", body=lambda w: {"number": "SOP-CT-1", "title": "Injected"}
    ),
    "GET /api/v1/training/documents/{document_id}": Route(
        STAFF, kwargs=lambda w: {"document_id": 1}
    ),
    "POST /api/v1/training/assignments": Route(
        STAFF,
        method="post",
        body=lambda w: {
            "person_ids": [w.qa_quinn.pk],
            "requirement_id": 1,
            "reason": "capa",
            "due_on": "2099-01-01",
        },
    ),
    "POST /api/v1/training/assignments/{assignment_id}/cancel": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"assignment_id": 1},
        body=lambda w: {"reason": "Injected", "version": 1},
    ),
    "GET /api/v1/training/ojt": Route(STAFF),
    "POST /api/v1/training/ojt": Route(
        STAFF,
        method="post",
        body=lambda w: {
            "trainee_id": w.pm_alice.pk,
            "trainer_id": w.qa_quinn.pk,
            "competency_id": 1,
            "task": "Injected",
            "steps": ["x"],
            "performed_on": "2020-01-01",
        },
    ),
    "GET /api/v1/training/ojt/{ojt_id}": Route(STAFF, kwargs=lambda w: {"ojt_id": 1}),
    "POST /api/v1/training/ojt/{ojt_id}/sign": Route(
        STAFF, method="post", kwargs=lambda w: {"ojt_id": 1}, body=lambda w: {**SIGN, "version": 1}
    ),
    "POST /api/v1/training/ojt/{ojt_id}/assess": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"ojt_id": 1},
        body=lambda w: {**SIGN, "verdict": "not_yet", "assessment": "x", "version": 1},
    ),
    "GET /api/v1/training/people/{person_id}": Route(
        STAFF, kwargs=lambda w: {"person_id": w.qa_quinn.pk}
    ),
    # --- Capacity: leveling runs, proposal checks, plan-change conflicts (issue 16)
    "GET /api/v1/capacity/leveling-runs": Route(STAFF),
    "POST /api/v1/capacity/leveling-runs": Route(STAFF, method="post", body=lambda w: {}),
    "GET /api/v1/capacity/leveling-runs/{run_id}": Route(
        STAFF, kwargs=lambda w: {"run_id": MISSING_ID}
    ),
    "GET /api/v1/capacity/leveling-runs/{run_id}/moves": Route(
        STAFF, kwargs=lambda w: {"run_id": MISSING_ID}
    ),
    "POST /api/v1/capacity/leveling-runs/{run_id}/apply": Route(
        STAFF, method="post", kwargs=lambda w: {"run_id": MISSING_ID}, body=lambda w: {}
    ),
    "POST /api/v1/capacity/leveling-runs/{run_id}/discard": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"run_id": MISSING_ID},
        body=lambda w: {"reason": "Injected"},
    ),
    "GET /api/v1/projects/{project_id}/capacity-outcomes": Route(
        OBJECT, kwargs=lambda w: {"project_id": w.project_a.pk}
    ),
    "POST /api/v1/proposal-revisions/{revision_id}/capacity-checks": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"revision_id": w.revision_a_sent.pk},
        body=lambda w: {},
    ),
    "GET /api/v1/capacity-checks/{check_id}": Route(
        STAFF, kwargs=lambda w: {"check_id": MISSING_ID}
    ),
    "POST /api/v1/projects/{project_id}/plan/capacity-conflicts": Route(
        STAFF,
        method="post",
        kwargs=lambda w: {"project_id": w.project_a.pk},
        body=lambda w: {"changes": [{"task_id": MISSING_ID, "duration_days": 3}]},
    ),
    # Capacity register
    "GET /api/v1/resources": Route(STAFF),
    "POST /api/v1/resources": Route(
        STAFF,
        method="post",
        body=lambda w: {
            "code": "X-INJ",
            "name": "Injected",
            "kind": "labour",
            "site_id": w.site.pk,
        },
    ),
    "GET /api/v1/resources/{resource_id}": Route(STAFF, kwargs=_resource_api),
    "PATCH /api/v1/resources/{resource_id}": Route(
        STAFF, method="patch", kwargs=_resource_api, body=lambda w: {"name": "X", "version": 1}
    ),
    "POST /api/v1/resources/{resource_id}/retire": Route(
        STAFF, method="post", kwargs=_resource_api, body=lambda w: {"reason": "X", "version": 1}
    ),
    "POST /api/v1/resources/{resource_id}/reactivate": Route(
        STAFF, method="post", kwargs=_resource_api, body=lambda w: {"version": 1}
    ),
    "GET /api/v1/resources/{resource_id}/availability": Route(STAFF, kwargs=_resource_api),
    "POST /api/v1/resources/{resource_id}/availability": Route(
        STAFF,
        method="post",
        kwargs=_resource_api,
        body=lambda w: {"starts_on": "2030-01-01", "units": 0, "reason": "Injected"},
    ),
    "PATCH /api/v1/resources/{resource_id}/availability/{change_id}": Route(
        STAFF, method="patch", kwargs=_availability_api, body=lambda w: {"units": 1, "token": "x"}
    ),
    "DELETE /api/v1/resources/{resource_id}/availability/{change_id}": Route(
        STAFF, method="delete", kwargs=_availability_api
    ),
    "GET /api/v1/projects/{project_id}/plan/tasks/{task_id}/demands": Route(
        STAFF, kwargs=_demand_api
    ),
    "PUT /api/v1/projects/{project_id}/plan/tasks/{task_id}/demands/{resource_id}": Route(
        STAFF,
        method="put",
        kwargs=lambda w: {**_demand_api(w), **_resource_api(w)},
        body=lambda w: {"units": 2},
    ),
    "DELETE /api/v1/projects/{project_id}/plan/tasks/{task_id}/demands/{resource_id}": Route(
        STAFF, method="delete", kwargs=lambda w: {**_demand_api(w), **_resource_api(w)}
    ),
}

# Strings that only sponsor A's data contains.
A_MARKERS = (
    "Aurora technology transfer report",
    "Aurora extra validation batch",
    "Aurora resin delivery slipped",
    "Aurora cell bank release slips",
    "Aurora steering committee Q1 review",
    "AUR-101-TT",
    "Aurolimab tech transfer",
    "Aurora Therapeutics",
    "Aurora batch schedule",
    "aurora.manager",
    "Aurora ADC conjugation",
    "Aurora capping torque drift",
    "Aurora release right first time",
)


def _walk(patterns, prefix: str = "", namespace: str | None = None):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = pattern.namespace
            ns = f"{namespace}:{inner}" if namespace and inner else (inner or namespace)
            yield from _walk(pattern.url_patterns, prefix + str(pattern.pattern), ns)
        elif isinstance(pattern, URLPattern):
            name = f"{namespace}:{pattern.name}" if namespace and pattern.name else pattern.name
            yield prefix + str(pattern.pattern), name, pattern


def _api_operations() -> dict[str, tuple[str, str]]:
    """'METHOD /api/v1/path' -> (url name, method) for every API operation."""
    operations = {}
    for prefix, router in api._routers:
        for path, path_view in router.path_operations.items():
            for operation in path_view.operations:
                for method in operation.methods:
                    route = "/api/" + (prefix.strip("/") + "/" + path.lstrip("/")).strip("/")
                    name = getattr(operation, "url_name", "") or api.get_operation_url_name(
                        operation, router=router
                    )
                    operations[f"{method} {route}"] = (name, method)
    return operations


def _page_routes() -> list[tuple[str, str | None]]:
    return [
        (path, name)
        for path, name, _ in _walk(get_resolver().url_patterns)
        if not path.startswith("django-admin/")
    ]


def test_every_route_is_classified():
    unclassified = []
    api_names = {f"api-1.0.0:{name}" for name, _ in _api_operations().values()}
    for path, name in _page_routes():
        if name is None:
            unclassified.append(f"unnamed route {path!r}")
        elif name not in PAGES and name not in api_names:
            unclassified.append(f"{name} ({path})")
    unclassified += [op for op in _api_operations() if op not in API]
    assert not unclassified, (
        "Classify these routes in tests/test_cross_tenant.py (who may see what?): "
        + ", ".join(unclassified)
    )
    stale = [name for name in PAGES if name not in {n for _, n in _page_routes()}]
    stale += [op for op in API if op not in _api_operations()]
    assert not stale, f"Inventory lists routes that no longer exist: {stale}"


def _page_url(world: World, name: str, route: Route, *, missing: bool = False) -> str:
    kwargs = route.kwargs(world) if route.kwargs else {}
    if missing:
        kwargs = {key: MISSING_ID if _is_id(key) else value for key, value in kwargs.items()}
    return reverse(name, kwargs=kwargs)


def _is_id(key: str) -> bool:
    return key in ("pk", "object_id") or key.endswith("_id")


def _api_url(world: World, key: str, route: Route, *, missing: bool = False) -> str:
    path = key.split(" ", 1)[1]
    kwargs = route.kwargs(world) if route.kwargs else {}
    for name, value in kwargs.items():
        path = path.replace("{" + name + "}", str(MISSING_ID if missing else value))
    return path


def _all_routes(world: World):
    for name, route in PAGES.items():
        yield (
            name,
            route,
            lambda missing=False, n=name, r=route: _page_url(world, n, r, missing=missing),
        )
    for key, route in API.items():
        yield (
            key,
            route,
            lambda missing=False, k=key, r=route: _api_url(world, k, r, missing=missing),
        )


def _request(client, route: Route, url: str, world: World):
    if route.method != "get":
        send = getattr(client, route.method)
        if route.multipart:
            return send(url, data=route.body(world))
        return send(url, data=route.body(world), content_type="application/json")
    return client.get(url, route.query(world))


def _body(response) -> str:
    if hasattr(response, "streaming_content"):
        return b"".join(response.streaming_content).decode(errors="replace")
    return response.content.decode(errors="replace")


@pytest.mark.req("AZ-2")
@pytest.mark.parametrize("persona", ["sponsor_b_manager", "sponsor_b_contact"])
def test_sponsor_b_gets_404_for_every_object_of_sponsor_a(world, persona):
    """The positive control (A's manager gets ``own_status`` for the same URL) is a cell
    of the access matrix (tests/test_access_matrix*.py), checked against the inventory."""
    other = client_for(getattr(world, persona))
    checked = 0
    for key, route, url in _all_routes(world):
        if route.kind != OBJECT:
            continue
        response = _request(other, route, url(), world)
        assert response.status_code == 404, (key, response.status_code)
        assert _request(other, route, url(missing=True), world).status_code == 404, key
        assert not any(marker in _body(response) for marker in A_MARKERS), key
        checked += 1
    assert checked >= 31


@pytest.mark.req("AZ-2")
@pytest.mark.req("AZ-4")
@pytest.mark.parametrize("persona", ["sponsor_b_manager", "sponsor_b_contact"])
def test_lists_searches_and_exports_never_show_sponsor_a(world, persona):
    own = client_for(world.sponsor_a_manager)
    other = client_for(getattr(world, persona))
    checked = 0
    for key, route, url in _all_routes(world):
        if route.kind != LIST:
            continue
        own_body = _body(_request(own, route, url(), world))
        assert any(marker in own_body for marker in A_MARKERS), f"positive control: {key}"
        response = _request(other, route, url(), world)
        assert response.status_code == 200, (key, response.status_code)
        leaked = [marker for marker in A_MARKERS if marker in _body(response)]
        assert not leaked, (key, leaked)
        checked += 1
    assert checked >= 9


@pytest.mark.req("AZ-1")
def test_staff_only_routes_refuse_sponsor_users_whatever_the_id(world):
    """With an id that does not exist: 403 all the same. (With sponsor A's ids, every
    sponsor user's 403 is a cell of the access matrix, tests/test_access_matrix*.py.)"""
    other = client_for(world.sponsor_b_manager)
    for key, route, url in _all_routes(world):
        if route.kind == STAFF and route.kwargs:
            assert _request(other, route, url(missing=True), world).status_code == 403, key


def test_own_and_reference_routes_serve_no_sponsor_a_data(world):
    for key, route, url in _all_routes(world):
        if route.kind not in (OWN, REFERENCE):
            continue
        # A fresh session each time: the logout route ends the one it is given.
        response = _request(client_for(world.sponsor_b_manager), route, url(), world)
        assert response.status_code in (200, 201, 302, 404, 405), (key, response.status_code)
        assert not any(marker in _body(response) for marker in A_MARKERS), key


def _search_total(client, q: str) -> int:
    response = client.get("/api/v1/search", {"q": q})
    assert response.status_code == 200, response.content
    return response.json()["total"]


def _search_count(client, q: str, type_key: str) -> int:
    response = client.get("/api/v1/search", {"q": q, "type": type_key})
    assert response.status_code == 200, (type_key, response.content)
    return response.json()["groups"][0]["count"]


def _search_page_finds_nothing(client, q: str) -> bool:
    page = _body(client.get(reverse("search:results"), {"q": q}))
    return 'data-testid="search-empty"' in page and "search-hit" not in page


@pytest.mark.req("AZ-2")
@pytest.mark.req("AZ-3")
def test_search_finds_no_record_of_sponsor_a_of_any_type(world):
    """For every searchable type, a word that only one of sponsor A's records holds: in a
    shared record (or field), and in an internal record or field (internal risks and
    documents, unshared meetings, uncommunicated delays, drafts, internal and rapport
    notes, pricing notes). Sponsor B's people find none of them, on the page or in the
    API; A's manager finds the shared ones only; CDMO staff find them all."""
    from accord.search.registry import search_type, search_types
    from tests.test_search import INTERNAL, SHARED, world_search

    markers = world_search(world)
    assert set(markers) == {t.key for t in search_types()}, (
        "Give every search type its marker words in tests/test_search.py world_search()"
    )
    staff = client_for(world.pm_alice)
    a_manager = client_for(world.sponsor_a_manager)
    others = [client_for(world.sponsor_b_manager), client_for(world.sponsor_b_contact)]
    checked = 0
    for key, words in markers.items():
        staff_only = search_type(key).staff_only
        for word in words[SHARED] + words[INTERNAL]:
            assert _search_count(staff, word, key) == 1, f"positive control (staff): {word}"
            shared = word in words[SHARED] and not staff_only
            if shared:
                assert _search_count(a_manager, word, key) == 1, f"positive control: {word}"
            else:
                assert _search_total(a_manager, word) == 0, f"A's manager found {word}"
            for other in others:
                assert _search_total(other, word) == 0, f"sponsor B found {word}"
                assert _search_page_finds_nothing(other, word), f"sponsor B's page: {word}"
            checked += 1
    assert checked >= 31


@pytest.mark.req("AZ-2")
def test_sponsor_contact_sees_only_projects_they_are_member_of(world):
    contact = client_for(world.sponsor_a_contact)
    assert contact.get(reverse("projects:detail", args=[world.project_a.pk])).status_code == 200
    unstaffed = world.project_a_unstaffed
    assert contact.get(reverse("projects:detail", args=[unstaffed.pk])).status_code == 404
    assert contact.get(f"/api/v1/projects/{unstaffed.pk}").status_code == 404
    listing = contact.get("/api/v1/projects").json()
    assert [p["code"] for p in listing["items"]] == ["AUR-101-TT"]


@pytest.mark.req("AZ-3")
def test_sponsor_users_never_see_internal_documents(world):
    manager = client_for(world.sponsor_a_manager)
    internal = world.doc_a_internal
    assert manager.get(reverse("projects:document_download", args=[internal.pk])).status_code == 404
    page = manager.get(reverse("projects:detail", args=[world.project_a.pk])).content.decode()
    assert "Aurora batch schedule" in page
    assert "Aurora internal cost sheet" not in page
    staff_page = client_for(world.pm_alice).get(
        reverse("projects:detail", args=[world.project_a.pk])
    )
    assert "Aurora internal cost sheet" in staff_page.content.decode()


def test_django_admin_is_closed_to_sponsor_users(world):
    other = client_for(world.sponsor_b_manager)
    for path, name, _ in _walk(get_resolver().url_patterns):
        if not path.startswith("django-admin/") or "<" in path or "(?P" in path:
            continue
        if name in ("admin:login", "admin:logout"):
            continue
        response = other.get("/" + path)
        assert response.status_code == 302, (name, response.status_code)
        assert "/django-admin/login/" in response["Location"]
    assert world.sponsor_b_manager.is_staff is False
