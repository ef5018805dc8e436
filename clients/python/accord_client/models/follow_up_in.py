from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="FollowUpIn")



@_attrs_define
class FollowUpIn:
    """ 
        Attributes:
            description (str): What we promised
            due_on (datetime.date):
            interaction_id (int | None | Unset): The conversation it came out of
            owner_id (int | None | Unset): Empty: you
     """

    description: str
    due_on: datetime.date
    interaction_id: int | None | Unset = UNSET
    owner_id: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        description = self.description

        due_on = self.due_on.isoformat()

        interaction_id: int | None | Unset
        if isinstance(self.interaction_id, Unset):
            interaction_id = UNSET
        else:
            interaction_id = self.interaction_id

        owner_id: int | None | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = self.owner_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "description": description,
            "due_on": due_on,
        })
        if interaction_id is not UNSET:
            field_dict["interaction_id"] = interaction_id
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        due_on = datetime.date.fromisoformat(d.pop("due_on"))




        def _parse_interaction_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        interaction_id = _parse_interaction_id(d.pop("interaction_id", UNSET))


        def _parse_owner_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        owner_id = _parse_owner_id(d.pop("owner_id", UNSET))


        follow_up_in = cls(
            description=description,
            due_on=due_on,
            interaction_id=interaction_id,
            owner_id=owner_id,
        )

        return follow_up_in

