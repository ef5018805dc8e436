from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="MeetingDecisionOut")



@_attrs_define
class MeetingDecisionOut:
    """ 
        Attributes:
            created_at (datetime.datetime):
            decided_by (str):
            id (int):
            text (str):
     """

    created_at: datetime.datetime
    decided_by: str
    id: int
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        decided_by = self.decided_by

        id = self.id

        text = self.text


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "decided_by": decided_by,
            "id": id,
            "text": text,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        decided_by = d.pop("decided_by")

        id = d.pop("id")

        text = d.pop("text")

        meeting_decision_out = cls(
            created_at=created_at,
            decided_by=decided_by,
            id=id,
            text=text,
        )


        meeting_decision_out.additional_properties = d
        return meeting_decision_out

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
