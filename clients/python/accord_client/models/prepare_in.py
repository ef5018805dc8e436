from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="PrepareIn")



@_attrs_define
class PrepareIn:
    """ 
        Attributes:
            quarter_start (datetime.date): The first day of the quarter: 2026-07-01
            sponsor_id (int):
     """

    quarter_start: datetime.date
    sponsor_id: int





    def to_dict(self) -> dict[str, Any]:
        quarter_start = self.quarter_start.isoformat()

        sponsor_id = self.sponsor_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "quarter_start": quarter_start,
            "sponsor_id": sponsor_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        quarter_start = datetime.date.fromisoformat(d.pop("quarter_start"))




        sponsor_id = d.pop("sponsor_id")

        prepare_in = cls(
            quarter_start=quarter_start,
            sponsor_id=sponsor_id,
        )

        return prepare_in

