"""Quality agreements: the terms each sponsor agreed on being told of deviations and on
approving changes, drafted, approved by a QA signature that is never the drafter's, and
applied by date (the revision in force on the event's day)."""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from accord.audit.models import AuditEvent
from accord.core.concurrency import StaleEdit
from accord.quality import selectors, services
from accord.quality.models import QualityAgreement
from accord.quality.services import Contact, Terms
from accord.signatures.models import Signature
from tests.factories import PASSWORD

ZURICH = ZoneInfo("Europe/Zurich")


def _terms(**changes) -> Terms:
    fields = {
        "title": "Aurora quality agreement",
        "effective_from": dt.date(2026, 1, 1),
        "summary_days": 10,
        "notify": {"critical": 24, "major": 72},
        "approvals": [("process", ""), ("specification", "aurolimab")],
        "contacts": [Contact("Maya Aurora", "maya@aurora.example", "Head of QA")],
        **changes,
    }
    return Terms(**fields)


def _approved(world, **changes) -> QualityAgreement:
    draft = services.agreement_draft(
        actor=world.admin_ada, sponsor=world.sponsor_a, terms=_terms(**changes)
    )
    return services.agreement_approve(
        actor=world.qa_quinn,
        agreement=draft,
        username="qa.quinn",
        password=PASSWORD,
        version=draft.version,
        acknowledge=True,
    )


@pytest.mark.req("R-DEV-7")
def test_a_draft_is_approved_by_a_qa_signature_over_its_terms(world):
    draft = services.agreement_draft(actor=world.admin_ada, sponsor=world.sponsor_a, terms=_terms())
    assert draft.reference == "QAG-AUR-R1" and draft.is_draft
    assert sorted(t.deviation_class for t in draft.notification_terms.all()) == [
        "critical",
        "major",
    ]
    event = AuditEvent.objects.get(action="quality.agreement.drafted")
    changes = json.loads(event.changes)
    assert changes["notify"] == [None, "Critical within 24 h; Major within 72 h"]
    approved = services.agreement_approve(
        actor=world.qa_quinn,
        agreement=draft,
        username="qa.quinn",
        password=PASSWORD,
        version=draft.version,
        acknowledge=True,
    )
    assert approved.status == "approved" and approved.approved_by == world.qa_quinn
    [signature] = Signature.objects.filter(record_type="quality.qualityagreement")
    assert signature.meaning == "approved" and signature.signer == world.qa_quinn
    assert signature.record_id == approved.pk and signature.full_credentials


def test_the_drafter_never_approves_and_a_wrong_password_signs_nothing(world):
    own = services.agreement_draft(actor=world.qa_quinn, sponsor=world.sponsor_a, terms=_terms())
    with pytest.raises(PermissionDenied):
        services.agreement_approve(
            actor=world.qa_quinn, agreement=own, username="qa.quinn", password=PASSWORD, version=1
        )
    other = services.agreement_draft(
        actor=world.admin_ada, sponsor=world.sponsor_b, terms=_terms(title="Borealis QAG")
    )
    with pytest.raises(ValidationError) as wrong:
        services.agreement_approve(
            actor=world.qa_quinn,
            agreement=other,
            username="qa.quinn",
            password="not-it",
            version=1,
            acknowledge=True,
        )
    assert "password" in wrong.value.message_dict
    other.refresh_from_db()
    assert other.is_draft
    assert not Signature.objects.filter(record_type="quality.qualityagreement").exists()
    # The administrator keeps agreements but does not approve them (QA does).
    with pytest.raises(PermissionDenied):
        services.agreement_approve(
            actor=world.admin_ada, agreement=own, username="admin.ada", password=PASSWORD, version=1
        )


def test_bad_terms_are_named_and_nothing_is_written(world):
    with pytest.raises(ValidationError) as bad:
        services.agreement_draft(
            actor=world.admin_ada,
            sponsor=world.sponsor_a,
            terms=_terms(
                title=" ",
                summary_days=0,
                notify={"critical": 0, "cosmic": 5},
                approvals=[("process", ""), ("process", " ")],
                contacts=[
                    Contact("Maya", "not-an-address"),
                    Contact("Bea", "bea@borealis.example", user=world.sponsor_b_manager),
                ],
            ),
        )
    errors = bad.value.message_dict
    assert set(errors) == {"title", "summary_days", "notify", "approvals", "contacts"}
    assert "Critical deviations: notify within 1 to 720 hours." in errors["notify"]
    assert "'cosmic' is not a deviation class." in errors["notify"]
    assert "Process changes to every product are listed twice." in errors["approvals"]
    assert "not-an-address is not an e-mail address." in errors["contacts"]
    assert "Bea: link an account of Aurora Therapeutics's people only." in errors["contacts"]
    assert not QualityAgreement.objects.exists()
    with pytest.raises(PermissionDenied):
        services.agreement_draft(
            actor=world.sponsor_a_manager, sponsor=world.sponsor_a, terms=_terms()
        )
    with pytest.raises(PermissionDenied):  # a project manager reads them, QA keeps them
        services.agreement_draft(actor=world.pm_alice, sponsor=world.sponsor_a, terms=_terms())


