"""CAPA pages and API: the list with its filters and exports, the detail with actions,
evidence, signatures, the check and the CAPA it follows, the forms of every step
(through the same services), the "My work" card, the navigation entry, and the API."""

from __future__ import annotations

import csv
import datetime as dt
import io

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from accord.audit.display import action_sentence
from accord.core import clock
from accord.quality.models import Capa, CapaAction
from accord.quality.services import capa as services
from tests.capa_fixtures import add_action, build_capa_world, make_deviation, open_capa
from tests.conftest import client_for
from tests.factories import PASSWORD

S = Capa.State
A = CapaAction.State


@pytest.fixture
def w(db):
    return build_capa_world()


def _sign(user) -> dict:
    return {"username": user.username, "password": PASSWORD, "acknowledge": True}


def _signed_form(user, meaning: str, **fields) -> dict:
    return {
        "meaning": meaning,
        "username": user.username,
        "password": PASSWORD,
        "acknowledge": "on",
        **fields,
    }


def _day(value: dt.date) -> str:
    return value.isoformat()


# --------------------------------------------------------------------------- list


def test_the_list_filters_by_words_state_owner_sponsor_and_overdue(w):
    deviation = make_deviation(w.project_a, w.op_otto)
    a = open_capa(w, deviation, title="Aurora filler torque drift")
    b = open_capa(w, title="Warehouse labels smudge", owner=w.op_otto)
    Capa.objects.filter(pk=b.pk).update(due_date=clock.today() - dt.timedelta(days=2))
    add_action(w, b, owner=w.pm_alice)
    qa = client_for(w.qa_quinn)
    url = reverse("quality:capas")

    def shown(**query) -> set[str]:
        page = qa.get(url, query).content.decode()
        return {c.number for c in (a, b) if c.number in page}

    assert shown() == {a.number, b.number}
    assert shown(q="filler torque") == {a.number}
    assert shown(q=deviation.number) == {a.number}
    assert shown(state="closed") == set()
    assert shown(state="active") == {a.number, b.number}
    assert shown(owner=w.op_otto.pk) == {b.number}
    assert shown(owner=w.pm_alice.pk) == {a.number, b.number}  # owns an action of b
    assert shown(sponsor=w.sponsor_a.pk) == {a.number}
    assert shown(overdue="1") == {b.number}
    page = qa.get(url, {"overdue": "1"}).content.decode()
    assert "overdue" in page and "Warehouse labels smudge" in page
    assert qa.get(url, {"page": "99", "owner": "x" * 30}).status_code == 200


def test_the_list_exports_as_csv_and_excel_with_its_filters(w):
    capa = open_capa(w, make_deviation(w.project_a, w.op_otto), root_cause_category="machine")
    open_capa(w, title="Other")
    qa = client_for(w.qa_quinn)
    response = qa.get(reverse("quality:capas_export", args=["csv"]), {"q": "Aurora filler"})
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["CAPA", "Title", "State"]
    assert len(rows) == 2 and rows[1][0] == capa.number
    assert rows[1][2] == "Open" and rows[1][4] == "Aurora Therapeutics" and rows[1][5] == "Machine"
    response = qa.get(reverse("quality:capas_export", args=["xlsx"]))
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    assert sheet.max_row == 3
    assert qa.get(reverse("quality:capas_export", args=["pdf"])).status_code == 404


def test_a_sponsor_lists_only_the_capa_of_deviations_it_was_told_of(w):
    told = open_capa(w, make_deviation(w.project_a, w.op_otto), title="Told torque drift")
    open_capa(
        w,
        make_deviation(w.project_a, w.op_otto, notified=False),
        title="Untold seal drift",
    )
    page = client_for(w.sponsor_a_manager).get(reverse("quality:capas")).content.decode()
    assert "Told torque drift" in page and "Untold seal drift" not in page
    assert "Open a CAPA" not in page
    detail = client_for(w.sponsor_a_manager).get(reverse("quality:capa", args=[told.pk]))
    assert detail.status_code == 200 and "History" not in detail.content.decode()
    other = client_for(w.sponsor_b_manager)
    assert other.get(reverse("quality:capa", args=[told.pk])).status_code == 404
    assert "Told torque drift" not in other.get(reverse("quality:capas")).content.decode()


