from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.rfp_service import RfpService
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ScopeItemIn")



@_attrs_define
class ScopeItemIn:
    """ 
        Attributes:
            description (str):
            quantity (float | str):
            service (RfpService): The services a sponsor may ask for and a scope item may price.
            unit (str): e.g. batch, study, FTE-month
            unit_price (float | str):
            assumptions (str | Unset):  Default: ''.
            deliverables (str | Unset):  Default: ''.
            exclusions (str | Unset):  Default: ''.
     """

    description: str
    quantity: float | str
    service: RfpService
    unit: str
    unit_price: float | str
    assumptions: str | Unset = ''
    deliverables: str | Unset = ''
    exclusions: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        description = self.description

        quantity: float | str
        quantity = self.quantity

        service = self.service.value

        unit = self.unit

        unit_price: float | str
        unit_price = self.unit_price

        assumptions = self.assumptions

        deliverables = self.deliverables

        exclusions = self.exclusions


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "description": description,
            "quantity": quantity,
            "service": service,
            "unit": unit,
            "unit_price": unit_price,
        })
        if assumptions is not UNSET:
            field_dict["assumptions"] = assumptions
        if deliverables is not UNSET:
            field_dict["deliverables"] = deliverables
        if exclusions is not UNSET:
            field_dict["exclusions"] = exclusions

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        def _parse_quantity(data: object) -> float | str:
            return cast(float | str, data)

        quantity = _parse_quantity(d.pop("quantity"))


        service = RfpService(d.pop("service"))




        unit = d.pop("unit")

        def _parse_unit_price(data: object) -> float | str:
            return cast(float | str, data)

        unit_price = _parse_unit_price(d.pop("unit_price"))


        assumptions = d.pop("assumptions", UNSET)

        deliverables = d.pop("deliverables", UNSET)

        exclusions = d.pop("exclusions", UNSET)

        scope_item_in = cls(
            description=description,
            quantity=quantity,
            service=service,
            unit=unit,
            unit_price=unit_price,
            assumptions=assumptions,
            deliverables=deliverables,
            exclusions=exclusions,
        )

        return scope_item_in

