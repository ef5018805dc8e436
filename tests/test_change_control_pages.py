"""Change control through the pages and the API: staff raise, assess, approve, implement
and review a change; the sponsor manager reads it in the portal and signs the company's
decision; a sponsor never sees drafts, another sponsor's name or the CDMO's internal
assessments."""

from __future__ import annotations

import csv
import io

import pytest
from django.urls import reverse

from accord.notifications.models import Notification
from accord.projects.models import ProjectDocument
from accord.quality.models import ChangeControl, ChangeState, SponsorApproval
from accord.quality.services import changes as services
from accord.signatures.models import Signature
from tests.conftest import client_for
from tests.factories import PASSWORD
from tests.test_change_control import agreement_for, assessed, plan_approved, raised

S = ChangeState


def _signed(user, **extra) -> dict:
    return {"username": user.username, "password": PASSWORD, "acknowledge": "on", **extra}


def _form(world, **changes) -> dict:
    data = {
        "title": "Switch the buffer supplier",
        "change_type": "supplier",
        "classification": "major",
        "current_state": "Buffer from supplier X.",
        "proposed_state": "Buffer from supplier Y.",
        "justification": "X stops production.",
        "duration": "permanent",
        "urgency": "routine",
        "site": world.site.pk,
        "owner": world.pm_alice.pk,
        "products": "aurolimab",
        "projects": [world.project_a.pk, world.project_b.pk],
        "filing": "none",
        "filing_rationale": "Same grade and specification.",
        "risk_assessment": "Low: compendial grade, supplier audited.",
        "risk_level": "low",
    }
    data.update(changes)
    return data


@pytest.mark.req("R-CC-1")
@pytest.mark.req("R-CC-2")
@pytest.mark.req("R-CC-4")
@pytest.mark.req("R-CC-5")
def test_a_change_walks_through_the_pages_and_the_sponsor_signs_in_the_portal(world):
    agreement_for(world, world.sponsor_a, [("supplier", "")])
    pm = client_for(world.pm_alice)
    qa = client_for(world.qa_quinn)
    bad = pm.post(reverse("quality:change_create"), _form(world, duration="temporary"))
    assert bad.status_code == 200 and not ChangeControl.objects.exists()
    assert "A temporary change says the last day it holds." in bad.content.decode()
    response = pm.post(reverse("quality:change_create"), _form(world))
    change = ChangeControl.objects.get()
    assert response.url == reverse("quality:change", args=[change.pk])
    assert (
        pm.post(
            reverse("quality:change_request_assessment", args=[change.pk]),
            {"department": "qa", "assessor": world.qa_quinn.pk},
        ).status_code
        == 302
    )
    pm.post(
        reverse("quality:change_action_add", args=[change.pk]),
        {
            "kind": "other",
            "description": "Qualify supplier Y.",
            "owner": world.pm_alice.pk,
            "due_date": "2027-03-01",
        },
    )
    pm.post(reverse("quality:change_transition", args=[change.pk, "submit"]), {})
    change.refresh_from_db()
    assert change.state == S.ASSESSMENT
    # Quinn's My work lists the assessment to sign.
    work = qa.get(reverse("home:work")).content.decode()
    assert 'data-testid="my-assessment"' in work and change.number in work
    assessment = change.assessments.get()
    sign_url = reverse("quality:change_assess", args=[change.pk, assessment.pk])
    assert pm.get(sign_url).status_code == 403  # not Alice's to sign
    qa.post(
        sign_url,
        _signed(
            world.qa_quinn, impact="low", assessment="Supplier audit on file.", meaning="reviewed"
        ),
    )
    assessment.refresh_from_db()
    assert assessment.is_signed
    page = qa.get(reverse("quality:change", args=[change.pk])).content.decode()
    assert 'data-testid="approve-plan"' in page
    qa.post(
        reverse("quality:change_approve_plan", args=[change.pk]),
        _signed(world.qa_quinn, meaning="approved"),
    )
    change.refresh_from_db()
    assert change.state == S.SPONSOR_APPROVAL
    approval = SponsorApproval.objects.get()
    # The sponsor manager reads it in the portal, never Borealis' name nor the assessment.
    manager = client_for(world.sponsor_a_manager)
    portal = manager.get(reverse("home:portal")).content.decode()
    assert 'data-testid="change-control-awaiting"' in portal and change.number in portal
    detail = manager.get(reverse("quality:change", args=[change.pk])).content.decode()
    assert "Supplier audit on file." not in detail and "Borealis" not in detail
    assert "BOR-301-GMP" not in detail and 'data-testid="decide"' in detail
    decide_url = reverse("quality:change_decide", args=[approval.pk])
    assert client_for(world.sponsor_a_contact).get(decide_url).status_code == 403
    assert client_for(world.sponsor_b_manager).get(decide_url).status_code == 404
    refused = manager.post(decide_url, _signed(world.sponsor_a_manager, meaning="rejected"))
    assert "Say why you reject the change." in refused.content.decode()
    manager.post(
        decide_url, _signed(world.sponsor_a_manager, meaning="approved", reason="Fine for us.")
    )
    approval.refresh_from_db()
    change.refresh_from_db()
    assert approval.decision == "approved" and change.state == S.APPROVED
    assert Notification.objects.filter(kind="change_sponsor_decided", recipient=world.pm_alice)
    pm.post(reverse("quality:change_transition", args=[change.pk, "start"]), {})
    action = change.actions.get()
    pm.post(
        reverse("quality:change_action_done", args=[change.pk, action.pk]),
        {"evidence": "Supplier Y qualified, report QR-12."},
    )
    pm.post(reverse("quality:change_transition", args=[change.pk, "complete"]), {})
    change.refresh_from_db()
    assert change.state == S.REVIEW
    qa.post(
        reverse("quality:change_close", args=[change.pk]),
        _signed(
            world.qa_quinn,
            meaning="verified",
            objectives_met="on",
            no_adverse_impact="on",
            evidence="Three batches with Y's buffer met their specification.",
        ),
    )
    change.refresh_from_db()
    assert change.state == S.CLOSED
    assert Signature.objects.filter(record_type="quality.changereview").exists()