# --------------------------------------------------------------------------- the walk


def test_qa_walks_a_capa_from_a_deviation_to_a_follow_up_through_the_pages(w):
    deviation = make_deviation(w.project_a, w.op_otto, classification="major")
    qa, rita = client_for(w.qa_quinn), client_for(w.qa_rita)
    alice, otto = client_for(w.pm_alice), client_for(w.op_otto)
    # The deviation's page links here with ?deviation=<pk>: the form starts from it.
    create = reverse("quality:capa_create")
    form = qa.get(create, {"deviation": deviation.pk}).content.decode()
    assert f"Open a CAPA for {deviation.number}" in form and deviation.title in form
    data = {
        "title": "Filler torque drift",
        "problem": "The capping torque drifted.",
        "deviation": deviation.pk,
        "owner": w.pm_alice.pk,
        "qa_approver": w.pm_alice.pk,
        "due_date": _day(clock.today() + dt.timedelta(days=60)),
        "success_criteria": "No excursion in 20 batches.",
        "effectiveness_required": "on",
        "effectiveness_after_days": "0",
    }
    refused = qa.post(create, data)
    assert refused.status_code == 200 and not Capa.objects.exists()
    assert "Select a valid choice" in refused.content.decode()  # Alice is not in QA
    refused = qa.post(create, {**data, "qa_approver": w.qa_quinn.pk, "owner": w.qa_quinn.pk})
    assert "never the owner" in refused.content.decode() and not Capa.objects.exists()
    saved = qa.post(create, {**data, "qa_approver": w.qa_quinn.pk})
    capa = Capa.objects.get()
    assert saved.status_code == 302 and saved["Location"] == reverse("quality:capa", args=[capa.pk])
    assert capa.deviation == deviation and capa.sponsor == w.sponsor_a

    action_url = reverse("quality:capa_action_create", args=[capa.pk])
    added = alice.post(
        action_url,
        {
            "action_type": "corrective",
            "description": "Recalibrate the torque head.",
            "owner": w.op_otto.pk,
            "qa_approver": w.qa_rita.pk,
            "due_date": _day(clock.today() + dt.timedelta(days=10)),
            "version": capa.version,
        },
    )
    assert added.status_code == 302
    action = capa.actions.get()
    detail = qa.get(reverse("quality:capa", args=[capa.pk])).content.decode()
    assert "Recalibrate the torque head." in detail and "still open" in detail
    assert 'data-testid="step-implement-waits"' in detail
    # Only the owner marks it done, with evidence and a file.
    done_url = reverse("quality:capa_action_done", args=[capa.pk, action.pk])
    assert alice.get(done_url).status_code == 403
    done = otto.post(
        done_url,
        {
            "evidence": "Recalibrated, certificate attached.",
            "evidence_file": SimpleUploadedFile("cert.pdf", b"%PDF-1.4 cert"),
            "version": action.version,
        },
    )
    assert done.status_code == 302
    action.refresh_from_db()
    assert action.state == A.DONE
    evidence = qa.get(reverse("quality:capa_evidence", args=[capa.pk, action.pk]))
    assert b"".join(evidence.streaming_content) == b"%PDF-1.4 cert"
    # Only its QA approver verifies it, by signature.
    verify_url = reverse("quality:capa_action_verify", args=[capa.pk, action.pk])
    assert qa.get(verify_url).status_code == 403
    wrong = rita.post(verify_url, {**_signed_form(w.qa_rita, "verified"), "password": "nope"})
    assert wrong.status_code == 200 and "not correct" in wrong.content.decode()
    assert rita.post(verify_url, _signed_form(w.qa_rita, "verified")).status_code == 302
    # Implemented by the CAPA's QA approver; the check is scheduled.
    implemented = qa.post(
        reverse("quality:capa_implement", args=[capa.pk]),
        _signed_form(w.qa_quinn, "approved", version=capa.version + 1),
    )
    assert implemented.status_code == 302, implemented.content.decode()
    capa.refresh_from_db()
    assert capa.state == S.IMPLEMENTED
    detail = qa.get(reverse("quality:capa", args=[capa.pk])).content.decode()
    assert "No excursion in 20 batches." in detail and "Quinn Keller" in detail
    assert 'data-testid="step-check"' in detail
    # The check: not effective opens the follow-up, linked both ways.
    check_url = reverse("quality:capa_check", args=[capa.pk])
    bad = rita.post(check_url, _signed_form(w.qa_rita, "reviewed", evidence="", rating="9"))
    assert bad.status_code == 200 and capa.effectiveness.verdict == ""
    recorded = rita.post(
        check_url,
        _signed_form(
            w.qa_rita,
            "reviewed",
            evidence="Two excursions.",
            verdict="not_effective",
            rating="2",
            version=capa.version,
        ),
    )
    assert recorded.status_code == 302, recorded.content.decode()
    capa.refresh_from_db()
    follow_up = capa.followed_by.get()
    assert capa.state == S.CLOSED_NOT_EFFECTIVE
    detail = qa.get(reverse("quality:capa", args=[capa.pk])).content.decode()
    assert follow_up.number in detail and "Not effective" in detail and "Rita Brunner" in detail
    later = qa.get(reverse("quality:capa", args=[follow_up.pk])).content.decode()
    assert capa.number in later and "found not effective" in later


