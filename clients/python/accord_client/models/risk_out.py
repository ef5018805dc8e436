from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.risk_category import RiskCategory
from ..models.risk_level import RiskLevel
from ..models.risk_status import RiskStatus
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.person_ref import PersonRef
  from ..models.risk_task_ref import RiskTaskRef





T = TypeVar("T", bound="RiskOut")



@_attrs_define
class RiskOut:
    """ 
        Attributes:
            affected_tasks (list[RiskTaskRef]):
            category (RiskCategory):
            category_label (str):
            cause (str):
            contingency_plan (str):
            contingency_trigger (str):
            created_at (datetime.datetime):
            effect (str):
            id (int):
            impact (int):
            level (RiskLevel): Bands of the score (likelihood x impact, 1..25).

                low 1-4, medium 5-9, high 10-15, critical 16-25: a "likely" risk with "major" impact
                (4 x 4) is critical, an "almost certain" but "minor" one (5 x 2) is high.
            level_label (str):
            likelihood (int):
            mitigation_plan (str):
            next_review_date (datetime.date):
            number (str):
            owner (PersonRef):
            project_id (int):
            score (int): likelihood × impact, 1 to 25
            shared_with_sponsor (bool):
            status (RiskStatus):
            status_label (str):
            title (str):
            updated_at (datetime.datetime):
            version (int):
     """

    affected_tasks: list[RiskTaskRef]
    category: RiskCategory
    category_label: str
    cause: str
    contingency_plan: str
    contingency_trigger: str
    created_at: datetime.datetime
    effect: str
    id: int
    impact: int
    level: RiskLevel
    level_label: str
    likelihood: int
    mitigation_plan: str
    next_review_date: datetime.date
    number: str
    owner: PersonRef
    project_id: int
    score: int
    shared_with_sponsor: bool
    status: RiskStatus
    status_label: str
    title: str
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.person_ref import PersonRef # noqa: PLC0415
        from ..models.risk_task_ref import RiskTaskRef # noqa: PLC0415
        affected_tasks = []
        for affected_tasks_item_data in self.affected_tasks:
            affected_tasks_item = affected_tasks_item_data.to_dict()
            affected_tasks.append(affected_tasks_item)



        category = self.category.value

        category_label = self.category_label

        cause = self.cause

        contingency_plan = self.contingency_plan

        contingency_trigger = self.contingency_trigger

        created_at = self.created_at.isoformat()

        effect = self.effect

        id = self.id

        impact = self.impact

        level = self.level.value

        level_label = self.level_label

        likelihood = self.likelihood

        mitigation_plan = self.mitigation_plan

        next_review_date = self.next_review_date.isoformat()

        number = self.number

        owner = self.owner.to_dict()

        project_id = self.project_id

        score = self.score

        shared_with_sponsor = self.shared_with_sponsor

        status = self.status.value

        status_label = self.status_label

        title = self.title

        updated_at = self.updated_at.isoformat()

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "affected_tasks": affected_tasks,
            "category": category,
            "category_label": category_label,
            "cause": cause,
            "contingency_plan": contingency_plan,
            "contingency_trigger": contingency_trigger,
            "created_at": created_at,
            "effect": effect,
            "id": id,
            "impact": impact,
            "level": level,
            "level_label": level_label,
            "likelihood": likelihood,
            "mitigation_plan": mitigation_plan,
            "next_review_date": next_review_date,
            "number": number,
            "owner": owner,
            "project_id": project_id,
            "score": score,
            "shared_with_sponsor": shared_with_sponsor,
            "status": status,
            "status_label": status_label,
            "title": title,
            "updated_at": updated_at,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.person_ref import PersonRef # noqa: PLC0415
        from ..models.risk_task_ref import RiskTaskRef # noqa: PLC0415
        d = dict(src_dict)
        affected_tasks = []
        _affected_tasks = d.pop("affected_tasks")
        for affected_tasks_item_data in (_affected_tasks):
            affected_tasks_item = RiskTaskRef.from_dict(affected_tasks_item_data)



            affected_tasks.append(affected_tasks_item)


        category = RiskCategory(d.pop("category"))




        category_label = d.pop("category_label")

        cause = d.pop("cause")

        contingency_plan = d.pop("contingency_plan")

        contingency_trigger = d.pop("contingency_trigger")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        effect = d.pop("effect")

        id = d.pop("id")

        impact = d.pop("impact")

        level = RiskLevel(d.pop("level"))




        level_label = d.pop("level_label")

        likelihood = d.pop("likelihood")

        mitigation_plan = d.pop("mitigation_plan")

        next_review_date = datetime.date.fromisoformat(d.pop("next_review_date"))




        number = d.pop("number")

        owner = PersonRef.from_dict(d.pop("owner"))




        project_id = d.pop("project_id")

        score = d.pop("score")

        shared_with_sponsor = d.pop("shared_with_sponsor")

        status = RiskStatus(d.pop("status"))




        status_label = d.pop("status_label")

        title = d.pop("title")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        version = d.pop("version")

        risk_out = cls(
            affected_tasks=affected_tasks,
            category=category,
            category_label=category_label,
            cause=cause,
            contingency_plan=contingency_plan,
            contingency_trigger=contingency_trigger,
            created_at=created_at,
            effect=effect,
            id=id,
            impact=impact,
            level=level,
            level_label=level_label,
            likelihood=likelihood,
            mitigation_plan=mitigation_plan,
            next_review_date=next_review_date,
            number=number,
            owner=owner,
            project_id=project_id,
            score=score,
            shared_with_sponsor=shared_with_sponsor,
            status=status,
            status_label=status_label,
            title=title,
            updated_at=updated_at,
            version=version,
        )


        risk_out.additional_properties = d
        return risk_out

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
