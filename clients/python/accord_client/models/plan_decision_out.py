from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.decision_outcome import DecisionOutcome
from typing import cast
import datetime






T = TypeVar("T", bound="PlanDecisionOut")



@_attrs_define
class PlanDecisionOut:
    """ 
        Attributes:
            created_at (datetime.datetime):
            decided_by_name (str):
            decided_on (datetime.date):
            id (int):
            options (str):
            outcome (DecisionOutcome):
            outcome_label (str):
            rationale (str):
            task_id (int):
            task_name (str):
     """

    created_at: datetime.datetime
    decided_by_name: str
    decided_on: datetime.date
    id: int
    options: str
    outcome: DecisionOutcome
    outcome_label: str
    rationale: str
    task_id: int
    task_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        decided_by_name = self.decided_by_name

        decided_on = self.decided_on.isoformat()

        id = self.id

        options = self.options

        outcome = self.outcome.value

        outcome_label = self.outcome_label

        rationale = self.rationale

        task_id = self.task_id

        task_name = self.task_name


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "decided_by_name": decided_by_name,
            "decided_on": decided_on,
            "id": id,
            "options": options,
            "outcome": outcome,
            "outcome_label": outcome_label,
            "rationale": rationale,
            "task_id": task_id,
            "task_name": task_name,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        decided_by_name = d.pop("decided_by_name")

        decided_on = datetime.date.fromisoformat(d.pop("decided_on"))




        id = d.pop("id")

        options = d.pop("options")

        outcome = DecisionOutcome(d.pop("outcome"))




        outcome_label = d.pop("outcome_label")

        rationale = d.pop("rationale")

        task_id = d.pop("task_id")

        task_name = d.pop("task_name")

        plan_decision_out = cls(
            created_at=created_at,
            decided_by_name=decided_by_name,
            decided_on=decided_on,
            id=id,
            options=options,
            outcome=outcome,
            outcome_label=outcome_label,
            rationale=rationale,
            task_id=task_id,
            task_name=task_name,
        )


        plan_decision_out.additional_properties = d
        return plan_decision_out

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
