from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="SuggestionOut")



@_attrs_define
class SuggestionOut:
    """ 
        Attributes:
            discovered_at (datetime.datetime):
            id (int):
            number (str):
            title (str):
            why (list[str]):
     """

    discovered_at: datetime.datetime
    id: int
    number: str
    title: str
    why: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        discovered_at = self.discovered_at.isoformat()

        id = self.id

        number = self.number

        title = self.title

        why = self.why




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "discovered_at": discovered_at,
            "id": id,
            "number": number,
            "title": title,
            "why": why,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        discovered_at = datetime.datetime.fromisoformat(d.pop("discovered_at"))




        id = d.pop("id")

        number = d.pop("number")

        title = d.pop("title")

        why = cast(list[str], d.pop("why"))


        suggestion_out = cls(
            discovered_at=discovered_at,
            id=id,
            number=number,
            title=title,
            why=why,
        )


        suggestion_out.additional_properties = d
        return suggestion_out

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
