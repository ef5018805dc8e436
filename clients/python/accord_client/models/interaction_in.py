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






T = TypeVar("T", bound="InteractionIn")



@_attrs_define
class InteractionIn:
    """ 
        Attributes:
            kind (InteractionKind):
            occurred_on (datetime.date):
            subject (str):
            attendee_ids (list[int] | Unset):
            contact_ids (list[int] | Unset):
            is_concern (bool | Unset):  Default: False.
            rapport_notes (str | Unset): CDMO only, never shown Default: ''.
            summary (str | Unset):  Default: ''.
     """

    kind: InteractionKind
    occurred_on: datetime.date
    subject: str
    attendee_ids: list[int] | Unset = UNSET
    contact_ids: list[int] | Unset = UNSET
    is_concern: bool | Unset = False
    rapport_notes: str | Unset = ''
    summary: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        occurred_on = self.occurred_on.isoformat()

        subject = self.subject

        attendee_ids: list[int] | Unset = UNSET
        if not isinstance(self.attendee_ids, Unset):
            attendee_ids = self.attendee_ids



        contact_ids: list[int] | Unset = UNSET
        if not isinstance(self.contact_ids, Unset):
            contact_ids = self.contact_ids



        is_concern = self.is_concern

        rapport_notes = self.rapport_notes

        summary = self.summary


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "kind": kind,
            "occurred_on": occurred_on,
            "subject": subject,
        })
        if attendee_ids is not UNSET:
            field_dict["attendee_ids"] = attendee_ids
        if contact_ids is not UNSET:
            field_dict["contact_ids"] = contact_ids
        if is_concern is not UNSET:
            field_dict["is_concern"] = is_concern
        if rapport_notes is not UNSET:
            field_dict["rapport_notes"] = rapport_notes
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = InteractionKind(d.pop("kind"))




        occurred_on = datetime.date.fromisoformat(d.pop("occurred_on"))




        subject = d.pop("subject")

        attendee_ids = cast(list[int], d.pop("attendee_ids", UNSET))


        contact_ids = cast(list[int], d.pop("contact_ids", UNSET))


        is_concern = d.pop("is_concern", UNSET)

        rapport_notes = d.pop("rapport_notes", UNSET)

        summary = d.pop("summary", UNSET)

        interaction_in = cls(
            kind=kind,
            occurred_on=occurred_on,
            subject=subject,
            attendee_ids=attendee_ids,
            contact_ids=contact_ids,
            is_concern=is_concern,
            rapport_notes=rapport_notes,
            summary=summary,
        )

        return interaction_in

