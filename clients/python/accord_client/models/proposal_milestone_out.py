from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="ProposalMilestoneOut")



@_attrs_define
class ProposalMilestoneOut:
    """ 
        Attributes:
            amount (None | str): A fixed amount, when not a percent
            due_amount (str):
            id (int):
            name (str):
            percent (None | str):
            trigger (str):
     """

    amount: None | str
    due_amount: str
    id: int
    name: str
    percent: None | str
    trigger: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        amount: None | str
        amount = self.amount

        due_amount = self.due_amount

        id = self.id

        name = self.name

        percent: None | str
        percent = self.percent

        trigger = self.trigger


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "amount": amount,
            "due_amount": due_amount,
            "id": id,
            "name": name,
            "percent": percent,
            "trigger": trigger,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_amount(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        amount = _parse_amount(d.pop("amount"))


        due_amount = d.pop("due_amount")

        id = d.pop("id")

        name = d.pop("name")

        def _parse_percent(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        percent = _parse_percent(d.pop("percent"))


        trigger = d.pop("trigger")

        proposal_milestone_out = cls(
            amount=amount,
            due_amount=due_amount,
            id=id,
            name=name,
            percent=percent,
            trigger=trigger,
        )


        proposal_milestone_out.additional_properties = d
        return proposal_milestone_out

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
