from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="ConcernEntryOut")



@_attrs_define
class ConcernEntryOut:
    """ 
        Attributes:
            at (datetime.datetime):
            author_name (None | str): Empty for Accord's own steps
            how (str): call, meeting or written, for a first contact
            id (int):
            internal (bool): An internal note (CDMO staff only ever read one)
            kind (str):
            kind_label (str):
            text (str):
     """

    at: datetime.datetime
    author_name: None | str
    how: str
    id: int
    internal: bool
    kind: str
    kind_label: str
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        at = self.at.isoformat()

        author_name: None | str
        author_name = self.author_name

        how = self.how

        id = self.id

        internal = self.internal

        kind = self.kind

        kind_label = self.kind_label

        text = self.text


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "at": at,
            "author_name": author_name,
            "how": how,
            "id": id,
            "internal": internal,
            "kind": kind,
            "kind_label": kind_label,
            "text": text,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        at = datetime.datetime.fromisoformat(d.pop("at"))




        def _parse_author_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        author_name = _parse_author_name(d.pop("author_name"))


        how = d.pop("how")

        id = d.pop("id")

        internal = d.pop("internal")

        kind = d.pop("kind")

        kind_label = d.pop("kind_label")

        text = d.pop("text")

        concern_entry_out = cls(
            at=at,
            author_name=author_name,
            how=how,
            id=id,
            internal=internal,
            kind=kind,
            kind_label=kind_label,
            text=text,
        )


        concern_entry_out.additional_properties = d
        return concern_entry_out

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
