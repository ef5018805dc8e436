from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="DayOut")



@_attrs_define
class DayOut:
    """ 
        Attributes:
            date (datetime.date):
            kind (str): holiday (the site rests) or working (an extra working day)
            kind_label (str):
            name (str):
            source (str): public, planner or ms_project
            source_label (str):
            token (str): The day as read: send it back (or If-Match with it quoted) when you change or remove the day; a
                change made meanwhile answers 409 (412 with If-Match)
            own (bool | Unset): The project's own day, winning over the site's Default: False.
     """

    date: datetime.date
    kind: str
    kind_label: str
    name: str
    source: str
    source_label: str
    token: str
    own: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        kind = self.kind

        kind_label = self.kind_label

        name = self.name

        source = self.source

        source_label = self.source_label

        token = self.token

        own = self.own


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "date": date,
            "kind": kind,
            "kind_label": kind_label,
            "name": name,
            "source": source,
            "source_label": source_label,
            "token": token,
        })
        if own is not UNSET:
            field_dict["own"] = own

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = datetime.date.fromisoformat(d.pop("date"))




        kind = d.pop("kind")

        kind_label = d.pop("kind_label")

        name = d.pop("name")

        source = d.pop("source")

        source_label = d.pop("source_label")

        token = d.pop("token")

        own = d.pop("own", UNSET)

        day_out = cls(
            date=date,
            kind=kind,
            kind_label=kind_label,
            name=name,
            source=source,
            source_label=source_label,
            token=token,
            own=own,
        )


        day_out.additional_properties = d
        return day_out

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
