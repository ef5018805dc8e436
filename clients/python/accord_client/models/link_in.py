from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.dependency_type import DependencyType
from ..types import UNSET, Unset






T = TypeVar("T", bound="LinkIn")



@_attrs_define
class LinkIn:
    """ 
        Attributes:
            predecessor_id (int):
            successor_id (int):
            lag_days (int | Unset):  Default: 0.
            type_ (DependencyType | Unset):  Default: DependencyType.FS.
     """

    predecessor_id: int
    successor_id: int
    lag_days: int | Unset = 0
    type_: DependencyType | Unset = DependencyType.FS





    def to_dict(self) -> dict[str, Any]:
        predecessor_id = self.predecessor_id

        successor_id = self.successor_id

        lag_days = self.lag_days

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value



        field_dict: dict[str, Any] = {}

        field_dict.update({
            "predecessor_id": predecessor_id,
            "successor_id": successor_id,
        })
        if lag_days is not UNSET:
            field_dict["lag_days"] = lag_days
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        predecessor_id = d.pop("predecessor_id")

        successor_id = d.pop("successor_id")

        lag_days = d.pop("lag_days", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: DependencyType | Unset
        if isinstance(_type_,  Unset):
            type_ = UNSET
        else:
            type_ = DependencyType(_type_)




        link_in = cls(
            predecessor_id=predecessor_id,
            successor_id=successor_id,
            lag_days=lag_days,
            type_=type_,
        )

        return link_in

