"""Curricula and job roles through the API, as their catalogue and set-up pages show and
change them (see ``catalog_api`` for the conventions)."""

from __future__ import annotations

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Query, Router, Status

from accord.core.api import PageNumberPagination
from accord.core.api_fields import api_field_names
from accord.training import services
from accord.training.api import _staff
from accord.training.catalog_api import (
    FIELDS,
    CatalogFilters,
    DepartmentFilters,
    _department,
    _found,
    _listed,
    _manager,
    _one,
    _ref,
)
from accord.training.catalog_schemas import (
    CurriculumIn,
    CurriculumOut,
    CurriculumPage,
    CurriculumPatch,
    JobRoleIn,
    JobRoleOut,
    JobRolePage,
    JobRolePatch,
)
from accord.training.models import Curriculum, JobRole, Requirement

router = Router(tags=["Training"])


# --- curricula


def _curriculum_out(c: Curriculum) -> dict:
    return {
        "id": c.pk,
        "code": c.code,
        "name": c.name,
        "description": c.description,
        "grace_days": c.grace_days,
        "requirements": [_ref(r, "title") for r in c.requirements.order_by("code")],
        "job_roles": [_ref(j) for j in c.job_roles.all()],
    }


@router.get("/training/curricula", response=CurriculumPage, summary="Curricula")
def list_curricula(
    request: HttpRequest,
    filters: Query[CatalogFilters],
    pagination: Query[PageNumberPagination.Input],
):
    _staff(request)
    page = _listed("curricula", filters, pagination)
    page["items"] = [_curriculum_out(c) for c in page["items"]]
    return page


@router.get("/training/curricula/{curriculum_id}", response=CurriculumOut, summary="One curriculum")
def get_curriculum(request: HttpRequest, curriculum_id: int):
    _staff(request)
    return _curriculum_out(_one("curricula", curriculum_id))


def _members(data: dict, key: str, relation: str, queryset) -> dict:
    if key in data:
        data[relation] = _found(queryset, data.pop(key), key)
    if "description" in data and data["description"] is None:
        data["description"] = ""
    if "department" in data:
        data["department"] = _department(data["department"])
    return data


@router.post(
    "/training/curricula",
    response={201: CurriculumOut},
    summary="Set up a curriculum (training coordinators)",
)
def create_curriculum(request: HttpRequest, payload: CurriculumIn):
    _manager(request)
    with api_field_names(FIELDS):
        fields = _members(
            payload.model_dump(),
            "requirement_ids",
            "requirements",
            Requirement.objects.filter(is_active=True),
        )
        curriculum = services.curriculum_create(actor=request.user, **fields)
    return Status(201, _curriculum_out(_one("curricula", curriculum.pk)))


@router.patch(
    "/training/curricula/{curriculum_id}",
    response=CurriculumOut,
    summary="Change a curriculum (training coordinators): only the fields sent",
)
def patch_curriculum(request: HttpRequest, curriculum_id: int, payload: CurriculumPatch):
    _manager(request)
    curriculum = get_object_or_404(Curriculum, pk=curriculum_id)
    with api_field_names(FIELDS):
        fields = _members(
            payload.model_dump(exclude_unset=True),
            "requirement_ids",
            "requirements",
            Requirement.objects.filter(is_active=True),
        )
        services.curriculum_update(actor=request.user, curriculum=curriculum, **fields)
    return _curriculum_out(_one("curricula", curriculum_id))


# --- job roles


def _job_role_out(j: JobRole) -> dict:
    return {
        "id": j.pk,
        "code": j.code,
        "name": j.name,
        "department": j.department,
        "department_label": j.get_department_display(),
        "description": j.description,
        "curricula": [_ref(c) for c in j.curricula.all()],
        "holders": j.holdings.filter(ended_on__isnull=True).count(),
    }


@router.get("/training/job-roles", response=JobRolePage, summary="Job roles")
def list_job_roles(
    request: HttpRequest,
    filters: Query[DepartmentFilters],
    pagination: Query[PageNumberPagination.Input],
):
    _staff(request)
    page = _listed("job_roles", filters, pagination)
    page["items"] = [_job_role_out(j) for j in page["items"]]
    return page


@router.get("/training/job-roles/{job_role_id}", response=JobRoleOut, summary="One job role")
def get_job_role(request: HttpRequest, job_role_id: int):
    _staff(request)
    return _job_role_out(_one("job_roles", job_role_id))


@router.post(
    "/training/job-roles",
    response={201: JobRoleOut},
    summary="Set up a job role (training coordinators)",
)
def create_job_role(request: HttpRequest, payload: JobRoleIn):
    _manager(request)
    with api_field_names(FIELDS):
        fields = _members(
            payload.model_dump(), "curriculum_ids", "curricula", Curriculum.objects.all()
        )
        job_role = services.job_role_create(actor=request.user, **fields)
    return Status(201, _job_role_out(_one("job_roles", job_role.pk)))


@router.patch(
    "/training/job-roles/{job_role_id}",
    response=JobRoleOut,
    summary="Change a job role (training coordinators): only the fields sent",
)
def patch_job_role(request: HttpRequest, job_role_id: int, payload: JobRolePatch):
    _manager(request)
    job_role = get_object_or_404(JobRole, pk=job_role_id)
    with api_field_names(FIELDS):
        fields = _members(
            payload.model_dump(exclude_unset=True),
            "curriculum_ids",
            "curricula",
            Curriculum.objects.all(),
        )
        services.job_role_update(actor=request.user, job_role=job_role, **fields)
    return _job_role_out(_one("job_roles", job_role_id))
