"""The business date: what services record as "the day", separate from the real time
that audit events and signatures carry."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from accord.audit.models import AuditEvent
from accord.core import clock
from accord.proposals.services import rfps


def test_the_business_date_is_today_unless_set_and_never_in_the_future():
    assert clock.today() == timezone.localdate()
    earlier = timezone.localdate() - dt.timedelta(days=40)
    with clock.business_date(earlier):
        assert clock.today() == earlier
    assert clock.today() == timezone.localdate()
    tomorrow = timezone.localdate() + dt.timedelta(days=1)
    with pytest.raises(ValueError, match="in the future"), clock.business_date(tomorrow):
        pass


def test_a_service_records_the_business_date_and_the_audit_event_the_real_time(world):
    earlier = timezone.localdate() - dt.timedelta(days=40)
    before = timezone.now()
    with clock.business_date(earlier):
        rfp = rfps.rfp_create(
            actor=world.sponsor_a_manager,
            title="Aurostat stability programme",
            services=["stability"],
            modality="small_molecule",
            phase=world.project_a.phase,
        )
    assert rfp.received_on == earlier
    event = AuditEvent.objects.filter(target_id=str(rfp.pk), target_type="proposals.rfp").first()
    assert event.occurred_at >= before  # the trail says when it was really written
