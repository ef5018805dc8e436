from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.delay_cause import DelayCause
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.delay_task_ref import DelayTaskRef





T = TypeVar("T", bound="DelayOut")



@_attrs_define
class DelayOut:
    """ 
        Attributes:
            affected_tasks (list[DelayTaskRef]):
            cause (DelayCause):
            cause_label (str):
            communicated (bool):
            created_at (datetime.datetime):
            days_lost (int): Working days lost on the plan
            description (str):
            id (int):
            occurred_on (datetime.date):
            project_id (int):
            reference (str):
            root_cause (str):
            sponsor_informed_how (str): A DelayInformedHow value; empty until the sponsor is told
            sponsor_informed_how_label (str):
            sponsor_informed_on (datetime.date | None):
            title (str):
            updated_at (datetime.datetime):
            version (int):
            sponsor_informed_by (None | str | Unset):
     """

    affected_tasks: list[DelayTaskRef]
    cause: DelayCause
    cause_label: str
    communicated: bool
    created_at: datetime.datetime
    days_lost: int
    description: str
    id: int
    occurred_on: datetime.date
    project_id: int
    reference: str
    root_cause: str
    sponsor_informed_how: str
    sponsor_informed_how_label: str
    sponsor_informed_on: datetime.date | None
    title: str
    updated_at: datetime.datetime
    version: int
    sponsor_informed_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.delay_task_ref import DelayTaskRef # noqa: PLC0415
        affected_tasks = []
        for affected_tasks_item_data in self.affected_tasks:
            affected_tasks_item = affected_tasks_item_data.to_dict()
            affected_tasks.append(affected_tasks_item)



        cause = self.cause.value

        cause_label = self.cause_label

        communicated = self.communicated

        created_at = self.created_at.isoformat()

        days_lost = self.days_lost

        description = self.description

        id = self.id

        occurred_on = self.occurred_on.isoformat()

        project_id = self.project_id

        reference = self.reference

        root_cause = self.root_cause

        sponsor_informed_how = self.sponsor_informed_how

        sponsor_informed_how_label = self.sponsor_informed_how_label

        sponsor_informed_on: None | str
        if isinstance(self.sponsor_informed_on, datetime.date):
            sponsor_informed_on = self.sponsor_informed_on.isoformat()
        else:
            sponsor_informed_on = self.sponsor_informed_on

        title = self.title

        updated_at = self.updated_at.isoformat()

        version = self.version

        sponsor_informed_by: None | str | Unset
        if isinstance(self.sponsor_informed_by, Unset):
            sponsor_informed_by = UNSET
        else:
            sponsor_informed_by = self.sponsor_informed_by


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "affected_tasks": affected_tasks,
            "cause": cause,
            "cause_label": cause_label,
            "communicated": communicated,
            "created_at": created_at,
            "days_lost": days_lost,
            "description": description,
            "id": id,
            "occurred_on": occurred_on,
            "project_id": project_id,
            "reference": reference,
            "root_cause": root_cause,
            "sponsor_informed_how": sponsor_informed_how,
            "sponsor_informed_how_label": sponsor_informed_how_label,
            "sponsor_informed_on": sponsor_informed_on,
            "title": title,
            "updated_at": updated_at,
            "version": version,
        })
        if sponsor_informed_by is not UNSET:
            field_dict["sponsor_informed_by"] = sponsor_informed_by

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.delay_task_ref import DelayTaskRef # noqa: PLC0415
        d = dict(src_dict)
        affected_tasks = []
        _affected_tasks = d.pop("affected_tasks")
        for affected_tasks_item_data in (_affected_tasks):
            affected_tasks_item = DelayTaskRef.from_dict(affected_tasks_item_data)



            affected_tasks.append(affected_tasks_item)


        cause = DelayCause(d.pop("cause"))




        cause_label = d.pop("cause_label")

        communicated = d.pop("communicated")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        days_lost = d.pop("days_lost")

        description = d.pop("description")

        id = d.pop("id")

        occurred_on = datetime.date.fromisoformat(d.pop("occurred_on"))




        project_id = d.pop("project_id")

        reference = d.pop("reference")

        root_cause = d.pop("root_cause")

        sponsor_informed_how = d.pop("sponsor_informed_how")

        sponsor_informed_how_label = d.pop("sponsor_informed_how_label")

        def _parse_sponsor_informed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sponsor_informed_on_type_0 = datetime.date.fromisoformat(data)



                return sponsor_informed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        sponsor_informed_on = _parse_sponsor_informed_on(d.pop("sponsor_informed_on"))


        title = d.pop("title")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        version = d.pop("version")

        def _parse_sponsor_informed_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sponsor_informed_by = _parse_sponsor_informed_by(d.pop("sponsor_informed_by", UNSET))


        delay_out = cls(
            affected_tasks=affected_tasks,
            cause=cause,
            cause_label=cause_label,
            communicated=communicated,
            created_at=created_at,
            days_lost=days_lost,
            description=description,
            id=id,
            occurred_on=occurred_on,
            project_id=project_id,
            reference=reference,
            root_cause=root_cause,
            sponsor_informed_how=sponsor_informed_how,
            sponsor_informed_how_label=sponsor_informed_how_label,
            sponsor_informed_on=sponsor_informed_on,
            title=title,
            updated_at=updated_at,
            version=version,
            sponsor_informed_by=sponsor_informed_by,
        )


        delay_out.additional_properties = d
        return delay_out

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
