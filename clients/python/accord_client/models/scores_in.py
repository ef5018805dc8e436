from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="ScoresIn")



@_attrs_define
class ScoresIn:
    """ 
        Attributes:
            set_in_order (int):
            shine (int):
            sort (int):
            standardize (int):
            sustain (int):
     """

    set_in_order: int
    shine: int
    sort: int
    standardize: int
    sustain: int





    def to_dict(self) -> dict[str, Any]:
        set_in_order = self.set_in_order

        shine = self.shine

        sort = self.sort

        standardize = self.standardize

        sustain = self.sustain


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "set_in_order": set_in_order,
            "shine": shine,
            "sort": sort,
            "standardize": standardize,
            "sustain": sustain,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        set_in_order = d.pop("set_in_order")

        shine = d.pop("shine")

        sort = d.pop("sort")

        standardize = d.pop("standardize")

        sustain = d.pop("sustain")

        scores_in = cls(
            set_in_order=set_in_order,
            shine=shine,
            sort=sort,
            standardize=standardize,
            sustain=sustain,
        )

        return scores_in