def test_an_action_is_sent_back_or_cancelled_with_a_reason(w):
    capa = open_capa(w)
    action = add_action(w, capa)
    services.capa_action_done(actor=w.op_otto, action=action, evidence="Done.")
    rita = client_for(w.qa_rita)
    back = reverse("quality:capa_action_return", args=[capa.pk, action.pk])
    assert rita.post(back, {"reason": "", "version": 2}).status_code == 200
    assert rita.post(back, {"reason": "Unsigned.", "version": 2}).status_code == 302
    action.refresh_from_db()
    assert action.state == A.OPEN
    cancel = reverse("quality:capa_action_cancel", args=[capa.pk, action.pk])
    refused = client_for(w.qa_quinn).post(cancel, {"reason": "x", "version": action.version})
    assert refused.status_code == 403
    assert (
        rita.post(cancel, {"reason": "Superseded.", "version": action.version}).status_code == 302
    )
    action.refresh_from_db()
    assert action.state == A.CANCELLED
    page = rita.get(reverse("quality:capa", args=[capa.pk])).content.decode()
    assert "Why cancelled:</span> Superseded." in page


def test_a_capa_without_a_check_is_closed_and_another_cancelled_on_their_pages(w):
    capa = open_capa(w, effectiveness_required=False, effectiveness_rationale="Typo only.")
    action = add_action(w, capa, "correction")
    services.capa_action_done(actor=w.op_otto, action=action, evidence="Fixed.")
    action.refresh_from_db()
    services.capa_action_verify(actor=w.qa_rita, action=action, **_sign(w.qa_rita))
    qa = client_for(w.qa_quinn)
    detail = qa.get(reverse("quality:capa", args=[capa.pk])).content.decode()
    assert 'data-testid="step-close"' in detail and 'data-testid="step-implement"' not in detail
    close = reverse("quality:capa_close", args=[capa.pk])
    assert "Typo only." in qa.get(close).content.decode()
    assert qa.post(close, _signed_form(w.qa_quinn, "approved")).status_code == 200  # no reason
    assert qa.post(close, _signed_form(w.qa_quinn, "approved", reason="Fixed.")).status_code == 302
    capa.refresh_from_db()
    assert capa.state == S.CLOSED
    other = open_capa(w)
    cancel = reverse("quality:capa_cancel", args=[other.pk])
    rita = client_for(w.qa_rita)
    assert (
        rita.post(cancel, _signed_form(w.qa_rita, "approved", reason="Twice.")).status_code == 302
    )
    other.refresh_from_db()
    assert other.state == S.CANCELLED
    page = rita.get(reverse("quality:capa", args=[other.pk])).content.decode()
    assert "Why cancelled" in page and "Twice." in page


