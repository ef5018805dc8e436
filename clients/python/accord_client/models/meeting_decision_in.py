from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="MeetingDecisionIn")



@_attrs_define
class MeetingDecisionIn:
    """ 
        Attributes:
            text (str):
            decided_by (str | Unset):  Default: ''.
     """

    text: str
    decided_by: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        text = self.text

        decided_by = self.decided_by


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "text": text,
        })
        if decided_by is not UNSET:
            field_dict["decided_by"] = decided_by

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        decided_by = d.pop("decided_by", UNSET)

        meeting_decision_in = cls(
            text=text,
            decided_by=decided_by,
        )

        return meeting_decision_in

