from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.concern_category import ConcernCategory
from ..models.concern_state import ConcernState
from ..models.service_priority import ServicePriority
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.clock_out import ClockOut





T = TypeVar("T", bound="ConcernOut")



@_attrs_define
class ConcernOut:
    """ 
        Attributes:
            category (ConcernCategory):
            category_label (str):
            clocks (list[ClockOut]): Its four SLA clocks, computed now
            id (int):
            number (str): CON-YYYY-NNNN
            owner_id (int | None):
            owner_name (None | str):
            priority (ServicePriority):
            priority_label (str):
            project_code (None | str):
            project_id (int | None): Empty for the relationship as a whole
            raised_at (datetime.datetime):
            sponsor_id (int):
            sponsor_name (str):
            state (ConcernState):
            state_label (str):
            title (str):
            urgency (ServicePriority):
            urgency_label (str):
            version (int):
     """

    category: ConcernCategory
    category_label: str
    clocks: list[ClockOut]
    id: int
    number: str
    owner_id: int | None
    owner_name: None | str
    priority: ServicePriority
    priority_label: str
    project_code: None | str
    project_id: int | None
    raised_at: datetime.datetime
    sponsor_id: int
    sponsor_name: str
    state: ConcernState
    state_label: str
    title: str
    urgency: ServicePriority
    urgency_label: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.clock_out import ClockOut # noqa: PLC0415
        category = self.category.value

        category_label = self.category_label

        clocks = []
        for clocks_item_data in self.clocks:
            clocks_item = clocks_item_data.to_dict()
            clocks.append(clocks_item)



        id = self.id

        number = self.number

        owner_id: int | None
        owner_id = self.owner_id

        owner_name: None | str
        owner_name = self.owner_name

        priority = self.priority.value

        priority_label = self.priority_label

        project_code: None | str
        project_code = self.project_code

        project_id: int | None
        project_id = self.project_id

        raised_at = self.raised_at.isoformat()

        sponsor_id = self.sponsor_id

        sponsor_name = self.sponsor_name

        state = self.state.value

        state_label = self.state_label

        title = self.title

        urgency = self.urgency.value

        urgency_label = self.urgency_label

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "category": category,
            "category_label": category_label,
            "clocks": clocks,
            "id": id,
            "number": number,
            "owner_id": owner_id,
            "owner_name": owner_name,
            "priority": priority,
            "priority_label": priority_label,
            "project_code": project_code,
            "project_id": project_id,
            "raised_at": raised_at,
            "sponsor_id": sponsor_id,
            "sponsor_name": sponsor_name,
            "state": state,
            "state_label": state_label,
            "title": title,
            "urgency": urgency,
            "urgency_label": urgency_label,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.clock_out import ClockOut # noqa: PLC0415
        d = dict(src_dict)
        category = ConcernCategory(d.pop("category"))




        category_label = d.pop("category_label")

        clocks = []
        _clocks = d.pop("clocks")
        for clocks_item_data in (_clocks):
            clocks_item = ClockOut.from_dict(clocks_item_data)



            clocks.append(clocks_item)


        id = d.pop("id")

        number = d.pop("number")

        def _parse_owner_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        owner_id = _parse_owner_id(d.pop("owner_id"))


        def _parse_owner_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        owner_name = _parse_owner_name(d.pop("owner_name"))


        priority = ServicePriority(d.pop("priority"))




        priority_label = d.pop("priority_label")

        def _parse_project_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        project_code = _parse_project_code(d.pop("project_code"))


        def _parse_project_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        project_id = _parse_project_id(d.pop("project_id"))


        raised_at = datetime.datetime.fromisoformat(d.pop("raised_at"))




        sponsor_id = d.pop("sponsor_id")

        sponsor_name = d.pop("sponsor_name")

        state = ConcernState(d.pop("state"))




        state_label = d.pop("state_label")

        title = d.pop("title")

        urgency = ServicePriority(d.pop("urgency"))




        urgency_label = d.pop("urgency_label")

        version = d.pop("version")

        concern_out = cls(
            category=category,
            category_label=category_label,
            clocks=clocks,
            id=id,
            number=number,
            owner_id=owner_id,
            owner_name=owner_name,
            priority=priority,
            priority_label=priority_label,
            project_code=project_code,
            project_id=project_id,
            raised_at=raised_at,
            sponsor_id=sponsor_id,
            sponsor_name=sponsor_name,
            state=state,
            state_label=state_label,
            title=title,
            urgency=urgency,
            urgency_label=urgency_label,
            version=version,
        )


        concern_out.additional_properties = d
        return concern_out

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