def test_a_sponsor_user_never_reaches_a_form(w):
    capa = open_capa(w, make_deviation(w.project_a, w.op_otto))
    manager = client_for(w.sponsor_a_manager)
    for name in ("capa_implement", "capa_close", "capa_check", "capa_cancel"):
        assert manager.get(reverse(f"quality:{name}", args=[capa.pk])).status_code == 403
    assert manager.get(reverse("quality:capa_create")).status_code == 403


# --------------------------------------------------------------------------- my work, nav


def test_my_work_shows_my_actions_what_i_verify_and_checks_due(w):
    capa = open_capa(w, owner=w.op_otto, qa_approver=w.qa_rita)
    mine = add_action(w, capa, description="Retrain the line crew.", owner=w.pm_alice)
    other = add_action(w, capa, description="Replace the torque head.")
    services.capa_action_done(actor=w.op_otto, action=other, evidence="Replaced.")
    alice_page = client_for(w.pm_alice).get(reverse("home:work")).content.decode()
    assert 'data-testid="my-capa"' in alice_page and "Retrain the line crew." in alice_page
    rita_page = client_for(w.qa_rita).get(reverse("home:work")).content.decode()
    assert "Replace the torque head." in rita_page and "to verify" in rita_page
    services.capa_action_done(actor=w.pm_alice, action=mine, evidence="Trained.")
    for action in (mine, other):
        action.refresh_from_db()
        services.capa_action_verify(actor=w.qa_rita, action=action, **_sign(w.qa_rita))
    capa.refresh_from_db()
    services.capa_implement(actor=w.qa_rita, capa=capa, **_sign(w.qa_rita))
    rita_page = client_for(w.qa_rita).get(reverse("home:work")).content.decode()
    assert 'data-testid="my-capa-check"' in rita_page and capa.number in rita_page
    quinn_page = client_for(w.qa_quinn).get(reverse("home:work")).content.decode()
    assert "No CAPA action, verification or check waits on you." in quinn_page


def test_staff_find_capa_in_the_navigation_and_sponsors_do_not(w):
    page = client_for(w.op_otto).get(reverse("home:work")).content.decode()
    assert f'href="{reverse("quality:capas")}"' in page
    portal = client_for(w.sponsor_a_manager).get(reverse("home:portal")).content.decode()
    assert f'href="{reverse("quality:capas")}"' not in portal


def test_capa_audit_events_read_as_sentences():
    assert action_sentence("quality.capa.opened") == "CAPA opened"
    assert action_sentence("quality.capa.action_added") == "CAPA action added"
    assert action_sentence("quality.capa.check_recorded") == "CAPA check recorded"


def test_the_history_page_shows_states_as_labels(w):
    capa = open_capa(w)
    services.capa_cancel(actor=w.qa_rita, capa=capa, reason="Twice.", **_sign(w.qa_rita))
    page = (
        client_for(w.qa_quinn)
        .get(reverse("audit:history", args=["quality.capa", capa.pk]))
        .content.decode()
    )
    assert "CAPA cancelled" in page and "Cancelled" in page
    assert "closed_not_effective" not in page and ">cancelled<" not in page


# --------------------------------------------------------------------------- API


