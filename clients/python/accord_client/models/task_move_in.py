from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="TaskMoveIn")



@_attrs_define
class TaskMoveIn:
    """ 
        Attributes:
            start (datetime.date): The new start (a start-no-earlier-than constraint)
            finish (datetime.date | None | Unset): The new finish, to resize the bar
            version (int | None | Unset): The version read (or send If-Match)
     """

    start: datetime.date
    finish: datetime.date | None | Unset = UNSET
    version: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        start = self.start.isoformat()

        finish: None | str | Unset
        if isinstance(self.finish, Unset):
            finish = UNSET
        elif isinstance(self.finish, datetime.date):
            finish = self.finish.isoformat()
        else:
            finish = self.finish

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "start": start,
        })
        if finish is not UNSET:
            field_dict["finish"] = finish
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start = datetime.date.fromisoformat(d.pop("start"))




        def _parse_finish(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finish_type_0 = datetime.date.fromisoformat(data)



                return finish_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        finish = _parse_finish(d.pop("finish", UNSET))


        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        task_move_in = cls(
            start=start,
            finish=finish,
            version=version,
        )

        return task_move_in

