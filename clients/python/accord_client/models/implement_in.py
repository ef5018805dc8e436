from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ImplementIn")



@_attrs_define
class ImplementIn:
    """ 
        Attributes:
            password (str):
            username (str):
            acknowledge (bool | Unset): Acknowledge that your electronic signature is binding (once) Default: False.
            check_due (datetime.date | None | Unset): Empty: 30 days after the check's window opens
            version (int | None | Unset): The version you read (or If-Match)
     """

    password: str
    username: str
    acknowledge: bool | Unset = False
    check_due: datetime.date | None | Unset = UNSET
    version: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        password = self.password

        username = self.username

        acknowledge = self.acknowledge

        check_due: None | str | Unset
        if isinstance(self.check_due, Unset):
            check_due = UNSET
        elif isinstance(self.check_due, datetime.date):
            check_due = self.check_due.isoformat()
        else:
            check_due = self.check_due

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
        if check_due is not UNSET:
            field_dict["check_due"] = check_due
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        password = d.pop("password")

        username = d.pop("username")

        acknowledge = d.pop("acknowledge", UNSET)

        def _parse_check_due(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                check_due_type_0 = datetime.date.fromisoformat(data)



                return check_due_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        check_due = _parse_check_due(d.pop("check_due", UNSET))


        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        implement_in = cls(
            password=password,
            username=username,
            acknowledge=acknowledge,
            check_due=check_due,
            version=version,
        )

        return implement_in

