"""Business review pages, PDF and API: the account team prepares, writes, regenerates and
publishes on the pages; sponsors read their own published reviews in the portal and the
API (another sponsor's, or a draft, is a 404) and comment on them."""

from __future__ import annotations

import io

from django.test import Client
from django.urls import reverse
from openpyxl import load_workbook
from pypdf import PdfReader

from accord.accounts import services as account_services
from accord.qbr.models import BusinessReview
from tests.conftest import World, client_for
from tests.factories import PASSWORD
from tests.qbr_data import Q3, quarter_of_sponsor_a
from tests.test_qbr import account_lead, prepare, published


def bearer(user) -> Client:
    _, secret = account_services.api_token_create(actor=user, name="test")
    return Client(HTTP_AUTHORIZATION=f"Bearer {secret}")


def pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def sign(user, version: int) -> dict:
    return {
        "meaning": "authored",
        "username": user.username,
        "password": PASSWORD,
        "acknowledge": "on",
        "version": version,
    }


def test_the_account_team_prepares_writes_and_publishes_on_the_pages(world: World):
    quarter_of_sponsor_a(world)
    pm = client_for(world.pm_alice)
    response = pm.post(
        reverse("qbr:prepare"), {"sponsor": world.sponsor_a.pk, "quarter": Q3.start.isoformat()}
    )
    review = BusinessReview.objects.get(sponsor=world.sponsor_a)
    assert response["Location"] == reverse("qbr:detail", args=[review.pk])
    preview = pm.get(response["Location"]).content.decode()
    assert "Engineering batch complete" in preview and "Aurora resin lot rejected" in preview
    assert "Aurora operator shortage" not in preview  # never told to the sponsor
    pm.post(
        reverse("qbr:edit", args=[review.pk]),
        {
            "summary": "A steady quarter; the GMP batch was late.",
            "highlights": "Engineering batch two days early.",
            "issues": "",
            "outlook": "Release in October.",
            "version": review.version,
        },
    )
    review.refresh_from_db()
    assert review.highlights == "Engineering batch two days early."
    pm.post(reverse("qbr:regenerate", args=[review.pk]), {"version": review.version})
    review.refresh_from_db()
    assert review.last_changes == []
    # A project manager writes; the account lead signs and publishes.
    assert pm.get(reverse("qbr:publish", args=[review.pk])).status_code == 403
    lead = account_lead(world)
    signer = client_for(lead)
    wrong = signer.post(
        reverse("qbr:publish", args=[review.pk]), {**sign(lead, review.version), "password": "x"}
    )
    assert wrong.status_code == 200
    review.refresh_from_db()
    assert review.is_draft
    right = signer.post(reverse("qbr:publish", args=[review.pk]), sign(lead, review.version))
    assert right.status_code == 302
    review.refresh_from_db()
    assert review.is_published and review.published_by == lead
    page = signer.get(reverse("qbr:detail", args=[review.pk])).content.decode()
    assert "Electronically signed" in page and lead.printed_name in page


def test_the_staff_list_searches_filters_and_exports(world: World):
    a = published(world)
    b = prepare(world, sponsor=world.sponsor_b)
    staff = client_for(world.pm_alice)

    def listed(**query) -> set[int]:
        page = staff.get(reverse("qbr:list"), query).content.decode()
        return {r.pk for r in (a, b) if reverse("qbr:detail", args=[r.pk]) in page}

    assert listed() == {a.pk, b.pk}
    assert listed(sponsor=world.sponsor_a.pk) == {a.pk}
    assert listed(status="draft") == {b.pk}
    assert listed(q="one batch late") == {a.pk}
    assert listed(quarter="2026-04-01") == set()
    csv = staff.get(reverse("qbr:export", args=["csv"])).content.decode("utf-8-sig")
    assert csv.splitlines()[0].startswith("Sponsor,Quarter,Status")
    assert "Aurora Therapeutics,Q3 2026,Published" in csv
    xlsx = staff.get(reverse("qbr:export", args=["xlsx"]), {"sponsor": world.sponsor_b.pk})
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == ["Borealis Pharma"]


def test_a_sponsor_sees_its_own_published_review_and_never_another_or_a_draft(world: World):
    mine = published(world)
    theirs = published(world, sponsor=world.sponsor_b)
    manager = client_for(world.sponsor_a_manager)
    listing = manager.get(reverse("qbr:list")).content.decode()
    assert reverse("qbr:detail", args=[mine.pk]) in listing
    assert reverse("qbr:detail", args=[theirs.pk]) not in listing
    assert manager.get(reverse("qbr:detail", args=[mine.pk])).status_code == 200
    assert manager.get(reverse("qbr:detail", args=[theirs.pk])).status_code == 404
    assert manager.get(reverse("qbr:pdf", args=[theirs.pk])).status_code == 404
    assert manager.get(reverse("qbr:export", args=["csv"])).status_code == 403
    portal = manager.get(reverse("home:portal")).content.decode()
    assert reverse("qbr:detail", args=[mine.pk]) in portal
    assert reverse("qbr:detail", args=[theirs.pk]) not in portal