def test_an_approved_revision_is_never_edited_and_a_draft_is_edited_with_its_version(world):
    approved = _approved(world)
    with pytest.raises(ValidationError) as frozen:
        services.agreement_rewrite(
            actor=world.admin_ada, agreement=approved, terms=_terms(summary_days=5), version=None
        )
    assert "never edited: draft the next revision" in str(frozen.value)
    second = services.agreement_draft(
        actor=world.admin_ada,
        sponsor=world.sponsor_a,
        terms=_terms(effective_from=dt.date(2026, 7, 1), summary_days=15),
    )
    assert second.revision == 2
    with pytest.raises(ValidationError) as twice:
        services.agreement_draft(actor=world.admin_ada, sponsor=world.sponsor_a, terms=_terms())
    assert "has a draft already" in twice.value.message_dict["sponsor"][0]
    services.agreement_rewrite(
        actor=world.admin_ada,
        agreement=second,
        terms=_terms(effective_from=dt.date(2026, 7, 1), summary_days=12, notify={"critical": 48}),
        version=1,
    )
    with pytest.raises(StaleEdit):
        services.agreement_rewrite(
            actor=world.admin_ada, agreement=second, terms=_terms(), version=1
        )
    event = AuditEvent.objects.get(action="quality.agreement.rewritten")
    assert json.loads(event.changes)["summary_days"] == [15, 12]


@pytest.mark.req("R-DEV-7")
@pytest.mark.req("R-CC-4")
def test_the_revision_in_force_on_the_events_day_applies(world):
    first = _approved(world)  # from 1 Jan 2026: critical 24 h, major 72 h
    second = services.agreement_draft(
        actor=world.admin_ada,
        sponsor=world.sponsor_a,
        terms=_terms(
            effective_from=dt.date(2026, 7, 1),
            notify={"critical": 12},
            approvals=[("equipment", "")],
        ),
    )
    # A draft applies to nothing yet.
    june = dt.datetime(2026, 8, 3, 9, 30, tzinfo=ZURICH)
    assert selectors.agreement_in_force(world.sponsor_a, june.date()) == first
    services.agreement_approve(
        actor=world.qa_quinn,
        agreement=second,
        username="qa.quinn",
        password=PASSWORD,
        version=second.version,
        acknowledge=True,
    )
    assert selectors.agreement_in_force(world.sponsor_a, dt.date(2026, 6, 30)) == first
    assert selectors.agreement_in_force(world.sponsor_a, dt.date(2026, 7, 1)) == second
    assert selectors.agreement_in_force(world.sponsor_a, dt.date(2025, 12, 31)) is None
    assert selectors.agreement_in_force(world.sponsor_b, dt.date(2026, 7, 1)) is None
    # A major deviation found in March: 72 h under the first; in August it is not notifiable.
    march = dt.datetime(2026, 3, 2, 9, 30, tzinfo=ZURICH)
    due = selectors.notification_due(world.sponsor_a, "major", march)
    assert (due.agreement, due.hours, due.summary_days) == (first, 72, 10)
    assert due.notify_by == dt.datetime(2026, 3, 5, 9, 30, tzinfo=ZURICH)
    assert selectors.notification_due(world.sponsor_a, "major", june) is None
    assert selectors.notification_due(world.sponsor_a, "critical", june).hours == 12
    assert selectors.notification_due(world.sponsor_a, "minor", march) is None
    # Changes: a process change to any product in March; an equipment change in August.
    assert (
        selectors.change_needs_sponsor_approval(
            world.sponsor_a, "process", "Aurostat", march.date()
        )
        == first
    )
    assert (
        selectors.change_needs_sponsor_approval(
            world.sponsor_a, "specification", "AUROLIMAB ", march.date()
        )
        == first
    )
    assert (
        selectors.change_needs_sponsor_approval(
            world.sponsor_a, "specification", "aurostat", march.date()
        )
        is None
    )
    assert (
        selectors.change_needs_sponsor_approval(world.sponsor_a, "equipment", "x", june.date())
        == second
    )
    assert (
        selectors.change_needs_sponsor_approval(world.sponsor_a, "process", "x", june.date())
        is None
    )


