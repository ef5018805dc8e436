from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.dependency_type import DependencyType






T = TypeVar("T", bound="PlanLinkOut")



@_attrs_define
class PlanLinkOut:
    """ 
        Attributes:
            id (int):
            lag_days (int): Working days; negative for a lead
            predecessor_id (int):
            predecessor_name (str):
            successor_id (int):
            successor_name (str):
            type_ (DependencyType):
            type_label (str):
     """

    id: int
    lag_days: int
    predecessor_id: int
    predecessor_name: str
    successor_id: int
    successor_name: str
    type_: DependencyType
    type_label: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        lag_days = self.lag_days

        predecessor_id = self.predecessor_id

        predecessor_name = self.predecessor_name

        successor_id = self.successor_id

        successor_name = self.successor_name

        type_ = self.type_.value

        type_label = self.type_label


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "lag_days": lag_days,
            "predecessor_id": predecessor_id,
            "predecessor_name": predecessor_name,
            "successor_id": successor_id,
            "successor_name": successor_name,
            "type": type_,
            "type_label": type_label,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        lag_days = d.pop("lag_days")

        predecessor_id = d.pop("predecessor_id")

        predecessor_name = d.pop("predecessor_name")

        successor_id = d.pop("successor_id")

        successor_name = d.pop("successor_name")

        type_ = DependencyType(d.pop("type"))




        type_label = d.pop("type_label")

        plan_link_out = cls(
            id=id,
            lag_days=lag_days,
            predecessor_id=predecessor_id,
            predecessor_name=predecessor_name,
            successor_id=successor_id,
            successor_name=successor_name,
            type_=type_,
            type_label=type_label,
        )


        plan_link_out.additional_properties = d
        return plan_link_out

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
