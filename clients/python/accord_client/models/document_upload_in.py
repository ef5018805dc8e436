from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.document_upload_in_visibility import DocumentUploadInVisibility





T = TypeVar("T", bound="DocumentUploadIn")



@_attrs_define
class DocumentUploadIn:
    """ The form fields next to the multipart ``file``.

        Attributes:
            title (str | Unset): The file's name if left empty Default: ''.
            visibility (DocumentUploadInVisibility | Unset):
     """

    title: str | Unset = ''
    visibility: DocumentUploadInVisibility | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.document_upload_in_visibility import DocumentUploadInVisibility # noqa: PLC0415
        title = self.title

        visibility: dict[str, Any] | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility.to_dict()


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if title is not UNSET:
            field_dict["title"] = title
        if visibility is not UNSET:
            field_dict["visibility"] = visibility

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_upload_in_visibility import DocumentUploadInVisibility # noqa: PLC0415
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        _visibility = d.pop("visibility", UNSET)
        visibility: DocumentUploadInVisibility | Unset
        if isinstance(_visibility,  Unset):
            visibility = UNSET
        else:
            visibility = DocumentUploadInVisibility.from_dict(_visibility)




        document_upload_in = cls(
            title=title,
            visibility=visibility,
        )

        return document_upload_in

