from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.concern_category import ConcernCategory
from ..models.concern_state import ConcernState
from ..models.service_priority import ServicePriority
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.clock_out import ClockOut
  from ..models.concern_entry_out import ConcernEntryOut
  from ..models.concern_escalation_out import ConcernEscalationOut
  from ..models.concern_file_out import ConcernFileOut
  from ..models.concern_link_out import ConcernLinkOut
  from ..models.concern_pause_out import ConcernPauseOut





T = TypeVar("T", bound="ConcernDetailOut")



@_attrs_define
class ConcernDetailOut:
    """ 
        Attributes:
            acknowledged_at (datetime.datetime | None):
            category (ConcernCategory):
            category_label (str):
            channel (str):
            channel_label (str):
            clocks (list[ClockOut]): Its four SLA clocks, computed now
            closed_at (datetime.datetime | None):
            containment (str):
            description (str):
            entries (list[ConcernEntryOut]): Its story, oldest first
            escalation_level (int):
            escalations (list[ConcernEscalationOut]):
            files (list[ConcernFileOut]):
            first_contact_at (datetime.datetime | None):
            id (int):
            last_update_at (datetime.datetime | None):
            links (list[ConcernLinkOut]): The risks, delays and change orders it touched that you may see
            number (str): CON-YYYY-NNNN
            owner_id (int | None):
            owner_name (None | str):
            pauses (list[ConcernPauseOut]):
            priority (ServicePriority):
            priority_label (str):
            project_code (None | str):
            project_id (int | None): Empty for the relationship as a whole
            raised_at (datetime.datetime):
            raised_by_name (str):
            reopened (int):
            resolution (str):
            resolved_at (datetime.datetime | None):
            root_cause (str):
            site_code (str): The site whose service hours the clocks count
            sponsor_id (int):
            sponsor_name (str):
            state (ConcernState):
            state_label (str):
            title (str):
            urgency (ServicePriority):
            urgency_label (str):
            version (int):
     """

    acknowledged_at: datetime.datetime | None
    category: ConcernCategory
    category_label: str
    channel: str
    channel_label: str
    clocks: list[ClockOut]
    closed_at: datetime.datetime | None
    containment: str
    description: str
    entries: list[ConcernEntryOut]
    escalation_level: int
    escalations: list[ConcernEscalationOut]
    files: list[ConcernFileOut]
    first_contact_at: datetime.datetime | None
    id: int
    last_update_at: datetime.datetime | None
    links: list[ConcernLinkOut]
    number: str
    owner_id: int | None
    owner_name: None | str
    pauses: list[ConcernPauseOut]
    priority: ServicePriority
    priority_label: str
    project_code: None | str
    project_id: int | None
    raised_at: datetime.datetime
    raised_by_name: str
    reopened: int
    resolution: str
    resolved_at: datetime.datetime | None
    root_cause: str
    site_code: str
    sponsor_id: int
    sponsor_name: str
    state: ConcernState
    state_label: str
    title: str
    urgency: ServicePriority
    urgency_label: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.clock_out import ClockOut # noqa: PLC0415
        from ..models.concern_entry_out import ConcernEntryOut # noqa: PLC0415
        from ..models.concern_escalation_out import ConcernEscalationOut # noqa: PLC0415
        from ..models.concern_file_out import ConcernFileOut # noqa: PLC0415
        from ..models.concern_link_out import ConcernLinkOut # noqa: PLC0415
        from ..models.concern_pause_out import ConcernPauseOut # noqa: PLC0415
        acknowledged_at: None | str
        if isinstance(self.acknowledged_at, datetime.datetime):
            acknowledged_at = self.acknowledged_at.isoformat()
        else:
            acknowledged_at = self.acknowledged_at

        category = self.category.value

        category_label = self.category_label

        channel = self.channel

        channel_label = self.channel_label

        clocks = []
        for clocks_item_data in self.clocks:
            clocks_item = clocks_item_data.to_dict()
            clocks.append(clocks_item)



        closed_at: None | str
        if isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        containment = self.containment

        description = self.description

        entries = []
        for entries_item_data in self.entries:
            entries_item = entries_item_data.to_dict()
            entries.append(entries_item)



        escalation_level = self.escalation_level

        escalations = []
        for escalations_item_data in self.escalations:
            escalations_item = escalations_item_data.to_dict()
            escalations.append(escalations_item)



        files = []
        for files_item_data in self.files:
            files_item = files_item_data.to_dict()
            files.append(files_item)



        first_contact_at: None | str
        if isinstance(self.first_contact_at, datetime.datetime):
            first_contact_at = self.first_contact_at.isoformat()
        else:
            first_contact_at = self.first_contact_at

        id = self.id

        last_update_at: None | str
        if isinstance(self.last_update_at, datetime.datetime):
            last_update_at = self.last_update_at.isoformat()
        else:
            last_update_at = self.last_update_at

        links = []
        for links_item_data in self.links:
            links_item = links_item_data.to_dict()
            links.append(links_item)



        number = self.number

        owner_id: int | None
        owner_id = self.owner_id

        owner_name: None | str
        owner_name = self.owner_name

        pauses = []
        for pauses_item_data in self.pauses:
            pauses_item = pauses_item_data.to_dict()
            pauses.append(pauses_item)



        priority = self.priority.value

        priority_label = self.priority_label

        project_code: None | str
        project_code = self.project_code

        project_id: int | None
        project_id = self.project_id

        raised_at = self.raised_at.isoformat()

        raised_by_name = self.raised_by_name

        reopened = self.reopened

        resolution = self.resolution

        resolved_at: None | str
        if isinstance(self.resolved_at, datetime.datetime):
            resolved_at = self.resolved_at.isoformat()
        else:
            resolved_at = self.resolved_at

        root_cause = self.root_cause

        site_code = self.site_code

        sponsor_id = self.sponsor_id

        sponsor_name = self.sponsor_name

        state = self.state.value

        state_label = self.state_label

        title = self.title

        urgency = self.urgency.value

        urgency_label = self.urgency_label

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "acknowledged_at": acknowledged_at,
            "category": category,
            "category_label": category_label,
            "channel": channel,
            "channel_label": channel_label,
            "clocks": clocks,
            "closed_at": closed_at,
            "containment": containment,
            "description": description,
            "entries": entries,
            "escalation_level": escalation_level,
            "escalations": escalations,
            "files": files,
            "first_contact_at": first_contact_at,
            "id": id,
            "last_update_at": last_update_at,
            "links": links,
            "number": number,
            "owner_id": owner_id,
            "owner_name": owner_name,
            "pauses": pauses,
            "priority": priority,
            "priority_label": priority_label,
            "project_code": project_code,
            "project_id": project_id,
            "raised_at": raised_at,
            "raised_by_name": raised_by_name,
            "reopened": reopened,
            "resolution": resolution,
            "resolved_at": resolved_at,
            "root_cause": root_cause,
            "site_code": site_code,
            "sponsor_id": sponsor_id,
            "sponsor_name": sponsor_name,
            "state": state,
            "state_label": state_label,
            "title": title,
            "urgency": urgency,
            "urgency_label": urgency_label,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.clock_out import ClockOut # noqa: PLC0415
        from ..models.concern_entry_out import ConcernEntryOut # noqa: PLC0415
        from ..models.concern_escalation_out import ConcernEscalationOut # noqa: PLC0415
        from ..models.concern_file_out import ConcernFileOut # noqa: PLC0415
        from ..models.concern_link_out import ConcernLinkOut # noqa: PLC0415
        from ..models.concern_pause_out import ConcernPauseOut # noqa: PLC0415
        d = dict(src_dict)
        def _parse_acknowledged_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                acknowledged_at_type_0 = datetime.datetime.fromisoformat(data)



                return acknowledged_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        acknowledged_at = _parse_acknowledged_at(d.pop("acknowledged_at"))


        category = ConcernCategory(d.pop("category"))




        category_label = d.pop("category_label")

        channel = d.pop("channel")

        channel_label = d.pop("channel_label")

        clocks = []
        _clocks = d.pop("clocks")
        for clocks_item_data in (_clocks):
            clocks_item = ClockOut.from_dict(clocks_item_data)



            clocks.append(clocks_item)


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

        entries = []
        _entries = d.pop("entries")
        for entries_item_data in (_entries):
            entries_item = ConcernEntryOut.from_dict(entries_item_data)



            entries.append(entries_item)


        escalation_level = d.pop("escalation_level")

        escalations = []
        _escalations = d.pop("escalations")
        for escalations_item_data in (_escalations):
            escalations_item = ConcernEscalationOut.from_dict(escalations_item_data)



            escalations.append(escalations_item)


        files = []
        _files = d.pop("files")
        for files_item_data in (_files):
            files_item = ConcernFileOut.from_dict(files_item_data)



            files.append(files_item)


        def _parse_first_contact_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_contact_at_type_0 = datetime.datetime.fromisoformat(data)



                return first_contact_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        first_contact_at = _parse_first_contact_at(d.pop("first_contact_at"))


        id = d.pop("id")

        def _parse_last_update_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_update_at_type_0 = datetime.datetime.fromisoformat(data)



                return last_update_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_update_at = _parse_last_update_at(d.pop("last_update_at"))


        links = []
        _links = d.pop("links")
        for links_item_data in (_links):
            links_item = ConcernLinkOut.from_dict(links_item_data)



            links.append(links_item)


        number = d.pop("number")

        def _parse_owner_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        owner_id = _parse_owner_id(d.pop("owner_id"))


        def _parse_owner_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        owner_name = _parse_owner_name(d.pop("owner_name"))


        pauses = []
        _pauses = d.pop("pauses")
        for pauses_item_data in (_pauses):
            pauses_item = ConcernPauseOut.from_dict(pauses_item_data)



            pauses.append(pauses_item)


        priority = ServicePriority(d.pop("priority"))




        priority_label = d.pop("priority_label")

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


        raised_at = datetime.datetime.fromisoformat(d.pop("raised_at"))




        raised_by_name = d.pop("raised_by_name")

        reopened = d.pop("reopened")

        resolution = d.pop("resolution")

        def _parse_resolved_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resolved_at_type_0 = datetime.datetime.fromisoformat(data)



                return resolved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        resolved_at = _parse_resolved_at(d.pop("resolved_at"))


        root_cause = d.pop("root_cause")

        site_code = d.pop("site_code")

        sponsor_id = d.pop("sponsor_id")

        sponsor_name = d.pop("sponsor_name")

        state = ConcernState(d.pop("state"))




        state_label = d.pop("state_label")

        title = d.pop("title")

        urgency = ServicePriority(d.pop("urgency"))




        urgency_label = d.pop("urgency_label")

        version = d.pop("version")

        concern_detail_out = cls(
            acknowledged_at=acknowledged_at,
            category=category,
            category_label=category_label,
            channel=channel,
            channel_label=channel_label,
            clocks=clocks,
            closed_at=closed_at,
            containment=containment,
            description=description,
            entries=entries,
            escalation_level=escalation_level,
            escalations=escalations,
            files=files,
            first_contact_at=first_contact_at,
            id=id,
            last_update_at=last_update_at,
            links=links,
            number=number,
            owner_id=owner_id,
            owner_name=owner_name,
            pauses=pauses,
            priority=priority,
            priority_label=priority_label,
            project_code=project_code,
            project_id=project_id,
            raised_at=raised_at,
            raised_by_name=raised_by_name,
            reopened=reopened,
            resolution=resolution,
            resolved_at=resolved_at,
            root_cause=root_cause,
            site_code=site_code,
            sponsor_id=sponsor_id,
            sponsor_name=sponsor_name,
            state=state,
            state_label=state_label,
            title=title,
            urgency=urgency,
            urgency_label=urgency_label,
            version=version,
        )


        concern_detail_out.additional_properties = d
        return concern_detail_out

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
