"""RFPs and proposals: intake by staff and sponsors, revisions with priced scope, payment
milestones and a timeline from the scheduling engine, complexity-driven signed reviews,
sending, new revisions carrying the sponsor's feedback; who sees what."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from accord.accounts.models import User
from accord.audit.models import AuditEvent
from accord.core.workflow import TransitionNotAllowed
from accord.planning.plan_templates import TEMPLATES
from accord.proposals import selectors, services
from accord.proposals.models import (
    ComplexityAssessment,
    ProposalReview,
    ProposalRevision,
    Rfp,
)
from accord.scheduling import Activity, Link, LinkType, Network, ThreePoint, schedule, simulate
from accord.signatures.models import Signature
from accord.signatures.selectors import manifest
from tests.conftest import World
from tests.factories import PASSWORD, UserFactory

LOW = dict.fromkeys(
    (
        "high_potency",
        "novel_modality",
        "flow_chemistry",
        "scale",
        "regulatory_path",
        "tight_timeline",
        "analytical",
        "cold_chain_controlled",
    ),
    0,
)


def _person(world: World, username: str, first: str, last: str, *roles: str) -> User:
    user = User.objects.filter(username=username).first()
    return user or UserFactory(
        organization=world.cdmo,
        username=username,
        first_name=first,
        last_name=last,
        role_codes=roles,
        site=world.site,
    )


def bd_blake(world: World) -> User:
    return _person(world, "bd.blake", "Blake", "Dumont", "business_development")


def exec_erin(world: World) -> User:
    return _person(world, "exec.erin", "Erin", "Steiner", "executive")


def sme_sam(world: World) -> User:
    return _person(world, "sme.sam", "Sam", "Meier", "subject_matter_expert")


def _rfp(world: World, actor: User | None = None, **overrides) -> Rfp:
    fields = {
        "sponsor": world.sponsor_a,
        "title": "Aurostat clinical supply",
        "services": ["process_development", "clinical_manufacturing"],
        "molecule": "aurostat",
        "modality": "small_molecule",
        "phase": "first_in_human",
        "quantity_text": "Two GMP batches of 5 kg",
        "quantity_amount": Decimal("10"),
        "quantity_unit": "kg",
        "desired_start": dt.date(2026, 3, 2),
        "desired_delivery": dt.date(2026, 12, 18),
        "proposal_due": dt.date(2026, 2, 13),
        "description": "Phase 1 supply of the API.",
    }
    fields.update(overrides)
    return services.rfp_create(actor=actor or bd_blake(world), **fields)


def _proposal(world: World, rfp: Rfp | None = None, **overrides):
    owner = bd_blake(world)
    fields = {"title": "Aurostat API for Phase 1", "owner": owner, "currency": "CHF"}
    fields.update(overrides)
    return services.proposal_create(actor=owner, rfp=rfp or _rfp(world), **fields)


def _r(proposal, number: int = 1) -> ProposalRevision:
    return proposal.revisions.get(number=number)


def _fresh(revision: ProposalRevision) -> ProposalRevision:
    return ProposalRevision.objects.get(pk=revision.pk)


def _fill(world: World, revision: ProposalRevision, **factors) -> ProposalRevision:
    """Scope, milestones (percents adding up to 100) and an assessment: ready for review."""
    actor = bd_blake(world)
    services.scope_item_add(
        actor=actor,
        revision=revision,
        service="process_development",
        description="Route scouting and process optimization",
        unit="FTE-month",
        quantity=Decimal("6"),
        unit_price=Decimal("25000.00"),
        deliverables="Development report",
    )
    services.scope_item_add(
        actor=actor,
        revision=revision,
        service="clinical_manufacturing",
        description="GMP batch of 5 kg",
        unit="batch",
        quantity=Decimal("2"),
        unit_price=Decimal("180000.00"),
    )
    services.milestone_add(
        actor=actor, revision=revision, name="Kick-off", trigger="on signature", percent=30
    )
    services.milestone_add(
        actor=actor,
        revision=revision,
        name="Release",
        trigger="on batch release",
        percent=Decimal("70"),
    )
    services.assessment_record(actor=actor, revision=revision, **{**LOW, **factors})
    return _fresh(revision)


def _review(user: User, revision: ProposalRevision, kind: str, decision: str = "reviewed", **kw):
    return services.revision_review(
        actor=user,
        revision=_fresh(revision),
        kind=kind,
        decision=decision,
        username=user.username,
        password=kw.pop("password", PASSWORD),
        acknowledge=True,
        **kw,
    )


def _do(user: User, revision: ProposalRevision, name: str, **kw) -> ProposalRevision:
    signed = name == "send"
    return services.revision_transition(
        actor=user,
        revision=_fresh(revision),
        name=name,
        meaning="authored" if signed else "",
        username=user.username if signed else None,
        password=PASSWORD if signed else "",
        acknowledge=True,
        **kw,
    )


def _sent(world: World, revision: ProposalRevision) -> ProposalRevision:
    _do(bd_blake(world), revision, "submit")
    _review(world.qa_quinn, revision, "quality")
    _review(exec_erin(world), revision, "finance")
    return _do(bd_blake(world), revision, "send")


def world_proposals(world: World) -> dict[str, object]:
    """Sponsor A's RFP and proposal with a sent revision R1 (idempotent, by title), for
    the cross-tenant inventory: ``build_world()`` stores them on the world."""
    title = "Aurora ADC conjugation RFP"
    rfp = Rfp.objects.filter(sponsor=world.sponsor_a, title=title).first()
    if rfp is None:
        rfp = _rfp(world, title=title, modality="adc", services=["process_development"])
        proposal = _proposal(world, rfp=rfp, title="Aurora ADC conjugation proposal")
        revision = _fill(world, _r(proposal))
        _sent(world, revision)
    proposal = rfp.proposals.get()
    return {"rfp_a": rfp, "proposal_a": proposal, "revision_a_sent": _r(proposal)}


# --------------------------------------------------------------------------- RFP intake


def test_staff_log_an_rfp_for_any_sponsor_with_a_gap_free_number_per_sponsor(world):
    first = _rfp(world, received_on=dt.date(2024, 1, 12))
    second = _rfp(world, title="Aurora stability program", received_on=dt.date(2024, 2, 2))
    other = _rfp(world, sponsor=world.sponsor_b, title="Borealis fill-finish")
    assert (first.number, second.number) == ("RFP-AUR-2024-001", "RFP-AUR-2024-002")
    assert other.number == f"RFP-BOR-{dt.date.today().year}-001"
    assert first.status == Rfp.Status.NEW and first.submitted_by == bd_blake(world)
    assert first.service_labels == ["Process development", "Clinical manufacturing"]
    event = AuditEvent.objects.get(action="proposals.rfp.created", target_id=str(first.pk))
    assert event.sponsor_id == world.sponsor_a.pk


@pytest.mark.req("AZ-2")
def test_a_sponsor_submits_an_rfp_only_for_its_own_organization(world):
    rfp = _rfp(world, actor=world.sponsor_a_contact, sponsor=world.sponsor_b)
    assert rfp.sponsor == world.sponsor_a
    assert rfp.submitted_by == world.sponsor_a_contact
    assert rfp.received_on == dt.date.today()
    assert rfp.number.startswith("RFP-AUR-")
    visible = selectors.rfps_visible_to(world.sponsor_a_manager)
    assert rfp in visible and {r.sponsor for r in visible} == {world.sponsor_a}
    assert not selectors.rfps_visible_to(world.sponsor_b_manager).exists()


@pytest.mark.req("RC-5")
def test_rfp_input_is_validated_field_by_field(world):
    with pytest.raises(ValidationError) as error:
        _rfp(world, services=["process_development", "teleportation"])
    assert "services" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        _rfp(world, services=[])
    assert "services" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        _rfp(world, desired_start=dt.date(2026, 6, 1), desired_delivery=dt.date(2026, 5, 1))
    assert "desired_delivery" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        _rfp(world, quantity_unit="")
    assert "quantity_unit" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        _rfp(world, sponsor=world.cdmo)
    assert "sponsor" in error.value.message_dict
    assert Rfp.objects.count() == 1  # the world's


def test_only_permitted_people_log_rfps_and_staff_edit_them(world):
    with pytest.raises(PermissionDenied):
        _rfp(world, actor=world.pm_alice)
    rfp = _rfp(world)
    with pytest.raises(PermissionDenied):
        services.rfp_update(actor=world.sponsor_a_manager, rfp=rfp, title="Changed")
    rfp = services.rfp_update(actor=bd_blake(world), rfp=rfp, title="Aurostat Phase 1 supply")
    assert rfp.title == "Aurostat Phase 1 supply" and rfp.version == 2
    rfp = services.rfp_transition(actor=bd_blake(world), rfp=rfp, name="qualify")
    assert rfp.status == Rfp.Status.QUALIFYING
    with pytest.raises(TransitionNotAllowed):
        services.rfp_transition(actor=bd_blake(world), rfp=rfp, name="qualify")


# --------------------------------------------------------------------------- proposals


def test_a_proposal_starts_with_an_empty_draft_r1_and_moves_the_rfp_on(world):
    proposal = _proposal(world)
    assert proposal.number.startswith("PRP-AUR-") and proposal.sponsor == world.sponsor_a
    assert [(r.reference, r.status) for r in proposal.revisions.all()] == [("R1", "draft")]
    proposal.rfp.refresh_from_db()
    assert proposal.rfp.status == Rfp.Status.IN_PREPARATION
    with pytest.raises(ValidationError) as error:
        _proposal(world, rfp=proposal.rfp, owner=world.pm_alice)
    assert "owner" in error.value.message_dict


def test_scope_totals_are_computed_never_typed(world):
    revision = _r(_proposal(world))
    item = services.scope_item_add(
        actor=bd_blake(world),
        revision=revision,
        service="stability",
        description="12-month stability study",
        unit="study",
        quantity=Decimal("1.5"),
        unit_price=Decimal("33333.33"),
    )
    assert item.total == Decimal("50000.00")
    assert _fresh(revision).total == Decimal("50000.00")
    services.scope_item_update(actor=bd_blake(world), item=item, quantity=Decimal("3"))
    assert _fresh(revision).total == Decimal("99999.99")
    with pytest.raises(ValidationError):
        services.scope_item_update(actor=bd_blake(world), item=item, total=Decimal("1"))
    with pytest.raises(ValidationError) as error:
        services.scope_item_update(actor=bd_blake(world), item=item, quantity=Decimal("0"))
    assert "quantity" in error.value.message_dict
    services.scope_item_remove(actor=bd_blake(world), item=item)
    assert _fresh(revision).total == Decimal("0.00")


def test_payment_milestones_must_add_up_before_review(world):
    revision = _r(_proposal(world))
    actor = bd_blake(world)
    services.scope_item_add(
        actor=actor,
        revision=revision,
        service="tech_transfer",
        description="Tech transfer",
        unit="lot",
        quantity=Decimal("1"),
        unit_price=Decimal("100000"),
    )
    services.assessment_record(actor=actor, revision=revision, **LOW)
    services.milestone_add(
        actor=actor, revision=revision, name="Start", trigger="kick-off", percent=40
    )
    with pytest.raises(ValidationError) as error:
        services.milestone_add(
            actor=actor, revision=revision, name="Late", trigger="release", amount=Decimal("1")
        )
    assert "percent" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        services.milestone_add(
            actor=actor, revision=revision, name="Too much", trigger="release", percent=70
        )
    assert "110.00 %" in error.value.messages[0]
    with pytest.raises(ValidationError) as error:
        _do(actor, revision, "submit")
    assert "add up to 40.00 % of the total; they must add up to 100 %" in str(error.value)
    services.milestone_add(
        actor=actor, revision=revision, name="Release", trigger="on batch release", percent=60
    )
    assert _do(actor, revision, "submit").status == ProposalRevision.Status.IN_REVIEW


def test_fixed_amount_milestones_must_add_up_to_the_total(world):
    revision = _r(_proposal(world))
    actor = bd_blake(world)
    services.scope_item_add(
        actor=actor,
        revision=revision,
        service="stability",
        description="Stability",
        unit="study",
        quantity=Decimal("1"),
        unit_price=Decimal("50000"),
    )
    services.milestone_add(
        actor=actor, revision=revision, name="Start", trigger="T0", amount=Decimal("20000")
    )
    assert services.milestone_problems(_fresh(revision)) == [
        "The payment milestones add up to 20,000.00 CHF; they must add up to the total, "
        "50,000.00 CHF."
    ]


# --------------------------------------------------------------------------- timeline


def _engine_network(code: str, start: dt.date) -> Network:
    """The template straight into the engine, as a check on the adapter."""
    template = TEMPLATES[code]
    return Network(
        activities=[
            Activity(
                id=step.key,
                name=step.name,
                duration=step.duration if step.kind == "task" else 0,
                estimate=ThreePoint(*step.estimate) if step.estimate else None,
            )
            for step in template.steps
        ],
        links=[
            Link(key, step.key, LinkType(kind), lag)
            for step in template.steps
            for key, kind, lag in step.after
        ],
        project_start=start,
    )


def test_the_timeline_is_the_engines_cpm_and_p80_frozen_on_the_revision(world):
    revision = _r(_proposal(world))
    start = dt.date(2026, 3, 2)
    services.revision_timeline_build(
        actor=bd_blake(world), revision=revision, template_code="small_molecule_tt", start=start
    )
    timeline = _fresh(revision).timeline
    network = _engine_network("small_molecule_tt", start)
    plan = schedule(network)
    risk = simulate(network, iterations=timeline["iterations"], seed=timeline["seed"])
    assert timeline["finish"] == plan.project_finish.isoformat()
    assert timeline["p80"] == risk.percentiles["P80"].isoformat()
    assert timeline["p50"] == risk.percentiles["P50"].isoformat()
    assert timeline["critical_path"] == list(plan.critical_path)
    rows = {row["key"]: row for row in timeline["rows"]}
    kickoff = plan.row("KO")
    assert rows["KO"]["start"] == start.isoformat() == kickoff.early_start.isoformat()
    assert rows["PD"]["critical"] is True and rows["STAB"]["critical"] is False
    assert dt.date.fromisoformat(timeline["p80"]) >= dt.date.fromisoformat(timeline["p50"])


def test_the_timeline_scales_durations_and_repeats_the_gmp_batch(world):
    revision = _r(_proposal(world))
    start = dt.date(2026, 3, 2)
    actor = bd_blake(world)
    services.revision_timeline_build(
        actor=actor, revision=revision, template_code="small_molecule_tt", start=start
    )
    base = _fresh(revision).timeline
    services.revision_timeline_build(
        actor=actor,
        revision=revision,
        template_code="small_molecule_tt",
        start=start,
        scale=Decimal("1.5"),
        batches=3,
    )
    bigger = _fresh(revision).timeline
    rows = {row["key"]: row for row in bigger["rows"]}
    assert {"GMP-1", "GMP-2", "GMP-3"} <= set(rows) and "GMP" not in rows
    assert rows["GMP-2"]["start"] > rows["GMP-1"]["finish"]
    assert rows["QC"]["start"] > rows["GMP-3"]["finish"]
    assert rows["PD"]["duration"] == 90
    assert bigger["finish"] > base["finish"]
    with pytest.raises(ValidationError) as error:
        services.revision_timeline_build(
            actor=actor, revision=revision, template_code="nope", start=start
        )
    assert "template_code" in error.value.message_dict


# --------------------------------------------------------------------------- complexity


@pytest.mark.parametrize(
    ("factors", "level", "reviews"),
    [
        ({}, "low", ["quality", "finance"]),
        ({"high_potency": 2}, "low", ["ehs", "quality", "finance"]),
        (
            {"flow_chemistry": 2, "analytical": 2},
            "low",
            ["process_chemistry", "analytical", "quality", "finance"],
        ),
        ({"novel_modality": 3}, "medium", ["process_chemistry", "quality", "finance"]),
        (
            {
                "high_potency": 3,
                "novel_modality": 3,
                "analytical": 3,
                "regulatory_path": 2,
                "scale": 2,
                "tight_timeline": 2,
            },
            "high",
            [
                "ehs",
                "process_chemistry",
                "analytical",
                "regulatory",
                "quality",
                "finance",
                "executive",
            ],
        ),
    ],
)
def test_complexity_decides_the_required_reviews(world, factors, level, reviews):
    revision = _r(_proposal(world))
    assessment = services.assessment_record(
        actor=bd_blake(world), revision=revision, **{**LOW, **factors}
    )
    assert assessment.level == level
    assert assessment.score == sum(factors.values())
    assert services.revision_required_reviews(revision) == reviews


def test_complexity_factors_are_scored_0_to_3(world):
    revision = _r(_proposal(world))
    with pytest.raises(ValidationError) as error:
        services.assessment_record(actor=bd_blake(world), revision=revision, **{**LOW, "scale": 4})
    assert list(error.value.message_dict) == ["scale"]
    assert not ComplexityAssessment.objects.filter(revision=revision).exists()


# --------------------------------------------------------------------------- reviews


@pytest.mark.req("AZ-5")
def test_the_author_and_owner_cannot_review_their_own_revision(world):
    owner = bd_blake(world)
    # The owner also holds the executive role here: still not their own finance review.
    owner.roles.add(*exec_erin(world).roles.all())
    owner = User.objects.get(pk=owner.pk)
    revision = _fill(world, _r(_proposal(world)))
    _do(owner, revision, "submit")
    with pytest.raises(PermissionDenied):
        _review(owner, revision, "finance")
    assert not ProposalReview.objects.filter(revision=revision).exists()


def test_a_reviewer_needs_the_role_of_the_review(world):
    revision = _fill(world, _r(_proposal(world)), high_potency=2)
    _do(bd_blake(world), revision, "submit")
    with pytest.raises(PermissionDenied):
        _review(world.qa_quinn, revision, "ehs")
    with pytest.raises(PermissionDenied):
        _review(sme_sam(world), revision, "quality")
    with pytest.raises(ValidationError) as error:
        _review(sme_sam(world), revision, "analytical")
    assert "does not need" in str(error.value)
    review = _review(sme_sam(world), revision, "ehs")
    assert review.signature.meaning == "reviewed" and review.signature.signer == sme_sam(world)


@pytest.mark.req("ES-3")
@pytest.mark.req("AT-1")
def test_a_wrong_password_signs_no_review_and_is_audited(world):
    revision = _fill(world, _r(_proposal(world)))
    _do(bd_blake(world), revision, "submit")
    signatures = Signature.objects.count()
    with pytest.raises(ValidationError) as error:
        _review(world.qa_quinn, revision, "quality", password="wrong")
    assert "password" in error.value.message_dict
    assert not ProposalReview.objects.filter(revision=revision).exists()
    assert Signature.objects.count() == signatures
    assert AuditEvent.objects.filter(
        action="signatures.signature.failed", actor_username="qa.quinn"
    ).exists()


@pytest.mark.req("RC-4")
def test_send_is_blocked_until_every_required_review_is_signed_and_names_them(world):
    owner = bd_blake(world)
    revision = _fill(world, _r(_proposal(world)), analytical=2)
    _do(owner, revision, "submit")
    with pytest.raises(ValidationError) as error:
        _do(owner, revision, "send")
    message = str(error.value)
    assert "Analytical SME, Quality assurance, Finance" in message
    _review(world.qa_quinn, revision, "quality")
    _review(exec_erin(world), revision, "finance")
    with pytest.raises(ValidationError) as error:
        _do(owner, revision, "send")
    assert "Analytical SME" in str(error.value) and "Finance" not in str(error.value)
    assert _fresh(revision).status == ProposalRevision.Status.IN_REVIEW
    _review(sme_sam(world), revision, "analytical")
    assert _fresh(revision).status == ProposalRevision.Status.APPROVED
    with pytest.raises(PermissionDenied):
        # Only the owner sends.
        services.revision_transition(
            actor=world.pm_alice, revision=_fresh(revision), name="send", meaning="authored"
        )
    sent = _do(owner, revision, "send")
    assert sent.status == ProposalRevision.Status.SENT and sent.sent_on == dt.date.today()
    [line] = manifest(sent)
    assert line.signature.meaning == "authored" and line.matches
    sent.proposal.rfp.refresh_from_db()
    assert sent.proposal.rfp.status == Rfp.Status.PROPOSAL_SENT


@pytest.mark.req("ES-2")
def test_a_change_after_review_invalidates_the_reviews_and_returns_to_draft(world):
    revision = _fill(world, _r(_proposal(world)))
    _do(bd_blake(world), revision, "submit")
    quality = _review(world.qa_quinn, revision, "quality")
    _review(exec_erin(world), revision, "finance")
    assert _fresh(revision).status == ProposalRevision.Status.APPROVED
    [item] = _fresh(revision).scope_items.filter(service="clinical_manufacturing")
    services.scope_item_update(actor=bd_blake(world), item=item, unit_price=Decimal("175000"))
    revision = _fresh(revision)
    assert revision.status == ProposalRevision.Status.DRAFT
    reviews = list(revision.reviews.all())
    assert len(reviews) == 2 and all(review.invalidated_at for review in reviews)
    assert "content changed" in reviews[0].invalidation_reason
    lines = manifest(ProposalReview.objects.get(pk=quality.pk))
    assert [line.matches for line in lines] == [False]
    assert services.revision_missing_reviews(revision) == ["quality", "finance"]
    event = AuditEvent.objects.filter(action="proposals.scopeitem.updated").last()
    assert '"reviews_invalidated":[null,["quality","finance"]]' in event.changes
    # Reviewed again on the new content, it can be approved and sent.
    _do(bd_blake(world), revision, "submit")
    _review(world.qa_quinn, revision, "quality")
    _review(exec_erin(world), revision, "finance")
    assert _do(bd_blake(world), revision, "send").status == "sent"


@pytest.mark.parametrize(
    "change",
    ["milestone", "timeline", "assessment", "notes", "currency"],
)
def test_any_content_change_invalidates_reviews(world, change):
    owner = bd_blake(world)
    revision = _fill(world, _r(_proposal(world)))
    _do(owner, revision, "submit")
    _review(world.qa_quinn, revision, "quality")
    revision = _fresh(revision)
    if change == "milestone":
        services.milestone_update(
            actor=owner, milestone=revision.milestones.first(), trigger="on PO"
        )
    elif change == "timeline":
        services.revision_timeline_build(
            actor=owner, revision=revision, template_code="adc", start=dt.date(2026, 4, 1)
        )
    elif change == "assessment":
        services.assessment_record(actor=owner, revision=revision, **{**LOW, "scale": 1})
    elif change == "notes":
        services.revision_update(actor=owner, revision=revision, internal_pricing_notes="-5 %")
    else:
        services.proposal_update(actor=owner, proposal=revision.proposal, currency="EUR")
    revision = _fresh(revision)
    assert revision.status == ProposalRevision.Status.DRAFT
    assert not revision.reviews.filter(invalidated_at__isnull=True).exists()


def test_a_rejection_needs_a_reason_and_sends_the_revision_back_to_draft(world):
    revision = _fill(world, _r(_proposal(world)))
    _do(bd_blake(world), revision, "submit")
    with pytest.raises(ValidationError) as error:
        _review(world.qa_quinn, revision, "quality", decision="rejected")
    assert "reason" in error.value.message_dict
    _review(exec_erin(world), revision, "finance")
    rejection = _review(
        world.qa_quinn, revision, "quality", decision="rejected", reason="No QP release in scope."
    )
    assert rejection.signature.meaning == "rejected"
    revision = _fresh(revision)
    assert revision.status == ProposalRevision.Status.DRAFT
    assert not revision.reviews.filter(invalidated_at__isnull=True).exists()


def test_redraft_needs_a_reason_and_invalidates_reviews(world):
    revision = _fill(world, _r(_proposal(world)))
    _do(bd_blake(world), revision, "submit")
    _review(world.qa_quinn, revision, "quality")
    with pytest.raises(ValidationError):
        _do(bd_blake(world), revision, "redraft")
    _do(bd_blake(world), revision, "redraft", reason="Sponsor asked for a third batch.")
    assert not _fresh(revision).reviews.filter(invalidated_at__isnull=True).exists()


# --------------------------------------------------------------------------- revisions


def test_a_sent_revision_is_frozen(world):
    revision = _sent(world, _fill(world, _r(_proposal(world))))
    with pytest.raises(ValidationError) as error:
        services.scope_item_add(
            actor=bd_blake(world),
            revision=revision,
            service="stability",
            description="More",
            unit="study",
            quantity=Decimal("1"),
            unit_price=Decimal("1"),
        )
    assert "frozen" in str(error.value)
    with pytest.raises(ValidationError):
        services.proposal_update(actor=bd_blake(world), proposal=revision.proposal, currency="USD")


def test_a_new_revision_copies_the_content_and_carries_the_sponsors_feedback(world):
    proposal = _proposal(world)
    r1 = _fill(world, _r(proposal), high_potency=2)
    services.revision_timeline_build(
        actor=bd_blake(world), revision=r1, template_code="adc", start=dt.date(2026, 4, 1)
    )
    with pytest.raises(ValidationError) as error:
        services.revision_create(actor=bd_blake(world), proposal=proposal)
    assert "R1 is still open" in str(error.value)
    _do(bd_blake(world), r1, "submit")
    _review(world.qa_quinn, r1, "quality")
    _review(exec_erin(world), r1, "finance")
    _review(sme_sam(world), r1, "ehs")
    r1 = _do(bd_blake(world), r1, "send")
    services.revision_comment_add(
        actor=world.sponsor_a_manager, revision=r1, text="Can the second batch move to Q3?"
    )
    r2 = services.revision_create(actor=bd_blake(world), proposal=proposal)
    assert (r2.reference, r2.status) == ("R2", "draft")
    assert "Maya Aurora" in r2.sponsor_feedback and "second batch move to Q3" in r2.sponsor_feedback
    assert [i.describe() for i in r2.scope_items.all()] == [
        i.describe() for i in r1.scope_items.all()
    ]
    assert [m.describe() for m in r2.milestones.all()] == [
        m.describe() for m in r1.milestones.all()
    ]
    assert r2.assessment.describe() == r1.assessment.describe()
    assert r2.timeline == r1.timeline and r2.total == r1.total
    assert not r2.reviews.exists()
    _do(bd_blake(world), r2, "submit")
    for user, kind in (
        (world.qa_quinn, "quality"),
        (exec_erin(world), "finance"),
        (sme_sam(world), "ehs"),
    ):
        _review(user, r2, kind)
    _do(bd_blake(world), r2, "send")
    assert _fresh(r1).status == ProposalRevision.Status.SUPERSEDED


def test_the_sponsor_comments_only_on_sent_revisions_of_its_own_proposals(world):
    proposal = _proposal(world)
    r1 = _r(proposal)
    with pytest.raises(PermissionDenied):
        services.revision_comment_add(actor=world.sponsor_a_manager, revision=r1, text="Hi")
    r1 = _sent(world, _fill(world, r1))
    with pytest.raises(PermissionDenied):
        services.revision_comment_add(actor=world.sponsor_b_manager, revision=r1, text="Hi")
    with pytest.raises(PermissionDenied):
        services.revision_comment_add(actor=bd_blake(world), revision=r1, text="Hi")
    with pytest.raises(ValidationError):
        services.revision_comment_add(actor=world.sponsor_a_contact, revision=r1, text="  ")
    comment = services.revision_comment_add(
        actor=world.sponsor_a_contact, revision=r1, text="Please quote in EUR."
    )
    assert comment.author == world.sponsor_a_contact
    services.revision_create(actor=bd_blake(world), proposal=proposal)
    r2 = _sent(world, _r(proposal, 2))
    with pytest.raises(ValidationError) as error:
        services.revision_comment_add(actor=world.sponsor_a_contact, revision=_fresh(r1), text="x")
    assert "superseded" in str(error.value)
    assert services.revision_comment_add(actor=world.sponsor_a_contact, revision=r2, text="ok")


# --------------------------------------------------------------------------- visibility


@pytest.mark.req("AZ-3")
def test_sponsors_see_only_sent_revisions_of_their_own_proposals(world):
    proposal = _proposal(world)
    manager = world.sponsor_a_manager
    assert proposal not in selectors.proposals_visible_to(manager)
    assert not selectors.revisions_visible_to(manager).filter(proposal=proposal).exists()
    r1 = _sent(world, _fill(world, _r(proposal)))
    services.revision_create(actor=bd_blake(world), proposal=proposal)
    assert proposal in selectors.proposals_visible_to(manager)
    assert list(selectors.revisions_visible_to(manager).filter(proposal=proposal)) == [r1]
    for other in (world.sponsor_b_manager, world.sponsor_b_contact):
        assert not selectors.proposals_visible_to(other).exists()
        assert not selectors.revisions_visible_to(other).exists()
        assert not selectors.rfps_visible_to(other).exists()
    for sponsor_user in (manager, world.sponsor_a_contact):
        assert not selectors.assessments_visible_to(sponsor_user).exists()
        assert not selectors.reviews_visible_to(sponsor_user).exists()
    assert selectors.reviews_visible_to(world.pm_alice).filter(revision=r1).count() == 2
