"""What people must know, as lists a QA department keeps: requirements, curricula, job
roles, competencies and controlled documents. Each list searches, filters, paginates and
exports; each record has its page and its audit history; training coordinators set them
up through the services."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from django.db.models import Count, Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from accord.core import exports
from accord.core.pagination import paginate
from accord.teams.models import Department
from accord.training.models import (
    Competency,
    ControlledDocument,
    Curriculum,
    JobRole,
    Requirement,
)
from accord.training.views.common import can_manage, querystring, staff_page


@dataclass(frozen=True)
class Catalog:
    key: str
    title: str
    lead: str
    queryset: Callable[[], QuerySet]
    search: tuple[str, ...]
    columns: tuple[exports.Column, ...]
    detail: str  # url name of a record's page
    create: str = ""  # url name of the set-up form
    filters: tuple[tuple[str, str, list], ...] = field(default=())  # (param, label, choices)
    filter_fields: dict[str, str] = field(default_factory=dict)  # param -> queryset lookup


def _joined(records) -> str:
    return "; ".join(str(r) for r in records)


CATALOGS: dict[str, Catalog] = {
    "requirements": Catalog(
        key="requirements",
        title="Training requirements",
        lead="What a curriculum asks of a person: a document to read and sign, a course, a "
        "quiz, or a competency to demonstrate on the job.",
        queryset=lambda: (
            Requirement.objects.select_related("document", "competency")
            .prefetch_related("curricula")
            .order_by("code")
        ),
        search=("code", "title", "document__number", "competency__name"),
        columns=(
            exports.Column("Code", "code", 18),
            exports.Column("Title", "title", 40),
            exports.Column("Kind", "kind", 24),
            exports.Column("What", lambda r: r.what, 30),
            exports.Column("Retrain every (months)", "validity_months"),
            exports.Column("Curricula", lambda r: _joined(r.curricula.all()), 30),
            exports.Column("Active", "is_active"),
        ),
        detail="training:requirement",
        create="training:requirement_create",
        filters=(("kind", "Kind", Requirement.Kind.choices),),
        filter_fields={"kind": "kind"},
    ),
    "curricula": Catalog(
        key="curricula",
        title="Curricula",
        lead="The requirements of one or more job roles, with the days allowed to complete "
        "them, and the periodic reviews of whether the training works (EU GMP 2.11).",
        queryset=lambda: (
            Curriculum.objects.annotate(n_requirements=Count("requirements", distinct=True))
            .prefetch_related("job_roles", "effectiveness_reviews")
            .order_by("name")
        ),
        search=("code", "name"),
        columns=(
            exports.Column("Code", "code", 18),
            exports.Column("Curriculum", "name", 36),
            exports.Column("Requirements", lambda c: c.n_requirements),
            exports.Column("Grace days", "grace_days"),
            exports.Column("Job roles", lambda c: _joined(c.job_roles.all()), 36),
            exports.Column(
                "Last effectiveness review",
                lambda c: next(iter(c.effectiveness_reviews.all()), None),
                36,
            ),
        ),
        detail="training:curriculum",
        create="training:curriculum_create",
    ),
    "job_roles": Catalog(
        key="job_roles",
        title="Job roles",
        lead="What a person does at a site, which says what they must know. Giving a person "
        "a job role assigns its curricula.",
        queryset=lambda: (
            JobRole.objects.annotate(
                holders=Count("holdings", filter=Q(holdings__ended_on__isnull=True), distinct=True)
            )
            .prefetch_related("curricula")
            .order_by("name")
        ),
        search=("code", "name"),
        columns=(
            exports.Column("Code", "code", 18),
            exports.Column("Job role", "name", 30),
            exports.Column("Department", "department", 22),
            exports.Column("Curricula", lambda j: _joined(j.curricula.all()), 40),
            exports.Column("People holding it", lambda j: j.holders),
        ),
        detail="training:job_role",
        create="training:job_role_create",
        filters=(("department", "Department", Department.choices),),
        filter_fields={"department": "department"},
    ),
    "competencies": Catalog(
        key="competencies",
        title="Competencies",
        lead="Skills shown in practice — by on-the-job training, observation or exam — at a "
        "proficiency level, until they expire.",
        queryset=lambda: Competency.objects.annotate(n_records=Count("records")).order_by("name"),
        search=("code", "name", "description"),
        columns=(
            exports.Column("Code", "code", 18),
            exports.Column("Competency", "name", 36),
            exports.Column("Department", "department", 22),
            exports.Column("Valid (months)", "validity_months"),
            exports.Column("Assessments", lambda c: c.n_records),
        ),
        detail="training:competency",
        create="training:competency_create",
        filters=(("department", "Department", Department.choices),),
        filter_fields={"department": "department"},
    ),
    "documents": Catalog(
        key="documents",
        title="Controlled documents",
        lead="SOPs, work instructions and policies people are trained on. Making a new "
        "version effective opens retraining for everyone who must know it.",
        queryset=lambda: (
            ControlledDocument.objects.select_related("site")
            .prefetch_related("versions")
            .order_by("number")
        ),
        search=("number", "title"),
        columns=(
            exports.Column("Number", "number", 16),
            exports.Column("Title", "title", 40),
            exports.Column("Department", "department", 22),
            exports.Column("Site", lambda d: d.site.code if d.site else "Every site"),
            exports.Column(
                "Effective version",
                lambda d: next(iter(d.versions.all()), None),
                24,
            ),
        ),
        detail="training:document",
        create="training:document_create",
        filters=(("department", "Department", Department.choices),),
        filter_fields={"department": "department"},
    ),
}


def _filtered(request: HttpRequest, catalog: Catalog):
    records = catalog.queryset()
    query = request.GET.get("q", "").strip()[:100]
    if query:
        for word in query.split()[:5]:
            condition = Q()
            for name in catalog.search:
                condition |= Q(**{f"{name}__icontains": word})
            records = records.filter(condition)
    values = {"q": query}
    for param, _, choices in catalog.filters:
        value = request.GET.get(param, "")
        if value in {v for v, _ in choices}:
            records = records.filter(**{catalog.filter_fields[param]: value})
            values[param] = value
        else:
            values[param] = ""
    return records, values


def _catalog(key: str) -> Catalog:
    if key not in CATALOGS:
        raise Http404("No such list.")
    return CATALOGS[key]


def catalog_list(key: str):
    @staff_page
    def view(request: HttpRequest) -> HttpResponse:
        catalog = _catalog(key)
        records, values = _filtered(request, catalog)
        page = paginate(request, records, per_page=25)
        rows = [
            (
                record,
                exports.human(catalog.columns[0].value(record)),
                [exports.human(c.value(record)) for c in catalog.columns[1:]],
            )
            for record in page
        ]
        return render(
            request,
            "training/catalog_list.html",
            {
                "catalog": catalog,
                "page": page,
                "rows": rows,
                "headings": [c.heading for c in catalog.columns],
                "filters": values,
                "filter_choices": [
                    (param, label, choices, values.get(param, ""))
                    for param, label, choices in catalog.filters
                ],
                "querystring": querystring(request),
                "filtered": any(values.values()),
                "can_manage": can_manage(request.user),
                "here": key,
            },
        )

    view.__name__ = f"{key}_list"
    return view


def catalog_export(key: str):
    @staff_page
    def view(request: HttpRequest, fmt: str) -> HttpResponse:
        if fmt not in ("csv", "xlsx"):
            raise Http404("Export as csv or xlsx.")
        catalog = _catalog(key)
        records, _ = _filtered(request, catalog)
        headings = [c.heading for c in catalog.columns]
        rows = list(exports.rows_of(records, catalog.columns))
        name = key.replace("_", "-")
        if fmt == "csv":
            return exports.csv_response(f"training-{name}.csv", headings, rows)
        book = exports.xlsx_workbook()
        exports.xlsx_sheet(
            book,
            catalog.title[:31],
            headings,
            rows,
            widths=[c.width or 14 for c in catalog.columns],
        )
        return exports.xlsx_response(book, f"training-{name}.xlsx")

    view.__name__ = f"{key}_export"
    return view
