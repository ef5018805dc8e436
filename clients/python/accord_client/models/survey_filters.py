from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="SurveyFilters")



@_attrs_define
class SurveyFilters:
    """ 
        Attributes:
            kind (str | Unset): csat or nps Default: ''.
            state (str | Unset): open or closed Default: ''.
            to_answer (bool | Unset): Only open surveys waiting for your answer Default: False.
     """

    kind: str | Unset = ''
    state: str | Unset = ''
    to_answer: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        state = self.state

        to_answer = self.to_answer


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if kind is not UNSET:
            field_dict["kind"] = kind
        if state is not UNSET:
            field_dict["state"] = state
        if to_answer is not UNSET:
            field_dict["to_answer"] = to_answer

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = d.pop("kind", UNSET)

        state = d.pop("state", UNSET)

        to_answer = d.pop("to_answer", UNSET)

        survey_filters = cls(
            kind=kind,
            state=state,
            to_answer=to_answer,
        )


        survey_filters.additional_properties = d
        return survey_filters

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
