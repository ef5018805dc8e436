from __future__ import annotations

import datetime as dt

from ninja import Field, Schema

from accord.core.api import InputSchema
from accord.projects.models import Project, ProjectDocument


class SponsorRef(Schema):
    id: int
    name: str


class SiteRef(Schema):
    id: int
    code: str
    name: str


class ProjectOut(Schema):
    id: int
    code: str
    title: str
    sponsor: SponsorRef
    molecule: str
    modality: Project.Modality
    modality_label: str
    phase: Project.Phase
    phase_label: str
    status: Project.Status
    status_label: str
    site: SiteRef
    start_date: dt.date | None
    target_end_date: dt.date | None

    @staticmethod
    def resolve_modality_label(obj) -> str:
        return _label(obj, "modality")

    @staticmethod
    def resolve_phase_label(obj) -> str:
        return _label(obj, "phase")

    @staticmethod
    def resolve_status_label(obj) -> str:
        return _label(obj, "status")


def _label(obj, field: str) -> str:
    """The human label of a project's choice, from a model or a dict of its fields."""
    if isinstance(obj, dict):
        value = obj.get(field)
        choices = {"modality": Project.Modality, "phase": Project.Phase, "status": Project.Status}
        return choices[field](value).label if value else ""
    return getattr(obj, f"get_{field}_display")()


class ProjectFilters(Schema):
    q: str = Field("", max_length=100, description="Code, title, molecule or sponsor contains")
    status: Project.Status | None = None
    phase: Project.Phase | None = None
    sponsor_id: int | None = None
    site_id: int | None = None


class ProjectIn(InputSchema):
    sponsor_id: int
    code: str = Field(min_length=2, max_length=32, pattern=r"^[A-Za-z0-9][A-Za-z0-9-]*$")
    title: str = Field(min_length=3, max_length=200)
    molecule: str = Field("", max_length=120)
    modality: Project.Modality
    phase: Project.Phase
    site_id: int
    start_date: dt.date | None = None
    target_end_date: dt.date | None = None
    description: str = Field("", max_length=5000)


class DocumentOut(Schema):
    id: int
    project_id: int
    title: str
    original_name: str
    content_type: str
    size_bytes: int
    sha256: str
    visibility: str
    uploaded_at: dt.datetime


class SignatureOut(Schema):
    """A signature's manifestation (21 CFR 11.50) and whether the record still matches it."""

    printed_name: str
    username: str
    meaning: str
    signed_at: dt.datetime
    record_version: int
    content_hash: str
    reason: str
    matches_current_content: bool


class DocumentDetailOut(DocumentOut):
    status: str
    version: int = Field(description="Counts changes of the signed content (title, file).")
    edit_version: int = Field(
        description="Counts every change, content or state; the ETag. Send it back as "
        "If-Match (or edit_version) with a transition."
    )
    signatures: list[SignatureOut]


class TransitionIn(InputSchema):
    meaning: str = Field("", max_length=16)
    username: str = Field("", max_length=150)
    password: str = Field("", max_length=1024)
    reason: str = Field("", max_length=2000)
    acknowledge: bool = False
    edit_version: int | None = Field(
        None, ge=1, description="The document's edit_version you read (or send If-Match)."
    )


class DocumentUploadIn(InputSchema):
    """The form fields next to the multipart ``file``."""

    title: str = Field("", max_length=200, description="The file's name if left empty")
    visibility: ProjectDocument.Visibility = ProjectDocument.Visibility.INTERNAL


class DocumentPatchIn(InputSchema):
    """Rename or re-share a document; once submitted, with a ``reason``."""

    title: str | None = Field(None, min_length=1, max_length=200)
    visibility: ProjectDocument.Visibility | None = None
    reason: str = Field("", max_length=2000)
    edit_version: int | None = Field(
        None, ge=1, description="The document's edit_version you read (or send If-Match)."
    )


class DocumentVersionUploadIn(InputSchema):
    """The form fields next to the multipart ``file``."""

    note: str = Field("", max_length=2000, description="What this version changes")
    edit_version: int | None = Field(
        None, ge=1, description="The document's edit_version you read (or send If-Match)."
    )


class DocumentVersionOut(Schema):
    number: int
    current: bool = Field(description="The document's file now")
    original_name: str
    content_type: str
    size_bytes: int
    sha256: str
    note: str
    uploaded_by: str
    uploaded_at: dt.datetime
    download_url: str

    @staticmethod
    def resolve_current(version) -> bool:
        return version.number == version.newest_number

    @staticmethod
    def resolve_uploaded_by(version) -> str:
        return version.uploaded_by.printed_name

    @staticmethod
    def resolve_download_url(version) -> str:
        return f"/api/v1/documents/{version.document_id}/versions/{version.number}/download"
