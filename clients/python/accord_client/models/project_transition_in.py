from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ProjectTransitionIn")



@_attrs_define
class ProjectTransitionIn:
    """ 
        Attributes:
            acknowledge (bool | Unset):  Default: False.
            edit_version (int | None | Unset): The document's edit_version you read (or send If-Match).
            meaning (str | Unset):  Default: ''.
            password (str | Unset):  Default: ''.
            reason (str | Unset):  Default: ''.
            username (str | Unset):  Default: ''.
     """

    acknowledge: bool | Unset = False
    edit_version: int | None | Unset = UNSET
    meaning: str | Unset = ''
    password: str | Unset = ''
    reason: str | Unset = ''
    username: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        acknowledge = self.acknowledge

        edit_version: int | None | Unset
        if isinstance(self.edit_version, Unset):
            edit_version = UNSET
        else:
            edit_version = self.edit_version

        meaning = self.meaning

        password = self.password

        reason = self.reason

        username = self.username


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if acknowledge is not UNSET:
            field_dict["acknowledge"] = acknowledge
        if edit_version is not UNSET:
            field_dict["edit_version"] = edit_version
        if meaning is not UNSET:
            field_dict["meaning"] = meaning
        if password is not UNSET:
            field_dict["password"] = password
        if reason is not UNSET:
            field_dict["reason"] = reason
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        acknowledge = d.pop("acknowledge", UNSET)

        def _parse_edit_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        edit_version = _parse_edit_version(d.pop("edit_version", UNSET))


        meaning = d.pop("meaning", UNSET)

        password = d.pop("password", UNSET)

        reason = d.pop("reason", UNSET)

        username = d.pop("username", UNSET)

        project_transition_in = cls(
            acknowledge=acknowledge,
            edit_version=edit_version,
            meaning=meaning,
            password=password,
            reason=reason,
            username=username,
        )

        return project_transition_in

