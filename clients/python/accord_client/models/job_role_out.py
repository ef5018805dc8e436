from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.team_department import TeamDepartment
from typing import cast

if TYPE_CHECKING:
  from ..models.ref import Ref





T = TypeVar("T", bound="JobRoleOut")



@_attrs_define
class JobRoleOut:
    """ 
        Attributes:
            code (str):
            curricula (list[Ref]):
            department (TeamDepartment):
            department_label (str):
            description (str):
            holders (int): People holding it now
            id (int):
            name (str):
     """

    code: str
    curricula: list[Ref]
    department: TeamDepartment
    department_label: str
    description: str
    holders: int
    id: int
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref # noqa: PLC0415
        code = self.code

        curricula = []
        for curricula_item_data in self.curricula:
            curricula_item = curricula_item_data.to_dict()
            curricula.append(curricula_item)



        department = self.department.value

        department_label = self.department_label

        description = self.description

        holders = self.holders

        id = self.id

        name = self.name


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "curricula": curricula,
            "department": department,
            "department_label": department_label,
            "description": description,
            "holders": holders,
            "id": id,
            "name": name,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ref import Ref # noqa: PLC0415
        d = dict(src_dict)
        code = d.pop("code")

        curricula = []
        _curricula = d.pop("curricula")
        for curricula_item_data in (_curricula):
            curricula_item = Ref.from_dict(curricula_item_data)



            curricula.append(curricula_item)


        department = TeamDepartment(d.pop("department"))




        department_label = d.pop("department_label")

        description = d.pop("description")

        holders = d.pop("holders")

        id = d.pop("id")

        name = d.pop("name")

        job_role_out = cls(
            code=code,
            curricula=curricula,
            department=department,
            department_label=department_label,
            description=description,
            holders=holders,
            id=id,
            name=name,
        )


        job_role_out.additional_properties = d
        return job_role_out

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
