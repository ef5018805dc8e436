"""Status reports: a sponsor-facing snapshot of the project, drafted by the project
manager, published with a signature, frozen from then on; who sees which."""

from __future__ import annotations

import datetime as dt
import io
import json
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from accord.accounts.models import User
from accord.audit.models import AuditEvent
from accord.changes import services as change_services
from accord.core.dates import format_day
from accord.planning import services as planning
from accord.planning.models import Task
from accord.projects.services import project_update
from accord.reports import selectors, services
from accord.reports.models import StatusReport
from accord.signatures.models import Signature
from tests.conftest import World, client_for
from tests.factories import PASSWORD, UserFactory

SUMMARY = "Aurora tech transfer is on plan; the engineering batch starts next week."


def _period() -> tuple[dt.date, dt.date]:
    today = timezone.localdate()
    return today - dt.timedelta(days=13), today


def _draft(world: World, project=None, **fields) -> StatusReport:
    start, end = _period()
    fields.setdefault("summary", SUMMARY)
    return services.status_report_create(
        actor=world.pm_alice,
        project=project or world.project_a,
        period_start=fields.pop("period_start", start),
        period_end=fields.pop("period_end", end),
        **fields,
    )


def _publish(world: World, report: StatusReport, **kwargs) -> StatusReport:
    credentials = {
        "meaning": "authored",
        "username": world.pm_alice.username,
        "password": PASSWORD,
        "acknowledge": True,
        **kwargs,
    }
    return services.status_report_publish(actor=world.pm_alice, report=report, **credentials)


def world_status_report(world: World) -> StatusReport:
    """A report published on project A (idempotent), for the cross-tenant inventory:
    ``build_world()`` can store it on the world.

    Its author is a project manager of its own, so that Alice's first signature in any
    other test is still her first (the legal acknowledgement).
    """
    published = StatusReport.objects.filter(
        project=world.project_a, status=StatusReport.Status.PUBLISHED
    ).first()
    if published is not None:
        return published
    author = User.objects.filter(username="pm.paul").first() or UserFactory(
        organization=world.cdmo,
        username="pm.paul",
        first_name="Paul",
        last_name="Novak",
        role_codes=("project_manager",),
        site=world.site,
    )
    start, end = _period()
    report = services.status_report_create(
        actor=author,
        project=world.project_a,
        period_start=start,
        period_end=end,
        summary="Aurora status: engineering batch preparation on plan.",
    )
    return services.status_report_publish(
        actor=author,
        report=report,
        meaning="authored",
        username=author.username,
        password=PASSWORD,
        acknowledge=True,
    )


def _plan(world: World, project=None) -> dict[str, Task]:
    project = project or world.project_a
    planning.plan_apply_template(actor=None, project=project, template_code="small_molecule_tt")
    return {task.name: task for task in Task.objects.filter(project=project)}


def _tech_transfer_done(world: World, tasks: dict[str, Task], on: dt.date) -> None:
    """Progress up to today: the work before tech transfer finished, the milestone on ``on``."""
    project_update(actor=world.pm_alice, project=world.project_a, data_date=timezone.localdate())
    start = world.project_a.start_date
    done = {
        "Kick-off and technology package review": (start, start + dt.timedelta(days=4)),
        "Analytical method transfer": (start + dt.timedelta(days=7), on - dt.timedelta(days=20)),
        "Process development and optimization": (start + dt.timedelta(days=7), on),
        "Tech transfer complete": (on, on),
    }
    for name, (begun, finished) in done.items():
        planning.task_update(
            actor=world.pm_alice,
            task=Task.objects.get(pk=tasks[name].pk),
            actual_start=begun,
            actual_finish=finished,
        )


def _baseline(world: World) -> None:
    planning.baseline_save(
        actor=world.pm_alice,
        project=world.project_a,
        name="Contract baseline",
        username=world.pm_alice.username,
        password=PASSWORD,
        acknowledge=True,
    )


def _pdf_text(content: bytes) -> tuple[str, int]:
    reader = PdfReader(io.BytesIO(content))
    return "\n".join(page.extract_text() for page in reader.pages), len(reader.pages)


def _text(report: StatusReport) -> str:
    return json.dumps(report.content, ensure_ascii=False)


