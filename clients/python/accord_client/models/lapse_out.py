from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="LapseOut")



@_attrs_define
class LapseOut:
    """ 
        Attributes:
            competencies (list[str]):
            lapses_on (datetime.date):
            overridden (bool):
            person_id (int):
            person_name (str):
            role_on_task (str):
            starts_on (datetime.date):
            task_id (int):
            task_name (str):
     """

    competencies: list[str]
    lapses_on: datetime.date
    overridden: bool
    person_id: int
    person_name: str
    role_on_task: str
    starts_on: datetime.date
    task_id: int
    task_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        competencies = self.competencies



        lapses_on = self.lapses_on.isoformat()

        overridden = self.overridden

        person_id = self.person_id

        person_name = self.person_name

        role_on_task = self.role_on_task

        starts_on = self.starts_on.isoformat()

        task_id = self.task_id

        task_name = self.task_name


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "competencies": competencies,
            "lapses_on": lapses_on,
            "overridden": overridden,
            "person_id": person_id,
            "person_name": person_name,
            "role_on_task": role_on_task,
            "starts_on": starts_on,
            "task_id": task_id,
            "task_name": task_name,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        competencies = cast(list[str], d.pop("competencies"))


        lapses_on = datetime.date.fromisoformat(d.pop("lapses_on"))




        overridden = d.pop("overridden")

        person_id = d.pop("person_id")

        person_name = d.pop("person_name")

        role_on_task = d.pop("role_on_task")

        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))




        task_id = d.pop("task_id")

        task_name = d.pop("task_name")

        lapse_out = cls(
            competencies=competencies,
            lapses_on=lapses_on,
            overridden=overridden,
            person_id=person_id,
            person_name=person_name,
            role_on_task=role_on_task,
            starts_on=starts_on,
            task_id=task_id,
            task_name=task_name,
        )


        lapse_out.additional_properties = d
        return lapse_out

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
