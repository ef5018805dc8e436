from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="RegionIn")



@_attrs_define
class RegionIn:
    """ 
        Attributes:
            country_code (str): ISO 3166, e.g. CH
            reason (str | Unset):  Default: ''.
            subdivision (str | Unset): e.g. VS for Valais Default: ''.
     """

    country_code: str
    reason: str | Unset = ''
    subdivision: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        country_code = self.country_code

        reason = self.reason

        subdivision = self.subdivision


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "country_code": country_code,
        })
        if reason is not UNSET:
            field_dict["reason"] = reason
        if subdivision is not UNSET:
            field_dict["subdivision"] = subdivision

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country_code = d.pop("country_code")

        reason = d.pop("reason", UNSET)

        subdivision = d.pop("subdivision", UNSET)

        region_in = cls(
            country_code=country_code,
            reason=reason,
            subdivision=subdivision,
        )

        return region_in

