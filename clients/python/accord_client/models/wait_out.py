from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.wait_out_behind_item import WaitOutBehindItem





T = TypeVar("T", bound="WaitOut")



@_attrs_define
class WaitOut:
    """ 
        Attributes:
            activity (str):
            behind (list[WaitOutBehindItem]):
            could_start (datetime.date):
            days (int):
            resource (str):
            role (str):
            starts (datetime.date):
     """

    activity: str
    behind: list[WaitOutBehindItem]
    could_start: datetime.date
    days: int
    resource: str
    role: str
    starts: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.wait_out_behind_item import WaitOutBehindItem # noqa: PLC0415
        activity = self.activity

        behind = []
        for behind_item_data in self.behind:
            behind_item = behind_item_data.to_dict()
            behind.append(behind_item)



        could_start = self.could_start.isoformat()

        days = self.days

        resource = self.resource

        role = self.role

        starts = self.starts.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "activity": activity,
            "behind": behind,
            "could_start": could_start,
            "days": days,
            "resource": resource,
            "role": role,
            "starts": starts,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.wait_out_behind_item import WaitOutBehindItem # noqa: PLC0415
        d = dict(src_dict)
        activity = d.pop("activity")

        behind = []
        _behind = d.pop("behind")
        for behind_item_data in (_behind):
            behind_item = WaitOutBehindItem.from_dict(behind_item_data)



            behind.append(behind_item)


        could_start = datetime.date.fromisoformat(d.pop("could_start"))




        days = d.pop("days")

        resource = d.pop("resource")

        role = d.pop("role")

        starts = datetime.date.fromisoformat(d.pop("starts"))




        wait_out = cls(
            activity=activity,
            behind=behind,
            could_start=could_start,
            days=days,
            resource=resource,
            role=role,
            starts=starts,
        )


        wait_out.additional_properties = d
        return wait_out

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
