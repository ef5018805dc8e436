from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.team_department import TeamDepartment
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="JobRoleIn")



@_attrs_define
class JobRoleIn:
    """ 
        Attributes:
            code (str):
            curriculum_ids (list[int]):
            department (TeamDepartment):
            name (str):
            description (str | Unset):  Default: ''.
     """

    code: str
    curriculum_ids: list[int]
    department: TeamDepartment
    name: str
    description: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        curriculum_ids = self.curriculum_ids



        department = self.department.value

        name = self.name

        description = self.description


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "code": code,
            "curriculum_ids": curriculum_ids,
            "department": department,
            "name": name,
        })
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        curriculum_ids = cast(list[int], d.pop("curriculum_ids"))


        department = TeamDepartment(d.pop("department"))




        name = d.pop("name")

        description = d.pop("description", UNSET)

        job_role_in = cls(
            code=code,
            curriculum_ids=curriculum_ids,
            department=department,
            name=name,
            description=description,
        )

        return job_role_in

