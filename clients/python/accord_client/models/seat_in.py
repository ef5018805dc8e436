from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="SeatIn")



@_attrs_define
class SeatIn:
    """ 
        Attributes:
            role (str): e.g. Chair
            user_id (int):
     """

    role: str
    user_id: int





    def to_dict(self) -> dict[str, Any]:
        role = self.role

        user_id = self.user_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "role": role,
            "user_id": user_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = d.pop("role")

        user_id = d.pop("user_id")

        seat_in = cls(
            role=role,
            user_id=user_id,
        )

        return seat_in

