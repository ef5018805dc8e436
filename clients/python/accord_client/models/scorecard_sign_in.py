from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ScorecardSignIn")



@_attrs_define
class ScorecardSignIn:
    """ 
        Attributes:
            password (str):
            username (str):
            acknowledge (bool | Unset): Acknowledge that your electronic signature is binding (once) Default: False.
            meaning (str | Unset): The meaning of the signature: reviewed Default: 'reviewed'.
            reason (str | Unset):  Default: ''.
            version (int | None | Unset): The scorecard's version you read
     """

    password: str
    username: str
    acknowledge: bool | Unset = False
    meaning: str | Unset = 'reviewed'
    reason: str | Unset = ''
    version: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        password = self.password

        username = self.username

        acknowledge = self.acknowledge

        meaning = self.meaning

        reason = self.reason

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "password": password,
            "username": username,
        })
        if acknowledge is not UNSET:
            field_dict["acknowledge"] = acknowledge
        if meaning is not UNSET:
            field_dict["meaning"] = meaning
        if reason is not UNSET:
            field_dict["reason"] = reason
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        password = d.pop("password")

        username = d.pop("username")

        acknowledge = d.pop("acknowledge", UNSET)

        meaning = d.pop("meaning", UNSET)

        reason = d.pop("reason", UNSET)

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        scorecard_sign_in = cls(
            password=password,
            username=username,
            acknowledge=acknowledge,
            meaning=meaning,
            reason=reason,
            version=version,
        )

        return scorecard_sign_in

