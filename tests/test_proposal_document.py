"""The proposal document (PDF) and the sponsor's answer: its manager accepts the revision
currently sent with a signature "accepted", or declines it ("rejected") with a reason; the
contact reads and comments; staff never answer for the sponsor; another sponsor sees
nothing."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from pypdf import PdfReader

from accord.audit.models import AuditEvent
from accord.core.workflow import TransitionNotAllowed
from accord.proposals import services
from accord.proposals.document import proposal_pdf
from accord.proposals.models import ProposalRevision, Rfp
from accord.signatures.selectors import manifest
from tests.conftest import World, client_for
from tests.factories import PASSWORD
from tests.test_proposals import _do, _fill, _fresh, _proposal, _r, _sent, bd_blake

S = ProposalRevision.Status
SECRET_NOTE = "Margin 38 percent, walk-away at 29"


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def _offer(world: World, *, send: bool = True) -> ProposalRevision:
    """A full revision: summary, validity, pricing notes, scope with assumptions and
    exclusions, milestones, a timeline; sent unless told otherwise."""
    revision = _r(_proposal(world, title="Aurostat API for Phase 1"))
    actor = bd_blake(world)
    services.revision_update(
        actor=actor,
        revision=revision,
        summary="We transfer and scale your route and make two GMP batches.",
        valid_until=dt.date.today() + dt.timedelta(days=60),
        internal_pricing_notes=SECRET_NOTE,
    )
    revision = _fill(world, revision)
    item = revision.scope_items.first()
    services.scope_item_update(
        actor=actor,
        item=item,
        assumptions="Route as described in your RFP",
        exclusions="Genotoxic impurity studies",
    )
    services.revision_timeline_build(
        actor=actor,
        revision=_fresh(revision),
        template_code="small_molecule_tt",
        start=dt.date(2026, 3, 2),
    )
    revision = _fresh(revision)
    return _sent(world, revision) if send else revision


def _answer(user, revision, name: str, **kw):
    service = services.revision_accept if name == "accept" else services.revision_decline
    return service(
        actor=user,
        revision=_fresh(revision),
        meaning="accepted" if name == "accept" else "rejected",
        username=user.username,
        password=kw.pop("password", PASSWORD),
        acknowledge=True,
        **kw,
    )


# --------------------------------------------------------------------------- document


def test_the_pdf_carries_the_offer_and_never_the_internal_notes(world):
    revision = _offer(world)
    text = _text(proposal_pdf(revision))
    assert "Aurostat API for Phase 1" in text and revision.proposal.number in text
    assert "Aurora Therapeutics" in text and "R1" in text
    assert "Route scouting and process optimization" in text and "GMP batch of 5 kg" in text
    assert "150,000.00" in text and "360,000.00" in text  # the item totals
    assert "510,000.00" in text  # the revision total
    assert "153,000.00" in text and "357,000.00" in text  # 30 % and 70 % due
    assert "Route as described in your RFP" in text and "Genotoxic impurity studies" in text
    assert "P80 means" in text and "Page 1 of" in text
    assert "Authored" in text and manifest(revision)[0].signature.content_hash in text
    assert SECRET_NOTE not in text and "Margin" not in text
    assert "complexity" not in text.lower() and "Quality assurance" not in text
    assert "DRAFT" not in text


def test_a_draft_prints_with_a_draft_watermark(world):
    revision = _offer(world, send=False)
    text = _text(proposal_pdf(revision))
    assert "DRAFT" in text and "not signed" in text
    assert SECRET_NOTE not in text


@pytest.mark.req("AZ-2")
def test_staff_download_any_state_and_sponsors_only_what_they_were_sent(world):
    draft = _offer(world, send=False)
    url = reverse("proposals:revision_pdf", kwargs={"pk": draft.pk})
    response = client_for(bd_blake(world)).get(url)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert "-DRAFT.pdf" in response["Content-Disposition"]
    assert client_for(world.sponsor_a_manager).get(url).status_code == 404
    _sent(world, draft)
    manager = client_for(world.sponsor_a_manager).get(url)
    assert manager.status_code == 200 and "DRAFT" not in manager["Content-Disposition"]
    assert SECRET_NOTE not in _text(manager.content)
    assert client_for(world.sponsor_a_contact).get(url).status_code == 200
    assert client_for(world.sponsor_b_manager).get(url).status_code == 404
    api = client_for(world.sponsor_b_contact).get(f"/api/v1/proposal-revisions/{draft.pk}/pdf")
    assert api.status_code == 404


def test_the_portal_page_offers_the_pdf_the_comments_and_the_answer(world):
    revision = _offer(world)
    url = reverse("proposals:revision_detail", kwargs={"pk": revision.pk})
    page = client_for(world.sponsor_a_manager).get(url).content.decode()
    assert reverse("proposals:revision_pdf", kwargs={"pk": revision.pk}) in page
    assert reverse("proposals:revision_accept", kwargs={"pk": revision.pk}) in page
    assert 'data-testid="comments"' in page
    contact = client_for(world.sponsor_a_contact).get(url).content.decode()
    assert reverse("proposals:revision_pdf", kwargs={"pk": revision.pk}) in contact
    assert reverse("proposals:revision_accept", kwargs={"pk": revision.pk}) not in contact


# --------------------------------------------------------------------------- acceptance


@pytest.mark.req("ES-1")
@pytest.mark.req("ES-2")
def test_the_sponsor_manager_accepts_with_a_signature_and_the_pdf_shows_both(world):
    revision = _offer(world)
    accepted = _answer(world.sponsor_a_manager, revision, "accept")
    assert accepted.status == S.ACCEPTED
    lines = manifest(accepted)
    assert [line.signature.meaning for line in lines] == ["authored", "accepted"]
    assert all(line.matches for line in lines)
    assert lines[1].signature.signer == world.sponsor_a_manager
    assert lines[1].signature.sponsor_id == world.sponsor_a.pk
    assert services.revision_sponsor_decision(accepted) == lines[1].signature
    event = AuditEvent.objects.get(
        action="proposals.proposalrevision.accepted", target_id=str(revision.pk)
    )
    assert event.actor_id == world.sponsor_a_manager.pk and event.sponsor_id == world.sponsor_a.pk
    rfp = Rfp.objects.get(pk=revision.proposal.rfp_id)
    assert rfp.status == Rfp.Status.PROPOSAL_SENT  # the win is the CDMO's step
    text = _text(proposal_pdf(_fresh(revision)))
    assert "accepted by aurora therapeutics" in text.lower()
    assert world.sponsor_a_manager.printed_name in text
    assert lines[1].signature.content_hash in text and "UTC" in text
    assert "no longer matches" not in text


@pytest.mark.req("ES-6")
def test_the_sponsor_manager_declines_with_a_reason(world):
    revision = _offer(world)
    with pytest.raises(ValidationError) as error:
        _answer(world.sponsor_a_manager, revision, "decline", reason=" ")
    assert "reason" in error.value.message_dict
    assert _fresh(revision).status == S.SENT
    declined = _answer(
        world.sponsor_a_manager, revision, "decline", reason="Timeline too long for our IND"
    )
    assert declined.status == S.DECLINED
    signature = services.revision_sponsor_decision(declined)
    assert signature.meaning == "rejected" and signature.reason == "Timeline too long for our IND"
    assert AuditEvent.objects.filter(
        action="proposals.proposalrevision.declined", target_id=str(revision.pk)
    ).exists()
    page = client_for(bd_blake(world)).get(
        reverse("proposals:revision_detail", kwargs={"pk": revision.pk})
    )
    assert "Timeline too long for our IND" in page.content.decode()
    assert "declined by aurora therapeutics" in _text(proposal_pdf(declined)).lower()


@pytest.mark.req("ES-3")
def test_a_wrong_password_answers_nothing_and_is_recorded(world):
    revision = _offer(world)
    with pytest.raises(ValidationError) as error:
        _answer(world.sponsor_a_manager, revision, "accept", password="wrong-password")
    assert "password" in error.value.message_dict
    assert _fresh(revision).status == S.SENT
    assert services.revision_sponsor_decision(revision) is None
    assert AuditEvent.objects.filter(
        actor_id=world.sponsor_a_manager.pk, action="signatures.signature.failed"
    ).exists()


@pytest.mark.req("ES-8")
def test_the_sponsor_must_acknowledge_the_binding_signature(world):
    revision = _offer(world)
    manager = world.sponsor_a_manager
    manager.signature_acknowledged_at = None
    manager.save(update_fields=["signature_acknowledged_at"])
    with pytest.raises(ValidationError) as error:
        services.revision_accept(
            actor=manager,
            revision=revision,
            meaning="accepted",
            username=manager.username,
            password=PASSWORD,
        )
    assert "acknowledge" in error.value.message_dict
    assert _fresh(revision).status == S.SENT


@pytest.mark.req("AZ-1")
def test_only_the_sponsor_manager_of_the_proposals_company_answers(world):
    revision = _offer(world)
    with pytest.raises(PermissionDenied):
        _answer(world.sponsor_a_contact, revision, "accept")
    with pytest.raises(PermissionDenied):
        _answer(world.sponsor_b_manager, revision, "accept")
    with pytest.raises(PermissionDenied):
        _answer(bd_blake(world), revision, "accept")
    with pytest.raises(PermissionDenied):
        _answer(world.pm_alice, revision, "decline", reason="No")
    assert _fresh(revision).status == S.SENT
    assert services.revision_sponsor_decision(revision) is None


def test_only_the_latest_sent_revision_can_be_answered(world):
    r1 = _offer(world)
    r2 = services.revision_create(actor=bd_blake(world), proposal=r1.proposal)
    with pytest.raises(PermissionDenied):  # a draft does not exist for the sponsor
        _answer(world.sponsor_a_manager, r2, "accept")
    _sent(world, r2)
    with pytest.raises(TransitionNotAllowed) as error:
        _answer(world.sponsor_a_manager, r1, "accept")
    assert "superseded by R2" in str(error.value)
    assert _answer(world.sponsor_a_manager, r2, "accept").status == S.ACCEPTED
    with pytest.raises(TransitionNotAllowed) as error:
        _answer(world.sponsor_a_manager, r2, "decline", reason="Changed our mind")
    assert "already accepted" in str(error.value)


def test_an_expired_offer_cannot_be_accepted_but_can_be_declined(world):
    revision = _offer(world)
    ProposalRevision.objects.filter(pk=revision.pk).update(
        valid_until=dt.date.today() - dt.timedelta(days=1)
    )
    with pytest.raises(ValidationError) as error:
        _answer(world.sponsor_a_manager, revision, "accept")
    assert "valid until" in str(error.value)
    declined = _answer(world.sponsor_a_manager, revision, "decline", reason="Expired")
    assert declined.status == S.DECLINED


@pytest.mark.req("ES-2")
def test_a_signature_that_no_longer_matches_says_so_in_the_pdf(world):
    revision = _offer(world)
    # Only a direct write can change a sent revision: the document must still tell.
    ProposalRevision.objects.filter(pk=revision.pk).update(total=Decimal("1.00"))
    text = _text(proposal_pdf(_fresh(revision)))
    assert "no longer matches" in text


# --------------------------------------------------------------------------- pages


def test_the_portal_accept_page_signs_and_returns_to_the_revision(world):
    revision = _offer(world)
    url = reverse("proposals:revision_accept", kwargs={"pk": revision.pk})
    manager = client_for(world.sponsor_a_manager)
    form = manager.get(url)
    assert form.status_code == 200 and "accepted" in form.content.decode()
    response = manager.post(
        url,
        {
            "meaning": "accepted",
            "username": world.sponsor_a_manager.username,
            "password": PASSWORD,
            "acknowledge": "on",
            "version": _fresh(revision).version,
        },
    )
    assert response.status_code == 302
    assert _fresh(revision).status == S.ACCEPTED
    page = manager.get(response["Location"]).content.decode()
    assert 'data-testid="sponsor-decision"' in page and "accepted this proposal" in page
    staff = client_for(bd_blake(world)).get(response["Location"]).content.decode()
    assert "Accepted</strong> by" in staff


def test_the_portal_decline_page_needs_a_reason(world):
    revision = _offer(world)
    url = reverse("proposals:revision_decline", kwargs={"pk": revision.pk})
    response = client_for(world.sponsor_a_manager).post(
        url,
        {
            "meaning": "rejected",
            "username": world.sponsor_a_manager.username,
            "password": PASSWORD,
            "acknowledge": "on",
            "version": revision.version,
            "reason": "",
        },
    )
    assert response.status_code == 200 and "is-invalid" in response.content.decode()
    assert _fresh(revision).status == S.SENT


def test_answer_pages_refuse_contacts_staff_and_other_sponsors(world):
    revision = _offer(world)
    for name in ("revision_accept", "revision_decline"):
        url = reverse(f"proposals:{name}", kwargs={"pk": revision.pk})
        assert client_for(world.sponsor_a_contact).get(url).status_code == 403
        assert client_for(bd_blake(world)).get(url).status_code == 403
        assert client_for(world.sponsor_b_manager).get(url).status_code == 404
        assert client_for(world.sponsor_b_contact).get(url).status_code == 404


def test_the_answer_page_of_a_superseded_revision_explains(world):
    r1 = _offer(world)
    r2 = services.revision_create(actor=bd_blake(world), proposal=r1.proposal)
    _sent(world, r2)
    url = reverse("proposals:revision_accept", kwargs={"pk": r1.pk})
    response = client_for(world.sponsor_a_manager).get(url, follow=True)
    assert "superseded by R2" in response.content.decode()


def test_staff_are_never_offered_the_sponsor_answer(world):
    revision = _offer(world)
    page = client_for(bd_blake(world)).get(
        reverse("proposals:revision_detail", kwargs={"pk": revision.pk})
    )
    body = page.content.decode()
    assert reverse("proposals:revision_accept", kwargs={"pk": revision.pk}) not in body
    assert reverse("proposals:revision_pdf", kwargs={"pk": revision.pk}) in body
    assert "Awaiting the sponsor" in body
    with pytest.raises(TransitionNotAllowed):  # not a staff action, whatever the page
        _do(bd_blake(world), revision, "accept")
