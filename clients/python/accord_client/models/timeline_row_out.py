from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="TimelineRowOut")



@_attrs_define
class TimelineRowOut:
    """ 
        Attributes:
            critical (bool):
            finish (datetime.date):
            key (str):
            kind (str):
            name (str):
            start (datetime.date):
     """

    critical: bool
    finish: datetime.date
    key: str
    kind: str
    name: str
    start: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        critical = self.critical

        finish = self.finish.isoformat()

        key = self.key

        kind = self.kind

        name = self.name

        start = self.start.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "critical": critical,
            "finish": finish,
            "key": key,
            "kind": kind,
            "name": name,
            "start": start,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        critical = d.pop("critical")

        finish = datetime.date.fromisoformat(d.pop("finish"))




        key = d.pop("key")

        kind = d.pop("kind")

        name = d.pop("name")

        start = datetime.date.fromisoformat(d.pop("start"))




        timeline_row_out = cls(
            critical=critical,
            finish=finish,
            key=key,
            kind=kind,
            name=name,
            start=start,
        )


        timeline_row_out.additional_properties = d
        return timeline_row_out

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
