from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="OtherBatchIn")



@_attrs_define
class OtherBatchIn:
    """ 
        Attributes:
            affected (bool):
            conclusion (str):
            batch_id (int | None | Unset):
            item (str | Unset):  Default: ''.
            version (int | None | Unset): The version you read (or If-Match)
     """

    affected: bool
    conclusion: str
    batch_id: int | None | Unset = UNSET
    item: str | Unset = ''
    version: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        affected = self.affected

        conclusion = self.conclusion

        batch_id: int | None | Unset
        if isinstance(self.batch_id, Unset):
            batch_id = UNSET
        else:
            batch_id = self.batch_id

        item = self.item

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "affected": affected,
            "conclusion": conclusion,
        })
        if batch_id is not UNSET:
            field_dict["batch_id"] = batch_id
        if item is not UNSET:
            field_dict["item"] = item
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        affected = d.pop("affected")

        conclusion = d.pop("conclusion")

        def _parse_batch_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        batch_id = _parse_batch_id(d.pop("batch_id", UNSET))


        item = d.pop("item", UNSET)

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        other_batch_in = cls(
            affected=affected,
            conclusion=conclusion,
            batch_id=batch_id,
            item=item,
            version=version,
        )

        return other_batch_in

