from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="MoveOut")



@_attrs_define
class MoveOut:
    """ 
        Attributes:
            delay_days (int):
            hold (bool): Applying holds the task at its leveled start
            id (int):
            leveled_finish (datetime.date):
            leveled_start (datetime.date):
            planned_finish (datetime.date):
            planned_start (datetime.date):
            project_code (str):
            project_id (int):
            task_id (int):
            task_name (str):
            waits_for (str):
     """

    delay_days: int
    hold: bool
    id: int
    leveled_finish: datetime.date
    leveled_start: datetime.date
    planned_finish: datetime.date
    planned_start: datetime.date
    project_code: str
    project_id: int
    task_id: int
    task_name: str
    waits_for: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        delay_days = self.delay_days

        hold = self.hold

        id = self.id

        leveled_finish = self.leveled_finish.isoformat()

        leveled_start = self.leveled_start.isoformat()

        planned_finish = self.planned_finish.isoformat()

        planned_start = self.planned_start.isoformat()

        project_code = self.project_code

        project_id = self.project_id

        task_id = self.task_id

        task_name = self.task_name

        waits_for = self.waits_for


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "delay_days": delay_days,
            "hold": hold,
            "id": id,
            "leveled_finish": leveled_finish,
            "leveled_start": leveled_start,
            "planned_finish": planned_finish,
            "planned_start": planned_start,
            "project_code": project_code,
            "project_id": project_id,
            "task_id": task_id,
            "task_name": task_name,
            "waits_for": waits_for,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        delay_days = d.pop("delay_days")

        hold = d.pop("hold")

        id = d.pop("id")

        leveled_finish = datetime.date.fromisoformat(d.pop("leveled_finish"))




        leveled_start = datetime.date.fromisoformat(d.pop("leveled_start"))




        planned_finish = datetime.date.fromisoformat(d.pop("planned_finish"))




        planned_start = datetime.date.fromisoformat(d.pop("planned_start"))




        project_code = d.pop("project_code")

        project_id = d.pop("project_id")

        task_id = d.pop("task_id")

        task_name = d.pop("task_name")

        waits_for = d.pop("waits_for")

        move_out = cls(
            delay_days=delay_days,
            hold=hold,
            id=id,
            leveled_finish=leveled_finish,
            leveled_start=leveled_start,
            planned_finish=planned_finish,
            planned_start=planned_start,
            project_code=project_code,
            project_id=project_id,
            task_id=task_id,
            task_name=task_name,
            waits_for=waits_for,
        )


        move_out.additional_properties = d
        return move_out

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
