"""The training catalogue through the API: competencies, controlled documents,
requirements, curricula and job roles. Lists filter and search as the catalogue pages do
(``q`` and the page's filters); creating and changing go through the set-up services the
pages use (``manage_training``). CDMO staff only: a sponsor's people get 403 before any
lookup. Catalogue records carry no version (the set-up pages keep none), so a PATCH takes
no If-Match: it changes only the fields sent."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Query, Router, Schema, Status

from accord.accounts.models import Role, Site
from accord.core.api import PageNumberPagination
from accord.core.api_fields import api_field_names
from accord.teams.models import Department
from accord.training import services
from accord.training.api import _staff
from accord.training.catalog_schemas import (
    CompetencyIn,
    CompetencyOut,
    CompetencyPage,
    CompetencyPatch,
    RequirementIn,
    RequirementOut,
    RequirementPage,
    RequirementPatch,
    TrainingDocumentIn,
    TrainingDocumentOut,
    TrainingDocumentPage,
)
from accord.training.models import (
    Competency,
    ControlledDocument,
    Requirement,
)
from accord.training.views.catalog import CATALOGS
from accord.training.views.common import MANAGE

router = Router(tags=["Training"])

FIELDS = {
    "document": "document_id",
    "project_document": "document_id",
    "competency": "competency_id",
    "site": "site_id",
    "signing_roles": "signing_role_ids",
    "requirements": "requirement_ids",
    "curricula": "curriculum_ids",
}


class CatalogFilters(Schema):
    q: str = ""


class KindFilters(CatalogFilters):
    kind: Requirement.Kind | None = None


class DepartmentFilters(CatalogFilters):
    department: Department | None = None


def _listed(key: str, filters: CatalogFilters, pagination) -> dict:
    """The catalogue page's list: its order, its search over the same fields (five words
    at most, each matching one of them) and its filters."""
    catalog = CATALOGS[key]
    records: QuerySet = catalog.queryset()
    for word in filters.q.strip()[:100].split()[:5]:
        condition = Q()
        for name in catalog.search:
            condition |= Q(**{f"{name}__icontains": word})
        records = records.filter(condition)
    for param, lookup in catalog.filter_fields.items():
        value = getattr(filters, param, None)
        if value is not None:
            records = records.filter(**{lookup: value.value})
    return PageNumberPagination().paginate_queryset(records, pagination)


def _one(key: str, pk: int):
    return get_object_or_404(CATALOGS[key].queryset(), pk=pk)


def _found(queryset, ids: list[int] | None, field: str) -> list | None:
    if ids is None:
        return None
    found = list(queryset.filter(pk__in=ids))
    if len(found) != len(set(ids)):
        raise ValidationError({field: ["One of these is not found."]})
    return found


def _or_none(queryset, pk: int | None, field: str):
    if pk is None:
        return None
    found = queryset.filter(pk=pk).first()
    if found is None:
        raise ValidationError({field: ["Not found."]})
    return found


def _manager(request: HttpRequest) -> None:
    """The set-up pages' gate: CDMO staff who keep the training (``manage_training``),
    checked before any lookup as the pages do."""
    _staff(request)
    if not request.user.has_perm(MANAGE):
        raise PermissionDenied("Training coordinators set up the training catalogue.")


def _department(value) -> str:
    return value.value if value is not None else ""


# --- competencies


def _competency_out(c: Competency) -> dict:
    return {
        "id": c.pk,
        "code": c.code,
        "name": c.name,
        "description": c.description,
        "department": c.department or None,
        "department_label": c.get_department_display() if c.department else "Any",
        "validity_months": c.validity_months,
        "assessments": getattr(c, "n_records", None) or c.records.count(),
    }


@router.get("/training/competencies", response=CompetencyPage, summary="Competencies")
def list_competencies(
    request: HttpRequest,
    filters: Query[DepartmentFilters],
    pagination: Query[PageNumberPagination.Input],
):
    _staff(request)
    page = _listed("competencies", filters, pagination)
    page["items"] = [_competency_out(c) for c in page["items"]]
    return page


@router.get(
    "/training/competencies/{competency_id}", response=CompetencyOut, summary="One competency"
)
def get_competency(request: HttpRequest, competency_id: int):
    _staff(request)
    return _competency_out(_one("competencies", competency_id))


def _competency_fields(data: dict) -> dict:
    if "department" in data:
        data["department"] = _department(data["department"])
    if "description" in data and data["description"] is None:
        data["description"] = ""
    return data


@router.post(
    "/training/competencies",
    response={201: CompetencyOut},
    summary="Set up a competency (training coordinators)",
)
def create_competency(request: HttpRequest, payload: CompetencyIn):
    _manager(request)
    competency = services.competency_create(
        actor=request.user, **_competency_fields(payload.model_dump())
    )
    return Status(201, _competency_out(_one("competencies", competency.pk)))


@router.patch(
    "/training/competencies/{competency_id}",
    response=CompetencyOut,
    summary="Change a competency (training coordinators): only the fields sent",
)
def patch_competency(request: HttpRequest, competency_id: int, payload: CompetencyPatch):
    _manager(request)
    competency = get_object_or_404(Competency, pk=competency_id)
    services.competency_update(
        actor=request.user,
        competency=competency,
        **_competency_fields(payload.model_dump(exclude_unset=True)),
    )
    return _competency_out(_one("competencies", competency_id))


# --- controlled documents


def _document_out(d: ControlledDocument) -> dict:
    versions = sorted(d.versions.all(), key=lambda v: -v.version)
    current = d.current_version()
    return {
        "id": d.pk,
        "number": d.number,
        "title": d.title,
        "department": d.department or None,
        "department_label": d.get_department_display() if d.department else "Any",
        "site_id": d.site_id,
        "site_code": d.site.code if d.site else "",
        "effective_version": current.version if current else None,
        "versions": [
            {"version": v.version, "effective_on": v.effective_on, "summary": v.summary}
            for v in versions
        ],
    }


@router.get("/training/documents", response=TrainingDocumentPage, summary="Controlled documents")
def list_training_documents(
    request: HttpRequest,
    filters: Query[DepartmentFilters],
    pagination: Query[PageNumberPagination.Input],
):
    _staff(request)
    page = _listed("documents", filters, pagination)
    page["items"] = [_document_out(d) for d in page["items"]]
    return page


@router.get(
    "/training/documents/{document_id}",
    response=TrainingDocumentOut,
    summary="One controlled document, with its versions",
)
def get_training_document(request: HttpRequest, document_id: int):
    _staff(request)
    return _document_out(_one("documents", document_id))


@router.post(
    "/training/documents",
    response={201: TrainingDocumentOut},
    summary="Set up a controlled document (training coordinators); its versions follow",
)
def create_training_document(request: HttpRequest, payload: TrainingDocumentIn):
    _manager(request)
    with api_field_names(FIELDS):
        document = services.controlled_document_create(
            actor=request.user,
            number=payload.number,
            title=payload.title,
            department=_department(payload.department),
            site=_or_none(Site.objects.all(), payload.site_id, "site_id"),
        )
    return Status(201, _document_out(_one("documents", document.pk)))


# --- requirements


def _ref(record, name: str = "name") -> dict:
    return {"id": record.pk, "code": record.code, "name": getattr(record, name)}


def _requirement_out(r: Requirement) -> dict:
    return {
        "id": r.pk,
        "code": r.code,
        "title": r.title,
        "kind": r.kind,
        "kind_label": r.get_kind_display(),
        "description": r.description,
        "what": r.what,
        "document_id": r.document_id,
        "competency_id": r.competency_id,
        "min_level": r.min_level,
        "min_level_label": r.get_min_level_display(),
        "course_format": r.course_format or None,
        "pass_mark": r.pass_mark,
        "max_attempts": r.max_attempts,
        "questions_per_attempt": r.questions_per_attempt,
        "validity_months": r.validity_months,
        "signing_role_ids": sorted(r.signing_roles.values_list("pk", flat=True)),
        "curricula": [_ref(c) for c in r.curricula.all()],
        "is_active": r.is_active,
    }


_REQUIREMENT_FIELDS = (
    "code",
    "title",
    "kind",
    "description",
    "document",
    "project_document",
    "competency",
    "min_level",
    "course_format",
    "pass_mark",
    "max_attempts",
    "questions_per_attempt",
    "validity_months",
)


def _requirement_fields(data: dict) -> dict:
    fields: dict = {}
    for name, value in data.items():
        if name == "document_id":
            fields["document"] = _or_none(ControlledDocument.objects.all(), value, name)
        elif name == "competency_id":
            fields["competency"] = _or_none(Competency.objects.all(), value, name)
        elif name == "signing_role_ids":
            fields["signing_roles"] = _found(
                Role.objects.filter(audience="cdmo"), value, "signing_role_ids"
            )
        elif name == "course_format":
            fields[name] = value.value if value is not None else ""
        elif name in ("kind", "min_level"):
            fields[name] = value.value if hasattr(value, "value") else value
        elif name == "description":
            fields[name] = value or ""
        else:
            fields[name] = value
    return fields


@router.get("/training/requirements", response=RequirementPage, summary="Training requirements")
def list_requirements(
    request: HttpRequest,
    filters: Query[KindFilters],
    pagination: Query[PageNumberPagination.Input],
):
    _staff(request)
    page = _listed("requirements", filters, pagination)
    page["items"] = [_requirement_out(r) for r in page["items"]]
    return page


@router.get(
    "/training/requirements/{requirement_id}", response=RequirementOut, summary="One requirement"
)
def get_requirement(request: HttpRequest, requirement_id: int):
    _staff(request)
    return _requirement_out(_one("requirements", requirement_id))


@router.post(
    "/training/requirements",
    response={201: RequirementOut},
    summary="Set up a training requirement (training coordinators)",
)
def create_requirement(request: HttpRequest, payload: RequirementIn):
    _manager(request)
    with api_field_names(FIELDS):
        fields = _requirement_fields(payload.model_dump())
        fields["signing_roles"] = fields.get("signing_roles") or ()
        requirement = services.requirement_create(actor=request.user, **fields)
    return Status(201, _requirement_out(_one("requirements", requirement.pk)))


@router.patch(
    "/training/requirements/{requirement_id}",
    response=RequirementOut,
    summary="Change a training requirement (training coordinators): only the fields sent",
)
def patch_requirement(request: HttpRequest, requirement_id: int, payload: RequirementPatch):
    _manager(request)
    requirement = get_object_or_404(Requirement, pk=requirement_id)
    # The service checks a requirement whole (a document to read names its document):
    # what is not sent stays as it is.
    current = {name: getattr(requirement, name) for name in _REQUIREMENT_FIELDS}
    with api_field_names(FIELDS):
        changes = _requirement_fields(payload.model_dump(exclude_unset=True))
        services.requirement_update(
            actor=request.user, requirement=requirement, **{**current, **changes}
        )
    return _requirement_out(_one("requirements", requirement_id))
