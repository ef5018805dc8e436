from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.rfp_service import RfpService
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ScopeItemPatchIn")



@_attrs_define
class ScopeItemPatchIn:
    """ 
        Attributes:
            assumptions (None | str | Unset):
            deliverables (None | str | Unset):
            description (None | str | Unset):
            exclusions (None | str | Unset):
            quantity (float | None | str | Unset):
            service (None | RfpService | Unset):
            unit (None | str | Unset):
            unit_price (float | None | str | Unset):
            version (int | None | Unset): The version you read (or If-Match with its ETag)
     """

    assumptions: None | str | Unset = UNSET
    deliverables: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    exclusions: None | str | Unset = UNSET
    quantity: float | None | str | Unset = UNSET
    service: None | RfpService | Unset = UNSET
    unit: None | str | Unset = UNSET
    unit_price: float | None | str | Unset = UNSET
    version: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        assumptions: None | str | Unset
        if isinstance(self.assumptions, Unset):
            assumptions = UNSET
        else:
            assumptions = self.assumptions

        deliverables: None | str | Unset
        if isinstance(self.deliverables, Unset):
            deliverables = UNSET
        else:
            deliverables = self.deliverables

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        exclusions: None | str | Unset
        if isinstance(self.exclusions, Unset):
            exclusions = UNSET
        else:
            exclusions = self.exclusions

        quantity: float | None | str | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        service: None | str | Unset
        if isinstance(self.service, Unset):
            service = UNSET
        elif isinstance(self.service, RfpService):
            service = self.service.value
        else:
            service = self.service

        unit: None | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        else:
            unit = self.unit

        unit_price: float | None | str | Unset
        if isinstance(self.unit_price, Unset):
            unit_price = UNSET
        else:
            unit_price = self.unit_price

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if assumptions is not UNSET:
            field_dict["assumptions"] = assumptions
        if deliverables is not UNSET:
            field_dict["deliverables"] = deliverables
        if description is not UNSET:
            field_dict["description"] = description
        if exclusions is not UNSET:
            field_dict["exclusions"] = exclusions
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if service is not UNSET:
            field_dict["service"] = service
        if unit is not UNSET:
            field_dict["unit"] = unit
        if unit_price is not UNSET:
            field_dict["unit_price"] = unit_price
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_assumptions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        assumptions = _parse_assumptions(d.pop("assumptions", UNSET))


        def _parse_deliverables(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deliverables = _parse_deliverables(d.pop("deliverables", UNSET))


        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))


        def _parse_exclusions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exclusions = _parse_exclusions(d.pop("exclusions", UNSET))


        def _parse_quantity(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        quantity = _parse_quantity(d.pop("quantity", UNSET))


        def _parse_service(data: object) -> None | RfpService | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                service_type_0 = RfpService(data)



                return service_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RfpService | Unset, data)

        service = _parse_service(d.pop("service", UNSET))


        def _parse_unit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unit = _parse_unit(d.pop("unit", UNSET))


        def _parse_unit_price(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        unit_price = _parse_unit_price(d.pop("unit_price", UNSET))


        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        scope_item_patch_in = cls(
            assumptions=assumptions,
            deliverables=deliverables,
            description=description,
            exclusions=exclusions,
            quantity=quantity,
            service=service,
            unit=unit,
            unit_price=unit_price,
            version=version,
        )

        return scope_item_patch_in

