"""The web UI shell: sign-in, homes by role, navigation, forms and friendly errors."""

from __future__ import annotations

import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from accord.accounts.models import User
from accord.projects.models import Project, ProjectDocument
from tests.conftest import client_for
from tests.factories import PASSWORD


def test_sign_in_sends_staff_to_my_work_and_sponsors_to_the_portal(world):
    staff = Client()
    response = staff.post(
        reverse("accounts:login"), {"username": "pm.alice", "password": PASSWORD}, follow=True
    )
    assert response.redirect_chain[-1][0] == reverse("home:work")
    assert "My work" in response.content.decode()
    sponsor = Client()
    response = sponsor.post(
        reverse("accounts:login"), {"username": "aurora.manager", "password": PASSWORD}, follow=True
    )
    assert response.redirect_chain[-1][0] == reverse("home:portal")
    assert "Aurora Therapeutics" in response.content.decode()


def test_a_wrong_password_shows_an_error_and_signs_nobody_in(world, client):
    response = client.post(
        reverse("accounts:login"), {"username": "pm.alice", "password": "not-the-password"}
    )
    assert response.status_code == 200
    assert "correct username and password" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_sign_out_ends_the_session(world):
    client = client_for(world.pm_alice)
    client.post(reverse("accounts:logout"))
    assert client.get(reverse("home:work")).status_code == 302


def test_password_change_validates_next_to_the_field(world):
    client = client_for(world.pm_alice)
    response = client.post(
        reverse("accounts:password_change"),
        {"old_password": PASSWORD, "new_password1": "short", "new_password2": "short"},
    )
    page = response.content.decode()
    assert 'id="id_new_password2_error_1"' in page
    assert "at least 12 characters" in page
    assert User.objects.get(pk=world.pm_alice.pk).check_password(PASSWORD)


def test_password_change_works(world):
    client = client_for(world.pm_alice)
    new = "a-much-longer-passphrase-2026"
    response = client.post(
        reverse("accounts:password_change"),
        {"old_password": PASSWORD, "new_password1": new, "new_password2": new},
    )
    assert response.status_code == 302
    assert User.objects.get(pk=world.pm_alice.pk).check_password(new)


def test_my_work_lists_my_projects_and_the_portfolio(world):
    page = client_for(world.pm_alice).get(reverse("home:work")).content.decode()
    assert "AUR-101-TT" in page and "BOR-301-GMP" in page
    assert 'data-testid="my-project-count">2<' in page


def test_navigation_depends_on_the_role(world):
    admin_page = client_for(world.admin_ada).get(reverse("home:work")).content.decode()
    pm_page = client_for(world.pm_alice).get(reverse("home:work")).content.decode()
    portal = client_for(world.sponsor_a_manager).get(reverse("home:portal")).content.decode()
    assert reverse("manage:users") in admin_page
    assert reverse("manage:users") not in pm_page
    assert reverse("projects:list") in pm_page
    assert reverse("sponsors:list") in portal and "My company" in portal
    assert reverse("home:work") not in portal


def test_sponsor_users_cannot_open_my_work_and_staff_cannot_open_the_portal(world):
    assert client_for(world.sponsor_a_manager).get(reverse("home:work")).status_code == 403
    assert client_for(world.pm_alice).get(reverse("home:portal")).status_code == 403


def test_the_portal_shows_our_projects_shared_documents_and_contacts(world):
    page = client_for(world.sponsor_a_manager).get(reverse("home:portal")).content.decode()
    assert "AUR-101-TT" in page and "AUR-202-PD" in page
    assert "Aurora batch schedule" in page
    assert "Aurora internal cost sheet" not in page
    assert "Alice Morgan" in page


def test_friendly_error_pages(world, settings):
    settings.DEBUG = False
    client = client_for(world.sponsor_a_manager)
    not_found = client.get("/projects/999999/")
    assert not_found.status_code == 404
    assert "not shared with you" in not_found.content.decode()
    forbidden = client.get(reverse("manage:users"))
    assert forbidden.status_code == 403
    assert "Not allowed" in forbidden.content.decode()


def test_project_list_searches_filters_and_paginates(world):
    client = client_for(world.pm_alice)
    page = client.get(reverse("projects:list"), {"q": "borec"}).content.decode()
    assert "BOR-301-GMP" in page and "AUR-101-TT" not in page
    page = client.get(reverse("projects:list"), {"status": "planned"}).content.decode()
    assert "AUR-202-PD" in page and "BOR-301-GMP" not in page
    page = client.get(reverse("projects:list"), {"status": "no-such"}).content.decode()
    assert "BOR-301-GMP" in page
    page = client.get(reverse("projects:list"), {"q": "zzz-nothing"}).content.decode()
    assert "No projects match these filters" in page


def test_project_export_is_the_filtered_list_as_csv(world):
    response = client_for(world.pm_alice).get(reverse("projects:export"), {"q": "aur"})
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["Code", "Title", "Sponsor"]
    assert sorted(r[0] for r in rows[1:]) == ["AUR-101-TT", "AUR-202-PD"]


