"""`accord demo` builds the promised demo CDMO; running it twice changes nothing."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from accord.accounts.models import Organization, Site, User
from accord.audit import chain
from accord.projects.models import Project, ProjectDocument, ProjectMembership
from accord.projects.selectors import projects_visible_to
from accord.signatures.models import Signature

MODELS = (Organization, Site, User, Project, ProjectMembership, ProjectDocument)


def _snapshot() -> dict:
    return {model.__name__: sorted(map(str, model.objects.values_list())) for model in MODELS}


@pytest.mark.django_db
def test_demo_builds_a_realistic_cdmo_and_is_idempotent(settings):
    settings.ACCORD_ENV = "development"
    out = io.StringIO()
    call_command("demo", stdout=out)
    assert "pm.alice" in out.getvalue() and "accord-demo-2026!" in out.getvalue()

    assert Organization.objects.filter(kind="cdmo").count() == 1
    sponsors = Organization.objects.filter(kind="sponsor")
    assert sponsors.count() == 6
    assert {s.sponsor_type for s in sponsors} == {"virtual_biotech", "biotech", "big_pharma"}
    assert Site.objects.count() == 2
    staff = User.objects.filter(organization__kind="cdmo")
    assert 20 <= staff.count() <= 30
    staff_roles = set(staff.values_list("roles__code", flat=True))
    assert staff_roles == {
        "business_development",
        "project_manager",
        "subject_matter_expert",
        "quality_assurance",
        "operations",
        "executive",
        "administrator",
    }
    sponsor_roles = set(
        User.objects.filter(organization__kind="sponsor").values_list("roles__code", flat=True)
    )
    assert sponsor_roles == {"sponsor_manager", "sponsor_contact"}
    manager = User.objects.get(username="novabridge.manager")
    contact = User.objects.get(username="novabridge.contact")
    assert manager.check_password("accord-demo-2026!")
    assert projects_visible_to(contact).count() < projects_visible_to(manager).count()

    assert chain.verify().ok  # every demo write went through the audited services
    assert Signature.objects.filter(meaning="approved").exists()

    before = _snapshot()
    again = io.StringIO()
    call_command("demo", stdout=again)
    assert "0 created" in again.getvalue()
    assert _snapshot() == before


@pytest.mark.django_db
def test_demo_refuses_production(settings):
    settings.ACCORD_ENV = "production"
    with pytest.raises(CommandError, match="production"):
        call_command("demo", stdout=io.StringIO())
    assert not Organization.objects.exists()
