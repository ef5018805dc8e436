from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="CalibrationOut")



@_attrs_define
class CalibrationOut:
    """ 
        Attributes:
            as_found (str):
            as_left (str):
            certificate (str):
            deviation_number (None | str):
            id (int):
            next_due (datetime.date | None):
            performed_by_name (str):
            performed_on (datetime.date):
            result (str):
            result_label (str):
     """

    as_found: str
    as_left: str
    certificate: str
    deviation_number: None | str
    id: int
    next_due: datetime.date | None
    performed_by_name: str
    performed_on: datetime.date
    result: str
    result_label: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        as_found = self.as_found

        as_left = self.as_left

        certificate = self.certificate

        deviation_number: None | str
        deviation_number = self.deviation_number

        id = self.id

        next_due: None | str
        if isinstance(self.next_due, datetime.date):
            next_due = self.next_due.isoformat()
        else:
            next_due = self.next_due

        performed_by_name = self.performed_by_name

        performed_on = self.performed_on.isoformat()

        result = self.result

        result_label = self.result_label


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "as_found": as_found,
            "as_left": as_left,
            "certificate": certificate,
            "deviation_number": deviation_number,
            "id": id,
            "next_due": next_due,
            "performed_by_name": performed_by_name,
            "performed_on": performed_on,
            "result": result,
            "result_label": result_label,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        as_found = d.pop("as_found")

        as_left = d.pop("as_left")

        certificate = d.pop("certificate")

        def _parse_deviation_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        deviation_number = _parse_deviation_number(d.pop("deviation_number"))


        id = d.pop("id")

        def _parse_next_due(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_due_type_0 = datetime.date.fromisoformat(data)



                return next_due_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        next_due = _parse_next_due(d.pop("next_due"))


        performed_by_name = d.pop("performed_by_name")

        performed_on = datetime.date.fromisoformat(d.pop("performed_on"))




        result = d.pop("result")

        result_label = d.pop("result_label")

        calibration_out = cls(
            as_found=as_found,
            as_left=as_left,
            certificate=certificate,
            deviation_number=deviation_number,
            id=id,
            next_due=next_due,
            performed_by_name=performed_by_name,
            performed_on=performed_on,
            result=result,
            result_label=result_label,
        )


        calibration_out.additional_properties = d
        return calibration_out

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
