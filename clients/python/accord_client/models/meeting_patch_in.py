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






T = TypeVar("T", bound="MeetingPatchIn")



@_attrs_define
class MeetingPatchIn:
    """ Send only what changes; once shared with the sponsor, with a ``reason``.

        Attributes:
            agenda (None | str | Unset):
            attendees (None | str | Unset):
            held_on (datetime.date | None | Unset):
            internal_notes (None | str | Unset):
            kind (MeetingKind | None | Unset):
            minutes (None | str | Unset):
            reason (str | Unset):  Default: ''.
            shared_with_sponsor (bool | None | Unset):
            title (None | str | Unset):
            version (int | None | Unset): The version you read (or If-Match)
     """

    agenda: None | str | Unset = UNSET
    attendees: None | str | Unset = UNSET
    held_on: datetime.date | None | Unset = UNSET
    internal_notes: None | str | Unset = UNSET
    kind: MeetingKind | None | Unset = UNSET
    minutes: None | str | Unset = UNSET
    reason: str | Unset = ''
    shared_with_sponsor: bool | None | Unset = UNSET
    title: None | str | Unset = UNSET
    version: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        agenda: None | str | Unset
        if isinstance(self.agenda, Unset):
            agenda = UNSET
        else:
            agenda = self.agenda

        attendees: None | str | Unset
        if isinstance(self.attendees, Unset):
            attendees = UNSET
        else:
            attendees = self.attendees

        held_on: None | str | Unset
        if isinstance(self.held_on, Unset):
            held_on = UNSET
        elif isinstance(self.held_on, datetime.date):
            held_on = self.held_on.isoformat()
        else:
            held_on = self.held_on

        internal_notes: None | str | Unset
        if isinstance(self.internal_notes, Unset):
            internal_notes = UNSET
        else:
            internal_notes = self.internal_notes

        kind: None | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        elif isinstance(self.kind, MeetingKind):
            kind = self.kind.value
        else:
            kind = self.kind

        minutes: None | str | Unset
        if isinstance(self.minutes, Unset):
            minutes = UNSET
        else:
            minutes = self.minutes

        reason = self.reason

        shared_with_sponsor: bool | None | Unset
        if isinstance(self.shared_with_sponsor, Unset):
            shared_with_sponsor = UNSET
        else:
            shared_with_sponsor = self.shared_with_sponsor

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if agenda is not UNSET:
            field_dict["agenda"] = agenda
        if attendees is not UNSET:
            field_dict["attendees"] = attendees
        if held_on is not UNSET:
            field_dict["held_on"] = held_on
        if internal_notes is not UNSET:
            field_dict["internal_notes"] = internal_notes
        if kind is not UNSET:
            field_dict["kind"] = kind
        if minutes is not UNSET:
            field_dict["minutes"] = minutes
        if reason is not UNSET:
            field_dict["reason"] = reason
        if shared_with_sponsor is not UNSET:
            field_dict["shared_with_sponsor"] = shared_with_sponsor
        if title is not UNSET:
            field_dict["title"] = title
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_agenda(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agenda = _parse_agenda(d.pop("agenda", UNSET))


        def _parse_attendees(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        attendees = _parse_attendees(d.pop("attendees", UNSET))


        def _parse_held_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                held_on_type_0 = datetime.date.fromisoformat(data)



                return held_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        held_on = _parse_held_on(d.pop("held_on", UNSET))


        def _parse_internal_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        internal_notes = _parse_internal_notes(d.pop("internal_notes", UNSET))


        def _parse_kind(data: object) -> MeetingKind | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = MeetingKind(data)



                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MeetingKind | None | Unset, data)

        kind = _parse_kind(d.pop("kind", UNSET))


        def _parse_minutes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        minutes = _parse_minutes(d.pop("minutes", UNSET))


        reason = d.pop("reason", UNSET)

        def _parse_shared_with_sponsor(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        shared_with_sponsor = _parse_shared_with_sponsor(d.pop("shared_with_sponsor", UNSET))


        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))


        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        meeting_patch_in = cls(
            agenda=agenda,
            attendees=attendees,
            held_on=held_on,
            internal_notes=internal_notes,
            kind=kind,
            minutes=minutes,
            reason=reason,
            shared_with_sponsor=shared_with_sponsor,
            title=title,
            version=version,
        )

        return meeting_patch_in

