from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.gantt_task_out import GanttTaskOut





T = TypeVar("T", bound="GanttOut")



@_attrs_define
class GanttOut:
    """ 
        Attributes:
            project (str):
            tasks (list[GanttTaskOut]):
     """

    project: str
    tasks: list[GanttTaskOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.gantt_task_out import GanttTaskOut # noqa: PLC0415
        project = self.project

        tasks = []
        for tasks_item_data in self.tasks:
            tasks_item = tasks_item_data.to_dict()
            tasks.append(tasks_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "project": project,
            "tasks": tasks,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gantt_task_out import GanttTaskOut # noqa: PLC0415
        d = dict(src_dict)
        project = d.pop("project")

        tasks = []
        _tasks = d.pop("tasks")
        for tasks_item_data in (_tasks):
            tasks_item = GanttTaskOut.from_dict(tasks_item_data)



            tasks.append(tasks_item)


        gantt_out = cls(
            project=project,
            tasks=tasks,
        )


        gantt_out.additional_properties = d
        return gantt_out

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
