"""GMP change control (ICH Q10 3.2.3): a change request assessed by each department,
its plan approved by QA's signature, approved by the sponsors whose quality agreement
says so, implemented, reviewed for effectiveness and closed; every branch of its
workflow walked through the services, with their gates and signatures."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from accord.audit.models import AuditEvent
from accord.core.workflow import TransitionNotAllowed
from accord.notifications.models import Notification
from accord.projects.models import ProjectDocument
from accord.quality import selectors
from accord.quality.models import ChangeControl, ChangeState, QualityAgreement, SponsorApproval
from accord.quality.services import agreements as agreement_services
from accord.quality.services import changes as services
from accord.signatures.models import Signature
from accord.signatures.selectors import manifest
from tests.factories import PASSWORD, UserFactory

S = ChangeState


def sign(user) -> dict:
    return {"username": user.username, "password": PASSWORD, "acknowledge": True}


def agreement_for(world, sponsor, approvals) -> QualityAgreement:
    draft = agreement_services.agreement_draft(
        actor=world.admin_ada,
        sponsor=sponsor,
        terms=agreement_services.Terms(
            title=f"{sponsor.name} quality agreement",
            effective_from=dt.date(2020, 1, 1),
            summary_days=10,
            notify={"critical": 24},
            approvals=approvals,
        ),
    )
    return agreement_services.agreement_approve(
        actor=world.qa_quinn, agreement=draft, version=draft.version, **sign(world.qa_quinn)
    )


def details(world, **changes) -> services.ChangeDetails:
    fields = {
        "title": "Replace the granulator's impeller",
        "current_state": "Impeller type A, 300 rpm.",
        "proposed_state": "Impeller type B, 280 rpm.",
        "justification": "Type A is discontinued by the supplier.",
        "change_type": "equipment",
        "classification": "major",
        "site": world.site,
        "owner": world.pm_alice,
        "products": "aurolimab",
        "projects": [world.project_a],
        "filing": "none",
        "filing_rationale": "Equivalent equipment, same operating principle.",
        "risk_assessment": "Blend uniformity could change; mitigated by three PQ batches.",
        "risk_level": "medium",
        **changes,
    }
    return services.ChangeDetails(**fields)


def raised(world, **changes) -> ChangeControl:
    return services.change_control_raise(actor=world.pm_alice, details=details(world, **changes))


def assessed(world, change=None, **changes) -> ChangeControl:
    """A change in impact assessment with its QA assessment signed and one action."""
    change = change or raised(world, **changes)
    assessment = services.change_control_request_assessment(
        actor=world.pm_alice, change=change, department="qa", assessor=world.qa_quinn
    )
    services.change_control_add_action(
        actor=world.pm_alice,
        change=change,
        kind="other",
        description="Install and qualify the new impeller.",
        owner=world.pm_alice,
        due_date=dt.date(2027, 3, 1),
    )
    change = services.change_control_submit(actor=world.pm_alice, change=change)
    services.change_control_assess(
        actor=world.qa_quinn,
        assessment=assessment,
        impact="medium",
        text="PQ batches needed before release.",
        **sign(world.qa_quinn),
    )
    change.refresh_from_db()
    return change


def plan_approved(world, **changes) -> ChangeControl:
    change = assessed(world, **changes)
    return services.change_control_approve_plan(
        actor=world.qa_quinn, change=change, version=change.version, **sign(world.qa_quinn)
    )


@pytest.mark.req("R-CC-1")
def test_a_change_request_is_numbered_and_says_what_changes(world):
    change = raised(world, duration="temporary", temporary_until=dt.date(2027, 6, 30))
    assert change.number.startswith("CC-") and change.number.endswith("-0001")
    assert change.state == S.DRAFT and change.get_duration_display() == "Temporary"
    assert raised(world).number.endswith("-0002")
    event = AuditEvent.objects.get(action="quality.change_control.raised", target_id=change.pk)
    assert "Impeller type B" in event.changes


@pytest.mark.req("R-CC-1")
def test_bad_input_names_the_fields_and_writes_nothing(world):
    with pytest.raises(ValidationError) as error:
        raised(
            world,
            title=" ",
            change_type="teleport",
            duration="temporary",
            filing="needed",
            filing_rationale="",
            owner=world.sponsor_a_manager,
        )
    assert {"title", "change_type", "temporary_until", "filing_rationale", "owner"} <= set(
        error.value.error_dict
    )
    assert not ChangeControl.objects.exists()


def test_a_sponsor_user_cannot_raise_a_change(world):
    with pytest.raises(PermissionDenied):
        services.change_control_raise(actor=world.sponsor_a_manager, details=details(world))


@pytest.mark.req("R-CC-2")
def test_a_change_goes_to_assessment_only_with_a_department_asked(world):
    change = raised(world)
    with pytest.raises(ValidationError, match="at least one department"):
        services.change_control_submit(actor=world.pm_alice, change=change)
    change.refresh_from_db()
    assert change.state == S.DRAFT


@pytest.mark.req("R-CC-2")
def test_each_assessment_is_the_named_assessors_signature(world):
    change = raised(world)
    assessment = services.change_control_request_assessment(
        actor=world.qa_quinn, change=change, department="production", assessor=world.pm_alice
    )
    assert Notification.objects.get(kind="change_assessment_requested").recipient == world.pm_alice
    with pytest.raises(ValidationError, match="asked already"):
        services.change_control_request_assessment(
            actor=world.pm_alice, change=change, department="production", assessor=world.qa_quinn
        )
    services.change_control_submit(actor=world.pm_alice, change=change)
    with pytest.raises(PermissionDenied):
        services.change_control_assess(
            actor=world.qa_quinn,
            assessment=assessment,
            impact="low",
            text="Fine.",
            **sign(world.qa_quinn),
        )
    with pytest.raises(ValidationError):
        services.change_control_assess(
            actor=world.pm_alice,
            assessment=assessment,
            impact="low",
            text="Fine.",
            username="pm.alice",
            password="wrong",
            acknowledge=True,
        )
    assessment.refresh_from_db()
    assert not assessment.is_signed
    services.change_control_assess(
        actor=world.pm_alice,
        assessment=assessment,
        impact="low",
        text="No effect on the line.",
        **sign(world.pm_alice),
    )
    assessment.refresh_from_db()
    assert assessment.is_signed
    assert Signature.objects.get(record_type="quality.impactassessment").meaning == "reviewed"
    # The last signature asks QA to approve the plan (never the person who raised it).
    assert Notification.objects.filter(kind="change_plan_to_approve", recipient=world.qa_quinn)


@pytest.mark.req("R-CC-2")
@pytest.mark.req("R-CC-3")
def test_the_plan_waits_for_every_assessment_the_risk_and_the_filing_answer(world):
    change = raised(world, filing="tbd", filing_rationale="", risk_assessment="", risk_level="")
    services.change_control_request_assessment(
        actor=world.pm_alice, change=change, department="qa", assessor=world.qa_quinn
    )
    services.change_control_request_assessment(
        actor=world.pm_alice, change=change, department="production", assessor=world.pm_alice
    )
    change = services.change_control_submit(actor=world.pm_alice, change=change)
    with pytest.raises(ValidationError) as error:
        services.change_control_approve_plan(
            actor=world.qa_quinn, change=change, version=change.version, **sign(world.qa_quinn)
        )
    message = " ".join(error.value.messages)
    for missing in (
        "unsigned impact assessments: Production, Quality assurance",
        "risk assessment",
        "regulatory-filing question",
        "implementation action",
    ):
        assert missing in message
    change.refresh_from_db()
    assert change.state == S.ASSESSMENT
    assert not Signature.objects.filter(record_type="quality.changecontrol").exists()


@pytest.mark.req("R-CC-3")
def test_editing_after_submission_needs_a_reason_and_the_plan_freezes_at_approval(world):
    change = assessed(world)
    with pytest.raises(ValidationError, match="reason"):
        services.change_control_update(
            actor=world.pm_alice,
            change=change,
            details=details(world, filing="needed", filing_rationale="Type II variation."),
            version=change.version,
        )
    change = services.change_control_update(
        actor=world.pm_alice,
        change=change,
        details=details(world, filing="needed", filing_rationale="Type II variation."),
        version=change.version,
        reason="Regulatory affairs says a variation is needed.",
    )
    assert change.get_filing_display() == "A variation or supplement is needed"
    change = services.change_control_approve_plan(
        actor=world.qa_quinn, change=change, version=change.version, **sign(world.qa_quinn)
    )
    with pytest.raises(ValidationError):
        services.change_control_update(
            actor=world.pm_alice,
            change=change,
            details=details(world, title="Something else"),
            version=change.version,
            reason="Late idea",
        )


def test_the_person_who_raised_a_change_does_not_approve_its_plan(world):
    change = services.change_control_raise(
        actor=world.qa_quinn, details=details(world, owner=world.qa_quinn)
    )
    change = assessed(world, change=change)
    with pytest.raises(PermissionDenied):
        services.change_control_approve_plan(
            actor=world.qa_quinn, change=change, version=change.version, **sign(world.qa_quinn)
        )


@pytest.mark.req("R-CC-5")
@pytest.mark.req("R-CC-6")
def test_without_a_sponsor_to_ask_the_change_runs_to_closure(world):
    doc = world.doc_a_internal
    change = assessed(world)
    services.change_control_add_action(
        actor=world.pm_alice,
        change=change,
        kind="revise_document",
        description="Revise the granulation SOP.",
        owner=world.pm_alice,
        due_date=dt.date(2027, 3, 1),
        document=doc,
    )
    change.refresh_from_db()
    change = services.change_control_approve_plan(
        actor=world.qa_quinn, change=change, version=change.version, **sign(world.qa_quinn)
    )
    assert change.state == S.APPROVED and change.approved_at is not None
    assert not SponsorApproval.objects.exists()
    change = services.change_control_start(actor=world.pm_alice, change=change)
    revise, other = sorted(change.actions.all(), key=lambda a: a.kind != "revise_document")
    with pytest.raises(ValidationError, match="not complete"):
        services.change_control_complete(actor=world.pm_alice, change=change)
    with pytest.raises(ValidationError, match="not approved yet"):
        services.change_control_action_done(actor=world.pm_alice, action=revise, evidence="SOP v4")
    ProjectDocument.objects.filter(pk=doc.pk).update(status="approved")
    services.change_control_action_done(actor=world.pm_alice, action=revise, evidence="SOP v4")
    services.change_control_action_done(actor=world.pm_alice, action=other, evidence="IQ/OQ done")
    change = services.change_control_complete(actor=world.pm_alice, change=change)
    assert change.state == S.REVIEW
    # The review is QA's: a change that missed its objectives does not close.
    with pytest.raises(ValidationError) as error:
        services.change_control_close(
            actor=world.qa_quinn,
            change=change,
            objectives_met=False,
            no_adverse_impact=True,
            evidence="Blend uniformity out of trend.",
            version=change.version,
            **sign(world.qa_quinn),
        )
    assert "objectives_met" in error.value.error_dict
    change = services.change_control_reopen(
        actor=world.qa_quinn, change=change, reason="Two more PQ batches."
    )
    assert change.state == S.IMPLEMENTATION
    change = services.change_control_complete(actor=world.pm_alice, change=change)
    # A document made obsolete since blocks closure again (R-CC-6).
    ProjectDocument.objects.filter(pk=doc.pk).update(status="obsolete")
    with pytest.raises(ValidationError, match="documents not approved"):
        services.change_control_close(
            actor=world.qa_quinn,
            change=change,
            objectives_met=True,
            no_adverse_impact=True,
            evidence="Three PQ batches within limits.",
            version=change.version,
            **sign(world.qa_quinn),
        )
    ProjectDocument.objects.filter(pk=doc.pk).update(status="approved")
    change = services.change_control_close(
        actor=world.qa_quinn,
        change=change,
        objectives_met=True,
        no_adverse_impact=True,
        evidence="Three PQ batches within limits.",
        version=change.version,
        **sign(world.qa_quinn),
    )
    assert change.state == S.CLOSED and change.review.reviewed_by == world.qa_quinn
    # QA's plan signature still covers the change as approved (its state moved on).
    [plan] = manifest(change)
    assert plan.signature.meaning == "approved" and plan.matches
    assert Signature.objects.get(record_type="quality.changereview").meaning == "verified"
    actions = set(
        AuditEvent.objects.filter(action__startswith="quality.change_control.").values_list(
            "action", flat=True
        )
    )
    assert {
        "quality.change_control.plan_approved",
        "quality.change_control.started",
        "quality.change_control.implemented",
        "quality.change_control.reopened",
        "quality.change_control.reviewed",
        "quality.change_control.closed",
    } <= actions


def test_an_action_names_what_its_kind_needs(world):
    change = raised(world)
    with pytest.raises(ValidationError) as error:
        services.change_control_add_action(
            actor=world.pm_alice,
            change=change,
            kind="train_role",
            description="",
            owner=None,
            due_date=None,
        )
    assert {"description", "owner", "due_date", "role"} <= set(error.value.error_dict)
    with pytest.raises(ValidationError) as error:
        services.change_control_add_action(
            actor=world.pm_alice,
            change=change,
            kind="revise_document",
            description="Revise",
            owner=world.pm_alice,
            due_date=dt.date(2027, 1, 1),
        )
    assert "document" in error.value.error_dict
    assert not change.actions.exists()


@pytest.mark.req("R-CC-4")
def test_a_sponsor_whose_agreement_says_so_approves_before_implementation(world):
    agreement_for(world, world.sponsor_a, [("equipment", "")])
    agreement_for(world, world.sponsor_b, [("method", "")])
    change = plan_approved(world, projects=[world.project_a, world.project_b])
    assert change.state == S.SPONSOR_APPROVAL and change.approved_at is None
    [approval] = SponsorApproval.objects.all()
    assert approval.sponsor == world.sponsor_a and approval.products == "aurolimab"
    [ask] = Notification.objects.filter(kind="change_decision_requested")
    assert ask.recipient == world.sponsor_a_manager
    # Implementation is blocked while the sponsor decides.
    with pytest.raises(TransitionNotAllowed):
        services.change_control_start(actor=world.pm_alice, change=change)
    # Only the sponsor's manager decides, never its contact, another sponsor or the CDMO.
    for outsider in (world.sponsor_a_contact, world.sponsor_b_manager, world.qa_quinn):
        with pytest.raises(PermissionDenied):
            services.change_control_decide(
                actor=outsider,
                approval=approval,
                decision="approved",
                comment="",
                version=approval.version,
                **sign(outsider),
            )
    services.change_control_decide(
        actor=world.sponsor_a_manager,
        approval=approval,
        decision="approved",
        comment="Agreed, send us the PQ report.",
        version=approval.version,
        **sign(world.sponsor_a_manager),
    )
    change.refresh_from_db()
    assert change.state == S.APPROVED and change.approved_at is not None
    signature = Signature.objects.get(record_type="quality.sponsorapproval")
    assert signature.meaning == "approved" and signature.sponsor_id == world.sponsor_a.pk
    assert Notification.objects.get(kind="change_sponsor_decided").recipient == world.pm_alice
    change = services.change_control_start(actor=world.pm_alice, change=change)
    assert change.state == S.IMPLEMENTATION


@pytest.mark.req("R-CC-4")
def test_a_rejection_stops_the_change_until_it_is_rescoped_without_that_sponsor(world):
    agreement_for(world, world.sponsor_a, [("equipment", "aurolimab")])
    agreement_for(world, world.sponsor_b, [("equipment", "")])
    change = plan_approved(world, projects=[world.project_a, world.project_b])
    approvals = {a.sponsor_id: a for a in SponsorApproval.objects.all()}
    assert set(approvals) == {world.sponsor_a.pk, world.sponsor_b.pk}
    with pytest.raises(ValidationError, match="why"):
        services.change_control_decide(
            actor=world.sponsor_b_manager,
            approval=approvals[world.sponsor_b.pk],
            decision="rejected",
            comment="",
            version=1,
            **sign(world.sponsor_b_manager),
        )
    services.change_control_decide(
        actor=world.sponsor_b_manager,
        approval=approvals[world.sponsor_b.pk],
        decision="rejected",
        comment="Not during our validation campaign.",
        version=1,
        **sign(world.sponsor_b_manager),
    )
    services.change_control_decide(
        actor=world.sponsor_a_manager,
        approval=approvals[world.sponsor_a.pk],
        decision="approved",
        comment="",
        version=1,
        **sign(world.sponsor_a_manager),
    )
    change.refresh_from_db()
    assert change.state == S.SPONSOR_APPROVAL  # one rejection: not approved
    with pytest.raises(ValidationError, match="reason"):
        services.change_control_rescope(actor=world.pm_alice, change=change, reason="")
    change = services.change_control_rescope(
        actor=world.pm_alice, change=change, reason="Exclude Borealis' products."
    )
    assert change.state == S.ASSESSMENT and change.plan_approved_at is None
    assert not SponsorApproval.objects.filter(current=True).exists()
    change = services.change_control_update(
        actor=world.pm_alice,
        change=change,
        details=details(world, projects=[world.project_a]),
        version=change.version,
        reason="Borealis rejected the change.",
    )
    change = services.change_control_approve_plan(
        actor=world.qa_quinn, change=change, version=change.version, **sign(world.qa_quinn)
    )
    [asked] = SponsorApproval.objects.filter(current=True)
    assert asked.sponsor == world.sponsor_a
    assert SponsorApproval.objects.filter(sponsor=world.sponsor_b, decision="rejected").exists()


@pytest.mark.req("R-CC-4")
def test_qa_rejects_a_change_by_signature_with_a_reason(world):
    agreement_for(world, world.sponsor_a, [("equipment", "")])
    change = plan_approved(world)
    with pytest.raises(ValidationError):
        services.change_control_reject(
            actor=world.qa_quinn,
            change=change,
            reason="",
            version=change.version,
            **sign(world.qa_quinn),
        )
    change = services.change_control_reject(
        actor=world.qa_quinn,
        change=change,
        reason="The sponsor will not approve; the supplier found stock of type A.",
        version=change.version,
        **sign(world.qa_quinn),
    )
    assert change.state == S.REJECTED and "stock" in change.end_reason
    [approval] = SponsorApproval.objects.all()
    with pytest.raises(TransitionNotAllowed):
        services.change_control_decide(
            actor=world.sponsor_a_manager,
            approval=approval,
            decision="approved",
            comment="",
            version=approval.version,
            **sign(world.sponsor_a_manager),
        )


def test_a_change_is_cancelled_with_a_reason_and_kept(world):
    change = raised(world)
    with pytest.raises(ValidationError):
        services.change_control_cancel(actor=world.pm_alice, change=change, reason=" ")
    change = services.change_control_cancel(
        actor=world.pm_alice, change=change, reason="Raised twice; see the other one."
    )
    assert change.state == S.CANCELLED and ChangeControl.objects.filter(pk=change.pk).exists()
    with pytest.raises(TransitionNotAllowed):
        services.change_control_submit(actor=world.pm_alice, change=change)


@pytest.mark.req("R-CC-4")
def test_sponsors_see_only_their_changes_after_plan_approval_and_only_their_approval(world):
    agreement_for(world, world.sponsor_a, [("equipment", "")])
    agreement_for(world, world.sponsor_b, [("equipment", "")])
    draft = raised(world, title="A draft for Aurora")
    only_b = plan_approved(world, title="Only Borealis", projects=[world.project_b])
    both = plan_approved(world, title="Both", projects=[world.project_a, world.project_b])
    seen = set(selectors.change_controls_visible_to(world.sponsor_a_contact))
    assert both in seen and draft not in seen and only_b not in seen
    assert set(selectors.change_controls_visible_to(world.qa_quinn)) >= {draft, only_b, both}
    mine = selectors.sponsor_approvals_visible_to(world.sponsor_a_manager)
    assert {a.sponsor_id for a in mine} == {world.sponsor_a.pk}
    assert not selectors.impact_assessments_visible_to(world.sponsor_a_manager).exists()
    assert not selectors.implementation_actions_visible_to(world.sponsor_a_manager).exists()
    outsider = UserFactory(role_codes=("sponsor_manager",))
    assert not selectors.change_controls_visible_to(outsider).exists()


def test_a_stale_version_signs_nothing_and_qa_rejects_at_assessment(world):
    from accord.core.concurrency import StaleEdit

    change = assessed(world)
    with pytest.raises(StaleEdit):
        services.change_control_approve_plan(
            actor=world.qa_quinn, change=change, version=change.version - 1, **sign(world.qa_quinn)
        )
    assert not Signature.objects.filter(record_type="quality.changecontrol").exists()
    # Nobody but QA rejects.
    with pytest.raises(PermissionDenied):
        services.change_control_reject(
            actor=world.pm_alice,
            change=change,
            reason="No.",
            version=change.version,
            **sign(world.pm_alice),
        )
    change = services.change_control_reject(
        actor=world.qa_quinn,
        change=change,
        reason="Not justified.",
        version=change.version,
        **sign(world.qa_quinn),
    )
    assert change.state == S.REJECTED
    assert Signature.objects.get(record_type="quality.changecontrol").meaning == "rejected"
    with pytest.raises(ValidationError):
        services.change_control_update(
            actor=world.pm_alice,
            change=change,
            details=details(world),
            version=change.version,
            reason="Try again",
        )


@pytest.mark.req("R-CC-4")
def test_a_superseded_request_cannot_be_decided(world):
    agreement_for(world, world.sponsor_a, [("equipment", "")])
    change = plan_approved(world)
    [approval] = SponsorApproval.objects.all()
    services.change_control_rescope(actor=world.pm_alice, change=change, reason="New supplier.")
    approval.refresh_from_db()
    assert not approval.current
    # The change is being assessed again: its sponsor no longer sees it, nor decides.
    assert not selectors.change_controls_visible_to(world.sponsor_a_manager).exists()
    with pytest.raises(PermissionDenied):
        services.change_control_decide(
            actor=world.sponsor_a_manager,
            approval=approval,
            decision="approved",
            comment="",
            version=approval.version,
            **sign(world.sponsor_a_manager),
        )


@pytest.mark.req("R-CC-6")
def test_a_training_action_assigns_the_role_and_is_done_only_once_everyone_is_trained(world):
    from accord.accounts.models import Role
    from accord.training.models import Assignment, Requirement
    from accord.training.services import assignment_record_course

    course = Requirement.objects.create(
        code="impeller-b", title="Impeller type B operation", kind="course"
    )
    operations = Role.objects.get(code="operations")
    olga = UserFactory(
        organization=world.cdmo,
        username="op.olga",
        first_name="Olga",
        last_name="Operator",
        role_codes=("operations",),
        site=world.site,
    )
    change = plan_approved(world)
    change = services.change_control_start(actor=world.pm_alice, change=change)
    action = services.change_control_add_action(
        actor=world.pm_alice,
        change=change,
        kind="train_role",
        description="Train operations on the type B impeller.",
        owner=world.pm_alice,
        due_date=dt.date(2027, 3, 1),
        role=operations,
        training=course,
    )
    assignment = Assignment.objects.get(person=olga, requirement=course)
    assert assignment.reason == "change_control" and assignment.source == change.number
    assert assignment.due_on == dt.date(2027, 3, 1)

    with pytest.raises(ValidationError, match="not complete for Olga Operator"):
        services.change_control_action_done(
            actor=world.pm_alice, action=action, evidence="Session held 2 Feb"
        )
    assignment_record_course(
        actor=world.qa_quinn,
        assignment=assignment,
        completed_on=dt.date.today(),
        note="Session on the floor, trainer Quinn Keller",
    )
    action = services.change_control_action_done(
        actor=world.pm_alice, action=action, evidence="Session held, all trained"
    )
    assert action.is_done
