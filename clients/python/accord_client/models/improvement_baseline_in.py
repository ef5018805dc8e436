from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.delay_cause import DelayCause
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ImprovementBaselineIn")



@_attrs_define
class ImprovementBaselineIn:
    """ 
        Attributes:
            cause (DelayCause):
            end (datetime.date):
            start (datetime.date):
            site_id (int | None | Unset):
            sponsor_id (int | None | Unset):
            version (int | None | Unset):
     """

    cause: DelayCause
    end: datetime.date
    start: datetime.date
    site_id: int | None | Unset = UNSET
    sponsor_id: int | None | Unset = UNSET
    version: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        cause = self.cause.value

        end = self.end.isoformat()

        start = self.start.isoformat()

        site_id: int | None | Unset
        if isinstance(self.site_id, Unset):
            site_id = UNSET
        else:
            site_id = self.site_id

        sponsor_id: int | None | Unset
        if isinstance(self.sponsor_id, Unset):
            sponsor_id = UNSET
        else:
            sponsor_id = self.sponsor_id

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "cause": cause,
            "end": end,
            "start": start,
        })
        if site_id is not UNSET:
            field_dict["site_id"] = site_id
        if sponsor_id is not UNSET:
            field_dict["sponsor_id"] = sponsor_id
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cause = DelayCause(d.pop("cause"))




        end = datetime.date.fromisoformat(d.pop("end"))




        start = datetime.date.fromisoformat(d.pop("start"))




        def _parse_site_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        site_id = _parse_site_id(d.pop("site_id", UNSET))


        def _parse_sponsor_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sponsor_id = _parse_sponsor_id(d.pop("sponsor_id", UNSET))


        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        improvement_baseline_in = cls(
            cause=cause,
            end=end,
            start=start,
            site_id=site_id,
            sponsor_id=sponsor_id,
            version=version,
        )

        return improvement_baseline_in

