from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="AccordChangesSchemasActionIn")



@_attrs_define
class AccordChangesSchemasActionIn:
    """ A workflow step. Where it is signed (accept, reject, incorporate) your user id and
    password, checked now; a reason where the step needs one (redraft, reject).

        Attributes:
            acknowledge (bool | Unset): Acknowledge that your electronic signature is binding (once) Default: False.
            password (str | Unset):  Default: ''.
            reason (str | Unset):  Default: ''.
            username (str | Unset):  Default: ''.
            version (int | None | Unset): The version you read (or If-Match)
     """

    acknowledge: bool | Unset = False
    password: str | Unset = ''
    reason: str | Unset = ''
    username: str | Unset = ''
    version: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        acknowledge = self.acknowledge

        password = self.password

        reason = self.reason

        username = self.username

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if acknowledge is not UNSET:
            field_dict["acknowledge"] = acknowledge
        if password is not UNSET:
            field_dict["password"] = password
        if reason is not UNSET:
            field_dict["reason"] = reason
        if username is not UNSET:
            field_dict["username"] = username
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        acknowledge = d.pop("acknowledge", UNSET)

        password = d.pop("password", UNSET)

        reason = d.pop("reason", UNSET)

        username = d.pop("username", UNSET)

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        accord_changes_schemas_action_in = cls(
            acknowledge=acknowledge,
            password=password,
            reason=reason,
            username=username,
            version=version,
        )

        return accord_changes_schemas_action_in

