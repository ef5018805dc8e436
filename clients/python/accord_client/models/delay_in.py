from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.delay_cause import DelayCause
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="DelayIn")



@_attrs_define
class DelayIn:
    """ 
        Attributes:
            cause (DelayCause):
            days_lost (int): Working days lost
            description (str):
            occurred_on (datetime.date):
            title (str):
            affected_task_ids (list[int] | Unset):
            internal_notes (str | Unset): Never shown to the sponsor Default: ''.
            root_cause (str | Unset):  Default: ''.
     """

    cause: DelayCause
    days_lost: int
    description: str
    occurred_on: datetime.date
    title: str
    affected_task_ids: list[int] | Unset = UNSET
    internal_notes: str | Unset = ''
    root_cause: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        cause = self.cause.value

        days_lost = self.days_lost

        description = self.description

        occurred_on = self.occurred_on.isoformat()

        title = self.title

        affected_task_ids: list[int] | Unset = UNSET
        if not isinstance(self.affected_task_ids, Unset):
            affected_task_ids = self.affected_task_ids



        internal_notes = self.internal_notes

        root_cause = self.root_cause


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "cause": cause,
            "days_lost": days_lost,
            "description": description,
            "occurred_on": occurred_on,
            "title": title,
        })
        if affected_task_ids is not UNSET:
            field_dict["affected_task_ids"] = affected_task_ids
        if internal_notes is not UNSET:
            field_dict["internal_notes"] = internal_notes
        if root_cause is not UNSET:
            field_dict["root_cause"] = root_cause

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cause = DelayCause(d.pop("cause"))




        days_lost = d.pop("days_lost")

        description = d.pop("description")

        occurred_on = datetime.date.fromisoformat(d.pop("occurred_on"))




        title = d.pop("title")

        affected_task_ids = cast(list[int], d.pop("affected_task_ids", UNSET))


        internal_notes = d.pop("internal_notes", UNSET)

        root_cause = d.pop("root_cause", UNSET)

        delay_in = cls(
            cause=cause,
            days_lost=days_lost,
            description=description,
            occurred_on=occurred_on,
            title=title,
            affected_task_ids=affected_task_ids,
            internal_notes=internal_notes,
            root_cause=root_cause,
        )

        return delay_in

