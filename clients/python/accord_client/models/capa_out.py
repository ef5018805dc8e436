from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.capa_action_out import CapaActionOut
  from ..models.capa_check_out import CapaCheckOut





T = TypeVar("T", bound="CapaOut")



@_attrs_define
class CapaOut:
    """ 
        Attributes:
            actions (list[CapaActionOut]):
            closed_at (datetime.datetime | None):
            closure_reason (str):
            created_at (datetime.datetime):
            deviation_number (None | str):
            due_date (datetime.date):
            effectiveness_after_days (int):
            effectiveness_rationale (str):
            effectiveness_required (bool):
            followed_by_numbers (list[str]):
            follows_number (None | str):
            id (int):
            implemented_at (datetime.datetime | None):
            number (str):
            overdue (bool):
            owner_name (str):
            problem (str):
            qa_approver_name (str):
            requires_retraining (bool):
            root_cause_category (str):
            root_cause_label (str):
            sponsor_id (int | None):
            sponsor_name (None | str):
            state (str):
            state_label (str):
            success_criteria (str):
            title (str):
            version (int):
            check (CapaCheckOut | None | Unset): The check of effectiveness, once implemented
     """

    actions: list[CapaActionOut]
    closed_at: datetime.datetime | None
    closure_reason: str
    created_at: datetime.datetime
    deviation_number: None | str
    due_date: datetime.date
    effectiveness_after_days: int
    effectiveness_rationale: str
    effectiveness_required: bool
    followed_by_numbers: list[str]
    follows_number: None | str
    id: int
    implemented_at: datetime.datetime | None
    number: str
    overdue: bool
    owner_name: str
    problem: str
    qa_approver_name: str
    requires_retraining: bool
    root_cause_category: str
    root_cause_label: str
    sponsor_id: int | None
    sponsor_name: None | str
    state: str
    state_label: str
    success_criteria: str
    title: str
    version: int
    check: CapaCheckOut | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.capa_action_out import CapaActionOut # noqa: PLC0415
        from ..models.capa_check_out import CapaCheckOut # noqa: PLC0415
        actions = []
        for actions_item_data in self.actions:
            actions_item = actions_item_data.to_dict()
            actions.append(actions_item)



        closed_at: None | str
        if isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        closure_reason = self.closure_reason

        created_at = self.created_at.isoformat()

        deviation_number: None | str
        deviation_number = self.deviation_number

        due_date = self.due_date.isoformat()

        effectiveness_after_days = self.effectiveness_after_days

        effectiveness_rationale = self.effectiveness_rationale

        effectiveness_required = self.effectiveness_required

        followed_by_numbers = self.followed_by_numbers



        follows_number: None | str
        follows_number = self.follows_number

        id = self.id

        implemented_at: None | str
        if isinstance(self.implemented_at, datetime.datetime):
            implemented_at = self.implemented_at.isoformat()
        else:
            implemented_at = self.implemented_at

        number = self.number

        overdue = self.overdue

        owner_name = self.owner_name

        problem = self.problem

        qa_approver_name = self.qa_approver_name

        requires_retraining = self.requires_retraining

        root_cause_category = self.root_cause_category

        root_cause_label = self.root_cause_label

        sponsor_id: int | None
        sponsor_id = self.sponsor_id

        sponsor_name: None | str
        sponsor_name = self.sponsor_name

        state = self.state

        state_label = self.state_label

        success_criteria = self.success_criteria

        title = self.title

        version = self.version

        check: dict[str, Any] | None | Unset
        if isinstance(self.check, Unset):
            check = UNSET
        elif isinstance(self.check, CapaCheckOut):
            check = self.check.to_dict()
        else:
            check = self.check


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "actions": actions,
            "closed_at": closed_at,
            "closure_reason": closure_reason,
            "created_at": created_at,
            "deviation_number": deviation_number,
            "due_date": due_date,
            "effectiveness_after_days": effectiveness_after_days,
            "effectiveness_rationale": effectiveness_rationale,
            "effectiveness_required": effectiveness_required,
            "followed_by_numbers": followed_by_numbers,
            "follows_number": follows_number,
            "id": id,
            "implemented_at": implemented_at,
            "number": number,
            "overdue": overdue,
            "owner_name": owner_name,
            "problem": problem,
            "qa_approver_name": qa_approver_name,
            "requires_retraining": requires_retraining,
            "root_cause_category": root_cause_category,
            "root_cause_label": root_cause_label,
            "sponsor_id": sponsor_id,
            "sponsor_name": sponsor_name,
            "state": state,
            "state_label": state_label,
            "success_criteria": success_criteria,
            "title": title,
            "version": version,
        })
        if check is not UNSET:
            field_dict["check"] = check

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.capa_action_out import CapaActionOut # noqa: PLC0415
        from ..models.capa_check_out import CapaCheckOut # noqa: PLC0415
        d = dict(src_dict)
        actions = []
        _actions = d.pop("actions")
        for actions_item_data in (_actions):
            actions_item = CapaActionOut.from_dict(actions_item_data)



            actions.append(actions_item)


        def _parse_closed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_at_type_0 = datetime.datetime.fromisoformat(data)



                return closed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        closed_at = _parse_closed_at(d.pop("closed_at"))


        closure_reason = d.pop("closure_reason")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_deviation_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        deviation_number = _parse_deviation_number(d.pop("deviation_number"))


        due_date = datetime.date.fromisoformat(d.pop("due_date"))




        effectiveness_after_days = d.pop("effectiveness_after_days")

        effectiveness_rationale = d.pop("effectiveness_rationale")

        effectiveness_required = d.pop("effectiveness_required")

        followed_by_numbers = cast(list[str], d.pop("followed_by_numbers"))


        def _parse_follows_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        follows_number = _parse_follows_number(d.pop("follows_number"))


        id = d.pop("id")

        def _parse_implemented_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                implemented_at_type_0 = datetime.datetime.fromisoformat(data)



                return implemented_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        implemented_at = _parse_implemented_at(d.pop("implemented_at"))


        number = d.pop("number")

        overdue = d.pop("overdue")

        owner_name = d.pop("owner_name")

        problem = d.pop("problem")

        qa_approver_name = d.pop("qa_approver_name")

        requires_retraining = d.pop("requires_retraining")

        root_cause_category = d.pop("root_cause_category")

        root_cause_label = d.pop("root_cause_label")

        def _parse_sponsor_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        sponsor_id = _parse_sponsor_id(d.pop("sponsor_id"))


        def _parse_sponsor_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sponsor_name = _parse_sponsor_name(d.pop("sponsor_name"))


        state = d.pop("state")

        state_label = d.pop("state_label")

        success_criteria = d.pop("success_criteria")

        title = d.pop("title")

        version = d.pop("version")

        def _parse_check(data: object) -> CapaCheckOut | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                check_type_0 = CapaCheckOut.from_dict(data)



                return check_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CapaCheckOut | None | Unset, data)

        check = _parse_check(d.pop("check", UNSET))


        capa_out = cls(
            actions=actions,
            closed_at=closed_at,
            closure_reason=closure_reason,
            created_at=created_at,
            deviation_number=deviation_number,
            due_date=due_date,
            effectiveness_after_days=effectiveness_after_days,
            effectiveness_rationale=effectiveness_rationale,
            effectiveness_required=effectiveness_required,
            followed_by_numbers=followed_by_numbers,
            follows_number=follows_number,
            id=id,
            implemented_at=implemented_at,
            number=number,
            overdue=overdue,
            owner_name=owner_name,
            problem=problem,
            qa_approver_name=qa_approver_name,
            requires_retraining=requires_retraining,
            root_cause_category=root_cause_category,
            root_cause_label=root_cause_label,
            sponsor_id=sponsor_id,
            sponsor_name=sponsor_name,
            state=state,
            state_label=state_label,
            success_criteria=success_criteria,
            title=title,
            version=version,
            check=check,
        )


        capa_out.additional_properties = d
        return capa_out

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
