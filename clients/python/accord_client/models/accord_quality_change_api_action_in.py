from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.action_kind import ActionKind
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="AccordQualityChangeApiActionIn")



@_attrs_define
class AccordQualityChangeApiActionIn:
    """ 
        Attributes:
            description (str):
            due_date (datetime.date):
            kind (ActionKind):
            owner_id (int):
            document_id (int | None | Unset):
            role_id (int | None | Unset):
            training_id (int | None | Unset):
     """

    description: str
    due_date: datetime.date
    kind: ActionKind
    owner_id: int
    document_id: int | None | Unset = UNSET
    role_id: int | None | Unset = UNSET
    training_id: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        description = self.description

        due_date = self.due_date.isoformat()

        kind = self.kind.value

        owner_id = self.owner_id

        document_id: int | None | Unset
        if isinstance(self.document_id, Unset):
            document_id = UNSET
        else:
            document_id = self.document_id

        role_id: int | None | Unset
        if isinstance(self.role_id, Unset):
            role_id = UNSET
        else:
            role_id = self.role_id

        training_id: int | None | Unset
        if isinstance(self.training_id, Unset):
            training_id = UNSET
        else:
            training_id = self.training_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "description": description,
            "due_date": due_date,
            "kind": kind,
            "owner_id": owner_id,
        })
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if role_id is not UNSET:
            field_dict["role_id"] = role_id
        if training_id is not UNSET:
            field_dict["training_id"] = training_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        due_date = datetime.date.fromisoformat(d.pop("due_date"))




        kind = ActionKind(d.pop("kind"))




        owner_id = d.pop("owner_id")

        def _parse_document_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        document_id = _parse_document_id(d.pop("document_id", UNSET))


        def _parse_role_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        role_id = _parse_role_id(d.pop("role_id", UNSET))


        def _parse_training_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        training_id = _parse_training_id(d.pop("training_id", UNSET))


        accord_quality_change_api_action_in = cls(
            description=description,
            due_date=due_date,
            kind=kind,
            owner_id=owner_id,
            document_id=document_id,
            role_id=role_id,
            training_id=training_id,
        )

        return accord_quality_change_api_action_in

