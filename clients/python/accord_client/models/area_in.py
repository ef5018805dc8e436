from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="AreaIn")



@_attrs_define
class AreaIn:
    """ 
        Attributes:
            name (str):
            site_id (int):
            description (str | Unset):  Default: ''.
     """

    name: str
    site_id: int
    description: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        name = self.name

        site_id = self.site_id

        description = self.description


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "name": name,
            "site_id": site_id,
        })
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        site_id = d.pop("site_id")

        description = d.pop("description", UNSET)

        area_in = cls(
            name=name,
            site_id=site_id,
            description=description,
        )

        return area_in