def test_the_api_walks_a_capa_through_the_same_services(w):
    deviation = make_deviation(w.project_a, w.op_otto, classification="critical")
    qa, rita, otto = client_for(w.qa_quinn), client_for(w.qa_rita), client_for(w.op_otto)
    api = "/api/v1/capa"
    body = {
        "title": "Filler torque drift",
        "problem": "Drift.",
        "owner_id": w.pm_alice.pk,
        "qa_approver_id": w.pm_alice.pk,
        "due_date": _day(clock.today() + dt.timedelta(days=30)),
        "success_criteria": "No excursion.",
        "deviation_id": deviation.pk,
        "effectiveness_after_days": 0,
    }
    refused = qa.post(api, body, content_type="application/json")
    assert refused.status_code == 422 and not Capa.objects.exists()
    no_check = {**body, "qa_approver_id": w.qa_quinn.pk, "effectiveness_required": False}
    refused = qa.post(api, no_check, content_type="application/json")
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["field"] == "effectiveness_required"
    opened = qa.post(
        api, {**body, "qa_approver_id": w.qa_quinn.pk}, content_type="application/json"
    )
    assert opened.status_code == 201, opened.content
    capa = opened.json()
    assert capa["sponsor_name"] == "Aurora Therapeutics" and capa["deviation_number"]
    assert capa["check"] is None and capa["actions"] == []
    added = client_for(w.pm_alice).post(
        f"{api}/{capa['id']}/actions",
        {
            "action_type": "corrective",
            "description": "Recalibrate.",
            "owner_id": w.op_otto.pk,
            "qa_approver_id": w.qa_rita.pk,
            "due_date": _day(clock.today() + dt.timedelta(days=10)),
            "version": capa["version"],
        },
        content_type="application/json",
    )
    assert added.status_code == 201, added.content
    action = added.json()["actions"][0]
    done = otto.post(
        f"{api}/{capa['id']}/actions/{action['id']}/done",
        {
            "evidence": "Recalibrated.",
            "version": action["version"],
            "file": SimpleUploadedFile("cert.pdf", b"%PDF-1.4 cert"),
        },
    )
    assert done.status_code == 200, done.content
    action = done.json()["actions"][0]
    assert action["state"] == "done" and action["evidence_file_name"] == "cert.pdf"
    wrong = rita.post(
        f"{api}/{capa['id']}/actions/{action['id']}/verify",
        {"username": "qa.rita", "password": "nope", "acknowledge": True, "version": 2},
        content_type="application/json",
    )
    assert wrong.status_code == 422
    verified = rita.post(
        f"{api}/{capa['id']}/actions/{action['id']}/verify",
        {**_sign(w.qa_rita), "version": action["version"]},
        content_type="application/json",
    )
    assert verified.json()["actions"][0]["state"] == "verified"
    implemented = qa.post(
        f"{api}/{capa['id']}/implement",
        {**_sign(w.qa_quinn), "version": verified.json()["version"]},
        content_type="application/json",
    )
    assert implemented.status_code == 200, implemented.content
    assert implemented.json()["check"]["success_criteria"] == "No excursion."
    checked = rita.post(
        f"{api}/{capa['id']}/check",
        {
            **_sign(w.qa_rita),
            "evidence": "20 batches, none.",
            "verdict": "effective",
            "rating": 5,
            "version": implemented.json()["version"],
        },
        content_type="application/json",
    )
    assert checked.status_code == 200, checked.content
    result = checked.json()
    assert result["state"] == "closed_effective" and result["check"]["verdict_label"] == "Effective"
    assert result["check"]["checked_by_name"] == "Rita Brunner"
    again = qa.post(
        f"{api}/{capa['id']}/cancel",
        {**_sign(w.qa_quinn), "reason": "Late.", "version": result["version"]},
        content_type="application/json",
    )
    assert again.status_code == 409


