from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="DeviationOut")



@_attrs_define
class DeviationOut:
    """ 
        Attributes:
            area (str):
            classification (str):
            classification_label (str):
            closed_at (datetime.datetime | None):
            discovered_at (datetime.datetime):
            due_date (datetime.date):
            id (int):
            notified_at (datetime.datetime | None):
            notify_by (datetime.datetime | None):
            number (str):
            occurred_at (datetime.datetime):
            overdue (bool):
            owner_name (str):
            project_code (None | str):
            project_id (int | None):
            site_code (str):
            sponsor_id (int | None):
            sponsor_name (None | str):
            state (str):
            state_label (str):
            summary_due (datetime.date | None):
            summary_sent_at (datetime.datetime | None):
            title (str):
            version (int):
     """

    area: str
    classification: str
    classification_label: str
    closed_at: datetime.datetime | None
    discovered_at: datetime.datetime
    due_date: datetime.date
    id: int
    notified_at: datetime.datetime | None
    notify_by: datetime.datetime | None
    number: str
    occurred_at: datetime.datetime
    overdue: bool
    owner_name: str
    project_code: None | str
    project_id: int | None
    site_code: str
    sponsor_id: int | None
    sponsor_name: None | str
    state: str
    state_label: str
    summary_due: datetime.date | None
    summary_sent_at: datetime.datetime | None
    title: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        area = self.area

        classification = self.classification

        classification_label = self.classification_label

        closed_at: None | str
        if isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        discovered_at = self.discovered_at.isoformat()

        due_date = self.due_date.isoformat()

        id = self.id

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

        project_code: None | str
        project_code = self.project_code

        project_id: int | None
        project_id = self.project_id

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


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "area": area,
            "classification": classification,
            "classification_label": classification_label,
            "closed_at": closed_at,
            "discovered_at": discovered_at,
            "due_date": due_date,
            "id": id,
            "notified_at": notified_at,
            "notify_by": notify_by,
            "number": number,
            "occurred_at": occurred_at,
            "overdue": overdue,
            "owner_name": owner_name,
            "project_code": project_code,
            "project_id": project_id,
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

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        area = d.pop("area")

        classification = d.pop("classification")

        classification_label = d.pop("classification_label")

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


        discovered_at = datetime.datetime.fromisoformat(d.pop("discovered_at"))




        due_date = datetime.date.fromisoformat(d.pop("due_date"))




        id = d.pop("id")

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

        deviation_out = cls(
            area=area,
            classification=classification,
            classification_label=classification_label,
            closed_at=closed_at,
            discovered_at=discovered_at,
            due_date=due_date,
            id=id,
            notified_at=notified_at,
            notify_by=notify_by,
            number=number,
            occurred_at=occurred_at,
            overdue=overdue,
            owner_name=owner_name,
            project_code=project_code,
            project_id=project_id,
            site_code=site_code,
            sponsor_id=sponsor_id,
            sponsor_name=sponsor_name,
            state=state,
            state_label=state_label,
            summary_due=summary_due,
            summary_sent_at=summary_sent_at,
            title=title,
            version=version,
        )


        deviation_out.additional_properties = d
        return deviation_out

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
