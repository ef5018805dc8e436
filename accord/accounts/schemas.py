from __future__ import annotations

from ninja import Field, Schema

from accord.accounts.token_schemas import TokenOut


class OrganizationRef(Schema):
    id: int
    name: str
    kind: str


class SponsorOut(Schema):
    id: int
    name: str
    short_name: str
    sponsor_type: str
    country: str


class SponsorFilters(Schema):
    q: str = Field("", max_length=100, description="Name contains")
    sponsor_type: str = Field("", max_length=32)


class SiteOut(Schema):
    id: int
    code: str
    name: str
    city: str
    country: str
    capabilities: str
    country_code: str = Field(description="Whose public holidays the site keeps (ISO 3166)")
    subdivision: str = Field(description="The region within the country, or empty")


class UserOut(Schema):
    id: int
    username: str
    printed_name: str
    email: str
    job_title: str
    organization: OrganizationRef
    roles: list[str]
    is_active: bool
    manager_id: int | None = Field(None, description="Who a CDMO staff member reports to")

    @staticmethod
    def resolve_roles(obj) -> list[str]:
        return sorted(role.code for role in obj.roles.all())


class UserFilters(Schema):
    q: str = Field("", max_length=100)
    organization_id: int | None = None
    is_active: bool | None = None


class MeOut(UserOut):
    permissions: list[str]
    token: TokenOut | None = Field(
        None, description="The API token of this request and its scope; none for a session"
    )

    @staticmethod
    def resolve_token(obj):
        return getattr(obj, "api_token", None)

    @staticmethod
    def resolve_permissions(obj) -> list[str]:
        return sorted(obj.get_all_permissions())