def test_the_api_lists_with_filters_and_pages_and_hides_other_sponsors(w):
    told = open_capa(w, make_deviation(w.project_a, w.op_otto), title="Told torque drift")
    for n in range(3):
        open_capa(w, title=f"Standalone {n}")
    qa = client_for(w.qa_quinn)
    page = qa.get("/api/v1/capa", {"page_size": 2}).json()
    assert page["count"] == 4 and len(page["items"]) == 2
    only = qa.get("/api/v1/capa", {"sponsor_id": w.sponsor_a.pk}).json()["items"]
    assert [c["number"] for c in only] == [told.number]
    assert qa.get("/api/v1/capa", {"q": "Standalone 1"}).json()["count"] == 1
    assert qa.get("/api/v1/capa", {"state": "closed"}).json()["count"] == 0
    assert qa.get("/api/v1/capa", {"overdue": True}).json()["count"] == 0
    assert qa.get("/api/v1/capa", {"owner_id": w.pm_alice.pk}).json()["count"] == 4
    manager = client_for(w.sponsor_a_manager)
    assert [c["number"] for c in manager.get("/api/v1/capa").json()["items"]] == [told.number]
    assert manager.get(f"/api/v1/capa/{told.pk}").status_code == 200
    other = client_for(w.sponsor_b_manager)
    assert other.get("/api/v1/capa").json()["items"] == []
    assert other.get(f"/api/v1/capa/{told.pk}").status_code == 404
    refused = manager.post(
        f"/api/v1/capa/{told.pk}/cancel",
        {**_sign(w.sponsor_a_manager), "reason": "x", "version": 1},
        content_type="application/json",
    )
    assert refused.status_code == 403


def test_the_check_is_offered_once_its_window_opens(w):
    capa = open_capa(w, effectiveness_after_days=90)
    action = add_action(w, capa)
    services.capa_action_done(actor=w.op_otto, action=action, evidence="Done.")
    action.refresh_from_db()
    services.capa_action_verify(actor=w.qa_rita, action=action, **_sign(w.qa_rita))
    capa.refresh_from_db()
    services.capa_implement(actor=w.qa_quinn, capa=capa, **_sign(w.qa_quinn))
    page = client_for(w.qa_rita).get(reverse("quality:capa", args=[capa.pk])).content.decode()
    assert 'data-testid="step-check-waits"' in page and 'data-testid="step-check"' not in page
    # The owner never records the check of their own CAPA.
    own = client_for(w.pm_alice).get(reverse("quality:capa", args=[capa.pk])).content.decode()
    assert "step-check" not in own


def test_the_evidence_form_refuses_control_characters(w):
    capa = open_capa(w)
    action = add_action(w, capa)
    response = client_for(w.op_otto).post(
        f"/api/v1/capa/{capa.pk}/actions/{action.pk}/done",
        {"evidence": "Done\x00", "version": action.version},
    )
    assert response.status_code == 422
    action.refresh_from_db()
    assert action.state == A.OPEN


def test_a_deviation_page_can_offer_the_open_a_capa_button(w):
    from django.template.loader import render_to_string
    from django.test import RequestFactory

    deviation = make_deviation(w.project_a, w.op_otto)

    def button(user) -> str:
        request = RequestFactory().get("/")
        request.user = user
        return render_to_string(
            "quality/_open_capa_button.html", {"deviation": deviation}, request=request
        )

    assert f"/quality/capa/new/?deviation={deviation.pk}" in button(w.qa_quinn)
    assert button(w.sponsor_a_manager).strip() == ""


