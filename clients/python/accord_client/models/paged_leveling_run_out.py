from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.leveling_run_out import LevelingRunOut





T = TypeVar("T", bound="PagedLevelingRunOut")



@_attrs_define
class PagedLevelingRunOut:
    """ 
        Attributes:
            count (int):
            items (list[LevelingRunOut]):
            page (int):
            page_size (int):
            pages (int):
            next_cursor (None | str | Unset): With `cursor`: the cursor of the next page (none after the last).
     """

    count: int
    items: list[LevelingRunOut]
    page: int
    page_size: int
    pages: int
    next_cursor: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.leveling_run_out import LevelingRunOut # noqa: PLC0415
        count = self.count

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)



        page = self.page

        page_size = self.page_size

        pages = self.pages

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "count": count,
            "items": items,
            "page": page,
            "page_size": page_size,
            "pages": pages,
        })
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.leveling_run_out import LevelingRunOut # noqa: PLC0415
        d = dict(src_dict)
        count = d.pop("count")

        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = LevelingRunOut.from_dict(items_item_data)



            items.append(items_item)


        page = d.pop("page")

        page_size = d.pop("page_size")

        pages = d.pop("pages")

        def _parse_next_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor", UNSET))


        paged_leveling_run_out = cls(
            count=count,
            items=items,
            page=page,
            page_size=page_size,
            pages=pages,
            next_cursor=next_cursor,
        )


        paged_leveling_run_out.additional_properties = d
        return paged_leveling_run_out

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
