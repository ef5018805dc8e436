from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="StatusReportIn")



@_attrs_define
class StatusReportIn:
    """ 
        Attributes:
            period_end (datetime.date):
            period_start (datetime.date):
            corrects_id (int | None | Unset): A published report of the project this one corrects
            decisions_needed (str | Unset):  Default: ''.
            summary (str | Unset): The executive summary Default: ''.
     """

    period_end: datetime.date
    period_start: datetime.date
    corrects_id: int | None | Unset = UNSET
    decisions_needed: str | Unset = ''
    summary: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        period_end = self.period_end.isoformat()

        period_start = self.period_start.isoformat()

        corrects_id: int | None | Unset
        if isinstance(self.corrects_id, Unset):
            corrects_id = UNSET
        else:
            corrects_id = self.corrects_id

        decisions_needed = self.decisions_needed

        summary = self.summary


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "period_end": period_end,
            "period_start": period_start,
        })
        if corrects_id is not UNSET:
            field_dict["corrects_id"] = corrects_id
        if decisions_needed is not UNSET:
            field_dict["decisions_needed"] = decisions_needed
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        period_end = datetime.date.fromisoformat(d.pop("period_end"))




        period_start = datetime.date.fromisoformat(d.pop("period_start"))




        def _parse_corrects_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        corrects_id = _parse_corrects_id(d.pop("corrects_id", UNSET))


        decisions_needed = d.pop("decisions_needed", UNSET)

        summary = d.pop("summary", UNSET)

        status_report_in = cls(
            period_end=period_end,
            period_start=period_start,
            corrects_id=corrects_id,
            decisions_needed=decisions_needed,
            summary=summary,
        )

        return status_report_in

