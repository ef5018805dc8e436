from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="MilestoneIn")



@_attrs_define
class MilestoneIn:
    """ 
        Attributes:
            name (str):
            trigger (str): e.g. on batch release
            amount (float | None | str | Unset):
            percent (float | None | str | Unset):
     """

    name: str
    trigger: str
    amount: float | None | str | Unset = UNSET
    percent: float | None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        name = self.name

        trigger = self.trigger

        amount: float | None | str | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        percent: float | None | str | Unset
        if isinstance(self.percent, Unset):
            percent = UNSET
        else:
            percent = self.percent


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "name": name,
            "trigger": trigger,
        })
        if amount is not UNSET:
            field_dict["amount"] = amount
        if percent is not UNSET:
            field_dict["percent"] = percent

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        trigger = d.pop("trigger")

        def _parse_amount(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))


        def _parse_percent(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        percent = _parse_percent(d.pop("percent", UNSET))


        milestone_in = cls(
            name=name,
            trigger=trigger,
            amount=amount,
            percent=percent,
        )

        return milestone_in

