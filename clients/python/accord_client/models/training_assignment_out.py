from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="TrainingAssignmentOut")



@_attrs_define
class TrainingAssignmentOut:
    """ 
        Attributes:
            assigned_on (datetime.date):
            completed_on (datetime.date | None):
            completion_note (str):
            due_on (datetime.date):
            id (int):
            kind (str):
            kind_label (str):
            overdue (bool):
            person_id (int):
            person_name (str):
            reason (str):
            reason_label (str):
            requirement_code (str):
            requirement_id (int):
            requirement_title (str):
            source (str):
            status (str):
            status_label (str):
            version (int):
            version_to_read (str): The document version to read, if any
     """

    assigned_on: datetime.date
    completed_on: datetime.date | None
    completion_note: str
    due_on: datetime.date
    id: int
    kind: str
    kind_label: str
    overdue: bool
    person_id: int
    person_name: str
    reason: str
    reason_label: str
    requirement_code: str
    requirement_id: int
    requirement_title: str
    source: str
    status: str
    status_label: str
    version: int
    version_to_read: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        assigned_on = self.assigned_on.isoformat()

        completed_on: None | str
        if isinstance(self.completed_on, datetime.date):
            completed_on = self.completed_on.isoformat()
        else:
            completed_on = self.completed_on

        completion_note = self.completion_note

        due_on = self.due_on.isoformat()

        id = self.id

        kind = self.kind

        kind_label = self.kind_label

        overdue = self.overdue

        person_id = self.person_id

        person_name = self.person_name

        reason = self.reason

        reason_label = self.reason_label

        requirement_code = self.requirement_code

        requirement_id = self.requirement_id

        requirement_title = self.requirement_title

        source = self.source

        status = self.status

        status_label = self.status_label

        version = self.version

        version_to_read = self.version_to_read


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "assigned_on": assigned_on,
            "completed_on": completed_on,
            "completion_note": completion_note,
            "due_on": due_on,
            "id": id,
            "kind": kind,
            "kind_label": kind_label,
            "overdue": overdue,
            "person_id": person_id,
            "person_name": person_name,
            "reason": reason,
            "reason_label": reason_label,
            "requirement_code": requirement_code,
            "requirement_id": requirement_id,
            "requirement_title": requirement_title,
            "source": source,
            "status": status,
            "status_label": status_label,
            "version": version,
            "version_to_read": version_to_read,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assigned_on = datetime.date.fromisoformat(d.pop("assigned_on"))




        def _parse_completed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_on_type_0 = datetime.date.fromisoformat(data)



                return completed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        completed_on = _parse_completed_on(d.pop("completed_on"))


        completion_note = d.pop("completion_note")

        due_on = datetime.date.fromisoformat(d.pop("due_on"))




        id = d.pop("id")

        kind = d.pop("kind")

        kind_label = d.pop("kind_label")

        overdue = d.pop("overdue")

        person_id = d.pop("person_id")

        person_name = d.pop("person_name")

        reason = d.pop("reason")

        reason_label = d.pop("reason_label")

        requirement_code = d.pop("requirement_code")

        requirement_id = d.pop("requirement_id")

        requirement_title = d.pop("requirement_title")

        source = d.pop("source")

        status = d.pop("status")

        status_label = d.pop("status_label")

        version = d.pop("version")

        version_to_read = d.pop("version_to_read")

        training_assignment_out = cls(
            assigned_on=assigned_on,
            completed_on=completed_on,
            completion_note=completion_note,
            due_on=due_on,
            id=id,
            kind=kind,
            kind_label=kind_label,
            overdue=overdue,
            person_id=person_id,
            person_name=person_name,
            reason=reason,
            reason_label=reason_label,
            requirement_code=requirement_code,
            requirement_id=requirement_id,
            requirement_title=requirement_title,
            source=source,
            status=status,
            status_label=status_label,
            version=version,
            version_to_read=version_to_read,
        )


        training_assignment_out.additional_properties = d
        return training_assignment_out

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
