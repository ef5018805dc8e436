from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="MemberRemoveIn")



@_attrs_define
class MemberRemoveIn:
    """ 
        Attributes:
            reason (str):
            successor_id (int | None | Unset): A member of the same side who takes over the person's RACI letters, steering
                seat and places in the communication tree
     """

    reason: str
    successor_id: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        successor_id: int | None | Unset
        if isinstance(self.successor_id, Unset):
            successor_id = UNSET
        else:
            successor_id = self.successor_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "reason": reason,
        })
        if successor_id is not UNSET:
            field_dict["successor_id"] = successor_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason")

        def _parse_successor_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        successor_id = _parse_successor_id(d.pop("successor_id", UNSET))


        member_remove_in = cls(
            reason=reason,
            successor_id=successor_id,
        )

        return member_remove_in

