"""Stateful tests of the main workflows: random sequences of allowed and forbidden actions,
by people of the right and the wrong roles, through the services.

Whatever the order, a refused action changes nothing (state, version, audit trail,
signatures); an action that succeeds moves the record along a transition the workflow
declares, from the state it was in, by someone the declaration lets take it; the state
is always a declared one; and every state reached by a signature has its signature
(meaning, signer, time) and an audit event.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from accord.audit.models import AuditEvent
from accord.changes import services as change_services
from accord.changes.models import ChangeOrder
from accord.changes.workflows import CHANGE_ORDER_WORKFLOW
from accord.core.workflow import Transition, TransitionNotAllowed, Workflow
from accord.projects import services as project_services
from accord.projects.models import ProjectDocument
from accord.projects.workflows import DOCUMENT_WORKFLOW
from accord.proposals import services as proposal_services
from accord.proposals.models import ProposalReview, ProposalRevision
from accord.proposals.workflows import REVISION_WORKFLOW
from accord.quality.models import Deviation
from accord.quality.services import deviation_steps
from accord.quality.workflows import DEVIATION_WORKFLOW
from accord.signatures.models import Signature
from tests.conftest import World
from tests.deviation_helpers import raise_deviation
from tests.factories import PASSWORD, make_document
from tests.test_deviations import _assessed, _investigated
from tests.test_proposals import _fill, _proposal, _r, bd_blake, exec_erin

REFUSALS = (TransitionNotAllowed, PermissionDenied, ValidationError)
REASON = "Stateful run: the reason a person would give."
BOUNDS = settings(
    max_examples=25,
    stateful_step_count=15,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)


def _signer(user) -> dict:
    return {"username": user.username, "password": PASSWORD, "acknowledge": True}


class WorkflowMachine(RuleBasedStateMachine):
    """The checks every workflow shares; a subclass makes the record and takes actions."""

    workflow: Workflow
    world: World
    roles: tuple[str, ...]
    progress: list[str]  # the transitions taken, over all runs (the machine must move)

    def __init__(self) -> None:
        super().__init__()
        # Each run in a block rolled back after it, marked like a test case's own so that
        # audit events are appended as each service's write ends (tests/conftest.py).
        self._block = transaction.atomic()
        self._block._from_testcase = True
        self._block.__enter__()
        self.record = None
        self.signed: list[tuple[str, str, int]] = []  # (transition, meaning, signer id)

    def teardown(self) -> None:
        transaction.set_rollback(True)
        self._block.__exit__(None, None, None)

    # Subclasses: -------------------------------------------------------------------
    def reload(self):
        return type(self.record).objects.get(pk=self.record.pk)

    def user(self, who: str):
        return getattr(self.world, who)

    def version(self, record) -> int:
        return record.version

    def author_id(self, record) -> int | None:
        return None

    # Landing states a service may reach through a declared transition besides its
    # target (the last required review approves a revision).
    also_lands: dict[str, frozenset[str]] = {}

    def signatures(self, record):
        return Signature.objects.filter(
            record_type=f"{record._meta.app_label}.{record._meta.model_name}",
            record_id=record.pk,
        )

    # The shared checks ---------------------------------------------------------------
    def _snapshot(self, record) -> tuple:
        return (
            self.workflow.state_of(record),
            self.version(record),
            AuditEvent.objects.count(),
            Signature.objects.count(),
        )

    def _declared_move(self, before, record, user) -> Transition:
        """The declared transition from ``before``'s state to ``record``'s that ``user``
        may take; fails the test when there is none."""
        start, end = self.workflow.state_of(before), self.workflow.state_of(record)
        candidates = [
            t
            for t in self.workflow.transitions
            if start in t.sources and end in {t.target, *self.also_lands.get(t.name, ())}
        ]
        for transition in candidates:
            try:
                self.workflow.check(before, transition.name, user, author_id=self.author_id(before))
            except (TransitionNotAllowed, PermissionDenied):
                continue
            return transition
        raise AssertionError(
            f"{user.username} moved the record from {start!r} to {end!r}, which the workflow "
            f"does not let them do (candidates {[t.name for t in candidates]})."
        )

    def act(self, who: str, action) -> None:
        """Take ``action(record, user)``; check what a refusal or a success must mean."""
        user = self.user(who)
        before = self.reload()
        snapshot = self._snapshot(before)
        try:
            action(before, user)
        except REFUSALS:
            after = self.reload()
            assert self._snapshot(after) == snapshot, f"{who}'s refused action changed things"
            return
        after = self.reload()
        transition = self._declared_move(before, after, user)
        if self.workflow.state_of(after) != snapshot[0]:
            assert self.version(after) > snapshot[1]
        assert AuditEvent.objects.count() > snapshot[2], "a transition without an audit event"
        if transition.signature:
            self.signed.append((transition.name, transition.signature, user.pk))
        self.progress.append(transition.name)

    @invariant()
    def the_state_is_a_declared_one(self) -> None:
        if self.record is not None:
            assert self.workflow.state_of(self.reload()) in self.workflow.states

    @invariant()
    def every_signed_transition_has_its_signature(self) -> None:
        if self.record is None:
            return
        found = sorted(
            (s.transition, s.meaning, s.signer_id)
            for s in self.signatures(self.reload())
            if s.transition
        )
        assert found == sorted(self.signed)
        for signature in self.signatures(self.reload()):
            assert signature.printed_name and signature.signed_at and signature.content_hash
            assert AuditEvent.objects.filter(
                action="signatures.signature.signed",
                target_id=str(signature.pk),
                actor_id=signature.signer_id,
            ).exists(), f"the {signature.meaning} signature has no audit event"


def _run(machine: type[WorkflowMachine], world: World) -> list[str]:
    machine.world = world
    machine.progress = []
    run_state_machine_as_test(machine, settings=BOUNDS)
    return machine.progress


# ------------------------------------------------------------------ project documents


class DocumentMachine(WorkflowMachine):
    workflow = DOCUMENT_WORKFLOW
    roles = ("pm_alice", "qa_quinn", "sponsor_a_manager", "sponsor_a_contact", "admin_ada")

    @initialize()
    def upload(self) -> None:
        self.record = make_document(
            actor=self.world.pm_alice,
            project=self.world.project_a,
            title="Batch record template",
            visibility=ProjectDocument.Visibility.SHARED,
        )

    def version(self, record) -> int:
        return record.edit_version

    def author_id(self, record) -> int | None:
        return record.uploaded_by_id

    @rule(
        name=st.sampled_from([t.name for t in DOCUMENT_WORKFLOW.transitions]),
        who=st.sampled_from(roles),
    )
    def transition(self, name: str, who: str) -> None:
        meaning = DOCUMENT_WORKFLOW.transition(name).signature or ""

        def action(record, user) -> None:
            project_services.document_transition(
                actor=user,
                document=record,
                name=name,
                meaning=meaning,
                reason=REASON,
                version=record.edit_version,
                **_signer(user),
            )

        self.act(who, action)


@pytest.mark.req("RC-4")
@pytest.mark.req("DI-2")
@pytest.mark.req("ES-7")
@pytest.mark.req("AZ-5")
def test_project_documents_move_only_along_their_declared_workflow(world):
    taken = _run(DocumentMachine, world)
    assert {"submit", "approve"} <= set(taken)


# ------------------------------------------------------------------ change orders


class ChangeOrderMachine(WorkflowMachine):
    workflow = CHANGE_ORDER_WORKFLOW
    roles = ("pm_alice", "qa_quinn", "sponsor_a_manager", "sponsor_a_contact", "sponsor_b_manager")

    @initialize()
    def draft(self) -> None:
        self.record = change_services.change_order_create(
            actor=self.world.pm_alice,
            project=self.world.project_a,
            title="Additional impurity study",
            sow_reference="SOW v2 §3.1",
            scope_change="Characterize two new impurities above 0.10 %.",
            justification="Requested by the sponsor after the engineering batch.",
            price_change=Decimal("48500.00"),
            currency=ChangeOrder.Currency.CHF,
        )

    @rule(
        name=st.sampled_from([t.name for t in CHANGE_ORDER_WORKFLOW.transitions]),
        who=st.sampled_from(roles),
    )
    def transition(self, name: str, who: str) -> None:
        meaning = CHANGE_ORDER_WORKFLOW.transition(name).signature or ""

        def action(record, user) -> None:
            change_services.change_order_transition(
                actor=user,
                change_order=record,
                name=name,
                meaning=meaning,
                reason=REASON,
                version=record.version,
                **_signer(user),
            )

        self.act(who, action)


@pytest.mark.req("RC-4")
@pytest.mark.req("DI-2")
@pytest.mark.req("ES-6")
@pytest.mark.req("AZ-4")
def test_change_orders_move_only_along_their_declared_workflow(world):
    taken = _run(ChangeOrderMachine, world)
    assert {"submit", "send"} <= set(taken)
    assert {"accept", "reject"} & set(taken)


# ------------------------------------------------------------------ deviations


class DeviationMachine(WorkflowMachine):
    workflow = DEVIATION_WORKFLOW
    roles = ("pm_alice", "qa_quinn", "sponsor_a_manager")

    @initialize(classification=st.sampled_from(["minor", "major"]))
    def raise_one(self, classification: str) -> None:
        self.record = _assessed(
            self.world, raise_deviation(self.world, classification=classification)
        )
        self.investigated = False

    def author_id(self, record) -> int | None:
        return record.owner_id

    def signatures(self, record):
        # The final approval signs the investigation, its own record.
        investigation = getattr(record, "investigation", None)
        found = list(super().signatures(record))
        if investigation is not None:
            found += list(super().signatures(investigation))
        return found

    @precondition(
        lambda self: (
            self.record is not None
            and not self.investigated
            and self.reload().state == Deviation.State.INVESTIGATION
        )
    )
    @rule()
    def write_the_investigation(self) -> None:
        _investigated(self.world, self.reload())
        self.investigated = True

    @rule(who=st.sampled_from(roles))
    def submit(self, who: str) -> None:
        self.act(
            who,
            lambda record, user: deviation_steps.deviation_submit(
                actor=user, deviation=record, version=record.version
            ),
        )

    # QA first: Hypothesis leans to a list's first items, and the approvals must be reached.
    @rule(who=st.sampled_from(("qa_quinn", "sponsor_a_manager", "pm_alice")))
    def approve(self, who: str) -> None:
        self.act(
            who,
            lambda record, user: deviation_steps.deviation_approve(
                actor=user, deviation=record, version=record.version, **_signer(user)
            ),
        )

    @rule(who=st.sampled_from(("qa_quinn", "sponsor_a_manager", "pm_alice")))
    def send_back(self, who: str) -> None:
        self.act(
            who,
            lambda record, user: deviation_steps.deviation_send_back(
                actor=user, deviation=record, reason=REASON, version=record.version
            ),
        )


@pytest.mark.req("RC-4")
@pytest.mark.req("DI-2")
@pytest.mark.req("ES-1")
@pytest.mark.req("AZ-5")
def test_deviations_move_only_along_their_declared_workflow(world):
    taken = _run(DeviationMachine, world)
    assert {"submit_assessment", "return_assessment"} <= set(taken)
    assert {"approve_and_close", "approve_assessment"} & set(taken)


# ------------------------------------------------------------------ proposal revisions


class RevisionMachine(WorkflowMachine):
    workflow = REVISION_WORKFLOW
    roles = ("bd_blake", "qa_quinn", "exec_erin", "sponsor_a_manager", "pm_alice")
    also_lands = {"review": frozenset({ProposalRevision.Status.APPROVED})}

    @initialize()
    def draft(self) -> None:
        # The proposal's owner and the reviewers the revision's complexity asks for.
        self.people = {"bd_blake": bd_blake(self.world), "exec_erin": exec_erin(self.world)}
        self.record = _fill(self.world, _r(_proposal(self.world)))

    def user(self, who: str):
        return self.people.get(who) or getattr(self.world, who)

    def author_id(self, record) -> int | None:
        return record.created_by_id

    def signatures(self, record):
        # A review's signature is on the review, its own record.
        found = list(super().signatures(record))
        for review in ProposalReview.objects.filter(revision=record):
            found += list(super().signatures(review))
        return found

    # Reviews first: Hypothesis leans to the first rules, and reviews must be reached.
    @rule(
        who=st.sampled_from(("qa_quinn", "exec_erin", "bd_blake", "sponsor_a_manager")),
        kind=st.sampled_from(("quality", "finance")),
        decision=st.sampled_from(("reviewed", "rejected")),
    )
    def review(self, who: str, kind: str, decision: str) -> None:
        self.act(
            who,
            lambda record, user: proposal_services.revision_review(
                actor=user,
                revision=record,
                kind=kind,
                decision=decision,
                reason=REASON,
                version=record.version,
                **_signer(user),
            ),
        )

    @rule(name=st.sampled_from(("submit", "send", "redraft")), who=st.sampled_from(roles))
    def transition(self, name: str, who: str) -> None:
        signed = name == "send"

        def action(record, user) -> None:
            proposal_services.revision_transition(
                actor=user,
                revision=record,
                name=name,
                reason=REASON,
                meaning="authored" if signed else "",
                version=record.version,
                **_signer(user),
            )

        self.act(who, action)

    @rule(
        answer=st.sampled_from(("accept", "decline")),
        who=st.sampled_from(("sponsor_a_manager", "sponsor_a_contact", "bd_blake")),
    )
    def answer(self, answer: str, who: str) -> None:
        service = (
            proposal_services.revision_accept
            if answer == "accept"
            else proposal_services.revision_decline
        )
        meaning = REVISION_WORKFLOW.transition(answer).signature
        self.act(
            who,
            lambda record, user: service(
                actor=user,
                revision=record,
                meaning=meaning,
                reason=REASON,
                version=record.version,
                **_signer(user),
            ),
        )


@pytest.mark.req("RC-4")
@pytest.mark.req("DI-2")
@pytest.mark.req("ES-3")
@pytest.mark.req("AZ-5")
def test_proposal_revisions_move_only_along_their_declared_workflow(world):
    taken = _run(RevisionMachine, world)
    assert {"submit", "review", "redraft"} <= set(taken)
