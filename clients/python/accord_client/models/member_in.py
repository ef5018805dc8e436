from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="MemberIn")



@_attrs_define
class MemberIn:
    """ 
        Attributes:
            role (str): A project role of the person's side (GET /project-roles)
            user_id (int):
            reason (str | Unset):  Default: ''.
            responsibility (str | Unset):  Default: ''.
     """

    role: str
    user_id: int
    reason: str | Unset = ''
    responsibility: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        role = self.role

        user_id = self.user_id

        reason = self.reason

        responsibility = self.responsibility


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "role": role,
            "user_id": user_id,
        })
        if reason is not UNSET:
            field_dict["reason"] = reason
        if responsibility is not UNSET:
            field_dict["responsibility"] = responsibility

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = d.pop("role")

        user_id = d.pop("user_id")

        reason = d.pop("reason", UNSET)

        responsibility = d.pop("responsibility", UNSET)

        member_in = cls(
            role=role,
            user_id=user_id,
            reason=reason,
            responsibility=responsibility,
        )

        return member_in

