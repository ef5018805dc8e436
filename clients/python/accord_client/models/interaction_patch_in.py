from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.interaction_kind import InteractionKind
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="InteractionPatchIn")



@_attrs_define
class InteractionPatchIn:
    """ 
        Attributes:
            attendee_ids (list[int] | None | Unset):
            contact_ids (list[int] | None | Unset):
            is_concern (bool | None | Unset):
            kind (InteractionKind | None | Unset):
            occurred_on (datetime.date | None | Unset):
            rapport_notes (None | str | Unset):
            reason (str | Unset):  Default: ''.
            subject (None | str | Unset):
            summary (None | str | Unset):
            version (int | None | Unset): The version you read (or If-Match with its ETag)
     """

    attendee_ids: list[int] | None | Unset = UNSET
    contact_ids: list[int] | None | Unset = UNSET
    is_concern: bool | None | Unset = UNSET
    kind: InteractionKind | None | Unset = UNSET
    occurred_on: datetime.date | None | Unset = UNSET
    rapport_notes: None | str | Unset = UNSET
    reason: str | Unset = ''
    subject: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET
    version: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        attendee_ids: list[int] | None | Unset
        if isinstance(self.attendee_ids, Unset):
            attendee_ids = UNSET
        elif isinstance(self.attendee_ids, list):
            attendee_ids = self.attendee_ids


        else:
            attendee_ids = self.attendee_ids

        contact_ids: list[int] | None | Unset
        if isinstance(self.contact_ids, Unset):
            contact_ids = UNSET
        elif isinstance(self.contact_ids, list):
            contact_ids = self.contact_ids


        else:
            contact_ids = self.contact_ids

        is_concern: bool | None | Unset
        if isinstance(self.is_concern, Unset):
            is_concern = UNSET
        else:
            is_concern = self.is_concern

        kind: None | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        elif isinstance(self.kind, InteractionKind):
            kind = self.kind.value
        else:
            kind = self.kind

        occurred_on: None | str | Unset
        if isinstance(self.occurred_on, Unset):
            occurred_on = UNSET
        elif isinstance(self.occurred_on, datetime.date):
            occurred_on = self.occurred_on.isoformat()
        else:
            occurred_on = self.occurred_on

        rapport_notes: None | str | Unset
        if isinstance(self.rapport_notes, Unset):
            rapport_notes = UNSET
        else:
            rapport_notes = self.rapport_notes

        reason = self.reason

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if attendee_ids is not UNSET:
            field_dict["attendee_ids"] = attendee_ids
        if contact_ids is not UNSET:
            field_dict["contact_ids"] = contact_ids
        if is_concern is not UNSET:
            field_dict["is_concern"] = is_concern
        if kind is not UNSET:
            field_dict["kind"] = kind
        if occurred_on is not UNSET:
            field_dict["occurred_on"] = occurred_on
        if rapport_notes is not UNSET:
            field_dict["rapport_notes"] = rapport_notes
        if reason is not UNSET:
            field_dict["reason"] = reason
        if subject is not UNSET:
            field_dict["subject"] = subject
        if summary is not UNSET:
            field_dict["summary"] = summary
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_attendee_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                attendee_ids_type_0 = cast(list[int], data)

                return attendee_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        attendee_ids = _parse_attendee_ids(d.pop("attendee_ids", UNSET))


        def _parse_contact_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                contact_ids_type_0 = cast(list[int], data)

                return contact_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        contact_ids = _parse_contact_ids(d.pop("contact_ids", UNSET))


        def _parse_is_concern(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_concern = _parse_is_concern(d.pop("is_concern", UNSET))


        def _parse_kind(data: object) -> InteractionKind | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = InteractionKind(data)



                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InteractionKind | None | Unset, data)

        kind = _parse_kind(d.pop("kind", UNSET))


        def _parse_occurred_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                occurred_on_type_0 = datetime.date.fromisoformat(data)



                return occurred_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        occurred_on = _parse_occurred_on(d.pop("occurred_on", UNSET))


        def _parse_rapport_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rapport_notes = _parse_rapport_notes(d.pop("rapport_notes", UNSET))


        reason = d.pop("reason", UNSET)

        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))


        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))


        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        interaction_patch_in = cls(
            attendee_ids=attendee_ids,
            contact_ids=contact_ids,
            is_concern=is_concern,
            kind=kind,
            occurred_on=occurred_on,
            rapport_notes=rapport_notes,
            reason=reason,
            subject=subject,
            summary=summary,
            version=version,
        )

        return interaction_patch_in

