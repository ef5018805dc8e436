from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.change_order_plan_edit_kind import ChangeOrderPlanEditKind
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="PlanEditIn")



@_attrs_define
class PlanEditIn:
    """ 
        Attributes:
            kind (ChangeOrderPlanEditKind):
            after_id (int | None | Unset): new_task: it starts after this task
            days (int | None | Unset): add_days: working days
            duration_days (int | None | Unset): new_task: its duration
            name (str | Unset): new_task: its name Default: ''.
            task_id (int | None | Unset): add_days: the task whose duration changes
            version (int | None | Unset): The version you read (or If-Match)
     """

    kind: ChangeOrderPlanEditKind
    after_id: int | None | Unset = UNSET
    days: int | None | Unset = UNSET
    duration_days: int | None | Unset = UNSET
    name: str | Unset = ''
    task_id: int | None | Unset = UNSET
    version: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        after_id: int | None | Unset
        if isinstance(self.after_id, Unset):
            after_id = UNSET
        else:
            after_id = self.after_id

        days: int | None | Unset
        if isinstance(self.days, Unset):
            days = UNSET
        else:
            days = self.days

        duration_days: int | None | Unset
        if isinstance(self.duration_days, Unset):
            duration_days = UNSET
        else:
            duration_days = self.duration_days

        name = self.name

        task_id: int | None | Unset
        if isinstance(self.task_id, Unset):
            task_id = UNSET
        else:
            task_id = self.task_id

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "kind": kind,
        })
        if after_id is not UNSET:
            field_dict["after_id"] = after_id
        if days is not UNSET:
            field_dict["days"] = days
        if duration_days is not UNSET:
            field_dict["duration_days"] = duration_days
        if name is not UNSET:
            field_dict["name"] = name
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = ChangeOrderPlanEditKind(d.pop("kind"))




        def _parse_after_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        after_id = _parse_after_id(d.pop("after_id", UNSET))


        def _parse_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        days = _parse_days(d.pop("days", UNSET))


        def _parse_duration_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration_days = _parse_duration_days(d.pop("duration_days", UNSET))


        name = d.pop("name", UNSET)

        def _parse_task_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        task_id = _parse_task_id(d.pop("task_id", UNSET))


        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        plan_edit_in = cls(
            kind=kind,
            after_id=after_id,
            days=days,
            duration_days=duration_days,
            name=name,
            task_id=task_id,
            version=version,
        )

        return plan_edit_in

