from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="TargetOut")



@_attrs_define
class TargetOut:
    """ 
        Attributes:
            acknowledge_minutes (int): Working minutes to acknowledge the concern
            first_contact_minutes (int): Working minutes to the first substantive contact
            priority (str): critical, high, medium or low
            priority_label (str):
            resolve_minutes (int): Working minutes to resolve it
            update_minutes (int): Working minutes between updates while it is open
     """

    acknowledge_minutes: int
    first_contact_minutes: int
    priority: str
    priority_label: str
    resolve_minutes: int
    update_minutes: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        acknowledge_minutes = self.acknowledge_minutes

        first_contact_minutes = self.first_contact_minutes

        priority = self.priority

        priority_label = self.priority_label

        resolve_minutes = self.resolve_minutes

        update_minutes = self.update_minutes


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "acknowledge_minutes": acknowledge_minutes,
            "first_contact_minutes": first_contact_minutes,
            "priority": priority,
            "priority_label": priority_label,
            "resolve_minutes": resolve_minutes,
            "update_minutes": update_minutes,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        acknowledge_minutes = d.pop("acknowledge_minutes")

        first_contact_minutes = d.pop("first_contact_minutes")

        priority = d.pop("priority")

        priority_label = d.pop("priority_label")

        resolve_minutes = d.pop("resolve_minutes")

        update_minutes = d.pop("update_minutes")

        target_out = cls(
            acknowledge_minutes=acknowledge_minutes,
            first_contact_minutes=first_contact_minutes,
            priority=priority,
            priority_label=priority_label,
            resolve_minutes=resolve_minutes,
            update_minutes=update_minutes,
        )


        target_out.additional_properties = d
        return target_out

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
