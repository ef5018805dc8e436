from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.rfp_currency import RfpCurrency
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ProposalIn")



@_attrs_define
class ProposalIn:
    """ 
        Attributes:
            title (str):
            currency (RfpCurrency | Unset):  Default: RfpCurrency.CHF.
            owner_id (int | None | Unset): Who answers for it and sends it; empty: you
     """

    title: str
    currency: RfpCurrency | Unset = RfpCurrency.CHF
    owner_id: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        title = self.title

        currency: str | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.value


        owner_id: int | None | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = self.owner_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "title": title,
        })
        if currency is not UNSET:
            field_dict["currency"] = currency
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        _currency = d.pop("currency", UNSET)
        currency: RfpCurrency | Unset
        if isinstance(_currency,  Unset):
            currency = UNSET
        else:
            currency = RfpCurrency(_currency)




        def _parse_owner_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        owner_id = _parse_owner_id(d.pop("owner_id", UNSET))


        proposal_in = cls(
            title=title,
            currency=currency,
            owner_id=owner_id,
        )

        return proposal_in

