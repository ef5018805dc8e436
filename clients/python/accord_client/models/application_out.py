from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="ApplicationOut")



@_attrs_define
class ApplicationOut:
    """ 
        Attributes:
            applied_by_name (str):
            applied_on (datetime.date):
            how (str):
            id (int):
            lesson_id (int):
            lesson_number (str):
            project_id (int | None):
            rfp_id (int | None):
     """

    applied_by_name: str
    applied_on: datetime.date
    how: str
    id: int
    lesson_id: int
    lesson_number: str
    project_id: int | None
    rfp_id: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        applied_by_name = self.applied_by_name

        applied_on = self.applied_on.isoformat()

        how = self.how

        id = self.id

        lesson_id = self.lesson_id

        lesson_number = self.lesson_number

        project_id: int | None
        project_id = self.project_id

        rfp_id: int | None
        rfp_id = self.rfp_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "applied_by_name": applied_by_name,
            "applied_on": applied_on,
            "how": how,
            "id": id,
            "lesson_id": lesson_id,
            "lesson_number": lesson_number,
            "project_id": project_id,
            "rfp_id": rfp_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        applied_by_name = d.pop("applied_by_name")

        applied_on = datetime.date.fromisoformat(d.pop("applied_on"))




        how = d.pop("how")

        id = d.pop("id")

        lesson_id = d.pop("lesson_id")

        lesson_number = d.pop("lesson_number")

        def _parse_project_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        project_id = _parse_project_id(d.pop("project_id"))


        def _parse_rfp_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        rfp_id = _parse_rfp_id(d.pop("rfp_id"))


        application_out = cls(
            applied_by_name=applied_by_name,
            applied_on=applied_on,
            how=how,
            id=id,
            lesson_id=lesson_id,
            lesson_number=lesson_number,
            project_id=project_id,
            rfp_id=rfp_id,
        )


        application_out.additional_properties = d
        return application_out

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
