from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="CriterionIO")



@_attrs_define
class CriterionIO:
    """ 
        Attributes:
            formula (str): Arithmetic over variable names
            half (str): perform or transform
            name (str):
            weight (int): The weights of a template sum to 100
            target (float | None | Unset):
            unit (str | Unset):  Default: 'points'.
     """

    formula: str
    half: str
    name: str
    weight: int
    target: float | None | Unset = UNSET
    unit: str | Unset = 'points'
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        formula = self.formula

        half = self.half

        name = self.name

        weight = self.weight

        target: float | None | Unset
        if isinstance(self.target, Unset):
            target = UNSET
        else:
            target = self.target

        unit = self.unit


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "formula": formula,
            "half": half,
            "name": name,
            "weight": weight,
        })
        if target is not UNSET:
            field_dict["target"] = target
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        formula = d.pop("formula")

        half = d.pop("half")

        name = d.pop("name")

        weight = d.pop("weight")

        def _parse_target(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        target = _parse_target(d.pop("target", UNSET))


        unit = d.pop("unit", UNSET)

        criterion_io = cls(
            formula=formula,
            half=half,
            name=name,
            weight=weight,
            target=target,
            unit=unit,
        )


        criterion_io.additional_properties = d
        return criterion_io

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
