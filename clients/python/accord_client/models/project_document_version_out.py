from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="ProjectDocumentVersionOut")



@_attrs_define
class ProjectDocumentVersionOut:
    """ 
        Attributes:
            content_type (str):
            current (bool): The document's file now
            download_url (str):
            note (str):
            number (int):
            original_name (str):
            sha256 (str):
            size_bytes (int):
            uploaded_at (datetime.datetime):
            uploaded_by (str):
     """

    content_type: str
    current: bool
    download_url: str
    note: str
    number: int
    original_name: str
    sha256: str
    size_bytes: int
    uploaded_at: datetime.datetime
    uploaded_by: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        content_type = self.content_type

        current = self.current

        download_url = self.download_url

        note = self.note

        number = self.number

        original_name = self.original_name

        sha256 = self.sha256

        size_bytes = self.size_bytes

        uploaded_at = self.uploaded_at.isoformat()

        uploaded_by = self.uploaded_by


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "content_type": content_type,
            "current": current,
            "download_url": download_url,
            "note": note,
            "number": number,
            "original_name": original_name,
            "sha256": sha256,
            "size_bytes": size_bytes,
            "uploaded_at": uploaded_at,
            "uploaded_by": uploaded_by,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content_type = d.pop("content_type")

        current = d.pop("current")

        download_url = d.pop("download_url")

        note = d.pop("note")

        number = d.pop("number")

        original_name = d.pop("original_name")

        sha256 = d.pop("sha256")

        size_bytes = d.pop("size_bytes")

        uploaded_at = datetime.datetime.fromisoformat(d.pop("uploaded_at"))




        uploaded_by = d.pop("uploaded_by")

        project_document_version_out = cls(
            content_type=content_type,
            current=current,
            download_url=download_url,
            note=note,
            number=number,
            original_name=original_name,
            sha256=sha256,
            size_bytes=size_bytes,
            uploaded_at=uploaded_at,
            uploaded_by=uploaded_by,
        )


        project_document_version_out.additional_properties = d
        return project_document_version_out

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
