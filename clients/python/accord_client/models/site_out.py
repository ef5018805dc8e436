from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="SiteOut")



@_attrs_define
class SiteOut:
    """ 
        Attributes:
            capabilities (str):
            city (str):
            code (str):
            country (str):
            country_code (str): Whose public holidays the site keeps (ISO 3166)
            id (int):
            name (str):
            subdivision (str): The region within the country, or empty
     """

    capabilities: str
    city: str
    code: str
    country: str
    country_code: str
    id: int
    name: str
    subdivision: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        capabilities = self.capabilities

        city = self.city

        code = self.code

        country = self.country

        country_code = self.country_code

        id = self.id

        name = self.name

        subdivision = self.subdivision


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "capabilities": capabilities,
            "city": city,
            "code": code,
            "country": country,
            "country_code": country_code,
            "id": id,
            "name": name,
            "subdivision": subdivision,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        capabilities = d.pop("capabilities")

        city = d.pop("city")

        code = d.pop("code")

        country = d.pop("country")

        country_code = d.pop("country_code")

        id = d.pop("id")

        name = d.pop("name")

        subdivision = d.pop("subdivision")

        site_out = cls(
            capabilities=capabilities,
            city=city,
            code=code,
            country=country,
            country_code=country_code,
            id=id,
            name=name,
            subdivision=subdivision,
        )


        site_out.additional_properties = d
        return site_out

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
