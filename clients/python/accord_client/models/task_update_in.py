from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.task_calendar_kind import TaskCalendarKind
from ..models.task_constraint_type import TaskConstraintType
from ..models.task_kind import TaskKind
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="TaskUpdateIn")



@_attrs_define
class TaskUpdateIn:
    """ 
        Attributes:
            actual_finish (datetime.date | None | Unset):
            actual_start (datetime.date | None | Unset):
            batch_id (int | None | Unset):
            calendar (None | TaskCalendarKind | Unset): 'project' (the site's working days) or 'continuous' (every day)
            constraint_date (datetime.date | None | Unset):
            constraint_type (None | TaskConstraintType | Unset):
            department (None | str | Unset):
            duration_days (int | None | Unset):
            gmp (bool | None | Unset):
            kind (None | TaskKind | Unset):
            most_likely_days (int | None | Unset):
            name (None | str | Unset):
            optimistic_days (int | None | Unset):
            parent_id (int | None | Unset):
            percent_complete (int | None | Unset):
            pessimistic_days (int | None | Unset):
            reason (str | Unset):  Default: ''.
            version (int | None | Unset): The version read (or send If-Match)
            wbs (None | str | Unset):
     """

    actual_finish: datetime.date | None | Unset = UNSET
    actual_start: datetime.date | None | Unset = UNSET
    batch_id: int | None | Unset = UNSET
    calendar: None | TaskCalendarKind | Unset = UNSET
    constraint_date: datetime.date | None | Unset = UNSET
    constraint_type: None | TaskConstraintType | Unset = UNSET
    department: None | str | Unset = UNSET
    duration_days: int | None | Unset = UNSET
    gmp: bool | None | Unset = UNSET
    kind: None | TaskKind | Unset = UNSET
    most_likely_days: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    optimistic_days: int | None | Unset = UNSET
    parent_id: int | None | Unset = UNSET
    percent_complete: int | None | Unset = UNSET
    pessimistic_days: int | None | Unset = UNSET
    reason: str | Unset = ''
    version: int | None | Unset = UNSET
    wbs: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        actual_finish: None | str | Unset
        if isinstance(self.actual_finish, Unset):
            actual_finish = UNSET
        elif isinstance(self.actual_finish, datetime.date):
            actual_finish = self.actual_finish.isoformat()
        else:
            actual_finish = self.actual_finish

        actual_start: None | str | Unset
        if isinstance(self.actual_start, Unset):
            actual_start = UNSET
        elif isinstance(self.actual_start, datetime.date):
            actual_start = self.actual_start.isoformat()
        else:
            actual_start = self.actual_start

        batch_id: int | None | Unset
        if isinstance(self.batch_id, Unset):
            batch_id = UNSET
        else:
            batch_id = self.batch_id

        calendar: None | str | Unset
        if isinstance(self.calendar, Unset):
            calendar = UNSET
        elif isinstance(self.calendar, TaskCalendarKind):
            calendar = self.calendar.value
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
        elif isinstance(self.constraint_type, TaskConstraintType):
            constraint_type = self.constraint_type.value
        else:
            constraint_type = self.constraint_type

        department: None | str | Unset
        if isinstance(self.department, Unset):
            department = UNSET
        else:
            department = self.department

        duration_days: int | None | Unset
        if isinstance(self.duration_days, Unset):
            duration_days = UNSET
        else:
            duration_days = self.duration_days

        gmp: bool | None | Unset
        if isinstance(self.gmp, Unset):
            gmp = UNSET
        else:
            gmp = self.gmp

        kind: None | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        elif isinstance(self.kind, TaskKind):
            kind = self.kind.value
        else:
            kind = self.kind

        most_likely_days: int | None | Unset
        if isinstance(self.most_likely_days, Unset):
            most_likely_days = UNSET
        else:
            most_likely_days = self.most_likely_days

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        optimistic_days: int | None | Unset
        if isinstance(self.optimistic_days, Unset):
            optimistic_days = UNSET
        else:
            optimistic_days = self.optimistic_days

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        percent_complete: int | None | Unset
        if isinstance(self.percent_complete, Unset):
            percent_complete = UNSET
        else:
            percent_complete = self.percent_complete

        pessimistic_days: int | None | Unset
        if isinstance(self.pessimistic_days, Unset):
            pessimistic_days = UNSET
        else:
            pessimistic_days = self.pessimistic_days

        reason = self.reason

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        wbs: None | str | Unset
        if isinstance(self.wbs, Unset):
            wbs = UNSET
        else:
            wbs = self.wbs


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if actual_finish is not UNSET:
            field_dict["actual_finish"] = actual_finish
        if actual_start is not UNSET:
            field_dict["actual_start"] = actual_start
        if batch_id is not UNSET:
            field_dict["batch_id"] = batch_id
        if calendar is not UNSET:
            field_dict["calendar"] = calendar
        if constraint_date is not UNSET:
            field_dict["constraint_date"] = constraint_date
        if constraint_type is not UNSET:
            field_dict["constraint_type"] = constraint_type
        if department is not UNSET:
            field_dict["department"] = department
        if duration_days is not UNSET:
            field_dict["duration_days"] = duration_days
        if gmp is not UNSET:
            field_dict["gmp"] = gmp
        if kind is not UNSET:
            field_dict["kind"] = kind
        if most_likely_days is not UNSET:
            field_dict["most_likely_days"] = most_likely_days
        if name is not UNSET:
            field_dict["name"] = name
        if optimistic_days is not UNSET:
            field_dict["optimistic_days"] = optimistic_days
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if percent_complete is not UNSET:
            field_dict["percent_complete"] = percent_complete
        if pessimistic_days is not UNSET:
            field_dict["pessimistic_days"] = pessimistic_days
        if reason is not UNSET:
            field_dict["reason"] = reason
        if version is not UNSET:
            field_dict["version"] = version
        if wbs is not UNSET:
            field_dict["wbs"] = wbs

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_actual_finish(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actual_finish_type_0 = datetime.date.fromisoformat(data)



                return actual_finish_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        actual_finish = _parse_actual_finish(d.pop("actual_finish", UNSET))


        def _parse_actual_start(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actual_start_type_0 = datetime.date.fromisoformat(data)



                return actual_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        actual_start = _parse_actual_start(d.pop("actual_start", UNSET))


        def _parse_batch_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        batch_id = _parse_batch_id(d.pop("batch_id", UNSET))


        def _parse_calendar(data: object) -> None | TaskCalendarKind | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                calendar_type_0 = TaskCalendarKind(data)



                return calendar_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskCalendarKind | Unset, data)

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


        def _parse_constraint_type(data: object) -> None | TaskConstraintType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                constraint_type_type_0 = TaskConstraintType(data)



                return constraint_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskConstraintType | Unset, data)

        constraint_type = _parse_constraint_type(d.pop("constraint_type", UNSET))


        def _parse_department(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        department = _parse_department(d.pop("department", UNSET))


        def _parse_duration_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration_days = _parse_duration_days(d.pop("duration_days", UNSET))


        def _parse_gmp(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        gmp = _parse_gmp(d.pop("gmp", UNSET))


        def _parse_kind(data: object) -> None | TaskKind | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = TaskKind(data)



                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskKind | Unset, data)

        kind = _parse_kind(d.pop("kind", UNSET))


        def _parse_most_likely_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        most_likely_days = _parse_most_likely_days(d.pop("most_likely_days", UNSET))


        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))


        def _parse_optimistic_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        optimistic_days = _parse_optimistic_days(d.pop("optimistic_days", UNSET))


        def _parse_parent_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))


        def _parse_percent_complete(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        percent_complete = _parse_percent_complete(d.pop("percent_complete", UNSET))


        def _parse_pessimistic_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        pessimistic_days = _parse_pessimistic_days(d.pop("pessimistic_days", UNSET))


        reason = d.pop("reason", UNSET)

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        def _parse_wbs(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        wbs = _parse_wbs(d.pop("wbs", UNSET))


        task_update_in = cls(
            actual_finish=actual_finish,
            actual_start=actual_start,
            batch_id=batch_id,
            calendar=calendar,
            constraint_date=constraint_date,
            constraint_type=constraint_type,
            department=department,
            duration_days=duration_days,
            gmp=gmp,
            kind=kind,
            most_likely_days=most_likely_days,
            name=name,
            optimistic_days=optimistic_days,
            parent_id=parent_id,
            percent_complete=percent_complete,
            pessimistic_days=pessimistic_days,
            reason=reason,
            version=version,
            wbs=wbs,
        )

        return task_update_in

