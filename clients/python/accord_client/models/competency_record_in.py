from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="CompetencyRecordIn")



@_attrs_define
class CompetencyRecordIn:
    """ 
        Attributes:
            competency_id (int):
            evidence (str):
            level (int):
            method (str): ojt, observation or exam
            password (str):
            person_id (int):
            username (str):
            acknowledge (bool | Unset): Acknowledge that your electronic signature is binding (once) Default: False.
            assessed_on (datetime.date | None | Unset): Default: today
            version (int | None | Unset): The assignment's version you read
     """

    competency_id: int
    evidence: str
    level: int
    method: str
    password: str
    person_id: int
    username: str
    acknowledge: bool | Unset = False
    assessed_on: datetime.date | None | Unset = UNSET
    version: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        competency_id = self.competency_id

        evidence = self.evidence

        level = self.level

        method = self.method

        password = self.password

        person_id = self.person_id

        username = self.username

        acknowledge = self.acknowledge

        assessed_on: None | str | Unset
        if isinstance(self.assessed_on, Unset):
            assessed_on = UNSET
        elif isinstance(self.assessed_on, datetime.date):
            assessed_on = self.assessed_on.isoformat()
        else:
            assessed_on = self.assessed_on

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "competency_id": competency_id,
            "evidence": evidence,
            "level": level,
            "method": method,
            "password": password,
            "person_id": person_id,
            "username": username,
        })
        if acknowledge is not UNSET:
            field_dict["acknowledge"] = acknowledge
        if assessed_on is not UNSET:
            field_dict["assessed_on"] = assessed_on
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        competency_id = d.pop("competency_id")

        evidence = d.pop("evidence")

        level = d.pop("level")

        method = d.pop("method")

        password = d.pop("password")

        person_id = d.pop("person_id")

        username = d.pop("username")

        acknowledge = d.pop("acknowledge", UNSET)

        def _parse_assessed_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                assessed_on_type_0 = datetime.date.fromisoformat(data)



                return assessed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        assessed_on = _parse_assessed_on(d.pop("assessed_on", UNSET))


        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        competency_record_in = cls(
            competency_id=competency_id,
            evidence=evidence,
            level=level,
            method=method,
            password=password,
            person_id=person_id,
            username=username,
            acknowledge=acknowledge,
            assessed_on=assessed_on,
            version=version,
        )

        return competency_record_in