def test_a_draft_is_a_404_for_its_own_sponsor(world: World):
    draft = prepare(world)
    manager = client_for(world.sponsor_a_manager)
    assert manager.get(reverse("qbr:detail", args=[draft.pk])).status_code == 404
    assert manager.get(reverse("qbr:pdf", args=[draft.pk])).status_code == 404
    assert (
        bearer(world.sponsor_a_manager).get(f"/api/v1/business-reviews/{draft.pk}").status_code
        == 404
    )


def test_the_sponsor_comments_in_the_portal_and_the_team_replies(world: World):
    review = published(world)
    manager = client_for(world.sponsor_a_manager)
    manager.post(reverse("qbr:comment", args=[review.pk]), {"text": "Please add the yields."})
    comment = review.comments.get()
    assert comment.author == world.sponsor_a_manager
    client_for(world.pm_alice).post(
        reverse("qbr:comment", args=[review.pk]), {"text": "Will do.", "reply_to": comment.pk}
    )
    page = manager.get(reverse("qbr:detail", args=[review.pk])).content.decode()
    assert "Please add the yields." in page and "Will do." in page
    assert "in reply to Maya Aurora" in page


def test_the_pdf_is_a_real_pdf_with_every_section(world: World):
    quarter_of_sponsor_a(world)
    review = published(world)
    response = client_for(world.sponsor_a_manager).get(reverse("qbr:pdf", args=[review.pk]))
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].endswith('QBR-AUR-Q3-2026.pdf"')
    text = pdf_text(response.content)
    for heading in (
        "Executive summary",
        "Performance against the scorecard",
        "Milestones",
        "Delays and their causes",
        "Concerns and their service-level clocks",
        "Quality events",
        "CSAT and NPS",
        "Improvement actions",
        "Next quarter: Q4 2026",
        "Electronically signed",
    ):
        assert heading.lower() in text.lower(), heading
    assert "Engineering batch complete" in text and "Aurora resin lot rejected" in text
    assert "A steady quarter; one batch late." in text


def test_the_api_prepares_writes_publishes_and_comments(world: World):
    staff = bearer(world.pm_alice)
    created = staff.post(
        "/api/v1/business-reviews",
        {"sponsor_id": world.sponsor_a.pk, "quarter_start": Q3.start.isoformat()},
        content_type="application/json",
    )
    assert created.status_code == 201, created.content
    review_id = created.json()["id"]
    written = staff.patch(
        f"/api/v1/business-reviews/{review_id}",
        {"summary": "A steady quarter.", "version": 1},
        content_type="application/json",
    )
    assert written.status_code == 200 and written.json()["summary"] == "A steady quarter."
    lead = account_lead(world)
    refused = bearer(lead).post(
        f"/api/v1/business-reviews/{review_id}/publish",
        {"username": lead.username, "password": "wrong", "acknowledge": True, "version": 2},
        content_type="application/json",
    )
    assert refused.status_code == 422
    done = bearer(lead).post(
        f"/api/v1/business-reviews/{review_id}/publish",
        {"username": lead.username, "password": PASSWORD, "acknowledge": True, "version": 2},
        content_type="application/json",
    )
    assert done.status_code == 200 and done.json()["status"] == "published"
    assert done.json()["signatures"][0]["printed_name"] == lead.printed_name
    sponsor = bearer(world.sponsor_a_manager)
    assert [r["id"] for r in sponsor.get("/api/v1/business-reviews").json()["items"]] == [review_id]
    comment = sponsor.post(
        f"/api/v1/business-reviews/{review_id}/comments",
        {"text": "Thanks for the review."},
        content_type="application/json",
    )
    assert comment.status_code == 201 and comment.json()["from_sponsor"] is True
    other = bearer(world.sponsor_b_manager)
    assert other.get("/api/v1/business-reviews").json()["items"] == []
    assert other.get(f"/api/v1/business-reviews/{review_id}").status_code == 404
    assert (
        other.post(
            f"/api/v1/business-reviews/{review_id}/comments",
            {"text": "Hi"},
            content_type="application/json",
        ).status_code
        == 404
    )
    assert (
        other.post(
            "/api/v1/business-reviews",
            {"sponsor_id": world.sponsor_b.pk, "quarter_start": Q3.start.isoformat()},
            content_type="application/json",
        ).status_code
        == 403
    )


def test_global_search_finds_published_reviews_for_their_sponsor_only(world: World):
    review = published(world)
    prepare(world, sponsor=world.sponsor_b, summary="Borealis draft words")

    def total(user, q):
        return client_for(user).get("/api/v1/search", {"q": q}).json()["total"]

    assert total(world.pm_alice, "batch late") >= 1
    assert total(world.sponsor_a_manager, "batch late") == 1
    assert total(world.sponsor_b_manager, "batch late") == 0
    assert total(world.pm_alice, "Borealis draft words") == 1
    assert total(world.sponsor_b_manager, "Borealis draft words") == 0
    assert review.pk
