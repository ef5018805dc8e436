from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.clock_kind import ClockKind
from typing import cast
import datetime






T = TypeVar("T", bound="ClockOut")



@_attrs_define
class ClockOut:
    """ 
        Attributes:
            due_at (datetime.datetime | None): Empty while paused or not started
            kind (ClockKind):
            label (str):
            late_by_minutes (int): Working minutes past due (0 when not late)
            paused_minutes (int): Working minutes spent waiting on the sponsor
            remaining_minutes (int | None): Working minutes left before the due time (negative once late)
            started_at (datetime.datetime | None):
            state (str): running, at_risk, paused, met, breached or not_started
            state_label (str):
            stopped_at (datetime.datetime | None):
            target_minutes (int): The promise, in working minutes
     """

    due_at: datetime.datetime | None
    kind: ClockKind
    label: str
    late_by_minutes: int
    paused_minutes: int
    remaining_minutes: int | None
    started_at: datetime.datetime | None
    state: str
    state_label: str
    stopped_at: datetime.datetime | None
    target_minutes: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        due_at: None | str
        if isinstance(self.due_at, datetime.datetime):
            due_at = self.due_at.isoformat()
        else:
            due_at = self.due_at

        kind = self.kind.value

        label = self.label

        late_by_minutes = self.late_by_minutes

        paused_minutes = self.paused_minutes

        remaining_minutes: int | None
        remaining_minutes = self.remaining_minutes

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        state = self.state

        state_label = self.state_label

        stopped_at: None | str
        if isinstance(self.stopped_at, datetime.datetime):
            stopped_at = self.stopped_at.isoformat()
        else:
            stopped_at = self.stopped_at

        target_minutes = self.target_minutes


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "due_at": due_at,
            "kind": kind,
            "label": label,
            "late_by_minutes": late_by_minutes,
            "paused_minutes": paused_minutes,
            "remaining_minutes": remaining_minutes,
            "started_at": started_at,
            "state": state,
            "state_label": state_label,
            "stopped_at": stopped_at,
            "target_minutes": target_minutes,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_due_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_at_type_0 = datetime.datetime.fromisoformat(data)



                return due_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        due_at = _parse_due_at(d.pop("due_at"))


        kind = ClockKind(d.pop("kind"))




        label = d.pop("label")

        late_by_minutes = d.pop("late_by_minutes")

        paused_minutes = d.pop("paused_minutes")

        def _parse_remaining_minutes(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        remaining_minutes = _parse_remaining_minutes(d.pop("remaining_minutes"))


        def _parse_started_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)



                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        started_at = _parse_started_at(d.pop("started_at"))


        state = d.pop("state")

        state_label = d.pop("state_label")

        def _parse_stopped_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                stopped_at_type_0 = datetime.datetime.fromisoformat(data)



                return stopped_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        stopped_at = _parse_stopped_at(d.pop("stopped_at"))


        target_minutes = d.pop("target_minutes")

        clock_out = cls(
            due_at=due_at,
            kind=kind,
            label=label,
            late_by_minutes=late_by_minutes,
            paused_minutes=paused_minutes,
            remaining_minutes=remaining_minutes,
            started_at=started_at,
            state=state,
            state_label=state_label,
            stopped_at=stopped_at,
            target_minutes=target_minutes,
        )


        clock_out.additional_properties = d
        return clock_out

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
