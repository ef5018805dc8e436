from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="NoticeOut")



@_attrs_define
class NoticeOut:
    """ 
        Attributes:
            content (str):
            how (str):
            how_label (str):
            kind (str):
            kind_label (str):
            on_time (bool | None):
            recipients (str):
            sent_at (datetime.datetime):
     """

    content: str
    how: str
    how_label: str
    kind: str
    kind_label: str
    on_time: bool | None
    recipients: str
    sent_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        content = self.content

        how = self.how

        how_label = self.how_label

        kind = self.kind

        kind_label = self.kind_label

        on_time: bool | None
        on_time = self.on_time

        recipients = self.recipients

        sent_at = self.sent_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "content": content,
            "how": how,
            "how_label": how_label,
            "kind": kind,
            "kind_label": kind_label,
            "on_time": on_time,
            "recipients": recipients,
            "sent_at": sent_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content = d.pop("content")

        how = d.pop("how")

        how_label = d.pop("how_label")

        kind = d.pop("kind")

        kind_label = d.pop("kind_label")

        def _parse_on_time(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        on_time = _parse_on_time(d.pop("on_time"))


        recipients = d.pop("recipients")

        sent_at = datetime.datetime.fromisoformat(d.pop("sent_at"))




        notice_out = cls(
            content=content,
            how=how,
            how_label=how_label,
            kind=kind,
            kind_label=kind_label,
            on_time=on_time,
            recipients=recipients,
            sent_at=sent_at,
        )


        notice_out.additional_properties = d
        return notice_out

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
