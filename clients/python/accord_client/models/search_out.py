from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.search_count_out import SearchCountOut
  from ..models.search_group_out import SearchGroupOut





T = TypeVar("T", bound="SearchOut")



@_attrs_define
class SearchOut:
    """ 
        Attributes:
            counts (list[SearchCountOut]): Every type you may search, in order
            groups (list[SearchGroupOut]): The requested page of each type that has matches (of `type` only, if given)
            q (str):
            terms (list[str]): The words searched for
            total (int): Matches of every type
            type_ (None | str):
     """

    counts: list[SearchCountOut]
    groups: list[SearchGroupOut]
    q: str
    terms: list[str]
    total: int
    type_: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.search_count_out import SearchCountOut # noqa: PLC0415
        from ..models.search_group_out import SearchGroupOut # noqa: PLC0415
        counts = []
        for counts_item_data in self.counts:
            counts_item = counts_item_data.to_dict()
            counts.append(counts_item)



        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)



        q = self.q

        terms = self.terms



        total = self.total

        type_: None | str
        type_ = self.type_


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "counts": counts,
            "groups": groups,
            "q": q,
            "terms": terms,
            "total": total,
            "type": type_,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.search_count_out import SearchCountOut # noqa: PLC0415
        from ..models.search_group_out import SearchGroupOut # noqa: PLC0415
        d = dict(src_dict)
        counts = []
        _counts = d.pop("counts")
        for counts_item_data in (_counts):
            counts_item = SearchCountOut.from_dict(counts_item_data)



            counts.append(counts_item)


        groups = []
        _groups = d.pop("groups")
        for groups_item_data in (_groups):
            groups_item = SearchGroupOut.from_dict(groups_item_data)



            groups.append(groups_item)


        q = d.pop("q")

        terms = cast(list[str], d.pop("terms"))


        total = d.pop("total")

        def _parse_type_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        type_ = _parse_type_(d.pop("type"))


        search_out = cls(
            counts=counts,
            groups=groups,
            q=q,
            terms=terms,
            total=total,
            type_=type_,
        )


        search_out.additional_properties = d
        return search_out

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
