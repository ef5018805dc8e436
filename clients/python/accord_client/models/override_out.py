from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="OverrideOut")



@_attrs_define
class OverrideOut:
    """ 
        Attributes:
            gaps (list[str]):
            overridden_at (datetime.datetime):
            overridden_by_name (str):
            reason (str):
     """

    gaps: list[str]
    overridden_at: datetime.datetime
    overridden_by_name: str
    reason: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        gaps = self.gaps



        overridden_at = self.overridden_at.isoformat()

        overridden_by_name = self.overridden_by_name

        reason = self.reason


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "gaps": gaps,
            "overridden_at": overridden_at,
            "overridden_by_name": overridden_by_name,
            "reason": reason,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        gaps = cast(list[str], d.pop("gaps"))


        overridden_at = datetime.datetime.fromisoformat(d.pop("overridden_at"))




        overridden_by_name = d.pop("overridden_by_name")

        reason = d.pop("reason")

        override_out = cls(
            gaps=gaps,
            overridden_at=overridden_at,
            overridden_by_name=overridden_by_name,
            reason=reason,
        )


        override_out.additional_properties = d
        return override_out

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
