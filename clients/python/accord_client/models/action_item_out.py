from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.action_item_status import ActionItemStatus
from typing import cast
import datetime






T = TypeVar("T", bound="ActionItemOut")



@_attrs_define
class ActionItemOut:
    """ 
        Attributes:
            description (str):
            done_on (datetime.date | None):
            due_on (datetime.date):
            id (int):
            meeting_id (int):
            owner (str):
            owner_id (int):
            project_id (int):
            reference (str):
            status (ActionItemStatus):
            status_label (str):
            version (int):
     """

    description: str
    done_on: datetime.date | None
    due_on: datetime.date
    id: int
    meeting_id: int
    owner: str
    owner_id: int
    project_id: int
    reference: str
    status: ActionItemStatus
    status_label: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        description = self.description

        done_on: None | str
        if isinstance(self.done_on, datetime.date):
            done_on = self.done_on.isoformat()
        else:
            done_on = self.done_on

        due_on = self.due_on.isoformat()

        id = self.id

        meeting_id = self.meeting_id

        owner = self.owner

        owner_id = self.owner_id

        project_id = self.project_id

        reference = self.reference

        status = self.status.value

        status_label = self.status_label

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "description": description,
            "done_on": done_on,
            "due_on": due_on,
            "id": id,
            "meeting_id": meeting_id,
            "owner": owner,
            "owner_id": owner_id,
            "project_id": project_id,
            "reference": reference,
            "status": status,
            "status_label": status_label,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        def _parse_done_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                done_on_type_0 = datetime.date.fromisoformat(data)



                return done_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        done_on = _parse_done_on(d.pop("done_on"))


        due_on = datetime.date.fromisoformat(d.pop("due_on"))




        id = d.pop("id")

        meeting_id = d.pop("meeting_id")

        owner = d.pop("owner")

        owner_id = d.pop("owner_id")

        project_id = d.pop("project_id")

        reference = d.pop("reference")

        status = ActionItemStatus(d.pop("status"))




        status_label = d.pop("status_label")

        version = d.pop("version")

        action_item_out = cls(
            description=description,
            done_on=done_on,
            due_on=due_on,
            id=id,
            meeting_id=meeting_id,
            owner=owner,
            owner_id=owner_id,
            project_id=project_id,
            reference=reference,
            status=status,
            status_label=status_label,
            version=version,
        )


        action_item_out.additional_properties = d
        return action_item_out

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
