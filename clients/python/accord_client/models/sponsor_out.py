from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="SponsorOut")



@_attrs_define
class SponsorOut:
    """ 
        Attributes:
            country (str):
            id (int):
            name (str):
            short_name (str):
            sponsor_type (str):
     """

    country: str
    id: int
    name: str
    short_name: str
    sponsor_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        country = self.country

        id = self.id

        name = self.name

        short_name = self.short_name

        sponsor_type = self.sponsor_type


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "country": country,
            "id": id,
            "name": name,
            "short_name": short_name,
            "sponsor_type": sponsor_type,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country = d.pop("country")

        id = d.pop("id")

        name = d.pop("name")

        short_name = d.pop("short_name")

        sponsor_type = d.pop("sponsor_type")

        sponsor_out = cls(
            country=country,
            id=id,
            name=name,
            short_name=short_name,
            sponsor_type=sponsor_type,
        )


        sponsor_out.additional_properties = d
        return sponsor_out

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
