from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.meeting_kind import MeetingKind
from typing import cast
import datetime






T = TypeVar("T", bound="MeetingSummaryOut")



@_attrs_define
class MeetingSummaryOut:
    """ 
        Attributes:
            held_on (datetime.date):
            id (int):
            kind (MeetingKind):
            kind_label (str):
            project_id (int):
            reference (str):
            shared_with_sponsor (bool):
            title (str):
            updated_at (datetime.datetime):
            version (int):
     """

    held_on: datetime.date
    id: int
    kind: MeetingKind
    kind_label: str
    project_id: int
    reference: str
    shared_with_sponsor: bool
    title: str
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        held_on = self.held_on.isoformat()

        id = self.id

        kind = self.kind.value

        kind_label = self.kind_label

        project_id = self.project_id

        reference = self.reference

        shared_with_sponsor = self.shared_with_sponsor

        title = self.title

        updated_at = self.updated_at.isoformat()

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "held_on": held_on,
            "id": id,
            "kind": kind,
            "kind_label": kind_label,
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
        d = dict(src_dict)
        held_on = datetime.date.fromisoformat(d.pop("held_on"))




        id = d.pop("id")

        kind = MeetingKind(d.pop("kind"))




        kind_label = d.pop("kind_label")

        project_id = d.pop("project_id")

        reference = d.pop("reference")

        shared_with_sponsor = d.pop("shared_with_sponsor")

        title = d.pop("title")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        version = d.pop("version")

        meeting_summary_out = cls(
            held_on=held_on,
            id=id,
            kind=kind,
            kind_label=kind_label,
            project_id=project_id,
            reference=reference,
            shared_with_sponsor=shared_with_sponsor,
            title=title,
            updated_at=updated_at,
            version=version,
        )


        meeting_summary_out.additional_properties = d
        return meeting_summary_out

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
