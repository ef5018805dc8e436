from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.concern_category import ConcernCategory
from ..models.service_priority import ServicePriority
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ConcernRaiseIn")



@_attrs_define
class ConcernRaiseIn:
    """ 
        Attributes:
            category (ConcernCategory):
            description (str):
            title (str):
            urgency (ServicePriority):
            project_id (int | None | Unset): Empty for the relationship as a whole
            sponsor_id (int | None | Unset): CDMO staff: whose concern it is (a sponsor user raises its own)
     """

    category: ConcernCategory
    description: str
    title: str
    urgency: ServicePriority
    project_id: int | None | Unset = UNSET
    sponsor_id: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        category = self.category.value

        description = self.description

        title = self.title

        urgency = self.urgency.value

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        sponsor_id: int | None | Unset
        if isinstance(self.sponsor_id, Unset):
            sponsor_id = UNSET
        else:
            sponsor_id = self.sponsor_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "category": category,
            "description": description,
            "title": title,
            "urgency": urgency,
        })
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if sponsor_id is not UNSET:
            field_dict["sponsor_id"] = sponsor_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = ConcernCategory(d.pop("category"))




        description = d.pop("description")

        title = d.pop("title")

        urgency = ServicePriority(d.pop("urgency"))




        def _parse_project_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        project_id = _parse_project_id(d.pop("project_id", UNSET))


        def _parse_sponsor_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sponsor_id = _parse_sponsor_id(d.pop("sponsor_id", UNSET))


        concern_raise_in = cls(
            category=category,
            description=description,
            title=title,
            urgency=urgency,
            project_id=project_id,
            sponsor_id=sponsor_id,
        )

        return concern_raise_in

