"""A sponsor reads the history of a proposal revision or a change order only from the
moment it was put before them: drafting and internal price iterations stay inside."""

from __future__ import annotations

import pytest
from django.urls import reverse

from accord.audit.models import AuditEvent
from accord.audit.registry import audited_type
from accord.audit.selectors import record_history
from tests.conftest import client_for


@pytest.mark.req("AT-10")
def test_the_sponsor_sees_a_sent_revision_from_its_sending_on(world):
    revision = world.revision_a_sent
    entry = audited_type("proposals.proposalrevision")
    staff = list(record_history(world.pm_alice, entry, revision))
    sponsor = list(record_history(world.sponsor_a_manager, entry, revision))
    sent = AuditEvent.objects.get(
        action="proposals.proposalrevision.send", target_id=str(revision.pk)
    )
    drafting = [e for e in staff if e.seq < sent.seq]
    assert drafting, "the fixture drafts the revision before sending it"
    assert sponsor and all(e.seq >= sent.seq for e in sponsor)
    assert {e.seq for e in sponsor} <= {e.seq for e in staff}

    # The proposal's own history shows the revision's events only from the sending on.
    proposal_entry = audited_type("proposals.proposal")
    seen = record_history(world.sponsor_a_manager, proposal_entry, revision.proposal)
    assert not [
        e for e in seen if e.target_type == "proposals.proposalrevision" and e.seq < sent.seq
    ]
    page = client_for(world.sponsor_a_manager).get(
        reverse("audit:history", args=["proposals.proposalrevision", revision.pk])
    )
    assert page.status_code == 200


def test_another_sponsor_gets_no_history_at_all(world):
    revision = world.revision_a_sent
    url = reverse("audit:history", args=["proposals.proposalrevision", revision.pk])
    assert client_for(world.sponsor_b_manager).get(url).status_code == 404