# --------------------------------------------------------------------------- writes


@pytest.mark.req("AT-1")
@pytest.mark.req("DI-3")
def test_reports_are_numbered_per_project_and_audited(world):
    existing = world.status_report_a_published.number
    first = _draft(world)
    second = _draft(world)
    other = _draft(world, project=world.project_b)
    assert (first.number, second.number) == (existing + 1, existing + 2)
    assert other.reference == "SR-001"
    event = AuditEvent.objects.get(action="reports.statusreport.created", target_id=str(second.pk))
    assert event.actor_username == world.pm_alice.username
    assert json.loads(event.changes)["period_end"] == [None, second.period_end.isoformat()]


def test_a_period_must_be_over_and_in_order(world):
    today = timezone.localdate()
    with pytest.raises(ValidationError) as error:
        _draft(world, period_start=today, period_end=today - dt.timedelta(days=1))
    assert "period_end" in error.value.message_dict
    with pytest.raises(ValidationError):
        _draft(world, period_start=today, period_end=today + dt.timedelta(days=7))
    assert list(StatusReport.objects.filter(project=world.project_a)) == [
        world.status_report_a_published
    ]


def test_only_cdmo_project_managers_draft_and_publish(world):
    with pytest.raises(PermissionDenied):
        services.status_report_create(
            actor=world.sponsor_a_manager,
            project=world.project_a,
            period_start=_period()[0],
            period_end=_period()[1],
        )
    report = _draft(world)
    with pytest.raises(PermissionDenied):
        services.status_report_publish(
            actor=world.qa_quinn,
            report=report,
            meaning="authored",
            username=world.qa_quinn.username,
            password=PASSWORD,
            acknowledge=True,
        )
    report.refresh_from_db()
    assert report.is_draft


# --------------------------------------------------------------------------- snapshot


def test_snapshot_lists_milestones_done_in_the_period_and_the_next_ones(world):
    tasks = _plan(world)
    _baseline(world)
    done_on = timezone.localdate() - dt.timedelta(days=3)
    milestone = tasks["Tech transfer complete"]
    _tech_transfer_done(world, tasks, done_on)
    content = _draft(world).content
    done = content["milestones"]["done"]
    assert [row["name"] for row in done] == ["Tech transfer complete"]
    assert done[0]["date"] == done_on.isoformat()
    assert done[0]["baseline"] == milestone.early_finish.isoformat()
    assert done[0]["variance_days"] == (done_on - milestone.early_finish).days
    upcoming = [row["name"] for row in content["milestones"]["next"]]
    assert "Batch released (CoA issued)" in upcoming
    assert "Tech transfer complete" not in upcoming
    assert all(row["kind"] == "milestone" for row in content["milestones"]["next"])
    assert content["schedule"]["baseline"]["name"] == "Contract baseline"


def test_snapshot_compares_the_critical_path_with_the_previous_published_report(world):
    tasks = _plan(world)
    first = _publish(world, _draft(world))
    critical_before = {row[1] for row in first.content["critical_path"]["all"]}
    # Make a task with float so long that it drives the finish instead.
    slack = min(
        (t for t in tasks.values() if t.kind == "task" and not t.critical and t.total_float),
        key=lambda t: t.total_float,
    )
    planning.task_update(
        actor=world.pm_alice,
        task=slack,
        duration_days=slack.duration_days + slack.total_float + 10,
    )
    second = _draft(world).content
    path = second["critical_path"]
    assert path["compared_with"] == first.reference
    assert slack.name in {row["name"] for row in path["joined"]}
    assert slack.name not in critical_before
    left = {row["name"] for row in path["left"]}
    assert left and left <= critical_before
    assert second["schedule"]["moved_days"] > 0
    assert second["schedule"]["previous_finish"] == first.content["schedule"]["forecast_finish"]
    assert second["previous_report"]["reference"] == first.reference


def test_first_report_has_nothing_to_compare_with(world):
    _plan(world, world.project_b)
    content = _draft(world, project=world.project_b).content
    assert content["previous_report"] is None
    assert content["critical_path"]["compared_with"] is None
    assert content["critical_path"]["joined"] == []
    assert content["critical_path"]["tasks"], "the plan has a critical path"


