from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="WriteCloseIn")



@_attrs_define
class WriteCloseIn:
    """ 
        Attributes:
            reason (str):
            decided_on (datetime.date | None | Unset):
     """

    reason: str
    decided_on: datetime.date | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        decided_on: None | str | Unset
        if isinstance(self.decided_on, Unset):
            decided_on = UNSET
        elif isinstance(self.decided_on, datetime.date):
            decided_on = self.decided_on.isoformat()
        else:
            decided_on = self.decided_on


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "reason": reason,
        })
        if decided_on is not UNSET:
            field_dict["decided_on"] = decided_on

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason")

        def _parse_decided_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_on_type_0 = datetime.date.fromisoformat(data)



                return decided_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        decided_on = _parse_decided_on(d.pop("decided_on", UNSET))


        write_close_in = cls(
            reason=reason,
            decided_on=decided_on,
        )

        return write_close_in

