from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.progress_item_in import ProgressItemIn





T = TypeVar("T", bound="ProgressIn")



@_attrs_define
class ProgressIn:
    """ 
        Attributes:
            data_date (datetime.date): The status date; it becomes the project's
            items (list[ProgressItemIn]):
            reason (str | Unset):  Default: ''.
     """

    data_date: datetime.date
    items: list[ProgressItemIn]
    reason: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        from ..models.progress_item_in import ProgressItemIn # noqa: PLC0415
        data_date = self.data_date.isoformat()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)



        reason = self.reason


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "data_date": data_date,
            "items": items,
        })
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.progress_item_in import ProgressItemIn # noqa: PLC0415
        d = dict(src_dict)
        data_date = datetime.date.fromisoformat(d.pop("data_date"))




        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = ProgressItemIn.from_dict(items_item_data)



            items.append(items_item)


        reason = d.pop("reason", UNSET)

        progress_in = cls(
            data_date=data_date,
            items=items,
            reason=reason,
        )

        return progress_in

