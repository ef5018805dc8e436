from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="RegionOut")



@_attrs_define
class RegionOut:
    """ 
        Attributes:
            country_code (str):
            site_id (int):
            subdivision (str):
     """

    country_code: str
    site_id: int
    subdivision: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        country_code = self.country_code

        site_id = self.site_id

        subdivision = self.subdivision


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "country_code": country_code,
            "site_id": site_id,
            "subdivision": subdivision,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country_code = d.pop("country_code")

        site_id = d.pop("site_id")

        subdivision = d.pop("subdivision")

        region_out = cls(
            country_code=country_code,
            site_id=site_id,
            subdivision=subdivision,
        )


        region_out.additional_properties = d
        return region_out

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
