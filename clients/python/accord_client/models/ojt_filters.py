from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.ojt_record_state import OjtRecordState
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="OjtFilters")



@_attrs_define
class OjtFilters:
    """ 
        Attributes:
            competency_id (int | None | Unset):
            q (str | Unset):  Default: ''.
            state (None | OjtRecordState | Unset):
     """

    competency_id: int | None | Unset = UNSET
    q: str | Unset = ''
    state: None | OjtRecordState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        competency_id: int | None | Unset
        if isinstance(self.competency_id, Unset):
            competency_id = UNSET
        else:
            competency_id = self.competency_id

        q = self.q

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, OjtRecordState):
            state = self.state.value
        else:
            state = self.state


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if competency_id is not UNSET:
            field_dict["competency_id"] = competency_id
        if q is not UNSET:
            field_dict["q"] = q
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_competency_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        competency_id = _parse_competency_id(d.pop("competency_id", UNSET))


        q = d.pop("q", UNSET)

        def _parse_state(data: object) -> None | OjtRecordState | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = OjtRecordState(data)



                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OjtRecordState | Unset, data)

        state = _parse_state(d.pop("state", UNSET))


        ojt_filters = cls(
            competency_id=competency_id,
            q=q,
            state=state,
        )


        ojt_filters.additional_properties = d
        return ojt_filters

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
