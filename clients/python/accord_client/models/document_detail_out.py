from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.signature_out import SignatureOut





T = TypeVar("T", bound="DocumentDetailOut")



@_attrs_define
class DocumentDetailOut:
    """ 
        Attributes:
            content_type (str):
            edit_version (int): Counts every change, content or state; the ETag. Send it back as If-Match (or edit_version)
                with a transition.
            id (int):
            original_name (str):
            project_id (int):
            sha256 (str):
            signatures (list[SignatureOut]):
            size_bytes (int):
            status (str):
            title (str):
            uploaded_at (datetime.datetime):
            version (int): Counts changes of the signed content (title, file).
            visibility (str):
     """

    content_type: str
    edit_version: int
    id: int
    original_name: str
    project_id: int
    sha256: str
    signatures: list[SignatureOut]
    size_bytes: int
    status: str
    title: str
    uploaded_at: datetime.datetime
    version: int
    visibility: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.signature_out import SignatureOut # noqa: PLC0415
        content_type = self.content_type

        edit_version = self.edit_version

        id = self.id

        original_name = self.original_name

        project_id = self.project_id

        sha256 = self.sha256

        signatures = []
        for signatures_item_data in self.signatures:
            signatures_item = signatures_item_data.to_dict()
            signatures.append(signatures_item)



        size_bytes = self.size_bytes

        status = self.status

        title = self.title

        uploaded_at = self.uploaded_at.isoformat()

        version = self.version

        visibility = self.visibility


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "content_type": content_type,
            "edit_version": edit_version,
            "id": id,
            "original_name": original_name,
            "project_id": project_id,
            "sha256": sha256,
            "signatures": signatures,
            "size_bytes": size_bytes,
            "status": status,
            "title": title,
            "uploaded_at": uploaded_at,
            "version": version,
            "visibility": visibility,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.signature_out import SignatureOut # noqa: PLC0415
        d = dict(src_dict)
        content_type = d.pop("content_type")

        edit_version = d.pop("edit_version")

        id = d.pop("id")

        original_name = d.pop("original_name")

        project_id = d.pop("project_id")

        sha256 = d.pop("sha256")

        signatures = []
        _signatures = d.pop("signatures")
        for signatures_item_data in (_signatures):
            signatures_item = SignatureOut.from_dict(signatures_item_data)



            signatures.append(signatures_item)


        size_bytes = d.pop("size_bytes")

        status = d.pop("status")

        title = d.pop("title")

        uploaded_at = datetime.datetime.fromisoformat(d.pop("uploaded_at"))




        version = d.pop("version")

        visibility = d.pop("visibility")

        document_detail_out = cls(
            content_type=content_type,
            edit_version=edit_version,
            id=id,
            original_name=original_name,
            project_id=project_id,
            sha256=sha256,
            signatures=signatures,
            size_bytes=size_bytes,
            status=status,
            title=title,
            uploaded_at=uploaded_at,
            version=version,
            visibility=visibility,
        )


        document_detail_out.additional_properties = d
        return document_detail_out

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
