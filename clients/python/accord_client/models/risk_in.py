from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.risk_category import RiskCategory
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="RiskIn")



@_attrs_define
class RiskIn:
    """ 
        Attributes:
            category (RiskCategory):
            cause (str):
            effect (str):
            impact (int):
            likelihood (int):
            next_review_date (datetime.date):
            owner_id (int): An active member of CDMO staff
            title (str):
            affected_task_ids (list[int] | Unset):
            contingency_plan (str | Unset):  Default: ''.
            contingency_trigger (str | Unset):  Default: ''.
            mitigation_plan (str | Unset):  Default: ''.
            shared_with_sponsor (bool | Unset):  Default: False.
     """

    category: RiskCategory
    cause: str
    effect: str
    impact: int
    likelihood: int
    next_review_date: datetime.date
    owner_id: int
    title: str
    affected_task_ids: list[int] | Unset = UNSET
    contingency_plan: str | Unset = ''
    contingency_trigger: str | Unset = ''
    mitigation_plan: str | Unset = ''
    shared_with_sponsor: bool | Unset = False





    def to_dict(self) -> dict[str, Any]:
        category = self.category.value

        cause = self.cause

        effect = self.effect

        impact = self.impact

        likelihood = self.likelihood

        next_review_date = self.next_review_date.isoformat()

        owner_id = self.owner_id

        title = self.title

        affected_task_ids: list[int] | Unset = UNSET
        if not isinstance(self.affected_task_ids, Unset):
            affected_task_ids = self.affected_task_ids



        contingency_plan = self.contingency_plan

        contingency_trigger = self.contingency_trigger

        mitigation_plan = self.mitigation_plan

        shared_with_sponsor = self.shared_with_sponsor


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "category": category,
            "cause": cause,
            "effect": effect,
            "impact": impact,
            "likelihood": likelihood,
            "next_review_date": next_review_date,
            "owner_id": owner_id,
            "title": title,
        })
        if affected_task_ids is not UNSET:
            field_dict["affected_task_ids"] = affected_task_ids
        if contingency_plan is not UNSET:
            field_dict["contingency_plan"] = contingency_plan
        if contingency_trigger is not UNSET:
            field_dict["contingency_trigger"] = contingency_trigger
        if mitigation_plan is not UNSET:
            field_dict["mitigation_plan"] = mitigation_plan
        if shared_with_sponsor is not UNSET:
            field_dict["shared_with_sponsor"] = shared_with_sponsor

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = RiskCategory(d.pop("category"))




        cause = d.pop("cause")

        effect = d.pop("effect")

        impact = d.pop("impact")

        likelihood = d.pop("likelihood")

        next_review_date = datetime.date.fromisoformat(d.pop("next_review_date"))




        owner_id = d.pop("owner_id")

        title = d.pop("title")

        affected_task_ids = cast(list[int], d.pop("affected_task_ids", UNSET))


        contingency_plan = d.pop("contingency_plan", UNSET)

        contingency_trigger = d.pop("contingency_trigger", UNSET)

        mitigation_plan = d.pop("mitigation_plan", UNSET)

        shared_with_sponsor = d.pop("shared_with_sponsor", UNSET)

        risk_in = cls(
            category=category,
            cause=cause,
            effect=effect,
            impact=impact,
            likelihood=likelihood,
            next_review_date=next_review_date,
            owner_id=owner_id,
            title=title,
            affected_task_ids=affected_task_ids,
            contingency_plan=contingency_plan,
            contingency_trigger=contingency_trigger,
            mitigation_plan=mitigation_plan,
            shared_with_sponsor=shared_with_sponsor,
        )

        return risk_in

