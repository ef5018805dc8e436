from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from typing import Literal, cast






T = TypeVar("T", bound="SendIn")



@_attrs_define
class SendIn:
    """ 
        Attributes:
            meaning (Literal['authored']): The owner signs the offer as its author
            password (str):
            username (str):
            acknowledge (bool | Unset): Acknowledge that your electronic signature is binding (once) Default: False.
            reason (str | Unset):  Default: ''.
            version (int | None | Unset): The version you read (or If-Match with its ETag)
     """

    meaning: Literal['authored']
    password: str
    username: str
    acknowledge: bool | Unset = False
    reason: str | Unset = ''
    version: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        meaning = self.meaning

        password = self.password

        username = self.username

        acknowledge = self.acknowledge

        reason = self.reason

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "meaning": meaning,
            "password": password,
            "username": username,
        })
        if acknowledge is not UNSET:
            field_dict["acknowledge"] = acknowledge
        if reason is not UNSET:
            field_dict["reason"] = reason
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        meaning = cast(Literal['authored'] , d.pop("meaning"))
        if meaning != 'authored':
            raise ValueError(f"meaning must match const 'authored', got '{meaning}'")

        password = d.pop("password")

        username = d.pop("username")

        acknowledge = d.pop("acknowledge", UNSET)

        reason = d.pop("reason", UNSET)

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        send_in = cls(
            meaning=meaning,
            password=password,
            username=username,
            acknowledge=acknowledge,
            reason=reason,
            version=version,
        )

        return send_in

