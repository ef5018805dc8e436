from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.standing_state import StandingState
from typing import cast
import datetime






T = TypeVar("T", bound="StandingOut")



@_attrs_define
class StandingOut:
    """ 
        Attributes:
            completed_on (datetime.date | None):
            detail (str):
            due_on (datetime.date | None):
            kind (str):
            kind_label (str):
            level (int | None):
            requirement_code (str):
            requirement_id (int):
            requirement_title (str):
            state (StandingState):
            state_label (str):
            until (datetime.date | None):
     """

    completed_on: datetime.date | None
    detail: str
    due_on: datetime.date | None
    kind: str
    kind_label: str
    level: int | None
    requirement_code: str
    requirement_id: int
    requirement_title: str
    state: StandingState
    state_label: str
    until: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        completed_on: None | str
        if isinstance(self.completed_on, datetime.date):
            completed_on = self.completed_on.isoformat()
        else:
            completed_on = self.completed_on

        detail = self.detail

        due_on: None | str
        if isinstance(self.due_on, datetime.date):
            due_on = self.due_on.isoformat()
        else:
            due_on = self.due_on

        kind = self.kind

        kind_label = self.kind_label

        level: int | None
        level = self.level

        requirement_code = self.requirement_code

        requirement_id = self.requirement_id

        requirement_title = self.requirement_title

        state = self.state.value

        state_label = self.state_label

        until: None | str
        if isinstance(self.until, datetime.date):
            until = self.until.isoformat()
        else:
            until = self.until


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "completed_on": completed_on,
            "detail": detail,
            "due_on": due_on,
            "kind": kind,
            "kind_label": kind_label,
            "level": level,
            "requirement_code": requirement_code,
            "requirement_id": requirement_id,
            "requirement_title": requirement_title,
            "state": state,
            "state_label": state_label,
            "until": until,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_completed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_on_type_0 = datetime.date.fromisoformat(data)



                return completed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        completed_on = _parse_completed_on(d.pop("completed_on"))


        detail = d.pop("detail")

        def _parse_due_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_on_type_0 = datetime.date.fromisoformat(data)



                return due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        due_on = _parse_due_on(d.pop("due_on"))


        kind = d.pop("kind")

        kind_label = d.pop("kind_label")

        def _parse_level(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        level = _parse_level(d.pop("level"))


        requirement_code = d.pop("requirement_code")

        requirement_id = d.pop("requirement_id")

        requirement_title = d.pop("requirement_title")

        state = StandingState(d.pop("state"))




        state_label = d.pop("state_label")

        def _parse_until(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                until_type_0 = datetime.date.fromisoformat(data)



                return until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        until = _parse_until(d.pop("until"))


        standing_out = cls(
            completed_on=completed_on,
            detail=detail,
            due_on=due_on,
            kind=kind,
            kind_label=kind_label,
            level=level,
            requirement_code=requirement_code,
            requirement_id=requirement_id,
            requirement_title=requirement_title,
            state=state,
            state_label=state_label,
            until=until,
        )


        standing_out.additional_properties = d
        return standing_out

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
