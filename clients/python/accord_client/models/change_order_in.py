from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.change_order_currency import ChangeOrderCurrency
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ChangeOrderIn")



@_attrs_define
class ChangeOrderIn:
    """ 
        Attributes:
            justification (str):
            price_change (float | str):
            scope_change (str):
            sow_reference (str):
            title (str):
            currency (ChangeOrderCurrency | Unset):  Default: ChangeOrderCurrency.CHF.
     """

    justification: str
    price_change: float | str
    scope_change: str
    sow_reference: str
    title: str
    currency: ChangeOrderCurrency | Unset = ChangeOrderCurrency.CHF





    def to_dict(self) -> dict[str, Any]:
        justification = self.justification

        price_change: float | str
        price_change = self.price_change

        scope_change = self.scope_change

        sow_reference = self.sow_reference

        title = self.title

        currency: str | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.value



        field_dict: dict[str, Any] = {}

        field_dict.update({
            "justification": justification,
            "price_change": price_change,
            "scope_change": scope_change,
            "sow_reference": sow_reference,
            "title": title,
        })
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        justification = d.pop("justification")

        def _parse_price_change(data: object) -> float | str:
            return cast(float | str, data)

        price_change = _parse_price_change(d.pop("price_change"))


        scope_change = d.pop("scope_change")

        sow_reference = d.pop("sow_reference")

        title = d.pop("title")

        _currency = d.pop("currency", UNSET)
        currency: ChangeOrderCurrency | Unset
        if isinstance(_currency,  Unset):
            currency = UNSET
        else:
            currency = ChangeOrderCurrency(_currency)




        change_order_in = cls(
            justification=justification,
            price_change=price_change,
            scope_change=scope_change,
            sow_reference=sow_reference,
            title=title,
            currency=currency,
        )

        return change_order_in

