from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.team_department import TeamDepartment
from typing import cast

if TYPE_CHECKING:
  from ..models.training_document_version_row import TrainingDocumentVersionRow





T = TypeVar("T", bound="TrainingDocumentOut")



@_attrs_define
class TrainingDocumentOut:
    """ 
        Attributes:
            department (None | TeamDepartment):
            department_label (str):
            effective_version (int | None):
            id (int):
            number (str):
            site_code (str):
            site_id (int | None): None: applies at every site
            title (str):
            versions (list[TrainingDocumentVersionRow]):
     """

    department: None | TeamDepartment
    department_label: str
    effective_version: int | None
    id: int
    number: str
    site_code: str
    site_id: int | None
    title: str
    versions: list[TrainingDocumentVersionRow]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.training_document_version_row import TrainingDocumentVersionRow # noqa: PLC0415
        department: None | str
        if isinstance(self.department, TeamDepartment):
            department = self.department.value
        else:
            department = self.department

        department_label = self.department_label

        effective_version: int | None
        effective_version = self.effective_version

        id = self.id

        number = self.number

        site_code = self.site_code

        site_id: int | None
        site_id = self.site_id

        title = self.title

        versions = []
        for versions_item_data in self.versions:
            versions_item = versions_item_data.to_dict()
            versions.append(versions_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "department": department,
            "department_label": department_label,
            "effective_version": effective_version,
            "id": id,
            "number": number,
            "site_code": site_code,
            "site_id": site_id,
            "title": title,
            "versions": versions,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.training_document_version_row import TrainingDocumentVersionRow # noqa: PLC0415
        d = dict(src_dict)
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

        def _parse_effective_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        effective_version = _parse_effective_version(d.pop("effective_version"))


        id = d.pop("id")

        number = d.pop("number")

        site_code = d.pop("site_code")

        def _parse_site_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        site_id = _parse_site_id(d.pop("site_id"))


        title = d.pop("title")

        versions = []
        _versions = d.pop("versions")
        for versions_item_data in (_versions):
            versions_item = TrainingDocumentVersionRow.from_dict(versions_item_data)



            versions.append(versions_item)


        training_document_out = cls(
            department=department,
            department_label=department_label,
            effective_version=effective_version,
            id=id,
            number=number,
            site_code=site_code,
            site_id=site_id,
            title=title,
            versions=versions,
        )


        training_document_out.additional_properties = d
        return training_document_out

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
