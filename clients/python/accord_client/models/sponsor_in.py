from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.organization_sponsor_type import OrganizationSponsorType
from ..types import UNSET, Unset






T = TypeVar("T", bound="SponsorIn")



@_attrs_define
class SponsorIn:
    """ 
        Attributes:
            name (str):
            short_name (str): Goes into numbers
            sponsor_type (OrganizationSponsorType):
            country (str | Unset):  Default: ''.
            website (str | Unset):  Default: ''.
     """

    name: str
    short_name: str
    sponsor_type: OrganizationSponsorType
    country: str | Unset = ''
    website: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        name = self.name

        short_name = self.short_name

        sponsor_type = self.sponsor_type.value

        country = self.country

        website = self.website


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "name": name,
            "short_name": short_name,
            "sponsor_type": sponsor_type,
        })
        if country is not UNSET:
            field_dict["country"] = country
        if website is not UNSET:
            field_dict["website"] = website

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        short_name = d.pop("short_name")

        sponsor_type = OrganizationSponsorType(d.pop("sponsor_type"))




        country = d.pop("country", UNSET)

        website = d.pop("website", UNSET)

        sponsor_in = cls(
            name=name,
            short_name=short_name,
            sponsor_type=sponsor_type,
            country=country,
            website=website,
        )

        return sponsor_in