def test_a_sponsor_sees_no_draft_and_only_its_own_projects_in_lists_and_exports(world):
    agreement_for(world, world.sponsor_a, [("equipment", "")])
    draft = raised(world, title="Unapproved draft")
    shown = plan_approved(world, projects=[world.project_a, world.project_b])
    manager = client_for(world.sponsor_a_manager)
    listing = manager.get(reverse("quality:changes")).content.decode()
    assert shown.number in listing and draft.number not in listing
    assert 'data-testid="waiting-for-us"' in listing
    assert manager.get(reverse("quality:change", args=[draft.pk])).status_code == 404
    rows = list(
        csv.reader(
            io.StringIO(
                manager.get(reverse("quality:changes_export", args=["csv"])).content.decode(
                    "utf-8-sig"
                )
            )
        )
    )
    assert [r[0] for r in rows[1:]] == [shown.number]
    assert rows[1][10] == "AUR-101-TT"
    staff = client_for(world.pm_alice)
    both = staff.get(reverse("quality:changes"), {"state": "draft"}).content.decode()
    assert draft.number in both and shown.number not in both
    xlsx = staff.get(reverse("quality:changes_export", args=["xlsx"]))
    assert xlsx.status_code == 200 and xlsx["Content-Type"].startswith("application/vnd")
    staff_rows = list(
        csv.reader(
            io.StringIO(
                staff.get(
                    reverse("quality:changes_export", args=["csv"]), {"sponsor": world.sponsor_b.pk}
                ).content.decode("utf-8-sig")
            )
        )
    )
    assert [r[0] for r in staff_rows[1:]] == [shown.number]
    assert staff_rows[1][10] == "AUR-101-TT; BOR-301-GMP"


@pytest.mark.req("R-CC-6")
def test_the_detail_page_names_what_blocks_the_plan_and_the_closure(world):
    change = raised(world, filing="tbd", filing_rationale="")
    staff = client_for(world.qa_quinn)
    client_for(world.pm_alice).post(
        reverse("quality:change_request_assessment", args=[change.pk]),
        {"department": "validation", "assessor": world.qa_quinn.pk},
    )
    client_for(world.pm_alice).post(
        reverse("quality:change_transition", args=[change.pk, "submit"]), {}
    )
    page = staff.get(reverse("quality:change", args=[change.pk])).content.decode()
    assert "unsigned impact assessments: Validation" in page
    assert "an answer to the regulatory-filing question" in page
    change = plan_approved(world)
    pm = client_for(world.pm_alice)
    pm.post(
        reverse("quality:change_action_add", args=[change.pk]),
        {
            "kind": "revise_document",
            "description": "Revise the SOP.",
            "owner": world.pm_alice.pk,
            "due_date": "2027-03-01",
            "document": world.doc_a_shared.pk,
        },
    )
    pm.post(reverse("quality:change_transition", args=[change.pk, "start"]), {})
    page = pm.get(reverse("quality:change", args=[change.pk])).content.decode()
    assert "documents not approved: Aurora batch schedule" in page
    ProjectDocument.objects.filter(pk=world.doc_a_shared.pk).update(status="approved")
    cancel = pm.post(reverse("quality:change_transition", args=[change.pk, "cancel"]), {})
    assert cancel.status_code == 200  # a reason is required
    pm.post(
        reverse("quality:change_transition", args=[change.pk, "cancel"]),
        {"reason": "Superseded by a larger change."},
    )
    change.refresh_from_db()
    assert change.state == S.CANCELLED


