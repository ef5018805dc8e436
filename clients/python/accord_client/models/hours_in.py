from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="HoursIn")



@_attrs_define
class HoursIn:
    """ 
        Attributes:
            friday (str | Unset):  Default: ''.
            monday (str | Unset):  Default: ''.
            reason (str | Unset):  Default: ''.
            saturday (str | Unset):  Default: ''.
            sunday (str | Unset):  Default: ''.
            thursday (str | Unset):  Default: ''.
            tuesday (str | Unset):  Default: ''.
            version (int | None | Unset):
            wednesday (str | Unset):  Default: ''.
     """

    friday: str | Unset = ''
    monday: str | Unset = ''
    reason: str | Unset = ''
    saturday: str | Unset = ''
    sunday: str | Unset = ''
    thursday: str | Unset = ''
    tuesday: str | Unset = ''
    version: int | None | Unset = UNSET
    wednesday: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        friday = self.friday

        monday = self.monday

        reason = self.reason

        saturday = self.saturday

        sunday = self.sunday

        thursday = self.thursday

        tuesday = self.tuesday

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        wednesday = self.wednesday


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if friday is not UNSET:
            field_dict["friday"] = friday
        if monday is not UNSET:
            field_dict["monday"] = monday
        if reason is not UNSET:
            field_dict["reason"] = reason
        if saturday is not UNSET:
            field_dict["saturday"] = saturday
        if sunday is not UNSET:
            field_dict["sunday"] = sunday
        if thursday is not UNSET:
            field_dict["thursday"] = thursday
        if tuesday is not UNSET:
            field_dict["tuesday"] = tuesday
        if version is not UNSET:
            field_dict["version"] = version
        if wednesday is not UNSET:
            field_dict["wednesday"] = wednesday

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        friday = d.pop("friday", UNSET)

        monday = d.pop("monday", UNSET)

        reason = d.pop("reason", UNSET)

        saturday = d.pop("saturday", UNSET)

        sunday = d.pop("sunday", UNSET)

        thursday = d.pop("thursday", UNSET)

        tuesday = d.pop("tuesday", UNSET)

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        wednesday = d.pop("wednesday", UNSET)

        hours_in = cls(
            friday=friday,
            monday=monday,
            reason=reason,
            saturday=saturday,
            sunday=sunday,
            thursday=thursday,
            tuesday=tuesday,
            version=version,
            wednesday=wednesday,
        )

        return hours_in

