from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="CompetencyRecordOut")



@_attrs_define
class CompetencyRecordOut:
    """ 
        Attributes:
            assessed_on (datetime.date):
            assessor_name (str):
            competency_code (str):
            competency_id (int):
            competency_name (str):
            current (bool): Not expired today
            evidence (str):
            expires_on (datetime.date | None):
            id (int):
            level (int):
            level_label (str):
            method (str):
            method_label (str):
            person_id (int):
            person_name (str):
     """

    assessed_on: datetime.date
    assessor_name: str
    competency_code: str
    competency_id: int
    competency_name: str
    current: bool
    evidence: str
    expires_on: datetime.date | None
    id: int
    level: int
    level_label: str
    method: str
    method_label: str
    person_id: int
    person_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        assessed_on = self.assessed_on.isoformat()

        assessor_name = self.assessor_name

        competency_code = self.competency_code

        competency_id = self.competency_id

        competency_name = self.competency_name

        current = self.current

        evidence = self.evidence

        expires_on: None | str
        if isinstance(self.expires_on, datetime.date):
            expires_on = self.expires_on.isoformat()
        else:
            expires_on = self.expires_on

        id = self.id

        level = self.level

        level_label = self.level_label

        method = self.method

        method_label = self.method_label

        person_id = self.person_id

        person_name = self.person_name


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "assessed_on": assessed_on,
            "assessor_name": assessor_name,
            "competency_code": competency_code,
            "competency_id": competency_id,
            "competency_name": competency_name,
            "current": current,
            "evidence": evidence,
            "expires_on": expires_on,
            "id": id,
            "level": level,
            "level_label": level_label,
            "method": method,
            "method_label": method_label,
            "person_id": person_id,
            "person_name": person_name,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assessed_on = datetime.date.fromisoformat(d.pop("assessed_on"))




        assessor_name = d.pop("assessor_name")

        competency_code = d.pop("competency_code")

        competency_id = d.pop("competency_id")

        competency_name = d.pop("competency_name")

        current = d.pop("current")

        evidence = d.pop("evidence")

        def _parse_expires_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_on_type_0 = datetime.date.fromisoformat(data)



                return expires_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        expires_on = _parse_expires_on(d.pop("expires_on"))


        id = d.pop("id")

        level = d.pop("level")

        level_label = d.pop("level_label")

        method = d.pop("method")

        method_label = d.pop("method_label")

        person_id = d.pop("person_id")

        person_name = d.pop("person_name")

        competency_record_out = cls(
            assessed_on=assessed_on,
            assessor_name=assessor_name,
            competency_code=competency_code,
            competency_id=competency_id,
            competency_name=competency_name,
            current=current,
            evidence=evidence,
            expires_on=expires_on,
            id=id,
            level=level,
            level_label=level_label,
            method=method,
            method_label=method_label,
            person_id=person_id,
            person_name=person_name,
        )


        competency_record_out.additional_properties = d
        return competency_record_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
