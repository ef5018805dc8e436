from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="QbrCommentIn")



@_attrs_define
class QbrCommentIn:
    """ 
        Attributes:
            text (str):
            reply_to (int | None | Unset): The comment you answer
     """

    text: str
    reply_to: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        text = self.text

        reply_to: int | None | Unset
        if isinstance(self.reply_to, Unset):
            reply_to = UNSET
        else:
            reply_to = self.reply_to


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "text": text,
        })
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        def _parse_reply_to(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        reply_to = _parse_reply_to(d.pop("reply_to", UNSET))


        qbr_comment_in = cls(
            text=text,
            reply_to=reply_to,
        )

        return qbr_comment_in

