from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="DemandIn")



@_attrs_define
class DemandIn:
    """ 
        Attributes:
            units (int | Unset): Held on each working day of the task Default: 1.
     """

    units: int | Unset = 1





    def to_dict(self) -> dict[str, Any]:
        units = self.units


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if units is not UNSET:
            field_dict["units"] = units

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        units = d.pop("units", UNSET)

        demand_in = cls(
            units=units,
        )

        return demand_in

