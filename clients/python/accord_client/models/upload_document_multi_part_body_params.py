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

if TYPE_CHECKING:
  from ..models.upload_document_multi_part_body_params_visibility import UploadDocumentMultiPartBodyParamsVisibility





T = TypeVar("T", bound="UploadDocumentMultiPartBodyParams")



@_attrs_define
class UploadDocumentMultiPartBodyParams:
    """ 
        Attributes:
            file (File | Unset):
            title (str | Unset): The file's name if left empty Default: ''.
            visibility (UploadDocumentMultiPartBodyParamsVisibility | Unset):
     """

    file: File | Unset = UNSET
    title: str | Unset = ''
    visibility: UploadDocumentMultiPartBodyParamsVisibility | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.upload_document_multi_part_body_params_visibility import UploadDocumentMultiPartBodyParamsVisibility # noqa: PLC0415
        file: FileTypes | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_tuple()


        title = self.title

        visibility: dict[str, Any] | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if file is not UNSET:
            field_dict["file"] = file
        if title is not UNSET:
            field_dict["title"] = title
        if visibility is not UNSET:
            field_dict["visibility"] = visibility

        return field_dict


    def to_multipart(self) -> types.RequestFiles:
        from ..models.upload_document_multi_part_body_params_visibility import UploadDocumentMultiPartBodyParamsVisibility # noqa: PLC0415
        files: types.RequestFiles = []

        if not isinstance(self.file, Unset):
            files.append(("file", self.file.to_tuple()))



        if not isinstance(self.title, Unset):
            files.append(("title", (None, str(self.title).encode(), "text/plain")))



        if not isinstance(self.visibility, Unset):
            files.append(("visibility", (None, json.dumps( self.visibility.to_dict()).encode(), "application/json")))




        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))



        return files


    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.upload_document_multi_part_body_params_visibility import UploadDocumentMultiPartBodyParamsVisibility # noqa: PLC0415
        d = dict(src_dict)
        _file = d.pop("file", UNSET)
        file: File | Unset
        if isinstance(_file,  Unset):
            file = UNSET
        else:
            file = File(
             payload = BytesIO(_file)
        )




        title = d.pop("title", UNSET)

        _visibility = d.pop("visibility", UNSET)
        visibility: UploadDocumentMultiPartBodyParamsVisibility | Unset
        if isinstance(_visibility,  Unset):
            visibility = UNSET
        else:
            visibility = UploadDocumentMultiPartBodyParamsVisibility.from_dict(_visibility)




        upload_document_multi_part_body_params = cls(
            file=file,
            title=title,
            visibility=visibility,
        )


        upload_document_multi_part_body_params.additional_properties = d
        return upload_document_multi_part_body_params

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
