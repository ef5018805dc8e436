from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.search_hit_out import SearchHitOut





T = TypeVar("T", bound="SearchGroupOut")



@_attrs_define
class SearchGroupOut:
    """ 
        Attributes:
            count (int):
            items (list[SearchHitOut]):
            label (str):
            page (int):
            page_size (int):
            pages (int):
            ranked (bool): Best match first; false when there are too many matches to rank (more than 1,000 on PostgreSQL):
                newest first
            type_ (str):
     """

    count: int
    items: list[SearchHitOut]
    label: str
    page: int
    page_size: int
    pages: int
    ranked: bool
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.search_hit_out import SearchHitOut # noqa: PLC0415
        count = self.count

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)



        label = self.label

        page = self.page

        page_size = self.page_size

        pages = self.pages

        ranked = self.ranked

        type_ = self.type_


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "count": count,
            "items": items,
            "label": label,
            "page": page,
            "page_size": page_size,
            "pages": pages,
            "ranked": ranked,
            "type": type_,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.search_hit_out import SearchHitOut # noqa: PLC0415
        d = dict(src_dict)
        count = d.pop("count")

        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = SearchHitOut.from_dict(items_item_data)



            items.append(items_item)


        label = d.pop("label")

        page = d.pop("page")

        page_size = d.pop("page_size")

        pages = d.pop("pages")

        ranked = d.pop("ranked")

        type_ = d.pop("type")

        search_group_out = cls(
            count=count,
            items=items,
            label=label,
            page=page,
            page_size=page_size,
            pages=pages,
            ranked=ranked,
            type_=type_,
        )


        search_group_out.additional_properties = d
        return search_group_out

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
