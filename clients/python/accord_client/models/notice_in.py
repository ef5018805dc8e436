from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.sponsor_notice_how import SponsorNoticeHow
from ..models.sponsor_notice_kind import SponsorNoticeKind
from typing import cast
import datetime






T = TypeVar("T", bound="NoticeIn")



@_attrs_define
class NoticeIn:
    """ 
        Attributes:
            content (str):
            how (SponsorNoticeHow):
            kind (SponsorNoticeKind):
            recipients (str):
            sent_at (datetime.datetime):
     """

    content: str
    how: SponsorNoticeHow
    kind: SponsorNoticeKind
    recipients: str
    sent_at: datetime.datetime





    def to_dict(self) -> dict[str, Any]:
        content = self.content

        how = self.how.value

        kind = self.kind.value

        recipients = self.recipients

        sent_at = self.sent_at.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "content": content,
            "how": how,
            "kind": kind,
            "recipients": recipients,
            "sent_at": sent_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content = d.pop("content")

        how = SponsorNoticeHow(d.pop("how"))




        kind = SponsorNoticeKind(d.pop("kind"))




        recipients = d.pop("recipients")

        sent_at = datetime.datetime.fromisoformat(d.pop("sent_at"))




        notice_in = cls(
            content=content,
            how=how,
            kind=kind,
            recipients=recipients,
            sent_at=sent_at,
        )

        return notice_in

