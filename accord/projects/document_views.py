"""A controlled document's page, its edits, its workflow actions and its printable record."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils import timezone

from accord.accounts.decorators import staff_required
from accord.audit.display import rows_shown
from accord.audit.registry import audited_type
from accord.audit.selectors import record_history
from accord.core.concurrency import VersionField
from accord.core.errors import apply_to_form
from accord.core.storage import file_download
from accord.core.workflow import TransitionNotAllowed
from accord.projects import selectors, services
from accord.projects.document_versions import document_version_upload
from accord.projects.forms import DocumentEditForm, DocumentVersionForm
from accord.projects.workflows import DOCUMENT_WORKFLOW
from accord.signatures.selectors import manifest
from accord.signatures.session import signature_form, signature_recorded, signer_credentials


def _document(request: HttpRequest, pk: int):
    return get_object_or_404(selectors.documents_visible_to(request.user), pk=pk)


@login_required
def document_detail(request: HttpRequest, pk: int) -> HttpResponse:
    document = _document(request, pk)
    actions = (
        DOCUMENT_WORKFLOW.available(document, request.user, author_id=document.uploaded_by_id)
        if request.user.is_cdmo_staff
        else []
    )
    return render(
        request,
        "projects/document_detail.html",
        {
            "document": document,
            "manifest": manifest(document),
            "actions": actions,
            "can_edit": request.user.is_cdmo_staff
            and request.user.has_perm("projects.change_projectdocument")
            and document.status != document.Status.OBSOLETE,
            "can_add_version": request.user.is_cdmo_staff
            and request.user.has_perm("projects.change_projectdocument")
            and document.status == document.Status.DRAFT,
            "versions": selectors.document_versions_visible_to(request.user).filter(
                document=document
            ),
        },
    )


@staff_required("projects.change_projectdocument")
def document_edit(request: HttpRequest, pk: int) -> HttpResponse:
    document = _document(request, pk)
    form = DocumentEditForm(
        request.POST or None,
        initial={
            "title": document.title,
            "visibility": document.visibility,
            "version": document.edit_version,
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.document_update(actor=request.user, document=document, **form.cleaned_data)
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, "The document was updated.")
            return redirect("projects:document_detail", pk=document.pk)
    return render(request, "projects/document_edit.html", {"form": form, "document": document})


@staff_required("projects.change_projectdocument")
def document_version_add(request: HttpRequest, pk: int) -> HttpResponse:
    """A new file for a draft document; the file it had stays as the previous version."""
    document = _document(request, pk)
    form = DocumentVersionForm(
        request.POST or None, request.FILES or None, initial={"version": document.edit_version}
    )
    if request.method == "POST" and form.is_valid():
        try:
            added = document_version_upload(
                actor=request.user,
                document=document,
                upload=form.cleaned_data["file"],
                note=form.cleaned_data["note"],
                version=form.cleaned_data["version"],
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"Version {added.number} of the file was uploaded.")
            return redirect("projects:document_detail", pk=document.pk)
    return render(
        request, "projects/document_version_form.html", {"form": form, "document": document}
    )


@login_required
def document_version_download(
    request: HttpRequest, pk: int, number: int
) -> FileResponse | HttpResponse:
    document = _document(request, pk)
    version = get_object_or_404(
        selectors.document_versions_visible_to(request.user).filter(document=document),
        number=number,
    )
    return file_download(
        request,
        version,
        version.file,
        sha256=version.sha256,
        filename=version.original_name,
        content_type=version.content_type,
    )


@staff_required()
def document_transition(request: HttpRequest, pk: int, name: str) -> HttpResponse:
    document = _document(request, pk)
    try:
        transition = DOCUMENT_WORKFLOW.check(
            document, name, request.user, author_id=document.uploaded_by_id
        )
    except TransitionNotAllowed as exc:
        messages.error(request, str(exc))
        return redirect("projects:document_detail", pk=document.pk)
    form = signature_form(
        request, meaning=transition.signature, reason_required=transition.reason_required
    )
    form.fields["version"] = VersionField(initial=document.edit_version)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.document_transition(
                actor=request.user,
                document=document,
                name=name,
                meaning=data.get("meaning", ""),
                reason=data.get("reason", ""),
                version=data["version"],
                **signer_credentials(form),
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        except TransitionNotAllowed as exc:
            messages.error(request, str(exc))
            return redirect("projects:document_detail", pk=document.pk)
        else:
            signature_recorded(request, form)
            messages.success(request, f"{transition.label}: done.")
            return redirect("projects:document_detail", pk=document.pk)
    return render(
        request,
        "projects/document_transition.html",
        {"form": form, "document": document, "transition": transition},
    )


@login_required
def document_record_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    """The document's controlled-record printout: metadata, signatures, audit trail."""
    from weasyprint import HTML

    document = _document(request, pk)
    entry = audited_type("projects.projectdocument")
    events = record_history(request.user, entry, document)
    html = render_to_string(
        "projects/document_record_pdf.html",
        {
            "document": document,
            "manifest": manifest(document),
            "rows": rows_shown(events),
            "printed_at": timezone.now(),
            "printed_by": request.user,
        },
    )
    pdf = HTML(string=html, base_url=request.build_absolute_uri("/")).write_pdf()
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="document-record-{document.project.code}-{document.pk}.pdf"'
    )
    return response
