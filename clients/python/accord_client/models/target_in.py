from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="TargetIn")



@_attrs_define
class TargetIn:
    """ 
        Attributes:
            acknowledge_minutes (int):
            first_contact_minutes (int):
            resolve_minutes (int):
            update_minutes (int):
     """

    acknowledge_minutes: int
    first_contact_minutes: int
    resolve_minutes: int
    update_minutes: int





    def to_dict(self) -> dict[str, Any]:
        acknowledge_minutes = self.acknowledge_minutes

        first_contact_minutes = self.first_contact_minutes

        resolve_minutes = self.resolve_minutes

        update_minutes = self.update_minutes


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "acknowledge_minutes": acknowledge_minutes,
            "first_contact_minutes": first_contact_minutes,
            "resolve_minutes": resolve_minutes,
            "update_minutes": update_minutes,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        acknowledge_minutes = d.pop("acknowledge_minutes")

        first_contact_minutes = d.pop("first_contact_minutes")

        resolve_minutes = d.pop("resolve_minutes")

        update_minutes = d.pop("update_minutes")

        target_in = cls(
            acknowledge_minutes=acknowledge_minutes,
            first_contact_minutes=first_contact_minutes,
            resolve_minutes=resolve_minutes,
            update_minutes=update_minutes,
        )

        return target_in

