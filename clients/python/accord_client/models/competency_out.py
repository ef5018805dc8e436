from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.team_department import TeamDepartment
from typing import cast






T = TypeVar("T", bound="CompetencyOut")



@_attrs_define
class CompetencyOut:
    """ 
        Attributes:
            assessments (int):
            code (str):
            department (None | TeamDepartment):
            department_label (str):
            description (str):
            id (int):
            name (str):
            validity_months (int | None): How long a demonstration counts
     """

    assessments: int
    code: str
    department: None | TeamDepartment
    department_label: str
    description: str
    id: int
    name: str
    validity_months: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        assessments = self.assessments

        code = self.code

        department: None | str
        if isinstance(self.department, TeamDepartment):
            department = self.department.value
        else:
            department = self.department

        department_label = self.department_label

        description = self.description

        id = self.id

        name = self.name

        validity_months: int | None
        validity_months = self.validity_months


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "assessments": assessments,
            "code": code,
            "department": department,
            "department_label": department_label,
            "description": description,
            "id": id,
            "name": name,
            "validity_months": validity_months,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assessments = d.pop("assessments")

        code = d.pop("code")

        def _parse_department(data: object) -> None | TeamDepartment:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                department_type_0 = TeamDepartment(data)



                return department_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TeamDepartment, data)

        department = _parse_department(d.pop("department"))


        department_label = d.pop("department_label")

        description = d.pop("description")

        id = d.pop("id")

        name = d.pop("name")

        def _parse_validity_months(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        validity_months = _parse_validity_months(d.pop("validity_months"))


        competency_out = cls(
            assessments=assessments,
            code=code,
            department=department,
            department_label=department_label,
            description=description,
            id=id,
            name=name,
            validity_months=validity_months,
        )


        competency_out.additional_properties = d
        return competency_out

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
