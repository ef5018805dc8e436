from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="ApiDeliverableDeliverableIn")



@_attrs_define
class ApiDeliverableDeliverableIn:
    """ 
        Attributes:
            done (bool):
            note (str | Unset):  Default: ''.
     """

    done: bool
    note: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        done = self.done

        note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "done": done,
        })
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        done = d.pop("done")

        note = d.pop("note", UNSET)

        api_deliverable_deliverable_in = cls(
            done=done,
            note=note,
        )

        return api_deliverable_deliverable_in