def test_sponsor_users_cannot_reach_staff_pages(world):
    change = assessed(world)
    manager = client_for(world.sponsor_a_manager)
    for name in ("quality:change_edit", "quality:change_approve_plan", "quality:change_close"):
        assert manager.get(reverse(name, args=[change.pk])).status_code == 403
    assert manager.get(reverse("quality:change_create")).status_code == 403


# --------------------------------------------------------------------------- API


@pytest.mark.req("R-CC-4")
def test_the_api_runs_the_same_gates_and_the_sponsor_decides_through_it(world):
    agreement_for(world, world.sponsor_a, [("process", "")])
    pm = client_for(world.pm_alice)
    qa = client_for(world.qa_quinn)
    body = {
        "title": "Longer hold time",
        "current_state": "Hold 24 h.",
        "proposed_state": "Hold 48 h.",
        "justification": "Shift pattern.",
        "change_type": "process",
        "classification": "major",
        "site_id": world.site.pk,
        "owner_id": world.pm_alice.pk,
        "project_ids": [world.project_a.pk],
        "filing": "none",
        "filing_rationale": "Within the registered range.",
        "risk_assessment": "Hold study supports 72 h.",
        "risk_level": "low",
    }
    bad = pm.post("/api/v1/change-controls", {**body, "title": ""}, content_type="application/json")
    assert bad.status_code == 422 and not ChangeControl.objects.exists()
    created = pm.post("/api/v1/change-controls", body, content_type="application/json")
    assert created.status_code == 201, created.content
    change_id = created.json()["id"]
    base = f"/api/v1/change-controls/{change_id}"
    pm.post(
        f"{base}/assessments",
        {"department": "qa", "assessor_id": world.qa_quinn.pk},
        content_type="application/json",
    )
    pm.post(
        f"{base}/actions",
        {
            "kind": "other",
            "description": "Update the batch record.",
            "owner_id": world.pm_alice.pk,
            "due_date": "2027-02-01",
        },
        content_type="application/json",
    )
    early = qa.post(
        f"{base}/approve-plan",
        {"username": "qa.quinn", "password": PASSWORD, "acknowledge": True, "version": 1},
        content_type="application/json",
    )
    assert early.status_code in (409, 422)

    def step(name: str):
        version = pm.get(base).json()["version"]
        return pm.post(
            f"{base}/steps/{name}", {"version": version}, content_type="application/json"
        )

    assert step("submit").status_code == 200
    [assessment] = pm.get(base).json()["assessments"]
    signed = qa.post(
        f"{base}/assessments/{assessment['id']}/sign",
        {
            "impact": "low",
            "assessment": "Hold study on file.",
            "username": "qa.quinn",
            "password": PASSWORD,
            "acknowledge": True,
        },
        content_type="application/json",
    )
    assert signed.status_code == 200, signed.content
    approved = qa.post(
        f"{base}/approve-plan",
        {
            "username": "qa.quinn",
            "password": PASSWORD,
            "acknowledge": True,
            "version": pm.get(base).json()["version"],
        },
        content_type="application/json",
    )
    assert approved.json()["state"] == "sponsor_approval"
    manager = client_for(world.sponsor_a_manager)
    seen = manager.get(base).json()
    assert seen["assessments"] == [] and seen["actions"] == []
    [approval] = seen["approvals"]
    assert client_for(world.sponsor_b_manager).get(base).status_code == 404
    started = step("start")
    assert started.status_code == 409
    decided = manager.post(
        f"/api/v1/change-approvals/{approval['id']}/decide",
        {
            "decision": "approved",
            "version": approval["version"],
            "username": "aurora.manager",
            "password": PASSWORD,
            "acknowledge": True,
        },
        content_type="application/json",
    )
    assert decided.status_code == 200, decided.content
    assert decided.json()["decision"] == "approved"
    assert pm.get(base).json()["state"] == "approved"
    assert step("start").status_code == 200


