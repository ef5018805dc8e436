from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.change_state import ChangeState
from ..models.change_type import ChangeType
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ChangeFilters")



@_attrs_define
class ChangeFilters:
    """ 
        Attributes:
            change_type (ChangeType | None | Unset):
            sponsor_id (int | None | Unset): Changes touching a sponsor's projects
            state (ChangeState | None | Unset):
     """

    change_type: ChangeType | None | Unset = UNSET
    sponsor_id: int | None | Unset = UNSET
    state: ChangeState | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        change_type: None | str | Unset
        if isinstance(self.change_type, Unset):
            change_type = UNSET
        elif isinstance(self.change_type, ChangeType):
            change_type = self.change_type.value
        else:
            change_type = self.change_type

        sponsor_id: int | None | Unset
        if isinstance(self.sponsor_id, Unset):
            sponsor_id = UNSET
        else:
            sponsor_id = self.sponsor_id

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, ChangeState):
            state = self.state.value
        else:
            state = self.state


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if change_type is not UNSET:
            field_dict["change_type"] = change_type
        if sponsor_id is not UNSET:
            field_dict["sponsor_id"] = sponsor_id
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_change_type(data: object) -> ChangeType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                change_type_type_0 = ChangeType(data)



                return change_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChangeType | None | Unset, data)

        change_type = _parse_change_type(d.pop("change_type", UNSET))


        def _parse_sponsor_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sponsor_id = _parse_sponsor_id(d.pop("sponsor_id", UNSET))


        def _parse_state(data: object) -> ChangeState | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = ChangeState(data)



                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChangeState | None | Unset, data)

        state = _parse_state(d.pop("state", UNSET))


        change_filters = cls(
            change_type=change_type,
            sponsor_id=sponsor_id,
            state=state,
        )


        change_filters.additional_properties = d
        return change_filters

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
