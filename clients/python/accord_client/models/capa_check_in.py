from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.effectiveness_check_verdict import EffectivenessCheckVerdict
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="CapaCheckIn")



@_attrs_define
class CapaCheckIn:
    """ 
        Attributes:
            evidence (str):
            password (str):
            rating (int):
            username (str):
            verdict (EffectivenessCheckVerdict):
            acknowledge (bool | Unset): Acknowledge that your electronic signature is binding (once) Default: False.
            version (int | None | Unset): The version you read (or If-Match)
     """

    evidence: str
    password: str
    rating: int
    username: str
    verdict: EffectivenessCheckVerdict
    acknowledge: bool | Unset = False
    version: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        evidence = self.evidence

        password = self.password

        rating = self.rating

        username = self.username

        verdict = self.verdict.value

        acknowledge = self.acknowledge

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "evidence": evidence,
            "password": password,
            "rating": rating,
            "username": username,
            "verdict": verdict,
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

        password = d.pop("password")

        rating = d.pop("rating")

        username = d.pop("username")

        verdict = EffectivenessCheckVerdict(d.pop("verdict"))




        acknowledge = d.pop("acknowledge", UNSET)

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        capa_check_in = cls(
            evidence=evidence,
            password=password,
            rating=rating,
            username=username,
            verdict=verdict,
            acknowledge=acknowledge,
            version=version,
        )

        return capa_check_in

