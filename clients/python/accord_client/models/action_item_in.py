from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="ActionItemIn")



@_attrs_define
class ActionItemIn:
    """ 
        Attributes:
            description (str):
            due_on (datetime.date):
            owner_id (int): A CDMO colleague or a sponsor person on the project
     """

    description: str
    due_on: datetime.date
    owner_id: int





    def to_dict(self) -> dict[str, Any]:
        description = self.description

        due_on = self.due_on.isoformat()

        owner_id = self.owner_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "description": description,
            "due_on": due_on,
            "owner_id": owner_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        due_on = datetime.date.fromisoformat(d.pop("due_on"))




        owner_id = d.pop("owner_id")

        action_item_in = cls(
            description=description,
            due_on=due_on,
            owner_id=owner_id,
        )

        return action_item_in

