from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="StatusReportPatchIn")



@_attrs_define
class StatusReportPatchIn:
    """ Only a draft changes; send what changes, with the version (or If-Match).

        Attributes:
            decisions_needed (None | str | Unset):
            summary (None | str | Unset):
            version (int | None | Unset): The version you read (or If-Match)
     """

    decisions_needed: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET
    version: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        decisions_needed: None | str | Unset
        if isinstance(self.decisions_needed, Unset):
            decisions_needed = UNSET
        else:
            decisions_needed = self.decisions_needed

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if decisions_needed is not UNSET:
            field_dict["decisions_needed"] = decisions_needed
        if summary is not UNSET:
            field_dict["summary"] = summary
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_decisions_needed(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decisions_needed = _parse_decisions_needed(d.pop("decisions_needed", UNSET))


        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))


        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        status_report_patch_in = cls(
            decisions_needed=decisions_needed,
            summary=summary,
            version=version,
        )

        return status_report_patch_in

