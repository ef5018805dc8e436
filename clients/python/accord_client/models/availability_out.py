from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="AvailabilityOut")



@_attrs_define
class AvailabilityOut:
    """ 
        Attributes:
            ends_on (datetime.date | None): Empty: from then on
            id (int):
            label (str): The change as a sentence, e.g. “from 3 Mar 2027 …”
            reason (str):
            recorded_at (datetime.datetime):
            recorded_by_name (str):
            resource_id (int):
            starts_on (datetime.date):
            token (str): Send it back (or as If-Match) to change this change
            unit (str):
            units (int):
     """

    ends_on: datetime.date | None
    id: int
    label: str
    reason: str
    recorded_at: datetime.datetime
    recorded_by_name: str
    resource_id: int
    starts_on: datetime.date
    token: str
    unit: str
    units: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        ends_on: None | str
        if isinstance(self.ends_on, datetime.date):
            ends_on = self.ends_on.isoformat()
        else:
            ends_on = self.ends_on

        id = self.id

        label = self.label

        reason = self.reason

        recorded_at = self.recorded_at.isoformat()

        recorded_by_name = self.recorded_by_name

        resource_id = self.resource_id

        starts_on = self.starts_on.isoformat()

        token = self.token

        unit = self.unit

        units = self.units


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "ends_on": ends_on,
            "id": id,
            "label": label,
            "reason": reason,
            "recorded_at": recorded_at,
            "recorded_by_name": recorded_by_name,
            "resource_id": resource_id,
            "starts_on": starts_on,
            "token": token,
            "unit": unit,
            "units": units,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_ends_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_on_type_0 = datetime.date.fromisoformat(data)



                return ends_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        ends_on = _parse_ends_on(d.pop("ends_on"))


        id = d.pop("id")

        label = d.pop("label")

        reason = d.pop("reason")

        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))




        recorded_by_name = d.pop("recorded_by_name")

        resource_id = d.pop("resource_id")

        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))




        token = d.pop("token")

        unit = d.pop("unit")

        units = d.pop("units")

        availability_out = cls(
            ends_on=ends_on,
            id=id,
            label=label,
            reason=reason,
            recorded_at=recorded_at,
            recorded_by_name=recorded_by_name,
            resource_id=resource_id,
            starts_on=starts_on,
            token=token,
            unit=unit,
            units=units,
        )


        availability_out.additional_properties = d
        return availability_out

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
