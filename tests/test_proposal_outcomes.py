"""RFP outcomes: a win becomes a project with its SOW, plan and signed baseline in one
transaction; a loss gets a postmortem and a follow-up; declines and withdrawals keep
their reason; sponsors see only the new status; outcomes feed relationship health."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from accord.audit.models import AuditEvent
from accord.clients.health import AMBER, RED, relationship_health
from accord.clients.models import FollowUp
from accord.core.workflow import TransitionNotAllowed
from accord.planning.models import Baseline, Task
from accord.projects.models import Project
from accord.proposals import outcomes, services
from accord.proposals.models import Postmortem, ProposalRevision, Rfp, RfpOutcome
from accord.signatures.models import Signature
from accord.teams.models import Deliverable
from tests.conftest import World, client_for
from tests.factories import PASSWORD
from tests.test_proposals import _fill, _proposal, _r, _rfp, _sent, bd_blake, exec_erin

START = dt.date(2026, 3, 2)


def sent_with_timeline(world: World, **rfp_fields) -> ProposalRevision:
    """An RFP with a proposal whose R1 (two items, two GMP batches) was sent."""
    rfp = _rfp(world, **rfp_fields)
    revision = _r(_proposal(world, rfp=rfp))
    services.revision_timeline_build(
        actor=bd_blake(world),
        revision=revision,
        template_code="small_molecule_tt",
        start=START,
        scale=Decimal("1.00"),
        batches=2,
    )
    revision = _fill(world, revision)
    return _sent(world, revision)


def win(world: World, revision: ProposalRevision, **overrides) -> RfpOutcome:
    fields = {
        "actor": bd_blake(world),
        "revision": ProposalRevision.objects.get(pk=revision.pk),
        "pm": world.pm_alice,
        "project_code": "AUR-301",
        "start_date": START,
        "username": world.pm_alice.username,
        "password": PASSWORD,
        "acknowledge": True,
        "reason": "Signed purchase order 4711 received by e-mail",
    }
    fields.update(overrides)
    return services.proposal_win(**fields)


def lose(world: World, rfp: Rfp, **overrides) -> Postmortem:
    fields = {
        "actor": bd_blake(world),
        "rfp": Rfp.objects.get(pk=rfp.pk),
        "reasons": ["cost", "timing"],
        "competitor": "Lonza",
        "data_says": "Price 18 % above our median; timeline beyond their need date by P80.",
        "lessons": "Offer a phased start.",
        "follow_up_on": dt.date.today() + dt.timedelta(days=60),
    }
    fields.update(overrides)
    return services.rfp_lose(**fields)


def _counts() -> tuple[int, ...]:
    return (
        Project.objects.count(),
        Deliverable.objects.count(),
        Task.objects.count(),
        Baseline.objects.count(),
        RfpOutcome.objects.count(),
        AuditEvent.objects.count(),
    )


# --------------------------------------------------------------------------- won


@pytest.mark.req("ES-1")
def test_a_win_creates_the_project_sow_plan_and_signed_baseline_at_once(world):
    revision = sent_with_timeline(world)
    outcome = win(world, revision)
    project = outcome.project
    rfp = Rfp.objects.get(pk=revision.proposal.rfp_id)
    assert rfp.status == Rfp.Status.WON and outcome.kind == "won"
    assert ProposalRevision.objects.get(pk=revision.pk).status == "accepted"
    assert (project.code, project.sponsor, project.modality, project.phase) == (
        "AUR-301",
        world.sponsor_a,
        rfp.modality,
        rfp.phase,
    )
    assert project.molecule == "aurostat" and project.start_date == START
    assert project.memberships.filter(user=world.pm_alice).exists()
    deliverables = list(project.deliverables.order_by("number"))
    assert [(d.title, d.department) for d in deliverables] == [
        ("Route scouting and process optimization", "process_development"),
        ("GMP batch of 5 kg", "manufacturing"),
    ]
    timeline = revision.timeline
    tasks = Task.objects.filter(project=project)
    assert sorted(tasks.values_list("name", flat=True)) == sorted(
        row["name"] for row in timeline["rows"]
    )
    assert tasks.filter(name__endswith="(batch 2)").exists()
    baseline = Baseline.objects.get(project=project)
    assert baseline.finish.isoformat() == timeline["finish"]
    signature = Signature.objects.get(record_type="planning.baseline", record_id=baseline.pk)
    assert signature.signer == world.pm_alice and signature.meaning == "authored"
    # The trail links RFP, revision and project both ways.
    offer = f"{revision.proposal.number} R1"
    assert AuditEvent.objects.filter(
        action="proposals.rfp.won", target_id=str(rfp.pk), changes__contains="AUR-301"
    ).exists()
    assert AuditEvent.objects.filter(
        action="proposals.proposalrevision.won", target_id=str(revision.pk)
    ).exists()
    assert AuditEvent.objects.filter(
        action="proposals.rfp.project_won",
        target_type="projects.project",
        target_id=str(project.pk),
        changes__contains=offer,
    ).exists()


def test_a_wrong_password_or_a_used_code_writes_nothing(world):
    revision = sent_with_timeline(world)
    before = _counts()
    with pytest.raises(ValidationError) as error:
        win(world, revision, password="wrong")
    assert "password" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        win(world, revision, project_code=world.project_a.code)
    assert "code" in error.value.message_dict
    # The failed signature attempt is a security event; nothing else was written.
    assert _counts()[:5] == before[:5]
    assert not AuditEvent.objects.filter(action__startswith="proposals.rfp.w").exists()
    assert Rfp.objects.get(pk=revision.proposal.rfp_id).status == Rfp.Status.PROPOSAL_SENT
    assert ProposalRevision.objects.get(pk=revision.pk).status == "sent"


def test_a_win_on_a_sent_revision_needs_a_reason_and_a_project_manager(world):
    revision = sent_with_timeline(world)
    with pytest.raises(ValidationError) as error:
        win(world, revision, reason="")
    assert "reason" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        win(world, revision, pm=world.qa_quinn, username=world.qa_quinn.username)
    assert "pm" in error.value.message_dict
    with pytest.raises(PermissionDenied):
        win(world, revision, actor=world.pm_alice)
    with pytest.raises(PermissionDenied):
        win(world, revision, actor=world.sponsor_a_manager)


def test_an_accepted_revision_is_won_without_a_reason(world):
    revision = sent_with_timeline(world)
    ProposalRevision.objects.filter(pk=revision.pk).update(status="accepted")
    outcome = win(world, revision, reason="", actor=exec_erin(world))
    assert outcome.reason == "" and outcome.recorded_by == exec_erin(world)


def test_a_superseded_revision_cannot_be_won(world):
    revision = sent_with_timeline(world)
    ProposalRevision.objects.filter(pk=revision.pk).update(status="superseded")
    with pytest.raises(ValidationError) as error:
        win(world, revision)
    assert "revision" in error.value.message_dict


# --------------------------------------------------------------------------- lost


def test_a_loss_records_the_postmortem_and_a_follow_up_for_the_owner(world):
    revision = sent_with_timeline(world)
    rfp = revision.proposal.rfp
    postmortem = lose(world, rfp)
    assert Rfp.objects.get(pk=rfp.pk).status == Rfp.Status.LOST
    assert postmortem.reason_labels == ["Cost", "Timing"]
    assert rfp.outcome.revision == revision
    follow_up = FollowUp.objects.get(pk=postmortem.follow_up_id)
    assert follow_up.owner == bd_blake(world) and follow_up.sponsor == world.sponsor_a
    assert follow_up.due_on == postmortem.follow_up_on and rfp.number in follow_up.description


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"reasons": []}, "reasons"),
        ({"reasons": ["other"]}, "other_note"),
        ({"reasons": ["cost", "cost"]}, "reasons"),
        ({"reasons": ["weather"]}, "reasons"),
        ({"follow_up_on": dt.date(2020, 1, 1)}, "follow_up_on"),
    ],
)
def test_a_postmortem_is_validated_and_a_bad_one_writes_nothing(world, overrides, field):
    rfp = sent_with_timeline(world).proposal.rfp
    before = (AuditEvent.objects.count(), FollowUp.objects.count())
    with pytest.raises(ValidationError) as error:
        lose(world, rfp, **overrides)
    assert field in error.value.message_dict
    assert (AuditEvent.objects.count(), FollowUp.objects.count()) == before
    assert Rfp.objects.get(pk=rfp.pk).status == Rfp.Status.PROPOSAL_SENT


def test_other_with_a_note_is_enough(world):
    rfp = sent_with_timeline(world).proposal.rfp
    postmortem = lose(world, rfp, reasons=["other"], other_note="Merger froze all programs")
    assert postmortem.reason_labels == ["Other"] and postmortem.follow_up is not None


# --------------------------------------------------------------------------- declined, withdrawn


def test_decline_and_withdraw_need_a_reason_and_close_the_rfp(world):
    declined = _rfp(world, title="Tiny peptide batch")
    with pytest.raises(ValidationError):
        services.rfp_decline(actor=bd_blake(world), rfp=declined, reason=" ")
    outcome = services.rfp_decline(
        actor=bd_blake(world), rfp=declined, reason="No OEB 5 suite free before 2027"
    )
    assert Rfp.objects.get(pk=declined.pk).status == Rfp.Status.DECLINED
    assert outcome.reason.startswith("No OEB 5")
    withdrawn = _rfp(world, title="Withdrawn program")
    services.rfp_withdraw(actor=exec_erin(world), rfp=withdrawn, reason="Program stopped")
    assert Rfp.objects.get(pk=withdrawn.pk).status == Rfp.Status.WITHDRAWN
    with pytest.raises(TransitionNotAllowed):
        services.rfp_withdraw(
            actor=bd_blake(world), rfp=Rfp.objects.get(pk=withdrawn.pk), reason="again"
        )
    with pytest.raises(TransitionNotAllowed):
        services.rfp_transition(actor=bd_blake(world), rfp=_rfp(world), name="decline")


# --------------------------------------------------------------------------- sponsors


@pytest.mark.req("AZ-2")
def test_sponsors_never_see_postmortems_or_reasons(world):
    rfp = sent_with_timeline(world).proposal.rfp
    postmortem = lose(world, rfp, competitor="SecretCompetitorCo")
    declined = _rfp(world, title="Declined one")
    services.rfp_decline(actor=bd_blake(world), rfp=declined, reason="InternalCapacityNote")
    manager = world.sponsor_a_manager
    assert not outcomes.postmortems_visible_to(manager).exists()
    assert not outcomes.outcomes_visible_to(manager).exists()
    client = client_for(manager)
    for url in (
        reverse("proposals:rfp_detail", args=[rfp.pk]),
        reverse("proposals:rfp_detail", args=[declined.pk]),
        reverse("audit:history", args=["proposals.rfp", rfp.pk]),
        reverse("audit:history", args=["proposals.rfp", declined.pk]),
        f"/api/v1/rfps/{rfp.pk}",
    ):
        body = client.get(url).content.decode()
        for secret in ("SecretCompetitorCo", "InternalCapacityNote", "Offer a phased start"):
            assert secret not in body, (url, secret)
    assert client.get(reverse("proposals:postmortem_detail", args=[postmortem.pk])).status_code in (
        403,
        404,
    )
    assert client.get(reverse("proposals:lessons")).status_code == 403
    assert (
        client.get(
            reverse("audit:history", args=["proposals.postmortem", postmortem.pk])
        ).status_code
        == 404
    )


# --------------------------------------------------------------------------- health


def test_outcome_signal_rule():
    assert outcomes.outcome_signal(1, 0) is None
    assert outcomes.outcome_signal(2, 1).level == AMBER
    assert outcomes.outcome_signal(3, 0).level == RED
    assert outcomes.outcome_signal(3, 1).level == AMBER


def test_two_losses_in_a_year_make_the_relationship_amber(world):
    for title in ("Lost one", "Lost two"):
        rfp = _rfp(world, title=title)
        services.rfp_transition(actor=bd_blake(world), rfp=rfp, name="qualify")
        lose(world, rfp, follow_up_on=None)
    health = relationship_health(world.sponsor_a)
    assert "2 proposals lost in the last 12 months, none won" in health.reasons
    assert health.level in (AMBER, RED)
    later = dt.date.today() + dt.timedelta(days=400)
    assert not any(
        "proposals lost" in r for r in relationship_health(world.sponsor_a, today=later).reasons
    )


# --------------------------------------------------------------------------- pages


def test_staff_record_a_loss_and_find_it_in_lessons_learned(world):
    rfp = sent_with_timeline(world).proposal.rfp
    client = client_for(bd_blake(world))
    page = client.get(reverse("proposals:rfp_detail", args=[rfp.pk]))
    assert reverse("proposals:outcome_lose", args=[rfp.pk]) in page.content.decode()
    response = client.post(
        reverse("proposals:outcome_lose", args=[rfp.pk]),
        {"reasons": ["other"], "other_note": "", "lessons": "x"},
    )
    assert (
        response.status_code == 200 and "Say what the other reason was" in response.content.decode()
    )
    response = client.post(
        reverse("proposals:outcome_lose", args=[rfp.pk]),
        {"reasons": ["capacity"], "competitor": "Cambrex", "lessons": "Reserve suites early"},
    )
    postmortem = Postmortem.objects.get(rfp=rfp)
    assert response.status_code == 302
    lessons = client.get(reverse("proposals:lessons"), {"reason": "capacity"}).content.decode()
    assert "Reserve suites early" in lessons
    assert (
        "Reserve suites early"
        not in client.get(reverse("proposals:lessons"), {"reason": "cost"}).content.decode()
    )
    detail = client.get(reverse("proposals:postmortem_detail", args=[postmortem.pk]))
    assert "Cambrex" in detail.content.decode()


def test_staff_record_a_win_from_the_page(world):
    revision = sent_with_timeline(world)
    rfp = revision.proposal.rfp
    client = client_for(bd_blake(world))
    url = reverse("proposals:outcome_win", args=[rfp.pk])
    assert client.get(url).status_code == 200
    data = {
        "revision": revision.pk,
        "pm": world.pm_alice.pk,
        "project_code": "AUR-777",
        "title": "Aurostat clinical supply",
        "site": world.site.pk,
        "start_date": "2026-03-02",
        "template_code": "small_molecule_tt",
        "reason": "Signed PO",
        "username": world.pm_alice.username,
        "password": "wrong",
        "acknowledge": "on",
    }
    response = client.post(url, data)
    assert response.status_code == 200 and not Project.objects.filter(code="AUR-777").exists()
    response = client.post(url, {**data, "password": PASSWORD})
    assert response.status_code == 302
    assert Project.objects.get(code="AUR-777").baselines.count() == 1


def test_decline_from_the_page_needs_a_reason(world):
    rfp = _rfp(world)
    client = client_for(bd_blake(world))
    url = reverse("proposals:outcome_close", args=[rfp.pk, "decline"])
    assert client.post(url, {"reason": ""}).status_code == 200
    assert client.post(url, {"reason": "Not our modality"}).status_code == 302
    assert Rfp.objects.get(pk=rfp.pk).status == Rfp.Status.DECLINED
    assert client_for(world.pm_alice).post(url, {"reason": "x"}).status_code == 403
