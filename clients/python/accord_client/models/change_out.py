from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.change_action_out import ChangeActionOut
  from ..models.change_approval_out import ChangeApprovalOut
  from ..models.change_assessment_out import ChangeAssessmentOut





T = TypeVar("T", bound="ChangeOut")



@_attrs_define
class ChangeOut:
    """ 
        Attributes:
            actions (list[ChangeActionOut]): CDMO staff only; empty for sponsors
            approvals (list[ChangeApprovalOut]):
            approved_at (datetime.datetime | None):
            assessments (list[ChangeAssessmentOut]): CDMO staff only; empty for sponsors
            change_type (str):
            change_type_label (str):
            classification (str):
            closed_at (datetime.datetime | None):
            current_state (str):
            duration (str):
            filing (str):
            filing_label (str):
            filing_rationale (str):
            id (int):
            justification (str):
            number (str):
            owner_name (str):
            plan_approved_at (datetime.datetime | None):
            products (list[str]):
            project_codes (list[str]):
            proposed_state (str):
            raised_at (datetime.datetime):
            risk_level (str):
            site_name (str):
            state (str):
            state_label (str):
            temporary_until (datetime.date | None):
            title (str):
            urgency (str):
            version (int):
     """

    actions: list[ChangeActionOut]
    approvals: list[ChangeApprovalOut]
    approved_at: datetime.datetime | None
    assessments: list[ChangeAssessmentOut]
    change_type: str
    change_type_label: str
    classification: str
    closed_at: datetime.datetime | None
    current_state: str
    duration: str
    filing: str
    filing_label: str
    filing_rationale: str
    id: int
    justification: str
    number: str
    owner_name: str
    plan_approved_at: datetime.datetime | None
    products: list[str]
    project_codes: list[str]
    proposed_state: str
    raised_at: datetime.datetime
    risk_level: str
    site_name: str
    state: str
    state_label: str
    temporary_until: datetime.date | None
    title: str
    urgency: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.change_action_out import ChangeActionOut # noqa: PLC0415
        from ..models.change_approval_out import ChangeApprovalOut # noqa: PLC0415
        from ..models.change_assessment_out import ChangeAssessmentOut # noqa: PLC0415
        actions = []
        for actions_item_data in self.actions:
            actions_item = actions_item_data.to_dict()
            actions.append(actions_item)



        approvals = []
        for approvals_item_data in self.approvals:
            approvals_item = approvals_item_data.to_dict()
            approvals.append(approvals_item)



        approved_at: None | str
        if isinstance(self.approved_at, datetime.datetime):
            approved_at = self.approved_at.isoformat()
        else:
            approved_at = self.approved_at

        assessments = []
        for assessments_item_data in self.assessments:
            assessments_item = assessments_item_data.to_dict()
            assessments.append(assessments_item)



        change_type = self.change_type

        change_type_label = self.change_type_label

        classification = self.classification

        closed_at: None | str
        if isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        current_state = self.current_state

        duration = self.duration

        filing = self.filing

        filing_label = self.filing_label

        filing_rationale = self.filing_rationale

        id = self.id

        justification = self.justification

        number = self.number

        owner_name = self.owner_name

        plan_approved_at: None | str
        if isinstance(self.plan_approved_at, datetime.datetime):
            plan_approved_at = self.plan_approved_at.isoformat()
        else:
            plan_approved_at = self.plan_approved_at

        products = self.products



        project_codes = self.project_codes



        proposed_state = self.proposed_state

        raised_at = self.raised_at.isoformat()

        risk_level = self.risk_level

        site_name = self.site_name

        state = self.state

        state_label = self.state_label

        temporary_until: None | str
        if isinstance(self.temporary_until, datetime.date):
            temporary_until = self.temporary_until.isoformat()
        else:
            temporary_until = self.temporary_until

        title = self.title

        urgency = self.urgency

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "actions": actions,
            "approvals": approvals,
            "approved_at": approved_at,
            "assessments": assessments,
            "change_type": change_type,
            "change_type_label": change_type_label,
            "classification": classification,
            "closed_at": closed_at,
            "current_state": current_state,
            "duration": duration,
            "filing": filing,
            "filing_label": filing_label,
            "filing_rationale": filing_rationale,
            "id": id,
            "justification": justification,
            "number": number,
            "owner_name": owner_name,
            "plan_approved_at": plan_approved_at,
            "products": products,
            "project_codes": project_codes,
            "proposed_state": proposed_state,
            "raised_at": raised_at,
            "risk_level": risk_level,
            "site_name": site_name,
            "state": state,
            "state_label": state_label,
            "temporary_until": temporary_until,
            "title": title,
            "urgency": urgency,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.change_action_out import ChangeActionOut # noqa: PLC0415
        from ..models.change_approval_out import ChangeApprovalOut # noqa: PLC0415
        from ..models.change_assessment_out import ChangeAssessmentOut # noqa: PLC0415
        d = dict(src_dict)
        actions = []
        _actions = d.pop("actions")
        for actions_item_data in (_actions):
            actions_item = ChangeActionOut.from_dict(actions_item_data)



            actions.append(actions_item)


        approvals = []
        _approvals = d.pop("approvals")
        for approvals_item_data in (_approvals):
            approvals_item = ChangeApprovalOut.from_dict(approvals_item_data)



            approvals.append(approvals_item)


        def _parse_approved_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approved_at_type_0 = datetime.datetime.fromisoformat(data)



                return approved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        approved_at = _parse_approved_at(d.pop("approved_at"))


        assessments = []
        _assessments = d.pop("assessments")
        for assessments_item_data in (_assessments):
            assessments_item = ChangeAssessmentOut.from_dict(assessments_item_data)



            assessments.append(assessments_item)


        change_type = d.pop("change_type")

        change_type_label = d.pop("change_type_label")

        classification = d.pop("classification")

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


        current_state = d.pop("current_state")

        duration = d.pop("duration")

        filing = d.pop("filing")

        filing_label = d.pop("filing_label")

        filing_rationale = d.pop("filing_rationale")

        id = d.pop("id")

        justification = d.pop("justification")

        number = d.pop("number")

        owner_name = d.pop("owner_name")

        def _parse_plan_approved_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                plan_approved_at_type_0 = datetime.datetime.fromisoformat(data)



                return plan_approved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        plan_approved_at = _parse_plan_approved_at(d.pop("plan_approved_at"))


        products = cast(list[str], d.pop("products"))


        project_codes = cast(list[str], d.pop("project_codes"))


        proposed_state = d.pop("proposed_state")

        raised_at = datetime.datetime.fromisoformat(d.pop("raised_at"))




        risk_level = d.pop("risk_level")

        site_name = d.pop("site_name")

        state = d.pop("state")

        state_label = d.pop("state_label")

        def _parse_temporary_until(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                temporary_until_type_0 = datetime.date.fromisoformat(data)



                return temporary_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        temporary_until = _parse_temporary_until(d.pop("temporary_until"))


        title = d.pop("title")

        urgency = d.pop("urgency")

        version = d.pop("version")

        change_out = cls(
            actions=actions,
            approvals=approvals,
            approved_at=approved_at,
            assessments=assessments,
            change_type=change_type,
            change_type_label=change_type_label,
            classification=classification,
            closed_at=closed_at,
            current_state=current_state,
            duration=duration,
            filing=filing,
            filing_label=filing_label,
            filing_rationale=filing_rationale,
            id=id,
            justification=justification,
            number=number,
            owner_name=owner_name,
            plan_approved_at=plan_approved_at,
            products=products,
            project_codes=project_codes,
            proposed_state=proposed_state,
            raised_at=raised_at,
            risk_level=risk_level,
            site_name=site_name,
            state=state,
            state_label=state_label,
            temporary_until=temporary_until,
            title=title,
            urgency=urgency,
            version=version,
        )


        change_out.additional_properties = d
        return change_out

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
