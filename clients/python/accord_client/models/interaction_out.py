from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.interaction_kind import InteractionKind
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.contact_ref import ContactRef





T = TypeVar("T", bound="InteractionOut")



@_attrs_define
class InteractionOut:
    """ 
        Attributes:
            attendees (list[str]):
            contacts (list[ContactRef]):
            created_at (datetime.datetime):
            id (int):
            is_concern (bool):
            kind (InteractionKind):
            occurred_on (datetime.date):
            recorded_by (str):
            sponsor_id (int):
            subject (str):
            summary (str):
            updated_at (datetime.datetime):
            version (int):
     """

    attendees: list[str]
    contacts: list[ContactRef]
    created_at: datetime.datetime
    id: int
    is_concern: bool
    kind: InteractionKind
    occurred_on: datetime.date
    recorded_by: str
    sponsor_id: int
    subject: str
    summary: str
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.contact_ref import ContactRef # noqa: PLC0415
        attendees = self.attendees



        contacts = []
        for contacts_item_data in self.contacts:
            contacts_item = contacts_item_data.to_dict()
            contacts.append(contacts_item)



        created_at = self.created_at.isoformat()

        id = self.id

        is_concern = self.is_concern

        kind = self.kind.value

        occurred_on = self.occurred_on.isoformat()

        recorded_by = self.recorded_by

        sponsor_id = self.sponsor_id

        subject = self.subject

        summary = self.summary

        updated_at = self.updated_at.isoformat()

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "attendees": attendees,
            "contacts": contacts,
            "created_at": created_at,
            "id": id,
            "is_concern": is_concern,
            "kind": kind,
            "occurred_on": occurred_on,
            "recorded_by": recorded_by,
            "sponsor_id": sponsor_id,
            "subject": subject,
            "summary": summary,
            "updated_at": updated_at,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_ref import ContactRef # noqa: PLC0415
        d = dict(src_dict)
        attendees = cast(list[str], d.pop("attendees"))


        contacts = []
        _contacts = d.pop("contacts")
        for contacts_item_data in (_contacts):
            contacts_item = ContactRef.from_dict(contacts_item_data)



            contacts.append(contacts_item)


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        id = d.pop("id")

        is_concern = d.pop("is_concern")

        kind = InteractionKind(d.pop("kind"))




        occurred_on = datetime.date.fromisoformat(d.pop("occurred_on"))




        recorded_by = d.pop("recorded_by")

        sponsor_id = d.pop("sponsor_id")

        subject = d.pop("subject")

        summary = d.pop("summary")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        version = d.pop("version")

        interaction_out = cls(
            attendees=attendees,
            contacts=contacts,
            created_at=created_at,
            id=id,
            is_concern=is_concern,
            kind=kind,
            occurred_on=occurred_on,
            recorded_by=recorded_by,
            sponsor_id=sponsor_id,
            subject=subject,
            summary=summary,
            updated_at=updated_at,
            version=version,
        )


        interaction_out.additional_properties = d
        return interaction_out

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