def test_project_form_shows_errors_next_to_fields_and_saves_nothing(world):
    client = client_for(world.pm_alice)
    response = client.post(
        reverse("projects:create"),
        {
            "sponsor": world.sponsor_a.pk,
            "code": "AUR-101-TT",
            "title": "Duplicate",
            "modality": "small_molecule",
            "phase": "preclinical",
            "site": world.site.pk,
            "start_date": "2026-05-01",
            "target_end_date": "2026-04-01",
        },
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert 'id="id_code_error_1"' in page and "already in use" in page
    assert Project.objects.filter(code="AUR-101-TT").count() == 1


def test_project_form_creates_a_project_with_me_on_the_team(world):
    client = client_for(world.pm_alice)
    response = client.post(
        reverse("projects:create"),
        {
            "sponsor": world.sponsor_b.pk,
            "code": "bor-404-stab",
            "title": "Stability program",
            "modality": "small_molecule",
            "phase": "clinical",
            "site": world.site.pk,
        },
    )
    project = Project.objects.get(code="BOR-404-STAB")
    assert response["Location"] == reverse("projects:detail", args=[project.pk])
    assert project.memberships.filter(user=world.pm_alice).exists()


@pytest.mark.req("AZ-7")
def test_document_upload_refuses_bad_types_and_keeps_good_files(world):
    client = client_for(world.pm_alice)
    url = reverse("projects:document_upload", args=[world.project_b.pk])
    bad = client.post(url, {"visibility": "shared", "file": SimpleUploadedFile("x.exe", b"MZ")})
    assert "are not accepted" in bad.content.decode()
    good = client.post(
        url,
        {
            "title": "CoA lot 7",
            "visibility": "shared",
            "file": SimpleUploadedFile("coa.pdf", b"%PDF-1.7 test"),
        },
    )
    assert good.status_code == 302
    document = ProjectDocument.objects.get(title="CoA lot 7")
    assert document.file.name.startswith(f"sponsors/{world.sponsor_b.pk}/")
    download = client_for(world.sponsor_b_manager).get(
        reverse("projects:document_download", args=[document.pk])
    )
    assert b"".join(download.streaming_content) == b"%PDF-1.7 test"


def test_api_tokens_page_shows_a_new_token_once(world):
    client = client_for(world.pm_alice)
    created = client.post(reverse("accounts:tokens"), {"name": "ELN export"}).content.decode()
    assert "acc_" in created and "cannot show it again" in created
    again = client.get(reverse("accounts:tokens")).content.decode()
    assert "ELN export" in again and "cannot show it again" not in again


def test_admin_page_creates_a_user_and_edits_roles(world):
    client = client_for(world.admin_ada)
    response = client.post(
        reverse("manage:user_create"),
        {
            "organization": world.sponsor_a.pk,
            "username": "aurora.cmc",
            "first_name": "Cam",
            "last_name": "Reyes",
            "email": "cam@aurora.example",
            "roles": [r.pk for r in world.sponsor_a_contact.roles.all()],
            "password": "long-enough-passphrase-77",
        },
    )
    assert response.status_code == 302
    user = User.objects.get(username="aurora.cmc")
    assert user.organization == world.sponsor_a and user.has_role("sponsor_contact")


def test_admin_page_names_the_bad_field(world):
    client = client_for(world.admin_ada)
    response = client.post(
        reverse("manage:user_create"),
        {
            "organization": world.cdmo.pk,
            "username": "",
            "first_name": "X",
            "last_name": "Y",
            "email": "not-an-email",
            "password": "x",
        },
    )
    page = response.content.decode()
    for field in ("username", "email", "roles"):
        assert f'id="id_{field}_error_1"' in page, field


@pytest.mark.parametrize("url_name", ["manage:users", "manage:roles", "manage:user_create"])
def test_admin_pages_need_the_admin_permissions(world, url_name):
    assert client_for(world.pm_alice).get(reverse(url_name)).status_code == 403
    assert client_for(world.admin_ada).get(reverse(url_name)).status_code == 200


def test_an_oversized_form_body_is_refused_and_nothing_is_written(world, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 5_000
    response = client_for(world.pm_alice).post(
        reverse("projects:create"),
        {
            "sponsor": world.sponsor_b.pk,
            "code": "BOR-777",
            "title": "Huge",
            "modality": "small_molecule",
            "phase": "clinical",
            "site": world.site.pk,
            "description": "x" * 10_000,
        },
    )
    assert response.status_code == 400
    assert not Project.objects.filter(code="BOR-777").exists()


def test_django_admin_changes_roles_through_the_service(world):
    client = client_for(world.admin_ada)
    user = world.pm_alice
    url = reverse("admin:accounts_user_change", args=[user.pk])
    assert client.get(url).status_code == 200
    qa_role = world.qa_quinn.roles.get()
    response = client.post(
        url,
        {
            "first_name": "Alice",
            "last_name": "Morgan",
            "email": "alice@hbc.example",
            "job_title": "QA PM",
            "site": "",
            "roles": [qa_role.pk],
            "is_active": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    user.refresh_from_db()
    assert user.job_title == "QA PM"
    assert User.objects.get(pk=user.pk).site_id is None
    assert User.objects.get(pk=user.pk).has_perm("projects.approve_project")


@pytest.mark.req("WEB-3")
def test_responses_carry_the_security_headers(world):
    response = client_for(world.pm_alice).get(reverse("home:work"))
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
