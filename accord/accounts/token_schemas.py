"""API token schemas: a person's own tokens, their scope, and the one answer with a secret."""

from __future__ import annotations

from datetime import datetime

from ninja import Field, Schema

from accord.accounts.models import ApiToken
from accord.core.api import InputSchema


class TokenOut(Schema):
    id: int
    name: str
    prefix: str = Field(description="The first characters after `acc_`, to tell tokens apart")
    scope: ApiToken.Scope
    scope_label: str
    project_ids: list[int] = Field(description="The projects it is limited to; empty: all")
    project_codes: list[str]
    created_at: datetime
    last_used_at: datetime | None = Field(description="To the minute")
    revoked_at: datetime | None
    is_active: bool

    @staticmethod
    def resolve_scope_label(obj: ApiToken) -> str:
        return obj.get_scope_display()

    @staticmethod
    def resolve_project_ids(obj: ApiToken) -> list[int]:
        return sorted(project.pk for project in obj.projects.all())

    @staticmethod
    def resolve_project_codes(obj: ApiToken) -> list[str]:
        return sorted(project.code for project in obj.projects.all())


class TokenCreatedOut(TokenOut):
    secret: str = Field(description="Shown in this answer only; Accord keeps just its SHA-256")


class TokenIn(InputSchema):
    name: str = Field(min_length=1, max_length=80, description="After the script using it")
    scope: ApiToken.Scope = Field(
        ApiToken.Scope.READ_ONLY, description="Read-only unless you choose to write"
    )
    project_ids: list[int] = Field(
        [], max_length=200, description="Limit it to some of the projects you see; empty: all"
    )
