from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.capa_state import CapaState
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="CapaFilters")



@_attrs_define
class CapaFilters:
    """ 
        Attributes:
            deviation_id (int | None | Unset):
            overdue (bool | None | Unset): Open and past its due date
            owner_id (int | None | Unset): Owner of the CAPA or of one of its actions
            q (None | str | Unset):
            sponsor_id (int | None | Unset):
            state (CapaState | None | Unset):
     """

    deviation_id: int | None | Unset = UNSET
    overdue: bool | None | Unset = UNSET
    owner_id: int | None | Unset = UNSET
    q: None | str | Unset = UNSET
    sponsor_id: int | None | Unset = UNSET
    state: CapaState | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        deviation_id: int | None | Unset
        if isinstance(self.deviation_id, Unset):
            deviation_id = UNSET
        else:
            deviation_id = self.deviation_id

        overdue: bool | None | Unset
        if isinstance(self.overdue, Unset):
            overdue = UNSET
        else:
            overdue = self.overdue

        owner_id: int | None | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = self.owner_id

        q: None | str | Unset
        if isinstance(self.q, Unset):
            q = UNSET
        else:
            q = self.q

        sponsor_id: int | None | Unset
        if isinstance(self.sponsor_id, Unset):
            sponsor_id = UNSET
        else:
            sponsor_id = self.sponsor_id

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, CapaState):
            state = self.state.value
        else:
            state = self.state


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if deviation_id is not UNSET:
            field_dict["deviation_id"] = deviation_id
        if overdue is not UNSET:
            field_dict["overdue"] = overdue
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
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
        def _parse_deviation_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        deviation_id = _parse_deviation_id(d.pop("deviation_id", UNSET))


        def _parse_overdue(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        overdue = _parse_overdue(d.pop("overdue", UNSET))


        def _parse_owner_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        owner_id = _parse_owner_id(d.pop("owner_id", UNSET))


        def _parse_q(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        q = _parse_q(d.pop("q", UNSET))


        def _parse_sponsor_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sponsor_id = _parse_sponsor_id(d.pop("sponsor_id", UNSET))


        def _parse_state(data: object) -> CapaState | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = CapaState(data)



                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CapaState | None | Unset, data)

        state = _parse_state(d.pop("state", UNSET))


        capa_filters = cls(
            deviation_id=deviation_id,
            overdue=overdue,
            owner_id=owner_id,
            q=q,
            sponsor_id=sponsor_id,
            state=state,
        )


        capa_filters.additional_properties = d
        return capa_filters

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
