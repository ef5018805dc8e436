from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="HoursOut")



@_attrs_define
class HoursOut:
    """ 
        Attributes:
            friday (str):
            monday (str):
            saturday (str):
            site_code (str):
            site_id (int):
            sunday (str):
            thursday (str):
            time_zone (str):
            tuesday (str):
            version (int | None): None while the site keeps the default office hours
            wednesday (str):
     """

    friday: str
    monday: str
    saturday: str
    site_code: str
    site_id: int
    sunday: str
    thursday: str
    time_zone: str
    tuesday: str
    version: int | None
    wednesday: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        friday = self.friday

        monday = self.monday

        saturday = self.saturday

        site_code = self.site_code

        site_id = self.site_id

        sunday = self.sunday

        thursday = self.thursday

        time_zone = self.time_zone

        tuesday = self.tuesday

        version: int | None
        version = self.version

        wednesday = self.wednesday


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "friday": friday,
            "monday": monday,
            "saturday": saturday,
            "site_code": site_code,
            "site_id": site_id,
            "sunday": sunday,
            "thursday": thursday,
            "time_zone": time_zone,
            "tuesday": tuesday,
            "version": version,
            "wednesday": wednesday,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        friday = d.pop("friday")

        monday = d.pop("monday")

        saturday = d.pop("saturday")

        site_code = d.pop("site_code")

        site_id = d.pop("site_id")

        sunday = d.pop("sunday")

        thursday = d.pop("thursday")

        time_zone = d.pop("time_zone")

        tuesday = d.pop("tuesday")

        def _parse_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        version = _parse_version(d.pop("version"))


        wednesday = d.pop("wednesday")

        hours_out = cls(
            friday=friday,
            monday=monday,
            saturday=saturday,
            site_code=site_code,
            site_id=site_id,
            sunday=sunday,
            thursday=thursday,
            time_zone=time_zone,
            tuesday=tuesday,
            version=version,
            wednesday=wednesday,
        )


        hours_out.additional_properties = d
        return hours_out

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
