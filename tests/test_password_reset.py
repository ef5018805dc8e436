"""An administrator's password reset issues a one-time temporary password that the user
must replace before anything else, and that never signs a record (ES-5)."""

from __future__ import annotations

import json

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from accord.accounts import services
from accord.audit.models import AuditEvent
from accord.signatures.services import signer_authenticate
from tests.conftest import client_for
from tests.factories import PASSWORD

NEW_PASSWORD = "a-long-and-private-passphrase-7"


@pytest.mark.req("ES-5")
def test_a_reset_password_must_be_replaced_before_use_and_never_signs(world):
    admin = client_for(world.admin_ada)
    response = admin.post(reverse("manage:user_password_reset", args=[world.pm_alice.pk]))
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    temporary = response.content.decode().split('data-testid="temporary-password">')[1]
    temporary = temporary.split("<")[0]
    assert len(temporary) >= 16
    event = AuditEvent.objects.get(action="accounts.user.password_reset")
    assert temporary not in event.changes and event.actor_username == "admin.ada"
    assert json.loads(event.changes)["must_change_password"] == [False, True]

    world.pm_alice.refresh_from_db()
    assert world.pm_alice.must_change_password and world.pm_alice.check_password(temporary)
    with pytest.raises(ValidationError) as error:  # the administrator knew it: no signature
        signer_authenticate(
            actor=world.pm_alice, username="pm.alice", password=temporary, acknowledge=True
        )
    assert "temporary password" in str(error.value)

    browser = Client()
    assert browser.login(username="pm.alice", password=temporary)
    page = browser.get(reverse("home:work"))
    assert page.status_code == 302 and page["Location"] == reverse("accounts:password_change")
    api = browser.get("/api/v1/projects")
    assert api.status_code == 403 and api.json()["code"] == "password_change_required"
    changed = browser.post(
        reverse("accounts:password_change"),
        {"old_password": temporary, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert changed.status_code == 302
    world.pm_alice.refresh_from_db()
    assert not world.pm_alice.must_change_password
    assert browser.get(reverse("home:work")).status_code == 200
    assert signer_authenticate(
        actor=world.pm_alice, username="pm.alice", password=NEW_PASSWORD, acknowledge=True
    )


def test_only_administrators_reset_and_not_their_own(world):
    url = reverse("manage:user_password_reset", args=[world.qa_quinn.pk])
    assert client_for(world.pm_alice).post(url).status_code == 403
    assert client_for(world.admin_ada).get(url).status_code == 405
    with pytest.raises(ValidationError):
        services.user_password_reset(actor=world.admin_ada, user=world.admin_ada)
    world.qa_quinn.refresh_from_db()
    assert world.qa_quinn.check_password(PASSWORD) and not world.qa_quinn.must_change_password


def test_a_user_an_administrator_creates_starts_with_a_temporary_password(world):
    from accord.accounts.models import Role

    user = services.user_create(
        actor=world.admin_ada,
        organization=world.cdmo,
        username="new.nora",
        first_name="Nora",
        last_name="New",
        email="nora@example.com",
        password="an-initial-password-given-1",
        roles=Role.objects.filter(code="operations"),
    )
    assert user.must_change_password
