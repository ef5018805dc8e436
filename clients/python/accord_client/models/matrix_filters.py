from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.requirement_kind import RequirementKind
from ..models.team_department import TeamDepartment
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="MatrixFilters")



@_attrs_define
class MatrixFilters:
    """ 
        Attributes:
            curriculum_id (int | None | Unset):
            department (None | TeamDepartment | Unset):
            gaps_only (bool | Unset):  Default: False.
            job_role_id (int | None | Unset):
            kind (None | RequirementKind | Unset):
            project_id (int | None | Unset):
            site_id (int | None | Unset):
            view (str | Unset):  Default: 'requirements'.
     """

    curriculum_id: int | None | Unset = UNSET
    department: None | TeamDepartment | Unset = UNSET
    gaps_only: bool | Unset = False
    job_role_id: int | None | Unset = UNSET
    kind: None | RequirementKind | Unset = UNSET
    project_id: int | None | Unset = UNSET
    site_id: int | None | Unset = UNSET
    view: str | Unset = 'requirements'
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        curriculum_id: int | None | Unset
        if isinstance(self.curriculum_id, Unset):
            curriculum_id = UNSET
        else:
            curriculum_id = self.curriculum_id

        department: None | str | Unset
        if isinstance(self.department, Unset):
            department = UNSET
        elif isinstance(self.department, TeamDepartment):
            department = self.department.value
        else:
            department = self.department

        gaps_only = self.gaps_only

        job_role_id: int | None | Unset
        if isinstance(self.job_role_id, Unset):
            job_role_id = UNSET
        else:
            job_role_id = self.job_role_id

        kind: None | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        elif isinstance(self.kind, RequirementKind):
            kind = self.kind.value
        else:
            kind = self.kind

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        site_id: int | None | Unset
        if isinstance(self.site_id, Unset):
            site_id = UNSET
        else:
            site_id = self.site_id

        view = self.view


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if curriculum_id is not UNSET:
            field_dict["curriculum_id"] = curriculum_id
        if department is not UNSET:
            field_dict["department"] = department
        if gaps_only is not UNSET:
            field_dict["gaps_only"] = gaps_only
        if job_role_id is not UNSET:
            field_dict["job_role_id"] = job_role_id
        if kind is not UNSET:
            field_dict["kind"] = kind
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if site_id is not UNSET:
            field_dict["site_id"] = site_id
        if view is not UNSET:
            field_dict["view"] = view

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_curriculum_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        curriculum_id = _parse_curriculum_id(d.pop("curriculum_id", UNSET))


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


        gaps_only = d.pop("gaps_only", UNSET)

        def _parse_job_role_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        job_role_id = _parse_job_role_id(d.pop("job_role_id", UNSET))


        def _parse_kind(data: object) -> None | RequirementKind | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = RequirementKind(data)



                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RequirementKind | Unset, data)

        kind = _parse_kind(d.pop("kind", UNSET))


        def _parse_project_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        project_id = _parse_project_id(d.pop("project_id", UNSET))


        def _parse_site_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        site_id = _parse_site_id(d.pop("site_id", UNSET))


        view = d.pop("view", UNSET)

        matrix_filters = cls(
            curriculum_id=curriculum_id,
            department=department,
            gaps_only=gaps_only,
            job_role_id=job_role_id,
            kind=kind,
            project_id=project_id,
            site_id=site_id,
            view=view,
        )


        matrix_filters.additional_properties = d
        return matrix_filters

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
