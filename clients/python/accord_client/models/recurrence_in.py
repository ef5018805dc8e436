from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="RecurrenceIn")



@_attrs_define
class RecurrenceIn:
    """ 
        Attributes:
            justification (str):
            earlier_id (int | None | Unset): Empty: none of the earlier is related
            version (int | None | Unset): The version you read (or If-Match)
     """

    justification: str
    earlier_id: int | None | Unset = UNSET
    version: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        justification = self.justification

        earlier_id: int | None | Unset
        if isinstance(self.earlier_id, Unset):
            earlier_id = UNSET
        else:
            earlier_id = self.earlier_id

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "justification": justification,
        })
        if earlier_id is not UNSET:
            field_dict["earlier_id"] = earlier_id
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        justification = d.pop("justification")

        def _parse_earlier_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        earlier_id = _parse_earlier_id(d.pop("earlier_id", UNSET))


        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        recurrence_in = cls(
            justification=justification,
            earlier_id=earlier_id,
            version=version,
        )

        return recurrence_in

