from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="ConcernFileOut")



@_attrs_define
class ConcernFileOut:
    """ 
        Attributes:
            content_type (str):
            id (int):
            name (str):
            sha256 (str):
            size_bytes (int):
            uploaded_at (datetime.datetime):
            uploaded_by_name (str):
            url (str): Where to download it (the same rights as the concern)
     """

    content_type: str
    id: int
    name: str
    sha256: str
    size_bytes: int
    uploaded_at: datetime.datetime
    uploaded_by_name: str
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        content_type = self.content_type

        id = self.id

        name = self.name

        sha256 = self.sha256

        size_bytes = self.size_bytes

        uploaded_at = self.uploaded_at.isoformat()

        uploaded_by_name = self.uploaded_by_name

        url = self.url


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "content_type": content_type,
            "id": id,
            "name": name,
            "sha256": sha256,
            "size_bytes": size_bytes,
            "uploaded_at": uploaded_at,
            "uploaded_by_name": uploaded_by_name,
            "url": url,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content_type = d.pop("content_type")

        id = d.pop("id")

        name = d.pop("name")

        sha256 = d.pop("sha256")

        size_bytes = d.pop("size_bytes")

        uploaded_at = datetime.datetime.fromisoformat(d.pop("uploaded_at"))




        uploaded_by_name = d.pop("uploaded_by_name")

        url = d.pop("url")

        concern_file_out = cls(
            content_type=content_type,
            id=id,
            name=name,
            sha256=sha256,
            size_bytes=size_bytes,
            uploaded_at=uploaded_at,
            uploaded_by_name=uploaded_by_name,
            url=url,
        )


        concern_file_out.additional_properties = d
        return concern_file_out

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
