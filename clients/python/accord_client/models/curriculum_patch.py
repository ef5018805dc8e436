from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="CurriculumPatch")



@_attrs_define
class CurriculumPatch:
    """ 
        Attributes:
            code (None | str | Unset):
            description (None | str | Unset):
            grace_days (int | None | Unset):
            name (None | str | Unset):
            requirement_ids (list[int] | None | Unset):
     """

    code: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    grace_days: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    requirement_ids: list[int] | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        grace_days: int | None | Unset
        if isinstance(self.grace_days, Unset):
            grace_days = UNSET
        else:
            grace_days = self.grace_days

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        requirement_ids: list[int] | None | Unset
        if isinstance(self.requirement_ids, Unset):
            requirement_ids = UNSET
        elif isinstance(self.requirement_ids, list):
            requirement_ids = self.requirement_ids


        else:
            requirement_ids = self.requirement_ids


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if code is not UNSET:
            field_dict["code"] = code
        if description is not UNSET:
            field_dict["description"] = description
        if grace_days is not UNSET:
            field_dict["grace_days"] = grace_days
        if name is not UNSET:
            field_dict["name"] = name
        if requirement_ids is not UNSET:
            field_dict["requirement_ids"] = requirement_ids

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))


        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))


        def _parse_grace_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        grace_days = _parse_grace_days(d.pop("grace_days", UNSET))


        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))


        def _parse_requirement_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                requirement_ids_type_0 = cast(list[int], data)

                return requirement_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        requirement_ids = _parse_requirement_ids(d.pop("requirement_ids", UNSET))


        curriculum_patch = cls(
            code=code,
            description=description,
            grace_days=grace_days,
            name=name,
            requirement_ids=requirement_ids,
        )

        return curriculum_patch

