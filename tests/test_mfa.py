"""A second factor for administrators and QA approvers (ID-7): TOTP with django-otp."""

from __future__ import annotations

import json
import time

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from accord.accounts import mfa, services
from accord.audit.models import AuditEvent
from tests.conftest import client_for
from tests.factories import PASSWORD


def _code(device: TOTPDevice, offset_steps: int = 0) -> str:
    """What the authenticator app shows now (``offset_steps`` later: the next code)."""
    generator = TOTP(device.bin_key, device.step, device.t0, device.digits)
    generator.time = int(time.time()) + offset_steps * device.step
    return f"{generator.token():0{device.digits}d}"


def _signed_in(username: str) -> Client:
    client = Client()
    assert client.login(username=username, password=PASSWORD)
    return client


@pytest.fixture
def mfa_on(settings):
    settings.ACCORD_MFA = "required"


@pytest.mark.req("ID-7")
def test_a_qa_approver_enrols_then_gives_a_code_at_every_sign_in(world, mfa_on):
    client = _signed_in("qa.quinn")
    first = client.get(reverse("home:work"))
    assert first.status_code == 302 and first["Location"].startswith(reverse("accounts:mfa_setup"))
    setup = client.get(first["Location"]).content.decode()
    assert 'src="data:image/svg+xml;base64,' in setup and 'data-testid="mfa-secret"' in setup
    device = TOTPDevice.objects.get(user=world.qa_quinn, confirmed=False)
    wrong = client.post(reverse("accounts:mfa_setup"), {"code": "000000", "next": "/work/"})
    assert "This code is not right" in wrong.content.decode()
    # django-otp throttles after a failure: even the right code is refused at once...
    hurried = client.post(reverse("accounts:mfa_setup"), {"code": _code(device), "next": "/"})
    assert hurried.status_code == 200
    device.refresh_from_db()
    device.throttle_reset()  # ...until the delay has passed
    done = client.post(reverse("accounts:mfa_setup"), {"code": _code(device), "next": "/work/"})
    assert done.status_code == 302 and done["Location"] == "/work/"
    assert client.get(reverse("home:work")).status_code == 200
    assert AuditEvent.objects.filter(action="accounts.user.mfa_enrolled").count() == 1
    assert AuditEvent.objects.filter(action="accounts.session.mfa_failed").count() == 2

    again = _signed_in("qa.quinn")  # a new sign-in: password alone is not enough
    page = again.get(reverse("home:work"))
    assert page["Location"].startswith(reverse("accounts:mfa_verify"))
    assert again.get("/api/v1/projects").json()["code"] == "mfa_required"
    device.refresh_from_db()
    verified = again.post(
        reverse("accounts:mfa_verify"), {"code": _code(device, 1), "next": "/work/"}
    )
    assert verified.status_code == 302
    assert again.get(reverse("home:work")).status_code == 200


@pytest.mark.req("ID-2")
def test_wrong_codes_lock_the_sign_in_and_end_the_half_signed_in_session(world, mfa_on, settings):
    settings.ACCORD_LOCKOUT_THRESHOLD = 3
    client = _signed_in("admin.ada")
    client.get(reverse("accounts:mfa_setup"))
    device = TOTPDevice.objects.get(user=world.admin_ada)
    client.post(reverse("accounts:mfa_setup"), {"code": _code(device)})
    client = _signed_in("admin.ada")
    for _ in range(2):
        response = client.post(reverse("accounts:mfa_verify"), {"code": "123456"})
        assert "This code is not right" in response.content.decode()
    third = client.post(reverse("accounts:mfa_verify"), {"code": "123456"}, follow=True)
    assert "Too many wrong codes: you were signed out" in third.content.decode()
    assert "_auth_user_id" not in client.session
    assert AuditEvent.objects.filter(action="accounts.session.locked_out").exists()
    # The password alone does not open a new half sign-in from this address either.
    again = Client().post(
        reverse("accounts:login"), {"username": "admin.ada", "password": PASSWORD}
    )
    assert "Too many failed sign-ins" in again.content.decode()


