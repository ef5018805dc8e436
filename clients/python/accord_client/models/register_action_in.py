from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="RegisterActionIn")



@_attrs_define
class RegisterActionIn:
    """ 
        Attributes:
            due_on (datetime.date):
            owner_id (int):
            what (str):
     """

    due_on: datetime.date
    owner_id: int
    what: str





    def to_dict(self) -> dict[str, Any]:
        due_on = self.due_on.isoformat()

        owner_id = self.owner_id

        what = self.what


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "due_on": due_on,
            "owner_id": owner_id,
            "what": what,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        due_on = datetime.date.fromisoformat(d.pop("due_on"))




        owner_id = d.pop("owner_id")

        what = d.pop("what")

        register_action_in = cls(
            due_on=due_on,
            owner_id=owner_id,
            what=what,
        )

        return register_action_in

