from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ReviewCommentOut")



@_attrs_define
class ReviewCommentOut:
    """ 
        Attributes:
            author (str):
            created_at (datetime.datetime):
            from_sponsor (bool):
            id (int):
            text (str): Empty once its author withdrew it
            version (int):
            edited_at (datetime.datetime | None | Unset): When its author last edited it
            reply_to (int | None | Unset): The comment this one answers
            withdrawn_at (datetime.datetime | None | Unset): When its author withdrew it
     """

    author: str
    created_at: datetime.datetime
    from_sponsor: bool
    id: int
    text: str
    version: int
    edited_at: datetime.datetime | None | Unset = UNSET
    reply_to: int | None | Unset = UNSET
    withdrawn_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        author = self.author

        created_at = self.created_at.isoformat()

        from_sponsor = self.from_sponsor

        id = self.id

        text = self.text

        version = self.version

        edited_at: None | str | Unset
        if isinstance(self.edited_at, Unset):
            edited_at = UNSET
        elif isinstance(self.edited_at, datetime.datetime):
            edited_at = self.edited_at.isoformat()
        else:
            edited_at = self.edited_at

        reply_to: int | None | Unset
        if isinstance(self.reply_to, Unset):
            reply_to = UNSET
        else:
            reply_to = self.reply_to

        withdrawn_at: None | str | Unset
        if isinstance(self.withdrawn_at, Unset):
            withdrawn_at = UNSET
        elif isinstance(self.withdrawn_at, datetime.datetime):
            withdrawn_at = self.withdrawn_at.isoformat()
        else:
            withdrawn_at = self.withdrawn_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "author": author,
            "created_at": created_at,
            "from_sponsor": from_sponsor,
            "id": id,
            "text": text,
            "version": version,
        })
        if edited_at is not UNSET:
            field_dict["edited_at"] = edited_at
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to
        if withdrawn_at is not UNSET:
            field_dict["withdrawn_at"] = withdrawn_at

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        author = d.pop("author")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        from_sponsor = d.pop("from_sponsor")

        id = d.pop("id")

        text = d.pop("text")

        version = d.pop("version")

        def _parse_edited_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                edited_at_type_0 = datetime.datetime.fromisoformat(data)



                return edited_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        edited_at = _parse_edited_at(d.pop("edited_at", UNSET))


        def _parse_reply_to(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        reply_to = _parse_reply_to(d.pop("reply_to", UNSET))


        def _parse_withdrawn_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                withdrawn_at_type_0 = datetime.datetime.fromisoformat(data)



                return withdrawn_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        withdrawn_at = _parse_withdrawn_at(d.pop("withdrawn_at", UNSET))


        review_comment_out = cls(
            author=author,
            created_at=created_at,
            from_sponsor=from_sponsor,
            id=id,
            text=text,
            version=version,
            edited_at=edited_at,
            reply_to=reply_to,
            withdrawn_at=withdrawn_at,
        )


        review_comment_out.additional_properties = d
        return review_comment_out

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
