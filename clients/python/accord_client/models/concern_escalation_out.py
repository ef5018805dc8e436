from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.clock_kind import ClockKind
from typing import cast
import datetime






T = TypeVar("T", bound="ConcernEscalationOut")



@_attrs_define
class ConcernEscalationOut:
    """ 
        Attributes:
            at (datetime.datetime):
            clock (ClockKind):
            clock_label (str):
            level (int): The rung of the communication tree, 0 the account owner
            to_name (str):
     """

    at: datetime.datetime
    clock: ClockKind
    clock_label: str
    level: int
    to_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        at = self.at.isoformat()

        clock = self.clock.value

        clock_label = self.clock_label

        level = self.level

        to_name = self.to_name


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "at": at,
            "clock": clock,
            "clock_label": clock_label,
            "level": level,
            "to_name": to_name,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        at = datetime.datetime.fromisoformat(d.pop("at"))




        clock = ClockKind(d.pop("clock"))




        clock_label = d.pop("clock_label")

        level = d.pop("level")

        to_name = d.pop("to_name")

        concern_escalation_out = cls(
            at=at,
            clock=clock,
            clock_label=clock_label,
            level=level,
            to_name=to_name,
        )


        concern_escalation_out.additional_properties = d
        return concern_escalation_out

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
