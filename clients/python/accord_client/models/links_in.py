from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="LinksIn")



@_attrs_define
class LinksIn:
    """ 
        Attributes:
            change_order_ids (list[int] | Unset):
            delay_ids (list[int] | Unset):
            risk_ids (list[int] | Unset):
     """

    change_order_ids: list[int] | Unset = UNSET
    delay_ids: list[int] | Unset = UNSET
    risk_ids: list[int] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        change_order_ids: list[int] | Unset = UNSET
        if not isinstance(self.change_order_ids, Unset):
            change_order_ids = self.change_order_ids



        delay_ids: list[int] | Unset = UNSET
        if not isinstance(self.delay_ids, Unset):
            delay_ids = self.delay_ids



        risk_ids: list[int] | Unset = UNSET
        if not isinstance(self.risk_ids, Unset):
            risk_ids = self.risk_ids




        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if change_order_ids is not UNSET:
            field_dict["change_order_ids"] = change_order_ids
        if delay_ids is not UNSET:
            field_dict["delay_ids"] = delay_ids
        if risk_ids is not UNSET:
            field_dict["risk_ids"] = risk_ids

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        change_order_ids = cast(list[int], d.pop("change_order_ids", UNSET))


        delay_ids = cast(list[int], d.pop("delay_ids", UNSET))


        risk_ids = cast(list[int], d.pop("risk_ids", UNSET))


        links_in = cls(
            change_order_ids=change_order_ids,
            delay_ids=delay_ids,
            risk_ids=risk_ids,
        )

        return links_in

