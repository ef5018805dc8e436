from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.capa_action_type import CapaActionType
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="CapaActionIn")



@_attrs_define
class CapaActionIn:
    """ 
        Attributes:
            action_type (CapaActionType):
            description (str):
            due_date (datetime.date):
            owner_id (int):
            qa_approver_id (int): From QA; never the action's owner
            version (int | None | Unset): The CAPA's version you read
     """

    action_type: CapaActionType
    description: str
    due_date: datetime.date
    owner_id: int
    qa_approver_id: int
    version: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        action_type = self.action_type.value

        description = self.description

        due_date = self.due_date.isoformat()

        owner_id = self.owner_id

        qa_approver_id = self.qa_approver_id

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "action_type": action_type,
            "description": description,
            "due_date": due_date,
            "owner_id": owner_id,
            "qa_approver_id": qa_approver_id,
        })
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action_type = CapaActionType(d.pop("action_type"))




        description = d.pop("description")

        due_date = datetime.date.fromisoformat(d.pop("due_date"))




        owner_id = d.pop("owner_id")

        qa_approver_id = d.pop("qa_approver_id")

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        capa_action_in = cls(
            action_type=action_type,
            description=description,
            due_date=due_date,
            owner_id=owner_id,
            qa_approver_id=qa_approver_id,
            version=version,
        )

        return capa_action_in

