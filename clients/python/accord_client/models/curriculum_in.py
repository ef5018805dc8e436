from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="CurriculumIn")



@_attrs_define
class CurriculumIn:
    """ 
        Attributes:
            code (str):
            name (str):
            requirement_ids (list[int]):
            description (str | Unset):  Default: ''.
            grace_days (int | Unset):  Default: 30.
     """

    code: str
    name: str
    requirement_ids: list[int]
    description: str | Unset = ''
    grace_days: int | Unset = 30





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        requirement_ids = self.requirement_ids



        description = self.description

        grace_days = self.grace_days


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "code": code,
            "name": name,
            "requirement_ids": requirement_ids,
        })
        if description is not UNSET:
            field_dict["description"] = description
        if grace_days is not UNSET:
            field_dict["grace_days"] = grace_days

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        requirement_ids = cast(list[int], d.pop("requirement_ids"))


        description = d.pop("description", UNSET)

        grace_days = d.pop("grace_days", UNSET)

        curriculum_in = cls(
            code=code,
            name=name,
            requirement_ids=requirement_ids,
            description=description,
            grace_days=grace_days,
        )

        return curriculum_in

