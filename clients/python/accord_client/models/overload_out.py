from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="OverloadOut")



@_attrs_define
class OverloadOut:
    """ 
        Attributes:
            capacity (int):
            first (datetime.date):
            last (datetime.date):
            peak (int): Most units asked for on one day
            projects (list[str]):
            resource (str):
            resource_name (str):
     """

    capacity: int
    first: datetime.date
    last: datetime.date
    peak: int
    projects: list[str]
    resource: str
    resource_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        capacity = self.capacity

        first = self.first.isoformat()

        last = self.last.isoformat()

        peak = self.peak

        projects = self.projects



        resource = self.resource

        resource_name = self.resource_name


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "capacity": capacity,
            "first": first,
            "last": last,
            "peak": peak,
            "projects": projects,
            "resource": resource,
            "resource_name": resource_name,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        capacity = d.pop("capacity")

        first = datetime.date.fromisoformat(d.pop("first"))




        last = datetime.date.fromisoformat(d.pop("last"))




        peak = d.pop("peak")

        projects = cast(list[str], d.pop("projects"))


        resource = d.pop("resource")

        resource_name = d.pop("resource_name")

        overload_out = cls(
            capacity=capacity,
            first=first,
            last=last,
            peak=peak,
            projects=projects,
            resource=resource,
            resource_name=resource_name,
        )


        overload_out.additional_properties = d
        return overload_out

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
