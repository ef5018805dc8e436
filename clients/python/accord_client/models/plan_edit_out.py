from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.change_order_plan_edit_kind import ChangeOrderPlanEditKind
from typing import cast






T = TypeVar("T", bound="PlanEditOut")



@_attrs_define
class PlanEditOut:
    """ 
        Attributes:
            after_id (int | None):
            days (int | None):
            duration_days (int | None):
            id (int):
            kind (ChangeOrderPlanEditKind):
            label (str):
            name (str):
            task_id (int | None):
     """

    after_id: int | None
    days: int | None
    duration_days: int | None
    id: int
    kind: ChangeOrderPlanEditKind
    label: str
    name: str
    task_id: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        after_id: int | None
        after_id = self.after_id

        days: int | None
        days = self.days

        duration_days: int | None
        duration_days = self.duration_days

        id = self.id

        kind = self.kind.value

        label = self.label

        name = self.name

        task_id: int | None
        task_id = self.task_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "after_id": after_id,
            "days": days,
            "duration_days": duration_days,
            "id": id,
            "kind": kind,
            "label": label,
            "name": name,
            "task_id": task_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_after_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        after_id = _parse_after_id(d.pop("after_id"))


        def _parse_days(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        days = _parse_days(d.pop("days"))


        def _parse_duration_days(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        duration_days = _parse_duration_days(d.pop("duration_days"))


        id = d.pop("id")

        kind = ChangeOrderPlanEditKind(d.pop("kind"))




        label = d.pop("label")

        name = d.pop("name")

        def _parse_task_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        task_id = _parse_task_id(d.pop("task_id"))


        plan_edit_out = cls(
            after_id=after_id,
            days=days,
            duration_days=duration_days,
            id=id,
            kind=kind,
            label=label,
            name=name,
            task_id=task_id,
        )


        plan_edit_out.additional_properties = d
        return plan_edit_out

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
