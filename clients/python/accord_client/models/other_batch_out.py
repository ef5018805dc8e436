from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="OtherBatchOut")



@_attrs_define
class OtherBatchOut:
    """ 
        Attributes:
            affected (bool):
            batch_id (int | None):
            conclusion (str):
            item (str):
     """

    affected: bool
    batch_id: int | None
    conclusion: str
    item: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        affected = self.affected

        batch_id: int | None
        batch_id = self.batch_id

        conclusion = self.conclusion

        item = self.item


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "affected": affected,
            "batch_id": batch_id,
            "conclusion": conclusion,
            "item": item,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        affected = d.pop("affected")

        def _parse_batch_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        batch_id = _parse_batch_id(d.pop("batch_id"))


        conclusion = d.pop("conclusion")

        item = d.pop("item")

        other_batch_out = cls(
            affected=affected,
            batch_id=batch_id,
            conclusion=conclusion,
            item=item,
        )


        other_batch_out.additional_properties = d
        return other_batch_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
