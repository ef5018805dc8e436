"""Account controls: lockout, session timeouts, deactivation, audited sign-in events."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accord.accounts import services
from accord.accounts.middleware import LAST_SEEN, LOGIN_AT
from accord.accounts.models import SignInLock, User
from accord.audit.models import AuditEvent
from tests.conftest import client_for
from tests.factories import PASSWORD
from tests.test_config import _accord


def _sign_in(client: Client, username: str, password: str):
    return client.post(reverse("accounts:login"), {"username": username, "password": password})


def _actions(user: User) -> list[str]:
    return list(
        AuditEvent.objects.filter(target_type="accounts.user", target_id=str(user.pk))
        .order_by("seq")
        .values_list("action", flat=True)
    )


def _lock(username: str, source: str = "127.0.0.1") -> SignInLock | None:
    return SignInLock.objects.filter(username=username, source=source).first()


LOCKED = "Too many failed sign-ins with this username from your address"


@pytest.mark.req("ID-2")
def test_five_failures_lock_the_name_from_that_address_even_against_the_right_password(world):
    client = Client()
    for _ in range(5):
        _sign_in(client, "pm.alice", "wrong-password-0000")
    lock = _lock("pm.alice")
    assert lock.locked_until is not None and lock.locked_until > timezone.now()
    response = _sign_in(client, "pm.alice", PASSWORD)
    assert LOCKED in response.content.decode()
    assert "_auth_user_id" not in client.session
    actions = _actions(world.pm_alice)
    assert actions.count("accounts.session.login_failed") == 5
    assert "accounts.session.locked_out" in actions
    assert actions[-1] == "accounts.session.login_refused_locked"
    locked_out = AuditEvent.objects.get(action="accounts.session.locked_out")
    assert locked_out.client_ip == "127.0.0.1" and "from 127.0.0.1" in locked_out.reason


@pytest.mark.req("ID-2")
def test_a_stranger_guessing_from_elsewhere_cannot_lock_a_colleague_out(world):
    stranger = Client(REMOTE_ADDR="203.0.113.66")
    for _ in range(8):
        _sign_in(stranger, "pm.alice", "wrong-password-0000")
    assert LOCKED in _sign_in(stranger, "pm.alice", PASSWORD).content.decode()
    alice = Client(REMOTE_ADDR="10.20.30.40")  # Alice at her desk
    assert _sign_in(alice, "pm.alice", PASSWORD).status_code == 302
    assert _lock("pm.alice", "203.0.113.66").is_locked(timezone.now())  # still locked there


@pytest.mark.req("ID-2")
def test_the_lock_expires_and_a_good_sign_in_resets_the_count(world):
    client = Client()
    for _ in range(5):
        _sign_in(client, "pm.alice", "wrong-password-0000")
    SignInLock.objects.filter(username="pm.alice").update(
        locked_until=timezone.now() - dt.timedelta(seconds=1)
    )
    response = _sign_in(client, "pm.alice", PASSWORD)
    assert response.status_code == 302
    assert _lock("pm.alice") is None
    assert _actions(world.pm_alice)[-1] == "accounts.session.login"


def test_the_threshold_is_configurable_and_old_failures_fall_out_of_the_window(world, settings):
    settings.ACCORD_LOCKOUT_THRESHOLD = 3
    client = Client()
    _sign_in(client, "qa.quinn", "nope-nope-nope-1")
    _sign_in(client, "qa.quinn", "nope-nope-nope-2")
    SignInLock.objects.filter(username="qa.quinn").update(
        window_start=timezone.now() - dt.timedelta(minutes=20)
    )
    _sign_in(client, "qa.quinn", "nope-nope-nope-3")
    assert _lock("qa.quinn").locked_until is None
    _sign_in(client, "qa.quinn", "nope-nope-nope-4")
    _sign_in(client, "qa.quinn", "nope-nope-nope-5")
    assert _lock("qa.quinn").locked_until is not None


@pytest.mark.req("ID-2")
def test_a_failure_for_an_unknown_username_is_recorded(world):
    _sign_in(Client(), "no.such.person", "whatever-password")
    event = AuditEvent.objects.filter(action="accounts.session.login_failed").latest("seq")
    assert (event.target_label, event.actor_name) == ("no.such.person", "Accord (system)")


def _error_text(response) -> list[str]:
    return list(response.context["form"].non_field_errors())


@pytest.mark.req("ID-2")
def test_an_unknown_username_is_answered_and_locked_exactly_like_a_known_one(world):
    known, unknown = Client(), Client()
    answers = {"known": [], "unknown": []}
    for _ in range(6):
        answers["known"].append(_error_text(_sign_in(known, "pm.alice", "wrong-password-0")))
        answers["unknown"].append(_error_text(_sign_in(unknown, "pm.alicia", "wrong-password-0")))
    assert answers["known"] == answers["unknown"]
    assert LOCKED in answers["unknown"][-1][0]  # the sixth attempt: locked, for both
    assert _lock("pm.alicia").is_locked(timezone.now())
    locked = AuditEvent.objects.filter(action="accounts.session.locked_out")
    assert sorted(locked.values_list("target_label", flat=True)) == ["Alice Morgan", "pm.alicia"]


@pytest.mark.req("ID-2")
def test_an_unknown_username_costs_one_password_hash_like_a_known_one(world, monkeypatch):
    """Comparable time: the hasher runs once whether or not the name exists."""
    from django.contrib.auth.hashers import MD5PasswordHasher

    calls = []
    original = MD5PasswordHasher.encode

    def counted(self, *args, **kwargs):  # verify() hashes through encode() too
        calls.append(1)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(MD5PasswordHasher, "encode", counted)
    _sign_in(Client(), "pm.alice", "wrong-password-0")
    known = len(calls)
    calls.clear()
    _sign_in(Client(), "nobody.here", "wrong-password-0")
    assert known == len(calls) == 1


@pytest.mark.req("AT-1")
def test_sign_in_sign_out_and_password_change_are_audited(world):
    client = Client()
    assert _sign_in(client, "pm.alice", PASSWORD).status_code == 302
    new = "a-different-passphrase-77"
    client.post(
        reverse("accounts:password_change"),
        {"old_password": PASSWORD, "new_password1": new, "new_password2": new},
    )
    client.post(reverse("accounts:logout"))
    assert _actions(world.pm_alice)[-3:] == [
        "accounts.session.login",
        "accounts.user.password_changed",
        "accounts.session.logout",
    ]


@pytest.mark.req("ID-3")
def test_an_idle_session_ends_after_fifteen_minutes(world):
    client = client_for(world.pm_alice)
    assert client.get(reverse("home:work")).status_code == 200
    session = client.session
    session[LAST_SEEN] = time.time() - 16 * 60
    session.save()
    response = client.get(reverse("home:work"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    login_page = client.get(response["Location"]).content.decode()
    assert "You were signed out: idle for more than 15 minutes" in login_page
    assert client.get(reverse("home:work")).status_code == 302
    event = AuditEvent.objects.filter(action="accounts.session.expired").latest("seq")
    assert "idle for more than 15 minutes" in event.reason


@pytest.mark.req("ID-3")
def test_activity_keeps_a_session_alive_and_is_recorded_at_most_every_half_minute(world):
    client = client_for(world.pm_alice)
    client.get(reverse("home:work"))
    session = client.session
    session[LAST_SEEN] = fourteen_minutes_ago = time.time() - 14 * 60
    session.save()
    assert client.get(reverse("home:work")).status_code == 200
    refreshed = client.session[LAST_SEEN]
    assert refreshed > fourteen_minutes_ago + 13 * 60
    # A page a few seconds later does not rewrite the session for nothing.
    session = client.session
    session[LAST_SEEN] = ten_seconds_ago = time.time() - 10
    session.save()
    assert client.get(reverse("home:work")).status_code == 200
    assert client.session[LAST_SEEN] == ten_seconds_ago


@pytest.mark.req("ID-3")
def test_a_session_ends_after_twelve_hours_however_busy(world):
    client = client_for(world.pm_alice)
    client.get(reverse("home:work"))
    session = client.session
    session[LOGIN_AT] = time.time() - 12 * 3600 - 60
    session.save()
    assert client.get(reverse("home:work")).status_code == 302
    api = client_for(world.pm_alice)
    api.get("/api/v1/me")
    session = api.session
    session[LAST_SEEN] = time.time() - 3600
    session.save()
    response = api.get("/api/v1/me")
    assert response.status_code == 401 and response.json()["code"] == "session_expired"


@pytest.mark.req("ID-4")
def test_deactivation_ends_the_users_sessions_and_tokens(world):
    browser = client_for(world.pm_alice)
    assert browser.get(reverse("home:work")).status_code == 200
    _, secret = services.api_token_create(actor=world.pm_alice, name="script")
    services.user_update(
        actor=world.admin_ada,
        user=world.pm_alice,
        first_name="Alice",
        last_name="Morgan",
        email=world.pm_alice.email,
        job_title="",
        roles=world.pm_alice.roles.all(),
        is_active=False,
    )
    assert browser.get(reverse("home:work")).status_code == 302
    assert Client(HTTP_AUTHORIZATION=f"Bearer {secret}").get("/api/v1/me").status_code == 401
    assert _sign_in(Client(), "pm.alice", PASSWORD).status_code == 200  # refused


def test_argon2_hashes_passwords_outside_the_test_suite():
    result = _accord(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.PASSWORD_HASHERS[0])",
        env={},
    )
    assert result.stdout.strip().endswith("Argon2PasswordHasher"), result.stderr


def test_the_daily_sweep_forgets_counts_that_are_over_and_keeps_live_locks(world):
    from accord.accounts.access import signin_locks_purge
    from accord.core.periodic import SCHEDULE

    long_ago = timezone.now() - dt.timedelta(hours=2)
    SignInLock.objects.create(username="old.guess", source="203.0.113.1", window_start=long_ago)
    SignInLock.objects.create(
        username="still.locked",
        source="203.0.113.2",
        window_start=long_ago,
        locked_until=timezone.now() + dt.timedelta(minutes=5),
    )
    SignInLock.objects.create(username="recent", source="203.0.113.3", window_start=timezone.now())
    assert signin_locks_purge() == 1
    assert sorted(SignInLock.objects.values_list("username", flat=True)) == [
        "recent",
        "still.locked",
    ]
    assert "accord.accounts.access.signin_locks_purge" in {entry.func for entry in SCHEDULE}
