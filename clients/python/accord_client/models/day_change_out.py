from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.day_out import DayOut





T = TypeVar("T", bound="DayChangeOut")



@_attrs_define
class DayChangeOut:
    """ 
        Attributes:
            day (DayOut):
            queued (list[str]): Codes of the open plans left to a background job
            rescheduled (list[str]): Codes of the open plans rescheduled at once
     """

    day: DayOut
    queued: list[str]
    rescheduled: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.day_out import DayOut # noqa: PLC0415
        day = self.day.to_dict()

        queued = self.queued



        rescheduled = self.rescheduled




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "day": day,
            "queued": queued,
            "rescheduled": rescheduled,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.day_out import DayOut # noqa: PLC0415
        d = dict(src_dict)
        day = DayOut.from_dict(d.pop("day"))




        queued = cast(list[str], d.pop("queued"))


        rescheduled = cast(list[str], d.pop("rescheduled"))


        day_change_out = cls(
            day=day,
            queued=queued,
            rescheduled=rescheduled,
        )


        day_change_out.additional_properties = d
        return day_change_out

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
