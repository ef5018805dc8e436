from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="EquipmentLapseOut")



@_attrs_define
class EquipmentLapseOut:
    """ 
        Attributes:
            booking_id (int):
            equipment_code (str):
            equipment_id (int):
            equipment_name (str):
            lapses_on (datetime.date):
            overridden (bool):
            reasons (list[str]):
            starts_on (datetime.date):
            task_id (int):
            task_name (str):
     """

    booking_id: int
    equipment_code: str
    equipment_id: int
    equipment_name: str
    lapses_on: datetime.date
    overridden: bool
    reasons: list[str]
    starts_on: datetime.date
    task_id: int
    task_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        booking_id = self.booking_id

        equipment_code = self.equipment_code

        equipment_id = self.equipment_id

        equipment_name = self.equipment_name

        lapses_on = self.lapses_on.isoformat()

        overridden = self.overridden

        reasons = self.reasons



        starts_on = self.starts_on.isoformat()

        task_id = self.task_id

        task_name = self.task_name


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "booking_id": booking_id,
            "equipment_code": equipment_code,
            "equipment_id": equipment_id,
            "equipment_name": equipment_name,
            "lapses_on": lapses_on,
            "overridden": overridden,
            "reasons": reasons,
            "starts_on": starts_on,
            "task_id": task_id,
            "task_name": task_name,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        booking_id = d.pop("booking_id")

        equipment_code = d.pop("equipment_code")

        equipment_id = d.pop("equipment_id")

        equipment_name = d.pop("equipment_name")

        lapses_on = datetime.date.fromisoformat(d.pop("lapses_on"))




        overridden = d.pop("overridden")

        reasons = cast(list[str], d.pop("reasons"))


        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))




        task_id = d.pop("task_id")

        task_name = d.pop("task_name")

        equipment_lapse_out = cls(
            booking_id=booking_id,
            equipment_code=equipment_code,
            equipment_id=equipment_id,
            equipment_name=equipment_name,
            lapses_on=lapses_on,
            overridden=overridden,
            reasons=reasons,
            starts_on=starts_on,
            task_id=task_id,
            task_name=task_name,
        )


        equipment_lapse_out.additional_properties = d
        return equipment_lapse_out

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
