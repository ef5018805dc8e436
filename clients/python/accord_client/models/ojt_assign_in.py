from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.record_reason import RecordReason
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="OjtAssignIn")



@_attrs_define
class OjtAssignIn:
    """ 
        Attributes:
            due_on (datetime.date):
            person_ids (list[int]):
            reason (RecordReason):
            requirement_id (int):
            source (str | Unset): What asks for it: a CAPA, a change Default: ''.
     """

    due_on: datetime.date
    person_ids: list[int]
    reason: RecordReason
    requirement_id: int
    source: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        due_on = self.due_on.isoformat()

        person_ids = self.person_ids



        reason = self.reason.value

        requirement_id = self.requirement_id

        source = self.source


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "due_on": due_on,
            "person_ids": person_ids,
            "reason": reason,
            "requirement_id": requirement_id,
        })
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        due_on = datetime.date.fromisoformat(d.pop("due_on"))




        person_ids = cast(list[int], d.pop("person_ids"))


        reason = RecordReason(d.pop("reason"))




        requirement_id = d.pop("requirement_id")

        source = d.pop("source", UNSET)

        ojt_assign_in = cls(
            due_on=due_on,
            person_ids=person_ids,
            reason=reason,
            requirement_id=requirement_id,
            source=source,
        )

        return ojt_assign_in

