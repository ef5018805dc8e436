from __future__ import annotations

import datetime as dt

from ninja import Field, Schema

from accord.core.api import InputSchema
from accord.projects.models import Project


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
    modality: str
    phase: str
    status: str
    site: SiteRef
    start_date: dt.date | None
    target_end_date: dt.date | None


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