@pytest.mark.req("AZ-3")
def test_only_risks_shared_with_the_sponsor_go_into_the_report(world):
    text = _text(_draft(world))
    assert world.risk_a_shared.title in text
    assert world.risk_a_internal.title not in text


@pytest.mark.req("AZ-3")
def test_only_communicated_delays_go_in_and_never_their_internal_notes(world):
    report = _draft(world)
    text = _text(report)
    assert world.delay_a_communicated.title in text
    assert world.delay_a_internal.title not in text
    assert world.delay_a_communicated.internal_notes not in text
    assert "internal_notes" not in text
    assert report.content["delays"]["total_days_lost"] == world.delay_a_communicated.days_lost


def test_change_orders_awaiting_the_sponsor_are_decisions_needed(world):
    draft_order = change_services.change_order_create(
        actor=world.pm_alice,
        project=world.project_a,
        title="Aurora draft scope idea",
        sow_reference="SOW v2 §4",
        scope_change="Not yet agreed internally.",
        justification="Idea.",
        price_change=Decimal("1000.00"),
    )
    content = _draft(world).content
    waiting = content["decisions"]["change_orders"]
    assert [row["reference"] for row in waiting] == [world.change_order_a_sent.reference]
    assert waiting[0]["status"] == "sent"
    assert draft_order.title not in json.dumps(content)


def test_open_go_no_go_points_are_decisions_needed_until_decided(world):
    tasks = _plan(world)
    gate = next(t for t in tasks.values() if t.kind == "decision")
    points = _draft(world).content["decisions"]["decision_points"]
    assert [row["name"] for row in points] == [gate.name]
    planning.decision_record(
        actor=world.qa_quinn,
        task=gate,
        options="Go or wait for the impurity data.",
        outcome="go",
        rationale="Engineering batch met every criterion.",
        decided_on=timezone.localdate(),
        username=world.qa_quinn.username,
        password=PASSWORD,
        acknowledge=True,
    )
    assert _draft(world).content["decisions"]["decision_points"] == []


def test_refreshing_a_draft_takes_the_snapshot_again(world):
    report = _draft(world)
    assert report.content["milestones"]["all"] == []
    _plan(world)
    start = report.period_start - dt.timedelta(days=14)
    refreshed = services.status_report_refresh(
        actor=world.pm_alice, report=report, period_start=start
    )
    assert refreshed.content["milestones"]["all"]
    assert refreshed.period_start == start
    assert refreshed.version == report.version + 1
    assert AuditEvent.objects.filter(
        action="reports.statusreport.refreshed", target_id=str(report.pk)
    ).exists()


# --------------------------------------------------------------------------- publishing


@pytest.mark.req("ES-1")
@pytest.mark.req("ES-6")
def test_publishing_signs_the_report_as_its_author(world):
    report = _publish(world, _draft(world))
    assert report.is_published
    assert report.published_by == world.pm_alice
    signature = Signature.objects.get(record_type="reports.statusreport", record_id=report.pk)
    assert signature.meaning == "authored"
    assert signature.printed_name == world.pm_alice.printed_name
    assert signature.record_version == report.version
    assert AuditEvent.objects.filter(
        action="reports.statusreport.published", target_id=str(report.pk)
    ).exists()


@pytest.mark.req("ES-3")
def test_a_wrong_password_publishes_nothing(world):
    report = _draft(world)
    with pytest.raises(ValidationError) as error:
        _publish(world, report, password="not-my-password")
    assert "password" in error.value.message_dict
    report.refresh_from_db()
    assert report.is_draft and report.published_at is None
    assert not Signature.objects.filter(record_type="reports.statusreport", record_id=report.pk)


def test_a_report_without_summary_cannot_be_published(world):
    report = _draft(world, summary="")
    with pytest.raises(ValidationError) as error:
        _publish(world, report)
    assert "summary" in error.value.message_dict


