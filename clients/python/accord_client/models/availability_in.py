from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="AvailabilityIn")



@_attrs_define
class AvailabilityIn:
    """ 
        Attributes:
            reason (str):
            starts_on (datetime.date):
            units (int):
            ends_on (datetime.date | None | Unset):
     """

    reason: str
    starts_on: datetime.date
    units: int
    ends_on: datetime.date | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        starts_on = self.starts_on.isoformat()

        units = self.units

        ends_on: None | str | Unset
        if isinstance(self.ends_on, Unset):
            ends_on = UNSET
        elif isinstance(self.ends_on, datetime.date):
            ends_on = self.ends_on.isoformat()
        else:
            ends_on = self.ends_on


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "reason": reason,
            "starts_on": starts_on,
            "units": units,
        })
        if ends_on is not UNSET:
            field_dict["ends_on"] = ends_on

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason")

        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))




        units = d.pop("units")

        def _parse_ends_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_on_type_0 = datetime.date.fromisoformat(data)



                return ends_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        ends_on = _parse_ends_on(d.pop("ends_on", UNSET))


        availability_in = cls(
            reason=reason,
            starts_on=starts_on,
            units=units,
            ends_on=ends_on,
        )

        return availability_in

