from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.search_filters_type import SearchFiltersType
from ..types import UNSET, Unset






T = TypeVar("T", bound="SearchFilters")



@_attrs_define
class SearchFilters:
    """ 
        Attributes:
            q (str): The words to find (2 to 100 characters, no control characters); every word must match, as the start of
                a word on PostgreSQL.
            page (int | Unset): 1-based page, within each type's results Default: 1.
            page_size (int | Unset): Results per type and page (at most 50) Default: 10.
            type_ (SearchFiltersType | Unset): Only this record type: its `type` key, e.g. `risks` (empty: every type you
                may search; one you may not search is unknown to you).
     """

    q: str
    page: int | Unset = 1
    page_size: int | Unset = 10
    type_: SearchFiltersType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        q = self.q

        page = self.page

        page_size = self.page_size

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value



        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "q": q,
        })
        if page is not UNSET:
            field_dict["page"] = page
        if page_size is not UNSET:
            field_dict["page_size"] = page_size
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        q = d.pop("q")

        page = d.pop("page", UNSET)

        page_size = d.pop("page_size", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: SearchFiltersType | Unset
        if isinstance(_type_,  Unset):
            type_ = UNSET
        else:
            type_ = SearchFiltersType(_type_)




        search_filters = cls(
            q=q,
            page=page,
            page_size=page_size,
            type_=type_,
        )


        search_filters.additional_properties = d
        return search_filters

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
