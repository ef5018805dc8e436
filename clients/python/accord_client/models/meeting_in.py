from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.meeting_kind import MeetingKind
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="MeetingIn")



@_attrs_define
class MeetingIn:
    """ 
        Attributes:
            attendees (str):
            held_on (datetime.date):
            kind (MeetingKind):
            title (str):
            agenda (str | Unset):  Default: ''.
            internal_notes (str | Unset): Never shown to the sponsor Default: ''.
            minutes (str | Unset):  Default: ''.
            shared_with_sponsor (bool | Unset):  Default: False.
     """

    attendees: str
    held_on: datetime.date
    kind: MeetingKind
    title: str
    agenda: str | Unset = ''
    internal_notes: str | Unset = ''
    minutes: str | Unset = ''
    shared_with_sponsor: bool | Unset = False





    def to_dict(self) -> dict[str, Any]:
        attendees = self.attendees

        held_on = self.held_on.isoformat()

        kind = self.kind.value

        title = self.title

        agenda = self.agenda

        internal_notes = self.internal_notes

        minutes = self.minutes

        shared_with_sponsor = self.shared_with_sponsor


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "attendees": attendees,
            "held_on": held_on,
            "kind": kind,
            "title": title,
        })
        if agenda is not UNSET:
            field_dict["agenda"] = agenda
        if internal_notes is not UNSET:
            field_dict["internal_notes"] = internal_notes
        if minutes is not UNSET:
            field_dict["minutes"] = minutes
        if shared_with_sponsor is not UNSET:
            field_dict["shared_with_sponsor"] = shared_with_sponsor

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attendees = d.pop("attendees")

        held_on = datetime.date.fromisoformat(d.pop("held_on"))




        kind = MeetingKind(d.pop("kind"))




        title = d.pop("title")

        agenda = d.pop("agenda", UNSET)

        internal_notes = d.pop("internal_notes", UNSET)

        minutes = d.pop("minutes", UNSET)

        shared_with_sponsor = d.pop("shared_with_sponsor", UNSET)

        meeting_in = cls(
            attendees=attendees,
            held_on=held_on,
            kind=kind,
            title=title,
            agenda=agenda,
            internal_notes=internal_notes,
            minutes=minutes,
            shared_with_sponsor=shared_with_sponsor,
        )

        return meeting_in

