from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.kudos_category import KudosCategory
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="KudosIn")



@_attrs_define
class KudosIn:
    """ 
        Attributes:
            message (str):
            recipient_id (int): The CDMO person you thank
            category (KudosCategory | None | Unset):
            concern_id (int | None | Unset): The concern they were given on
            meeting_id (int | None | Unset): The meeting they were given on
            milestone_id (int | None | Unset): The milestone they were given on
     """

    message: str
    recipient_id: int
    category: KudosCategory | None | Unset = UNSET
    concern_id: int | None | Unset = UNSET
    meeting_id: int | None | Unset = UNSET
    milestone_id: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        message = self.message

        recipient_id = self.recipient_id

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, KudosCategory):
            category = self.category.value
        else:
            category = self.category

        concern_id: int | None | Unset
        if isinstance(self.concern_id, Unset):
            concern_id = UNSET
        else:
            concern_id = self.concern_id

        meeting_id: int | None | Unset
        if isinstance(self.meeting_id, Unset):
            meeting_id = UNSET
        else:
            meeting_id = self.meeting_id

        milestone_id: int | None | Unset
        if isinstance(self.milestone_id, Unset):
            milestone_id = UNSET
        else:
            milestone_id = self.milestone_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "message": message,
            "recipient_id": recipient_id,
        })
        if category is not UNSET:
            field_dict["category"] = category
        if concern_id is not UNSET:
            field_dict["concern_id"] = concern_id
        if meeting_id is not UNSET:
            field_dict["meeting_id"] = meeting_id
        if milestone_id is not UNSET:
            field_dict["milestone_id"] = milestone_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        recipient_id = d.pop("recipient_id")

        def _parse_category(data: object) -> KudosCategory | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                category_type_0 = KudosCategory(data)



                return category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KudosCategory | None | Unset, data)

        category = _parse_category(d.pop("category", UNSET))


        def _parse_concern_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        concern_id = _parse_concern_id(d.pop("concern_id", UNSET))


        def _parse_meeting_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        meeting_id = _parse_meeting_id(d.pop("meeting_id", UNSET))


        def _parse_milestone_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        milestone_id = _parse_milestone_id(d.pop("milestone_id", UNSET))


        kudos_in = cls(
            message=message,
            recipient_id=recipient_id,
            category=category,
            concern_id=concern_id,
            meeting_id=meeting_id,
            milestone_id=milestone_id,
        )

        return kudos_in

