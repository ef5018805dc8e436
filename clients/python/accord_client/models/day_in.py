from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.day_kind import DayKind
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="DayIn")



@_attrs_define
class DayIn:
    """ 
        Attributes:
            date (datetime.date):
            kind (DayKind):
            name (str):
            reason (str | Unset):  Default: ''.
     """

    date: datetime.date
    kind: DayKind
    name: str
    reason: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        kind = self.kind.value

        name = self.name

        reason = self.reason


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "date": date,
            "kind": kind,
            "name": name,
        })
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = datetime.date.fromisoformat(d.pop("date"))




        kind = DayKind(d.pop("kind"))




        name = d.pop("name")

        reason = d.pop("reason", UNSET)

        day_in = cls(
            date=date,
            kind=kind,
            name=name,
            reason=reason,
        )

        return day_in

