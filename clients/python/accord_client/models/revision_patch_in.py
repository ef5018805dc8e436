from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="RevisionPatchIn")



@_attrs_define
class RevisionPatchIn:
    """ 
        Attributes:
            internal_pricing_notes (None | str | Unset): CDMO only, never shown to the sponsor
            summary (None | str | Unset):
            valid_until (datetime.date | None | Unset):
            version (int | None | Unset): The version you read (or If-Match with its ETag)
     """

    internal_pricing_notes: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET
    valid_until: datetime.date | None | Unset = UNSET
    version: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        internal_pricing_notes: None | str | Unset
        if isinstance(self.internal_pricing_notes, Unset):
            internal_pricing_notes = UNSET
        else:
            internal_pricing_notes = self.internal_pricing_notes

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        valid_until: None | str | Unset
        if isinstance(self.valid_until, Unset):
            valid_until = UNSET
        elif isinstance(self.valid_until, datetime.date):
            valid_until = self.valid_until.isoformat()
        else:
            valid_until = self.valid_until

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if internal_pricing_notes is not UNSET:
            field_dict["internal_pricing_notes"] = internal_pricing_notes
        if summary is not UNSET:
            field_dict["summary"] = summary
        if valid_until is not UNSET:
            field_dict["valid_until"] = valid_until
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_internal_pricing_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        internal_pricing_notes = _parse_internal_pricing_notes(d.pop("internal_pricing_notes", UNSET))


        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))


        def _parse_valid_until(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_until_type_0 = datetime.date.fromisoformat(data)



                return valid_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        valid_until = _parse_valid_until(d.pop("valid_until", UNSET))


        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        revision_patch_in = cls(
            internal_pricing_notes=internal_pricing_notes,
            summary=summary,
            valid_until=valid_until,
            version=version,
        )

        return revision_patch_in

