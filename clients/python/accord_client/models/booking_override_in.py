from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="BookingOverrideIn")



@_attrs_define
class BookingOverrideIn:
    """ 
        Attributes:
            override_reason (str):
            acknowledge (bool | Unset):  Default: False.
            password (str | Unset):  Default: ''.
            username (None | str | Unset):
     """

    override_reason: str
    acknowledge: bool | Unset = False
    password: str | Unset = ''
    username: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        override_reason = self.override_reason

        acknowledge = self.acknowledge

        password = self.password

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "override_reason": override_reason,
        })
        if acknowledge is not UNSET:
            field_dict["acknowledge"] = acknowledge
        if password is not UNSET:
            field_dict["password"] = password
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        override_reason = d.pop("override_reason")

        acknowledge = d.pop("acknowledge", UNSET)

        password = d.pop("password", UNSET)

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        username = _parse_username(d.pop("username", UNSET))


        booking_override_in = cls(
            override_reason=override_reason,
            acknowledge=acknowledge,
            password=password,
            username=username,
        )

        return booking_override_in

