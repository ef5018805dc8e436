from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="BandIO")



@_attrs_define
class BandIO:
    """ 
        Attributes:
            colour (str): #rrggbb
            lower (int):
            name (str):
            upper (int):
     """

    colour: str
    lower: int
    name: str
    upper: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        colour = self.colour

        lower = self.lower

        name = self.name

        upper = self.upper


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "colour": colour,
            "lower": lower,
            "name": name,
            "upper": upper,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        colour = d.pop("colour")

        lower = d.pop("lower")

        name = d.pop("name")

        upper = d.pop("upper")

        band_io = cls(
            colour=colour,
            lower=lower,
            name=name,
            upper=upper,
        )


        band_io.additional_properties = d
        return band_io

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
