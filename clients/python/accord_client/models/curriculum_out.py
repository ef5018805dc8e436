from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.ref import Ref





T = TypeVar("T", bound="CurriculumOut")



@_attrs_define
class CurriculumOut:
    """ 
        Attributes:
            code (str):
            description (str):
            grace_days (int): Days from assignment to due date
            id (int):
            job_roles (list[Ref]):
            name (str):
            requirements (list[Ref]):
     """

    code: str
    description: str
    grace_days: int
    id: int
    job_roles: list[Ref]
    name: str
    requirements: list[Ref]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref # noqa: PLC0415
        code = self.code

        description = self.description

        grace_days = self.grace_days

        id = self.id

        job_roles = []
        for job_roles_item_data in self.job_roles:
            job_roles_item = job_roles_item_data.to_dict()
            job_roles.append(job_roles_item)



        name = self.name

        requirements = []
        for requirements_item_data in self.requirements:
            requirements_item = requirements_item_data.to_dict()
            requirements.append(requirements_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "description": description,
            "grace_days": grace_days,
            "id": id,
            "job_roles": job_roles,
            "name": name,
            "requirements": requirements,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ref import Ref # noqa: PLC0415
        d = dict(src_dict)
        code = d.pop("code")

        description = d.pop("description")

        grace_days = d.pop("grace_days")

        id = d.pop("id")

        job_roles = []
        _job_roles = d.pop("job_roles")
        for job_roles_item_data in (_job_roles):
            job_roles_item = Ref.from_dict(job_roles_item_data)



            job_roles.append(job_roles_item)


        name = d.pop("name")

        requirements = []
        _requirements = d.pop("requirements")
        for requirements_item_data in (_requirements):
            requirements_item = Ref.from_dict(requirements_item_data)



            requirements.append(requirements_item)


        curriculum_out = cls(
            code=code,
            description=description,
            grace_days=grace_days,
            id=id,
            job_roles=job_roles,
            name=name,
            requirements=requirements,
        )


        curriculum_out.additional_properties = d
        return curriculum_out

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
