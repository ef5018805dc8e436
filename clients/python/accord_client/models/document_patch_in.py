from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.project_document_visibility import ProjectDocumentVisibility
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="DocumentPatchIn")



@_attrs_define
class DocumentPatchIn:
    """ Rename or re-share a document; once submitted, with a ``reason``.

        Attributes:
            edit_version (int | None | Unset): The document's edit_version you read (or send If-Match).
            reason (str | Unset):  Default: ''.
            title (None | str | Unset):
            visibility (None | ProjectDocumentVisibility | Unset):
     """

    edit_version: int | None | Unset = UNSET
    reason: str | Unset = ''
    title: None | str | Unset = UNSET
    visibility: None | ProjectDocumentVisibility | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        edit_version: int | None | Unset
        if isinstance(self.edit_version, Unset):
            edit_version = UNSET
        else:
            edit_version = self.edit_version

        reason = self.reason

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        visibility: None | str | Unset
        if isinstance(self.visibility, Unset):
            visibility = UNSET
        elif isinstance(self.visibility, ProjectDocumentVisibility):
            visibility = self.visibility.value
        else:
            visibility = self.visibility


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if edit_version is not UNSET:
            field_dict["edit_version"] = edit_version
        if reason is not UNSET:
            field_dict["reason"] = reason
        if title is not UNSET:
            field_dict["title"] = title
        if visibility is not UNSET:
            field_dict["visibility"] = visibility

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


        reason = d.pop("reason", UNSET)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))


        def _parse_visibility(data: object) -> None | ProjectDocumentVisibility | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                visibility_type_0 = ProjectDocumentVisibility(data)



                return visibility_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectDocumentVisibility | Unset, data)

        visibility = _parse_visibility(d.pop("visibility", UNSET))


        document_patch_in = cls(
            edit_version=edit_version,
            reason=reason,
            title=title,
            visibility=visibility,
        )

        return document_patch_in

