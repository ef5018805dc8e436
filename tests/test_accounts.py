"""Organizations, people, roles and per-action permissions."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied, ValidationError

from accord.accounts import services
from accord.accounts.models import ApiToken, Role, User
from accord.accounts.roles import ROLE_DEFINITIONS
from tests.factories import PASSWORD


@pytest.mark.django_db
def test_every_shipped_role_exists_after_migrate():
    codes = set(Role.objects.values_list("code", flat=True))
    assert codes == {r.code for r in ROLE_DEFINITIONS}
    assert Role.objects.filter(audience="cdmo").count() == 7
    assert Role.objects.filter(audience="sponsor").count() == 2


def test_permissions_are_per_action_and_come_from_roles(world):
    assert world.pm_alice.has_perm("projects.add_project")
    assert world.pm_alice.has_perm("projects.change_project")
    assert not world.pm_alice.has_perm("projects.approve_project")
    assert world.qa_quinn.has_perm("projects.approve_project")
    assert not world.qa_quinn.has_perm("projects.add_project")
    assert world.sponsor_a_manager.has_perm("projects.view_project")
    assert not world.sponsor_a_manager.has_perm("projects.add_project")


def test_a_sponsor_user_gets_nothing_from_a_staff_role_even_if_assigned(world):
    # Bypass the service on purpose: the backend must not trust the assignment.
    world.sponsor_b_contact.roles.add(Role.objects.get(code="administrator"))
    user = User.objects.get(pk=world.sponsor_b_contact.pk)
    assert not user.has_perm("accounts.add_user")
    assert not user.has_perm("projects.add_project")


def test_user_create_refuses_roles_of_the_other_audience(world):
    with pytest.raises(ValidationError) as excinfo:
        services.user_create(
            actor=world.admin_ada,
            organization=world.sponsor_a,
            username="sneaky",
            first_name="S",
            last_name="Neaky",
            email="s@aurora.example",
            password=PASSWORD,
            roles=Role.objects.filter(code="administrator"),
        )
    assert "roles" in excinfo.value.message_dict
    assert not User.objects.filter(username="sneaky").exists()


@pytest.mark.req("ES-4")
def test_usernames_are_unique_whatever_the_case(world):
    with pytest.raises(ValidationError) as excinfo:
        services.user_create(
            actor=world.admin_ada,
            organization=world.cdmo,
            username="PM.Alice",
            first_name="A",
            last_name="B",
            email="x@hbc.example",
            password=PASSWORD,
            roles=Role.objects.filter(code="operations"),
        )
    assert "never reused" in excinfo.value.message_dict["username"][0]


@pytest.mark.req("ID-5")
def test_passwords_need_twelve_characters_and_not_a_common_one(world):
    for weak in ("short-pw1", "password1234"):
        with pytest.raises(ValidationError) as excinfo:
            services.user_create(
                actor=world.admin_ada,
                organization=world.cdmo,
                username=f"u-{len(weak)}",
                first_name="New",
                last_name="Person",
                email="n@hbc.example",
                password=weak,
                roles=Role.objects.filter(code="operations"),
            )
        assert "password" in excinfo.value.message_dict


def test_only_administrators_create_users(world):
    with pytest.raises(PermissionDenied):
        services.user_create(
            actor=world.pm_alice,
            organization=world.cdmo,
            username="newbie",
            first_name="New",
            last_name="Bie",
            email="n@hbc.example",
            password=PASSWORD,
            roles=Role.objects.filter(code="operations"),
        )


def test_administrator_role_opens_the_django_admin_and_nothing_else_does(world):
    assert world.admin_ada.is_staff
    assert not world.pm_alice.is_staff
    assert not world.sponsor_a_manager.is_staff


def test_sponsor_roles_cannot_be_given_administration_permissions(world):
    role = Role.objects.get(code="sponsor_manager")
    add_user = Permission.objects.get(codename="add_user")
    with pytest.raises(ValidationError):
        services.role_set_permissions(actor=world.admin_ada, role=role, permissions=[add_user])
    assert not role.permissions.filter(codename="add_user").exists()


def test_api_token_is_shown_once_and_stored_only_as_a_hash(world):
    token, secret = services.api_token_create(actor=world.pm_alice, name="LIMS sync")
    stored = ApiToken.objects.get(pk=token.pk)
    assert secret.startswith("acc_")
    assert secret not in (stored.digest, stored.prefix, stored.name)
    assert len(stored.digest) == 64
    assert services.api_token_authenticate(secret) == world.pm_alice
    assert ApiToken.objects.get(pk=token.pk).last_used_at is not None


def test_a_revoked_token_stops_working(world):
    token, secret = services.api_token_create(actor=world.pm_alice, name="Old script")
    services.api_token_revoke(actor=world.pm_alice, token=token)
    assert services.api_token_authenticate(secret) is None


def test_nobody_revokes_someone_elses_token(world):
    token, _ = services.api_token_create(actor=world.pm_alice, name="Mine")
    with pytest.raises(PermissionDenied):
        services.api_token_revoke(actor=world.qa_quinn, token=token)


def test_a_deactivated_users_token_stops_working(world):
    _, secret = services.api_token_create(actor=world.pm_alice, name="Script")
    services.user_update(
        actor=world.admin_ada,
        user=world.pm_alice,
        first_name="Alice",
        last_name="Morgan",
        email="alice@hbc.example",
        job_title="PM",
        roles=world.pm_alice.roles.all(),
        is_active=False,
    )
    assert services.api_token_authenticate(secret) is None
