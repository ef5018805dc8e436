from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.bulk_item_in import BulkItemIn





T = TypeVar("T", bound="BulkIn")



@_attrs_define
class BulkIn:
    """ 
        Attributes:
            items (list[BulkItemIn]):
            reason (str | Unset):  Default: ''.
     """

    items: list[BulkItemIn]
    reason: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        from ..models.bulk_item_in import BulkItemIn # noqa: PLC0415
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)



        reason = self.reason


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "items": items,
        })
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_item_in import BulkItemIn # noqa: PLC0415
        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = BulkItemIn.from_dict(items_item_data)



            items.append(items_item)


        reason = d.pop("reason", UNSET)

        bulk_in = cls(
            items=items,
            reason=reason,
        )

        return bulk_in

