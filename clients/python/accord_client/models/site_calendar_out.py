from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.day_out import DayOut





T = TypeVar("T", bound="SiteCalendarOut")



@_attrs_define
class SiteCalendarOut:
    """ 
        Attributes:
            country_code (str):
            days (list[DayOut]):
            site_code (str):
            site_id (int):
            subdivision (str):
            year (int):
     """

    country_code: str
    days: list[DayOut]
    site_code: str
    site_id: int
    subdivision: str
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.day_out import DayOut # noqa: PLC0415
        country_code = self.country_code

        days = []
        for days_item_data in self.days:
            days_item = days_item_data.to_dict()
            days.append(days_item)



        site_code = self.site_code

        site_id = self.site_id

        subdivision = self.subdivision

        year = self.year


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "country_code": country_code,
            "days": days,
            "site_code": site_code,
            "site_id": site_id,
            "subdivision": subdivision,
            "year": year,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.day_out import DayOut # noqa: PLC0415
        d = dict(src_dict)
        country_code = d.pop("country_code")

        days = []
        _days = d.pop("days")
        for days_item_data in (_days):
            days_item = DayOut.from_dict(days_item_data)



            days.append(days_item)


        site_code = d.pop("site_code")

        site_id = d.pop("site_id")

        subdivision = d.pop("subdivision")

        year = d.pop("year")

        site_calendar_out = cls(
            country_code=country_code,
            days=days,
            site_code=site_code,
            site_id=site_id,
            subdivision=subdivision,
            year=year,
        )


        site_calendar_out.additional_properties = d
        return site_calendar_out

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
