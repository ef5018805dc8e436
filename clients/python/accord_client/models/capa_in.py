from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="CapaIn")



@_attrs_define
class CapaIn:
    """ 
        Attributes:
            due_date (datetime.date):
            owner_id (int):
            problem (str):
            qa_approver_id (int): From QA; never the owner
            title (str):
            deviation_id (int | None | Unset):
            effectiveness_after_days (int | None | Unset):  Default: 90.
            effectiveness_rationale (str | Unset):  Default: ''.
            effectiveness_required (bool | Unset):  Default: True.
            requires_retraining (bool | None | Unset): Empty: required when the root cause is training
            root_cause_category (None | str | Unset): Empty: taken from the deviation's investigation
            success_criteria (str | Unset):  Default: ''.
     """

    due_date: datetime.date
    owner_id: int
    problem: str
    qa_approver_id: int
    title: str
    deviation_id: int | None | Unset = UNSET
    effectiveness_after_days: int | None | Unset = 90
    effectiveness_rationale: str | Unset = ''
    effectiveness_required: bool | Unset = True
    requires_retraining: bool | None | Unset = UNSET
    root_cause_category: None | str | Unset = UNSET
    success_criteria: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        due_date = self.due_date.isoformat()

        owner_id = self.owner_id

        problem = self.problem

        qa_approver_id = self.qa_approver_id

        title = self.title

        deviation_id: int | None | Unset
        if isinstance(self.deviation_id, Unset):
            deviation_id = UNSET
        else:
            deviation_id = self.deviation_id

        effectiveness_after_days: int | None | Unset
        if isinstance(self.effectiveness_after_days, Unset):
            effectiveness_after_days = UNSET
        else:
            effectiveness_after_days = self.effectiveness_after_days

        effectiveness_rationale = self.effectiveness_rationale

        effectiveness_required = self.effectiveness_required

        requires_retraining: bool | None | Unset
        if isinstance(self.requires_retraining, Unset):
            requires_retraining = UNSET
        else:
            requires_retraining = self.requires_retraining

        root_cause_category: None | str | Unset
        if isinstance(self.root_cause_category, Unset):
            root_cause_category = UNSET
        else:
            root_cause_category = self.root_cause_category

        success_criteria = self.success_criteria


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "due_date": due_date,
            "owner_id": owner_id,
            "problem": problem,
            "qa_approver_id": qa_approver_id,
            "title": title,
        })
        if deviation_id is not UNSET:
            field_dict["deviation_id"] = deviation_id
        if effectiveness_after_days is not UNSET:
            field_dict["effectiveness_after_days"] = effectiveness_after_days
        if effectiveness_rationale is not UNSET:
            field_dict["effectiveness_rationale"] = effectiveness_rationale
        if effectiveness_required is not UNSET:
            field_dict["effectiveness_required"] = effectiveness_required
        if requires_retraining is not UNSET:
            field_dict["requires_retraining"] = requires_retraining
        if root_cause_category is not UNSET:
            field_dict["root_cause_category"] = root_cause_category
        if success_criteria is not UNSET:
            field_dict["success_criteria"] = success_criteria

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        due_date = datetime.date.fromisoformat(d.pop("due_date"))




        owner_id = d.pop("owner_id")

        problem = d.pop("problem")

        qa_approver_id = d.pop("qa_approver_id")

        title = d.pop("title")

        def _parse_deviation_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        deviation_id = _parse_deviation_id(d.pop("deviation_id", UNSET))


        def _parse_effectiveness_after_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        effectiveness_after_days = _parse_effectiveness_after_days(d.pop("effectiveness_after_days", UNSET))


        effectiveness_rationale = d.pop("effectiveness_rationale", UNSET)

        effectiveness_required = d.pop("effectiveness_required", UNSET)

        def _parse_requires_retraining(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        requires_retraining = _parse_requires_retraining(d.pop("requires_retraining", UNSET))


        def _parse_root_cause_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        root_cause_category = _parse_root_cause_category(d.pop("root_cause_category", UNSET))


        success_criteria = d.pop("success_criteria", UNSET)

        capa_in = cls(
            due_date=due_date,
            owner_id=owner_id,
            problem=problem,
            qa_approver_id=qa_approver_id,
            title=title,
            deviation_id=deviation_id,
            effectiveness_after_days=effectiveness_after_days,
            effectiveness_rationale=effectiveness_rationale,
            effectiveness_required=effectiveness_required,
            requires_retraining=requires_retraining,
            root_cause_category=root_cause_category,
            success_criteria=success_criteria,
        )

        return capa_in

