"""Page forms answered once: a double click or a retried POST saves nothing twice
(accord.core.submissions, docs/integrity.md "Duplicate form submissions")."""

from __future__ import annotations

import datetime as dt
import os
import re

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone

from accord.core.models import FormSubmission
from accord.core.submissions import REPLAY_MESSAGE, form_submissions_purge
from accord.risks.models import Risk
from tests.conftest import World, build_world, client_for
from tests.factories import PASSWORD

TODAY = timezone.localdate()
SUBMISSION = "a1b2c3d4e5f60718293a4b5c6d7e8f90"


def _risk_form(world: World, submission: str | None = SUBMISSION, **overrides):
    data = {
        "title": "Filter integrity test fails",
        "category": "quality",
        "cause": "New filter supplier.",
        "effect": "Fill is delayed.",
        "likelihood": "2",
        "impact": "5",
        "owner": str(world.pm_alice.pk),
        "next_review_date": (TODAY + dt.timedelta(days=7)).isoformat(),
    }
    if submission is not None:
        data["_submission"] = submission
    data.update(overrides)
    return data


def _risks(world: World) -> int:
    return Risk.objects.filter(project=world.project_b).count()


@pytest.mark.req("DI-4")
def test_the_same_post_twice_saves_one_record_and_answers_the_first_redirect(world):
    client = client_for(world.pm_alice)
    url = reverse("risks:create", args=[world.project_b.pk])
    first = client.post(url, _risk_form(world))
    assert first.status_code == 302
    second = client.post(url, _risk_form(world))
    assert second.status_code == 303
    assert second["Location"] == first["Location"]
    assert _risks(world) == 1
    assert REPLAY_MESSAGE in [str(m) for m in get_messages(second.wsgi_request)]
    record = FormSubmission.objects.get(user=world.pm_alice)
    assert (record.response_status, record.location) == (302, first["Location"])


@pytest.mark.req("DI-4")
def test_different_ids_are_different_submissions(world):
    client = client_for(world.pm_alice)
    url = reverse("risks:create", args=[world.project_b.pk])
    client.post(url, _risk_form(world, submission="1" * 32))
    client.post(url, _risk_form(world, submission="2" * 32, title="Second risk"))
    assert _risks(world) == 2
    assert FormSubmission.objects.filter(user=world.pm_alice).count() == 2


@pytest.mark.req("DI-4")
def test_another_users_id_does_not_replay(world):
    url = reverse("risks:create", args=[world.project_b.pk])
    client_for(world.pm_alice).post(url, _risk_form(world))
    # The same id from Ada runs the view for her (which refuses her: she does not manage
    # this project) instead of replaying Alice's redirect.
    other = client_for(world.admin_ada).post(url, _risk_form(world, title="Ada's risk"))
    assert other.status_code == 403
    assert list(FormSubmission.objects.values_list("user", flat=True)) == [world.pm_alice.pk]
    assert _risks(world) == 1


@pytest.mark.req("DI-4")
def test_an_invalid_form_does_not_use_up_its_id(world):
    client = client_for(world.pm_alice)
    url = reverse("risks:create", args=[world.project_b.pk])
    invalid = client.post(url, _risk_form(world, title=""))
    assert invalid.status_code == 200 and 'id="id_title_error_1"' in invalid.content.decode()
    assert not FormSubmission.objects.exists()
    corrected = client.post(url, _risk_form(world))
    assert corrected.status_code == 302
    assert _risks(world) == 1


def test_posts_without_the_field_run_as_before(world):
    client = client_for(world.pm_alice)
    url = reverse("risks:create", args=[world.project_b.pk])
    client.post(url, _risk_form(world, submission=None))
    client.post(url, _risk_form(world, submission=None))
    assert _risks(world) == 2
    assert not FormSubmission.objects.exists()


@pytest.mark.req("DI-4")
def test_a_post_still_being_saved_answers_409_and_runs_nothing(world):
    now = timezone.now()
    FormSubmission.objects.create(
        user=world.pm_alice, token="f" * 32, path="/", claimed_at=now, created_at=now
    )
    url = reverse("risks:create", args=[world.project_b.pk])
    response = client_for(world.pm_alice).post(url, _risk_form(world, submission="f" * 32))
    assert response.status_code == 409
    assert "already being saved" in response.content.decode()
    assert _risks(world) == 0


def test_ids_are_forgotten_after_a_day(world):
    old = timezone.now() - dt.timedelta(hours=25)
    recent = timezone.now() - dt.timedelta(hours=1)
    for token, at in (("old", old), ("recent", recent)):
        FormSubmission.objects.create(
            user=world.pm_alice,
            token=token,
            path="/",
            claimed_at=at,
            created_at=at,
            response_status=302,
            location="/",
        )
    assert form_submissions_purge() == 1
    assert list(FormSubmission.objects.values_list("token", flat=True)) == ["recent"]


# --------------------------------------------------------------------------- browser

CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (make test does it as root)")
    from playwright.sync_api import sync_playwright

    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu", "--no-first-run"]
        )
        yield browser
        browser.close()
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
@pytest.mark.req("DI-4")
def test_a_double_click_on_add_risk_saves_one_risk(browser, live_server):
    world = build_world()
    page = browser.new_page()
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Username").fill("pm.alice")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_label("Password").press("Enter")
    page.wait_for_load_state("networkidle")
    page.goto(live_server.url + reverse("risks:create", args=[world.project_b.pk]))
    add = page.get_by_role("button", name="Add risk")
    token = page.locator("form", has=add).locator('input[name="_submission"]').input_value()
    assert len(token) == 32
    page.get_by_label("Title").fill("Filter integrity test fails")
    page.get_by_label("Cause").fill("New filter supplier.")
    page.get_by_label("Effect").fill("Fill is delayed.")
    page.locator("#id_category").select_option("quality")
    page.locator("#id_likelihood").select_option("2")
    page.locator("#id_impact").select_option("5")
    page.locator("#id_owner").select_option(str(world.pm_alice.pk))
    page.locator("#id_next_review_date").fill((TODAY + dt.timedelta(days=7)).isoformat())
    add.dblclick()
    page.wait_for_url(re.compile(r"/risks/\d+/$"))
    page.wait_for_load_state("networkidle")
    assert Risk.objects.filter(project=world.project_b).count() == 1
    assert FormSubmission.objects.filter(token=token).count() == 1
    page.close()
