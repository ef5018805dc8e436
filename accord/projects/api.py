from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Query, Router, Status
from ninja.pagination import paginate

from accord.accounts.selectors import sites_visible_to, sponsors_visible_to
from accord.core.api import PageNumberPagination
from accord.core.concurrency import expected_version, set_etag
from accord.core.storage import file_download
from accord.projects import selectors, services
from accord.projects.schemas import (
    DocumentDetailOut,
    DocumentOut,
    ProjectFilters,
    ProjectIn,
    ProjectOut,
    TransitionIn,
)
from accord.signatures.selectors import manifest

router = Router(tags=["Projects"])


@router.get("/projects", response=list[ProjectOut])
@paginate(PageNumberPagination)
def list_projects(request: HttpRequest, filters: Query[ProjectFilters]):
    return selectors.projects_filter(
        selectors.projects_visible_to(request.user),
        query=filters.q,
        status=filters.status or "",
        phase=filters.phase or "",
        sponsor_id=filters.sponsor_id,
        site_id=filters.site_id,
    )


@router.post("/projects", response={201: ProjectOut}, summary="Create a project (CDMO staff)")
def create_project(request: HttpRequest, payload: ProjectIn):
    # Refuse before looking anything up, so the answer says nothing about other sponsors.
    services.project_create_authorize(actor=request.user)
    sponsor = sponsors_visible_to(request.user).filter(pk=payload.sponsor_id).first()
    if sponsor is None:
        raise ValidationError({"sponsor_id": ["No sponsor with this id."]})
    site = sites_visible_to(request.user).filter(pk=payload.site_id).first()
    if site is None:
        raise ValidationError({"site_id": ["No site with this id."]})
    data = payload.model_dump(exclude={"sponsor_id", "site_id"})
    project = services.project_create(actor=request.user, sponsor=sponsor, site=site, **data)
    return Status(201, project)


@router.get("/projects/{project_id}", response=ProjectOut)
def get_project(request: HttpRequest, response: HttpResponse, project_id: int):
    project = get_object_or_404(selectors.projects_visible_to(request.user), pk=project_id)
    set_etag(response, project)
    return project


@router.get("/projects/{project_id}/documents", response=list[DocumentOut])
@paginate(PageNumberPagination)
def list_project_documents(request: HttpRequest, project_id: int):
    project = get_object_or_404(selectors.projects_visible_to(request.user), pk=project_id)
    return selectors.documents_visible_to(request.user).filter(project=project)


def _document_detail(document) -> dict:
    return {
        **DocumentOut.from_orm(document).model_dump(),
        "status": document.status,
        "version": document.version,
        "edit_version": document.edit_version,
        "signatures": [
            {
                "printed_name": line.signature.printed_name,
                "username": line.signature.username,
                "meaning": line.signature.meaning,
                "signed_at": line.signature.signed_at,
                "record_version": line.signature.record_version,
                "content_hash": line.signature.content_hash,
                "reason": line.signature.reason,
                "matches_current_content": line.matches,
            }
            for line in manifest(document)
        ],
    }


@router.get("/documents/{document_id}", response=DocumentDetailOut)
def get_document(request: HttpRequest, response: HttpResponse, document_id: int):
    document = get_object_or_404(selectors.documents_visible_to(request.user), pk=document_id)
    set_etag(response, document)
    return _document_detail(document)


@router.post(
    "/documents/{document_id}/transitions/{name}",
    response=DocumentDetailOut,
    summary="Submit, approve, reject or retire a document (signing where required)",
    description=(
        "Send the document's ETag as `If-Match` (or its `edit_version` in the body): a "
        "document that changed since you read it answers 412 (409 for `edit_version`) and "
        "nothing is signed; with neither the request answers 428."
    ),
)
def transition_document(
    request: HttpRequest,
    response: HttpResponse,
    document_id: int,
    name: str,
    payload: TransitionIn,
):
    document = get_object_or_404(selectors.documents_visible_to(request.user), pk=document_id)
    if not request.user.is_cdmo_staff:
        raise PermissionDenied("Only CDMO staff change a document's state.")
    version = expected_version(request, payload.edit_version)
    document = services.document_transition(
        actor=request.user,
        document=document,
        name=name,
        meaning=payload.meaning,
        username=payload.username,
        password=payload.password,
        reason=payload.reason,
        acknowledge=payload.acknowledge,
        version=version,
    )
    set_etag(response, document)
    return _document_detail(document)


@router.get("/documents/{document_id}/download", summary="Download a document's file")
def download_document(request: HttpRequest, document_id: int):
    document = get_object_or_404(selectors.documents_visible_to(request.user), pk=document_id)
    return file_download(
        request,
        document,
        document.file,
        sha256=document.sha256,
        filename=document.original_name,
        content_type=document.content_type,
        api=True,
    )
