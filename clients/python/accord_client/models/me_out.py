from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.organization_ref import OrganizationRef
  from ..models.token_out import TokenOut





T = TypeVar("T", bound="MeOut")



@_attrs_define
class MeOut:
    """ 
        Attributes:
            email (str):
            id (int):
            is_active (bool):
            job_title (str):
            organization (OrganizationRef):
            permissions (list[str]):
            printed_name (str):
            roles (list[str]):
            username (str):
            manager_id (int | None | Unset): Who a CDMO staff member reports to
            token (None | TokenOut | Unset): The API token of this request and its scope; none for a session
     """

    email: str
    id: int
    is_active: bool
    job_title: str
    organization: OrganizationRef
    permissions: list[str]
    printed_name: str
    roles: list[str]
    username: str
    manager_id: int | None | Unset = UNSET
    token: None | TokenOut | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.organization_ref import OrganizationRef # noqa: PLC0415
        from ..models.token_out import TokenOut # noqa: PLC0415
        email = self.email

        id = self.id

        is_active = self.is_active

        job_title = self.job_title

        organization = self.organization.to_dict()

        permissions = self.permissions



        printed_name = self.printed_name

        roles = self.roles



        username = self.username

        manager_id: int | None | Unset
        if isinstance(self.manager_id, Unset):
            manager_id = UNSET
        else:
            manager_id = self.manager_id

        token: dict[str, Any] | None | Unset
        if isinstance(self.token, Unset):
            token = UNSET
        elif isinstance(self.token, TokenOut):
            token = self.token.to_dict()
        else:
            token = self.token


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "email": email,
            "id": id,
            "is_active": is_active,
            "job_title": job_title,
            "organization": organization,
            "permissions": permissions,
            "printed_name": printed_name,
            "roles": roles,
            "username": username,
        })
        if manager_id is not UNSET:
            field_dict["manager_id"] = manager_id
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.organization_ref import OrganizationRef # noqa: PLC0415
        from ..models.token_out import TokenOut # noqa: PLC0415
        d = dict(src_dict)
        email = d.pop("email")

        id = d.pop("id")

        is_active = d.pop("is_active")

        job_title = d.pop("job_title")

        organization = OrganizationRef.from_dict(d.pop("organization"))




        permissions = cast(list[str], d.pop("permissions"))


        printed_name = d.pop("printed_name")

        roles = cast(list[str], d.pop("roles"))


        username = d.pop("username")

        def _parse_manager_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        manager_id = _parse_manager_id(d.pop("manager_id", UNSET))


        def _parse_token(data: object) -> None | TokenOut | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                token_type_0 = TokenOut.from_dict(data)



                return token_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TokenOut | Unset, data)

        token = _parse_token(d.pop("token", UNSET))


        me_out = cls(
            email=email,
            id=id,
            is_active=is_active,
            job_title=job_title,
            organization=organization,
            permissions=permissions,
            printed_name=printed_name,
            roles=roles,
            username=username,
            manager_id=manager_id,
            token=token,
        )


        me_out.additional_properties = d
        return me_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
