from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field
import json
from .. import types

from ..types import UNSET, Unset

from ..types import File, FileTypes
from ..types import UNSET, Unset
from io import BytesIO
from typing import cast






T = TypeVar("T", bound="UploadDocumentVersionMultiPartBodyParams")



@_attrs_define
class UploadDocumentVersionMultiPartBodyParams:
    """ 
        Attributes:
            edit_version (int | None | Unset): The document's edit_version you read (or send If-Match).
            file (File | Unset):
            note (str | Unset): What this version changes Default: ''.
     """

    edit_version: int | None | Unset = UNSET
    file: File | Unset = UNSET
    note: str | Unset = ''
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        edit_version: int | None | Unset
        if isinstance(self.edit_version, Unset):
            edit_version = UNSET
        else:
            edit_version = self.edit_version

        file: FileTypes | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_tuple()


        note = self.note


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if edit_version is not UNSET:
            field_dict["edit_version"] = edit_version
        if file is not UNSET:
            field_dict["file"] = file
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict


    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.edit_version, Unset):
            if isinstance(self.edit_version, int):

                files.append(("edit_version", (None, str(self.edit_version).encode(), "text/plain")))
            else:
                files.append(("edit_version", (None, str(self.edit_version).encode(), "text/plain")))


        if not isinstance(self.file, Unset):
            files.append(("file", self.file.to_tuple()))



        if not isinstance(self.note, Unset):
            files.append(("note", (None, str(self.note).encode(), "text/plain")))




        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))



        return files


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


        _file = d.pop("file", UNSET)
        file: File | Unset
        if isinstance(_file,  Unset):
            file = UNSET
        else:
            file = File(
             payload = BytesIO(_file)
        )




        note = d.pop("note", UNSET)

        upload_document_version_multi_part_body_params = cls(
            edit_version=edit_version,
            file=file,
            note=note,
        )


        upload_document_version_multi_part_body_params.additional_properties = d
        return upload_document_version_multi_part_body_params

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
