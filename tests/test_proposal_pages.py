"""RFP and proposal pages and API: the staff builder, the signing forms, the sponsor's
portal (submit an RFP, read what was sent, comment) and what each side sees."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.urls import reverse

from accord.proposals import services
from accord.proposals.models import ProposalReview, ProposalRevision, Rfp
from tests.conftest import World, client_for
from tests.factories import PASSWORD
from tests.test_proposals import (
    _do,
    _fill,
    _fresh,
    _proposal,
    _r,
    _review,
    _sent,
    bd_blake,
    exec_erin,
)

NOTES = "Aurora internal: 38 % margin, walk-away at -10 %"


def _page(client, name: str, *args, **query) -> str:
    response = client.get(reverse(name, args=args), query)
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def _sent_with_notes(world: World) -> ProposalRevision:
    revision = _r(_proposal(world))
    services.revision_update(
        actor=bd_blake(world), revision=revision, internal_pricing_notes=NOTES, summary="Our offer"
    )
    services.revision_timeline_build(
        actor=bd_blake(world),
        revision=revision,
        template_code="small_molecule_tt",
        start=dt.date(2026, 3, 2),
    )
    return _sent(world, _fill(world, revision, analytical=1))


# --------------------------------------------------------------------------- RFPs


def test_staff_log_an_rfp_on_the_page_and_errors_sit_next_to_their_field(world):
    client = client_for(bd_blake(world))
    url = reverse("proposals:rfp_create")
    assert "Log an RFP" in _page(client, "proposals:rfp_create")
    data = {
        "sponsor": world.sponsor_b.pk,
        "title": "Borealis lyophilized fill-finish",
        "services": ["fill_finish", "stability"],
        "modality": "sterile_dp",
        "phase": "clinical",
        "quantity_amount": "3",
        "quantity_unit": "",
        "cold_chain": "on",
    }
    response = client.post(url, data)
    assert response.status_code == 200
    assert 'id="id_quantity_unit_error_1"' in response.content.decode()
    assert not Rfp.objects.filter(sponsor=world.sponsor_b).exists()
    response = client.post(url, {**data, "quantity_unit": "batches"})
    rfp = Rfp.objects.get(sponsor=world.sponsor_b)
    assert response.status_code == 302 and response["Location"].endswith(f"/rfps/{rfp.pk}/")
    page = _page(client, "proposals:rfp_detail", rfp.pk)
    assert "Fill-finish, Stability" in page and "Cold chain" in page and "Start a proposal" in page


def test_a_sponsor_submits_an_rfp_from_the_portal_for_its_own_company(world):
    client = client_for(world.sponsor_a_contact)
    form = _page(client, "proposals:rfp_submit")
    assert 'name="sponsor"' not in form and 'name="received_on"' not in form
    response = client.post(
        reverse("proposals:rfp_submit"),
        {
            "title": "Aurora peptide scale-up",
            "services": ["process_development"],
            "modality": "peptide",
            "phase": "preclinical",
            "sponsor": world.sponsor_b.pk,
        },
    )
    assert response.status_code == 302
    rfp = Rfp.objects.get(title="Aurora peptide scale-up")
    assert rfp.sponsor == world.sponsor_a and rfp.submitted_by == world.sponsor_a_contact
    listing = _page(client, "proposals:rfp_list")
    assert "Aurora peptide scale-up" in listing and "Submit an RFP" in listing
    assert client_for(world.pm_alice).get(reverse("proposals:rfp_submit")).status_code == 403


def test_the_rfp_list_searches_filters_and_paginates(world):
    client = client_for(bd_blake(world))
    for n in range(26):
        services.rfp_create(
            actor=bd_blake(world),
            sponsor=world.sponsor_b,
            title=f"Borealis request {n}",
            services=["stability"],
            modality="biologic",
            phase="commercial",
        )
    page = _page(client, "proposals:rfp_list")
    assert "Showing 1–25 of 27" in page
    assert "Aurora ADC conjugation RFP" in _page(client, "proposals:rfp_list", page=2)
    found = _page(client, "proposals:rfp_list", q="request 7")
    assert "Borealis request 7" in found and "Borealis request 8" not in found
    by_service = _page(client, "proposals:rfp_list", service="process_development")
    assert "Aurora ADC conjugation RFP" in by_service and "Borealis request" not in by_service
    empty = _page(client, "proposals:rfp_list", status="won")
    assert "No RFPs match these filters" in empty


# --------------------------------------------------------------------------- builder


def test_staff_build_a_revision_on_its_pages(world):
    owner = bd_blake(world)
    client = client_for(owner)
    proposal = _proposal(world)
    revision = _r(proposal)
    url = reverse("proposals:item_add", args=[revision.pk])
    item = {
        "service": "tech_transfer",
        "description": "Tech transfer of the route",
        "unit": "lot",
        "quantity": "2",
        "unit_price": "45000.50",
    }
    assert client.post(url, item).status_code == 302
    assert _fresh(revision).total == Decimal("90001.00")
    response = client.post(
        reverse("proposals:milestone_add", args=[revision.pk]),
        {"name": "Start", "trigger": "on signature", "percent": "50", "amount": "10"},
    )
    assert "not both" in response.content.decode()
    client.post(
        reverse("proposals:milestone_add", args=[revision.pk]),
        {"name": "Start", "trigger": "on signature", "percent": "100"},
    )
    response = client.post(
        reverse("proposals:timeline", args=[revision.pk]),
        {
            "template_code": "sterile_ff",
            "start": "2026-04-06",
            "scale": "1.00",
            "batches": "2",
            "version": _fresh(revision).version,
        },
    )
    assert response.status_code == 302
    factors = {name: "0" for name in ("high_potency", "novel_modality", "flow_chemistry")}
    factors |= {"scale": "0", "regulatory_path": "0", "tight_timeline": "3"}
    factors |= {"analytical": "0", "cold_chain_controlled": "0", "rationale": "Tight"}
    factors["version"] = _fresh(revision).version
    assert (
        client.post(reverse("proposals:complexity", args=[revision.pk]), factors).status_code == 302
    )
    page = _page(client, "proposals:revision_detail", revision.pk)
    assert "Tech transfer of the route" in page and "90,001.00 CHF" in page
    assert "GMP fill (batch 2)" in page and 'data-testid="timeline-p80"' in page
    assert "Medium" in page and "Submit for review" in page
    assert "Quality assurance" in page and "Finance" in page
    [item_row] = _fresh(revision).scope_items.all()
    client.post(reverse("proposals:item_remove", args=[revision.pk, item_row.pk]))
    assert _fresh(revision).total == Decimal("0.00")
    assert "Add at least one scope item." in _page(client, "proposals:revision_detail", revision.pk)


def test_reviewers_sign_on_the_page_and_a_wrong_password_is_shown_on_the_field(world):
    revision = _fill(world, _r(_proposal(world)))
    _do(bd_blake(world), revision, "submit")
    qa = client_for(world.qa_quinn)
    page = _page(qa, "proposals:revision_detail", revision.pk)
    assert reverse("proposals:review", args=[revision.pk, "quality"]) in page
    assert reverse("proposals:review", args=[revision.pk, "finance"]) not in page
    url = reverse("proposals:review", args=[revision.pk, "quality"])
    form = _page(qa, "proposals:review", revision.pk, "quality")
    assert 'value="reviewed"' in form and 'value="rejected"' in form
    data = {
        "meaning": "reviewed",
        "username": "qa.quinn",
        "password": "wrong",
        "acknowledge": "on",
        "version": _fresh(revision).version,
    }
    response = qa.post(url, data)
    assert 'id="id_password_error_1"' in response.content.decode()
    assert not ProposalReview.objects.filter(revision=revision).exists()
    assert qa.post(url, {**data, "password": PASSWORD}).status_code == 302
    review = ProposalReview.objects.get(revision=revision)
    assert (review.kind, review.reviewer) == ("quality", world.qa_quinn)
    # The owner is offered no signing link and is refused the form.
    owner_page = _page(client_for(bd_blake(world)), "proposals:revision_detail", revision.pk)
    assert reverse("proposals:review", args=[revision.pk, "finance"]) not in owner_page


def test_the_send_page_names_the_missing_reviews(world):
    owner = bd_blake(world)
    revision = _fill(world, _r(_proposal(world)))
    _do(owner, revision, "submit")
    _review(world.qa_quinn, revision, "quality")
    client = client_for(owner)
    page = _page(client, "proposals:revision_detail", revision.pk)
    assert "Still to sign: Finance." in page
    _review(exec_erin(world), revision, "finance")
    page = _page(client, "proposals:revision_detail", revision.pk)
    assert reverse("proposals:revision_transition", args=[revision.pk, "send"]) in page
    url = reverse("proposals:revision_transition", args=[revision.pk, "send"])
    data = {
        "meaning": "authored",
        "username": owner.username,
        "password": PASSWORD,
        "acknowledge": "on",
        "version": _fresh(revision).version - 1,
    }
    stale = client.post(url, data)
    assert "Someone else changed this revision" in stale.content.decode()
    assert _fresh(revision).status == ProposalRevision.Status.APPROVED
    response = client.post(url, {**data, "version": _fresh(revision).version})
    assert response.status_code == 302
    assert _fresh(revision).status == ProposalRevision.Status.SENT


def test_a_change_after_review_shows_the_signature_no_longer_matches(world):
    revision = _fill(world, _r(_proposal(world)))
    _do(bd_blake(world), revision, "submit")
    _review(world.qa_quinn, revision, "quality")
    services.revision_update(actor=bd_blake(world), revision=_fresh(revision), summary="New")
    page = _page(client_for(world.pm_alice), "proposals:revision_detail", revision.pk)
    assert "invalidated" in page
    assert "it no longer matches the content signed" in page


# --------------------------------------------------------------------------- portal


@pytest.mark.req("AZ-3")
def test_the_sponsor_reads_a_sent_revision_without_anything_internal(world):
    revision = _sent_with_notes(world)
    staff = _page(client_for(world.pm_alice), "proposals:revision_detail", revision.pk)
    assert NOTES in staff and "Technical complexity" in staff and "Reviews" in staff
    for persona in (world.sponsor_a_manager, world.sponsor_a_contact):
        client = client_for(persona)
        page = _page(client, "proposals:revision_detail", revision.pk)
        assert "GMP batch of 5 kg" in page and "Our offer" in page
        assert "510,000.00 CHF" in page and 'data-testid="timeline-p80"' in page
        assert "Blake Dumont" in page  # the sender's signature
        for internal in (NOTES, "Technical complexity", "Quality assurance", "Quinn Keller"):
            assert internal not in page, internal
        assert "Your comment" in page
        api = client.get(f"/api/v1/proposal-revisions/{revision.pk}").content.decode()
        assert "GMP batch of 5 kg" in api and NOTES not in api and "quality" not in api
        assert client.get(f"/api/v1/proposal-revisions/{revision.pk}/internal").status_code == 403
        rfp_page = _page(client, "proposals:rfp_detail", revision.proposal.rfp.pk)
        assert revision.proposal.number in rfp_page
    internal = client_for(world.pm_alice).get(f"/api/v1/proposal-revisions/{revision.pk}/internal")
    body = internal.json()
    assert body["internal_pricing_notes"] == NOTES
    assert [r["kind"] for r in body["reviews"]] == ["quality", "finance"]
    assert body["reviews"][0]["signatures"][0]["matches_current_content"] is True


@pytest.mark.req("AZ-3")
def test_sponsors_never_reach_a_draft_revision(world):
    proposal = _proposal(world)
    draft = _r(proposal)
    manager = client_for(world.sponsor_a_manager)
    assert manager.get(reverse("proposals:revision_detail", args=[draft.pk])).status_code == 404
    assert manager.get(reverse("proposals:proposal_detail", args=[proposal.pk])).status_code == 404
    assert manager.get(f"/api/v1/proposals/{proposal.pk}").status_code == 404
    rfp_page = _page(manager, "proposals:rfp_detail", proposal.rfp.pk)
    assert proposal.number not in rfp_page and "preparing our proposal" in rfp_page


def test_the_sponsor_comments_from_the_portal_and_the_next_revision_carries_it(world):
    revision = _sent_with_notes(world)
    client = client_for(world.sponsor_a_manager)
    url = reverse("proposals:comment_add", args=[revision.pk])
    response = client.post(url, {"text": "Could the second batch start in September?"})
    assert response.status_code == 302
    page = _page(client, "proposals:revision_detail", revision.pk)
    assert "Could the second batch start in September?" in page
    staff = client_for(bd_blake(world))
    assert (
        staff.post(reverse("proposals:revision_new", args=[revision.proposal.pk])).status_code
        == 302
    )
    r2 = _r(revision.proposal, 2)
    page = _page(staff, "proposals:revision_detail", r2.pk)
    assert "Sponsor feedback on the previous revision" in page
    assert "second batch start in September" in page
    # R2 is a draft: the sponsor still sees R1 only, and the tabs show no R2.
    portal = _page(client, "proposals:proposal_detail", revision.proposal.pk)
    assert "R1" in portal and ">R2" not in portal


def test_the_api_lists_rfps_and_proposals_with_only_visible_revisions(world):
    revision = _sent_with_notes(world)
    services.revision_create(actor=bd_blake(world), proposal=revision.proposal)
    manager = client_for(world.sponsor_a_manager)
    body = manager.get(f"/api/v1/proposals/{revision.proposal.pk}").json()
    assert [r["reference"] for r in body["revisions"]] == ["R1"]
    staff = client_for(world.pm_alice).get(f"/api/v1/proposals/{revision.proposal.pk}").json()
    assert [r["reference"] for r in staff["revisions"]] == ["R2", "R1"]
    rfps = manager.get("/api/v1/rfps", {"service": "process_development"}).json()
    assert {item["sponsor_id"] for item in rfps["items"]} == {world.sponsor_a.pk}
    detail = manager.get(f"/api/v1/proposal-revisions/{revision.pk}").json()
    assert detail["timeline"]["p80"] == revision.timeline["p80"]
    assert detail["signatures"][0]["meaning"] == "authored"
    assert sum(Decimal(m["due_amount"]) for m in detail["milestones"]) == Decimal(detail["total"])


def test_navigation_links_rfps_for_staff_and_sponsors(world):
    staff = _page(client_for(bd_blake(world)), "home:work")
    assert reverse("proposals:rfp_list") in staff and reverse("proposals:proposal_list") in staff
    portal = _page(client_for(world.sponsor_a_contact), "home:portal")
    # The staff "Proposals" list is not in the sponsor's navigation.
    assert "Our RFPs" in portal and f'href="{reverse("proposals:proposal_list")}"' not in portal


def test_the_edit_pages_of_a_sent_revision_send_back_to_it(world):
    revision = world.revision_a_sent
    client = client_for(bd_blake(world))
    item = revision.scope_items.first()
    for name, args in (
        ("proposals:complexity", [revision.pk]),
        ("proposals:item_add", [revision.pk]),
        ("proposals:item_edit", [revision.pk, item.pk]),
        ("proposals:timeline", [revision.pk]),
    ):
        response = client.get(reverse(name, args=args), follow=True)
        assert response.redirect_chain[-1][0] == reverse(
            "proposals:revision_detail", args=[revision.pk]
        )
        assert "its content is frozen" in response.content.decode()
    page = _page(client, "proposals:revision_detail", revision.pk)
    assert reverse("proposals:item_add", args=[revision.pk]) not in page


@pytest.mark.req("AT-10")
def test_the_sponsor_reads_the_revision_history_without_internal_values(world):
    revision = _sent_with_notes(world)
    url = reverse("audit:history_export", args=["proposals.proposalrevision", revision.pk, "json"])
    staff = client_for(world.pm_alice).get(url).content.decode()
    assert NOTES in staff and "proposals.proposalreview.reviewed" in staff
    sponsor = client_for(world.sponsor_a_manager).get(url)
    assert sponsor.status_code == 200
    page = sponsor.content.decode()
    assert "proposals.proposalrevision.send" in page  # the story starts when it was sent
    assert "GMP batch of 5 kg" not in page  # drafting stays inside the CDMO
    assert NOTES not in page
    assert "proposals.proposalreview" not in page and "complexityassessment" not in page


def test_every_staff_page_of_an_open_revision_renders(world):
    revision = _fill(world, _r(_proposal(world)))
    client = client_for(bd_blake(world))
    item, milestone = revision.scope_items.first(), revision.milestones.first()
    pages = [
        ("proposals:proposal_list", []),
        ("proposals:rfp_edit", [revision.proposal.rfp.pk]),
        ("proposals:proposal_create", [revision.proposal.rfp.pk]),
        ("proposals:proposal_edit", [revision.proposal.pk]),
        ("proposals:revision_edit", [revision.pk]),
        ("proposals:item_edit", [revision.pk, item.pk]),
        ("proposals:milestone_add", [revision.pk]),
        ("proposals:milestone_edit", [revision.pk, milestone.pk]),
        ("proposals:timeline", [revision.pk]),
        ("proposals:complexity", [revision.pk]),
        ("proposals:revision_transition", [revision.pk, "submit"]),
    ]
    for name, args in pages:
        page = _page(client, name, *args)
        assert revision.proposal.rfp.number in page or revision.proposal.number in page, name
    listing = _page(client, "proposals:proposal_list", q="Aurostat", mine="yes")
    assert revision.proposal.number in listing and "Aurora ADC conjugation" not in listing
    assert "No proposals match" in _page(client, "proposals:proposal_list", q="nothing-like-it")
