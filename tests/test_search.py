"""Search over every record: one registry of types, each searched through its app's
visibility selector; results grouped by type with counts and a type filter, ranked,
highlighted and paginated, on the page and in the API; bad input answered cleanly.

These run on SQLite and on PostgreSQL (full-text search there); what only PostgreSQL
does (its indexes, stemming, ``ts_rank``) is in ``test_search_postgres.py``.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from accord.accounts.models import Organization
from accord.changes.models import ChangeOrder
from accord.delays.models import Delay
from accord.meetings import services as meeting_services
from accord.meetings.models import ActionItem, Meeting, MeetingDecision
from accord.projects.models import Project, ProjectDocument
from accord.proposals.models import Proposal, ProposalRevision, Rfp
from accord.quality import services as quality_services
from accord.quality.models import Capa, ChangeControl, QualityAgreement
from accord.quality.services import capa as quality_capa_services
from accord.quality.services import changes as change_services
from accord.recognition import services as recognition_services
from accord.reports import services as report_services
from accord.reports.models import StatusReport
from accord.risks.models import Risk
from accord.search import registry
from accord.search.query import MAX_LENGTH
from accord.search.registry import SearchField, SearchType, search_types
from accord.service import services as service_services
from accord.service.models import Concern, SlaPolicy
from accord.surveys import services as survey_services
from accord.surveys.models import SurveyResponse
from tests.capa_fixtures import make_deviation
from tests.conftest import World, client_for

SHARED, INTERNAL = "shared", "internal"


def marker(key: str, variant: str) -> str:
    """A word only one record of the world holds: ``zqrisksshared``."""
    return f"zq{key.replace('_', '')}{variant}"


def world_search(world: World) -> dict[str, dict[str, list[str]]]:
    """Give one of sponsor A's records of every search type a word of its own (idempotent).

    For each type key: ``shared`` words sit in what sponsor A's manager may see (for a
    staff-only type: what CDMO staff see); ``internal`` words only in what no sponsor user
    may see: an internal record, or an internal field of a shared one. A new search type
    must be added here, or the cross-tenant search test fails.
    """
    from tests.test_changes import _draft as change_order_draft
    from tests.test_clients import world_clients
    from tests.test_cross_tenant import _aurora_concern, _aurora_levels
    from tests.test_proposal_outcomes import lose, sent_with_timeline
    from tests.test_proposals import _proposal, _rfp

    if Project.objects.filter(description__contains=marker("projects", SHARED)).exists():
        return _world_search_markers()

    def tag(model, pk: int, field: str, key: str, variant: str, text: str = "") -> None:
        model.objects.filter(pk=pk).update(**{field: f"{text} {marker(key, variant)}".strip()})

    pm = world.pm_alice
    a = world.project_a
    tag(Project, a.pk, "description", "projects", SHARED, "Tech transfer of aurolimab.")
    tag(Organization, world.sponsor_a.pk, "country", "sponsors", SHARED, "Switzerland")
    tag(
        ProjectDocument,
        world.doc_a_shared.pk,
        "title",
        "documents",
        SHARED,
        world.doc_a_shared.title,
    )
    tag(
        ProjectDocument,
        world.doc_a_internal.pk,
        "title",
        "documents",
        INTERNAL,
        world.doc_a_internal.title,
    )
    tag(Rfp, world.rfp_a.pk, "description", "rfps", SHARED, "ADC conjugation at 1 kg scale.")
    tag(Proposal, world.proposal_a.pk, "title", "proposals", SHARED, world.proposal_a.title)
    revision = world.revision_a_sent
    tag(ProposalRevision, revision.pk, "summary", "proposal_revisions", SHARED, "Our offer.")
    tag(ProposalRevision, revision.pk, "internal_pricing_notes", "proposal_revisions", INTERNAL)
    # A proposal whose only revision is a draft: no sponsor user may see either.
    draft = _proposal(
        world,
        rfp=_rfp(world, title="Aurora stability program"),
        title=f"Aurora stability proposal {marker('proposals', INTERNAL)}",
    )
    tag(ProposalRevision, draft.revisions.get().pk, "summary", "proposal_revisions", "draft")
    lost = sent_with_timeline(world, title="Aurora inhaled formulation").proposal.rfp
    lose(world, lost, lessons=f"Offer a phased start. {marker('lessons', SHARED)}")
    tag(Risk, world.risk_a_shared.pk, "cause", "risks", SHARED, "Supplier backlog.")
    tag(Risk, world.risk_a_internal.pk, "cause", "risks", INTERNAL, "Capacity squeeze.")
    communicated = world.delay_a_communicated
    tag(Delay, communicated.pk, "description", "delays", SHARED, "Resin arrived late.")
    tag(Delay, communicated.pk, "internal_notes", "delays", INTERNAL, "Supplier on watch.")
    tag(Delay, world.delay_a_internal.pk, "description", "delays", "untold", "Double-booked.")
    tag(ChangeOrder, world.change_order_a_sent.pk, "justification", "change_orders", SHARED)
    change_order_draft(world, title=f"Extra hold-time study {marker('change_orders', INTERNAL)}")
    shared, internal = world.meeting_a_shared, world.meeting_a_internal
    tag(Meeting, shared.pk, "minutes", "meetings", SHARED, "Engineering batch in week 12.")
    tag(Meeting, shared.pk, "internal_notes", "meetings", INTERNAL, "Margin below target.")
    tag(Meeting, internal.pk, "agenda", "meetings", "unshared", "Pricing review.")
    tag(MeetingDecision, shared.decisions.get().pk, "text", "decisions", SHARED, "Second batch.")
    meeting_services.decision_add(
        actor=pm, meeting=internal, text=f"Hold the price {marker('decisions', INTERNAL)}"
    )
    tag(ActionItem, world.action_item_a.pk, "description", "action_items", SHARED, "Send it.")
    meeting_services.action_item_add(
        actor=pm,
        meeting=internal,
        description=f"Recheck the cost model {marker('action_items', INTERNAL)}",
        owner=pm,
        due_on=internal.held_on + dt.timedelta(days=7),
    )
    records = world_clients(world)
    contact, interaction = records["contact"], records["interaction"]
    tag(type(contact), contact.pk, "title", "contacts", SHARED, "Head of CMC")
    tag(type(interaction), interaction.pk, "summary", "interactions", SHARED, "Plan walked.")
    tag(type(interaction), interaction.pk, "rapport_notes", "interactions", INTERNAL)
    followup = records["followup"]
    tag(type(followup), followup.pk, "description", "follow_ups", SHARED, "Send the timeline.")
    # Thanks from sponsor A's manager; thanks between colleagues are the CDMO's own.
    recognition_services.kudos_give(
        actor=world.sponsor_a_manager,
        recipient=world.qa_quinn,
        message=f"Thank you for the fast review {marker('kudos', SHARED)}",
    )
    recognition_services.kudos_give(
        actor=pm, recipient=world.qa_quinn, message=f"Great teamwork {marker('kudos', INTERNAL)}"
    )
    report = world.status_report_a_published
    tag(StatusReport, report.pk, "summary", "status_reports", SHARED, "On plan.")
    report_services.status_report_create(
        actor=pm,
        project=a,
        period_start=report.period_start,
        period_end=report.period_end,
        summary=f"Draft wording {marker('status_reports', INTERNAL)}",
    )
    concern = _aurora_concern(world)
    tag(Concern, concern.pk, "description", "concerns", SHARED, concern.description)
    # Notes are entries, never searched: no one finds a concern by one (test below).
    service_services.concern_note(
        actor=pm, concern=concern, text=f"Reviewer was new {marker('concerns', 'note')}"
    )
    levels = _aurora_levels(world)
    tag(SlaPolicy, levels.pk, "name", "sla_policies", SHARED, levels.name)
    from tests.test_cross_tenant import _aurora_survey  # lazy: it imports this module

    survey = _aurora_survey(world)
    answer = survey.responses.first() or survey_services.survey_answer(
        actor=world.sponsor_a_manager, survey=survey, score=4
    )
    tag(SurveyResponse, answer.pk, "comment", "survey_answers", SHARED, "Quick answers.")
    from tests.test_cross_tenant import _aurora_agreement

    agreement = _aurora_agreement(world)  # approved: its sponsor finds it, a draft it does not
    tag(QualityAgreement, agreement.pk, "title", "quality_agreements", SHARED, agreement.title)
    draft = quality_services.agreement_draft(
        actor=world.admin_ada,
        sponsor=world.sponsor_a,
        terms=quality_services.Terms(
            title=f"Next revision {marker('quality_agreements', 'draft')}",
            effective_from=dt.date(2027, 1, 1),
            summary_days=5,
            notify={},
        ),
    )
    assert draft.is_draft
    from tests.test_change_control import details as change_details
    from tests.test_cross_tenant import _aurora_change

    change = _aurora_change(world)  # plan approved: its sponsor finds it, a draft it does not
    tag(ChangeControl, change.pk, "title", "change_controls", SHARED, change.title)
    change_services.change_control_raise(
        actor=pm,
        details=change_details(
            world, title=f"Aurora draft change {marker('change_controls', 'draft')}"
        ),
    )
    from tests.test_cross_tenant import _aurora_capa

    capa = _aurora_capa(world)  # its deviation was told to A: A's people find it
    tag(Capa, capa.pk, "problem", "capa", SHARED, capa.problem)
    untold = quality_capa_services.capa_open(
        actor=world.qa_quinn,
        title="Aurora seal check",
        problem=f"Seals not checked {marker('capa', 'untold')}",
        owner=world.pm_alice,
        qa_approver=world.qa_quinn,
        due_date=dt.date.today() + dt.timedelta(days=30),
        success_criteria="Every seal checked.",
        deviation=make_deviation(world.project_a, pm, notified=False, title="Seal check"),
    )
    assert untold.sponsor == world.sponsor_a
    from tests.test_cross_tenant import _aurora_deviations

    _aurora_deviations(
        world,
        told=f"Excursion {marker('deviations', SHARED)}",
        untold=f"Spill {marker('deviations', 'untold')}",
    )
    from tests.quality_rows import make_batch

    make_batch(
        world.project_a,
        world.qa_quinn,
        "AUR-SEARCH-01",
        dt.date(2026, 3, 2),
        product=f"aurolimab {marker('batches', SHARED)}",
    )
    from accord.training.models import ControlledDocument, Requirement

    ControlledDocument.objects.create(
        number="SOP-QA-900", title=f"Line clearance {marker('controlled_documents', SHARED)}"
    )
    Requirement.objects.create(
        code="read-line-clearance",
        title=f"Line clearance training {marker('training_requirements', SHARED)}",
        kind="course",
    )
    from accord.qbr import services as qbr_services
    from accord.qbr.models import BusinessReview
    from tests.test_cross_tenant import _aurora_review

    review = _aurora_review(world)  # published: its sponsor finds it, a draft it does not
    tag(BusinessReview, review.pk, "summary", "business_reviews", SHARED, review.summary)
    qbr_services.business_review_prepare(
        actor=pm,
        sponsor=world.sponsor_a,
        quarter_start=dt.date(2026, 4, 1),
        summary=f"Draft wording {marker('business_reviews', 'draft')}",
    )
    from tests.equipment_rows import register as register_equipment

    register_equipment(world, "VSP-SEARCH-01", name=f"UHPLC {marker('equipment', SHARED)}")
    from tests.capacity_rows import add_resource

    add_resource(world, "VSP-SEARCH-POOL", name=f"Analysts {marker('resources', SHARED)}")
    from accord.improvement import services as improvement_services
    from tests.improvement_rows import initiative

    initiative(
        world,
        title=f"Aurora release {marker('improvement_initiatives', SHARED)}",
        sponsor=world.sponsor_a,
    )
    initiative(world, title=f"Housekeeping {marker('improvement_initiatives', INTERNAL)}")
    improvement_services.capability_create(
        actor=world.qa_quinn,
        name=f"Flow chemistry {marker('capabilities', SHARED)}",
        category="chemistry",
    )
    from accord.scorecards.models import Scorecard
    from tests.test_cross_tenant import _aurora_scorecard

    signed = _aurora_scorecard(world)  # signed: its sponsor finds it; frozen only, it does not
    tag(Scorecard, signed.pk, "template_name", "scorecards", SHARED, signed.template_name)
    earlier = signed.period.previous()
    Scorecard.objects.create(
        template=signed.template,
        template_name=f"Sponsor scorecard {marker('scorecards', 'unsigned')}",
        scope_kind=signed.scope_kind,
        scope_key=signed.scope_key,
        scope_label=signed.scope_label,
        sponsor=signed.sponsor,
        period_kind=earlier.kind,
        period_start=earlier.start,
        period_end=earlier.end,
        frozen_at=signed.frozen_at,
    )
    from accord.lessons.services import lesson_record

    lesson_record(
        actor=world.qa_quinn,
        source_kind="concern",
        source=_aurora_concern(world),
        title=f"One firm date {marker('library_lessons', SHARED)}",
        what_happened="The date moved twice.",
        recommendation="Give one date with its risk.",
        cause="communication",
    )
    return _world_search_markers()


# The variants of each type's words that no sponsor user may find (see world_search).
HIDDEN_VARIANTS = {
    "business_reviews": ["draft"],
    "projects": [],
    "sponsors": [],
    "documents": [INTERNAL],
    "rfps": [],
    "proposals": [INTERNAL],
    "proposal_revisions": [INTERNAL, "draft"],
    "lessons": [],
    "risks": [INTERNAL],
    "delays": [INTERNAL, "untold"],
    "change_orders": [INTERNAL],
    "meetings": [INTERNAL, "unshared"],
    "decisions": [INTERNAL],
    "action_items": [INTERNAL],
    "contacts": [],
    "interactions": [INTERNAL],
    "capa": ["untold"],
    "follow_ups": [],
    "status_reports": [INTERNAL],
    "concerns": [],
    "sla_policies": [],
    "kudos": [INTERNAL],
    "survey_answers": [],
    "quality_agreements": ["draft"],
    "change_controls": ["draft"],
    "deviations": ["untold"],
    "batches": [],
    "training_requirements": [],
    "controlled_documents": [],
    "equipment": [],
    "resources": [],
    "improvement_initiatives": [INTERNAL],
    "capabilities": [],
    "scorecards": ["unsigned"],
    "library_lessons": [],
}


def _world_search_markers() -> dict[str, dict[str, list[str]]]:
    return {
        key: {
            SHARED: [marker(key, SHARED)],
            INTERNAL: [marker(key, variant) for variant in variants],
        }
        for key, variants in HIDDEN_VARIANTS.items()
    }


def api_search(client, q: str, **params) -> dict:
    response = client.get("/api/v1/search", {"q": q, **params})
    assert response.status_code == 200, response.content
    return response.json()


def found(body: dict) -> dict[str, list[str]]:
    """Titles found per type."""
    return {group["type"]: [hit["title"] for hit in group["items"]] for group in body["groups"]}


# --------------------------------------------------------------------------- every type


def test_staff_find_a_record_of_every_type_and_each_result_opens_its_page(world):
    markers = world_search(world)
    staff = client_for(world.pm_alice)
    for key, words in markers.items():
        body = api_search(staff, words[SHARED][0], type=key)
        group = body["groups"][0]
        assert group["type"] == key and group["count"] == 1, key
        hit = group["items"][0]
        assert hit["url"], key
        assert staff.get(hit["url"]).status_code == 200, (key, hit["url"])


def test_a_sponsor_manager_finds_their_shared_records_and_each_opens_in_the_portal(world):
    markers = world_search(world)
    manager = client_for(world.sponsor_a_manager)
    shared_types = [t for t in search_types() if not t.staff_only]
    assert {t.key for t in shared_types} >= {
        "projects",
        "sponsors",
        "documents",
        "rfps",
        "proposals",
        "proposal_revisions",
        "risks",
        "delays",
        "change_orders",
        "meetings",
        "decisions",
        "action_items",
        "status_reports",
    }
    for search_type in shared_types:
        body = api_search(manager, markers[search_type.key][SHARED][0])
        assert body["total"] == 1, search_type.key
        hit = body["groups"][0]["items"][0]
        assert hit["type"] == search_type.key
        assert manager.get(hit["url"]).status_code == 200, (search_type.key, hit["url"])


@pytest.mark.req("AZ-3")
def test_sponsor_users_never_find_by_internal_notes_even_on_a_shared_record(world):
    staff = client_for(world.pm_alice)
    manager = client_for(world.sponsor_a_manager)
    # "Aurora internal: supplier on watch list" is the communicated delay's internal note.
    assert found(api_search(staff, "supplier watch list"))["delays"] == [
        "Aurora resin delivery slipped"
    ]
    assert api_search(manager, "supplier watch list")["total"] == 0
    assert api_search(manager, "resin delivery")["total"] == 1


@pytest.mark.req("AZ-2")
@pytest.mark.req("AZ-3")
def test_concerns_are_found_by_number_and_resolution_by_their_own_sponsor_only(world):
    from tests.test_cross_tenant import _aurora_concern

    markers = world_search(world)
    concern = _aurora_concern(world)
    service_services.concern_contact(
        actor=world.pm_alice,
        concern=concern,
        how="call",
        summary="Walked through the schedule.",
        containment="Slot held.",
    )
    service_services.concern_resolve(
        actor=world.pm_alice, concern=concern, resolution="Batch rebooked for week twelve."
    )
    staff, manager = client_for(world.pm_alice), client_for(world.sponsor_a_manager)
    b_people = [client_for(world.sponsor_b_manager), client_for(world.sponsor_b_contact)]
    for words in (concern.number, "rebooked twelve", "batch schedule keeps"):
        for client in (staff, manager, client_for(world.sponsor_a_contact)):
            hits = found(api_search(client, words, type="concerns"))["concerns"]
            assert hits == ["Aurora batch schedule keeps moving"], words
        for b in b_people:
            assert api_search(b, words)["total"] == 0, words
    hit = found_hits(api_search(manager, concern.number, type="concerns"))[0]
    assert hit["reference"] == concern.number and hit["url"] == f"/service/concerns/{concern.pk}/"
    assert "Aurora Therapeutics · AUR-101-TT · Resolved, to confirm" in hit["context"]
    # The internal note's word is in no field the search reads: nobody finds it, and a
    # sponsor user least of all.
    note = marker("concerns", "note")
    assert markers["concerns"] == {SHARED: [marker("concerns", SHARED)], INTERNAL: []}
    for client in (manager, *b_people, staff):
        assert api_search(client, note)["total"] == 0


@pytest.mark.req("AZ-2")
def test_staff_only_types_are_not_offered_to_sponsor_users(world):
    manager = client_for(world.sponsor_a_manager)
    body = api_search(manager, "Aurora")
    offered = {count["type"] for count in body["counts"]}
    assert offered.isdisjoint({"contacts", "interactions", "follow_ups", "lessons", "sla_policies"})
    response = manager.get("/api/v1/search", {"q": "Aurora", "type": "contacts"})
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "type"
    page = manager.get(reverse("search:results"), {"q": "Aurora", "type": "contacts"})
    assert "There is no such record type" in page.content.decode()


@pytest.mark.req("AZ-2")
def test_a_sponsor_contact_finds_only_the_projects_they_are_on(world):
    # AUR-202-PD "Aurostat process development" has no sponsor team: only A's manager sees it.
    assert found(api_search(client_for(world.sponsor_a_manager), "Aurostat"))["projects"] == [
        "Aurostat process development"
    ]
    contact = api_search(client_for(world.sponsor_a_contact), "Aurostat", type="projects")
    assert contact["groups"][0]["count"] == 0


# --------------------------------------------------------------------------- the page


def test_the_page_groups_results_by_type_with_counts_and_filters_by_type(world):
    staff = client_for(world.pm_alice)
    page = staff.get(reverse("search:results"), {"q": "Aurora"}).content.decode()
    assert 'data-testid="group-risks"' in page and 'data-testid="group-delays"' in page
    assert 'data-testid="group-meetings"' in page and 'data-testid="group-sponsors"' in page
    assert "<mark>Aurora</mark> cell bank release slips" in page
    risks_only = staff.get(reverse("search:results"), {"q": "Aurora", "type": "risks"})
    body = risks_only.content.decode()
    assert 'data-testid="group-risks"' in body and 'data-testid="group-delays"' not in body
    assert "<mark>Aurora</mark> internal capacity squeeze" in body
    # The type list still counts the other types, and says which one is shown.
    assert 'data-testid="type-delays"' in body
    assert 'aria-current="page" data-testid="type-risks"' not in body
    assert 'data-testid="type-risks" aria-current="page"' in body


def test_matching_words_are_marked_in_the_title_and_the_snippet(world):
    staff = client_for(world.pm_alice)
    hit = found_hits(api_search(staff, "resin", type="delays"))[0]
    assert hit["title_html"] == "Aurora <mark>resin</mark> delivery slipped"
    assert "<mark>resin</mark>" in hit["snippet_html"]
    page = staff.get(reverse("search:results"), {"q": "resin"}).content.decode()
    assert "Aurora <mark>resin</mark> delivery slipped" in page


def found_hits(body: dict) -> list[dict]:
    return [hit for group in body["groups"] for hit in group["items"]]


@pytest.mark.req("WEB-2")
def test_a_records_text_never_becomes_markup_in_the_results(world):
    from tests.test_risks import make_risk

    make_risk(
        world,
        title='<img src=x onerror="alert(1)"> Pressure filter fouling',
        cause="The <b>filter</b> fouls at 40 °C & above.",
    )
    staff = client_for(world.pm_alice)
    page = staff.get(reverse("search:results"), {"q": "filter fouling"}).content.decode()
    assert "<img src=x" not in page and "<b>filter" not in page
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in page
    hit = found_hits(api_search(staff, "filter fouling"))[0]
    assert "<mark>" in hit["title_html"] and "&lt;img" in hit["title_html"]
    # Escaped (SQLite) or dropped as a tag by ts_headline (PostgreSQL); never markup.
    assert "<b>" not in hit["snippet_html"] and "40 °C &amp; above" in hit["snippet_html"]


def test_records_whose_title_matches_come_before_those_that_only_mention_it(world):
    from tests.test_risks import make_risk

    make_risk(world, title="Chromatography resin lot expiry", cause="Resin lots age.")
    make_risk(
        world,
        title="Column packing delayed",
        cause="The chromatography vendor is late.",
        effect="Chromatography step moves by a week.",
    )
    titles = found(api_search(client_for(world.pm_alice), "chromatography", type="risks"))
    assert titles["risks"][0] == "Chromatography resin lot expiry"
    assert set(titles["risks"]) == {"Chromatography resin lot expiry", "Column packing delayed"}


def test_one_types_results_are_paginated(world):
    from tests.test_risks import make_risk

    for n in range(23):
        make_risk(world, title=f"Solvent recovery risk {n + 1}")
    staff = client_for(world.pm_alice)
    url = reverse("search:results")
    first = staff.get(url, {"q": "solvent", "type": "risks"}).content.decode()
    assert first.count('class="list-group-item search-hit"') == 20
    assert "Showing 1–20 of 23" in first
    second = staff.get(url, {"q": "solvent", "type": "risks", "page": 2}).content.decode()
    assert second.count('class="list-group-item search-hit"') == 3
    # A page past the end (however large) shows the last; nonsense shows the first.
    huge = staff.get(url, {"q": "solvent", "type": "risks", "page": "9" * 40})
    assert huge.status_code == 200 and "Showing 21–23 of 23" in huge.content.decode()
    odd = staff.get(url, {"q": "solvent", "type": "risks", "page": "-3x"})
    assert odd.status_code == 200 and "Showing 1–20 of 23" in odd.content.decode()
    # All types at once: the first five, and a link to the rest.
    overview = staff.get(url, {"q": "solvent"}).content.decode()
    assert overview.count('class="list-group-item search-hit"') == 5
    assert "All 23 risks" in overview
    body = api_search(staff, "solvent", type="risks", page=3, page_size=10)
    group = body["groups"][0]
    assert (group["count"], group["pages"], group["page"], len(group["items"])) == (23, 3, 3, 3)
    beyond = api_search(staff, "solvent", type="risks", page=4, page_size=10)["groups"][0]
    assert beyond["items"] == [] and beyond["count"] == 23


def test_a_search_that_finds_nothing_says_so(world):
    response = client_for(world.sponsor_b_manager).get(
        reverse("search:results"), {"q": "lyophilisation"}
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert 'data-testid="search-empty"' in page
    assert "Nothing you may see matches “lyophilisation”" in page
    assert "shared with you" in page


def test_the_empty_search_page_lists_what_can_be_searched(world):
    page = client_for(world.sponsor_a_manager).get(reverse("search:results")).content.decode()
    assert "What you can search" in page and "Change orders" in page
    assert "Key contacts" not in page
    staff_page = client_for(world.pm_alice).get(reverse("search:results")).content.decode()
    assert "Key contacts" in staff_page and "Lessons learned" in staff_page


@pytest.mark.req("WEB-6")
@pytest.mark.parametrize(
    ("q", "message"),
    [
        ("resin\tdelivery", "control character"),
        ("x" * (MAX_LENGTH + 1), f"at most {MAX_LENGTH} characters"),
        ("a", "at least 2 letters or digits"),
        ("--", "at least 2 letters or digits"),
    ],
)
def test_bad_input_on_the_page_gets_a_friendly_message(world, q, message):
    response = client_for(world.pm_alice).get(reverse("search:results"), {"q": q})
    assert response.status_code == 400
    page = response.content.decode()
    assert message in page and 'data-testid="search-problem"' in page
    assert "\x00" not in page


@pytest.mark.req("WEB-6")
def test_a_nul_in_the_search_is_refused_at_the_site_boundary_with_its_name(world):
    # A NUL never reaches a view: the boundary that guards every query string answers.
    response = client_for(world.pm_alice).get(reverse("search:results"), {"q": "resin\x00"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "control character U+0000" in page and "\x00" not in page


def test_an_unknown_type_on_the_page_searches_every_type_and_says_so(world):
    response = client_for(world.pm_alice).get(
        reverse("search:results"), {"q": "resin", "type": "bogus"}
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "There is no such record type" in page and 'data-testid="group-delays"' in page


# --------------------------------------------------------------------------- the API


@pytest.mark.req("WEB-6")
@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({}, "q"),
        ({"q": ""}, "q"),
        ({"q": "   "}, "q"),
        ({"q": "resin\x00"}, "q"),
        ({"q": "resin\x1b"}, "q"),
        ({"q": "x" * (MAX_LENGTH + 1)}, "q"),
        ({"q": "resin", "page": 0}, "page"),
        ({"q": "resin", "page": "9" * 30}, "page"),
        ({"q": "resin", "page": "two"}, "page"),
        ({"q": "resin", "page_size": 500}, "page_size"),
        ({"q": "resin", "type": "bogus"}, "type"),
    ],
)
def test_the_api_refuses_bad_input_with_the_error_shape(world, params, field):
    response = client_for(world.pm_alice).get("/api/v1/search", params)
    assert response.status_code == 422, response.content
    body = response.json()
    assert body["code"] == "validation_error"
    assert [error["field"] for error in body["errors"]] == [field]


def test_the_api_groups_counts_and_describes_every_result(world):
    body = api_search(client_for(world.pm_alice), "Aurora")
    assert body["q"] == "Aurora" and body["terms"] == ["aurora"]
    counts = {count["type"]: count["count"] for count in body["counts"]}
    assert list(counts) == [t.key for t in search_types()]
    assert body["total"] == sum(counts.values())
    assert [group["type"] for group in body["groups"]] == [k for k, n in counts.items() if n]
    delays = next(group for group in body["groups"] if group["type"] == "delays")
    assert delays["count"] == 2 and delays["page_size"] == 10
    hit = next(h for h in delays["items"] if h["title"] == "Aurora resin delivery slipped")
    assert hit["reference"] == "D-001" and hit["context"].startswith("AUR-101-TT · ")
    assert hit["url"] == reverse("delays:detail", args=[world.delay_a_communicated.pk])


def test_the_search_is_in_the_openapi_document(world):
    schema = client_for(world.pm_alice).get("/api/openapi.json").json()
    operation = schema["paths"]["/api/v1/search"]["get"]
    assert {p["name"] for p in operation["parameters"]} == {"q", "type", "page", "page_size"}
    assert "Search" in operation["tags"]


# --------------------------------------------------------------------------- the registry


def test_every_search_type_is_declared_soundly(db):
    from django.contrib.auth.models import AnonymousUser
    from django.db import models

    keys = [t.key for t in search_types()]
    assert len(keys) == len(set(keys))
    for search_type in search_types():
        meta = search_type.model._meta
        for search_field in search_type.fields:
            column = meta.get_field(search_field.name)
            assert isinstance(column, models.CharField | models.TextField), search_field
        meta.get_field(search_type.date_field)
        # Fail closed: nobody signed in finds anything.
        assert not search_type.visible_to(AnonymousUser()).exists(), search_type.key
        assert len(search_type.index_name("internal")) <= 63


def test_an_app_adds_a_record_type_by_registering_it(world, monkeypatch):
    from accord.planning.models import Task
    from accord.planning.selectors import tasks_visible_to
    from accord.planning.services import plan_apply_template

    plan_apply_template(actor=None, project=world.project_a, template_code="small_molecule_tt")
    monkeypatch.setattr(registry, "_REGISTRY", dict(registry._REGISTRY))
    registry.register(
        SearchType(
            key="tasks",
            label="Plan tasks",
            model=Task,
            visible_to=tasks_visible_to,
            fields=(SearchField("name", "A"), SearchField("department", "C")),
            title_field="name",
            url=lambda task, user: reverse("planning:plan", args=[task.project_id]),
            date_field="early_start",
            order=99,
        )
    )
    task = Task.objects.filter(project=world.project_a).order_by("pk").first()
    body = api_search(client_for(world.pm_alice), task.name, type="tasks")
    assert task.name in found(body)["tasks"]
    assert api_search(client_for(world.sponsor_b_manager), task.name)["total"] == 0


def test_each_type_costs_two_queries_however_many_results_it_shows(world):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    world_search(world)
    staff = client_for(world.pm_alice)
    url = reverse("search:results")

    def queries(q: str) -> int:
        staff.get(url, {"q": q})  # the session and permissions, read once
        with CaptureQueriesContext(connection) as context:
            staff.get(url, {"q": q})
        return len(context.captured_queries)

    body = api_search(staff, "Aurora")
    shown = len(body["groups"])
    assert shown >= 10
    # Nothing found: one count per type. Found: one more query per type shown, not per hit.
    assert queries("Aurora") - queries("lyophilisation") <= shown


# --------------------------------------------------------------------------- words and marks


def test_a_query_is_split_into_words_that_cannot_change_its_shape():
    from accord.search.query import search_text_parse

    text = search_text_parse("  AUR-101-TT 'resin' & resin:* | O'Brien ")
    assert text.text == "AUR-101-TT 'resin' & resin:* | O'Brien"
    assert text.terms == ("aur", "101", "tt", "resin", "o", "brien")
    assert len(search_text_parse(" ".join(f"w{n}" for n in range(20))).terms) == 8


def test_marks_become_mark_tags_around_escaped_text_and_stray_ones_vanish():
    from accord.search.highlight import START, STOP, excerpt, highlight, marks_to_html

    marked = f"<b>{START}Resin{STOP}</b> & {START}lot{STOP} {STOP}late{START}"
    assert (
        marks_to_html(marked) == "&lt;b&gt;<mark>Resin</mark>&lt;/b&gt; &amp; <mark>lot</mark> late"
    )
    assert highlight("Resin resupply <late>", ["res"]) == (
        "<mark>Res</mark>in <mark>res</mark>upply &lt;late&gt;"
    )
    words = " ".join(f"word{n}" for n in range(100))
    snippet = excerpt([words, "the resin lot"], ["resin"], words=10)
    assert snippet == "… the <mark>resin</mark> lot"
    assert excerpt(["", "  "], ["resin"]) == ""