@pytest.mark.req("AZ-2")
def test_a_sponsor_reads_its_own_approved_agreements_only(world):
    approved = _approved(world)
    services.agreement_draft(
        actor=world.admin_ada,
        sponsor=world.sponsor_a,
        terms=_terms(effective_from=dt.date(2027, 1, 1)),
    )
    b_draft = services.agreement_draft(
        actor=world.admin_ada, sponsor=world.sponsor_b, terms=_terms(title="Borealis QAG")
    )
    assert list(selectors.quality_agreements_visible_to(world.sponsor_a_manager)) == [approved]
    assert list(selectors.quality_agreements_visible_to(world.sponsor_a_contact)) == [approved]
    assert not selectors.quality_agreements_visible_to(world.sponsor_b_manager).exists()
    assert selectors.quality_agreements_visible_to(world.pm_alice).count() == 3
    assert b_draft in selectors.quality_agreements_visible_to(world.qa_quinn)


# --------------------------------------------------------------------------- pages


def _form_data(world, **changes) -> dict:
    data = {
        "sponsor": world.sponsor_a.pk,
        "title": "Aurora quality agreement",
        "effective_from": "1 Jan 2026",
        "summary_days": "10",
        "notify_critical": "24",
        "notify_major": "72",
        "notify_minor": "",
        "approve_process": "all",
        "approve_specification": "some",
        "products_specification": "aurolimab, aurostat",
        "contacts-TOTAL_FORMS": "2",
        "contacts-INITIAL_FORMS": "0",
        "contacts-MIN_NUM_FORMS": "0",
        "contacts-MAX_NUM_FORMS": "10",
        "contacts-0-name": "Maya Aurora",
        "contacts-0-email": "maya@aurora.example",
        "contacts-0-role": "Head of QA",
        **changes,
    }
    return data


def test_qa_drafts_on_the_page_and_another_qa_signs_it(world):
    from django.urls import reverse

    from tests.conftest import client_for

    admin = client_for(world.admin_ada)
    form = admin.get(reverse("quality:agreement_create"))
    assert form.status_code == 200 and "Critical: tell the sponsor within (hours)" in (
        form.content.decode()
    )
    refused = admin.post(
        reverse("quality:agreement_create"), _form_data(world, approve_method="some")
    )
    assert refused.status_code == 200
    assert "Name the products analytical method changes of which" in refused.content.decode()
    assert not QualityAgreement.objects.exists()
    saved = admin.post(reverse("quality:agreement_create"), _form_data(world))
    draft = QualityAgreement.objects.get()
    assert saved.status_code == 302 and saved["Location"].endswith(f"/agreements/{draft.pk}/")
    assert sorted(draft.change_approval_terms.values_list("change_type", "product")) == [
        ("process", ""),
        ("specification", "aurolimab"),
        ("specification", "aurostat"),
    ]
    # The sponsor does not see a draft; QA approves it with a signature.
    sponsor = client_for(world.sponsor_a_manager)
    assert sponsor.get(reverse("quality:agreement", args=[draft.pk])).status_code == 404
    qa = client_for(world.qa_quinn)
    page = qa.get(reverse("quality:agreement", args=[draft.pk])).content.decode()
    assert 'data-testid="approve"' in page
    signed = qa.post(
        reverse("quality:agreement_approve", args=[draft.pk]),
        {
            "meaning": "approved",
            "username": "qa.quinn",
            "password": PASSWORD,
            "acknowledge": "on",
        },
    )
    assert signed.status_code == 302
    draft.refresh_from_db()
    assert draft.status == "approved"
    # Now the sponsor reads it, in force, with QA's signature.
    mine = sponsor.get(reverse("quality:agreements")).content.decode()
    assert "QAG-AUR-R1" in mine and "In force" in mine
    detail = sponsor.get(reverse("quality:agreement", args=[draft.pk])).content.decode()
    assert "Quinn Keller" in detail and "72 h" in detail and "aurostat" in detail
    assert (
        client_for(world.sponsor_b_manager)
        .get(reverse("quality:agreement", args=[draft.pk]))
        .status_code
        == 404
    )
    # An approved revision has no edit page; the next revision starts from it.
    assert admin.get(reverse("quality:agreement_edit", args=[draft.pk])).status_code == 403
    nxt = admin.get(reverse("quality:agreement_create") + f"?from={draft.pk}").content.decode()
    assert 'value="Aurora quality agreement"' in nxt and "aurolimab, aurostat" in nxt


