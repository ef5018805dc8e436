from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="SkillIn")



@_attrs_define
class SkillIn:
    """ 
        Attributes:
            competency_id (int):
            min_level (int | Unset):  Default: 3.
     """

    competency_id: int
    min_level: int | Unset = 3





    def to_dict(self) -> dict[str, Any]:
        competency_id = self.competency_id

        min_level = self.min_level


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "competency_id": competency_id,
        })
        if min_level is not UNSET:
            field_dict["min_level"] = min_level

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        competency_id = d.pop("competency_id")

        min_level = d.pop("min_level", UNSET)

        skill_in = cls(
            competency_id=competency_id,
            min_level=min_level,
        )

        return skill_in