def test_a_sponsor_reads_the_history_from_plan_approval_without_other_sponsors(world):
    agreement_for(world, world.sponsor_a, [("equipment", "")])
    agreement_for(world, world.sponsor_b, [("equipment", "")])
    change = plan_approved(world, projects=[world.project_a, world.project_b])
    url = reverse("audit:history", args=["quality.changecontrol", change.pk])
    page = client_for(world.sponsor_a_manager).get(url).content.decode()
    assert "Impeller type A" not in page  # the draft's creation event is the CDMO's
    assert "Borealis" not in page and "BOR-301-GMP" not in page
    assert "PQ batches needed" not in page  # the QA assessment
    staff = client_for(world.qa_quinn).get(url).content.decode()
    assert "Borealis" in staff and "Impeller type A" in staff


def test_every_staff_page_of_a_change_renders(world):
    change = assessed(world)
    action = change.actions.get()
    assessment = services.change_control_request_assessment(
        actor=world.pm_alice, change=change, department="ehs", assessor=world.qa_quinn
    )
    qa = client_for(world.qa_quinn)
    for url in (
        reverse("quality:changes"),
        reverse("quality:change_create"),
        reverse("quality:change", args=[change.pk]),
        reverse("quality:change_edit", args=[change.pk]),
        reverse("quality:change_request_assessment", args=[change.pk]),
        reverse("quality:change_assess", args=[change.pk, assessment.pk]),
        reverse("quality:change_action_add", args=[change.pk]),
        reverse("quality:change_action_done", args=[change.pk, action.pk]),
        reverse("quality:change_approve_plan", args=[change.pk]),
        reverse("quality:change_reject", args=[change.pk]),
        reverse("quality:change_close", args=[change.pk]),
        reverse("quality:change_transition", args=[change.pk, "cancel"]),
    ):
        response = qa.get(url)
        assert response.status_code == 200, url
    assert qa.get(reverse("quality:change_transition", args=[change.pk, "fly"])).status_code == 404
    assert qa.get(reverse("quality:changes_export", args=["pdf"])).status_code == 404


def test_a_sponsor_never_reads_another_sponsors_product(world):
    agreement_for(world, world.sponsor_a, [("equipment", "")])
    agreement_for(world, world.sponsor_b, [("equipment", "")])
    change = plan_approved(
        world,
        products="aurolimab\nborecitinib\nWFI",
        projects=[world.project_a, world.project_b],
    )
    approvals = {a.sponsor_id: a for a in SponsorApproval.objects.all()}
    assert approvals[world.sponsor_a.pk].products == "aurolimab\nWFI"
    assert approvals[world.sponsor_b.pk].products == "borecitinib\nWFI"
    manager = client_for(world.sponsor_a_manager)
    page = manager.get(reverse("quality:change", args=[change.pk])).content.decode()
    assert "aurolimab, WFI" in page and "borecitinib" not in page
    api = manager.get(f"/api/v1/change-controls/{change.pk}").json()
    assert api["products"] == ["aurolimab", "WFI"] and api["project_codes"] == ["AUR-101-TT"]
    export = manager.get(reverse("quality:changes_export", args=["csv"])).content.decode()
    assert "borecitinib" not in export and "BOR-301-GMP" not in export
    staff = client_for(world.qa_quinn).get(reverse("quality:change", args=[change.pk]))
    assert "borecitinib" in staff.content.decode()


@pytest.mark.req("R-CC-4")
def test_the_sponsor_quality_page_lists_the_change_waiting_for_its_manager(world):
    """The portal's quality page lists the change waiting for the manager's signature,
    with a link to sign it; another sponsor's manager sees none of it."""
    agreement_for(world, world.sponsor_a, [("equipment", "")])
    change = plan_approved(world)
    assert change.state == S.SPONSOR_APPROVAL
    approval = SponsorApproval.objects.get(change=change)
    page = client_for(world.sponsor_a_manager).get(reverse("quality:portal")).content.decode()
    assert change.number in page
    assert reverse("quality:change_decide", args=[approval.pk]) in page
    other = client_for(world.sponsor_b_manager).get(reverse("quality:portal")).content.decode()
    assert change.number not in other and 'data-testid="changes-waiting-empty"' in other