@pytest.mark.req("ID-7")
def test_a_password_only_sign_in_cannot_change_the_password(world, mfa_on):
    TOTPDevice.objects.create(user=world.qa_quinn, name="app", confirmed=True)
    client = _signed_in("qa.quinn")  # the password step only
    page = client.get(reverse("accounts:password_change"))
    assert page.status_code == 302
    assert page["Location"].startswith(reverse("accounts:mfa_verify"))
    new = "a-different-passphrase-77"
    attempt = client.post(
        reverse("accounts:password_change"),
        {"old_password": PASSWORD, "new_password1": new, "new_password2": new},
    )
    assert attempt.status_code == 302
    assert attempt["Location"].startswith(reverse("accounts:mfa_verify"))
    world.qa_quinn.refresh_from_db()
    assert world.qa_quinn.check_password(PASSWORD)
    assert not AuditEvent.objects.filter(action="accounts.user.password_changed").exists()
    for allowed in ("accounts:mfa_verify", "accounts:logout"):
        assert client.get(reverse(allowed)).status_code in (200, 405), allowed


@pytest.mark.req("ID-7")
def test_a_temporary_password_is_replaced_after_the_second_factor(world, mfa_on):
    device = TOTPDevice.objects.create(user=world.qa_quinn, name="app", confirmed=True)
    world.qa_quinn.must_change_password = True
    world.qa_quinn.save(update_fields=["must_change_password"])
    client = _signed_in("qa.quinn")
    first = client.get(reverse("home:work"))
    assert first["Location"] == reverse("accounts:password_change")
    second = client.get(first["Location"])
    assert second["Location"].startswith(reverse("accounts:mfa_verify"))  # no loop
    verified = client.post(
        reverse("accounts:mfa_verify"), {"code": _code(device), "next": "/work/"}
    )
    assert verified.status_code == 302
    assert client.get(reverse("accounts:password_change")).status_code == 200


def test_who_must_use_a_second_factor(world, mfa_on, settings):
    assert mfa.mfa_required(world.qa_quinn) and mfa.mfa_required(world.admin_ada)
    assert not mfa.mfa_required(world.pm_alice)
    assert not mfa.mfa_required(world.sponsor_a_manager)
    assert _signed_in("pm.alice").get(reverse("home:work")).status_code == 200
    settings.ACCORD_MFA = "off"
    assert not mfa.mfa_required(world.qa_quinn)


def test_a_sponsor_may_enrol_by_choice_and_is_then_asked(world, mfa_on):
    client = client_for(world.sponsor_a_manager)
    client.get(reverse("accounts:mfa_setup"))
    device = TOTPDevice.objects.get(user=world.sponsor_a_manager)
    client.post(reverse("accounts:mfa_setup"), {"code": _code(device)})
    assert mfa.mfa_required(world.sponsor_a_manager)
    fresh = _signed_in("aurora.manager")
    assert fresh.get(reverse("home:portal"))["Location"].startswith(reverse("accounts:mfa_verify"))


def test_an_administrator_removes_a_lost_authenticator(world, mfa_on):
    TOTPDevice.objects.create(user=world.qa_quinn, name="app", confirmed=True)
    admin = client_for(world.admin_ada)
    admin_device = TOTPDevice.objects.create(user=world.admin_ada, name="app", confirmed=True)
    from django_otp import DEVICE_ID_SESSION_KEY

    session = admin.session
    session[DEVICE_ID_SESSION_KEY] = admin_device.persistent_id
    session.save()
    response = admin.post(reverse("manage:user_mfa_reset", args=[world.qa_quinn.pk]))
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=world.qa_quinn).exists()
    event = AuditEvent.objects.get(action="accounts.user.mfa_reset")
    assert json.loads(event.changes)["mfa"] == ["authenticator app", None]
    with pytest.raises(ValidationError):
        services.user_mfa_reset(actor=world.admin_ada, user=world.admin_ada)
    assert (
        client_for(world.pm_alice)
        .post(reverse("manage:user_mfa_reset", args=[world.qa_quinn.pk]))
        .status_code
        == 403
    )


def test_the_next_address_never_leaves_the_site(world, mfa_on):
    client = _signed_in("qa.quinn")
    client.get(reverse("accounts:mfa_setup"))
    device = TOTPDevice.objects.get(user=world.qa_quinn)
    response = client.post(
        reverse("accounts:mfa_setup"), {"code": _code(device), "next": "https://evil.example/"}
    )
    assert response["Location"] == "/"


def test_the_account_page_says_whether_a_second_factor_is_set_up(world):
    page = client_for(world.pm_alice).get(reverse("accounts:profile")).content.decode()
    assert "set up an authenticator app" in page
    TOTPDevice.objects.create(user=world.pm_alice, name="app", confirmed=True)
    page = client_for(world.pm_alice).get(reverse("accounts:profile")).content.decode()
    assert "Authenticator app set up" in page