@pytest.mark.req("ES-2")
def test_a_published_report_never_changes_even_when_the_plan_does(world, client):
    tasks = _plan(world)
    report = _publish(world, _draft(world))
    frozen = report.content
    pdf_before, _ = _pdf_text(
        client_for(world.pm_alice)
        .get(reverse("reports:pdf", args=[world.project_a.pk, report.pk]))
        .content
    )
    planning.task_update(
        actor=world.pm_alice, task=tasks["Process development and optimization"], duration_days=90
    )
    assert Task.objects.get(pk=tasks["Process development and optimization"].pk).early_finish != (
        tasks["Process development and optimization"].early_finish
    )
    report.refresh_from_db()
    assert report.content == frozen
    pdf_after, _ = _pdf_text(
        client_for(world.sponsor_a_manager)
        .get(reverse("reports:pdf", args=[world.project_a.pk, report.pk]))
        .content
    )
    assert pdf_after == pdf_before
    with pytest.raises(ValidationError):
        services.status_report_update(actor=world.pm_alice, report=report, summary="Changed.")
    with pytest.raises(ValidationError):
        services.status_report_refresh(actor=world.pm_alice, report=report)
    edit_page = client_for(world.pm_alice).get(
        reverse("reports:edit", args=[world.project_a.pk, report.pk])
    )
    assert edit_page.status_code == 302
    report.refresh_from_db()
    assert report.summary == SUMMARY and report.content == frozen


def test_a_correction_is_a_new_report_naming_the_one_it_corrects(world):
    published = _publish(world, _draft(world))
    correction = _draft(world, corrects=published)
    assert correction.corrects == published and correction.number == published.number + 1
    with pytest.raises(ValidationError):
        _draft(world, corrects=correction)  # a draft cannot be corrected: it can be edited


def test_a_stale_comparison_cannot_be_published(world):
    older_draft = _draft(world)
    newer = _publish(world, _draft(world))
    with pytest.raises(ValidationError) as error:
        _publish(world, older_draft)
    assert f"{newer.reference} was published after this snapshot" in str(error.value)
    services.status_report_refresh(actor=world.pm_alice, report=older_draft)
    assert _publish(world, older_draft).content["previous_report"]["reference"] == newer.reference


# --------------------------------------------------------------------------- who sees what


@pytest.mark.req("AZ-2")
def test_sponsor_users_see_only_published_reports_of_their_own_projects(world):
    published, draft = world.status_report_a_published, _draft(world)
    b_report = _publish(world, _draft(world, project=world.project_b))
    visible = set(selectors.status_reports_visible_to(world.sponsor_a_manager))
    assert visible == {published}
    assert set(selectors.status_reports_visible_to(world.sponsor_b_manager)) == {b_report}
    assert set(selectors.status_reports_visible_to(world.pm_alice)) == {published, draft, b_report}
    # A sponsor contact reads the reports of the projects they are on, not the others.
    unstaffed = _publish(world, _draft(world, project=world.project_a_unstaffed))
    assert unstaffed in selectors.status_reports_visible_to(world.sponsor_a_manager)
    assert set(selectors.status_reports_visible_to(world.sponsor_a_contact)) == {published}

    manager = client_for(world.sponsor_a_manager)
    project = world.project_a.pk
    assert manager.get(reverse("reports:detail", args=[project, draft.pk])).status_code == 404
    assert manager.get(reverse("reports:pdf", args=[project, draft.pk])).status_code == 404
    page = manager.get(reverse("reports:project_reports", args=[project])).content.decode()
    assert published.reference in page and draft.reference not in page
    portal = manager.get(reverse("home:portal")).content.decode()
    assert f"{world.project_a.code} · {published.reference}" in portal
    assert b_report.project.code not in portal
    api = manager.get("/api/v1/status-reports").json()
    assert {item["id"] for item in api["items"]} == {published.pk, unstaffed.pk}
    assert manager.get(f"/api/v1/status-reports/{draft.pk}").status_code == 404
    other = client_for(world.sponsor_b_contact)
    assert other.get(reverse("reports:detail", args=[project, published.pk])).status_code == 404


def test_the_api_gives_a_published_report_with_its_snapshot_and_signature(world):
    published = world.status_report_a_published
    body = client_for(world.sponsor_a_manager).get(f"/api/v1/status-reports/{published.pk}").json()
    assert body["reference"] == "SR-001" and body["status"] == "published"
    assert body["content"]["project"]["code"] == world.project_a.code
    assert [s["meaning"] for s in body["signatures"]] == ["authored"]
    assert world.risk_a_internal.title not in json.dumps(body)


