from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.override_out import OverrideOut





T = TypeVar("T", bound="BookingOut")



@_attrs_define
class BookingOut:
    """ 
        Attributes:
            booked_at (datetime.datetime):
            booked_by_name (str):
            equipment_code (str):
            equipment_id (int):
            equipment_name (str):
            equipment_status (str):
            equipment_status_label (str):
            gaps_now (list[str]): Why the equipment may not be used for the task now, beyond any override
            id (int):
            next_calibration_due (datetime.date | None):
            override (None | OverrideOut): Set when the gate was overridden
            purpose (str):
            task_id (int):
     """

    booked_at: datetime.datetime
    booked_by_name: str
    equipment_code: str
    equipment_id: int
    equipment_name: str
    equipment_status: str
    equipment_status_label: str
    gaps_now: list[str]
    id: int
    next_calibration_due: datetime.date | None
    override: None | OverrideOut
    purpose: str
    task_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.override_out import OverrideOut # noqa: PLC0415
        booked_at = self.booked_at.isoformat()

        booked_by_name = self.booked_by_name

        equipment_code = self.equipment_code

        equipment_id = self.equipment_id

        equipment_name = self.equipment_name

        equipment_status = self.equipment_status

        equipment_status_label = self.equipment_status_label

        gaps_now = self.gaps_now



        id = self.id

        next_calibration_due: None | str
        if isinstance(self.next_calibration_due, datetime.date):
            next_calibration_due = self.next_calibration_due.isoformat()
        else:
            next_calibration_due = self.next_calibration_due

        override: dict[str, Any] | None
        if isinstance(self.override, OverrideOut):
            override = self.override.to_dict()
        else:
            override = self.override

        purpose = self.purpose

        task_id = self.task_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "booked_at": booked_at,
            "booked_by_name": booked_by_name,
            "equipment_code": equipment_code,
            "equipment_id": equipment_id,
            "equipment_name": equipment_name,
            "equipment_status": equipment_status,
            "equipment_status_label": equipment_status_label,
            "gaps_now": gaps_now,
            "id": id,
            "next_calibration_due": next_calibration_due,
            "override": override,
            "purpose": purpose,
            "task_id": task_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.override_out import OverrideOut # noqa: PLC0415
        d = dict(src_dict)
        booked_at = datetime.datetime.fromisoformat(d.pop("booked_at"))




        booked_by_name = d.pop("booked_by_name")

        equipment_code = d.pop("equipment_code")

        equipment_id = d.pop("equipment_id")

        equipment_name = d.pop("equipment_name")

        equipment_status = d.pop("equipment_status")

        equipment_status_label = d.pop("equipment_status_label")

        gaps_now = cast(list[str], d.pop("gaps_now"))


        id = d.pop("id")

        def _parse_next_calibration_due(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_calibration_due_type_0 = datetime.date.fromisoformat(data)



                return next_calibration_due_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        next_calibration_due = _parse_next_calibration_due(d.pop("next_calibration_due"))


        def _parse_override(data: object) -> None | OverrideOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                override_type_0 = OverrideOut.from_dict(data)



                return override_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OverrideOut, data)

        override = _parse_override(d.pop("override"))


        purpose = d.pop("purpose")

        task_id = d.pop("task_id")

        booking_out = cls(
            booked_at=booked_at,
            booked_by_name=booked_by_name,
            equipment_code=equipment_code,
            equipment_id=equipment_id,
            equipment_name=equipment_name,
            equipment_status=equipment_status,
            equipment_status_label=equipment_status_label,
            gaps_now=gaps_now,
            id=id,
            next_calibration_due=next_calibration_due,
            override=override,
            purpose=purpose,
            task_id=task_id,
        )


        booking_out.additional_properties = d
        return booking_out

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
