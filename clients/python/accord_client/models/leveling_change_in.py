from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="LevelingChangeIn")



@_attrs_define
class LevelingChangeIn:
    """ 
        Attributes:
            task_id (int):
            calendar (None | str | Unset):
            constraint_date (datetime.date | None | Unset):
            constraint_type (None | str | Unset):
            duration_days (int | None | Unset):
     """

    task_id: int
    calendar: None | str | Unset = UNSET
    constraint_date: datetime.date | None | Unset = UNSET
    constraint_type: None | str | Unset = UNSET
    duration_days: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        calendar: None | str | Unset
        if isinstance(self.calendar, Unset):
            calendar = UNSET
        else:
            calendar = self.calendar

        constraint_date: None | str | Unset
        if isinstance(self.constraint_date, Unset):
            constraint_date = UNSET
        elif isinstance(self.constraint_date, datetime.date):
            constraint_date = self.constraint_date.isoformat()
        else:
            constraint_date = self.constraint_date

        constraint_type: None | str | Unset
        if isinstance(self.constraint_type, Unset):
            constraint_type = UNSET
        else:
            constraint_type = self.constraint_type

        duration_days: int | None | Unset
        if isinstance(self.duration_days, Unset):
            duration_days = UNSET
        else:
            duration_days = self.duration_days


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "task_id": task_id,
        })
        if calendar is not UNSET:
            field_dict["calendar"] = calendar
        if constraint_date is not UNSET:
            field_dict["constraint_date"] = constraint_date
        if constraint_type is not UNSET:
            field_dict["constraint_type"] = constraint_type
        if duration_days is not UNSET:
            field_dict["duration_days"] = duration_days

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_id = d.pop("task_id")

        def _parse_calendar(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        calendar = _parse_calendar(d.pop("calendar", UNSET))


        def _parse_constraint_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                constraint_date_type_0 = datetime.date.fromisoformat(data)



                return constraint_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        constraint_date = _parse_constraint_date(d.pop("constraint_date", UNSET))


        def _parse_constraint_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        constraint_type = _parse_constraint_type(d.pop("constraint_type", UNSET))


        def _parse_duration_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration_days = _parse_duration_days(d.pop("duration_days", UNSET))


        leveling_change_in = cls(
            task_id=task_id,
            calendar=calendar,
            constraint_date=constraint_date,
            constraint_type=constraint_type,
            duration_days=duration_days,
        )

        return leveling_change_in

