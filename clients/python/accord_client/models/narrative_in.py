from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="NarrativeIn")



@_attrs_define
class NarrativeIn:
    """ 
        Attributes:
            highlights (None | str | Unset):
            issues (None | str | Unset):
            outlook (None | str | Unset):
            summary (None | str | Unset):
            version (int | None | Unset): The version you read (or If-Match)
     """

    highlights: None | str | Unset = UNSET
    issues: None | str | Unset = UNSET
    outlook: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET
    version: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        highlights: None | str | Unset
        if isinstance(self.highlights, Unset):
            highlights = UNSET
        else:
            highlights = self.highlights

        issues: None | str | Unset
        if isinstance(self.issues, Unset):
            issues = UNSET
        else:
            issues = self.issues

        outlook: None | str | Unset
        if isinstance(self.outlook, Unset):
            outlook = UNSET
        else:
            outlook = self.outlook

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
        if highlights is not UNSET:
            field_dict["highlights"] = highlights
        if issues is not UNSET:
            field_dict["issues"] = issues
        if outlook is not UNSET:
            field_dict["outlook"] = outlook
        if summary is not UNSET:
            field_dict["summary"] = summary
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_highlights(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        highlights = _parse_highlights(d.pop("highlights", UNSET))


        def _parse_issues(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        issues = _parse_issues(d.pop("issues", UNSET))


        def _parse_outlook(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        outlook = _parse_outlook(d.pop("outlook", UNSET))


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


        narrative_in = cls(
            highlights=highlights,
            issues=issues,
            outlook=outlook,
            summary=summary,
            version=version,
        )

        return narrative_in

