from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.api_token_scope import ApiTokenScope
from typing import cast
import datetime






T = TypeVar("T", bound="TokenCreatedOut")



@_attrs_define
class TokenCreatedOut:
    """ 
        Attributes:
            created_at (datetime.datetime):
            id (int):
            is_active (bool):
            last_used_at (datetime.datetime | None): To the minute
            name (str):
            prefix (str): The first characters after `acc_`, to tell tokens apart
            project_codes (list[str]):
            project_ids (list[int]): The projects it is limited to; empty: all
            revoked_at (datetime.datetime | None):
            scope (ApiTokenScope):
            scope_label (str):
            secret (str): Shown in this answer only; Accord keeps just its SHA-256
     """

    created_at: datetime.datetime
    id: int
    is_active: bool
    last_used_at: datetime.datetime | None
    name: str
    prefix: str
    project_codes: list[str]
    project_ids: list[int]
    revoked_at: datetime.datetime | None
    scope: ApiTokenScope
    scope_label: str
    secret: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        is_active = self.is_active

        last_used_at: None | str
        if isinstance(self.last_used_at, datetime.datetime):
            last_used_at = self.last_used_at.isoformat()
        else:
            last_used_at = self.last_used_at

        name = self.name

        prefix = self.prefix

        project_codes = self.project_codes



        project_ids = self.project_ids



        revoked_at: None | str
        if isinstance(self.revoked_at, datetime.datetime):
            revoked_at = self.revoked_at.isoformat()
        else:
            revoked_at = self.revoked_at

        scope = self.scope.value

        scope_label = self.scope_label

        secret = self.secret


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "id": id,
            "is_active": is_active,
            "last_used_at": last_used_at,
            "name": name,
            "prefix": prefix,
            "project_codes": project_codes,
            "project_ids": project_ids,
            "revoked_at": revoked_at,
            "scope": scope,
            "scope_label": scope_label,
            "secret": secret,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        id = d.pop("id")

        is_active = d.pop("is_active")

        def _parse_last_used_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_used_at_type_0 = datetime.datetime.fromisoformat(data)



                return last_used_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_used_at = _parse_last_used_at(d.pop("last_used_at"))


        name = d.pop("name")

        prefix = d.pop("prefix")

        project_codes = cast(list[str], d.pop("project_codes"))


        project_ids = cast(list[int], d.pop("project_ids"))


        def _parse_revoked_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                revoked_at_type_0 = datetime.datetime.fromisoformat(data)



                return revoked_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        revoked_at = _parse_revoked_at(d.pop("revoked_at"))


        scope = ApiTokenScope(d.pop("scope"))




        scope_label = d.pop("scope_label")

        secret = d.pop("secret")

        token_created_out = cls(
            created_at=created_at,
            id=id,
            is_active=is_active,
            last_used_at=last_used_at,
            name=name,
            prefix=prefix,
            project_codes=project_codes,
            project_ids=project_ids,
            revoked_at=revoked_at,
            scope=scope,
            scope_label=scope_label,
            secret=secret,
        )


        token_created_out.additional_properties = d
        return token_created_out

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
