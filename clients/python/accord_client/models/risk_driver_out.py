from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="RiskDriverOut")



@_attrs_define
class RiskDriverOut:
    """ 
        Attributes:
            criticality (int): Percent of iterations on the critical path
            estimated (bool):
            name (str):
            sensitivity (float):
     """

    criticality: int
    estimated: bool
    name: str
    sensitivity: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        criticality = self.criticality

        estimated = self.estimated

        name = self.name

        sensitivity = self.sensitivity


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "criticality": criticality,
            "estimated": estimated,
            "name": name,
            "sensitivity": sensitivity,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        criticality = d.pop("criticality")

        estimated = d.pop("estimated")

        name = d.pop("name")

        sensitivity = d.pop("sensitivity")

        risk_driver_out = cls(
            criticality=criticality,
            estimated=estimated,
            name=name,
            sensitivity=sensitivity,
        )


        risk_driver_out.additional_properties = d
        return risk_driver_out

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
