from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.organization_sponsor_type import OrganizationSponsorType






T = TypeVar("T", bound="SponsorDetailOut")



@_attrs_define
class SponsorDetailOut:
    """ 
        Attributes:
            country (str):
            id (int):
            is_active (bool):
            name (str):
            short_name (str):
            sponsor_type (OrganizationSponsorType):
            sponsor_type_label (str):
            token (str): Changes with every edit; send it back (or as If-Match)
            website (str):
     """

    country: str
    id: int
    is_active: bool
    name: str
    short_name: str
    sponsor_type: OrganizationSponsorType
    sponsor_type_label: str
    token: str
    website: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        country = self.country

        id = self.id

        is_active = self.is_active

        name = self.name

        short_name = self.short_name

        sponsor_type = self.sponsor_type.value

        sponsor_type_label = self.sponsor_type_label

        token = self.token

        website = self.website


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "country": country,
            "id": id,
            "is_active": is_active,
            "name": name,
            "short_name": short_name,
            "sponsor_type": sponsor_type,
            "sponsor_type_label": sponsor_type_label,
            "token": token,
            "website": website,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country = d.pop("country")

        id = d.pop("id")

        is_active = d.pop("is_active")

        name = d.pop("name")

        short_name = d.pop("short_name")

        sponsor_type = OrganizationSponsorType(d.pop("sponsor_type"))




        sponsor_type_label = d.pop("sponsor_type_label")

        token = d.pop("token")

        website = d.pop("website")

        sponsor_detail_out = cls(
            country=country,
            id=id,
            is_active=is_active,
            name=name,
            short_name=short_name,
            sponsor_type=sponsor_type,
            sponsor_type_label=sponsor_type_label,
            token=token,
            website=website,
        )


        sponsor_detail_out.additional_properties = d
        return sponsor_detail_out

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
