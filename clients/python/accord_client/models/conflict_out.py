from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="ConflictOut")



@_attrs_define
class ConflictOut:
    """ 
        Attributes:
            asked (int):
            available (int):
            first (datetime.date):
            last (datetime.date):
            projects (list[str]):
            resource (str):
            resource_name (str):
            sentence (str):
            tasks (list[str]):
     """

    asked: int
    available: int
    first: datetime.date
    last: datetime.date
    projects: list[str]
    resource: str
    resource_name: str
    sentence: str
    tasks: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        asked = self.asked

        available = self.available

        first = self.first.isoformat()

        last = self.last.isoformat()

        projects = self.projects



        resource = self.resource

        resource_name = self.resource_name

        sentence = self.sentence

        tasks = self.tasks




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "asked": asked,
            "available": available,
            "first": first,
            "last": last,
            "projects": projects,
            "resource": resource,
            "resource_name": resource_name,
            "sentence": sentence,
            "tasks": tasks,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        asked = d.pop("asked")

        available = d.pop("available")

        first = datetime.date.fromisoformat(d.pop("first"))




        last = datetime.date.fromisoformat(d.pop("last"))




        projects = cast(list[str], d.pop("projects"))


        resource = d.pop("resource")

        resource_name = d.pop("resource_name")

        sentence = d.pop("sentence")

        tasks = cast(list[str], d.pop("tasks"))


        conflict_out = cls(
            asked=asked,
            available=available,
            first=first,
            last=last,
            projects=projects,
            resource=resource,
            resource_name=resource_name,
            sentence=sentence,
            tasks=tasks,
        )


        conflict_out.additional_properties = d
        return conflict_out

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
