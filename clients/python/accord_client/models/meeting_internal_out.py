from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.meeting_kind import MeetingKind
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.action_item_out import ActionItemOut
  from ..models.meeting_decision_out import MeetingDecisionOut





T = TypeVar("T", bound="MeetingInternalOut")



@_attrs_define
class MeetingInternalOut:
    """ What CDMO staff read about one meeting: everything, internal notes included.

        Attributes:
            action_items (list[ActionItemOut]):
            agenda (str):
            attendees (str):
            decisions (list[MeetingDecisionOut]):
            held_on (datetime.date):
            id (int):
            internal_notes (str):
            kind (MeetingKind):
            kind_label (str):
            minutes (str):
            project_id (int):
            reference (str):
            shared_with_sponsor (bool):
            title (str):
            updated_at (datetime.datetime):
            version (int):
     """

    action_items: list[ActionItemOut]
    agenda: str
    attendees: str
    decisions: list[MeetingDecisionOut]
    held_on: datetime.date
    id: int
    internal_notes: str
    kind: MeetingKind
    kind_label: str
    minutes: str
    project_id: int
    reference: str
    shared_with_sponsor: bool
    title: str
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.action_item_out import ActionItemOut # noqa: PLC0415
        from ..models.meeting_decision_out import MeetingDecisionOut # noqa: PLC0415
        action_items = []
        for action_items_item_data in self.action_items:
            action_items_item = action_items_item_data.to_dict()
            action_items.append(action_items_item)



        agenda = self.agenda

        attendees = self.attendees

        decisions = []
        for decisions_item_data in self.decisions:
            decisions_item = decisions_item_data.to_dict()
            decisions.append(decisions_item)



        held_on = self.held_on.isoformat()

        id = self.id

        internal_notes = self.internal_notes

        kind = self.kind.value

        kind_label = self.kind_label

        minutes = self.minutes

        project_id = self.project_id

        reference = self.reference

        shared_with_sponsor = self.shared_with_sponsor

        title = self.title

        updated_at = self.updated_at.isoformat()

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "action_items": action_items,
            "agenda": agenda,
            "attendees": attendees,
            "decisions": decisions,
            "held_on": held_on,
            "id": id,
            "internal_notes": internal_notes,
            "kind": kind,
            "kind_label": kind_label,
            "minutes": minutes,
            "project_id": project_id,
            "reference": reference,
            "shared_with_sponsor": shared_with_sponsor,
            "title": title,
            "updated_at": updated_at,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_item_out import ActionItemOut # noqa: PLC0415
        from ..models.meeting_decision_out import MeetingDecisionOut # noqa: PLC0415
        d = dict(src_dict)
        action_items = []
        _action_items = d.pop("action_items")
        for action_items_item_data in (_action_items):
            action_items_item = ActionItemOut.from_dict(action_items_item_data)



            action_items.append(action_items_item)


        agenda = d.pop("agenda")

        attendees = d.pop("attendees")

        decisions = []
        _decisions = d.pop("decisions")
        for decisions_item_data in (_decisions):
            decisions_item = MeetingDecisionOut.from_dict(decisions_item_data)



            decisions.append(decisions_item)


        held_on = datetime.date.fromisoformat(d.pop("held_on"))




        id = d.pop("id")

        internal_notes = d.pop("internal_notes")

        kind = MeetingKind(d.pop("kind"))




        kind_label = d.pop("kind_label")

        minutes = d.pop("minutes")

        project_id = d.pop("project_id")

        reference = d.pop("reference")

        shared_with_sponsor = d.pop("shared_with_sponsor")

        title = d.pop("title")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        version = d.pop("version")

        meeting_internal_out = cls(
            action_items=action_items,
            agenda=agenda,
            attendees=attendees,
            decisions=decisions,
            held_on=held_on,
            id=id,
            internal_notes=internal_notes,
            kind=kind,
            kind_label=kind_label,
            minutes=minutes,
            project_id=project_id,
            reference=reference,
            shared_with_sponsor=shared_with_sponsor,
            title=title,
            updated_at=updated_at,
            version=version,
        )


        meeting_internal_out.additional_properties = d
        return meeting_internal_out

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
