from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="GateOut")



@_attrs_define
class GateOut:
    """ 
        Attributes:
            passed_by_name (str):
            passed_on (datetime.date):
            stage (str):
            stage_label (str):
     """

    passed_by_name: str
    passed_on: datetime.date
    stage: str
    stage_label: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        passed_by_name = self.passed_by_name

        passed_on = self.passed_on.isoformat()

        stage = self.stage

        stage_label = self.stage_label


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "passed_by_name": passed_by_name,
            "passed_on": passed_on,
            "stage": stage,
            "stage_label": stage_label,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        passed_by_name = d.pop("passed_by_name")

        passed_on = datetime.date.fromisoformat(d.pop("passed_on"))




        stage = d.pop("stage")

        stage_label = d.pop("stage_label")

        gate_out = cls(
            passed_by_name=passed_by_name,
            passed_on=passed_on,
            stage=stage,
            stage_label=stage_label,
        )


        gate_out.additional_properties = d
        return gate_out

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
