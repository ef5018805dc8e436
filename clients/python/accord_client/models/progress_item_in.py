from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ProgressItemIn")



@_attrs_define
class ProgressItemIn:
    """ 
        Attributes:
            task_id (int):
            actual_finish (datetime.date | None | Unset):
            actual_start (datetime.date | None | Unset):
            percent_complete (int | None | Unset):
     """

    task_id: int
    actual_finish: datetime.date | None | Unset = UNSET
    actual_start: datetime.date | None | Unset = UNSET
    percent_complete: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        actual_finish: None | str | Unset
        if isinstance(self.actual_finish, Unset):
            actual_finish = UNSET
        elif isinstance(self.actual_finish, datetime.date):
            actual_finish = self.actual_finish.isoformat()
        else:
            actual_finish = self.actual_finish

        actual_start: None | str | Unset
        if isinstance(self.actual_start, Unset):
            actual_start = UNSET
        elif isinstance(self.actual_start, datetime.date):
            actual_start = self.actual_start.isoformat()
        else:
            actual_start = self.actual_start

        percent_complete: int | None | Unset
        if isinstance(self.percent_complete, Unset):
            percent_complete = UNSET
        else:
            percent_complete = self.percent_complete


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "task_id": task_id,
        })
        if actual_finish is not UNSET:
            field_dict["actual_finish"] = actual_finish
        if actual_start is not UNSET:
            field_dict["actual_start"] = actual_start
        if percent_complete is not UNSET:
            field_dict["percent_complete"] = percent_complete

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_id = d.pop("task_id")

        def _parse_actual_finish(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actual_finish_type_0 = datetime.date.fromisoformat(data)



                return actual_finish_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        actual_finish = _parse_actual_finish(d.pop("actual_finish", UNSET))


        def _parse_actual_start(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actual_start_type_0 = datetime.date.fromisoformat(data)



                return actual_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        actual_start = _parse_actual_start(d.pop("actual_start", UNSET))


        def _parse_percent_complete(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        percent_complete = _parse_percent_complete(d.pop("percent_complete", UNSET))


        progress_item_in = cls(
            task_id=task_id,
            actual_finish=actual_finish,
            actual_start=actual_start,
            percent_complete=percent_complete,
        )

        return progress_item_in

