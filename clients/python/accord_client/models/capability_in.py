from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.capability_category import CapabilityCategory
from ..types import UNSET, Unset






T = TypeVar("T", bound="CapabilityIn")



@_attrs_define
class CapabilityIn:
    """ 
        Attributes:
            category (CapabilityCategory):
            name (str):
            description (str | Unset):  Default: ''.
     """

    category: CapabilityCategory
    name: str
    description: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        category = self.category.value

        name = self.name

        description = self.description


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "category": category,
            "name": name,
        })
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = CapabilityCategory(d.pop("category"))




        name = d.pop("name")

        description = d.pop("description", UNSET)

        capability_in = cls(
            category=category,
            name=name,
            description=description,
        )

        return capability_in

