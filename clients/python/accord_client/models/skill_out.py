from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="SkillOut")



@_attrs_define
class SkillOut:
    """ 
        Attributes:
            competency_code (str):
            competency_id (int):
            competency_name (str):
            id (int):
            min_level (int):
            min_level_label (str):
            task_id (int):
     """

    competency_code: str
    competency_id: int
    competency_name: str
    id: int
    min_level: int
    min_level_label: str
    task_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        competency_code = self.competency_code

        competency_id = self.competency_id

        competency_name = self.competency_name

        id = self.id

        min_level = self.min_level

        min_level_label = self.min_level_label

        task_id = self.task_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "competency_code": competency_code,
            "competency_id": competency_id,
            "competency_name": competency_name,
            "id": id,
            "min_level": min_level,
            "min_level_label": min_level_label,
            "task_id": task_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        competency_code = d.pop("competency_code")

        competency_id = d.pop("competency_id")

        competency_name = d.pop("competency_name")

        id = d.pop("id")

        min_level = d.pop("min_level")

        min_level_label = d.pop("min_level_label")

        task_id = d.pop("task_id")

        skill_out = cls(
            competency_code=competency_code,
            competency_id=competency_id,
            competency_name=competency_name,
            id=id,
            min_level=min_level,
            min_level_label=min_level_label,
            task_id=task_id,
        )


        skill_out.additional_properties = d
        return skill_out

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
