from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.team_department import TeamDepartment
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="CompetencyIn")



@_attrs_define
class CompetencyIn:
    """ 
        Attributes:
            code (str):
            name (str):
            department (None | TeamDepartment | Unset):
            description (str | Unset):  Default: ''.
            validity_months (int | None | Unset):
     """

    code: str
    name: str
    department: None | TeamDepartment | Unset = UNSET
    description: str | Unset = ''
    validity_months: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        department: None | str | Unset
        if isinstance(self.department, Unset):
            department = UNSET
        elif isinstance(self.department, TeamDepartment):
            department = self.department.value
        else:
            department = self.department

        description = self.description

        validity_months: int | None | Unset
        if isinstance(self.validity_months, Unset):
            validity_months = UNSET
        else:
            validity_months = self.validity_months


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "code": code,
            "name": name,
        })
        if department is not UNSET:
            field_dict["department"] = department
        if description is not UNSET:
            field_dict["description"] = description
        if validity_months is not UNSET:
            field_dict["validity_months"] = validity_months

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        def _parse_department(data: object) -> None | TeamDepartment | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                department_type_0 = TeamDepartment(data)



                return department_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TeamDepartment | Unset, data)

        department = _parse_department(d.pop("department", UNSET))


        description = d.pop("description", UNSET)

        def _parse_validity_months(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        validity_months = _parse_validity_months(d.pop("validity_months", UNSET))


        competency_in = cls(
            code=code,
            name=name,
            department=department,
            description=description,
            validity_months=validity_months,
        )

        return competency_in

