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






T = TypeVar("T", bound="PortfolioFilters")



@_attrs_define
class PortfolioFilters:
    """ 
        Attributes:
            cause (DelayCause | None | Unset):
            communicated (bool | None | Unset): true: the sponsor has been told
            end (datetime.date | None | Unset): Occurred on or before
            site_id (int | None | Unset):
            start (datetime.date | None | Unset): Occurred on or after
     """

    cause: DelayCause | None | Unset = UNSET
    communicated: bool | None | Unset = UNSET
    end: datetime.date | None | Unset = UNSET
    site_id: int | None | Unset = UNSET
    start: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        cause: None | str | Unset
        if isinstance(self.cause, Unset):
            cause = UNSET
        elif isinstance(self.cause, DelayCause):
            cause = self.cause.value
        else:
            cause = self.cause

        communicated: bool | None | Unset
        if isinstance(self.communicated, Unset):
            communicated = UNSET
        else:
            communicated = self.communicated

        end: None | str | Unset
        if isinstance(self.end, Unset):
            end = UNSET
        elif isinstance(self.end, datetime.date):
            end = self.end.isoformat()
        else:
            end = self.end

        site_id: int | None | Unset
        if isinstance(self.site_id, Unset):
            site_id = UNSET
        else:
            site_id = self.site_id

        start: None | str | Unset
        if isinstance(self.start, Unset):
            start = UNSET
        elif isinstance(self.start, datetime.date):
            start = self.start.isoformat()
        else:
            start = self.start


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if cause is not UNSET:
            field_dict["cause"] = cause
        if communicated is not UNSET:
            field_dict["communicated"] = communicated
        if end is not UNSET:
            field_dict["end"] = end
        if site_id is not UNSET:
            field_dict["site_id"] = site_id
        if start is not UNSET:
            field_dict["start"] = start

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_cause(data: object) -> DelayCause | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cause_type_0 = DelayCause(data)



                return cause_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DelayCause | None | Unset, data)

        cause = _parse_cause(d.pop("cause", UNSET))


        def _parse_communicated(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        communicated = _parse_communicated(d.pop("communicated", UNSET))


        def _parse_end(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_type_0 = datetime.date.fromisoformat(data)



                return end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        end = _parse_end(d.pop("end", UNSET))


        def _parse_site_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        site_id = _parse_site_id(d.pop("site_id", UNSET))


        def _parse_start(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_type_0 = datetime.date.fromisoformat(data)



                return start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        start = _parse_start(d.pop("start", UNSET))


        portfolio_filters = cls(
            cause=cause,
            communicated=communicated,
            end=end,
            site_id=site_id,
            start=start,
        )


        portfolio_filters.additional_properties = d
        return portfolio_filters

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
