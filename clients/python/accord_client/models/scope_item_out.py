from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="ScopeItemOut")



@_attrs_define
class ScopeItemOut:
    """ 
        Attributes:
            assumptions (str):
            deliverables (str):
            description (str):
            exclusions (str):
            id (int):
            quantity (str):
            service (str):
            total (str): Quantity x unit price
            unit (str):
            unit_price (str):
     """

    assumptions: str
    deliverables: str
    description: str
    exclusions: str
    id: int
    quantity: str
    service: str
    total: str
    unit: str
    unit_price: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        assumptions = self.assumptions

        deliverables = self.deliverables

        description = self.description

        exclusions = self.exclusions

        id = self.id

        quantity = self.quantity

        service = self.service

        total = self.total

        unit = self.unit

        unit_price = self.unit_price


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "assumptions": assumptions,
            "deliverables": deliverables,
            "description": description,
            "exclusions": exclusions,
            "id": id,
            "quantity": quantity,
            "service": service,
            "total": total,
            "unit": unit,
            "unit_price": unit_price,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assumptions = d.pop("assumptions")

        deliverables = d.pop("deliverables")

        description = d.pop("description")

        exclusions = d.pop("exclusions")

        id = d.pop("id")

        quantity = d.pop("quantity")

        service = d.pop("service")

        total = d.pop("total")

        unit = d.pop("unit")

        unit_price = d.pop("unit_price")

        scope_item_out = cls(
            assumptions=assumptions,
            deliverables=deliverables,
            description=description,
            exclusions=exclusions,
            id=id,
            quantity=quantity,
            service=service,
            total=total,
            unit=unit,
            unit_price=unit_price,
        )


        scope_item_out.additional_properties = d
        return scope_item_out

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