# --------------------------------------------------------------------------- pages and PDF


def test_the_new_report_form_proposes_the_last_two_weeks(world):
    page = client_for(world.pm_alice).get(reverse("reports:create", args=[world.project_a.pk]))
    start, end = _period()
    html = page.content.decode()
    # Dates in inputs read the house way (docs/dates.md).
    assert f'value="{format_day(start)}"' in html and f'value="{format_day(end)}"' in html


def test_the_project_manager_drafts_previews_edits_and_publishes_on_the_pages(world):
    pm = client_for(world.pm_alice)
    project = world.project_a.pk
    start, end = _period()
    response = pm.post(
        reverse("reports:create", args=[project]),
        {"period_start": start.isoformat(), "period_end": end.isoformat(), "summary": SUMMARY},
    )
    report = StatusReport.objects.get(project=world.project_a, status="draft")
    assert response["Location"] == reverse("reports:detail", args=[project, report.pk])
    preview = pm.get(response["Location"]).content.decode()
    assert "Executive summary" in preview and world.risk_a_shared.title in preview
    assert world.risk_a_internal.title not in preview
    pm.post(
        reverse("reports:edit", args=[project, report.pk]),
        {"summary": SUMMARY, "decisions_needed": "Confirm the shipping address.", "version": 1},
    )
    report.refresh_from_db()
    assert report.decisions_needed == "Confirm the shipping address."
    publish = reverse("reports:publish", args=[project, report.pk])
    wrong = pm.post(
        publish,
        {
            "meaning": "authored",
            "username": world.pm_alice.username,
            "password": "wrong",
            "acknowledge": "on",
            "version": report.version,
        },
    )
    assert wrong.status_code == 200 and "nothing was signed" in wrong.content.decode()
    report.refresh_from_db()
    assert report.is_draft
    right = pm.post(
        publish,
        {
            "meaning": "authored",
            "username": world.pm_alice.username,
            "password": PASSWORD,
            "acknowledge": "on",
            "version": report.version,
        },
    )
    assert right.status_code == 302
    report.refresh_from_db()
    assert report.is_published


@pytest.mark.req("ES-1")
def test_the_pdf_reads_like_the_report_and_keeps_internal_data_out(world):
    _plan(world)
    _baseline(world)
    report = _draft(world, decisions_needed="Confirm the release specification by 5 Dec.")
    report = _publish(world, report)
    response = client_for(world.sponsor_a_manager).get(
        reverse("reports:pdf", args=[world.project_a.pk, report.pk])
    )
    assert response["Content-Type"] == "application/pdf"
    assert f"{world.project_a.code}-{report.reference}.pdf" in response["Content-Disposition"]
    text, pages = _pdf_text(response.content)
    assert pages >= 1
    for heading in (
        "Project status report",
        "Executive summary",
        "Milestones",
        "Critical path",
        "Top risks",
        "Delays",
        "Change orders",
        "Decisions needed from Aurora Therapeutics",
        "Approval",
    ):
        assert heading.lower() in text.lower(), heading
    assert world.project_a.code in text and world.project_a.title in text
    assert "Helvetia Biologics" in text and "Aurora Therapeutics" in text
    assert world.risk_a_shared.title in text
    assert world.change_order_a_sent.reference in text
    assert "Confirm the release specification" in text
    assert world.pm_alice.printed_name in text and "Authored" in text and "UTC" in text
    assert f"Page 1 of {pages}" in text
    for secret in (
        world.risk_a_internal.title,
        world.delay_a_internal.title,
        world.delay_a_communicated.internal_notes,
        world.delay_a_internal.internal_notes,
    ):
        assert secret not in text, secret


def test_a_draft_pdf_says_it_is_a_draft(world):
    report = _draft(world)
    response = client_for(world.pm_alice).get(
        reverse("reports:pdf", args=[world.project_a.pk, report.pk])
    )
    text, _ = _pdf_text(response.content)
    assert "DRAFT" in text and "not signed" in text
    assert "-DRAFT.pdf" in response["Content-Disposition"]
