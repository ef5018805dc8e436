from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.assignment_status import AssignmentStatus
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="AssignmentFilters")



@_attrs_define
class AssignmentFilters:
    """ 
        Attributes:
            mine (bool | Unset):  Default: False.
            overdue (bool | Unset):  Default: False.
            person_id (int | None | Unset):
            requirement_id (int | None | Unset):
            status (AssignmentStatus | None | Unset):
     """

    mine: bool | Unset = False
    overdue: bool | Unset = False
    person_id: int | None | Unset = UNSET
    requirement_id: int | None | Unset = UNSET
    status: AssignmentStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        mine = self.mine

        overdue = self.overdue

        person_id: int | None | Unset
        if isinstance(self.person_id, Unset):
            person_id = UNSET
        else:
            person_id = self.person_id

        requirement_id: int | None | Unset
        if isinstance(self.requirement_id, Unset):
            requirement_id = UNSET
        else:
            requirement_id = self.requirement_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, AssignmentStatus):
            status = self.status.value
        else:
            status = self.status


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if mine is not UNSET:
            field_dict["mine"] = mine
        if overdue is not UNSET:
            field_dict["overdue"] = overdue
        if person_id is not UNSET:
            field_dict["person_id"] = person_id
        if requirement_id is not UNSET:
            field_dict["requirement_id"] = requirement_id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mine = d.pop("mine", UNSET)

        overdue = d.pop("overdue", UNSET)

        def _parse_person_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        person_id = _parse_person_id(d.pop("person_id", UNSET))


        def _parse_requirement_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        requirement_id = _parse_requirement_id(d.pop("requirement_id", UNSET))


        def _parse_status(data: object) -> AssignmentStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = AssignmentStatus(data)



                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssignmentStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))


        assignment_filters = cls(
            mine=mine,
            overdue=overdue,
            person_id=person_id,
            requirement_id=requirement_id,
            status=status,
        )


        assignment_filters.additional_properties = d
        return assignment_filters

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
