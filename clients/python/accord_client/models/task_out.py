from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.task_calendar_kind import TaskCalendarKind
from ..models.task_constraint_type import TaskConstraintType
from ..models.task_kind import TaskKind
from typing import cast
import datetime






T = TypeVar("T", bound="TaskOut")



@_attrs_define
class TaskOut:
    """ 
        Attributes:
            actual_finish (datetime.date | None):
            actual_start (datetime.date | None):
            baseline_finish (datetime.date | None):
            baseline_start (datetime.date | None): In the latest baseline
            batch_id (int | None):
            calendar (TaskCalendarKind):
            calendar_label (str):
            constraint_date (datetime.date | None):
            constraint_type (None | TaskConstraintType):
            constraint_type_label (str):
            critical (bool):
            department (str):
            duration_days (int): Working days; 0 for a milestone
            early_finish (datetime.date | None):
            early_start (datetime.date | None): Computed by the scheduler
            finish_variance_days (int | None): Forecast finish minus the latest baseline's, in calendar days
            free_float (int | None):
            gmp (bool):
            id (int):
            kind (TaskKind):
            kind_label (str):
            late_finish (datetime.date | None):
            late_start (datetime.date | None):
            most_likely_days (int | None):
            name (str):
            optimistic_days (int | None):
            parent_id (int | None):
            percent_complete (int):
            pessimistic_days (int | None):
            predecessors (str): As on the plan page: '3, 4SS+2d'
            project_id (int):
            sort_order (int):
            total_float (int | None): Working days the task may slip
            uid (int): Stable id within the project (the MS Project UID)
            version (int):
            wbs (str):
     """

    actual_finish: datetime.date | None
    actual_start: datetime.date | None
    baseline_finish: datetime.date | None
    baseline_start: datetime.date | None
    batch_id: int | None
    calendar: TaskCalendarKind
    calendar_label: str
    constraint_date: datetime.date | None
    constraint_type: None | TaskConstraintType
    constraint_type_label: str
    critical: bool
    department: str
    duration_days: int
    early_finish: datetime.date | None
    early_start: datetime.date | None
    finish_variance_days: int | None
    free_float: int | None
    gmp: bool
    id: int
    kind: TaskKind
    kind_label: str
    late_finish: datetime.date | None
    late_start: datetime.date | None
    most_likely_days: int | None
    name: str
    optimistic_days: int | None
    parent_id: int | None
    percent_complete: int
    pessimistic_days: int | None
    predecessors: str
    project_id: int
    sort_order: int
    total_float: int | None
    uid: int
    version: int
    wbs: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        actual_finish: None | str
        if isinstance(self.actual_finish, datetime.date):
            actual_finish = self.actual_finish.isoformat()
        else:
            actual_finish = self.actual_finish

        actual_start: None | str
        if isinstance(self.actual_start, datetime.date):
            actual_start = self.actual_start.isoformat()
        else:
            actual_start = self.actual_start

        baseline_finish: None | str
        if isinstance(self.baseline_finish, datetime.date):
            baseline_finish = self.baseline_finish.isoformat()
        else:
            baseline_finish = self.baseline_finish

        baseline_start: None | str
        if isinstance(self.baseline_start, datetime.date):
            baseline_start = self.baseline_start.isoformat()
        else:
            baseline_start = self.baseline_start

        batch_id: int | None
        batch_id = self.batch_id

        calendar = self.calendar.value

        calendar_label = self.calendar_label

        constraint_date: None | str
        if isinstance(self.constraint_date, datetime.date):
            constraint_date = self.constraint_date.isoformat()
        else:
            constraint_date = self.constraint_date

        constraint_type: None | str
        if isinstance(self.constraint_type, TaskConstraintType):
            constraint_type = self.constraint_type.value
        else:
            constraint_type = self.constraint_type

        constraint_type_label = self.constraint_type_label

        critical = self.critical

        department = self.department

        duration_days = self.duration_days

        early_finish: None | str
        if isinstance(self.early_finish, datetime.date):
            early_finish = self.early_finish.isoformat()
        else:
            early_finish = self.early_finish

        early_start: None | str
        if isinstance(self.early_start, datetime.date):
            early_start = self.early_start.isoformat()
        else:
            early_start = self.early_start

        finish_variance_days: int | None
        finish_variance_days = self.finish_variance_days

        free_float: int | None
        free_float = self.free_float

        gmp = self.gmp

        id = self.id

        kind = self.kind.value

        kind_label = self.kind_label

        late_finish: None | str
        if isinstance(self.late_finish, datetime.date):
            late_finish = self.late_finish.isoformat()
        else:
            late_finish = self.late_finish

        late_start: None | str
        if isinstance(self.late_start, datetime.date):
            late_start = self.late_start.isoformat()
        else:
            late_start = self.late_start

        most_likely_days: int | None
        most_likely_days = self.most_likely_days

        name = self.name

        optimistic_days: int | None
        optimistic_days = self.optimistic_days

        parent_id: int | None
        parent_id = self.parent_id

        percent_complete = self.percent_complete

        pessimistic_days: int | None
        pessimistic_days = self.pessimistic_days

        predecessors = self.predecessors

        project_id = self.project_id

        sort_order = self.sort_order

        total_float: int | None
        total_float = self.total_float

        uid = self.uid

        version = self.version

        wbs = self.wbs


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "actual_finish": actual_finish,
            "actual_start": actual_start,
            "baseline_finish": baseline_finish,
            "baseline_start": baseline_start,
            "batch_id": batch_id,
            "calendar": calendar,
            "calendar_label": calendar_label,
            "constraint_date": constraint_date,
            "constraint_type": constraint_type,
            "constraint_type_label": constraint_type_label,
            "critical": critical,
            "department": department,
            "duration_days": duration_days,
            "early_finish": early_finish,
            "early_start": early_start,
            "finish_variance_days": finish_variance_days,
            "free_float": free_float,
            "gmp": gmp,
            "id": id,
            "kind": kind,
            "kind_label": kind_label,
            "late_finish": late_finish,
            "late_start": late_start,
            "most_likely_days": most_likely_days,
            "name": name,
            "optimistic_days": optimistic_days,
            "parent_id": parent_id,
            "percent_complete": percent_complete,
            "pessimistic_days": pessimistic_days,
            "predecessors": predecessors,
            "project_id": project_id,
            "sort_order": sort_order,
            "total_float": total_float,
            "uid": uid,
            "version": version,
            "wbs": wbs,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_actual_finish(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actual_finish_type_0 = datetime.date.fromisoformat(data)



                return actual_finish_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        actual_finish = _parse_actual_finish(d.pop("actual_finish"))


        def _parse_actual_start(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actual_start_type_0 = datetime.date.fromisoformat(data)



                return actual_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        actual_start = _parse_actual_start(d.pop("actual_start"))


        def _parse_baseline_finish(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                baseline_finish_type_0 = datetime.date.fromisoformat(data)



                return baseline_finish_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        baseline_finish = _parse_baseline_finish(d.pop("baseline_finish"))


        def _parse_baseline_start(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                baseline_start_type_0 = datetime.date.fromisoformat(data)



                return baseline_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        baseline_start = _parse_baseline_start(d.pop("baseline_start"))


        def _parse_batch_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        batch_id = _parse_batch_id(d.pop("batch_id"))


        calendar = TaskCalendarKind(d.pop("calendar"))




        calendar_label = d.pop("calendar_label")

        def _parse_constraint_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                constraint_date_type_0 = datetime.date.fromisoformat(data)



                return constraint_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        constraint_date = _parse_constraint_date(d.pop("constraint_date"))


        def _parse_constraint_type(data: object) -> None | TaskConstraintType:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                constraint_type_type_0 = TaskConstraintType(data)



                return constraint_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskConstraintType, data)

        constraint_type = _parse_constraint_type(d.pop("constraint_type"))


        constraint_type_label = d.pop("constraint_type_label")

        critical = d.pop("critical")

        department = d.pop("department")

        duration_days = d.pop("duration_days")

        def _parse_early_finish(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                early_finish_type_0 = datetime.date.fromisoformat(data)



                return early_finish_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        early_finish = _parse_early_finish(d.pop("early_finish"))


        def _parse_early_start(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                early_start_type_0 = datetime.date.fromisoformat(data)



                return early_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        early_start = _parse_early_start(d.pop("early_start"))


        def _parse_finish_variance_days(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        finish_variance_days = _parse_finish_variance_days(d.pop("finish_variance_days"))


        def _parse_free_float(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        free_float = _parse_free_float(d.pop("free_float"))


        gmp = d.pop("gmp")

        id = d.pop("id")

        kind = TaskKind(d.pop("kind"))




        kind_label = d.pop("kind_label")

        def _parse_late_finish(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                late_finish_type_0 = datetime.date.fromisoformat(data)



                return late_finish_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        late_finish = _parse_late_finish(d.pop("late_finish"))


        def _parse_late_start(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                late_start_type_0 = datetime.date.fromisoformat(data)



                return late_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        late_start = _parse_late_start(d.pop("late_start"))


        def _parse_most_likely_days(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        most_likely_days = _parse_most_likely_days(d.pop("most_likely_days"))


        name = d.pop("name")

        def _parse_optimistic_days(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        optimistic_days = _parse_optimistic_days(d.pop("optimistic_days"))


        def _parse_parent_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        parent_id = _parse_parent_id(d.pop("parent_id"))


        percent_complete = d.pop("percent_complete")

        def _parse_pessimistic_days(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        pessimistic_days = _parse_pessimistic_days(d.pop("pessimistic_days"))


        predecessors = d.pop("predecessors")

        project_id = d.pop("project_id")

        sort_order = d.pop("sort_order")

        def _parse_total_float(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        total_float = _parse_total_float(d.pop("total_float"))


        uid = d.pop("uid")

        version = d.pop("version")

        wbs = d.pop("wbs")

        task_out = cls(
            actual_finish=actual_finish,
            actual_start=actual_start,
            baseline_finish=baseline_finish,
            baseline_start=baseline_start,
            batch_id=batch_id,
            calendar=calendar,
            calendar_label=calendar_label,
            constraint_date=constraint_date,
            constraint_type=constraint_type,
            constraint_type_label=constraint_type_label,
            critical=critical,
            department=department,
            duration_days=duration_days,
            early_finish=early_finish,
            early_start=early_start,
            finish_variance_days=finish_variance_days,
            free_float=free_float,
            gmp=gmp,
            id=id,
            kind=kind,
            kind_label=kind_label,
            late_finish=late_finish,
            late_start=late_start,
            most_likely_days=most_likely_days,
            name=name,
            optimistic_days=optimistic_days,
            parent_id=parent_id,
            percent_complete=percent_complete,
            pessimistic_days=pessimistic_days,
            predecessors=predecessors,
            project_id=project_id,
            sort_order=sort_order,
            total_float=total_float,
            uid=uid,
            version=version,
            wbs=wbs,
        )


        task_out.additional_properties = d
        return task_out

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
