from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.curricula_level import CurriculaLevel
from ..models.ojt_record_verdict import OjtRecordVerdict
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="OjtAssessIn")



@_attrs_define
class OjtAssessIn:
    """ 
        Attributes:
            assessment (str):
            password (str):
            username (str):
            verdict (OjtRecordVerdict):
            acknowledge (bool | Unset): Acknowledge that your electronic signature is binding (once) Default: False.
            level (CurriculaLevel | None | Unset): The level awarded, when competent
            version (int | None | Unset): The version you read (or If-Match)
     """

    assessment: str
    password: str
    username: str
    verdict: OjtRecordVerdict
    acknowledge: bool | Unset = False
    level: CurriculaLevel | None | Unset = UNSET
    version: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        assessment = self.assessment

        password = self.password

        username = self.username

        verdict = self.verdict.value

        acknowledge = self.acknowledge

        level: int | None | Unset
        if isinstance(self.level, Unset):
            level = UNSET
        elif isinstance(self.level, CurriculaLevel):
            level = self.level.value
        else:
            level = self.level

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "assessment": assessment,
            "password": password,
            "username": username,
            "verdict": verdict,
        })
        if acknowledge is not UNSET:
            field_dict["acknowledge"] = acknowledge
        if level is not UNSET:
            field_dict["level"] = level
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assessment = d.pop("assessment")

        password = d.pop("password")

        username = d.pop("username")

        verdict = OjtRecordVerdict(d.pop("verdict"))




        acknowledge = d.pop("acknowledge", UNSET)

        def _parse_level(data: object) -> CurriculaLevel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                level_type_0 = CurriculaLevel(data)



                return level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CurriculaLevel | None | Unset, data)

        level = _parse_level(d.pop("level", UNSET))


        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        ojt_assess_in = cls(
            assessment=assessment,
            password=password,
            username=username,
            verdict=verdict,
            acknowledge=acknowledge,
            level=level,
            version=version,
        )

        return ojt_assess_in

