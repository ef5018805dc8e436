from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.change_department import ChangeDepartment






T = TypeVar("T", bound="AssessmentRequestIn")



@_attrs_define
class AssessmentRequestIn:
    """ 
        Attributes:
            assessor_id (int):
            department (ChangeDepartment):
     """

    assessor_id: int
    department: ChangeDepartment





    def to_dict(self) -> dict[str, Any]:
        assessor_id = self.assessor_id

        department = self.department.value


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "assessor_id": assessor_id,
            "department": department,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assessor_id = d.pop("assessor_id")

        department = ChangeDepartment(d.pop("department"))




        assessment_request_in = cls(
            assessor_id=assessor_id,
            department=department,
        )

        return assessment_request_in

