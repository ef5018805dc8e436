"""Batches through the API, through the same services as the pages. Everyone reads the
batches they may see (a sponsor: its own; another sponsor's is 404); the CDMO's people
register batches and set their status."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router, Schema, Status

from accord.core.api import InputSchema, PageNumberPagination
from accord.core.concurrency import expected_version, set_etag
from accord.projects.selectors import projects_visible_to
from accord.quality import selectors
from accord.quality.models import Batch
from accord.quality.services import batches as services

router = Router(tags=["Batches"])


class BatchOut(Schema):
    id: int
    number: str
    product: str
    project_id: int
    project_code: str
    sponsor_id: int
    sponsor_name: str
    manufactured_on: dt.date
    status: str
    status_label: str
    deviations: list[str] = Field(description="Numbers of the deviations you may see")
    registered_by_name: str
    registered_at: dt.datetime
    version: int


class BatchPage(PageNumberPagination.Output):
    items: list[BatchOut]


class BatchFilters(Schema):
    q: str | None = Field(None, max_length=100)
    project_id: int | None = None
    sponsor_id: int | None = None
    status: Batch.Status | None = None


class BatchIn(InputSchema):
    project_id: int
    number: str = Field(..., max_length=40)
    product: str = Field("", max_length=120, description="Empty: the project's molecule")
    manufactured_on: dt.date
    status: Batch.Status = Batch.Status.IN_PROCESS


class StatusIn(InputSchema):
    status: Batch.Status
    reason: str = Field("", max_length=500)
    version: int | None = Field(None, ge=1, description="The version you read (or If-Match)")


def _visible(request: HttpRequest):
    # Only the deviations the reader may see: a sponsor, those it was told of.
    told = selectors.deviations_visible_to(request.user).order_by("number")
    return (
        selectors.batches_visible_to(request.user)
        .select_related("registered_by")
        .prefetch_related(Prefetch("deviations", queryset=told, to_attr="seen"))
    )


def _out(batch: Batch) -> dict:
    return {
        "id": batch.pk,
        "number": batch.number,
        "product": batch.product,
        "project_id": batch.project_id,
        "project_code": batch.project.code,
        "sponsor_id": batch.project.sponsor_id,
        "sponsor_name": batch.project.sponsor.name,
        "manufactured_on": batch.manufactured_on,
        "status": batch.status,
        "status_label": batch.get_status_display(),
        "deviations": [d.number for d in batch.seen],
        "registered_by_name": batch.registered_by.printed_name,
        "registered_at": batch.registered_at,
        "version": batch.version,
    }


@router.get("/batches", response=BatchPage, summary="The batches you may see (a sponsor: its own)")
def list_batches(
    request: HttpRequest,
    filters: Query[BatchFilters],
    pagination: Query[PageNumberPagination.Input],
):
    batches = _visible(request)
    if filters.q:
        batches = batches.filter(
            Q(number__icontains=filters.q)
            | Q(product__icontains=filters.q)
            | Q(project__code__icontains=filters.q)
        )
    if filters.project_id is not None:
        batches = batches.filter(project_id=filters.project_id)
    if filters.sponsor_id is not None:
        batches = batches.filter(project__sponsor_id=filters.sponsor_id)
    if filters.status is not None:
        batches = batches.filter(status=filters.status)
    page = PageNumberPagination().paginate_queryset(
        batches.order_by("-manufactured_on", "number"), pagination
    )
    page["items"] = [_out(b) for b in page["items"]]
    return page


@router.get("/batches/{batch_id}", response=BatchOut, summary="One batch")
def get_batch(request: HttpRequest, response: HttpResponse, batch_id: int):
    batches = _visible(request)
    batch = get_object_or_404(batches, pk=batch_id)
    set_etag(response, batch)
    return _out(batch)


def _staff(request: HttpRequest) -> None:
    # Refused before any lookup: a sponsor user learns nothing about ids.
    if not request.user.is_cdmo_staff:
        raise PermissionDenied("The CDMO's people register batches.")


@router.post("/batches", response={201: BatchOut}, summary="Register a batch (CDMO staff)")
def register_batch(request: HttpRequest, response: HttpResponse, payload: BatchIn):
    _staff(request)
    project = get_object_or_404(projects_visible_to(request.user), pk=payload.project_id)
    batch = services.batch_register(
        actor=request.user,
        project=project,
        number=payload.number,
        product=payload.product,
        manufactured_on=payload.manufactured_on,
        status=payload.status.value,
    )
    batches = _visible(request)
    set_etag(response, batch)
    return Status(201, _out(get_object_or_404(batches, pk=batch.pk)))


@router.post(
    "/batches/{batch_id}/status",
    response=BatchOut,
    summary="Set a batch's status (CDMO staff; send the version you read, or If-Match)",
)
def set_batch_status(
    request: HttpRequest, response: HttpResponse, batch_id: int, payload: StatusIn
):
    _staff(request)
    batches = _visible(request)
    batch = get_object_or_404(batches, pk=batch_id)
    batch = services.batch_set_status(
        actor=request.user,
        batch=batch,
        status=payload.status.value,
        reason=payload.reason,
        version=expected_version(request, payload.version),
    )
    set_etag(response, batch)
    return _out(get_object_or_404(batches, pk=batch.pk))