def test_the_api_sends_back_cancels_and_closes(w):
    capa = open_capa(w, effectiveness_required=False, effectiveness_rationale="Typo only.")
    first, second = add_action(w, capa, "correction"), add_action(w, capa, "preventive")
    rita, qa = client_for(w.qa_rita), client_for(w.qa_quinn)
    api = f"/api/v1/capa/{capa.pk}"
    services.capa_action_done(actor=w.op_otto, action=first, evidence="Fixed.")
    back = rita.post(
        f"{api}/actions/{first.pk}/return",
        {"reason": "No photo.", "version": 2},
        content_type="application/json",
    )
    assert back.status_code == 200 and back.json()["actions"][0]["state"] == "open"
    first.refresh_from_db()
    cancelled = rita.post(
        f"{api}/actions/{first.pk}/cancel",
        {"reason": "Not needed.", "version": first.version},
        content_type="application/json",
    )
    assert cancelled.status_code == 200, cancelled.content
    assert cancelled.json()["actions"][0]["cancel_reason"] == "Not needed."
    only_cancelled = qa.post(
        f"{api}/close",
        {**_sign(w.qa_quinn), "reason": "Done.", "version": cancelled.json()["version"]},
        content_type="application/json",
    )
    assert only_cancelled.status_code == 422
    assert "at least one verified action" in only_cancelled.content.decode()
    services.capa_action_done(actor=w.op_otto, action=second, evidence="Checked.")
    second.refresh_from_db()
    services.capa_action_verify(actor=w.qa_rita, action=second, **_sign(w.qa_rita))
    version = Capa.objects.get(pk=capa.pk).version
    no_reason = qa.post(
        f"{api}/close",
        {**_sign(w.qa_quinn), "reason": " ", "version": version},
        content_type="application/json",
    )
    assert no_reason.status_code == 422
    closed = qa.post(
        f"{api}/close",
        {**_sign(w.qa_quinn), "reason": "Nothing left to do.", "version": version},
        content_type="application/json",
    )
    assert closed.status_code == 200, closed.content
    assert closed.json()["state"] == "closed"
    assert closed.json()["closure_reason"] == "Nothing left to do."


def test_the_capa_page_reads_in_labels_never_codes(w):
    import re

    deviation = make_deviation(w.project_a, w.op_otto, classification="major")
    capa = open_capa(w, deviation, root_cause_category="people.training")
    action = add_action(w, capa)
    services.capa_action_done(actor=w.op_otto, action=action, evidence="Done.")
    action.refresh_from_db()
    services.capa_action_verify(actor=w.qa_rita, action=action, **_sign(w.qa_rita))
    capa.refresh_from_db()
    services.capa_implement(actor=w.qa_quinn, capa=capa, **_sign(w.qa_quinn))
    services.effectiveness_record(
        actor=w.qa_rita,
        capa=capa,
        evidence="Still drifting.",
        verdict="partially",
        rating=3,
        **_sign(w.qa_rita),
    )
    qa = client_for(w.qa_quinn)
    pages = [
        qa.get(reverse("quality:capa", args=[capa.pk])).content.decode(),
        qa.get(reverse("quality:capas")).content.decode(),
        qa.get(reverse("audit:history", args=["quality.capa", capa.pk])).content.decode(),
    ]
    detail = pages[0]
    assert "People: Training not adequate" in detail and "Partially effective" in detail
    assert "Corrective action" in detail and "Closed, not effective" in detail
    for page in pages:
        text = re.sub(r"<[^>]+>", " ", page)
        for code in ("closed_not_effective", "not_effective", "people.training", "action_type"):
            assert code not in text, code


def test_a_training_coordinator_assigns_a_capas_retraining_from_its_page(w):
    from accord.training.models import Assignment, Requirement

    capa = open_capa(w, requires_retraining=True)
    reading = Requirement.objects.create(code="sop-1", title="Read SOP-MFG-014", kind="course")
    client = client_for(w.qa_quinn)
    page = client.get(reverse("quality:capa", args=[capa.pk]))
    assert "Assign retraining" in page.content.decode()
    url = reverse("quality:capa_retraining", args=[capa.pk])
    due = clock.today() + dt.timedelta(days=30)
    response = client.post(
        url, {"requirement": reading.pk, "people": [w.op_otto.pk], "due_on": due.isoformat()}
    )
    assert response.status_code == 302
    assignment = Assignment.objects.get(person=w.op_otto, requirement=reading)
    assert assignment.source == capa.number and assignment.reason == "capa"
    page = client.get(reverse("quality:capa", args=[capa.pk])).content.decode()
    assert f"{w.op_otto.printed_name} · Read SOP-MFG-014" in page
    # Nobody chosen: the form says so and nothing is written.
    response = client.post(url, {"requirement": reading.pk, "due_on": due.isoformat()})
    assert "Choose people, job roles or both." in response.content.decode()
    assert Assignment.objects.count() == 1
    assert client_for(w.pm_alice).get(url).status_code == 403
