"""What the proposal work asks of people now: reviews to sign in My work, and sent
proposals waiting for the sponsor's answer on the portal home."""

from __future__ import annotations

from django.urls import reverse

from accord.proposals.work import proposals_awaiting_answer, reviews_waiting_for
from tests.conftest import client_for
from tests.test_proposals import _do, _fill, _proposal, _r, _review, bd_blake, exec_erin


def test_reviewers_see_the_reviews_their_role_still_has_to_sign(world):
    revision = _fill(world, _r(_proposal(world)))
    _do(bd_blake(world), revision, "submit")
    [waiting] = reviews_waiting_for(world.qa_quinn)
    assert waiting.revision.pk == revision.pk and waiting.kinds == ["quality"]
    assert [w.kinds for w in reviews_waiting_for(exec_erin(world))] == [["finance"]]
    assert reviews_waiting_for(world.pm_alice) == []  # no reviewer role
    assert reviews_waiting_for(bd_blake(world)) == []  # the owner never reviews
    page = client_for(world.qa_quinn).get(reverse("home:work")).content.decode()
    card = page.split('data-testid="reviews-to-sign"')[1]
    assert revision.proposal.number in card and "Your review: Quality" in card

    _review(world.qa_quinn, revision, "quality")
    assert reviews_waiting_for(world.qa_quinn) == []
    assert (
        'data-testid="reviews-to-sign"'
        not in client_for(world.qa_quinn).get(reverse("home:work")).content.decode()
    )


def test_the_sponsor_sees_the_proposals_waiting_for_its_answer(world):
    revision = world.revision_a_sent
    assert [r.pk for r in proposals_awaiting_answer(world.sponsor_a_manager)] == [revision.pk]
    assert proposals_awaiting_answer(world.sponsor_b_manager) == []
    assert proposals_awaiting_answer(world.pm_alice) == []
    page = client_for(world.sponsor_a_manager).get(reverse("home:portal")).content.decode()
    item = page.split('data-testid="proposal-awaiting"')[1].split("</li>")[0]
    assert revision.proposal.number in item and "Review and answer" in item
    other = client_for(world.sponsor_b_manager).get(reverse("home:portal")).content.decode()
    assert revision.proposal.number not in other


def test_an_expired_offer_or_a_closed_rfp_does_not_wait_for_the_sponsor(world):
    import datetime as dt

    from accord.proposals.models import ProposalRevision, Rfp

    revision = world.revision_a_sent
    ProposalRevision.objects.filter(pk=revision.pk).update(
        valid_until=dt.date.today() - dt.timedelta(days=1)
    )
    assert proposals_awaiting_answer(world.sponsor_a_manager) == []
    ProposalRevision.objects.filter(pk=revision.pk).update(valid_until=None)
    assert len(proposals_awaiting_answer(world.sponsor_a_manager)) == 1
    Rfp.objects.filter(pk=revision.proposal.rfp_id).update(status=Rfp.Status.LOST)
    assert proposals_awaiting_answer(world.sponsor_a_manager) == []


def test_the_reviews_to_sign_cost_the_same_queries_for_one_or_many_revisions(world):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            reviews_waiting_for(world.qa_quinn)
        return len(captured)

    first = _fill(world, _r(_proposal(world)))
    _do(bd_blake(world), first, "submit")
    one = queries()
    for _ in range(2):
        revision = _fill(world, _r(_proposal(world)))
        _do(bd_blake(world), revision, "submit")
    assert len(reviews_waiting_for(world.qa_quinn)) == 3
    assert queries() == one