def test_the_list_filters_and_exports(world):
    import csv
    import io

    from django.urls import reverse

    from tests.conftest import client_for

    _approved(world)
    services.agreement_draft(
        actor=world.admin_ada, sponsor=world.sponsor_b, terms=_terms(title="Borealis QAG")
    )
    staff = client_for(world.pm_alice)
    both = staff.get(reverse("quality:agreements")).content.decode()
    assert "QAG-AUR-R1" in both and "QAG-BOR-R1" in both
    drafts = staff.get(reverse("quality:agreements"), {"status": "draft"}).content.decode()
    assert "QAG-BOR-R1" in drafts and "QAG-AUR-R1" not in drafts
    rows = list(
        csv.reader(
            io.StringIO(
                staff.get(
                    reverse("quality:agreements_export", args=["csv"]), {"q": "Aurora"}
                ).content.decode("utf-8-sig")
            )
        )
    )
    assert rows[0][:4] == ["Agreement", "Sponsor", "Title", "Status"]
    assert [r[0] for r in rows[1:]] == ["QAG-AUR-R1"]
    assert rows[1][5:8] == ["24", "72", ""]
    assert "Quinn Keller" in rows[1][11]


# --------------------------------------------------------------------------- API


def test_the_api_drafts_rewrites_approves_and_shows_each_sponsor_its_own(world):
    from tests.conftest import client_for

    api = "/api/v1/quality-agreements"
    admin = client_for(world.admin_ada)
    body = {
        "sponsor_id": world.sponsor_a.pk,
        "title": "Aurora quality agreement",
        "effective_from": "2026-01-01",
        "summary_days": 10,
        "notify": {"critical": 24, "major": 72},
        "approvals": [{"change_type": "process"}],
        "contacts": [{"name": "Maya Aurora", "email": "maya@aurora.example"}],
    }
    drafted = admin.post(api, body, content_type="application/json")
    assert drafted.status_code == 201, drafted.content
    agreement = drafted.json()
    assert agreement["reference"] == "QAG-AUR-R1" and agreement["status"] == "draft"
    bad = admin.post(api, {**body, "notify": {"critical": 0}}, content_type="application/json")
    assert bad.status_code == 422
    rewritten = admin.put(
        f"{api}/{agreement['id']}",
        {k: v for k, v in body.items() if k != "sponsor_id"} | {"summary_days": 12, "version": 1},
        content_type="application/json",
    )
    assert rewritten.status_code == 200 and rewritten.json()["summary_days"] == 12
    stale = admin.put(
        f"{api}/{agreement['id']}",
        {k: v for k, v in body.items() if k != "sponsor_id"} | {"version": 1},
        content_type="application/json",
    )
    assert stale.status_code == 409
    qa = client_for(world.qa_quinn)
    wrong = qa.post(
        f"{api}/{agreement['id']}/approve",
        {"username": "qa.quinn", "password": "nope", "acknowledge": True, "version": 2},
        content_type="application/json",
    )
    assert wrong.status_code == 422
    approved = qa.post(
        f"{api}/{agreement['id']}/approve",
        {"username": "qa.quinn", "password": PASSWORD, "acknowledge": True, "version": 2},
        content_type="application/json",
    )
    assert approved.status_code == 200, approved.content
    assert approved.json()["status"] == "approved" and approved.json()["in_force_today"]
    mine = client_for(world.sponsor_a_manager).get(api).json()
    assert [a["reference"] for a in mine["items"]] == ["QAG-AUR-R1"]
    other = client_for(world.sponsor_b_manager)
    assert other.get(api).json()["items"] == []
    assert other.get(f"{api}/{agreement['id']}").status_code == 404
    assert other.post(api, body, content_type="application/json").status_code == 403


def test_qa_is_asked_to_approve_and_the_sponsor_is_told_when_it_is_signed(world):
    from accord.notifications.models import Notification

    agreement = _approved(world)
    [ask] = Notification.objects.filter(kind="quality_agreement_to_approve")
    assert ask.recipient == world.qa_quinn  # the drafter (Ada) is never asked
    assert ask.title == "QAG-AUR-R1 of Aurora Therapeutics to approve"
    told = Notification.objects.filter(kind="quality_agreement_approved")
    assert {n.recipient for n in told} == {
        world.sponsor_a_manager,
        world.sponsor_a_contact,
        world.admin_ada,
    }
    assert all(n.title == f"Quality agreement {agreement.reference} approved" for n in told)


def test_the_list_reads_the_revisions_in_force_in_one_query_whatever_the_sponsors(world):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    from tests.conftest import client_for

    _approved(world)
    staff = client_for(world.pm_alice)
    staff.get(reverse("quality:agreements"))  # the session's first activity is written once
    with CaptureQueriesContext(connection) as one:
        staff.get(reverse("quality:agreements"))
    services.agreement_draft(
        actor=world.admin_ada, sponsor=world.sponsor_b, terms=_terms(title="Borealis QAG")
    )
    with CaptureQueriesContext(connection) as two:
        page = staff.get(reverse("quality:agreements")).content.decode()
    assert "QAG-BOR-R1" in page and "In force" in page
    assert len(two.captured_queries) == len(one.captured_queries)
