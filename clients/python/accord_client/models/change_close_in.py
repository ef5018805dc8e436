from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ChangeCloseIn")



@_attrs_define
class ChangeCloseIn:
    """ 
        Attributes:
            evidence (str):
            no_adverse_impact (bool):
            objectives_met (bool):
            password (str):
            username (str):
            acknowledge (bool | Unset): Acknowledge that your electronic signature is binding (once) Default: False.
            version (int | None | Unset): The version you read (or If-Match)
     """

    evidence: str
    no_adverse_impact: bool
    objectives_met: bool
    password: str
    username: str
    acknowledge: bool | Unset = False
    version: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        evidence = self.evidence

        no_adverse_impact = self.no_adverse_impact

        objectives_met = self.objectives_met

        password = self.password

        username = self.username

        acknowledge = self.acknowledge

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "evidence": evidence,
            "no_adverse_impact": no_adverse_impact,
            "objectives_met": objectives_met,
            "password": password,
            "username": username,
        })
        if acknowledge is not UNSET:
            field_dict["acknowledge"] = acknowledge
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        evidence = d.pop("evidence")

        no_adverse_impact = d.pop("no_adverse_impact")

        objectives_met = d.pop("objectives_met")

        password = d.pop("password")

        username = d.pop("username")

        acknowledge = d.pop("acknowledge", UNSET)

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        change_close_in = cls(
            evidence=evidence,
            no_adverse_impact=no_adverse_impact,
            objectives_met=objectives_met,
            password=password,
            username=username,
            acknowledge=acknowledge,
            version=version,
        )

        return change_close_in

