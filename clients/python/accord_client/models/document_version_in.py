from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="DocumentVersionIn")



@_attrs_define
class DocumentVersionIn:
    """ 
        Attributes:
            summary (str):
            effective_on (datetime.date | None | Unset):
            sha256 (str | Unset):  Default: ''.
     """

    summary: str
    effective_on: datetime.date | None | Unset = UNSET
    sha256: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        summary = self.summary

        effective_on: None | str | Unset
        if isinstance(self.effective_on, Unset):
            effective_on = UNSET
        elif isinstance(self.effective_on, datetime.date):
            effective_on = self.effective_on.isoformat()
        else:
            effective_on = self.effective_on

        sha256 = self.sha256


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "summary": summary,
        })
        if effective_on is not UNSET:
            field_dict["effective_on"] = effective_on
        if sha256 is not UNSET:
            field_dict["sha256"] = sha256

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        summary = d.pop("summary")

        def _parse_effective_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effective_on_type_0 = datetime.date.fromisoformat(data)



                return effective_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        effective_on = _parse_effective_on(d.pop("effective_on", UNSET))


        sha256 = d.pop("sha256", UNSET)

        document_version_in = cls(
            summary=summary,
            effective_on=effective_on,
            sha256=sha256,
        )

        return document_version_in

