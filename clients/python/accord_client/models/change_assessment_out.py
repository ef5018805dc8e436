from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="ChangeAssessmentOut")



@_attrs_define
class ChangeAssessmentOut:
    """ 
        Attributes:
            assessment (str):
            assessor_name (str):
            department (str):
            department_label (str):
            id (int):
            impact (str):
            signed_at (datetime.datetime | None):
     """

    assessment: str
    assessor_name: str
    department: str
    department_label: str
    id: int
    impact: str
    signed_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        assessment = self.assessment

        assessor_name = self.assessor_name

        department = self.department

        department_label = self.department_label

        id = self.id

        impact = self.impact

        signed_at: None | str
        if isinstance(self.signed_at, datetime.datetime):
            signed_at = self.signed_at.isoformat()
        else:
            signed_at = self.signed_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "assessment": assessment,
            "assessor_name": assessor_name,
            "department": department,
            "department_label": department_label,
            "id": id,
            "impact": impact,
            "signed_at": signed_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assessment = d.pop("assessment")

        assessor_name = d.pop("assessor_name")

        department = d.pop("department")

        department_label = d.pop("department_label")

        id = d.pop("id")

        impact = d.pop("impact")

        def _parse_signed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                signed_at_type_0 = datetime.datetime.fromisoformat(data)



                return signed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        signed_at = _parse_signed_at(d.pop("signed_at"))


        change_assessment_out = cls(
            assessment=assessment,
            assessor_name=assessor_name,
            department=department,
            department_label=department_label,
            id=id,
            impact=impact,
            signed_at=signed_at,
        )


        change_assessment_out.additional_properties = d
        return change_assessment_out

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
