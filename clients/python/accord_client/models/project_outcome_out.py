from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.project_outcome_out_milestones_item import ProjectOutcomeOutMilestonesItem





T = TypeVar("T", bound="ProjectOutcomeOut")



@_attrs_define
class ProjectOutcomeOut:
    """ 
        Attributes:
            decided_at (datetime.datetime | None):
            delay_days (int): Calendar days the project's finish moves
            leveled_finish (datetime.date | None):
            milestones (list[ProjectOutcomeOutMilestonesItem]):
            planned_finish (datetime.date | None):
            project_code (str):
            project_id (int):
            run_id (int | None): CDMO staff only
            status_label (None | str): CDMO staff only
            tasks_moved (int):
     """

    decided_at: datetime.datetime | None
    delay_days: int
    leveled_finish: datetime.date | None
    milestones: list[ProjectOutcomeOutMilestonesItem]
    planned_finish: datetime.date | None
    project_code: str
    project_id: int
    run_id: int | None
    status_label: None | str
    tasks_moved: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.project_outcome_out_milestones_item import ProjectOutcomeOutMilestonesItem # noqa: PLC0415
        decided_at: None | str
        if isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        delay_days = self.delay_days

        leveled_finish: None | str
        if isinstance(self.leveled_finish, datetime.date):
            leveled_finish = self.leveled_finish.isoformat()
        else:
            leveled_finish = self.leveled_finish

        milestones = []
        for milestones_item_data in self.milestones:
            milestones_item = milestones_item_data.to_dict()
            milestones.append(milestones_item)



        planned_finish: None | str
        if isinstance(self.planned_finish, datetime.date):
            planned_finish = self.planned_finish.isoformat()
        else:
            planned_finish = self.planned_finish

        project_code = self.project_code

        project_id = self.project_id

        run_id: int | None
        run_id = self.run_id

        status_label: None | str
        status_label = self.status_label

        tasks_moved = self.tasks_moved


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "decided_at": decided_at,
            "delay_days": delay_days,
            "leveled_finish": leveled_finish,
            "milestones": milestones,
            "planned_finish": planned_finish,
            "project_code": project_code,
            "project_id": project_id,
            "run_id": run_id,
            "status_label": status_label,
            "tasks_moved": tasks_moved,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_outcome_out_milestones_item import ProjectOutcomeOutMilestonesItem # noqa: PLC0415
        d = dict(src_dict)
        def _parse_decided_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_at_type_0 = datetime.datetime.fromisoformat(data)



                return decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        decided_at = _parse_decided_at(d.pop("decided_at"))


        delay_days = d.pop("delay_days")

        def _parse_leveled_finish(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                leveled_finish_type_0 = datetime.date.fromisoformat(data)



                return leveled_finish_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        leveled_finish = _parse_leveled_finish(d.pop("leveled_finish"))


        milestones = []
        _milestones = d.pop("milestones")
        for milestones_item_data in (_milestones):
            milestones_item = ProjectOutcomeOutMilestonesItem.from_dict(milestones_item_data)



            milestones.append(milestones_item)


        def _parse_planned_finish(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                planned_finish_type_0 = datetime.date.fromisoformat(data)



                return planned_finish_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        planned_finish = _parse_planned_finish(d.pop("planned_finish"))


        project_code = d.pop("project_code")

        project_id = d.pop("project_id")

        def _parse_run_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        run_id = _parse_run_id(d.pop("run_id"))


        def _parse_status_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status_label = _parse_status_label(d.pop("status_label"))


        tasks_moved = d.pop("tasks_moved")

        project_outcome_out = cls(
            decided_at=decided_at,
            delay_days=delay_days,
            leveled_finish=leveled_finish,
            milestones=milestones,
            planned_finish=planned_finish,
            project_code=project_code,
            project_id=project_id,
            run_id=run_id,
            status_label=status_label,
            tasks_moved=tasks_moved,
        )


        project_outcome_out.additional_properties = d
        return project_outcome_out

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
