from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ImprovementSignIn")



@_attrs_define
class ImprovementSignIn:
    """ 
        Attributes:
            password (str):
            username (str):
            acknowledge (bool | Unset):  Default: False.
            note (str | Unset):  Default: ''.
            version (int | None | Unset):
     """

    password: str
    username: str
    acknowledge: bool | Unset = False
    note: str | Unset = ''
    version: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        password = self.password

        username = self.username

        acknowledge = self.acknowledge

        note = self.note

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
        if note is not UNSET:
            field_dict["note"] = note
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        password = d.pop("password")

        username = d.pop("username")

        acknowledge = d.pop("acknowledge", UNSET)

        note = d.pop("note", UNSET)

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        improvement_sign_in = cls(
            password=password,
            username=username,
            acknowledge=acknowledge,
            note=note,
            version=version,
        )

        return improvement_sign_in

