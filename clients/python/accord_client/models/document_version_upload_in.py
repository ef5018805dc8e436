from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="DocumentVersionUploadIn")



@_attrs_define
class DocumentVersionUploadIn:
    """ The form fields next to the multipart ``file``.

        Attributes:
            edit_version (int | None | Unset): The document's edit_version you read (or send If-Match).
            note (str | Unset): What this version changes Default: ''.
     """

    edit_version: int | None | Unset = UNSET
    note: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        edit_version: int | None | Unset
        if isinstance(self.edit_version, Unset):
            edit_version = UNSET
        else:
            edit_version = self.edit_version

        note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if edit_version is not UNSET:
            field_dict["edit_version"] = edit_version
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_edit_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        edit_version = _parse_edit_version(d.pop("edit_version", UNSET))


        note = d.pop("note", UNSET)

        document_version_upload_in = cls(
            edit_version=edit_version,
            note=note,
        )

        return document_version_upload_in

