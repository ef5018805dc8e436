from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.override_out import OverrideOut





T = TypeVar("T", bound="AssignmentOut")



@_attrs_define
class AssignmentOut:
    """ 
        Attributes:
            assigned_at (datetime.datetime):
            assigned_by_name (str):
            id (int):
            override (None | OverrideOut): Set when the gate was overridden
            person_id (int):
            person_name (str):
            role_on_task (str):
            task_id (int):
     """

    assigned_at: datetime.datetime
    assigned_by_name: str
    id: int
    override: None | OverrideOut
    person_id: int
    person_name: str
    role_on_task: str
    task_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.override_out import OverrideOut # noqa: PLC0415
        assigned_at = self.assigned_at.isoformat()

        assigned_by_name = self.assigned_by_name

        id = self.id

        override: dict[str, Any] | None
        if isinstance(self.override, OverrideOut):
            override = self.override.to_dict()
        else:
            override = self.override

        person_id = self.person_id

        person_name = self.person_name

        role_on_task = self.role_on_task

        task_id = self.task_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "assigned_at": assigned_at,
            "assigned_by_name": assigned_by_name,
            "id": id,
            "override": override,
            "person_id": person_id,
            "person_name": person_name,
            "role_on_task": role_on_task,
            "task_id": task_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.override_out import OverrideOut # noqa: PLC0415
        d = dict(src_dict)
        assigned_at = datetime.datetime.fromisoformat(d.pop("assigned_at"))




        assigned_by_name = d.pop("assigned_by_name")

        id = d.pop("id")

        def _parse_override(data: object) -> None | OverrideOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                override_type_0 = OverrideOut.from_dict(data)



                return override_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OverrideOut, data)

        override = _parse_override(d.pop("override"))


        person_id = d.pop("person_id")

        person_name = d.pop("person_name")

        role_on_task = d.pop("role_on_task")

        task_id = d.pop("task_id")

        assignment_out = cls(
            assigned_at=assigned_at,
            assigned_by_name=assigned_by_name,
            id=id,
            override=override,
            person_id=person_id,
            person_name=person_name,
            role_on_task=role_on_task,
            task_id=task_id,
        )


        assignment_out.additional_properties = d
        return assignment_out

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
