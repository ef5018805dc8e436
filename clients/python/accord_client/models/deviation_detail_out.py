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
  from ..models.capa_ref import CapaRef
  from ..models.deviation_link_out import DeviationLinkOut
  from ..models.investigation_out import InvestigationOut
  from ..models.notice_out import NoticeOut
  from ..models.request_out import RequestOut





T = TypeVar("T", bound="DeviationDetailOut")



@_attrs_define
class DeviationDetailOut:
    """ 
        Attributes:
            actions (list[str]): The workflow steps you may take now
            area (str):
            batches (list[str]):
            capa_rationale (None | str):
            capa_required (bool | None):
            capas (list[CapaRef]):
            classification (str):
            classification_label (str):
            classification_rationale (None | str):
            closed_at (datetime.datetime | None):
            containment (str):
            description (str):
            discovered_at (datetime.datetime):
            due_date (datetime.date):
            equipment (str):
            id (int):
            impact_assessment (None | str):
            investigation (InvestigationOut | None):
            missing (list[str]): What is still missing before QA (staff only)
            notices (list[NoticeOut]):
            notified_at (datetime.datetime | None):
            notify_by (datetime.datetime | None):
            number (str):
            occurred_at (datetime.datetime):
            overdue (bool):
            owner_name (str):
            process_step (str):
            project_code (None | str):
            project_id (int | None):
            recurrence_checked (bool | None):
            recurrence_links (list[DeviationLinkOut]):
            reporter_name (None | str):
            requests (list[RequestOut]):
            risk_score (int | None):
            site_code (str):
            sponsor_id (int | None):
            sponsor_name (None | str):
            state (str):
            state_label (str):
            summary_due (datetime.date | None):
            summary_sent_at (datetime.datetime | None):
            title (str):
            version (int):
            cause_category (None | str | Unset): Probable cause at assessment
     """

    actions: list[str]
    area: str
    batches: list[str]
    capa_rationale: None | str
    capa_required: bool | None
    capas: list[CapaRef]
    classification: str
    classification_label: str
    classification_rationale: None | str
    closed_at: datetime.datetime | None
    containment: str
    description: str
    discovered_at: datetime.datetime
    due_date: datetime.date
    equipment: str
    id: int
    impact_assessment: None | str
    investigation: InvestigationOut | None
    missing: list[str]
    notices: list[NoticeOut]
    notified_at: datetime.datetime | None
    notify_by: datetime.datetime | None
    number: str
    occurred_at: datetime.datetime
    overdue: bool
    owner_name: str
    process_step: str
    project_code: None | str
    project_id: int | None
    recurrence_checked: bool | None
    recurrence_links: list[DeviationLinkOut]
    reporter_name: None | str
    requests: list[RequestOut]
    risk_score: int | None
    site_code: str
    sponsor_id: int | None
    sponsor_name: None | str
    state: str
    state_label: str
    summary_due: datetime.date | None
    summary_sent_at: datetime.datetime | None
    title: str
    version: int
    cause_category: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.capa_ref import CapaRef # noqa: PLC0415
        from ..models.deviation_link_out import DeviationLinkOut # noqa: PLC0415
        from ..models.investigation_out import InvestigationOut # noqa: PLC0415
        from ..models.notice_out import NoticeOut # noqa: PLC0415
        from ..models.request_out import RequestOut # noqa: PLC0415
        actions = self.actions



        area = self.area

        batches = self.batches



        capa_rationale: None | str
        capa_rationale = self.capa_rationale

        capa_required: bool | None
        capa_required = self.capa_required

        capas = []
        for capas_item_data in self.capas:
            capas_item = capas_item_data.to_dict()
            capas.append(capas_item)



        classification = self.classification

        classification_label = self.classification_label

        classification_rationale: None | str
        classification_rationale = self.classification_rationale

        closed_at: None | str
        if isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        containment = self.containment

        description = self.description

        discovered_at = self.discovered_at.isoformat()

        due_date = self.due_date.isoformat()

        equipment = self.equipment

        id = self.id

        impact_assessment: None | str
        impact_assessment = self.impact_assessment

        investigation: dict[str, Any] | None
        if isinstance(self.investigation, InvestigationOut):
            investigation = self.investigation.to_dict()
        else:
            investigation = self.investigation

        missing = self.missing



        notices = []
        for notices_item_data in self.notices:
            notices_item = notices_item_data.to_dict()
            notices.append(notices_item)



        notified_at: None | str
        if isinstance(self.notified_at, datetime.datetime):
            notified_at = self.notified_at.isoformat()
        else:
            notified_at = self.notified_at

        notify_by: None | str
        if isinstance(self.notify_by, datetime.datetime):
            notify_by = self.notify_by.isoformat()
        else:
            notify_by = self.notify_by

        number = self.number

        occurred_at = self.occurred_at.isoformat()

        overdue = self.overdue

        owner_name = self.owner_name

        process_step = self.process_step

        project_code: None | str
        project_code = self.project_code

        project_id: int | None
        project_id = self.project_id

        recurrence_checked: bool | None
        recurrence_checked = self.recurrence_checked

        recurrence_links = []
        for recurrence_links_item_data in self.recurrence_links:
            recurrence_links_item = recurrence_links_item_data.to_dict()
            recurrence_links.append(recurrence_links_item)



        reporter_name: None | str
        reporter_name = self.reporter_name

        requests = []
        for requests_item_data in self.requests:
            requests_item = requests_item_data.to_dict()
            requests.append(requests_item)



        risk_score: int | None
        risk_score = self.risk_score

        site_code = self.site_code

        sponsor_id: int | None
        sponsor_id = self.sponsor_id

        sponsor_name: None | str
        sponsor_name = self.sponsor_name

        state = self.state

        state_label = self.state_label

        summary_due: None | str
        if isinstance(self.summary_due, datetime.date):
            summary_due = self.summary_due.isoformat()
        else:
            summary_due = self.summary_due

        summary_sent_at: None | str
        if isinstance(self.summary_sent_at, datetime.datetime):
            summary_sent_at = self.summary_sent_at.isoformat()
        else:
            summary_sent_at = self.summary_sent_at

        title = self.title

        version = self.version

        cause_category: None | str | Unset
        if isinstance(self.cause_category, Unset):
            cause_category = UNSET
        else:
            cause_category = self.cause_category


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "actions": actions,
            "area": area,
            "batches": batches,
            "capa_rationale": capa_rationale,
            "capa_required": capa_required,
            "capas": capas,
            "classification": classification,
            "classification_label": classification_label,
            "classification_rationale": classification_rationale,
            "closed_at": closed_at,
            "containment": containment,
            "description": description,
            "discovered_at": discovered_at,
            "due_date": due_date,
            "equipment": equipment,
            "id": id,
            "impact_assessment": impact_assessment,
            "investigation": investigation,
            "missing": missing,
            "notices": notices,
            "notified_at": notified_at,
            "notify_by": notify_by,
            "number": number,
            "occurred_at": occurred_at,
            "overdue": overdue,
            "owner_name": owner_name,
            "process_step": process_step,
            "project_code": project_code,
            "project_id": project_id,
            "recurrence_checked": recurrence_checked,
            "recurrence_links": recurrence_links,
            "reporter_name": reporter_name,
            "requests": requests,
            "risk_score": risk_score,
            "site_code": site_code,
            "sponsor_id": sponsor_id,
            "sponsor_name": sponsor_name,
            "state": state,
            "state_label": state_label,
            "summary_due": summary_due,
            "summary_sent_at": summary_sent_at,
            "title": title,
            "version": version,
        })
        if cause_category is not UNSET:
            field_dict["cause_category"] = cause_category

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.capa_ref import CapaRef # noqa: PLC0415
        from ..models.deviation_link_out import DeviationLinkOut # noqa: PLC0415
        from ..models.investigation_out import InvestigationOut # noqa: PLC0415
        from ..models.notice_out import NoticeOut # noqa: PLC0415
        from ..models.request_out import RequestOut # noqa: PLC0415
        d = dict(src_dict)
        actions = cast(list[str], d.pop("actions"))


        area = d.pop("area")

        batches = cast(list[str], d.pop("batches"))


        def _parse_capa_rationale(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        capa_rationale = _parse_capa_rationale(d.pop("capa_rationale"))


        def _parse_capa_required(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        capa_required = _parse_capa_required(d.pop("capa_required"))


        capas = []
        _capas = d.pop("capas")
        for capas_item_data in (_capas):
            capas_item = CapaRef.from_dict(capas_item_data)



            capas.append(capas_item)


        classification = d.pop("classification")

        classification_label = d.pop("classification_label")

        def _parse_classification_rationale(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        classification_rationale = _parse_classification_rationale(d.pop("classification_rationale"))


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


        containment = d.pop("containment")

        description = d.pop("description")

        discovered_at = datetime.datetime.fromisoformat(d.pop("discovered_at"))




        due_date = datetime.date.fromisoformat(d.pop("due_date"))




        equipment = d.pop("equipment")

        id = d.pop("id")

        def _parse_impact_assessment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        impact_assessment = _parse_impact_assessment(d.pop("impact_assessment"))


        def _parse_investigation(data: object) -> InvestigationOut | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                investigation_type_0 = InvestigationOut.from_dict(data)



                return investigation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvestigationOut | None, data)

        investigation = _parse_investigation(d.pop("investigation"))


        missing = cast(list[str], d.pop("missing"))


        notices = []
        _notices = d.pop("notices")
        for notices_item_data in (_notices):
            notices_item = NoticeOut.from_dict(notices_item_data)



            notices.append(notices_item)


        def _parse_notified_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                notified_at_type_0 = datetime.datetime.fromisoformat(data)



                return notified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        notified_at = _parse_notified_at(d.pop("notified_at"))


        def _parse_notify_by(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                notify_by_type_0 = datetime.datetime.fromisoformat(data)



                return notify_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        notify_by = _parse_notify_by(d.pop("notify_by"))


        number = d.pop("number")

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))




        overdue = d.pop("overdue")

        owner_name = d.pop("owner_name")

        process_step = d.pop("process_step")

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


        def _parse_recurrence_checked(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        recurrence_checked = _parse_recurrence_checked(d.pop("recurrence_checked"))


        recurrence_links = []
        _recurrence_links = d.pop("recurrence_links")
        for recurrence_links_item_data in (_recurrence_links):
            recurrence_links_item = DeviationLinkOut.from_dict(recurrence_links_item_data)



            recurrence_links.append(recurrence_links_item)


        def _parse_reporter_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reporter_name = _parse_reporter_name(d.pop("reporter_name"))


        requests = []
        _requests = d.pop("requests")
        for requests_item_data in (_requests):
            requests_item = RequestOut.from_dict(requests_item_data)



            requests.append(requests_item)


        def _parse_risk_score(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        risk_score = _parse_risk_score(d.pop("risk_score"))


        site_code = d.pop("site_code")

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

        def _parse_summary_due(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                summary_due_type_0 = datetime.date.fromisoformat(data)



                return summary_due_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        summary_due = _parse_summary_due(d.pop("summary_due"))


        def _parse_summary_sent_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                summary_sent_at_type_0 = datetime.datetime.fromisoformat(data)



                return summary_sent_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        summary_sent_at = _parse_summary_sent_at(d.pop("summary_sent_at"))


        title = d.pop("title")

        version = d.pop("version")

        def _parse_cause_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cause_category = _parse_cause_category(d.pop("cause_category", UNSET))


        deviation_detail_out = cls(
            actions=actions,
            area=area,
            batches=batches,
            capa_rationale=capa_rationale,
            capa_required=capa_required,
            capas=capas,
            classification=classification,
            classification_label=classification_label,
            classification_rationale=classification_rationale,
            closed_at=closed_at,
            containment=containment,
            description=description,
            discovered_at=discovered_at,
            due_date=due_date,
            equipment=equipment,
            id=id,
            impact_assessment=impact_assessment,
            investigation=investigation,
            missing=missing,
            notices=notices,
            notified_at=notified_at,
            notify_by=notify_by,
            number=number,
            occurred_at=occurred_at,
            overdue=overdue,
            owner_name=owner_name,
            process_step=process_step,
            project_code=project_code,
            project_id=project_id,
            recurrence_checked=recurrence_checked,
            recurrence_links=recurrence_links,
            reporter_name=reporter_name,
            requests=requests,
            risk_score=risk_score,
            site_code=site_code,
            sponsor_id=sponsor_id,
            sponsor_name=sponsor_name,
            state=state,
            state_label=state_label,
            summary_due=summary_due,
            summary_sent_at=summary_sent_at,
            title=title,
            version=version,
            cause_category=cause_category,
        )


        deviation_detail_out.additional_properties = d
        return deviation_detail_out

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
