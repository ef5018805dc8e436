from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.change_order_currency import ChangeOrderCurrency
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ChangeOrderPatchIn")



@_attrs_define
class ChangeOrderPatchIn:
    """ Send only what changes: while a draft freely, in internal review with a
    ``reason``; once sent, what the sponsor is asked to accept is frozen.

        Attributes:
            currency (ChangeOrderCurrency | None | Unset):
            justification (None | str | Unset):
            price_change (float | None | str | Unset):
            reason (str | Unset):  Default: ''.
            scope_change (None | str | Unset):
            sow_reference (None | str | Unset):
            title (None | str | Unset):
            version (int | None | Unset): The version you read (or If-Match)
     """

    currency: ChangeOrderCurrency | None | Unset = UNSET
    justification: None | str | Unset = UNSET
    price_change: float | None | str | Unset = UNSET
    reason: str | Unset = ''
    scope_change: None | str | Unset = UNSET
    sow_reference: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    version: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        elif isinstance(self.currency, ChangeOrderCurrency):
            currency = self.currency.value
        else:
            currency = self.currency

        justification: None | str | Unset
        if isinstance(self.justification, Unset):
            justification = UNSET
        else:
            justification = self.justification

        price_change: float | None | str | Unset
        if isinstance(self.price_change, Unset):
            price_change = UNSET
        else:
            price_change = self.price_change

        reason = self.reason

        scope_change: None | str | Unset
        if isinstance(self.scope_change, Unset):
            scope_change = UNSET
        else:
            scope_change = self.scope_change

        sow_reference: None | str | Unset
        if isinstance(self.sow_reference, Unset):
            sow_reference = UNSET
        else:
            sow_reference = self.sow_reference

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if currency is not UNSET:
            field_dict["currency"] = currency
        if justification is not UNSET:
            field_dict["justification"] = justification
        if price_change is not UNSET:
            field_dict["price_change"] = price_change
        if reason is not UNSET:
            field_dict["reason"] = reason
        if scope_change is not UNSET:
            field_dict["scope_change"] = scope_change
        if sow_reference is not UNSET:
            field_dict["sow_reference"] = sow_reference
        if title is not UNSET:
            field_dict["title"] = title
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_currency(data: object) -> ChangeOrderCurrency | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                currency_type_0 = ChangeOrderCurrency(data)



                return currency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChangeOrderCurrency | None | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))


        def _parse_justification(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        justification = _parse_justification(d.pop("justification", UNSET))


        def _parse_price_change(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        price_change = _parse_price_change(d.pop("price_change", UNSET))


        reason = d.pop("reason", UNSET)

        def _parse_scope_change(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scope_change = _parse_scope_change(d.pop("scope_change", UNSET))


        def _parse_sow_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sow_reference = _parse_sow_reference(d.pop("sow_reference", UNSET))


        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))


        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        change_order_patch_in = cls(
            currency=currency,
            justification=justification,
            price_change=price_change,
            reason=reason,
            scope_change=scope_change,
            sow_reference=sow_reference,
            title=title,
            version=version,
        )

        return change_order_patch_in

