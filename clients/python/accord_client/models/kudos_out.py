from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="KudosOut")



@_attrs_define
class KudosOut:
    """ 
        Attributes:
            category (str): Empty when none was chosen
            category_label (str):
            concern_id (int | None):
            given_at (datetime.datetime):
            given_on (None | str): The record they were given on, in words
            giver_id (int):
            giver_name (str):
            id (int):
            meeting_id (int | None):
            message (str):
            milestone_id (int | None):
            project_code (None | str):
            project_id (int | None):
            recipient_id (int):
            recipient_name (str):
            sponsor_id (int | None): The giver's company; empty between colleagues
            sponsor_name (None | str):
     """

    category: str
    category_label: str
    concern_id: int | None
    given_at: datetime.datetime
    given_on: None | str
    giver_id: int
    giver_name: str
    id: int
    meeting_id: int | None
    message: str
    milestone_id: int | None
    project_code: None | str
    project_id: int | None
    recipient_id: int
    recipient_name: str
    sponsor_id: int | None
    sponsor_name: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        category = self.category

        category_label = self.category_label

        concern_id: int | None
        concern_id = self.concern_id

        given_at = self.given_at.isoformat()

        given_on: None | str
        given_on = self.given_on

        giver_id = self.giver_id

        giver_name = self.giver_name

        id = self.id

        meeting_id: int | None
        meeting_id = self.meeting_id

        message = self.message

        milestone_id: int | None
        milestone_id = self.milestone_id

        project_code: None | str
        project_code = self.project_code

        project_id: int | None
        project_id = self.project_id

        recipient_id = self.recipient_id

        recipient_name = self.recipient_name

        sponsor_id: int | None
        sponsor_id = self.sponsor_id

        sponsor_name: None | str
        sponsor_name = self.sponsor_name


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "category": category,
            "category_label": category_label,
            "concern_id": concern_id,
            "given_at": given_at,
            "given_on": given_on,
            "giver_id": giver_id,
            "giver_name": giver_name,
            "id": id,
            "meeting_id": meeting_id,
            "message": message,
            "milestone_id": milestone_id,
            "project_code": project_code,
            "project_id": project_id,
            "recipient_id": recipient_id,
            "recipient_name": recipient_name,
            "sponsor_id": sponsor_id,
            "sponsor_name": sponsor_name,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = d.pop("category")

        category_label = d.pop("category_label")

        def _parse_concern_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        concern_id = _parse_concern_id(d.pop("concern_id"))


        given_at = datetime.datetime.fromisoformat(d.pop("given_at"))




        def _parse_given_on(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        given_on = _parse_given_on(d.pop("given_on"))


        giver_id = d.pop("giver_id")

        giver_name = d.pop("giver_name")

        id = d.pop("id")

        def _parse_meeting_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        meeting_id = _parse_meeting_id(d.pop("meeting_id"))


        message = d.pop("message")

        def _parse_milestone_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        milestone_id = _parse_milestone_id(d.pop("milestone_id"))


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


        recipient_id = d.pop("recipient_id")

        recipient_name = d.pop("recipient_name")

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


        kudos_out = cls(
            category=category,
            category_label=category_label,
            concern_id=concern_id,
            given_at=given_at,
            given_on=given_on,
            giver_id=giver_id,
            giver_name=giver_name,
            id=id,
            meeting_id=meeting_id,
            message=message,
            milestone_id=milestone_id,
            project_code=project_code,
            project_id=project_id,
            recipient_id=recipient_id,
            recipient_name=recipient_name,
            sponsor_id=sponsor_id,
            sponsor_name=sponsor_name,
        )


        kudos_out.additional_properties = d
        return kudos_out

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
