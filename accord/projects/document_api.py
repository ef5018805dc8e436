"""Project documents' files through the API: upload a document, rename or re-share it,
upload a new file (the older one stays as a numbered version), list and download the
versions. The same services and permissions as the pages: CDMO staff upload and edit (a
sponsor user is refused with 403 before any lookup, as the portal offers no upload); a
sponsor's people read the shared documents, and of their files only the current one.

The routes join the projects router: a path answers every method from one router
(``GET /projects/{id}/documents`` is there already)."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import QuerySet, Subquery
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import File, Form, Status
from ninja.files import UploadedFile
from ninja.pagination import paginate

from accord.core.api import PageNumberPagination
from accord.core.concurrency import expected_version, set_etag
from accord.core.storage import file_download
from accord.projects import selectors, services
from accord.projects.api import _document_detail, router
from accord.projects.document_versions import document_version_upload
from accord.projects.models import ProjectDocument, ProjectDocumentVersion
from accord.projects.schemas import (
    DocumentDetailOut,
    DocumentPatchIn,
    DocumentUploadIn,
    DocumentVersionOut,
    DocumentVersionUploadIn,
)

_FILE_FORM = (
    "A multipart form: `file` and the fields below. PDF, Office, CSV, text, images, XML or "
    "ZIP within the upload limit (413 beyond the request limit)."
)


def _staff(request: HttpRequest) -> None:
    # Refused before any lookup: a sponsor user learns nothing about ids.
    if not request.user.is_cdmo_staff:
        raise PermissionDenied("Only CDMO staff upload and change project documents.")


def _required(file: UploadedFile | None) -> None:
    # Checked here, so that the answer names ``file`` (the form's part, required).
    if file is None:
        raise ValidationError({"file": ["Choose a file to upload."]})


def _document(request: HttpRequest, document_id: int) -> ProjectDocument:
    return get_object_or_404(selectors.documents_visible_to(request.user), pk=document_id)


def _detail(request: HttpRequest, response: HttpResponse, document_id: int) -> dict:
    document = _document(request, document_id)
    set_etag(response, document)
    return _document_detail(document)


def _versions(request: HttpRequest, document: ProjectDocument) -> QuerySet:
    newest = ProjectDocumentVersion.objects.filter(document=document).order_by("-number")
    return (
        selectors.document_versions_visible_to(request.user)
        .filter(document=document)
        .annotate(newest_number=Subquery(newest.values("number")[:1]))
    )


@router.post(
    "/projects/{project_id}/documents",
    response={201: DocumentDetailOut},
    summary="Upload a document to a project (CDMO staff who may add documents)",
    description=_FILE_FORM,
)
def upload_document(
    request: HttpRequest,
    response: HttpResponse,
    project_id: int,
    payload: Form[DocumentUploadIn],
    file: File[UploadedFile] = None,
):
    _staff(request)
    _required(file)
    project = get_object_or_404(selectors.projects_visible_to(request.user), pk=project_id)
    document = services.document_upload(
        actor=request.user,
        project=project,
        title=payload.title,
        upload=file,
        visibility=payload.visibility.value,
    )
    return Status(201, _detail(request, response, document.pk))


@router.patch(
    "/documents/{document_id}",
    response=DocumentDetailOut,
    summary="Rename or re-share a document (once submitted: with a reason)",
    description="Send the document's ETag as `If-Match` (or its `edit_version`). A title "
    "is frozen in review and once approved; an obsolete document changes no more.",
)
def patch_document(
    request: HttpRequest, response: HttpResponse, document_id: int, payload: DocumentPatchIn
):
    _staff(request)
    document = _document(request, document_id)
    changes = payload.model_dump(exclude_unset=True)
    for name in ("title", "visibility"):
        if name in changes and changes[name] is None:
            raise ValidationError({name: ["Leave the field out to keep it; it cannot be empty."]})
    services.document_update(
        actor=request.user,
        document=document,
        title=payload.title if payload.title is not None else document.title,
        visibility=(payload.visibility or document.visibility),
        reason=payload.reason,
        version=expected_version(request, payload.edit_version),
    )
    return _detail(request, response, document_id)


@router.get(
    "/documents/{document_id}/versions",
    response=list[DocumentVersionOut],
    summary="A document's files, newest first (sponsor users: the current one)",
)
@paginate(PageNumberPagination)
def list_document_versions(request: HttpRequest, document_id: int):
    return _versions(request, _document(request, document_id))


@router.post(
    "/documents/{document_id}/versions",
    response={201: DocumentVersionOut},
    summary="Upload a new file for a draft document; the older one stays as a version",
    description=_FILE_FORM + " Send the document's ETag as `If-Match` (or its "
    "`edit_version`): a document that changed since you read it answers 412 (409). A "
    "document in review, approved or obsolete takes no new file (422 on `file`).",
)
def upload_document_version(
    request: HttpRequest,
    response: HttpResponse,
    document_id: int,
    payload: Form[DocumentVersionUploadIn],
    file: File[UploadedFile] = None,
):
    _staff(request)
    _required(file)
    document = _document(request, document_id)
    added = document_version_upload(
        actor=request.user,
        document=document,
        upload=file,
        note=payload.note,
        version=expected_version(request, payload.edit_version),
    )
    set_etag(response, _document(request, document_id))
    return Status(201, _versions(request, added.document).get(pk=added.pk))


@router.get(
    "/documents/{document_id}/versions/{number}/download",
    summary="Download one version of a document's file",
)
def download_document_version(request: HttpRequest, document_id: int, number: int):
    document = _document(request, document_id)
    version = get_object_or_404(_versions(request, document), number=number)
    return file_download(
        request,
        version,
        version.file,
        sha256=version.sha256,
        filename=version.original_name,
        content_type=version.content_type,
        api=True,
    )
