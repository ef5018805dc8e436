from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.concern_category import ConcernCategory
from ..models.concern_filters_clock_type_0 import ConcernFiltersClockType0
from ..models.concern_filters_order import ConcernFiltersOrder
from ..models.service_priority import ServicePriority
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ConcernFilters")



@_attrs_define
class ConcernFilters:
    """ 
        Attributes:
            category (ConcernCategory | None | Unset):
            clock (ConcernFiltersClockType0 | None | Unset): Only concerns with a clock in this state now
            order (ConcernFiltersOrder | Unset): newest raised first, or due: the nearest due clock first (like the staff
                queue; concerns with no clock counting last, newest first) Default: ConcernFiltersOrder.NEWEST.
            owner_id (int | None | Unset):
            priority (None | ServicePriority | Unset):
            project_id (int | None | Unset):
            q (str | Unset): Number, title or description contains Default: ''.
            sponsor_id (int | None | Unset):
            state (None | str | Unset): One state (raised, acknowledged, in_progress, waiting_on_sponsor, resolved, closed),
                or open (raised, acknowledged, in progress or waiting on the sponsor); every state when empty
     """

    category: ConcernCategory | None | Unset = UNSET
    clock: ConcernFiltersClockType0 | None | Unset = UNSET
    order: ConcernFiltersOrder | Unset = ConcernFiltersOrder.NEWEST
    owner_id: int | None | Unset = UNSET
    priority: None | ServicePriority | Unset = UNSET
    project_id: int | None | Unset = UNSET
    q: str | Unset = ''
    sponsor_id: int | None | Unset = UNSET
    state: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, ConcernCategory):
            category = self.category.value
        else:
            category = self.category

        clock: None | str | Unset
        if isinstance(self.clock, Unset):
            clock = UNSET
        elif isinstance(self.clock, ConcernFiltersClockType0):
            clock = self.clock.value
        else:
            clock = self.clock

        order: str | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.value


        owner_id: int | None | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = self.owner_id

        priority: None | str | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        elif isinstance(self.priority, ServicePriority):
            priority = self.priority.value
        else:
            priority = self.priority

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        q = self.q

        sponsor_id: int | None | Unset
        if isinstance(self.sponsor_id, Unset):
            sponsor_id = UNSET
        else:
            sponsor_id = self.sponsor_id

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if category is not UNSET:
            field_dict["category"] = category
        if clock is not UNSET:
            field_dict["clock"] = clock
        if order is not UNSET:
            field_dict["order"] = order
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if priority is not UNSET:
            field_dict["priority"] = priority
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if q is not UNSET:
            field_dict["q"] = q
        if sponsor_id is not UNSET:
            field_dict["sponsor_id"] = sponsor_id
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_category(data: object) -> ConcernCategory | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                category_type_0 = ConcernCategory(data)



                return category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConcernCategory | None | Unset, data)

        category = _parse_category(d.pop("category", UNSET))


        def _parse_clock(data: object) -> ConcernFiltersClockType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                clock_type_0 = ConcernFiltersClockType0(data)



                return clock_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConcernFiltersClockType0 | None | Unset, data)

        clock = _parse_clock(d.pop("clock", UNSET))


        _order = d.pop("order", UNSET)
        order: ConcernFiltersOrder | Unset
        if isinstance(_order,  Unset):
            order = UNSET
        else:
            order = ConcernFiltersOrder(_order)




        def _parse_owner_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        owner_id = _parse_owner_id(d.pop("owner_id", UNSET))


        def _parse_priority(data: object) -> None | ServicePriority | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                priority_type_0 = ServicePriority(data)



                return priority_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServicePriority | Unset, data)

        priority = _parse_priority(d.pop("priority", UNSET))


        def _parse_project_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        project_id = _parse_project_id(d.pop("project_id", UNSET))


        q = d.pop("q", UNSET)

        def _parse_sponsor_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sponsor_id = _parse_sponsor_id(d.pop("sponsor_id", UNSET))


        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))


        concern_filters = cls(
            category=category,
            clock=clock,
            order=order,
            owner_id=owner_id,
            priority=priority,
            project_id=project_id,
            q=q,
            sponsor_id=sponsor_id,
            state=state,
        )


        concern_filters.additional_properties = d
        return concern_filters

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
