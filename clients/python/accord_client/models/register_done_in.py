from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="RegisterDoneIn")



@_attrs_define
class RegisterDoneIn:
    """ 
        Attributes:
            done_on (datetime.date | None | Unset): Today if not given
     """

    done_on: datetime.date | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        done_on: None | str | Unset
        if isinstance(self.done_on, Unset):
            done_on = UNSET
        elif isinstance(self.done_on, datetime.date):
            done_on = self.done_on.isoformat()
        else:
            done_on = self.done_on


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if done_on is not UNSET:
            field_dict["done_on"] = done_on

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_done_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                done_on_type_0 = datetime.date.fromisoformat(data)



                return done_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        done_on = _parse_done_on(d.pop("done_on", UNSET))


        register_done_in = cls(
            done_on=done_on,
        )

        return register_done_in

