from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="DocumentOut")



@_attrs_define
class DocumentOut:
    """ 
        Attributes:
            content_type (str):
            id (int):
            original_name (str):
            project_id (int):
            sha256 (str):
            size_bytes (int):
            title (str):
            uploaded_at (datetime.datetime):
            visibility (str):
     """

    content_type: str
    id: int
    original_name: str
    project_id: int
    sha256: str
    size_bytes: int
    title: str
    uploaded_at: datetime.datetime
    visibility: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        content_type = self.content_type

        id = self.id

        original_name = self.original_name

        project_id = self.project_id

        sha256 = self.sha256

        size_bytes = self.size_bytes

        title = self.title

        uploaded_at = self.uploaded_at.isoformat()

        visibility = self.visibility


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "content_type": content_type,
            "id": id,
            "original_name": original_name,
            "project_id": project_id,
            "sha256": sha256,
            "size_bytes": size_bytes,
            "title": title,
            "uploaded_at": uploaded_at,
            "visibility": visibility,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content_type = d.pop("content_type")

        id = d.pop("id")

        original_name = d.pop("original_name")

        project_id = d.pop("project_id")

        sha256 = d.pop("sha256")

        size_bytes = d.pop("size_bytes")

        title = d.pop("title")

        uploaded_at = datetime.datetime.fromisoformat(d.pop("uploaded_at"))




        visibility = d.pop("visibility")

        document_out = cls(
            content_type=content_type,
            id=id,
            original_name=original_name,
            project_id=project_id,
            sha256=sha256,
            size_bytes=size_bytes,
            title=title,
            uploaded_at=uploaded_at,
            visibility=visibility,
        )


        document_out.additional_properties = d
        return document_out

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
