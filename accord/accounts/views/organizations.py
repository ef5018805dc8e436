"""Sponsor directory: every sponsor for staff; a sponsor user sees only their own company."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from accord.accounts import selectors
from accord.accounts.models import Organization
from accord.clients.selectors import sponsor_overview, sponsors_with_health
from accord.core.pagination import paginate
from accord.projects.selectors import projects_visible_to


@login_required
def sponsor_list(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()
    sponsor_type = request.GET.get("type", "")
    visible_projects = projects_visible_to(request.user)
    sponsors = (
        selectors.sponsors_visible_to(request.user)
        .annotate(
            project_count=Count("projects", filter=Q(projects__in=visible_projects), distinct=True),
            active_count=Count(
                "projects",
                filter=Q(projects__in=visible_projects, projects__status="active"),
                distinct=True,
            ),
            people_count=Count("users", distinct=True),
        )
        .order_by("name")
    )
    if query:
        sponsors = sponsors.filter(Q(name__icontains=query) | Q(short_name__icontains=query))
    if sponsor_type:
        sponsors = sponsors.filter(sponsor_type=sponsor_type)
    page = paginate(request, sponsors)
    # Relationship health badges, for CDMO staff only.
    page.object_list = sponsors_with_health(request.user, list(page.object_list))
    return render(
        request,
        "accounts/sponsor_list.html",
        {
            "page": page,
            "query": query,
            "sponsor_type": sponsor_type,
            "sponsor_types": Organization.SponsorType.choices,
        },
    )


@login_required
def sponsor_detail(request: HttpRequest, pk: int) -> HttpResponse:
    sponsor = get_object_or_404(selectors.sponsors_visible_to(request.user), pk=pk)
    projects = projects_visible_to(request.user).filter(sponsor=sponsor)
    people = selectors.users_visible_to(request.user).filter(organization=sponsor, is_active=True)
    return render(
        request,
        "accounts/sponsor_detail.html",
        {
            "sponsor": sponsor,
            "projects": projects,
            "people": people.prefetch_related("roles"),
            **sponsor_overview(request.user, sponsor, today=timezone.localdate()),
        },
    )
