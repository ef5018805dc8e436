"""The skill matrix page and its XLSX export (the same build, so they agree)."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from accord.accounts.models import Site
from accord.core import clock, exports
from accord.projects.selectors import projects_visible_to
from accord.teams.models import Department
from accord.training import matrix as skill_matrix
from accord.training.models import Curriculum, JobRole, Requirement
from accord.training.views.common import int_param, querystring, staff_page


def filters_from(request: HttpRequest) -> skill_matrix.Filters:
    """The matrix filters of a request; an unknown id is no filter (never another's)."""
    get = request.GET

    def pick(queryset, name):
        pk = int_param(request, name)
        return queryset.filter(pk=pk).first() if pk else None

    department = get.get("department", "")
    view = get.get("view", skill_matrix.REQUIREMENTS)
    return skill_matrix.Filters(
        site=pick(Site.objects.all(), "site"),
        department=department if department in Department.values else "",
        job_role=pick(JobRole.objects.all(), "job_role"),
        project=pick(projects_visible_to(request.user), "project"),
        curriculum=pick(Curriculum.objects.all(), "curriculum"),
        kind=get.get("kind", "") if get.get("kind", "") in Requirement.Kind.values else "",
        q=get.get("q", "").strip()[:100],
        gaps_only=get.get("gaps") == "1",
        view=view if view in dict(skill_matrix.VIEWS) else skill_matrix.REQUIREMENTS,
    )


@staff_page
def matrix_page(request: HttpRequest) -> HttpResponse:
    filters = filters_from(request)
    built = skill_matrix.build(filters, clock.today())
    return render(
        request,
        "training/matrix.html",
        {
            "matrix": built,
            "filters": filters,
            "f": request.GET,
            "sites": Site.objects.order_by("code"),
            "departments": Department.choices,
            "job_roles": JobRole.objects.order_by("name"),
            "projects": projects_visible_to(request.user)
            .filter(status__in=["planned", "active", "on_hold"])
            .order_by("code"),
            "curricula": Curriculum.objects.order_by("name"),
            "kinds": Requirement.Kind.choices,
            "views": skill_matrix.VIEWS,
            "querystring": querystring(request),
            "filtered": any(
                request.GET.get(k)
                for k in (
                    "site",
                    "department",
                    "job_role",
                    "project",
                    "curriculum",
                    "kind",
                    "q",
                    "gaps",
                )
            ),
        },
    )


@staff_page
def matrix_export(request: HttpRequest, fmt: str) -> HttpResponse:
    if fmt != "xlsx":
        raise Http404("The skill matrix exports as xlsx.")
    built = skill_matrix.build(filters_from(request), clock.today())
    book = skill_matrix.xlsx(built)
    return exports.xlsx_response(book, f"skill-matrix-{built.on.isoformat()}.xlsx")
