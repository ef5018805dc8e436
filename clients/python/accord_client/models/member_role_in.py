from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="MemberRoleIn")



@_attrs_define
class MemberRoleIn:
    """ 
        Attributes:
            role (str):
            reason (str | Unset):  Default: ''.
            responsibility (None | str | Unset):
            version (int | None | Unset): The member's version you read (or send If-Match): a change made meanwhile answers
                409 (412 with If-Match), never overwritten
     """

    role: str
    reason: str | Unset = ''
    responsibility: None | str | Unset = UNSET
    version: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        role = self.role

        reason = self.reason

        responsibility: None | str | Unset
        if isinstance(self.responsibility, Unset):
            responsibility = UNSET
        else:
            responsibility = self.responsibility

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "role": role,
        })
        if reason is not UNSET:
            field_dict["reason"] = reason
        if responsibility is not UNSET:
            field_dict["responsibility"] = responsibility
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = d.pop("role")

        reason = d.pop("reason", UNSET)

        def _parse_responsibility(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        responsibility = _parse_responsibility(d.pop("responsibility", UNSET))


        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        member_role_in = cls(
            role=role,
            reason=reason,
            responsibility=responsibility,
            version=version,
        )

        return member_role_in

