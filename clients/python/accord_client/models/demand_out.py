from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="DemandOut")



@_attrs_define
class DemandOut:
    """ 
        Attributes:
            id (int):
            label (str): E.g. “1 suite of VSP-SUITE-2 Filling suite 2”
            project_code (str):
            project_id (int):
            resource_active (bool):
            resource_code (str):
            resource_id (int):
            resource_name (str):
            task_id (int):
            task_name (str):
            unit (str):
            units (int):
     """

    id: int
    label: str
    project_code: str
    project_id: int
    resource_active: bool
    resource_code: str
    resource_id: int
    resource_name: str
    task_id: int
    task_name: str
    unit: str
    units: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        label = self.label

        project_code = self.project_code

        project_id = self.project_id

        resource_active = self.resource_active

        resource_code = self.resource_code

        resource_id = self.resource_id

        resource_name = self.resource_name

        task_id = self.task_id

        task_name = self.task_name

        unit = self.unit

        units = self.units


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "label": label,
            "project_code": project_code,
            "project_id": project_id,
            "resource_active": resource_active,
            "resource_code": resource_code,
            "resource_id": resource_id,
            "resource_name": resource_name,
            "task_id": task_id,
            "task_name": task_name,
            "unit": unit,
            "units": units,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        label = d.pop("label")

        project_code = d.pop("project_code")

        project_id = d.pop("project_id")

        resource_active = d.pop("resource_active")

        resource_code = d.pop("resource_code")

        resource_id = d.pop("resource_id")

        resource_name = d.pop("resource_name")

        task_id = d.pop("task_id")

        task_name = d.pop("task_name")

        unit = d.pop("unit")

        units = d.pop("units")

        demand_out = cls(
            id=id,
            label=label,
            project_code=project_code,
            project_id=project_id,
            resource_active=resource_active,
            resource_code=resource_code,
            resource_id=resource_id,
            resource_name=resource_name,
            task_id=task_id,
            task_name=task_name,
            unit=unit,
            units=units,
        )


        demand_out.additional_properties = d
        return demand_out

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
